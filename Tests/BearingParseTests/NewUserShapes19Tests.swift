import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// Shapes met on a nineteenth round of real roadmaps and OKR files: lanes named by the plan's own clock with the calendar
/// time beside them ("Month 1 (April)", "Sprint 3 (Mar 2 – Mar 13)"), step labels before an item's words ("Milestone 1:",
/// "Phase 2 —", "Step 3.", "M1:"), an owner in brackets after a bullet ("(Jamie)", "[Owner: Jamie]"), a commitment
/// written as code (`` `aspirational` ``), an owner written as an email address in one file and a name in another, and
/// an OKR template's key-result table with an Actual column. Each snippet is written here in the real file's shape.
@Suite("New-user shapes, nineteenth round")
struct NewUserShapes19Tests {
    func roadmap(_ markdown: String) -> Roadmap {
        RoadmapParser().parse(read(markdown, path: "roadmaps/launch.md")).0
    }

    func item(_ roadmap: Roadmap, _ title: String) -> RoadmapItem? {
        roadmap.items.first { $0.title == title }
    }

    // MARK: Clock lanes with their calendar time

    @Test("a month lane gives its items that month, in the year of the roadmap's title; an H3 month group too")
    func monthLanes() {
        let parsed = roadmap("""
            # Launch roadmap 2027

            ## Month 1 (April)

            - Open the partner portal

            ### Month 2 (May)

            - Public beta of the API

            ## Months 4–6 (Jul–Sep)

            - Regional rollout
            """)
        #expect(parsed.items.map(\.period) == ["April 2027", "May 2027", "2027-Q3"])
        #expect(parsed.lanes.map(\.period) == ["April 2027", "2027-Q3"])
        #expect(parsed.items.compactMap(\.period).compactMap { Quarter.holding($0)?.description } == ["2027-Q2", "2027-Q2", "2027-Q3"])
    }

    @Test("a sprint or week lane with days beside it is in the quarter of its first day; without days it names no period")
    func sprintLanes() {
        let parsed = roadmap("""
            # Launch roadmap 2027

            ## Sprint 3 (Mar 2 – Mar 13)

            - Hook up alerts

            ## Weeks 5–6: 30 Mar – 10 Apr

            - Load test the portal

            ## Weeks 1–4

            - Kick-off

            ## Phase 2: Foundations

            - Write the runbook
            """)
        #expect(parsed.items.map(\.period) == ["2027-Q1", "2027-Q1", nil, nil])
        #expect(parsed.lanes.map(\.kind) == [.period, .period, .period, .period])
    }

    @Test("without a year anywhere, a month lane keeps the month as written")
    func monthWithoutYear() {
        let parsed = roadmap("""
            # Launch roadmap

            ## Month 1 (April)

            - Open the partner portal
            """)
        #expect(parsed.items.map(\.period) == ["April"])
    }

    // MARK: Step labels

    @Test("a step label before a bullet's words is a field, not part of its title")
    func stepLabelsInBullets() {
        let parsed = roadmap("""
            # Launch roadmap 2027

            ## Now

            - Milestone 1: Public beta of the API
            - Phase 2 — Rewrite the scheduler (beta)
            - Step 3. Hook up alerts
            - M1: Ship the partner portal (Q3)
            - **Stage 4:** Regional rollout - every region at once
            - **Milestone 5: Self-serve billing** — invoices without a call
            """)
        #expect(parsed.items.map(\.title) == ["Public beta of the API", "Rewrite the scheduler (beta)", "Hook up alerts",
                                              "Ship the partner portal", "Regional rollout", "Self-serve billing"])
        #expect(parsed.items.map { $0.metadata.custom.map { "\($0.key) \($0.value)" } }
                == [["Milestone 1"], ["Phase 2"], ["Step 3"], ["Milestone M1"], ["Stage 4"], ["Milestone 5"]])
        #expect(item(parsed, "Ship the partner portal")?.metadata.due == "Q3")
        #expect(item(parsed, "Public beta of the API")?.id == "launch/public-beta-of-the-api")
    }

    @Test("words that only start like a step label keep their title")
    func notStepLabels() {
        let parsed = roadmap("""
            # Launch roadmap 2027

            ## Now

            - Phase out the old API
            - EC2 — Move the workers to Graviton
            - Step-by-step setup guide
            - Milestone tracking for every team
            """)
        #expect(parsed.items.map(\.title) == ["Phase out the old API", "EC2 — Move the workers to Graviton", "Step-by-step setup guide",
                                              "Milestone tracking for every team"])
        #expect(parsed.items.allSatisfy { $0.metadata.custom.isEmpty })
    }

    @Test("an H3 milestone's label is a field, and a dependency written with the label still finds it")
    func stepLabelledHeadings() {
        let plan = loadWorkspace(["strategy.md": minimalStrategy, "roadmaps/launch.md": """
            # Launch roadmap

            ## Milestones

            ### Milestone 1: Public beta
            **Status:** In progress

            ### Milestone 2: General availability
            **Depends on:** Milestone 1

            ### Milestone 3: Partner launch
            **Depends on:** launch/milestone-2-general-availability
            """])
        #expect(plan.roadmapItems.map(\.title) == ["Public beta", "General availability", "Partner launch"])
        #expect(plan.roadmapItems.map { $0.metadata.custom.first?.value } == ["1", "2", "3"])
        #expect(plan.roadmapItems.map(\.resolved.dependsOn) == [[], ["launch/public-beta"], ["launch/general-availability"]])
        #expect(plan.errors.isEmpty)
    }

    // MARK: Owners in brackets

    @Test("an owner in brackets said by a label or a @handle is the item's owner")
    func labelledBracketOwners() {
        let parsed = roadmap("""
            # Launch roadmap

            ## Now

            - Ship SSO [Owner: Jamie]
            - Migrate the billing database (@jamie, Priya)
            - Clean up the logs (DRI: Sam Kaur)
            """)
        #expect(parsed.items.map(\.title) == ["Ship SSO", "Migrate the billing database", "Clean up the logs"])
        // "@jamie" is a handle: the owner is named without the @, as an Owner: field's is (NewUserTrial19Tests).
        #expect(parsed.items.map(\.metadata.owners) == [["Jamie"], ["jamie", "Priya"], ["Sam Kaur"]])
    }

    @Test("brackets that hold no person are not owners, and a name in brackets is no month")
    func bracketsThatAreNotOwners() {
        let parsed = roadmap("""
            # Launch roadmap 2027

            ## Now

            - Rewrite the scheduler (beta)
            - Hook up alerts (phase 2)
            - Open the EU region (EU only)
            - Ship the partner portal (Q3)
            - Add payments (Apple Pay)
            - Ship the app (Android)
            - Clean up logs (Maria Lopez)
            - Ship SSO (Mark)
            """)
        #expect(parsed.items.allSatisfy { $0.metadata.owners.isEmpty })
        #expect(parsed.items.map(\.metadata.due) == [nil, nil, nil, "Q3", nil, nil, nil, nil])
        #expect(item(parsed, "Clean up logs (Maria Lopez)")?.period == nil)
    }

    @Test("a plain name in brackets is the owner when the workspace has that person as an owner elsewhere")
    func knownNamesInBrackets() {
        let plan = loadWorkspace([
            "strategy.md": minimalStrategy,
            "objectives/2027-Q2.md": "# Q2 2027\n\n## Grow partners\nOwner: Jamie Chen\n\n## Keep it up\nOwner: Maria Lopez\n",
            "roadmaps/launch.md": """
                # Launch roadmap

                ## Now

                - Launch the partner portal (Jamie)
                - Clean up logs (Maria Lopez)
                - Ship the app (Android)
                - Add payments (Apple Pay)
                """,
        ])
        #expect(plan.roadmapItems.map(\.title) == ["Launch the partner portal", "Clean up logs", "Ship the app (Android)", "Add payments (Apple Pay)"])
        // "Jamie" alone is the plan's one Jamie, Jamie Chen (`OwnerNames`, with a note).
        #expect(plan.roadmapItems.map(\.metadata.owners) == [["Jamie Chen"], ["Maria Lopez"], [], []])
        #expect(plan.roadmapItems.first?.id == "launch/launch-the-partner-portal-jamie", "the id stays the one the file gave")
    }

    @Test("without the name anywhere else, a bracketed name stays in the title")
    func unknownNamesStay() {
        let plan = loadWorkspace(["strategy.md": minimalStrategy, "roadmaps/launch.md": "# Launch\n\n## Now\n\n- Launch the partner portal (Jamie)\n"])
        #expect(plan.roadmapItems.map(\.title) == ["Launch the partner portal (Jamie)"])
        #expect(plan.roadmapItems.map(\.metadata.owners) == [[]])
    }

    // MARK: Commitment written as code

    @Test("a commitment marker set off as code is the objective's commitment, not a word of its title")
    func codeSpanCommitment() {
        let file = ObjectivesParser().parse(read("""
            # Q2 2027 OKRs

            ## Grow partner signups `aspirational`

            ## `committed` Keep the platform up

            ## Launch `v2` of the API
            """, path: "objectives/2027-Q2.md")).0
        #expect(file.objectives.map(\.title) == ["Grow partner signups", "Keep the platform up", "Launch v2 of the API"])
        #expect(file.objectives.map { $0.metadata.custom.first { $0.key == "Commitment" }?.value } == ["aspirational", "committed", nil])
    }

    // MARK: An email address beside a name

    @Test("an owner's email address beside the same person's name is a note suggesting people:, not a merge")
    func emailBesideName() {
        let plan = loadWorkspace([
            "strategy.md": minimalStrategy,
            "objectives/2027-Q2.md": "# Q2 2027\n\n## Grow partners\nOwner: maria.lopez@riverside.org\n\n## Keep it up\nOwner: Sam Kaur\n",
            "roadmaps/launch.md": "# Launch\n\n## Now\n\n### Clean up logs\nOwner: Maria Lopez\n",
        ])
        #expect(plan.objectives.map(\.metadata.owners) == [["maria.lopez@riverside.org"], ["Sam Kaur"]])
        #expect(plan.roadmapItems.map(\.metadata.owners) == [["Maria Lopez"]])
        let notes = plan.diagnostics.filter { $0.code == .ownerSpellings }
        #expect(notes.count == 1)
        #expect(notes.first?.message.contains("may be the same person as") == true)
        #expect(notes.first?.fix == "if they are one person, add to bearing.yml: `people: { \"Maria Lopez\": [\"maria.lopez@riverside.org\"] }`")
    }

    @Test("an email address of someone else is no note")
    func emailOfAnother() {
        let plan = loadWorkspace([
            "strategy.md": minimalStrategy,
            "objectives/2027-Q2.md": "# Q2 2027\n\n## Grow partners\nOwner: jamie@riverside.org\n\n## Keep it up\nOwner: Maria Lopez\n",
        ])
        #expect(!plan.codes.contains(.ownerSpellings))
    }

    // MARK: An OKR template's key-result table

    @Test("a key-result row with an Actual cell is not warned about as having no current value")
    func actualCellIsACurrentValue() {
        let (file, diagnostics) = ObjectivesParser().parse(read("""
            # Q1 2027 OKRs

            ## Objective 2: Keep the platform reliable

            | Key Result | Target | Actual | Confidence | Owner | Status |
            |---|---|---|---|---|---|
            | KR 2.1: Signups | 500 | 250 | High | Sam Kaur | On Track |
            | KR 2.2: Uptime 99.9% | 99.9% | 99.7% | High | Sam Kaur | On Track |
            """, path: "objectives/2027-Q1.md"))
        #expect(file.objectives.first?.keyResults.map(\.progress) == [0.5, nil])
        #expect(!diagnostics.contains { $0.message.contains("no current value") })
    }

    // MARK: Phases ticked off with their dates

    @Test("a finishing word and its date after the words, without a colon, is done on that date")
    func finishedOnADate() {
        let parsed = roadmap("""
            # Roadmap: Quill

            ## Phases

            - [x] Phase 1: Storage core (3/3 plans) — completed 2026-02-01
            - [x] Phase 2: Query engine -- completed 2026-02-02
            - ✅ **v1.0 MVP** - Phases 1-2 (shipped 2026-02-03)
            - [ ] Phase 3: Sync protocol (0/2 plans)
            - Retire the completed importer
            - Dark mode - shipped with the new theme
            """)
        #expect(parsed.items.map(\.title) == ["Storage core", "Query engine", "v1.0 MVP", "Sync protocol",
                                              "Retire the completed importer", "Dark mode"])
        #expect(parsed.items.map(\.metadata.due) == ["2026-02-01", "2026-02-02", "2026-02-03", nil, nil, nil])
        #expect(parsed.items.map(\.period) == ["2026-Q1", "2026-Q1", "2026-Q1", nil, nil, nil])
        #expect(parsed.items.map(\.metadata.status) == [.done, .done, .done, .notStarted, nil, nil])
    }
}
