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
        if out.utf8.contains(UInt8(ascii: ":")) { out = replacing(label, in: out, with: "$1") }
        return placeholdersRemoved(withoutNames(out, owners: owners))
    }

    /// `text` without the `owners`' names.
    static func withoutNames(_ text: String, owners: [String]) -> String {
        owners.reduce(text) { withoutName($1, in: $0) }
    }

    /// Placeholders a template leaves until someone fills it in: never what the work is about.
    static func placeholdersRemoved(_ text: String) -> String {
        // Group 1 is what stands before a whole-value placeholder (a list marker, a cell's pipe, a label's colon): kept.
        replacing(placeholder, in: text, with: "$1 ")
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

    /// `text` without the whole-word occurrences of `name` (a person, or an @handle whose @ cleaning drops anyway).
    static func withoutName(_ name: String, in text: String) -> String {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        guard trimmed.count >= 2, text.range(of: trimmed, options: .caseInsensitive) != nil else { return text }
        let escaped = NSRegularExpression.escapedPattern(for: trimmed)
        guard let pattern = try? NSRegularExpression(pattern: #"(?i)(?<![\w@])"# + escaped + #"(?!\w)"#) else { return text }
        return replacing(pattern, in: text, with: " ")
    }
}
