import BearingModel
@testable import BearingParse
import Testing

/// Session 36's leftovers: shapes session 35's reviewers left read wrongly, each in the shape a real file writes it.
struct ReviewLeftovers36Tests: TrialWorkspace {
    let strategy = "## Our priorities\n\n### Faster dashboards\n\nDashboards load in under a second.\n\n### Reliable platform\n\nFewer incidents.\n"

    @Test("two teams' Notion pages both called Team OKRs, placed by due dates, are told apart by their folders, not a duplicate-id error")
    func notionObjectivesOfTwoTeams() throws {
        let page = { (first: String) in """
            # Team OKRs

            ## Improve reliability

            Due: 2027-03-31

            - \(first)
            - Reach 99.9% uptime

            ### Runbooks for every alert

            Write them.
            """ }
        let plan = load([
            "objectives/Growth 1f2e3d4c5b6a79801f2e3d4c5b6a7980/Team OKRs 9a8b7c6d5e4f30211a2b3c4d5e6f7a8b.md": page("Cut incidents from 10 to 5"),
            "objectives/Platform 2f2e3d4c5b6a79801f2e3d4c5b6a7980/Team OKRs 0a8b7c6d5e4f30211a2b3c4d5e6f7a8b.md": page("Cut pages from 40 to 10"),
        ])
        let ids = plan.objectives.map(\.id)
        #expect(Set(ids) == ["team-okrs/improve-reliability", "platform-team-okrs/improve-reliability"], "\(ids)")
        #expect(!plan.diagnostics.contains { $0.code == .duplicateID }, "\(plan.diagnostics.map(\.message))")
        // The renamed objective's initiative moves with it.
        let platform = plan.objectives.first { $0.id.hasPrefix("platform-") }
        #expect(platform?.initiatives.map(\.id) == ["platform-team-okrs/improve-reliability/runbooks-for-every-alert"])
        #expect(plan.objectives.allSatisfy { $0.quarter?.description == "2027-Q1" })
        // Without page ids, two files of one name are still the duplicate they were.
        let plain = load(["objectives/a/team-okrs.md": page("Cut incidents from 10 to 5"), "objectives/b/team-okrs.md": page("Cut pages from 40 to 10")])
        #expect(plain.diagnostics.contains { $0.code == .duplicateID })
        // Pages whose objectives differ keep the ids they had.
        let distinct = load([
            "objectives/Growth 1f2e3d4c5b6a79801f2e3d4c5b6a7980/Team OKRs 9a8b7c6d5e4f30211a2b3c4d5e6f7a8b.md": page("Cut incidents from 10 to 5"),
            "objectives/Platform 2f2e3d4c5b6a79801f2e3d4c5b6a7980/Team OKRs 0a8b7c6d5e4f30211a2b3c4d5e6f7a8b.md":
                page("Cut pages from 40 to 10").replacingOccurrences(of: "Improve reliability", with: "Faster queries"),
        ])
        #expect(Set(distinct.objectives.map(\.id)) == ["team-okrs/improve-reliability", "team-okrs/faster-queries"])
    }

    @Test("key results split from one cell's <br> lines each name themselves in their warnings, at the cell's line")
    func splitCellWarnings() throws {
        let plan = load(["objectives/2027-Q1.md": """
            # Q1 2027 OKRs

            | Objective | Key Results | Owner |
            |---|---|---|
            | Grow the community | KR1: Reach 15k weekly active users<br>KR2: Sign 20 new partners<br>KR3: Publish 12 case studies | Ana |
            | Make the platform reliable | Cut incidents from 10 to 5, now 7 | Sam |
            """])
        let warnings = plan.diagnostics.filter { $0.code == .progressUnread }
        #expect(warnings.count == 3, "\(warnings)")
        #expect(Set(warnings.map(\.message)).count == 3, "\(warnings.map(\.message))")
        #expect(warnings.allSatisfy { $0.location.line == 5 && $0.message.hasPrefix("key result progress is unknown for “") })
        #expect(warnings.contains { $0.message.contains("for “Sign 20 new partners”: it states a target but no current value") }, "\(warnings.map(\.message))")
        // A key result alone in its cell is not named: its position is its own.
        let single = load(["objectives/2027-Q1.md": """
            # Q1 2027 OKRs

            | Objective | Key Results |
            |---|---|
            | Grow the community | Reach 15k weekly active users |
            | Make the platform reliable | Cut incidents from 10 to 5, now 7 |
            """])
        #expect(single.diagnostics.filter { $0.code == .progressUnread }.map(\.message).allSatisfy { $0.hasPrefix("key result progress is unknown: ") })
    }

    @Test("an HTML table of key results under a list item or folded in a <details> block is read as its pipe table would be")
    func htmlTablesInListsAndDetails() throws {
        let plan = load(["objectives/2027-Q1.md": """
            # Q1 2027 OKRs

            ## Grow the community

            - Key results:
              <table>
              <tr><th>Key result</th><th>Status</th></tr>
              <tr><td>Reach 15k weekly active users</td><td>On track</td></tr>
              <tr><td>Sign 20 new partners</td><td>Done</td></tr>
              </table>

            ## Make the platform reliable

            Our platform goal for the quarter.

            <details>
            <summary>Key results</summary>
            <table>
            <tr><th>Key result</th><th>Status</th></tr>
            <tr><td>Cut incidents from 10 to 5</td><td>Done</td></tr>
            <tr><td>Reach 99.9% uptime</td><td>On track</td></tr>
            </table>
            </details>

            ## Ship the API

            <details>
            <summary>Click to expand</summary>
            <table>
            <tr><th>Key result</th><th>Status</th></tr>
            <tr><td>Publish v1 of the API</td><td>Done</td></tr>
            </table>
            </details>
            """])
        let objectives = plan.objectives
        #expect(objectives.map(\.title) == ["Grow the community", "Make the platform reliable", "Ship the API"], "\(objectives.map(\.title))")
        #expect(objectives.first?.keyResults.map(\.text) == ["Reach 15k weekly active users", "Sign 20 new partners"])
        #expect(objectives.first?.keyResults.map(\.location.line) == [8, 9])
        // The `<td>` of "  <tr><td>Reach …": the list item's indentation counts.
        #expect(objectives.first?.keyResults.map(\.location.column) == [7, 7])
        #expect(objectives.dropFirst().first?.keyResults.map(\.text) == ["Cut incidents from 10 to 5", "Reach 99.9% uptime"])
        #expect(objectives.dropFirst().first?.keyResults.map(\.location.line) == [20, 21])
        #expect(objectives.last?.keyResults.map(\.done) == [true])
        #expect(!plan.diagnostics.contains { $0.code == .unreadObjectives }, "\(plan.diagnostics.map(\.message))")
    }

    @Test("a one-row | ID | Objective | Key Results | sheet under a heading of another name is titled by its Objective cell")
    func oneRowSheetTitledByItsCell() throws {
        let plan = load(["objectives/2027-Q1.md": """
            # Recovoice plan

            ## I.6 Desired Outcomes & Success Metrics

            ### Business outcomes

            | ID | Objective | Key Results |
            |---|---|---|
            | BO-1 | Establish Recovoice as the standard for Tauri demo recording | KR1: ≥ 100 GitHub stars within 6 months of v1.0<br>KR2: ≥ 10 external projects using Recovoice in production |

            ## Platform

            We run the recording service.

            | Objective | Key Results |
            |---|---|
            | Make recordings reliable | Cut failed recordings from 10% to 2%, now 6% |

            ## Grow the community

            | Objective | Key Results |
            |---|---|
            | Grow the community | Reach 15k weekly active users, now 9k |
            """])
        #expect(plan.objectives.map(\.title) == ["Establish Recovoice as the standard for Tauri demo recording", "Make recordings reliable", "Grow the community"],
                "\(plan.objectives.map(\.title))")
        #expect(plan.objectives.first?.keyResults.count == 2)
        #expect(plan.objectives.first?.initiatives.isEmpty == true)
        #expect(plan.objectives.dropFirst().first?.keyResults.first?.progress.map { abs($0 - 0.5) < 1e-9 } == true)
    }

    @Test("Priority: P0 beside a strategy that codes its priorities {#p1} is the item's rank with a warning, not an error that stops the build")
    func zeroRankBesideCodedPriorities() throws {
        let roadmap = """
            # Platform roadmap

            ## Now

            ### Multi-region failover
            Priority: P0
            Priorities: p1

            ### Self-serve setup wizard
            Priority: P1
            Priorities: p2

            ### Audit log export
            Priority: P4
            """
        let plan = loadWorkspace([
            "strategy.md": "# Strategy\n\n## Priorities\n\n### Reliable platform {#p1}\n\nKeep it up.\n\n### Faster onboarding {#p2}\n\nGet started in a day.\n",
            "roadmaps/platform.md": roadmap,
        ])
        let items = plan.roadmaps.first?.items ?? []
        #expect(items.first?.metadata.custom.first { $0.key == "Rank" }?.value == "P0")
        #expect(items.first?.resolved.priorities == ["p1"])
        // The file's other codes still name the strategy's priorities; the warning says so.
        #expect(items.dropFirst().first?.resolved.priorities == ["p1", "p2"])
        let warnings = plan.diagnostics.filter { $0.code == .priorityRanks }
        #expect(warnings.count == 1 && warnings.first?.severity == .warning, "\(warnings)")
        #expect(warnings.first?.location.line == 6)
        #expect(warnings.first?.message.contains("`P1`") == true, "\(warnings.map(\.message))")
        // A code past the strategy's is still an unknown priority, a typo to fix; `P0` is no error.
        #expect(plan.errors.map(\.location.line) == [14], "\(plan.errors.map(\.message))")
        #expect(plan.errors.first?.message.contains("P4") == true)
        // A strategy coded from P0 names it.
        let zero = loadWorkspace([
            "strategy.md": "# Strategy\n\n## Priorities\n\n### P0: Reliable platform\n\nKeep it up.\n\n### P1: Faster onboarding\n\nGet started in a day.\n",
            "roadmaps/platform.md": roadmap.replacingOccurrences(of: "Priority: P4", with: "Priority: P1"),
        ])
        #expect(zero.roadmaps.first?.items.first?.resolved.priorities.count == 2, "\(zero.roadmaps.first?.items.first?.resolved.priorities ?? [])")
        #expect(!zero.codes.contains(.priorityRanks))
    }

    @Test("a Current line in words under a Target line is read from its own figure: 35 customers onboarded of 50 is 70%")
    func currentInWordsUnderATarget() throws {
        let plan = load(["objectives/2027-Q1.md": """
            # Q1 2027 OKRs

            ## Onboard enterprise customers

            - KR1: Onboard 50 enterprise customers
              - Target: 50
              - Current: 35 customers onboarded of 50
            - KR2: Train 20 partners
              - Target: 20
              - Current: 12 partners trained
            - KR3: Sign 5 contracts — 2 signed
            - KR4: Migrate 20 services (12 migrated)
            """])
        let progress = plan.objectives.first?.keyResults.map(\.progress) ?? []
        #expect(progress.count == 4)
        for (read, expected) in zip(progress, [0.7, 0.6, 0.4, 0.6]) {
            #expect(read.map { abs($0 - expected) < 1e-9 } == true, "\(progress)")
        }
    }

    @Test("a bold objective line ending in (Owners: …) keeps its owners and the key-result list right under it")
    func boldLineWithTrailingOwners() throws {
        let plan = load(["objectives/2027-Q1.md": """
            ---
            quarter: 2027-Q1
            ---

            ## Goals

            **Objective 1: Make ingestion reliable** (Owners: Pipeline Team)\u{20}\u{20}
            - KR1: Zero data loss incidents
            - KR2: 99.9% ingestion uptime

            **Objective 2: Ship the new SDKs** (Owner: Ana Lopez)

            - KR1: Release Python and Go SDKs
            """])
        #expect(plan.objectives.map(\.title) == ["Make ingestion reliable", "Ship the new SDKs"])
        #expect(plan.objectives.map(\.metadata.owners) == [["Pipeline Team"], ["Ana Lopez"]])
        #expect(plan.objectives.map { $0.keyResults.map(\.text) } == [["Zero data loss incidents", "99.9% ingestion uptime"], ["Release Python and Go SDKs"]])
    }

    @Test("an area whose intro announces its objectives (Our editorial objectives this quarter:) reads its owner-opened headings as objectives")
    func announcedAreaOfOwnerOpenedHeadings() throws {
        let page = { (intro: String) in """
            ---
            quarter: 2025-Q4
            ---

            ## Editorial

            \(intro)

            ### 2x-ing product comparisons

            **Owner:** Natalia Amorim

            * Every major competitor has an up-to-date comparison article.

            ### Better high-level messaging

            **Owner:** Ian Vanagas

            * We hear that messaging back from users
            """ }
        let announced = load(["objectives/2025-Q4.md": page("Our editorial objectives this quarter:")])
        #expect(announced.objectives.map(\.title) == ["2x-ing product comparisons", "Better high-level messaging"], "\(announced.objectives.map(\.title))")
        #expect(announced.objectives.map(\.metadata.owners) == [["Natalia Amorim"], ["Ian Vanagas"]])
        #expect(announced.objectives.allSatisfy { $0.metadata.team == "Editorial" })
        // Without the announcement, an owner over a plain list may be a step's (ddc706b): one objective, as before.
        let plain = load(["objectives/2025-Q4.md": page("The editorial team writes for developers.")])
        #expect(plain.objectives.map(\.title) == ["Editorial"])
    }
}
