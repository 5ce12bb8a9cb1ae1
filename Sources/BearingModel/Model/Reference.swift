/// A reference as written in the Markdown (`Priorities: platform, 2.1`), kept with its location
/// so that an unresolved one is reported where the user wrote it.
public struct Reference: Hashable, Sendable, Codable {
    public var text: String
    public var location: SourceLocation

    public init(_ text: String, at location: SourceLocation) {
        self.text = text
        self.location = location
    }
}

/// An item's references after resolution: ids only, in the order written, without duplicates.
public struct ResolvedReferences: Hashable, Sendable, Codable {
    public var priorities: [String] = []
    public var objectives: [String] = []
    public var dependsOn: [String] = []
    public var roadmaps: [String] = []

    public init() {}
}
