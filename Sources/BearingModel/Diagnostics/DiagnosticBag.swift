/// Collects findings for one file while a parser walks it; parsers never stop at the first one.
package struct DiagnosticBag: Sendable {
    package let path: String
    package private(set) var items: [Diagnostic] = []

    package init(path: String) { self.path = path }

    package mutating func error(_ code: DiagnosticCode, _ message: String, line: Int = 1, column: Int = 1, fix: String? = nil) {
        items.append(Diagnostic(.error, code, message, at: SourceLocation(path: path, line: line, column: column), fix: fix))
    }

    package mutating func warning(_ code: DiagnosticCode, _ message: String, line: Int = 1, column: Int = 1, fix: String? = nil) {
        items.append(Diagnostic(.warning, code, message, at: SourceLocation(path: path, line: line, column: column), fix: fix))
    }

    package mutating func note(_ code: DiagnosticCode, _ message: String, line: Int = 1, column: Int = 1, fix: String? = nil) {
        items.append(Diagnostic(.note, code, message, at: SourceLocation(path: path, line: line, column: column), fix: fix))
    }

    package mutating func append(_ more: [Diagnostic]) { items += more }
}
