import BearingModel

/// `Key: value` lines nested under a priority, as strategy templates list a pillar's parts ("- Description: Activation,
/// retention, expansion", "- Why it matters: …", "- Key initiatives: …", "- Metric: weekly active teams"): fields of the
/// priority, never sub-priorities of their own.
enum PriorityFields {
    enum Role: Equatable {
        /// What the priority is: its summary when it has none.
        case summary
        /// How its success is told: its success signal.
        case measures
        /// Why it matters, what will be done, who leads it: text shown with the priority.
        case text
    }

    /// The key and value of a one-line item whose key names a part of a priority; nil for any other item, so a list
    /// of sub-priorities ("- Data: one warehouse") stays one.
    static func field(_ item: ListItem) -> (key: String, value: String)? {
        guard item.task == nil, item.blocks.count == 1, case .paragraph(let content) = item.blocks[0].kind, content.lines.count == 1 else { return nil }
        let line = content.plainText.trimmed
        guard let colon = line.firstIndex(of: ":") else { return nil }
        let key = String(line[..<colon]).trimmingCharacters(in: ["*", "_", " "])
        let value = String(line[line.index(after: colon)...]).trimmingCharacters(in: ["*", "_", " "])
        guard !value.isEmpty, key.split(separator: " ").count <= 4, known(key) else { return nil }
        return (key, value)
    }

    static func role(of key: String) -> Role {
        let lower = PriorityPartLabel.normalize(key)
        if summaryKeys.contains(lower) { return .summary }
        return PriorityPartLabel.role(of: key) == .measures ? .measures : .text
    }

    private static func known(_ key: String) -> Bool {
        let lower = PriorityPartLabel.normalize(key)
        return summaryKeys.contains(lower) || PriorityPartLabel.role(of: key) != nil || MetadataKey(spelling: lower) != nil
    }

    private static let summaryKeys: Set<String> = ["description", "summary", "definition", "what", "what it means", "what it is", "scope"]
}
