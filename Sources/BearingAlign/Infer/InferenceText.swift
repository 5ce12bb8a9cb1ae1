import Foundation

/// The words of a planning text that can carry meaning, with the machinery of Markdown and of issue trackers taken out
/// before inference: link targets and URLs ("github", "issuecomment", "35711"), code, @handles, issue numbers, emoji,
/// and MyST / kramdown markup. Otherwise they would become the evidence and pull items towards whichever priority
/// happens to share them.
enum InferenceText {
    static func clean(_ text: String) -> String {
        var out = text
        for rule in rules where rule.mayApply(out) {
            out = rule.pattern.stringByReplacingMatches(in: out, range: NSRange(out.startIndex..., in: out), withTemplate: rule.replacement)
        }
        if !out.utf8.allSatisfy({ $0 < 0x80 }) {
            out = String(String.UnicodeScalarView(out.unicodeScalars.filter { !isEmoji($0) }))
        }
        return out
    }

    private struct Rule {
        let pattern: NSRegularExpression
        let replacement: String
        /// Bytes one of which every match contains: a text without any of them skips the rule. Most item texts hold
        /// no code, links or handles, and running every expression over every text was a fifth of a large build.
        let triggers: [UInt8]

        func mayApply(_ text: String) -> Bool { text.utf8.contains { triggers.contains($0) } }
    }

    private static func bytes(_ characters: String) -> [UInt8] { Array(characters.utf8) }

    /// Applied in order: code before links (a link inside code is code), link text kept, targets dropped.
    private static let rules: [Rule] = [
        (#"```[\s\S]*?```"#, " ", "`"),                                  // fenced code
        (#"`[^`\n]*`"#, " ", "`"),                                       // code spans
        (#"<!--[\s\S]*?-->"#, " ", "<"),                                  // HTML comments
        (#"!\[([^\]]*)\]\([^)]*\)"#, "$1", "]"),                          // images: keep the alt text
        (#"\[([^\]]*)\]\([^)]*\)"#, "$1", "]"),                           // inline links: keep the text
        (#"\[([^\]]*)\]\[[^\]]*\]"#, "$1", "]"),                          // reference links
        (#"(?m)^\s*\[[^\]]+\]:\s*\S+.*$"#, " ", "]"),                     // link definitions
        (#"<https?://[^>]*>"#, " ", "<"),                                 // autolinks
        (#"\b(?:https?|ftp)://\S+"#, " ", "/"),                           // bare URLs
        (#"\bwww\.\S+"#, " ", "."),
        (#"\{[#.][^}\n]*\}"#, " ", "{"),                                  // kramdown attributes: {#id}, {.class}
        (#"\{[a-z][\w:-]*\}`?"#, " ", "{"),                               // MyST roles: {ref}, {doc}
        (#"(?m)^\s*\([\w.-]+\)=\s*$"#, " ", "="),                         // MyST labels: (strategic-priorities)=
        (#"(?m)^\s*(?::::+|```+)\s*\{?[\w-]*\}?.*$"#, " ", ":`"),          // directive fences
        // Directive options (:class: tip, :maxdepth: 2): one value at most, so a list item led by an emoji shortcode
        // (":green_circle: Provide spectroscopic tools") keeps its words.
        (#"(?m)^\s*:[\w-]+:[ \t]*\S*[ \t]*$"#, " ", ":"),
        (#":[a-z0-9_+-]+:"#, " ", ":"),                                    // emoji shortcodes (:green_circle:)
        (#"(?<![\w.])@[\w-]+(?:/[\w-]+)?"#, " ", "@"),                     // @handles and @org/team
        (#"(?<![\w&])#\d+\b"#, " ", "#"),                                 // issue numbers
        (#"\b[\w.-]+/[\w.-]+#\d+\b"#, " ", "#"),                           // owner/repo#123
        (#"\b(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{7,40}\b"#, " ", "0123456789"), // commit hashes
        (#"<[^>\n]+>"#, " ", "<"),                                         // raw HTML tags
    ].compactMap { pattern, replacement, triggers in
        (try? NSRegularExpression(pattern: pattern, options: [])).map { Rule(pattern: $0, replacement: replacement, triggers: bytes(triggers)) }
    }

    private static func isEmoji(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        // Pictographs, dingbats, arrows-as-emoji, flags, variation selectors and joiners.
        return (0x1F000...0x1FAFF).contains(value) || (0x2600...0x27BF).contains(value) || (0x2B00...0x2BFF).contains(value)
            || (0xFE00...0xFE0F).contains(value) || value == 0x200D || (0x1F1E6...0x1F1FF).contains(value)
            || (0x2190...0x21FF).contains(value) || (0x2300...0x23FF).contains(value) || (0x25A0...0x25FF).contains(value)
    }
}
