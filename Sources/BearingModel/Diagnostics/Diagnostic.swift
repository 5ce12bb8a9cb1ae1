/// A place in a workspace file; lines and columns are 1-based, paths relative to the workspace.
public struct SourceLocation: Hashable, Sendable, Codable, Comparable {
    public var path: String
    public var line: Int
    public var column: Int

    public init(path: String, line: Int = 1, column: Int = 1) {
        self.path = path
        self.line = line
        self.column = column
    }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.path, a.line, a.column) < (b.path, b.line, b.column)
    }

    /// `path:line:col`, the form editors and CI annotations understand.
    public var description: String { "\(path):\(line):\(column)" }
}

/// How bad a finding is: errors fail `check` (exit 1); warnings fail it only with `--strict`.
public enum Severity: String, Sendable, Codable, Comparable {
    case error, warning, note

    private var rank: Int { self == .error ? 0 : self == .warning ? 1 : 2 }
    public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
}

/// One finding about the workspace, with where it is and, when we can tell, how to fix it.
public struct Diagnostic: Hashable, Sendable, Codable, CustomStringConvertible {
    public var location: SourceLocation
    public var severity: Severity
    public var code: DiagnosticCode
    public var message: String
    /// A concrete suggestion ("did you mean …", "add …"), shown after the message.
    public var fix: String?
    /// For a reference that matches nothing: every id it could have named. Printed once after all the findings
    /// rather than after each one, where twenty unknown references repeated the same list twenty times.
    public var candidates: ReferenceCandidates?

    public init(_ severity: Severity, _ code: DiagnosticCode, _ message: String,
                at location: SourceLocation, fix: String? = nil, candidates: ReferenceCandidates? = nil) {
        self.severity = severity
        self.code = code
        self.message = message
        self.location = location
        self.fix = fix
        self.candidates = candidates
    }

    /// Order used everywhere diagnostics are printed: by path, line, column, then severity.
    public static func ordered(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
        if a.location != b.location { return a.location < b.location }
        if a.severity != b.severity { return a.severity < b.severity }
        if a.code != b.code { return a.code.rawValue < b.code.rawValue }
        return a.message < b.message
    }

    /// `path:line:col: severity: message; fix [code]`, the line `check` prints (also inside other messages).
    public var description: String {
        let fix = fix.map { "; \($0)" } ?? ""
        return "\(location.description): \(severity.rawValue): \(message)\(fix) [\(code.rawValue)]"
    }
}
