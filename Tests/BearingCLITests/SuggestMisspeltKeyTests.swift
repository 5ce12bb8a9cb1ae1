import Foundation
import Testing

/// An objective that declares its priority under a misspelt key ("Priorites: …") has no declared link, so `suggest`
/// proposes one; `--apply` added a second `Priorities:` line beside the misspelt one. It corrects the key instead,
/// keeping what the user wrote, and says so; the dry run says it will.
@Suite("bearing suggest --apply and a misspelt Priorities key")
struct SuggestMisspeltKeyTests {
    static let strategy = """
        # Strategy

        ## Our priorities

        ### Grow mid-size clinics

        Win clinics with 10-50 staff through self-serve onboarding.

        ### Reliable platform

        Keep the platform up and fast.
        """

    static let objectives = """
        # Q1 2026

        ## Onboarding in a day

        Owner: Ana
        Priorites: grow-mid-size-clinics

        - KR1: 20 clinics onboard self-serve, now 4
        """

    @Test("the key is corrected in place, nothing is added or removed, and check no longer warns")
    func corrected() throws {
        let manager = FileManager.default
        let root = manager.temporaryDirectory.appendingPathComponent("bearing-misspelt-\(UUID().uuidString)")
        try manager.createDirectory(at: root.appendingPathComponent("objectives"), withIntermediateDirectories: true)
        defer { try? manager.removeItem(at: root) }
        try Data(Self.strategy.utf8).write(to: root.appendingPathComponent("strategy.md"))
        let file = root.appendingPathComponent("objectives/2026-Q1.md")
        try Data(Self.objectives.utf8).write(to: file)

        let dry = try Bearing.run(["suggest"], in: root)
        try #require(dry.stdout.contains("+ objectives/2026-Q1.md:3:"), "no suggestion for the objective: \(dry.stdout)")
        #expect(dry.stdout.contains("objectives/2026-Q1.md:6 declares it as `Priorites: grow-mid-size-clinics`, a misspelt `Priorities:`"))

        let apply = try Bearing.run(["suggest", "--apply"], in: root)
        let written = try String(contentsOf: file, encoding: .utf8)
        #expect(written == Self.objectives.replacingOccurrences(of: "Priorites:", with: "Priorities:"))
        #expect(apply.stdout.contains("corrected objectives/2026-Q1.md:6: `Priorites:` → `Priorities:`, keeping its value `grow-mid-size-clinics`"))
        #expect(apply.stdout.contains("wrote 0 Priorities: lines; corrected 1 misspelt key"))

        let check = try Bearing.run(["check"], in: root)
        #expect(!check.stdout.contains("unknown-key") && !check.stderr.contains("unknown-key"))
        let again = try Bearing.run(["suggest", "--apply"], in: root)
        #expect(try String(contentsOf: file, encoding: .utf8) == written)
        #expect(again.stdout.contains("every objective and roadmap item declares its priorities"))
    }
}
