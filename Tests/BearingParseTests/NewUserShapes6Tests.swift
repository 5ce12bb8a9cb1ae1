import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// What the fifth round of real files left misread (status tables with emoji, "To accomplish this:" task lists, a
/// year's goals, repeated roadmap bullets, assumptions read as an owner cascade), and shapes met on a sixth round.
/// Each snippet is written here in the shape of the real file, in its own words.
@Suite("New-user shapes, sixth round")
struct NewUserShapes6Tests {
    func objectives(_ markdown: String, path: String = "objectives/2025-Q3.md") -> (ObjectivesFile, [Diagnostic]) {
        ObjectivesParser().parse(read(markdown, path: path))
    }

    func roadmap(_ markdown: String) -> (Roadmap, [Diagnostic]) {
        RoadmapParser().parse(read(markdown, path: "roadmaps/r.md"))
    }

    // MARK: Status tables and emoji statuses

    @Test("a numbered status table in an objective is its initiatives, each with its status and owner")
    func statusTable() throws {
        let (file, diagnostics) = objectives("""
            ## Grow the contributor base

            | # | Status | Responsible | Project |
            |---|--------|-------------|---------|
            | 1 | ✅ | Dana | Write the mentoring guide |
            | 2 | 🚫 | Eli | Sprint in Porto |
            | 3 | 🟡 | Docs team | Searchable API docs |
            | 4 | 🔴 | Fay | Paid internships |
            | 5 | ⏳ | Gus | Good-first-issue bot |
            | 6 | 🟢 | Hal | Office hours |
            """)
        let objective = try #require(file.objectives.first)
        #expect(file.objectives.count == 1)
        #expect(objective.initiatives.map(\.title) == [
            "Write the mentoring guide", "Sprint in Porto", "Searchable API docs", "Paid internships", "Good-first-issue bot", "Office hours",
        ])
        #expect(objective.initiatives.map(\.metadata.status) == [.done, .dropped, .atRisk, .offTrack, .onTrack, .onTrack])
        #expect(objective.initiatives.map(\.metadata.owners) == [["Dana"], ["Eli"], ["Docs team"], ["Fay"], ["Gus"], ["Hal"]])
        #expect(objective.initiatives.first?.location.line == 5)
        #expect(objective.keyResults.isEmpty)
        #expect(!diagnostics.contains { $0.severity == .error })
    }

    @Test("the same table under a key-results label is key results: done by its status")
    func statusTableOfKeyResults() throws {
        let (file, _) = objectives("""
            ## Grow the contributor base

            Key results:

            | # | Status | Owner | Deliverable |
            |---|--------|-------|-------------|
            | 1 | ✅ | Dana | 20 new regular contributors |
            | 2 | ⏳ | Eli | Median review time under 2 days |
            """)
        let objective = try #require(file.objectives.first)
        #expect(objective.keyResults.map(\.text) == ["20 new regular contributors", "Median review time under 2 days"])
        #expect(objective.keyResults.map(\.done) == [true, false])
        #expect(objective.keyResults.map(\.progress) == [1, nil])
        #expect(objective.initiatives.isEmpty)
    }

    @Test("emoji and shortcodes for dropped, blocked and in-progress work are statuses wherever a status is read", arguments: [
        ("🚫", Status.dropped), ("❌", .dropped), (":no_entry_sign:", .dropped), ("⏳", .onTrack), ("⌛", .onTrack),
        (":hourglass_flowing_sand:", .onTrack), ("🔄", .onTrack), ("⚠️", .atRisk), ("🟡", .atRisk), ("🔴", .offTrack), ("✅", .done),
    ])
    func emojiStatuses(symbol: String, status: Status) {
        #expect(Status(reading: symbol) == status)
        #expect(Status(reading: "\(symbol) pending review") == status)
    }

    @Test("a key result that starts with a done symbol is done, the symbol no part of its words")
    func doneSymbolKeyResult() throws {
        let (file, diagnostics) = objectives("""
            ## Harden the node

            Key results:
            - ✅ Cut sync time to 2 hours
            - ⏳ Fuzz the mempool
            """)
        let results = try #require(file.objectives.first?.keyResults)
        #expect(results.map(\.text) == ["Cut sync time to 2 hours", "⏳ Fuzz the mempool"])
        #expect(results.map(\.done) == [true, false])
        #expect(results.first?.progress == 1)
        #expect(!diagnostics.contains { $0.code == .progressUnread && $0.location.line == 4 })
    }

    // MARK: "To accomplish this:"

    @Test("'we will:' then key results, then 'To accomplish this:' and owner-named tasks: one objective, its tasks its text")
    func accomplishThis() throws {
        let (file, _) = objectives("""
            # Network goals

            **Goal 1: Faster blocks**

            In 2025 we will:

            - Halve block propagation time
            - Ship pipelining to mainnet

            To accomplish this:

            - **Ana**: prototype the new diffusion layer
            - **Ben**: benchmark on the testnet

            **Goal 2: Open governance**

            By the end of the year we will:

            - Hold 4 public votes

            How we'll do it:

            - **Dee**: run the workshops
            """, path: "objectives/2025-Q1.md")
        #expect(file.objectives.map(\.title) == ["Faster blocks", "Open governance"])
        #expect(file.objectives.map { $0.keyResults.map(\.text) } == [["Halve block propagation time", "Ship pipelining to mainnet"], ["Hold 4 public votes"]])
        #expect(file.objectives.first?.body.contains("**Ana**: prototype the new diffusion layer") == true)
        #expect(file.objectives.last?.body.contains("**Dee**: run the workshops") == true)
    }

    @Test("a list after a task label is never a list of objectives, even under an objectives heading", arguments: [
        "To accomplish this:", "To get there:", "How we'll do it:", "Tasks:", "Action items:", "Next steps:",
    ])
    func taskListUnderContainer(label: String) {
        let (file, _) = objectives("""
            ## Objectives

            - **Faster blocks**
            - **Open governance**

            \(label)

            - **Ana**: prototype the new diffusion layer
            - **Ben**: benchmark on the testnet
            """)
        #expect(file.objectives.map(\.title) == ["Faster blocks", "Open governance"])
    }

    // MARK: A year's goals

    @Test("a file titled for one year plans that year, with no no-quarter error", arguments: [
        "# 2025 Proposed Network Goals", "# Goals for 2025", "# 2025 OKRs", "---\ntitle: Our 2025 plan\n---",
        "---\nyear: 2025\n---\n# Network goals",
    ])
    func yearTitle(title: String) throws {
        let (file, diagnostics) = objectives("\(title)\n\n## Faster blocks\n\nHalve block propagation time.\n", path: "objectives/goals.md")
        #expect(file.quarter?.description == "2025")
        #expect(file.objectives.map(\.title) == ["Faster blocks"])
        #expect(file.objectives.first?.id == "2025/faster-blocks")
        #expect(!diagnostics.contains { $0.code == .noQuarter })
    }

    @Test("a title that names two years apart names no one year: still asked for its period; a range of years is those years")
    func twoYearsTitle() {
        let (_, diagnostics) = objectives("# Roadmap for 2024 and 2025\n\n## Faster blocks\n\nText.\n", path: "objectives/goals.md")
        #expect(diagnostics.contains { $0.code == .noQuarter })
        // "Roadmap 2024–2025" plans those two years (Leftovers37Tests).
        let (file, ranged) = objectives("# Roadmap 2024–2025\n\n## Faster blocks\n\nText.\n", path: "objectives/goals.md")
        #expect(!ranged.contains { $0.code == .noQuarter })
        #expect(file.quarter?.description == "2024-2025")
    }

    // MARK: Repeated roadmap bullets

    @Test("the same milestone in two months is two items; the same bullet twice in a lane is a warning, not an error")
    func repeatedItems() {
        let plan = loadWorkspace([
            "strategy.md": minimalStrategy,
            "roadmaps/node.md": """
                # Node roadmap

                ## Now

                - Improve docs
                - Faster sync
                - Improve docs

                ## 2025

                1. **May:**
                   - Release candidate
                2. **June:**
                   - Release candidate
                """,
        ])
        #expect(plan.roadmapItems.map(\.title) == ["Improve docs", "Faster sync", "Improve docs", "Release candidate", "Release candidate"])
        #expect(plan.roadmapItems.map(\.id) == ["node/improve-docs", "node/faster-sync", "node/improve-docs-2", "node/release-candidate",
                                               "node/june/release-candidate"])
        #expect(plan.errors.isEmpty)
        let warnings = plan.diagnostics.filter { $0.code == .duplicateID }
        #expect(warnings.map(\.severity) == [.warning])
        #expect(warnings.first?.location.line == 7)
    }

    // MARK: Dated milestone tables

    @Test("a roadmap table led by its dates: one item per row, its features the title, the date its period, the milestone its text")
    func datedMilestoneTable() {
        let (roadmap, diagnostics) = self.roadmap("""
            # CI roadmap

            | Date | Milestone | Features | Events |
            | --- | --- | --- | --- |
            | March 2026 | [v1.0](https://example.org/m/1) | Release the dashboard 1.0 | Summit |
            | April 2026 | n/a | Add Arm runners, Nightly builds | Working group |
            """)
        #expect(roadmap.items.map(\.title) == ["Release the dashboard 1.0", "Add Arm runners, Nightly builds"])
        #expect(roadmap.items.map(\.period) == ["March 2026", "April 2026"])
        // The milestone is a link only (`ReferenceCell`): shown with the row, no text to infer from.
        #expect(roadmap.items.first?.body == "Summit")
        #expect(roadmap.items.first?.blocks.map(\.plainText).joined().contains("v1.0") == true)
        #expect(!diagnostics.contains { $0.code == .noRoadmapItems })
    }

    // MARK: A tracked OKR archive

    @Test("a quarter with a two-digit year is that quarter", arguments: [
        ("Q2-19", "2019-Q2"), ("q4/21", "2021-Q4"), ("Q1 '24", "2024-Q1"), ("H2-25", "2025-H2"),
    ])
    func twoDigitYear(text: String, expected: String) {
        #expect(Quarter.find(in: text)?.description == expected)
    }

    @Test("two digits after a quarter with no separator, or more digits, are no year", arguments: ["Q2 19 items", "Q2-195", "Q2-19x"])
    func notTwoDigitYear(text: String) {
        #expect(Quarter.find(in: text) == nil)
    }

    @Test("an archive folder named Q2-19 plans 2019-Q2: 'Key Results: who' over a list is its key results, graded by the tracking table; notes on them are not more")
    func trackedArchive() throws {
        let (file, diagnostics) = objectives("""
            Q3-18 archive
            ===

            # Quarterly OKRs

            ## Objective: `Grow the maintainer team`
            - **Tracking Manager:** Ines
            - **Key Results:** Ines and Olu equally
              1. `Add 2 maintainers with merge rights`
              2. `Onboard 10 new contributors`
            <br />
            - **Grading Notes**
                1. `KR#1: one maintainer declined the role`

            | Date     | KR #1 | KR #2 |
            |:--------:|:-----:|:-----:|
            | 01.08.18 | 0.2   | 0.5   |
            | 30.09.18 | 0.5   | 0.9   |

            # Personal OKRs

            ## `Olu` (@olu)

            ### Objective: `Ship the contributor guide`
            - **Key Results:**
              1. `Publish the guide`

            ## `Ines` (@ines)

            ## Objective: `Run the release calendar`
            - **Key Results:** Ines
              1. `Every release within a week of its date`
            """, path: "objectives/Q3-18/README.md")
        #expect(file.quarter?.description == "2018-Q3")
        #expect(file.objectives.map(\.title) == ["Grow the maintainer team", "Ship the contributor guide", "Run the release calendar"])
        #expect(file.objectives.first?.keyResults.map(\.text) == ["Add 2 maintainers with merge rights", "Onboard 10 new contributors"])
        #expect(file.objectives.first?.keyResults.map(\.progress) == [0.5, 0.9])
        // A person's heading names the owner of their objectives (not a team): NewUserShapes12Tests.personHeadingOwns.
        #expect(file.objectives.map(\.metadata.owners) == [["Ines"], ["Olu"], ["Ines"]])
        #expect(file.objectives.map(\.keyResults.count) == [2, 1, 1])
        #expect(!diagnostics.contains { $0.code == .emptyObjective || $0.code == .skippedFile })
    }

    // MARK: Assumptions and dependencies

    @Test("labelled bullets under 'Assumptions & dependencies' are the objective's text: no key results, no initiative")
    func assumptions() throws {
        let (file, _) = objectives("""
            ## Launch the voting portal

            - [ ] 1,000 wallets connected, now 200

            ### Assumptions & dependencies

            - **Front-end:** the wallet team ships the new page
              - **Risk:** the audit slips
              - **Mitigation:** start the audit in May
            - **Back-end:** the indexer is stable
              - **Impact:** votes are counted late
              - **Timeline:** by June
            """)
        let objective = try #require(file.objectives.first)
        #expect(objective.keyResults.map(\.text) == ["1,000 wallets connected, now 200"])
        #expect(objective.initiatives.isEmpty)
        #expect(objective.body.contains("**Mitigation:** start the audit in May"))
    }

    @Test("a bullet labelled with a field of the work, over labelled bullets, is not an owner cascade")
    func fieldLabelsAreNotOwners() throws {
        let (file, _) = objectives("""
            ## Launch the voting portal

            - **Front-end:** the wallet team ships the new page
              - **Impact:** more wallets connect
              - **Mitigation:** start the audit in May
            """)
        #expect(file.objectives.first?.keyResults.isEmpty == true)
        #expect(!OwnerCascade.hasOwnerLabel("Mitigation: start the audit in May"))
        #expect(OwnerCascade.hasOwnerLabel("Development: Improve predictability => 78%"))
    }

    @Test("an 'Assumptions & dependencies' H2 beside objectives is an aside, not an objective")
    func assumptionsHeading() {
        let (file, _) = objectives("""
            ## Launch the voting portal

            Text.

            ## Assumptions & dependencies

            - **Front-end:** the wallet team ships the new page
            """)
        #expect(file.objectives.map(\.title) == ["Launch the voting portal"])
    }
}
