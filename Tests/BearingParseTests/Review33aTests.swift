import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// Shapes that session 33's template rules (glossed keys, P-code ranks, fields under the key results, team headings with
/// a period) misread when they were applied to other organizations' files.
struct Review33aTests: TrialWorkspace {
    let strategy = """
        # Strategy 2025

        ## Our priorities

        ### P1: Reliable platform

        Make the service dependable.

        ### P2: Grow revenue

        Sell more.

        ### P3: Developer experience

        Make builds fast.
        """

    @Test("key results written as field paragraphs under their heading keep their owners and confidence: not the objective's")
    func keyResultParagraphsUnderTheirHeading() throws {
        let plan = load(["objectives/2025-Q1.md": """
            ## Objective 1: Make the platform dependable

            **Owner**: Alice
            **Confidence**: 80%

            #### Key Results

            **KR1**: Uptime to 99.9%
            **Owner**: Bob
            **Confidence**: 30%

            **KR2**: p99 latency under 400 ms
            **Owner**: Carol
            **Confidence**: 50%
            """])
        let objective = try #require(plan.objectiveFiles.first?.objectives.first)
        #expect(objective.keyResults.map(\.text) == ["Uptime to 99.9%", "p99 latency under 400 ms"])
        #expect(objective.metadata.owners == ["Alice"], "\(objective.metadata.owners)")
        #expect(objective.metadata.confidence == 0.8)
        #expect(objective.metadata.custom.isEmpty, "\(objective.metadata.custom)")
    }

    @Test("a field paragraph after the key results' list, still under their heading, is still the objective's")
    func fieldsAfterTheList() throws {
        let plan = load(["objectives/2025-Q1.md": """
            ## Objective 1: Make the platform dependable

            **Owner**: Alice

            #### Key Results

            1. Uptime to 99.9%
            2. p99 latency under 400 ms

            **Confidence**: 60% (two vendors late)
            """])
        let objective = try #require(plan.objectiveFiles.first?.objectives.first)
        #expect(objective.metadata.confidence == 0.6)
    }

    @Test("beside a strategy that codes its priorities P1–P3, a P4 is an unknown priority and the file's other codes still link")
    func codedStrategyWithAStrayCode() throws {
        let plan = load(["objectives/2025-Q1.md": """
            ## Make the platform dependable

            **Priority**: P1

            - KR: Uptime 99.9%

            ## Sell to enterprises

            **Priority**: P2

            - KR: 10 enterprise deals

            ## Faster CI

            **Priority**: P4

            - KR: CI under 10 minutes
            """])
        let objectives = plan.objectiveFiles.flatMap(\.objectives)
        #expect(objectives.map(\.resolved.priorities) == [["reliable-platform"], ["grow-revenue"], []], "\(objectives.map(\.resolved.priorities))")
        #expect(plan.diagnostics.contains { $0.code == .unresolvedReference && $0.message.contains("P4") }, "\(plan.diagnostics)")
        #expect(objectives.allSatisfy { !$0.metadata.custom.contains { $0.key == "Rank" } })
    }

    @Test("a Current line that holds no figure is reported as that, not as a missing baseline")
    func currentWithoutAFigure() throws {
        let plan = load(["objectives/2025-Q1.md": """
            ## Make the platform reliable at scale

            ### Key Result 2.1: Cut p99 latency
            - **Baseline:** 800 ms
            - **Target:** 400 ms
            - **Current:** TBD
            - **Progress:** [X%] 🔴

            ### Key Result 2.3: 99.9% monthly uptime
            - **Target:** 99.9%
            - **Current:** not measured yet
            """])
        let warnings = plan.diagnostics.filter { $0.code == .progressUnread }
        #expect(warnings.count == 2, "\(warnings)")
        for warning in warnings {
            #expect(!warning.message.contains("no start"), "\(warning.message)")
            #expect(warning.message.contains("no figure"), "\(warning.message)")
            #expect(warning.fix?.contains("Baseline") == false, "\(warning.fix ?? "")")
        }
    }

    @Test("two fields told apart by their brackets are kept as written: neither is the bare key")
    func glossesThatTellFieldsApart() throws {
        let plan = load(["objectives/2025-Q1.md": """
            ## Make the platform dependable

            **Owner**: Alice
            **Owner (backup)**: Bob
            **Status (this week)**: on track
            **Status (last week)**: at risk

            - KR: Uptime 99.9%
            """])
        let objective = try #require(plan.objectiveFiles.first?.objectives.first)
        #expect(objective.metadata.owners == ["Alice"], "\(objective.metadata.owners)")
        #expect(objective.metadata.status == nil)
        #expect(objective.metadata.custom.map(\.key) == ["Owner (backup)", "Status (this week)", "Status (last week)"], "\(objective.metadata.custom)")
    }

    @Test("a lone glossed key is still its key")
    func loneGloss() throws {
        let plan = load(["objectives/2025-Q1.md": """
            ## Make the platform dependable

            **DRI (Directly Responsible Individual)**: Alice
            **Status (as of 2025-02-01)**: at risk

            - KR: Uptime 99.9%
            """])
        let objective = try #require(plan.objectiveFiles.first?.objectives.first)
        #expect(objective.metadata.owners == ["Alice"])
        #expect(objective.metadata.status == .atRisk)
    }
}

/// Team headings (2548a6e) against objectives whose titles end on a team word.
struct Review33aTeamHeadingTests: TrialWorkspace {
    let strategy = "## Our priorities\n\n### Reliable platform\n\nDependable.\n\n### Grow revenue\n\nSell more.\n"

    @Test("an objective about a team, over only its key results, is an objective, not a team")
    func objectiveAboutATeam() throws {
        let plan = load(["objectives/2025-Q1.md": """
            # Q1 2025 OKRs

            ## 1. Grow revenue

            **Owner**: Alice

            ### Key Results
            - Close 10 deals

            ## 2. Grow the Sales Team

            **Owner**: Bob

            ### Key Results
            - Hire 5 account executives

            ## Expand Support Team Q1

            **Owner**: Carol

            ### Key Results
            - Support team of 4 in place
            """])
        let objectives = plan.objectiveFiles.flatMap(\.objectives)
        #expect(objectives.map(\.title) == ["Grow revenue", "Grow the Sales Team", "Expand Support Team Q1"], "\(objectives.map(\.title))")
        #expect(objectives.map(\.metadata.owners) == [["Alice"], ["Bob"], ["Carol"]])
        #expect(objectives.map(\.metadata.team) == [nil, nil, nil])
    }

    @Test("a numbered team over its objectives is still their team")
    func numberedTeam() throws {
        let plan = load(["objectives/2025-Q1.md": """
            # Q1 2025 OKRs

            ## 3. Mobile Team (Q1 2025)

            ### Objective: Launch the app

            - KR: App in store
            """])
        #expect(plan.objectiveFiles.flatMap(\.objectives).map(\.metadata.team) == ["Mobile"])
    }
}

/// Table columns glossed in brackets (b5cace4) where the gloss tells two columns apart.
struct Review33aGlossedColumnTests: TrialWorkspace {
    let strategy = "## Our priorities\n\n### Reliable platform\n\nDependable.\n\n### Grow revenue\n\nSell more.\n"

    @Test("`Status (last week)` beside `Status (this week)`, `Owner (backup)` beside `Owner`: neither is the row's status or owner")
    func columnsToldApart() throws {
        let plan = load(["objectives/2025-Q1.md": """
            ## Make the platform dependable

            ### Key Results

            | Key Result | Owner | Owner (backup) | Baseline | Target | Current | Status (last week) | Status (this week) |
            |---|---|---|---|---|---|---|---|
            | Cut p99 latency | Carol | Dan | 800 | 400 | 600 | at risk | on track |
            """])
        let keyResult = try #require(plan.objectiveFiles.first?.objectives.first?.keyResults.first)
        #expect(keyResult.owners == ["Carol"], "\(keyResult.owners)")
        #expect(keyResult.status != .atRisk)
        #expect(keyResult.progress == 0.5)
    }

    @Test("two targets told apart by their quarter: the file's quarter's is the target (Leftovers34Tests)")
    func targetsByQuarter() throws {
        let plan = load(["objectives/2025-Q1.md": """
            ## Make the platform dependable

            ### Key Results

            | Key Result | Baseline | Target (Q1) | Target (Q2) | Current |
            |---|---|---|---|---|
            | Cut p99 latency | 800 | 600 | 400 | 700 |
            """])
        let keyResult = try #require(plan.objectiveFiles.first?.objectives.first?.keyResults.first)
        #expect(keyResult.figures?.target == "600", "\(String(describing: keyResult.figures))")
    }

    @Test("a row's glossed columns told apart are kept as its notes, not one field")
    func rowFieldsToldApart() throws {
        let plan = load(["roadmaps/roadmap.md": """
            # Roadmap

            | Item | Owner | Owner (backup) | Status (last week) | Status (this week) |
            |---|---|---|---|---|
            | SSO | Ada | Ben | blocked | in progress |
            """])
        let item = try #require(plan.roadmaps.first?.items.first)
        #expect(item.metadata.owners == ["Ada"], "\(item.metadata.owners)")
        #expect(item.metadata.status != .offTrack && item.metadata.status != .atRisk, "\(String(describing: item.metadata.status))")
    }
}
