import BearingModel

/// A bold label before a roadmap bullet's words that says something about the item rather than naming it, as a reader
/// takes it: "**Q1:** Move the helpdesk…" (when it is due), "**Done:** …" / "**Blocked:** …" (how it stands), "**P1:** …"
/// (its rank, as `### P1: Logs` is), "**High priority:** …" (how much it matters), "**Platform team:** …" (who does
/// it). A bold lead that names the work ("**Volunteer course v2**: rewrite modules 1–3", "**Search:** Q3 2027") is
/// none of these and stays the title.
enum BulletLeadLabel: Equatable {
    case when(String)
    case status(Status)
    case rank(String)
    case importance(String)
    case team(String)

    private static let rank = Pattern(#"^P[0-4]$"#, caseInsensitive: false)
    private static let importance = Pattern(
        #"^(?:(?:highest|high|medium|low|lowest|critical|urgent|top)(?: priority)?|must[- ]have|should[- ]have|could[- ]have|nice[- ]to[- ]have|quick win)$"#)
    private static let team = Pattern(#"^[A-Z][A-Za-z&/ -]{0,30} (?:team|squad|guild|WG|SIG)$|^[A-Z][A-Za-z]*(?:Team|Squad)$|^@[A-Za-z0-9_-]+$"#,
                                      caseInsensitive: false)

    /// The label's reading, or nil when the bold text is the item's name. `label` is the bold text without its colon.
    static func read(_ label: String) -> BulletLeadLabel? {
        let text = label.trimmed
        // "**Q2 2021 (April – June) goal**: Design, research": the period the words after it are planned in.
        if let when = WhenText.withAside(text) { return .when(when) }
        guard !text.isEmpty, text.split(separator: " ").count <= 5 else { return nil }
        if WhenText.isWhen(text) { return .when(text) }
        if rank.matches(text) { return .rank(text) }
        if importance.matches(text) { return .importance(text) }
        if team.matches(text) { return .team(text) }
        // A status word, or a mark with a word ("✅ Done"); not a word that only a mark makes one ("🚀 Launch plan").
        if Status(reading: Status.symbols(in: text).1) != nil, let said = Status(reading: text) {
            return .status(said)
        }
        return nil
    }

    /// The inlines after a leading bold label set off by a colon or a dash (`**Q1:** Move…`, `**Q1**: Move…`,
    /// `**Done** — Move…`), without that mark; nil when the bullet does not start so. Blank text or a status mark
    /// before the bold is passed over, as the title reader does.
    static func afterBold(_ content: [Inline]) -> (label: String, rest: [Inline])? {
        var index = 0
        while index < content.count, case .text(let text) = content[index],
              text.trimmed.isEmpty || Status.leadingSymbol(in: text)?.rest.isEmpty == true || TitleLabel.stripLeadingSymbols(text).trimmed.isEmpty {
            index += 1
        }
        guard index < content.count, case .strong(let bold) = content[index] else { return nil }
        let inner = bold.plainText.trimmed
        var rest = Array(content[(index + 1)...])
        var separated = inner.hasSuffix(":")
        if case .text(let text)? = rest.first {
            let trimmed = text.drop { $0.isWhitespace }
            if let mark = trimmed.first, ":—–-".contains(mark), trimmed.dropFirst().first?.isWhitespace ?? true {
                separated = true
                let after = trimmed.dropFirst().drop { $0.isWhitespace }
                if after.isEmpty { rest.removeFirst() } else { rest[0] = .text(String(after)) }
            }
        }
        while let first = rest.first, first == .softBreak || first == .lineBreak || first == .text(" ") { rest.removeFirst() }
        if case .text(let text)? = rest.first { rest[0] = .text(String(text.drop { $0.isWhitespace })) }
        guard separated, !rest.plainText.trimmed.isEmpty else { return nil }
        return (TitleText.clean(inner), rest)
    }
}
