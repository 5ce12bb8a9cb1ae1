import BearingModel

/// Columns of one measure told apart by the period each is for — `Target (Q1) | Target (Q2) | Target (Q3)`,
/// `Q1 Target | Q2 Target`, `Target 2026 | Target 2027` — as a plan that sets a target per quarter writes them. An
/// objective of one of those periods takes its own column as the measure's; a year's or half's objective takes the last
/// column inside it (the figure the period ends at). Either way the other columns stay notes, as written.
enum PeriodColumns {
    /// A header cell split into the measure it heads and the period written with it: "target (q1)", "q1 target" and
    /// "target q1 2026" are `target` for `q1`…; nil when no period is written.
    static func split(_ written: String) -> (key: String, gloss: String, bracketed: Bool)? {
        if let bare = MetadataReader.withoutGloss(written), let open = written.range(of: " (", options: .backwards) {
            let gloss = String(written[open.upperBound...].dropLast()).trimmed
            return isPeriod(gloss) ? (bare.lowercased(), gloss, true) : nil
        }
        let words = written.split(separator: " ").map(String.init)
        let leading = words.prefix { isPeriodWord($0) }.count
        if leading > 0, leading < words.count { return (words[leading...].joined(separator: " "), words[..<leading].joined(separator: " "), false) }
        let trailing = words.reversed().prefix { isPeriodWord($0) }.count
        if trailing > 0, trailing < words.count {
            return (words[..<(words.count - trailing)].joined(separator: " "), words.suffix(trailing).joined(separator: " "), false)
        }
        return nil
    }

    /// Whether every word of `text` is part of a period: `Q1`, `H2`, `2026`, `FY26`, `Q1 2026`, `2026-Q1`.
    static func isPeriod(_ text: String) -> Bool {
        let words = text.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "/" })
        return !words.isEmpty && words.count <= 3 && words.allSatisfy { isPeriodWord(String($0)) }
            && words.contains { !$0.hasPrefix("fy") || $0.count > 2 }
    }

    private static func isPeriodWord(_ word: String) -> Bool {
        let word = word.lowercased()
        let chars = Array(word)
        if chars.count == 2, chars[0] == "q", ("1"..."4").contains(chars[1]) { return true }
        if chars.count == 2, chars[0] == "h", ("1"..."2").contains(chars[1]) { return true }
        if chars.count == 4, chars.allSatisfy(\.isASCIIDigit), word.hasPrefix("19") || word.hasPrefix("20") { return true }
        if word.hasPrefix("fy"), [2, 4, 6].contains(chars.count), chars.dropFirst(2).allSatisfy(\.isASCIIDigit) { return true }
        return false
    }

    /// The period a gloss names, its year (and fiscal year) taken from `period` when it writes none: `Q1` in a
    /// 2026-Q3 objective is 2026-Q1.
    static func period(of gloss: String, near period: Quarter) -> Quarter? {
        let words = gloss.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "/" }).map(String.init)
        var year: Int?, number: Int?, span = Quarter.Span.year
        for word in words {
            if word.hasPrefix("fy") {
                if let digits = Int(word.dropFirst(2)) { year = digits < 100 ? 2000 + digits : digits }
            } else if word.count == 4, let digits = Int(word) {
                year = digits
            } else if let digit = word.last?.wholeNumberValue {
                number = digit
                span = word.hasPrefix("q") ? .quarter : .half
            }
        }
        return Quarter(year: year ?? period.year, number: number ?? 1, span: span, fiscalStart: period.fiscalStart)
    }

    /// The columns of `header` (written keys, lowercased) that name periods, grouped by the measure they head: only
    /// measures with two columns or more, and none written without a period (a plain `Target` beside `Target (Q2)` is
    /// the target).
    /// A lone column with its period written before or after the measure (`Q1 Target`) is a group of one: read as the
    /// measure only in its period, where it is no other measure's.
    static func groups(_ written: [String]) -> [(key: String, columns: [(index: Int, gloss: String)])] {
        let splits = written.map(split)
        var groups: [(key: String, columns: [(index: Int, gloss: String)])] = []
        for (index, split) in splits.enumerated() {
            guard let split else { continue }
            if let at = groups.firstIndex(where: { $0.key == split.key }) {
                groups[at].columns.append((index, split.gloss))
            } else {
                groups.append((split.key, [(index, split.gloss)]))
            }
        }
        let plain = Set(written.indices.filter { splits[$0] == nil }.map { written[$0] })
        return groups.filter { group in
            !plain.contains(group.key) && (group.columns.count >= 2 || splits[group.columns[0].index]?.bracketed == false)
        }
    }

    /// Of the columns of one measure, the one for `period`: the column naming it, else the last one whose period lies
    /// inside it (a year's objective ends at its Q4 target); nil when none fits.
    static func chosen(_ columns: [(index: Int, gloss: String)], for period: Quarter?) -> Int? {
        guard let period else { return nil }
        let periods = columns.compactMap { column in Self.period(of: column.gloss, near: period).map { (index: column.index, period: $0) } }
        if let same = periods.first(where: { $0.period == period }) { return same.index }
        return periods.filter { period.spans($0.period) }.max { $0.period < $1.period }?.index
    }
}

private extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
