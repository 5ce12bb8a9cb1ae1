/// A reference as written in the Markdown (`Priorities: platform, 2.1`), kept with its location
/// so that an unresolved one is reported where the user wrote it.
public struct Reference: Hashable, Sendable, Codable {
    public var text: String
    public var location: SourceLocation
    /// The reference as written when `text` leaves out a bracketed remark ("GPU expansion (24 × H100)"): the whole of it
    /// may be a title, and a message quotes what the writer wrote.
    public var written: String?
    /// Written under the singular key `Priority` (`Priority: P1`), the field where trackers and OKR templates rank their
    /// work, rather than `Priorities:` or `Aligns to:`, which only ever name what the work serves. Not part of what the
    /// reference says, so not compared.
    public var singularKey = false

    public init(_ text: String, at location: SourceLocation) {
        self.text = text
        self.location = location
    }

    public static func == (a: Reference, b: Reference) -> Bool { a.text == b.text && a.location == b.location && a.written == b.written }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(text)
        hasher.combine(location)
        hasher.combine(written)
    }
}

/// An item's references after resolution: ids only, in the order written, without duplicates.
public struct ResolvedReferences: Hashable, Sendable, Codable {
    public var priorities: [String] = []
    public var objectives: [String] = []
    public var dependsOn: [String] = []
    public var roadmaps: [String] = []
    /// The priority and objective references, as written, that matched nothing (each an error): the item is linked
    /// without them, by what else it declares or by its text, so the scores it counts in are provisional.
    public var unresolved: [String] = []
    /// Where `priorities` came from when no `Priorities:` line names them: "its title's tag", "its Roadmap field", or the
    /// heading the item is filed under ("the lane “Fast Builds”"). Nil for a `Priorities:` line.
    public var declaredBy: String?
    /// The priorities come from the heading the item is filed under, a part of the plan's structure, not a line of its own.
    public var filedUnderHeading = false

    public init() {}
}
