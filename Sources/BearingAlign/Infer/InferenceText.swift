import Foundation

/// The words of a planning text that can carry meaning, with the machinery of Markdown and of issue trackers taken out
/// before inference: link targets and URLs ("github", "issuecomment", "35711"), code, @handles, issue numbers, emoji,
/// and MyST / kramdown markup. Otherwise they would become the evidence and pull items towards whichever priority
/// happens to share them.
enum InferenceText {
    static func clean(_ text: String) -> String { clean(text, filtered: true) }

    /// The text as a reader reads it, for excerpts: cleaned as for inference, but @handles stay (they name people:
    /// "Priya Raman (@priya)"), and a table reads as its rows' cell text, without its delimiter row and header row
    /// ("Key result | Target", "|---|---|" are layout, not text).
    static func readable(_ text: String) -> String {
        let rows = text.utf8.contains(UInt8(ascii: "|")) ? TableText.cells(text) : text
        return clean(rows, filtered: true, keepingHandles: true)
    }

    /// `filtered: false` runs every expression, the reference the tests compare the filtered answers with.
    static func clean(_ text: String, filtered: Bool, keepingHandles: Bool = false) -> String {
        var out = text
        // Which bytes the text holds, found in one pass: most rules need a byte most texts lack ("`", "<", "@"), and
        // scanning the text once per rule was most of the cleaning's time.
        var present = ByteSet(out)
        for rule in rules where !(keepingHandles && rule.isHandle)
            && (!filtered || (present.holdsAll(rule.needs) && out.withUTF8(rule.mayApply))) {
            let replaced = rule.pattern.stringByReplacingMatches(in: out, range: NSRange(out.startIndex..., in: out), withTemplate: rule.replacement)
            if replaced != out { out = replaced; present = ByteSet(out) }
        }
        if present.holdsNonASCII {
            out = String(String.UnicodeScalarView(out.unicodeScalars.filter { !isEmoji($0) }))
        }
        return out
    }

    /// The set of bytes a text holds.
    private struct ByteSet {
        private var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

        init(_ text: String) {
            var text = text
            text.withUTF8 { bytes in
                for byte in bytes {
                    let bit = UInt64(1) << UInt64(byte & 63)
                    switch byte >> 6 {
                    case 0: words.0 |= bit
                    case 1: words.1 |= bit
                    case 2: words.2 |= bit
                    default: words.3 |= bit
                    }
                }
            }
        }

        func holds(_ byte: UInt8) -> Bool {
            let bit = UInt64(1) << UInt64(byte & 63)
            switch byte >> 6 {
            case 0: return words.0 & bit != 0
            case 1: return words.1 & bit != 0
            case 2: return words.2 & bit != 0
            default: return words.3 & bit != 0
            }
        }

        func holdsAll(_ bytes: [UInt8]) -> Bool { bytes.allSatisfy(holds) }

        var holdsNonASCII: Bool { words.2 != 0 || words.3 != 0 }
    }

    private struct Rule {
        let pattern: NSRegularExpression
        let replacement: String
        /// Bytes every match holds, checked against the text's `ByteSet` before anything else.
        let needs: [UInt8]
        /// The @handle rule, which readable text skips.
        var isHandle: Bool { needs == [UInt8(ascii: "@")] }
        /// False when the text cannot hold a match. Most item texts hold no code, links or handles, and running every
        /// expression over every text was a fifth of a large build. The expressions are case-sensitive, so a literal
        /// every match contains is in the UTF-8 bytes of any text that matches, ASCII or not.
        let mayApply: @Sendable (UnsafeBufferPointer<UInt8>) -> Bool
    }

    static func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ literal: String) -> Bool {
        let needle = Array(literal.utf8)
        guard let first = needle.first, bytes.count >= needle.count else { return needle.isEmpty }
        for start in 0...(bytes.count - needle.count) where bytes[start] == first {
            if (1..<needle.count).allSatisfy({ bytes[start + $0] == needle[$0] }) { return true }
        }
        return false
    }

    private static func count(_ bytes: UnsafeBufferPointer<UInt8>, _ byte: UInt8, atLeast minimum: Int) -> Bool {
        var seen = 0
        for each in bytes where each == byte {
            seen += 1
            if seen >= minimum { return true }
        }
        return false
    }

    /// A run of at least seven bytes of `[0-9a-f]` holding a digit and a letter, which a commit hash needs ("feedback"
    /// is a run of eight with no digit). Text with other scripts is always checked: `\d` also matches their digits.
    private static func hexRun(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var run = 0, digit = false, letter = false
        for byte in bytes {
            if byte >= 0x80 { return true }
            let isDigit = byte >= 0x30 && byte <= 0x39, isLetter = byte >= 0x61 && byte <= 0x66
            if isDigit || isLetter {
                run += 1
                digit = digit || isDigit
                letter = letter || isLetter
            } else {
                if run >= 7 && digit && letter { return true }
                run = 0
                digit = false
                letter = false
            }
        }
        return run >= 7 && digit && letter
    }

    /// A `:` that is the first thing on its line but for spaces: what a directive option needs. A byte of another
    /// script counts as a space, since `\s` also matches Unicode spaces.
    private static func colonLeadsLine(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var lineStart = true
        for byte in bytes {
            if byte == UInt8(ascii: "\n") {
                lineStart = true
            } else if byte == UInt8(ascii: ":") && lineStart {
                return true
            } else if !(byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) || byte >= 0x80) {
                lineStart = false
            }
        }
        return false
    }

    /// `:` then at least one of `[a-z0-9_+-]` then `:`, as every emoji shortcode is written.
    private static func shortcode(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: ":") else { index += 1; continue }
            var end = index + 1
            while end < bytes.count, isShortcodeByte(bytes[end]) { end += 1 }
            if end > index + 1, end < bytes.count, bytes[end] == UInt8(ascii: ":") { return true }
            index = end
        }
        return false
    }

    private static func isShortcodeByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "+")
            || byte == UInt8(ascii: "-")
    }

    /// `#` then a digit; a byte of another script counts, since `\d` also matches other scripts' digits.
    private static func hashThenDigit(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count > 1 else { return false }
        for index in 0..<(bytes.count - 1) where bytes[index] == UInt8(ascii: "#") {
            let next = bytes[index + 1]
            if (next >= 0x30 && next <= 0x39) || next >= 0x80 { return true }
        }
        return false
    }

    private static func any(_ literals: String...) -> @Sendable (UnsafeBufferPointer<UInt8>) -> Bool {
        { bytes in literals.contains { contains(bytes, $0) } }
    }

    /// Applied in order: code before links (a link inside code is code), link text kept, targets dropped.
    private typealias Check = @Sendable (UnsafeBufferPointer<UInt8>) -> Bool
    /// Each rule: the expression, its replacement, bytes all of which any match holds (literal characters of the
    /// expression outside its alternatives and optional parts), and a closer check of the text.
    private static let table: [(String, String, String, Check)] = [
        (#"```[\s\S]*?```"#, " ", "`", any("```")),                                                      // fenced code
        (#"`[^`\n]*`"#, " ", "`", { count($0, UInt8(ascii: "`"), atLeast: 2) }),                         // code spans
        (#"<!--[\s\S]*?-->"#, " ", "<!->", any("<!--")),                                                 // HTML comments
        (#"!\[([^\]]*)\]\([^)]*\)"#, "$1", "![]()", any("](")),                                          // images: keep the alt text
        (#"\[([^\]]*)\]\([^)]*\)"#, "$1", "[]()", any("](")),                                            // inline links: keep the text
        (#"\[([^\]]*)\]\[[^\]]*\]"#, "$1", "[]", any("][")),                                             // reference links
        (#"(?m)^\s*\[[^\]]+\]:\s*\S+.*$"#, " ", "[]:", any("]:")),                                       // link definitions
        (#"<https?://[^>]*>"#, " ", "<>:/htp", any("<http")),                                            // autolinks
        (#"\b(?:https?|ftp)://\S+"#, " ", ":/", any("://")),                                             // bare URLs
        (#"\bwww\.\S+"#, " ", "w.", any("www.")),
        // Jekyll / Liquid and MkDocs macro tags: `{% link docs/0.1/grid_product.md %}`, `{{ read_csv("x.csv") }}`.
        (#"\{%[^\n]*?%\}"#, " ", "{%}", any("{%")),
        (#"\{\{[^\n]*?\}\}"#, " ", "{}", any("{{")),
        (#"\{[#.][^}\n]*\}"#, " ", "{}", any("{#", "{.")),                                               // kramdown attributes: {#id}, {.class}
        (#"\{[a-z][\w:-]*\}`?"#, " ", "{}", { contains($0, "{") && contains($0, "}") }),                 // MyST roles: {ref}, {doc}
        (#"(?m)^\s*\([\w.-]+\)=\s*$"#, " ", "()=", any(")=")),                                           // MyST labels: (strategic-priorities)=
        (#"(?m)^\s*(?::::+|```+)\s*\{?[\w-]*\}?.*$"#, " ", "", any(":::", "```")),                       // directive fences
        // Directive options (:class: tip, :maxdepth: 2): one value at most, so a list item led by an emoji shortcode
        // (":green_circle: Provide spectroscopic tools") keeps its words.
        (#"(?m)^\s*:[\w-]+:[ \t]*\S*[ \t]*$"#, " ", ":", colonLeadsLine),
        (#":[a-z0-9_+-]+:"#, " ", ":", shortcode),                                                       // emoji shortcodes (:green_circle:)
        (#"(?<![\w.])@[\w-]+(?:/[\w-]+)?"#, " ", "@", any("@")),                                         // @handles and @org/team
        (#"(?<![\w&])#\d+\b"#, " ", "#", hashThenDigit),                                                 // issue numbers
        (#"\b[\w.-]+/[\w.-]+#\d+\b"#, " ", "/#", { hashThenDigit($0) && contains($0, "/") }),            // owner/repo#123
        (#"\b(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{7,40}\b"#, " ", "", hexRun),                      // commit hashes
        (#"<[^>\n]+>"#, " ", "<>", { contains($0, "<") && contains($0, ">") }),                          // raw HTML tags
    ]
    private static let rules: [Rule] = table.compactMap { pattern, replacement, needs, mayApply in
        (try? NSRegularExpression(pattern: pattern, options: [])).map {
            Rule(pattern: $0, replacement: replacement, needs: Array(needs.utf8), mayApply: mayApply)
        }
    }


    private static func isEmoji(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        // Pictographs, dingbats, arrows-as-emoji, flags, variation selectors and joiners.
        return (0x1F000...0x1FAFF).contains(value) || (0x2600...0x27BF).contains(value) || (0x2B00...0x2BFF).contains(value)
            || (0xFE00...0xFE0F).contains(value) || value == 0x200D || (0x1F1E6...0x1F1FF).contains(value)
            || (0x2190...0x21FF).contains(value) || (0x2300...0x23FF).contains(value) || (0x25A0...0x25FF).contains(value)
    }
}
