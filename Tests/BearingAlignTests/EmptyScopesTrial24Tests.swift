import Testing
import BearingModel
import BearingParse
@testable import BearingAlign

/// Trial 24b, F10: a quarter with no objectives yet showed `balance 0.50`, and `rank` scored an empty `## ` heading.
@Suite("Empty quarters and empty proposals (trial 24b)")
struct EmptyScopesTrial24Tests {
    @Test("a quarter with no linked effort has no balance, as it has no index; one with work keeps its balance")
    func emptyQuarterBalance() {
        let alignment = align(plan([
            "strategy.md": smallStrategy,
            "objectives/2027-Q3.md": "---\nquarter: 2027-Q3\nowner: nobody\n---\n",
            "objectives/2026-Q4.md": "## Run the shared platform\n\n- Priorities: platform\n\nOne shared platform for every community.\n",
        ]))
        let empty = alignment.scopes.first { $0.key == "2027-Q3" }
        #expect(empty != nil)
        #expect(empty?.balance == nil)
        #expect(alignment.scopes.first { $0.key == "2026-Q4" }?.balance == 0.5)
    }

    @Test("an empty `## ` is no proposal: left out with no text, titled by its text when it has some")
    func emptyHeading() {
        let proposals = ProposalRanker.proposals(in: "## \n\n## Faster builds\n\nMake CI faster.\n\n##\n\nSome text about reliability.\n")
        #expect(proposals.map(\.title) == ["Faster builds", "Some text about reliability."])
        #expect(ProposalRanker.proposals(in: "## \n").isEmpty)
    }
}
