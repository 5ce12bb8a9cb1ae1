/// The ids a reference of one kind may name ("priority": growth, platform, …), top-level ones first.
public struct ReferenceCandidates: Hashable, Sendable, Codable {
    /// What was referred to, as the message names it: "priority", "objective", "roadmap item", "roadmap".
    public var kind: String
    public var ids: [String]

    public init(kind: String, ids: [String]) {
        self.kind = kind
        self.ids = ids
    }

    /// "valid priority ids: growth, platform, team", at most `limit` ids and a count of the rest.
    public func line(limit: Int = .max) -> String {
        let shown = ids.prefix(limit).joined(separator: ", ")
        let more = ids.count > limit ? ", … (\(ids.count - limit) more)" : ""
        return "valid \(kind) ids: " + shown + more
    }

    /// One set per kind, in the order the diagnostics first name it: what to print once after them.
    public static func distinct(in diagnostics: [Diagnostic]) -> [ReferenceCandidates] {
        var seen: [ReferenceCandidates] = []
        for candidates in diagnostics.compactMap(\.candidates) where !seen.contains(candidates) { seen.append(candidates) }
        return seen
    }
}
