import Foundation

/// What a plan's template puts into an item's text and the work does not: field labels ("Outcome:", "**Key Results:**"),
/// lists of people after a label ("Key Results: Martin, Bedeho and Mokhtar"), the owners' names, table header rows and
/// placeholders ("xxx", "TBD", "N/A", "lorem ipsum"). Every item of a file carries the same labels, so they pulled all
/// of its items towards whichever priority sits nearest to "outcome" or "tracking" (trial 22, F1), and a placeholder
/// cell became the evidence of an applied link (F14). Inference leaves them out; the values after labels stay.
enum TemplateText {
    /// `text` without its template: tables read as their body rows' cells, labels and lists of names dropped, the
    /// `owners`' names dropped wherever they stand, and placeholders dropped.
    static func removed(_ text: String, owners: [String] = []) -> String {
        var out = text.utf8.contains(UInt8(ascii: "|")) ? TableText.cells(text) : text
        if out.utf8.contains(UInt8(ascii: ":")) { out = labelsRemoved(out) }
        return placeholdersRemoved(withoutNames(out, owners: owners))
    }

    /// `removed` with every expression run over the whole text and names found by Foundation: what the shortcuts
    /// below must equal (`TemplateTextTests`).
    static func removedWithoutShortcuts(_ text: String, owners: [String] = []) -> String {
        var out = text.utf8.contains(UInt8(ascii: "|")) ? TableText.cells(text) : text
        out = replacing(label, in: out, with: "$1")
        for owner in owners {
            let trimmed = owner.trimmingCharacters(in: .whitespaces)
            guard trimmed.count >= 2, out.range(of: trimmed, options: .caseInsensitive) != nil,
                  let pattern = try? NSRegularExpression(pattern: #"(?i)(?<![\w@])"# + NSRegularExpression.escapedPattern(for: trimmed) + #"(?!\w)"#)
            else { continue }
            out = replacing(pattern, in: out, with: " ")
        }
        return replacing(placeholder, in: out, with: "$1 ")
    }

    /// `label` applied line by line, and only to the lines it can match: one that starts (after a list marker, box or
    /// quote) with `*` or a capital and holds a colon. Running the expression over every item's whole text was 4 % of a
    /// full build's CPU (perf record, the 2,000-file benchmark); no match spans lines, so the result is the same.
    static func labelsRemoved(_ text: String) -> String {
        var lines: [String] = []
        var changed = false
        for line in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            let written = String(Substring(line))
            guard mayHoldLabel(line) else { lines.append(written); continue }
            let replaced = replacing(label, in: written, with: "$1")
            if replaced != written { changed = true }
            lines.append(replaced)
        }
        return changed ? lines.joined(separator: "\n") : text
    }

    /// A colon, and after the leading markers (spaces, `>`, `-`, `*`, `+`, digits and `.`/`)`, a task box) a `*` or an
    /// ASCII capital: what every match of `label` starts with.
    private static func mayHoldLabel(_ line: Substring.UTF8View) -> Bool {
        guard line.contains(UInt8(ascii: ":")) else { return false }
        let lead = line.first { byte in
            !(byte == 0x20 || byte == 0x09 || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+")
              || byte == UInt8(ascii: ".") || byte == UInt8(ascii: ")") || byte == UInt8(ascii: "[") || byte == UInt8(ascii: "]")
              || byte == UInt8(ascii: "x") || byte == UInt8(ascii: "X") || (byte >= 0x30 && byte <= 0x39))
        }
        // `*` is a marker and a bold lead alike; "X" a box's mark and a capital: both answer yes.
        return line.contains { $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "X") } || lead.map { $0 >= 0x41 && $0 <= 0x5A } ?? false
    }

    /// `text` without the `owners`' names.
    static func withoutNames(_ text: String, owners: [String]) -> String {
        owners.reduce(text) { withoutName($1, in: $0) }
    }

    /// Placeholders a template leaves until someone fills it in: never what the work is about.
    static func placeholdersRemoved(_ text: String) -> String {
        guard mayHoldPlaceholder(text) else { return text }
        // Group 1 is what stands before a whole-value placeholder (a list marker, a cell's pipe, a label's colon): kept.
        return replacing(placeholder, in: text, with: "$1 ")
    }

    /// The whole-value placeholders, each packed into an integer a byte at a time, as `mayHoldPlaceholder` reads words:
    /// hashing each word as an array to look it up showed in the build's profile.
    private static let placeholderWords: [UInt64] = ["tbd", "tba", "todo", "n/a", "na"].map { $0.utf8.reduce(0) { $0 << 8 | UInt64($1) } }
    private static let lorem = Array("lorem".utf8)

    /// Three x's in a row, "lorem", or a word (a run of ASCII letters, digits, `_`, `/` or non-ASCII bytes) that is one of
    /// the whole-value placeholders: every match of `placeholder` holds one, and most texts none, so the expression
    /// (ICU, through Foundation) runs on few.
    static func mayHoldPlaceholder(_ text: String) -> Bool {
        let words = placeholderWords
        // The word so far, packed; `length` past 4 means longer than any placeholder.
        var word: UInt64 = 0, length = 0
        var xs = 0, loremMatched = 0
        for byte in text.utf8 {
            let lower = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
            xs = lower == UInt8(ascii: "x") ? xs + 1 : 0
            if xs >= 3 { return true }
            // "lorem" has no letter twice at its start, so a mismatch restarts at this byte.
            loremMatched = lower == lorem[loremMatched] ? loremMatched + 1 : (lower == lorem[0] ? 1 : 0)
            if loremMatched == lorem.count { return true }
            let inWord = (lower >= 0x61 && lower <= 0x7A) || (lower >= 0x30 && lower <= 0x39) || lower == UInt8(ascii: "_")
                || lower == UInt8(ascii: "/") || lower >= 0x80
            if inWord {
                if length <= 4 { word = word << 8 | UInt64(lower) }
                length += 1
            } else {
                if length <= 4, words.contains(word) { return true }
                word = 0
                length = 0
            }
        }
        return length <= 4 && words.contains(word)
    }

    /// A line's leading field label, and the list of names after it, if that is all the line holds. A label is a
    /// bold lead ending in a colon (`**Key Results:**`, `**Status**:`) or a plain one of up to four words in title
    /// case (`Outcome:`, `Tracking Manager:`, `KR Measurement Deadline:`); a sentence's lead-in ("Improve the docs:
    /// rewrite the tutorial") is not title case and stays. A value of two or more capitalised single words joined by
    /// commas, "and", "&" or "/" is a list of people ("Martin, Bedeho and Mokhtar") and goes with its label; any other
    /// value stays. Group 1, the line's list marker, is kept.
    private static let label: NSRegularExpression = {
        let marker = #"([ \t>]*(?:[-*+][ \t]+|\d+[.)][ \t]+)?(?:\[[ xX]\][ \t]+)?)"#
        let bold = #"\*\*[^*\n:]{1,40}(?::\*\*|\*\*[ \t]*:)"#
        let titleWord = #"(?:[A-Z][\w&/'-]*|of|to|and|for|the|in|on|&)"#
        let plain = #"[A-Z][\w&/'-]*(?:[ \t]+"# + titleWord + #"){0,3}:"#
        let name = #"@?[A-Z][\w'-]*"#
        let names = name + #"(?:[ \t]*(?:,|&|/|\band\b)[ \t]*"# + name + #")+[ \t]*\.?[ \t]*$"#
        return try! NSRegularExpression(pattern: "(?m)^" + marker + "(?:" + bold + "|" + plain + ")" + #"(?:[ \t]+"# + names
                                        + #"|[ \t]+(?=\S)|[ \t]*$)"#)
    }()

    /// "xxx" and "lorem ipsum" wherever they stand; "TBD", "TBA", "TODO", "N/A" and "NA" only as a whole value — a line,
    /// a list item, a table cell, a field's value or a parenthesis — since "TODO repo" names the TODO Group.
    private static let placeholder: NSRegularExpression = {
        let before = #"(^[ \t>]*(?:(?:[-*+]|\d+[.)])[ \t]+)?(?:\[[ xX]\][ \t]+)?|[|:(,][ \t]*)"#
        let after = #"(?=[ \t]*(?:$|[|),;]|\.(?:[ \t]|$)))"#
        return try! NSRegularExpression(pattern: #"(?im)(?<![\w/])(?:x{3,}|lorem ipsum(?: dolor sit amet)?)(?![\w/])"#
                                        + "|" + before + #"(?:tbd|tba|todo|n/a|na)"# + after)
    }()

    private static func replacing(_ pattern: NSRegularExpression, in text: String, with template: String) -> String {
        pattern.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text), withTemplate: template)
    }

    /// Whether `text` holds `name` in any case: on the bytes when both are ASCII (Foundation's search was most of this
    /// step's time), else by Foundation.
    private static func mayContain(_ name: String, in text: String) -> Bool {
        let needle = Array(name.utf8), haystack = text.utf8
        guard needle.allSatisfy({ $0 < 0x80 }), haystack.allSatisfy({ $0 < 0x80 }) else {
            return text.range(of: name, options: .caseInsensitive) != nil
        }
        let fold: (UInt8) -> UInt8 = { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
        let first = fold(needle[0]), rest = needle.dropFirst().map(fold)
        var index = haystack.startIndex
        while index < haystack.endIndex {
            if fold(haystack[index]) == first {
                var candidate = haystack.index(after: index), matched = true
                for byte in rest {
                    guard candidate < haystack.endIndex, fold(haystack[candidate]) == byte else { matched = false; break }
                    candidate = haystack.index(after: candidate)
                }
                if matched { return true }
            }
            index = haystack.index(after: index)
        }
        return false
    }

    /// `text` without the whole-word occurrences of `name` (a person, or an @handle whose @ cleaning drops anyway).
    static func withoutName(_ name: String, in text: String) -> String {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        guard trimmed.count >= 2, mayContain(trimmed, in: text) else { return text }
        let escaped = NSRegularExpression.escapedPattern(for: trimmed)
        guard let pattern = try? NSRegularExpression(pattern: #"(?i)(?<![\w@])"# + escaped + #"(?!\w)"#) else { return text }
        return replacing(pattern, in: text, with: " ")
    }
}
