import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// "## Priorites": a strategy with its priorities heading misspelt had no priorities, an error at line 1 that did not
/// name the typo, and an unknown-priority error on every reference after it.
@Suite("A misspelt priorities heading is read, with a warning at its line")
struct PrioritiesHeadingTypoTests {
    @Test("`## Priorites` and `## Our Prioirties` are the priorities section, and the warning names the word", arguments: [
        ("Priorites", "Priorites", "Priorities"), ("Our Prioirties", "Prioirties", "Priorities"), ("Key priorty", "priorty", "priority"),
    ])
    func misspeltHeading(heading: String, written: String, meant: String) throws {
        let result = StrategyParser().parse(read("""
            # Strategy
            ## \(heading)
            1. **Reliable service.** Nothing goes down.
            2. **Self-serve onboarding.** Start without calling us.
            """, path: "strategy.md"))
        let (strategy, diagnostics) = (result.strategy, result.diagnostics)
        #expect(strategy.priorities.map(\.title) == ["Reliable service", "Self-serve onboarding"])
        #expect(!diagnostics.contains { $0.severity == .error }, "\(diagnostics.map(\.message))")
        let warning = try #require(diagnostics.first { $0.code == .noPriorities })
        #expect(warning.severity == .warning)
        #expect(warning.location.line == 2)
        #expect(warning.message.contains("\"\(written)\" looks like \"\(meant)\""), "\(warning.message)")
    }

    @Test("a heading that is no misspelling stays out: `## Properties` is not the priorities")
    func notATypo() {
        let result = StrategyParser().parse(read("# Strategy\n## Properties\n1. **Fast.**\n2. **Small.**\n", path: "strategy.md"))
        let (strategy, diagnostics) = (result.strategy, result.diagnostics)
        #expect(strategy.priorities.isEmpty)
        #expect(diagnostics.contains { $0.code == .noPriorities && $0.severity == .error })
    }
}
