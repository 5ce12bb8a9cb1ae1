import Foundation
import TestSupport
import Testing

/// A grade from a few measured key results among many unmeasured ones (trial 21, F11): `diff` showed "key results – →
/// 100%" for 2 of 8 measured, and the report called the plan green.
@Suite("grades say how many key results they measure")
struct GradeCoverageTests {
    static let strategy = """
        # Strategy

        ## Our priorities

        1. **Run a dependable service.** Fewer outages, faster recovery, on-call that works. {#reliability}

        """

    static func objectives(measured: Bool) -> String {
        """
        # 2026-Q4

        ## Keep the app stable

        - Priorities: reliability

        - Crash-free sessions to 99%
        - Ship the new release pipeline\(measured ? " => 100%" : "")
        - Ship the crash dashboard\(measured ? " => 100%" : "")
        - Cut app load time to 2 seconds
        - Zero severity-1 accessibility issues
        - Halve the support backlog
        - Grow reviews to 500
        - Hire 2 mobile engineers

        """
    }

    @Test("the diff row says how many key results its grade measures; the report gives no band under half measured")
    func coverage() throws {
        let repo = try GitFixture()
        defer { repo.remove() }
        try repo.write(["planning/strategy.md": Self.strategy, "planning/objectives/2026-Q4.md": Self.objectives(measured: false)])
        try repo.commitAll("plan")
        try repo.write(["planning/objectives/2026-Q4.md": Self.objectives(measured: true)])
        try repo.commitAll("check-in")
        let workspace = repo.root.appendingPathComponent("planning")
        let diff = try Bearing.run(["diff", "HEAD~1", "HEAD", "--today", "2026-12-20"], in: workspace)
        #expect(diff.status == 0, "\(diff.stderr)")
        #expect(diff.stdout.contains("key results – → 100% (2 of 8 key results measured)"), "\(diff.stdout)")
        let report = try Bearing.run(["report", "--today", "2026-12-20"], in: workspace)
        #expect(report.stdout.contains("(2 of 8 key results measured)"), "\(report.stdout)")
        #expect(!report.stdout.contains("green"), "\(report.stdout)")
    }
}
