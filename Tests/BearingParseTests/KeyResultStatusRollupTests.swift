import Testing
@testable import BearingModel
@testable import BearingParse

/// An objective that states no status of its own takes one from its key results' statuses. OpenSSF's Alpha-Omega
/// report marks every key result in a Status column; an objective whose key results were "Completed" and "On target"
/// had no status at all, while one whose key results were all "On target" was on track.
@Suite("An objective's status from its key results'")
struct KeyResultStatusRollupTests {
    func objectives(_ markdown: String) -> [Objective] {
        ObjectivesParser().parse(read(markdown, path: "objectives/2024-Q4.md")).0.objectives
    }

    static let table = """
        # 2024 Q4

        |Key Result|Status|
        |-|-|
        |**O1: Run an operationally efficient program**||
        |KR 1.1: Allocate at least 85% of our yearly spend to the mission.|On Target|
        |KR 1.2: Receive at least $5 million in renewed funding in 2024.|Completed|
        |KR 1.3: Meet 70% of the objectives of each partner agreement.|On target|
        |**O2: Free the top projects of critical vulnerabilities**||
        |KR 2.1: Drive adoption of key security processes by 500 projects.|Not Started|
        |KR 2.2: Scan and triage 2,000 projects.|On target|
        |**O3: Fund ten organizations**||
        |KR 3.1: Fund ten organizations.|Completed|
        |KR 3.2: Confirm progress for each.|Done|
        |**O4: Publish attestations**||
        |KR 4.1: Publish attestations for scanned packages.|At risk|
        |KR 4.2: Publish the format.|On target|

        """

    @Test("key results done or on track, some of each, leave their objective on track")
    func doneAndOnTrack() {
        let objectives = objectives(Self.table)
        #expect(objectives.map(\.title).first == "Run an operationally efficient program")
        #expect(objectives.first?.metadata.status == .onTrack)
    }

    @Test("every key result done leaves the objective done; other mixes leave it without a status (counter-cases)")
    func otherMixes() {
        let statuses = Dictionary(objectives(Self.table).map { ($0.title, $0.metadata.status) }, uniquingKeysWith: { first, _ in first })
        #expect(statuses["Fund ten organizations"] == .some(.done))
        // Not started beside on track: the report says all is on track "except KR 2.1", so no status is claimed for it.
        #expect(statuses["Free the top projects of critical vulnerabilities"] == .some(nil))
        // One at risk: the key result flags its objective in the attention list (`KeyResultFlags`), which names it.
        #expect(statuses["Publish attestations"] == .some(nil))
    }

    @Test("an objective's own status is never overwritten by its key results' (counter-case)")
    func ownStatusStands() {
        let objectives = objectives("""
            # 2024 Q4

            ## Run an efficient program

            Status: at risk

            - KR 1: Allocate 85% of spend to the mission (on track)
            - KR 2: Renew $5 million in funding (done)

            """)
        #expect(objectives.first?.metadata.status == .atRisk)
    }
}
