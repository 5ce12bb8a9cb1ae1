import BearingModel
@testable import BearingParse
import Testing

/// `Status: 0.7` as an objective's own field (Chromium's OKR pages grade there): kept as written, with a warning that
/// says it is a grade.
struct Leftovers35GradeAsStatusTests: TrialWorkspace {
    let strategy = "## Our priorities\n\n### Faster dashboards\n\nDashboards load fast.\n"

    @Test("a 0–1 figure or a percent under Status is kept as written and warned as a grade, not an unknown status word")
    func gradeAsStatus() throws {
        let plan = load(["objectives/2026-Q1.md": """
            ## Faster dashboards

            Status: 0.7

            - [ ] Cut p95 load to 1 s

            ## Reliable platform

            Status: 40%

            - [ ] Halve incidents

            ## Better docs

            Status: on track
            """])
        let objectives = plan.objectiveFiles.flatMap(\.objectives)
        #expect(objectives.map(\.metadata.status) == [nil, nil, .onTrack])
        #expect(objectives.first?.metadata.custom.map(\.value) == ["0.7"])
        let warnings = plan.diagnostics.filter { $0.code == .unknownStatus }
        #expect(warnings.map(\.location.line) == [3, 9])
        #expect(warnings.allSatisfy { $0.message.contains("grade") && !$0.message.contains("expected one of") }, "\(warnings)")
    }
}
