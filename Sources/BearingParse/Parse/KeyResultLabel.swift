import BearingModel

/// The words that tell a list's role inside an objective: a "Key results" label makes its plain bullets key results,
/// a "Tasks" or "Done when" label makes even its task items a checklist, and "KR:" / "**CEO KR:**" marks one item.
enum KeyResultLabel {
    enum Role: Equatable { case keyResults, checklist }

    private static let keyResultLabels: Set<String> = [
        "key results", "key result", "krs", "kr", "okrs", "key results (krs)", "measures of success", "measure of success",
        "success metrics", "success measures", "success criteria", "measurable results", "how we will measure success",
        "how we'll measure success", "how we measure success", "metrics of success", "results we want", "outcomes and measures",
    ]
    private static let checklistLabels: Set<String> = [
        "tasks", "task", "to do", "to-do", "todo", "todos", "checklist", "next actions", "next steps", "action items", "actions",
        "definition of done", "done when", "acceptance criteria", "steps", "subtasks", "sub-tasks", "task list", "work items",
        "timeline", "milestones checklist", "open questions", "questions", "notes",
    ]
    private static let qualified = Pattern(#"^(?:key results|krs)\s+(?:\(.{1,40}\)|for\s+[\w -]{1,30}|(?:fy|q|h|20)[\w -]{0,20})$"#)
    /// "KR:", "KR1:", "KR 1.2 -", "CEO KR:", "Director of Engineering, Growth KR:", "Key result 2:" (an owner before "KR"
    /// is capitalized words, with "of", "and", "for", "the" between them).
    private static let prefix = Pattern(
        #"^\s*(?:[A-Z][\w&/.,'’-]*(?:\s+(?:of|and|for|the|&|[A-Z][\w&/.,'’-]*)){0,7}\s+)?(?:KR|Key [Rr]esult)\s*#?\s*\d*(?:\.\d+)*\s*(?::|\.\s|\)|\s[-–—]\s)"#, caseInsensitive: false)

    /// The role a label line gives the list after it; the label may be bold, end with a colon, or carry an emoji.
    static func role(of label: String) -> Role? {
        let text = normalize(label)
        guard !text.isEmpty, text.count <= 60 else { return nil }
        if keyResultLabels.contains(text) { return .keyResults }
        if checklistLabels.contains(text) { return .checklist }
        // "Key results for Q3", "Key results (due end of quarter)" — but not prose such as "Key results should be:".
        return qualified.matches(text) ? .keyResults : nil
    }

    /// True when a list item's text starts with a key-result label such as "KR:" or "CEO KR:".
    static func hasPrefix(_ text: String) -> Bool { prefix.matches(text) }

    private static func normalize(_ label: String) -> String {
        var text = label.lowercased().trimmed
        let strip: Set<Character> = [":", "*", "_", " ", "#", "-", ".", "–", "—"]
        while let last = text.last, strip.contains(last) { text.removeLast() }
        // A leading emoji or symbol ("🎯 Key results").
        while let first = text.first, !first.isLetter { text.removeFirst() }
        return text.split(separator: " ").joined(separator: " ")
    }
}
