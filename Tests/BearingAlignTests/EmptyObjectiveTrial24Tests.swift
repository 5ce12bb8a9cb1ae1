import Testing
import BearingModel
import BearingParse
@testable import BearingAlign

/// Trial 24, F5: an empty heading named like a group ("Partner Operations (Finance, Legal)") was linked from its title
/// words alone and took a share of the effort.
@Suite("Alignment: an objective that is a group's name alone (trial 24)")
struct EmptyObjectiveTrial24Tests {
    @Test("an empty objective titled with a name takes no link, is no orphan and has no share of effort")
    func bareNameNotLinked() throws {
        let alignment = align(plan(["strategy.md": smallStrategy, "objectives/2026-Q4.md": """
            # Q4 2026

            ## Revenue Operations (Finance, Legal)

            ## Grow recurring revenue from memberships

            - KR: Memberships cover core services
            """]))
        let bare = try #require(alignment.items.first { $0.title.hasPrefix("Revenue Operations") })
        #expect(alignment.links(of: bare.id).isEmpty)
        let score = try #require(alignment.score(of: bare.id))
        #expect(score.tooLittleText && !score.orphan)
    }
}
