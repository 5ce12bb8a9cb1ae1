import BearingAlign

/// What a template can show: typed, so rendering never casts `Any` (the casts were most of the render time).
/// Built with literals: `["title": .text(objective.title), "done": true, "rows": .list(rows)]`.
package enum TemplateValue: Sendable, Equatable {
    case text(String)
    case flag(Bool)
    case number(Int)
    case list([TemplateValue])
    case object(Fields)

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
    package init(stringLiteral value: String) { self = .text(value) }
    package init(stringInterpolation: DefaultStringInterpolation) { self = .text(String(stringInterpolation: stringInterpolation)) }
    package init(booleanLiteral value: Bool) { self = .flag(value) }
    package init(integerLiteral value: Int) { self = .number(value) }
    package init(arrayLiteral elements: TemplateValue...) { self = .list(elements) }
    package init(dictionaryLiteral elements: (String, TemplateValue)...) {
        self = .object(Fields(elements))
    }
}

extension TemplateValue {
    /// An object's fields as a short list of pairs, looked up by scanning: a page's objects hold a few to a
    /// few dozen keys, short enough that comparing them (mostly inline small strings) beats hashing, and
    /// building a list costs no hashing at all. Rendering looks up every name this way.
    package struct Fields: Sendable, Equatable, Sequence, ExpressibleByDictionaryLiteral {
        private var pairs: [(key: String, value: TemplateValue)] = []

        package init(_ elements: some Sequence<(String, TemplateValue)>) {
            for (key, value) in elements { self[key] = value }
        }

        package init(dictionaryLiteral elements: (String, TemplateValue)...) { self.init(elements) }

        /// The value of `key`; setting replaces it, or adds it when absent (the last write wins, as in a dictionary).
        package subscript(key: String) -> TemplateValue? {
            get { pairs.first { $0.key == key }?.value }
            set {
                if let index = pairs.firstIndex(where: { $0.key == key }) {
                    if let newValue { pairs[index].value = newValue } else { pairs.remove(at: index) }
                } else if let newValue {
                    pairs.append((key, newValue))
                }
            }
        }

        package func makeIterator() -> IndexingIterator<[(key: String, value: TemplateValue)]> { pairs.makeIterator() }

        /// Equal when they hold the same keys and values, in any order.
        package static func == (a: Fields, b: Fields) -> Bool {
            a.pairs.count == b.pairs.count && a.pairs.allSatisfy { pair in b[pair.key] == pair.value }
        }
    }
}
