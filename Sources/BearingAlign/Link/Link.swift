import BearingModel

/// A link from an item to a priority or sub-priority.
public struct Link: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable {
        /// Written in the item's metadata.
        case declared
        /// Taken from the objective an initiative belongs to, or that a roadmap item serves.
        case inherited
        /// Read from the item's text.
        case inferred
    }

    public var item: String
    public var priority: String
    public var kind: Kind
    /// 0…1; see docs/scoring.md for how each kind is computed.
    public var strength: Double
    public var evidence: [Evidence]
    /// For inherited links, the item they came from.
    public var via: String?
    /// How the strength was computed, in words.
    public var explanation: String
}
