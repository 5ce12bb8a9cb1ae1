/// The delivery status of an objective, initiative or roadmap item.
public enum Status: String, Sendable, Codable, CaseIterable {
    case notStarted = "not-started"
    case onTrack = "on-track"
    case atRisk = "at-risk"
    case offTrack = "off-track"
    case done
    case dropped

    /// Reads the contract's values and the synonyms people actually write ("In progress", "Shipped", "Blocked").
    public init?(reading text: String) {
        let key = text.lowercased()
            .replacingAll("_", with: "-")
            .split(whereSeparator: { $0 == " " || $0 == "-" }).joined(separator: "-")
        if let exact = Status(rawValue: key) { self = exact; return }
        switch key {
        case "todo", "to-do", "planned", "not-begun", "proposed", "backlog", "new": self = .notStarted
        case "in-progress", "ongoing", "active", "green", "started", "in-flight": self = .onTrack
        case "at-risk!", "risk", "yellow", "amber", "behind", "slipping": self = .atRisk
        case "blocked", "red", "stalled", "late": self = .offTrack
        case "complete", "completed", "shipped", "finished", "achieved", "closed", "delivered": self = .done
        case "cancelled", "canceled", "abandoned", "wont-do", "won't-do", "deferred", "descoped": self = .dropped
        default: return nil
        }
    }
}
