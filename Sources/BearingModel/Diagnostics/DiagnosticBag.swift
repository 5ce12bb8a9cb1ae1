/// Collects findings for one file while a parser walks it; parsers never stop at the first one.
public struct DiagnosticBag: Sendable {
    public let path: String
    public private(set) var items: [Diagnostic] = []

    public init(path: String) { self.path = path }

    public mutating func error(_ code: DiagnosticCode, _ message: String, line: Int = 1, column: Int = 1, fix: String? = nil) {
        items.append(Diagnostic(.error, code, message, at: SourceLocation(path: path, line: line, column: column), fix: fix))
    }

    public mutating func warning(_ code: DiagnosticCode, _ message: String, line: Int = 1, column: Int = 1, fix: String? = nil) {
        items.append(Diagnostic(.warning, code, message, at: SourceLocation(path: path, line: line, column: column), fix: fix))
    }

    public mutating func append(_ more: [Diagnostic]) { items += more }
}
