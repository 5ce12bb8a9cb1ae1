import Foundation
import Testing

/// `bearing suggest` names a priority the way its strategy labels it: a team whose strategy is a parent OKR set
/// (`### O1: …`) writes `Priorities: O1`, not a 44-character slug of the title (a new user's trial, F1).
@Suite struct SuggestCodeTests {
    @Test("a suggestion for a coded priority names its code, and --apply writes it")
    func suggestsTheCode() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("bearing-suggest-code-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("objectives"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        try Data("""
            # Strategy

            ## Priorities

            ### O1: Our digital experiences are the best way to access health care and benefits.

            ### O2: Our platforms are the best way to deliver products.
            """.utf8).write(to: root.appendingPathComponent("strategy.md"))
        try Data("""
            # 2026-Q4

            ## Make digital experiences the best way to access health care
            """.utf8).write(to: root.appendingPathComponent("objectives/2026-Q4.md"))
        let run = try Bearing.run(["suggest", "--today", "2026-11-15"], in: root)
        #expect(run.stdout.contains("→ Priorities: O1  "), "\(run.stdout)\(run.stderr)")
        _ = try Bearing.run(["suggest", "--apply", "--today", "2026-11-15"], in: root)
        let written = try String(contentsOf: root.appendingPathComponent("objectives/2026-Q4.md"), encoding: .utf8)
        #expect(written.contains("Priorities: O1\n") || written.hasSuffix("Priorities: O1"), "\(written)")
    }
}
