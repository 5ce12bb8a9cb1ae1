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
    /// The effort as the plan writes it ("L", "2-3 hours", "5 points"): what a reader of the plan recognises, shown beside
    /// the work; `effort` is the number effort shares count.
    public var effortWritten: String?
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
    /// Where the value starts, when read from a `Key: value` line: a field found to name priorities (`Mission: 1`, in a
    /// strategy of missions) is resolved after parsing, and its references are reported there. Not part of what the
    /// field says, so not compared.
    public var location: SourceLocation?

    package init(key: String, value: String, location: SourceLocation? = nil) {
        self.key = key
        self.value = value
        self.location = location
    }

    public static func == (a: CustomField, b: CustomField) -> Bool { a.key == b.key && a.value == b.value }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(key)
        hasher.combine(value)
    }
}
