/// The `Key: value` metadata at the top of an objective, initiative or roadmap item.
/// Every field is optional: real plans often carry none at all.
public struct Metadata: Hashable, Sendable, Codable {
    public var owners: [String] = []
    public var team: String?
    public var status: Status?
    public var priorities: [Reference] = []
    /// 0…1, from "0.7", "70%", or low / medium / high.
    public var confidence: Double?
    /// Relative effort, from a number or a T-shirt size (XS 0.5, S 1, M 2, L 3, XL 5); default 1 when scoring.
    public var effort: Double?
    public var roadmaps: [Reference] = []
    public var issues: [String] = []
    public var due: String?
    public var dependsOn: [Reference] = []
    public var objectives: [Reference] = []
    /// Keys Bearing does not know, kept in the order written.
    public var custom: [CustomField] = []

    public init() {}

    public var isEmpty: Bool { self == Metadata() }
}

/// A metadata line whose key Bearing does not interpret.
public struct CustomField: Hashable, Sendable, Codable {
    public var key: String
    public var value: String

    package init(key: String, value: String) {
        self.key = key
        self.value = value
    }
}
