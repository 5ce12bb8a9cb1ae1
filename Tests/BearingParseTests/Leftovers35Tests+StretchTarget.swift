import BearingModel
@testable import BearingParse
import Testing

/// `| Target (committed) | Target (stretch) |`: the committed column is the target; the stretch one is shown as written.
struct Leftovers35StretchTargetTests: TrialWorkspace {
    let strategy = "## Our priorities\n\n### Faster dashboards\n\nDashboards load fast.\n"

    @Test("the committed target is the key results' target, the stretch column no target")
    func committedAndStretch() throws {
        let plan = load(["objectives/2026-Q2.md": """
            ## Faster dashboards

            | Key result | Baseline | Target (committed) | Target (stretch) | Current |
            |---|---|---|---|---|
            | Dashboards under 1 s | 40% | 80% | 95% | 60% |
            | Weekly active viewers | 200 | 400 | 600 | 300 |
            """])
        let results = plan.objectiveFiles.flatMap(\.objectives).flatMap(\.keyResults)
        #expect(results.map(\.figures?.target) == ["80%", "400"])
        #expect(results.map(\.progress) == [0.5, 0.5])
        #expect(!plan.codes.contains(.progressUnread), "\(plan.diagnostics)")
    }

    @Test("`Goal (aspirational)` beside `Goal`, and two unglossed owners' columns, read as before")
    func otherPairs() throws {
        let plan = load(["objectives/2026-Q2.md": """
            ## Faster dashboards

            | Key result | Target | Target (aspirational) | Current |
            |---|---|---|---|
            | Weekly active viewers | 400 | 600 | 300 |
            """])
        let results = plan.objectiveFiles.flatMap(\.objectives).flatMap(\.keyResults)
        #expect(results.map(\.figures?.target) == ["400"])
        #expect(results.map(\.progress) == [0.75])
    }
}
