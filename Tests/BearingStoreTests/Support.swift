import BearingAlign
import BearingModel
import BearingParse
import BearingReport
import Foundation

/// The example workspace at the repository root, loaded and aligned as the site tests do.
enum Example {
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The example plan and its alignment on a fixed date, with one warning added so that every table has rows
    /// (the example itself has no diagnostics).
    static func plan() throws -> (Plan, Alignment) {
        var plan = WorkspaceLoader().load(root: repositoryRoot.path)
        guard let today = DateText.parse("2026-11-24") else { throw CocoaError(.formatting) }
        let alignment = Aligner(vectors: try TokenVectors.bundled()).align(plan, today: today)
        plan.diagnostics.append(Diagnostic(.warning, .unreadableFile, "a \"quoted\", multi-line\nmessage", at: SourceLocation(path: "objectives/x.md", line: 3, column: 2),
                                           fix: "do this"))
        return (plan, alignment)
    }

    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("bearing-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
