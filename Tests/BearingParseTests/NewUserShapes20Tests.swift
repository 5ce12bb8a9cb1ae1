import Testing
@testable import BearingModel
@testable import BearingParse

/// Shapes a twentieth round of new-user trials wrote: a strategy's ids written dotted where the priority is described
/// or led in bold (`{#growth.retention}`), a lane with plain bullets beside its heading items, an objective's kind
/// written alone under its heading (`Type: Committed`), and a first name alone (`[Jamie]`) beside the full name.
@Suite("New-user shapes, twentieth round")
struct NewUserShapes20Tests {
    static let objectives = """
        # Objectives 2026-Q1

        ## Reduce churn

        Priorities: growth.retention

        - [ ] Monthly churn from 4% to 2%, now 3%
        """

    // MARK: Written ids

    @Test("a priority listed, then described under a heading with a dotted id, keeps the id written there")
    func describedID() {
        let plan = loadWorkspace(["strategy.md": """
            # Strategy

            ## Our priorities

            1. Growth: retention
            2. Growth: acquisition

            ## Growth: retention {#growth.retention}

            Keep the customers we have.

            ## Growth: acquisition {#growth.acquisition}

            Win new customers.
            """, "objectives/2026-Q1.md": Self.objectives])
        #expect(plan.strategy?.priorities.map(\.id) == ["growth.retention", "growth.acquisition"])
        #expect(plan.strategy?.priorities.map(\.summary) == ["Keep the customers we have.", "Win new customers."])
        #expect(plan.objectives.first?.resolved.priorities == ["growth.retention"])
        #expect(plan.errors.isEmpty, "\(plan.errors)")
    }

    @Test("a bold-led priority paragraph ending in a dotted id keeps that id, and the id is no part of its summary")
    func boldLedID() {
        let plan = loadWorkspace(["strategy.md": """
            # Strategy

            ## Our priorities

            **Growth: retention** {#growth.retention}

            Keep the customers we have.

            **Growth: acquisition** {#growth.acquisition}

            Win new customers.
            """, "objectives/2026-Q1.md": Self.objectives])
        #expect(plan.strategy?.priorities.map(\.id) == ["growth.retention", "growth.acquisition"])
        #expect(plan.strategy?.priorities.map(\.summary) == ["Keep the customers we have.", "Win new customers."])
        #expect(plan.objectives.first?.resolved.priorities == ["growth.retention"])
        #expect(plan.errors.isEmpty, "\(plan.errors)")
    }

    @Test("an id written where the priority is listed wins over one on its description")
    func listedIDWins() {
        let plan = loadWorkspace(["strategy.md": """
            # Strategy

            ## Our priorities

            1. Growth: retention {#retain}

            ## Growth: retention {#growth.retention}

            Keep the customers we have.
            """])
        #expect(plan.strategy?.priorities.map(\.id) == ["retain"])
    }

    // MARK: Lanes with heading items and bullets

    func roadmap(_ markdown: String) -> Roadmap {
        RoadmapParser().parse(read(markdown, path: "roadmaps/2026.md")).0
    }

    @Test("plain bullets straight under a lane that also has heading items are items of the lane, in file order")
    func bulletsBesideHeadings() {
        let parsed = roadmap("""
            # Roadmap 2026

            ## Now

            - Fix billing export
            - Clean up onboarding emails

            ### Retention dashboard

            Owner: Ana

            ## Next

            ### Enterprise SSO
            """)
        #expect(parsed.items.map(\.title) == ["Fix billing export", "Clean up onboarding emails", "Retention dashboard", "Enterprise SSO"])
        #expect(parsed.items.map(\.lane) == ["Now", "Now", "Now", "Next"])
        #expect(parsed.lanes.first?.intro.isEmpty == true, "the bullets are not shown twice, as items and as the lane's text")
    }

    @Test("a list the lane's prose introduces, or a list of sentences, stays the lane's text beside heading items")
    func describingListsStayText() {
        let parsed = roadmap("""
            # Roadmap

            ## Major Priorities

            We do have some basic definitions of each priority level, however:

            - P0: We must do this
            - P1: One of our most important initiatives

            ### P0: Continued investment

            Keep the artifacts excellent.

            ## Later

            - We will revisit quotas once the billing work ships. Until then nothing changes for admins.

            ### Quotas
            """)
        #expect(parsed.items.map(\.title) == ["Continued investment", "Quotas"])
        #expect(parsed.lanes.allSatisfy { !$0.intro.isEmpty }, "each lane keeps its list as its text")
    }

    // MARK: The objective's kind on a line of its own

    func objectives(_ markdown: String) -> [Objective] {
        ObjectivesParser().parse(read(markdown, path: "objectives/2026-Q1.md")).0.objectives
    }

    @Test("`Type: Committed` or `Commitment: aspirational` alone on a line, first or after prose, says what kind the objective is")
    func loneCommitmentLine() {
        let parsed = objectives("""
            # Objectives 2026-Q1

            ## Make onboarding self-serve

            Type: Committed

            - [ ] Self-serve signups from 10% to 50%, now 20%

            ## Win the enterprise segment

            Owner: Ana

            Enterprise buyers want a security review first.

            Commitment: aspirational

            - [ ] Deals: 2/5

            ## Approach the market

            Approach: stretch our reach

            - [ ] Deals: 1/5
            """)
        #expect(parsed.map { Commitment(metadata: $0.metadata) } == [.committed, .aspirational, nil])
        // Under the heading it is a field like `Owner:` there, so it leaves the objective's text; a field line after
        // prose stays in the text where it was written, as an `Owner:` line there does.
        #expect(parsed.first.map { !$0.body.contains("Type:") } == true, "\(parsed.first?.body ?? "")")
    }

    // MARK: A first name alone beside the full name

    static let ownerRoadmap = "# Roadmap\n\n## Now\n\n- Retention dashboard [Jamie]\n- Churn survey (Owner: Priya)\n"

    @Test("a bracketed first name is the plan's one full name starting with it, with a note at its first use")
    func firstNameFolds() {
        let plan = loadWorkspace([
            "strategy.md": minimalStrategy,
            "objectives/2026-Q1.md": "# Q1 2026\n\n## Reduce churn\nOwner: Jamie Chen\n\n## Land new logos\nOwner: Jamie\n",
            "roadmaps/now.md": Self.ownerRoadmap,
        ])
        #expect(plan.objectives.map(\.metadata.owners) == [["Jamie Chen"], ["Jamie Chen"]])
        #expect(plan.roadmapItems.map(\.metadata.owners) == [["Jamie Chen"], ["Priya"]])
        #expect(plan.roadmapItems.map(\.title) == ["Retention dashboard", "Churn survey"], "a square bracket is read as a round one is")
        let notes = plan.diagnostics.filter { $0.code == .ownerSpellings }
        #expect(notes.count == 1, "\(notes)")
        #expect(notes.first?.severity == .note)
        #expect(notes.first?.location.line == 6, "at the first item owned by the first name alone")
        #expect(notes.first?.message == "owner Jamie is read as Jamie Chen (objectives/2026-Q1.md:3), the plan's only owner whose first name is Jamie")
        #expect(notes.first?.fix == "if they are two people, add to bearing.yml: `people: { \"Jamie\": [] }`")
    }

    @Test("a first name stays as written beside two full names starting with it, a handle, or a people: entry of its own")
    func firstNameStays() {
        let two = loadWorkspace([
            "strategy.md": minimalStrategy,
            "objectives/2026-Q1.md": "# Q1 2026\n\n## Reduce churn\nOwner: Jamie Chen\n\n## Grow\nOwner: Jamie Ortiz\n\n## Ship\nOwner: Jamie\n",
        ])
        #expect(two.objectives.map(\.metadata.owners) == [["Jamie Chen"], ["Jamie Ortiz"], ["Jamie"]])
        #expect(!two.codes.contains(.ownerSpellings))
        let listed = loadWorkspace([
            "bearing.yml": "people:\n  Jamie: []\n",
            "strategy.md": minimalStrategy,
            "objectives/2026-Q1.md": "# Q1 2026\n\n## Reduce churn\nOwner: Jamie Chen\n",
            "roadmaps/now.md": Self.ownerRoadmap,
        ])
        #expect(listed.roadmapItems.first?.metadata.owners == ["Jamie"])
        #expect(!listed.codes.contains(.ownerSpellings))
        let handle = loadWorkspace([
            "strategy.md": minimalStrategy,
            "objectives/2026-Q1.md": "# Q1 2026\n\n## Reduce churn\nOwner: Jamie Chen\n\n## Grow\nOwner: jamie\n",
        ])
        #expect(handle.objectives.map(\.metadata.owners) == [["Jamie Chen"], ["jamie"]])
    }
}
