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

/// An item whose `Priorities:` line names no priority was listed as "+ will write", and `--apply` then skipped it as
/// already declaring priorities (trial 24b F10): the listing now says to correct that line.
@Suite struct SuggestUnresolvedTests {
    @Test("an unresolved declaration is listed as the line to correct, and --apply leaves the file alone")
    func unresolvedDeclaration() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("bearing-suggest-unresolved-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("objectives"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        try Data("""
            # Strategy

            ## Priorities

            1. **Reliable service.** Every alert has a runbook and an owner; upgrades need no maintenance window. {#reliability}
            2. **Self-serve onboarding.** A new customer starts without calling us. {#onboarding}
            """.utf8).write(to: root.appendingPathComponent("strategy.md"))
        let objectives = """
            # 2026-Q4

            ## Write a runbook for every alert

            Priorities: runbooks

            - [ ] Alerts with a runbook: 18 of 24
            """
        try Data(objectives.utf8).write(to: root.appendingPathComponent("objectives/2026-Q4.md"))
        let run = try Bearing.run(["suggest", "--today", "2026-11-15"], in: root)
        #expect(run.stdout.contains("? objectives/2026-Q4.md:3: Write a runbook for every alert declares `runbooks`, which names no priority; correct it to `Priorities: reliability`"),
                "\(run.stdout)\(run.stderr)")
        #expect(run.stderr.contains("0 of 1 at or above"), "\(run.stderr)")
        _ = try Bearing.run(["suggest", "--apply", "--today", "2026-11-15"], in: root)
        #expect(try String(contentsOf: root.appendingPathComponent("objectives/2026-Q4.md"), encoding: .utf8) == objectives)
    }
}
