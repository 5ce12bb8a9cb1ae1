import Foundation
import Testing
import BearingModel
import BearingParse
@testable import BearingAlign

@Suite("Rank and the strategy's non-goals")
struct RankNonGoalsTests {
    static let strategy = """
        # Digital Strategy

        ## Our missions

        ### Mission 1: Services people can use first time

        Residents can complete our most-used services online, first time, without needing to phone us.

        ### Mission 2: Modern, secure and sustainable technology

        We retire legacy systems, move to the cloud where it makes sense, and keep residents' data safe.

        ### Mission 3: No resident left behind

        We help residents who want to get online to do so, in libraries and at home.

        ## Not in scope

        - Replacing the social care case management system (covered by the Adults and Children's Transformation Programme)
        - The council's website redesign (run by Communications)
        """

    @Test("A proposal the strategy rules out is shown last, scored 0, with the non-goal and its line as the reason")
    func flagged() throws {
        let aligned = align(plan(["strategy.md": Self.strategy]))
        let proposals = ProposalRanker.proposals(in: """
            - **Replace social care case management system** – procure a new system for Adults and Children's services
            - **Digital champions in libraries** – train library staff to help residents get online
            - **Chatbot for council tax questions** – an AI assistant on the website to answer balance and payment questions
            """)
        let ranked = ProposalRanker(vectors: Shared.vectors).rank(proposals, alignment: aligned)
        let last = try #require(ranked.last)
        #expect(last.title.hasPrefix("Replace social care"))
        #expect(last.score == 0)
        #expect(last.outOfScope?.hasPrefix("Replacing the social care case management system") == true)
        #expect(last.reasons.first?.contains("strategy.md:19") == true, "\(last.reasons)")
        // One shared word ("council", "website") rules nothing out.
        #expect(ranked.dropLast().allSatisfy { $0.outOfScope == nil }, "\(ranked)")
    }
}
