/// What a template can show: typed, so rendering never casts `Any` (the casts were most of the render time).
/// Built with literals: `["title": .text(objective.title), "done": true, "rows": .list(rows)]`.
public enum TemplateValue: Sendable, Equatable {
    case text(String)
    case flag(Bool)
    case number(Int)
    case list([TemplateValue])
    case object([String: TemplateValue])

    /// Mustache truthiness, with one change: an empty text is false, so `{{#summary}}…{{/summary}}` hides the block.
    var isTruthy: Bool {
        switch self {
        case .text(let text): !text.isEmpty
        case .flag(let flag): flag
        case .number: true
        case .list(let list): !list.isEmpty
        case .object: true
        }
    }

    subscript(key: String) -> TemplateValue? {
        guard case .object(let fields) = self else { return nil }
        if let value = fields[key] { return value }
        // `has_x` says whether the list `x` has anything in it.
        if key.hasPrefix("has_"), case .list(let list)? = fields[String(key.dropFirst(4))] { return .flag(!list.isEmpty) }
        return nil
    }
}

extension TemplateValue: ExpressibleByStringLiteral, ExpressibleByStringInterpolation, ExpressibleByBooleanLiteral,
    ExpressibleByIntegerLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral {
    public init(stringLiteral value: String) { self = .text(value) }
    public init(stringInterpolation: DefaultStringInterpolation) { self = .text(String(stringInterpolation: stringInterpolation)) }
    public init(booleanLiteral value: Bool) { self = .flag(value) }
    public init(integerLiteral value: Int) { self = .number(value) }
    public init(arrayLiteral elements: TemplateValue...) { self = .list(elements) }
    public init(dictionaryLiteral elements: (String, TemplateValue)...) {
        self = .object(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }
}
