import BearingModel
@testable import BearingParse
import Testing

/// `Current Status: 🟡 35` under a key result: the symbol is its status and the figure where the measure stands.
struct Leftovers35CurrentStatusTests: TrialWorkspace {
    let strategy = "## Our priorities\n\n### Faster dashboards\n\nDashboards load fast.\n"

    @Test("a status symbol before a figure gives both the status and the current value")
    func symbolAndFigure() throws {
        let plan = load(["objectives/2026-Q1.md": """
            ## Faster dashboards

            - **KR1:** Onboard 50 customers to the new dashboards
              - Target: 50
              - Current Status: 🟡 35
            - **KR2:** Cut p95 dashboard load from 3 s to 1 s
              - _Target:_ 1 s
              - _Current Status:_ 🔴 2.5 s
            - **KR3:** Ship the tile cache
              - Current Status: 🟢 On track
            """])
        let results = plan.objectiveFiles.flatMap(\.objectives).flatMap(\.keyResults)
        #expect(results.map(\.status) == [.atRisk, .offTrack, .onTrack])
        #expect(results.map(\.progress) == [0.7, 0.25, nil], "\(results)")
        #expect(!plan.codes.contains(.progressUnread), "\(plan.diagnostics)")
    }
}
