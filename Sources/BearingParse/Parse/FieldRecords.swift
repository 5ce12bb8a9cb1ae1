import BearingModel

/// Work written as labelled fields, one bullet each:
///
///     - **Objective**: Improve onboarding
///     - **Owner**: @x
///     - **Key results**:
///       - Time to first build under 10 minutes
///
/// Each bullet whose key names the work (Objective, Goal, Item, Feature, Epic…) starts one record; the field bullets
/// after it, up to the next such bullet, are that record's fields. Read field by field, each bullet would be an item
/// titled "Owner: @x".
enum FieldRecords {
    struct Record {
        /// The value of the naming field: the record's title.
        var title: String
        /// The record as one list item: the naming bullet's paragraph, then its other field bullets as a nested list,
        /// spanning their lines, so that the item reader takes their metadata and text as it does for any bullet.
        var item: ListItem
    }

    /// Keys that name the piece of work a record describes. ("Theme:" or "Milestone:" at the top of a lane says where
    /// the lane's work belongs, so it does not start a record.)
    static let titleKeys: Set<String> = [
        "objective", "goal", "item", "initiative", "feature", "epic", "project", "deliverable", "task", "title",
        "work item", "outcome", "bet",
    ]

    /// The records of a list that is field bullets only and starts with a naming field; nil for any other list.
    static func records(_ items: [ListItem]) -> [Record]? {
        guard items.count >= 2 else { return nil }
        var fields: [(key: String, value: String, item: ListItem)] = []
        for item in items {
            guard item.task == nil, case .paragraph(let content)? = item.blocks.first?.kind,
                  let (key, value) = field(content.plainText) else { return nil }
            fields.append((key, value, item))
        }
        guard let first = fields.first, isTitleKey(first.key), !first.value.isEmpty else { return nil }
        // A field a plan's work carries (Owner, Status, Due…) or a key-results label beside the naming fields: without
        // one, "- Objective: Ship the API" / "- Objective 2: Fewer pages" is a list of objectives by their labels.
        guard fields.contains(where: { !isTitleKey($0.key) && (MetadataKey(spelling: $0.key) != nil || KeyResultLabel.role(of: $0.key + ":") != nil) })
        else { return nil }
        var records: [Record] = []
        var start = 0
        for index in fields.indices.dropFirst() + [fields.count] where index == fields.count || (isTitleKey(fields[index].key) && !fields[index].value.isEmpty) {
            records.append(record(Array(fields[start..<index])))
            start = index
        }
        return records
    }

    private static func record(_ fields: [(key: String, value: String, item: ListItem)]) -> Record {
        let head = fields[0].item
        var blocks = [head.blocks[0]]
        let rest = fields.dropFirst().map(\.item)
        if let firstField = rest.first, let lastField = rest.last {
            blocks.append(Block(.list(ordered: false, items: rest), line: firstField.line, column: firstField.column, endLine: lastField.endLine))
        }
        blocks += head.blocks.dropFirst()
        let item = ListItem(blocks: blocks, label: head.label, line: head.line, column: head.column, endLine: fields.last?.item.endLine ?? head.endLine)
        return Record(title: TitleText.clean(fields[0].value), item: item)
    }

    /// "Objective", "Goal 2", "Epic B": a naming key, numbered or not.
    private static func isTitleKey(_ key: String) -> Bool {
        let words = key.split(separator: " ").map(String.init)
        if titleKeys.contains(key) { return true }
        guard words.count == 2, titleKeys.contains(words[0]) else { return false }
        return words[1].allSatisfy { $0.isNumber || $0 == "." } || words[1].count == 1
    }

    /// `Key: value` (the key at most four words, as metadata keys are), the key lowercased.
    private static func field(_ text: String) -> (String, String)? {
        let line = text.split(separator: "\n", maxSplits: 1).first.map(String.init) ?? text
        guard let colon = line.firstIndex(of: ":") else { return nil }
        let key = line[..<colon].trimmed
        guard MetadataReader.isKey(key) else { return nil }
        return (key.lowercased(), line[line.index(after: colon)...].trimmed)
    }
}
