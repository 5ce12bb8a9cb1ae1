import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// Plans new users brought in trial 32: a project's quarterly OKRs whose key results open with a rank and an owner
/// (IPLD's `okrs.md`: `` - `P0` - @stebalien - … ``, a template's `PX` and `OWNER` slots still unfilled), a strategy
/// whose vision is prose above the list of what it builds, and a team's roadmap with its time off beside its streams.
@Suite("New users' plans: rank-and-owner key results, a prose vision, a team's time off (trial 32)")
struct NewUserTrial32Tests: TrialWorkspace {
    let strategy = "## Goals\n\n1. **One data model for content-addressed data** {#data-model}\n2. **Fast data exchange** {#exchange}\n"

    @Test("a key result opening with a rank and an owner has them, and its words are what follows")
    func rankThenOwnerLeadsTheWords() throws {
        let plan = load(["objectives/okrs.md": """
            # Quarterly Objectives and Key Results

            ## 2018 Q2

            > Work in Progress

            ### Implement updated IPLD Format spec

             - `P0` - @stebalien (?) finish deciding on the primitives: https://github.com/ipld/specs/issues/56
             - `PX` - @vmx - Finish updating the IPLD format spec
             - `PX` - OWNER - Implement the rest of the missing pieces of the spec in Go

            ### Work towards IPLD-next

             - `P1` - @stebalien - Design/find an IPLD schema language (possibly use rust?).
            """])
        let objectives = plan.objectiveFiles.flatMap(\.objectives)
        #expect(objectives.map(\.title) == ["Implement updated IPLD Format spec", "Work towards IPLD-next"])
        let spec = try #require(objectives.first).keyResults
        #expect(spec.map(\.text) == ["finish deciding on the primitives: https://github.com/ipld/specs/issues/56",
                                     "Finish updating the IPLD format spec",
                                     "Implement the rest of the missing pieces of the spec in Go"], "\(spec.map(\.text))")
        // `P0` ranks it; `PX` is the rank not yet set, so no rank, as OWNER is no owner.
        #expect(spec.map(\.priority) == ["P0", nil, nil])
        #expect(spec.map(\.owners) == [["stebalien"], ["vmx"], []])
        let next = try #require(objectives.last).keyResults
        #expect(next.map(\.text) == ["Design/find an IPLD schema language (possibly use rust?)."])
        #expect(next.map(\.owners) == [["stebalien"]])
        #expect(next.map(\.priority) == ["P1"])
    }

    @Test("an owner written first without a rank is read too; a word in capitals without a rank stays the words")
    func ownerFirstWithoutRank() throws {
        let plan = load(["objectives/2026-Q3.md": """
            ## Ship the sync engine

            - @ana - Cut sync time to 2 hours
            - OWNER - the team writes the runbook
            - Reach 40 customers - @lee
            """])
        let keyResults = try #require(plan.objectiveFiles.first?.objectives.first).keyResults
        #expect(keyResults.map(\.text) == ["Cut sync time to 2 hours", "OWNER - the team writes the runbook", "Reach 40 customers"])
        #expect(keyResults.map(\.owners) == [["ana"], [], ["lee"]])
    }

    @Test("an issue address in a key result is no target, so its progress is not said to be unread")
    func issueAddressIsNoTarget() throws {
        let plan = load(["objectives/okrs.md": """
            # Quarterly Objectives and Key Results

            ## 2018 Q2

            ### Implement updated IPLD Format spec

             - `P0` - @stebalien (?) finish deciding on the primitives: https://github.com/ipld/specs/issues/56
             - Ship 5 codecs, now 3
            """])
        let keyResults = try #require(plan.objectiveFiles.first?.objectives.first).keyResults
        #expect(keyResults.count == 2)
        #expect(keyResults.first?.progress == nil)
        #expect(!plan.diagnostics.contains { $0.code == .progressUnread && $0.location.line == 7 }, "\(plan.diagnostics)")
        // A count beside no address is still read.
        #expect(keyResults.last?.progress == 0.6)
    }

    @Test("a vision in prose above the titled list: the error names the list's section and how to read it")
    func proseVisionPointsAtTheList() throws {
        let plan = loadWorkspace(["strategy.md": """
            # TBD

            ## Vision

            A future of fair economic systems: decentralized, trustless, permissionless, and non-custodial.

            ## Building blocks

            1. **tbDEX protocol.** A network open for financial institutions to join without barriers.
            2. **Decentralized identifiers (DIDs).** Everyone can have a DID-based identity.
            """])
        let error = try #require(plan.diagnostics.first { $0.code == .noPriorities })
        #expect(error.message.contains("\"Building blocks\" (line 7)"), "\(error.message)")
        #expect(error.fix?.contains("priorities_heading: Building blocks") == true, "\(error.fix ?? "")")
    }

    @Test("a team's time off beside the roadmap's streams is no work")
    func teamCapacityIsNoWork() throws {
        let roadmap = try #require(load(["roadmaps/quarterly.md": """
            # Product Development Roadmap Q2/Q3/Q4 2025

            ## Team Capacity
            - **Alice Leave**: Jul W2-Jul W3 | color: #FFA500
            - **Bob Conference**: Aug W1 | color: #9333EA

            ## Streams

            ### 📊 Analytics Platform
            - **Reporting Engine**: Jul W3-Aug W2 | Bob, Alice | color: #06B6D4
            """]).roadmaps.first)
        #expect(roadmap.items.map(\.title) == ["Reporting Engine"], "\(roadmap.items.map(\.title))")
        #expect(roadmap.lanes.map(\.title) == ["Streams"], "\(roadmap.lanes.map(\.title))")
    }

    /// A shop plans by season: "## Holidays" over the gift-guide campaign is a lane of work, as "## Back to school" is.
    /// "Holidays" and "Vacations" name a season or a product as often as time off; the capacity words stay asides.
    @Test("a Holidays season of a shop's roadmap is work")
    func holidaySeasonIsWork() throws {
        let roadmap = try #require(load(["roadmaps/2026.md": """
            # Shop roadmap 2026

            ## Back to school

            ### School supplies landing page

            A landing page for the back-to-school campaign.

            ## Holidays

            ### Holiday gift guide

            A gift guide campaign for the December shopping season.
            """]).roadmaps.first)
        #expect(roadmap.items.map(\.title) == ["School supplies landing page", "Holiday gift guide"], "\(roadmap.items.map(\.title))")
        #expect(roadmap.lanes.map(\.title) == ["Back to school", "Holidays"], "\(roadmap.lanes.map(\.title))")
    }
}
