import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// Shapes met on a nineteenth round of real roadmaps and OKR files: lanes named by the plan's own clock with the calendar
/// time beside them ("Month 1 (April)", "Sprint 3 (Mar 2 – Mar 13)"), step labels before an item's words ("Milestone 1:",
/// "Phase 2 —", "Step 3.", "M1:"), an owner in brackets after a bullet ("(Jamie)", "[Owner: Jamie]"), a commitment
/// written as code (`` `aspirational` ``), an owner written as an email address in one file and a name in another, and
/// an OKR template's key-result table with an Actual column. Each snippet is written here in the real file's shape.
@Suite("New-user shapes, nineteenth round")
struct NewUserShapes19Tests {
    func roadmap(_ markdown: String) -> Roadmap {
        RoadmapParser().parse(read(markdown, path: "roadmaps/launch.md")).0
    }

    func item(_ roadmap: Roadmap, _ title: String) -> RoadmapItem? {
        roadmap.items.first { $0.title == title }
    }

    // MARK: Clock lanes with their calendar time

    @Test("a month lane gives its items that month, in the year of the roadmap's title; an H3 month group too")
    func monthLanes() {
        let parsed = roadmap("""
            # Launch roadmap 2027

            ## Month 1 (April)

            - Open the partner portal

            ### Month 2 (May)

            - Public beta of the API

            ## Months 4–6 (Jul–Sep)

            - Regional rollout
            """)
        #expect(parsed.items.map(\.period) == ["April 2027", "May 2027", "2027-Q3"])
        #expect(parsed.lanes.map(\.period) == ["April 2027", "2027-Q3"])
        #expect(parsed.items.compactMap(\.period).compactMap { Quarter.holding($0)?.description } == ["2027-Q2", "2027-Q2", "2027-Q3"])
    }

    @Test("a sprint or week lane with days beside it is in the quarter of its first day; without days it names no period")
    func sprintLanes() {
        let parsed = roadmap("""
            # Launch roadmap 2027

            ## Sprint 3 (Mar 2 – Mar 13)

            - Hook up alerts

            ## Weeks 5–6: 30 Mar – 10 Apr

            - Load test the portal

            ## Weeks 1–4

            - Kick-off

            ## Phase 2: Foundations

            - Write the runbook
            """)
        #expect(parsed.items.map(\.period) == ["2027-Q1", "2027-Q1", nil, nil])
        #expect(parsed.lanes.map(\.kind) == [.period, .period, .period, .period])
    }

    @Test("without a year anywhere, a month lane keeps the month as written")
    func monthWithoutYear() {
        let parsed = roadmap("""
            # Launch roadmap

            ## Month 1 (April)

            - Open the partner portal
            """)
        #expect(parsed.items.map(\.period) == ["April"])
    }
}
