import BearingModel
import Foundation

/// Prints diagnostics for people (`path:line:col: severity: message [code]`), for tools (JSON),
/// or as GitHub Actions workflow commands so they appear as annotations on a pull request.
public enum DiagnosticFormat: String, CaseIterable, Sendable {
    case text, json, github
}

public enum DiagnosticFormatter {
    /// `repositoryPrefix` is the workspace's folder inside its git repository (see `RepositoryPath`); GitHub
    /// annotations need paths from the repository root to land on a pull request's lines.
    public static func format(_ diagnostics: [Diagnostic], as format: DiagnosticFormat, fileCount: Int, repositoryPrefix: String = "") -> String {
        switch format {
        case .text: return (diagnostics.map(text) + candidateLines(diagnostics)).map { $0 + "\n" }.joined()
        case .github: return diagnostics.map { github($0, prefix: repositoryPrefix) }.joined(separator: "\n") + (diagnostics.isEmpty ? "" : "\n")
        case .json: return json(diagnostics, fileCount: fileCount)
        }
    }

    public static func text(_ diagnostic: Diagnostic) -> String {
        diagnostic.description
    }

    /// Once after the findings, one line per kind of reference that matched nothing: "valid priority ids: growth, …".
    /// Each finding's own line keeps only its did-you-mean; twenty unknown references once repeated the list twenty times.
    public static func candidateLines(_ diagnostics: [Diagnostic]) -> [String] {
        ReferenceCandidates.distinct(in: diagnostics).map { $0.line(limit: candidateLimit) }
    }

    /// Enough for any strategy a person wrote; a generated one of thousands is cut, and `--format json` lists them all.
    static let candidateLimit = 60

    /// One line such as "2 errors, 1 warning in 7 files".
    public static func summary(_ diagnostics: [Diagnostic], fileCount: Int) -> String {
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.filter { $0.severity == .warning }.count
        let notes = diagnostics.filter { $0.severity == .note }.count
        let files = "\(fileCount) file\(fileCount == 1 ? "" : "s")"
        // "no problems" under a printed note read as if the note had not been looked at, or were not there.
        if errors == 0 && warnings == 0 && notes > 0 { return "no errors or warnings in \(files) (\(notes) note\(notes == 1 ? "" : "s") above)" }
        if errors == 0 && warnings == 0 { return "no problems in \(files)" }
        return "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s") in \(files)"
    }

    static func github(_ diagnostic: Diagnostic, prefix: String = "") -> String {
        let command = diagnostic.severity == .error ? "error" : diagnostic.severity == .warning ? "warning" : "notice"
        let location = diagnostic.location
        let path = location.path.isEmpty ? "" : prefix + location.path
        let properties = "file=\(escapeProperty(path)),line=\(location.line),col=\(location.column),title=\(escapeProperty("bearing [\(diagnostic.code.rawValue)]"))"
        // An annotation is read alone, on its line of a pull request: it keeps the valid ids (the first few) with it.
        let fixes = [diagnostic.fix, diagnostic.candidates.map { $0.line(limit: 8) }].compactMap { $0 }
        let message = diagnostic.message + (fixes.isEmpty ? "" : "; " + fixes.joined(separator: " "))
        return "::\(command) \(properties)::\(escapeData(message))"
    }

    private static func escapeData(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D").replacingOccurrences(of: "\n", with: "%0A")
    }

    private static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }

    /// `check --format json`: the diagnostics as planning.json prints them, and the counts.
    private static func json(_ diagnostics: [Diagnostic], fileCount: Int) -> String {
        var writer = JSONWriter()
        writer.object { w in
            w.field("diagnostics", diagnostics.map(DiagnosticRecord.init))
            w.field("errors", diagnostics.filter { $0.severity == .error }.count)
            w.field("files", fileCount)
            w.field("warnings", diagnostics.filter { $0.severity == .warning }.count)
        }
        return String(decoding: writer.bytes, as: UTF8.self) + "\n"
    }
}
