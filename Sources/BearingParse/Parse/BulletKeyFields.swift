import BearingModel

/// `Key: value` fields after a roadmap bullet's words, in brackets — full-width as Chinese and Japanese text writes them
/// ("ロギング導入 （予定: 2025-11-10） （実績: 2025-11-04）", planned and actual dates) or ASCII ("(Due: 2025-11-17)") —
/// or, for a CJK key, after a space ("Windows配布 依存: ci-quality", depends on). They say when the work is planned, when
/// it was done, what it waits for and who does it, and are not words of its name. Read as `Title: description`, the
/// bullet was titled "Windows配布 依存" and what it depends on was lost.
enum BulletKeyFields {
    enum Meaning { case due, done, dependsOn, owners }

    struct Field {
        var rest: String
        var key: String
        var value: String
        var meaning: Meaning
    }

    private static let keys: [String: Meaning] = [
        "予定": .due, "予定日": .due, "期限": .due, "締切": .due, "締め切り": .due, "截止": .due, "截止日期": .due, "计划": .due,
        "due": .due, "eta": .due, "deadline": .due, "due date": .due,
        "実績": .done, "完了": .done, "完了日": .done, "完成": .done, "实际": .done, "completed": .done, "done": .done,
        "依存": .dependsOn, "依赖": .dependsOn, "前提": .dependsOn, "depends on": .dependsOn, "blocked by": .dependsOn,
        "担当": .owners, "担当者": .owners, "负责人": .owners, "負責人": .owners,
    ]

    /// "（予定: 2025-11-10）", "(Due: 2025-11-17)" at the end of the text.
    private static let bracketed = Pattern(#"\s*[(（]\s*([^()（）:：]{1,20}?)\s*[:：]\s*([^()（）]+?)\s*[)）]\s*$"#)
    /// " 依存: ci-quality", "，依赖：auth" at the end of the text: only CJK keys, since "Dark mode: every page …" names an item.
    private static let spaced = Pattern(#"(?:\s+|[，、；])(依存|依赖|前提|担当者?|负责人|負責人|予定|期限)\s*[:：]\s*(\S.*?)\s*$"#)
    /// "2025-11-11〜2025-11-12": a span of days, due on its last.
    private static let span = Pattern(#"^(\S+)\s*[〜~～]\s*(\S+)$"#)

    /// From the first CJK key on ("… 依存: a, b （予定: 2025-11-13〜2025-11-14）／>=60% by …"), a line is its fields and a
    /// note after them: a CJK key is not a word a title is written with.
    private static let cjkStart = Pattern(#"(?:\s*[(（]\s*|\s+|[，、；])(?:依存|依赖|前提|担当者?|负责人|負責人|予定日?|期限|締切|截止日期|截止|実績|完了日?|完成)\s*[:：]"#)
    /// Each field in that part: bracketed, or a CJK key's value up to the next bracket or full-width slash.
    private static let anyField = Pattern(
        #"[(（]\s*([^()（）:：]{1,20}?)\s*[:：]\s*([^()（）]+?)\s*[)）]|(?:^|\s+|[，、；])(依存|依赖|前提|担当者?|负责人|負責人|予定|期限)\s*[:：]\s*([^()（）／]+?)\s*(?=[(（／]|$)"#)

    /// The title before the fields, and the fields in the order written.
    static func split(_ text: String) -> (rest: String, fields: [Field]) {
        if let start = cjkStart.firstMatchWithRange(in: text), start.range.lowerBound > text.startIndex {
            let head = String(text[..<start.range.lowerBound]).trimmed
            if head.contains(where: \.isLetter) {
                let tail = String(text[start.range.lowerBound...])
                let fields = anyField.allMatches(in: tail).compactMap { groups -> Field? in
                    guard let key = (groups[1] ?? groups[3])?.trimmed, let value = (groups[2] ?? groups[4])?.trimmed, !value.isEmpty,
                          let meaning = keys[MetadataKey.normalize(key)] else { return nil }
                    return Field(rest: head, key: key, value: meaning == .due || meaning == .done ? lastDay(value) : value, meaning: meaning)
                }
                if !fields.isEmpty { return (head, fields) }
            }
        }
        var rest = text
        var fields: [Field] = []
        while let field = trailing(rest) {
            rest = field.rest
            fields.insert(field, at: 0)
        }
        return (rest, fields)
    }

    /// The last field of `text` and the text before it; nil when the text does not end in one.
    private static func trailing(_ text: String) -> Field? {
        for pattern in [bracketed, spaced] {
            guard let match = pattern.firstMatchWithRange(in: text), match.range.lowerBound > text.startIndex,
                  let key = match.groups[1]?.trimmed, let value = match.groups[2]?.trimmed, !value.isEmpty,
                  let meaning = keys[MetadataKey.normalize(key)] else { continue }
            let rest = String(text[..<match.range.lowerBound]).trimmed
            guard rest.contains(where: \.isLetter) else { return nil }
            return Field(rest: rest, key: key, value: meaning == .due || meaning == .done ? lastDay(value) : value, meaning: meaning)
        }
        return nil
    }

    /// The names a dependency or owner field lists: "io-safety, schedule-model", "a、b".
    static func names(_ value: String) -> [String] {
        value.split(whereSeparator: { ",、，;；".contains($0) }).map { String($0).trimmed }.filter { !$0.isEmpty }
    }

    /// "2025-11-13〜2025-11-14" is due on the 14th.
    private static func lastDay(_ value: String) -> String {
        guard let groups = span.firstMatch(in: value), let last = groups[2], WrittenDate.find(in: last) != nil else { return value }
        return last
    }
}
