import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// A key result's own owner and status: a table row's Owner and Status cells, the fields under a key-result heading,
/// and what follows a key result's words (`— @ana`, `(Owner: Ana)`, `[at risk]`). The objective's owner stays its
/// own; one that names none is its key results' when they all name the same people.
@Suite("A key result's own owner and status")
struct KeyResultOwnerTests {
    static let strategy = "# Strategy\n\n## Priorities\n\n- **Reliability**: keep the service up.\n- **Growth**: more customers.\n"

    func plan(_ objectives: String) -> Plan {
        loadWorkspace(["strategy.md": Self.strategy, "objectives/2026-Q4.md": objectives])
    }

    func objective(_ plan: Plan, _ title: String) throws -> Objective {
        try #require(plan.objectives.first { $0.title == title })
    }

    @Test("each row of an OKR table keeps its own owner and status; differing owners leave the objective without one")
    func tableRows() throws {
        let plan = plan("""
            # Q4 2026

            ## Make the service reliable

            | Key result | DRI | Status | Progress |
            |---|---|---|---|
            | Uptime 99.9% | Ana | on track | 50% |
            | Pages under 5 a week | @sam kaur | at risk | 20% |
            | Runbooks for every alert | Sam Kaur | | 10% |
            """)
        let reliable = try objective(plan, "Make the service reliable")
        #expect(reliable.keyResults.map(\.owners) == [["Ana"], ["Sam Kaur"], ["Sam Kaur"]])
        #expect(reliable.keyResults.map(\.status) == [.onTrack, .atRisk, nil])
        #expect(reliable.metadata.owners == [])
        #expect(reliable.metadata.status == nil)
    }

    @Test("a status in brackets after an owner field is the status, not part of the owner's name")
    func statusAfterOwnerField() throws {
        let plan = plan("""
            # Q4 2026

            ## Make the service reliable

            - [ ] Pages under 5 a week — Owner: Grace Hopper [at risk]
            - [ ] Runbooks for every alert — Owner: Sam Kaur (off track)
            - [ ] Uptime 99.9% — Owner: Ana (Support)
            """)
        let reliable = try objective(plan, "Make the service reliable")
        #expect(reliable.keyResults.map(\.owners) == [["Grace Hopper"], ["Sam Kaur"], ["Ana (Support)"]])
        #expect(reliable.keyResults.map(\.status) == [.atRisk, .offTrack, nil])
        #expect(reliable.keyResults.map(\.text).prefix(2) == ["Pages under 5 a week", "Runbooks for every alert"])
    }

    @Test("key results that all name one owner make that person the objective's owner; the objective's own owner stays")
    func sharedOwner() throws {
        let plan = plan("""
            # Q4 2026

            ## Make the service reliable

            | Key result | Owner | Status |
            |---|---|---|
            | Uptime 99.9% | @ana | at risk |
            | Pages under 5 a week | Ana | at risk |

            ## Grow sign-ups

            Owner: Dana

            - [ ] Double weekly sign-ups — @lee
            """)
        let reliable = try objective(plan, "Make the service reliable")
        #expect(reliable.metadata.owners == ["Ana"])
        #expect(reliable.metadata.status == .atRisk)
        let growth = try objective(plan, "Grow sign-ups")
        #expect(growth.metadata.owners == ["Dana"])
        #expect(growth.keyResults.map(\.owners) == [["lee"]])
    }

    @Test("a sheet with an Objective column: a cell the carried-on rows leave empty is the objective's, filled ones each row's")
    func objectiveColumn() throws {
        let plan = plan("""
            # Q4 2026

            | Objective | Key result | Owner | Status |
            |---|---|---|---|
            | Make the service reliable | Uptime 99.9% | Ana | on track |
            | | Pages under 5 a week | Sam | at risk |
            | Grow sign-ups | Double weekly sign-ups | Lee | on track |
            | | Launch referrals | | |
            """)
        let reliable = try objective(plan, "Make the service reliable")
        #expect(reliable.metadata.owners == [], "not the first row's owner")
        #expect(reliable.metadata.status == nil)
        #expect(reliable.keyResults.map(\.owners) == [["Ana"], ["Sam"]])
        #expect(reliable.keyResults.map(\.status) == [.onTrack, .atRisk])
        let growth = try objective(plan, "Grow sign-ups")
        #expect(growth.metadata.owners == ["Lee"])
        #expect(growth.metadata.status == .onTrack)
        #expect(growth.keyResults.allSatisfy { $0.owners.isEmpty && $0.status == nil })
    }

    @Test("a key-result heading's Owner and Status lines, as a paragraph or a list, are its own")
    func headings() throws {
        let plan = plan("""
            # Q4 2026

            ## Grow sign-ups

            Priorities: Growth

            ### KR1: Double weekly sign-ups

            **Owner:** Lee
            Status: at risk

            ### KR2: Launch the referral programme

            - **DRI:** @sam kaur
            - **Status:** off track

            ### KR3: Publish pricing (Owner: Ana)
            """)
        let growth = try objective(plan, "Grow sign-ups")
        #expect(growth.keyResults.map(\.text) == ["Double weekly sign-ups", "Launch the referral programme", "Publish pricing"])
        #expect(growth.keyResults.map(\.owners) == [["Lee"], ["sam kaur"], ["Ana"]])
        #expect(growth.keyResults.map(\.status) == [.atRisk, .offTrack, nil])
        #expect(growth.metadata.owners == [])
    }

    @Test("a bullet's trailing handle, owner field or status bracket is read and left out of its text")
    func bullets() throws {
        let plan = plan("""
            # Q4 2026

            ## Faster support

            Owner: Dana

            - [ ] First reply under 2 hours — @ana
            - [ ] Close 80% of tickets in a day (Owner: Lee)
            - [ ] Self-serve help centre [at risk]
            - [ ] Chat in the app – Owner: Sam Kaur | Status: off track
            - [ ] Support in Spanish (done)
            - [x] Hire two agents
            """)
        let support = try objective(plan, "Faster support")
        #expect(support.keyResults.map(\.text) == ["First reply under 2 hours", "Close 80% of tickets in a day", "Self-serve help centre",
                                                    "Chat in the app", "Support in Spanish", "Hire two agents"])
        #expect(support.keyResults.map(\.owners) == [["ana"], ["Lee"], [], ["Sam Kaur"], [], []])
        #expect(support.keyResults.map(\.status) == [nil, nil, .atRisk, .offTrack, .done, nil])
        #expect(!support.keyResults[4].done, "an unchecked box says it is not done, whatever the bracket says")
        #expect(support.metadata.owners == ["Dana"])
    }

    @Test("what is not an owner or a status stays in the key result's words")
    func notCaught() throws {
        let plan = plan("""
            # Q4 2026

            ## Grow the community

            - [ ] Reach 500 members (from 200)
            - [ ] Answer every question on the forum - see @ana's guide
            - [ ] Publish the guide [draft link]
            - [ ] Ship the SDK - Status: whenever
            - [ ] Email @ana's list weekly

            ## Grow the forum

            Key results:

            - Forty posts a week on the forum (done)
            """)
        let community = try objective(plan, "Grow the community")
        #expect(community.keyResults.map(\.text) == ["Reach 500 members (from 200)", "Answer every question on the forum - see @ana's guide",
                                                      "Publish the guide [draft link]", "Ship the SDK - Status: whenever", "Email @ana's list weekly"])
        #expect(community.keyResults.allSatisfy { $0.owners.isEmpty && $0.status == nil })
        // A plain bullet has no box: a written done status completes it, as a checked box would.
        let forum = try objective(plan, "Grow the forum")
        #expect(forum.keyResults.map(\.text) == ["Forty posts a week on the forum"])
        #expect(forum.keyResults.first?.done == true)
    }

    @Test("owners of key results are one name per person with the objectives' owners")
    func oneName() throws {
        let plan = plan("""
            # Q4 2026

            ## Make the service reliable

            Owner: Sam Kaur

            - [ ] Uptime 99.9% — Owner: @sam kaur

            ## Grow sign-ups

            - [ ] Double weekly sign-ups (Owner: dr. sam kaur)
            """)
        #expect(plan.objectives.flatMap(\.keyResults).map(\.owners) == [["Sam Kaur"], ["Sam Kaur"]])
    }
}
