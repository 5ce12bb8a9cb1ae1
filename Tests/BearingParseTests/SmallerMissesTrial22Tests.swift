import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// F15: a measurement deadline, and a lane named as a roadmap for a year.
@Suite("Reading: a measurement deadline and a roadmap-for lane (trial 22)")
struct SmallerMissesTrial22Tests {
    @Test("'KR Measurement Deadline:' is the objective's due date")
    func measurementDeadline() throws {
        let plan = loadWorkspace(["strategy.md": minimalStrategy, "objectives/2019-Q3.md": """
            # 2019-Q3
            ## Establish critical routines
            - **KR Measurement Deadline**: 2019-07-02
            - **Tracked**: Weekly
            - [ ] Write the release checklist
            """])
        #expect(plan.objectiveFiles.first?.objectives.first?.metadata.due == "2019-07-02")
    }

    @Test("a lane named 'Roadmap for 2021 and beyond' is placed in 2021", arguments: [
        ("SIG Release Roadmap for 2021 and beyond", "2021"),
        ("Team plan for Q3 2026", "2026-Q3"),
    ])
    func roadmapForLane(title: String, period: String) {
        #expect(RoadmapPeriod.heading(title, year: nil) == period)
    }
}
