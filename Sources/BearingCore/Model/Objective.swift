/// One quarter's objectives file (`objectives/2026-Q4.md`).
public struct ObjectivesFile: Hashable, Sendable, Codable {
    public var path: String
    public var quarter: Quarter?
    public var title: String
    public var team: String?
    /// Prose before the first objective.
    public var intro: String
    public var objectives: [Objective]
}

/// A quarterly objective: an H2 section of an objectives file.
public struct Objective: Hashable, Sendable, Codable {
    public var id: String
    public var quarter: Quarter?
    public var title: String
    public var metadata: Metadata
    /// Every key result in the objective, those inside its initiatives included.
    public var keyResults: [KeyResult]
    public var initiatives: [Initiative]
    /// The objective's Markdown without its metadata block.
    public var body: String
    public var location: SourceLocation
    public var explicitID: Bool
    /// The metadata's references, resolved to ids by `ReferenceResolver`.
    public var resolved = ResolvedReferences()
}

/// An H3 section inside an objective.
public struct Initiative: Hashable, Sendable, Codable {
    public var id: String
    public var title: String
    public var metadata: Metadata
    public var keyResults: [KeyResult]
    public var body: String
    public var location: SourceLocation
    public var resolved = ResolvedReferences()
}

/// A key result: a task item `- [ ] …` / `- [x] …` with progress read from its text.
public struct KeyResult: Hashable, Sendable, Codable {
    public var text: String
    public var done: Bool
    /// 0…1.
    public var progress: Double
    /// Which form the progress was read from.
    public var progressSource: ProgressSource
    public var location: SourceLocation
}

/// The forms of progress the contract reads, in the order they are tried.
public enum ProgressSource: String, Hashable, Sendable, Codable {
    case ratio, percent, range, score, checkbox
}
