import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// OKR templates label each objective ("Outcome 1:", "Goal A:", "OKR 2 —", "O3.") and mark it committed or aspirational
/// ("(committed)", "[Aspirational]", "— stretch"): neither is a word of its title.
@Suite("Objective titles without their labels and commitment markers")
struct ObjectiveTitleLabelsTests {
    func objectives(_ markdown: String, path: String = "objectives/2027-Q1.md") -> [Objective] {
        ObjectivesParser().parse(read(markdown, path: path)).0.objectives
    }

    func commitment(_ objective: Objective) -> String? {
        objective.metadata.custom.first { $0.key == "Commitment" }?.value
    }

    @Test("'Outcome 1:', 'Goal A:', 'OKR 2 —', 'O3.' before a heading's title are labels")
    func headingLabels() {
        for (heading, code) in [("## Outcome 1: Answer every query", "1"), ("## Outcome: Answer every query", nil),
                                ("### Goal A: Answer every query", "A"), ("## OKR 2 — Answer every query", "2"),
                                ("## O3. Answer every query", "O3"), ("## Objective B – Answer every query", "B")] {
            let found = objectives("# Q1 2027 OKRs\n\n\(heading)\n\nOwner: Sam\n")
            #expect(found.map(\.title) == ["Answer every query"], "\(heading)")
            #expect(found.map(\.id) == ["2027-q1/answer-every-query"], "\(heading)")
            #expect(found.first?.code == code, "\(heading)")
        }
    }

    @Test("real words that start like a label stay in the title")
    func wordsStay() {
        let titles = objectives("""
            # Q1 2027 OKRs

            ## Goal-setting for mentors
            Owner: Sam

            ## Outcomes-based funding
            Owner: Sam

            ## Goal attainment above 80%
            Owner: Sam

            ## Stay committed to open source
            Owner: Sam

            ## Aspirational goals for the board
            Owner: Sam

            ## Grow revenue (stretch target: 2x)
            Owner: Sam
            """).map(\.title)
        #expect(titles == ["Goal-setting for mentors", "Outcomes-based funding", "Goal attainment above 80%",
                           "Stay committed to open source", "Aspirational goals for the board", "Grow revenue (stretch target: 2x)"])
    }

    @Test("a label word joined by a hyphen is no label in a strategy either")
    func hyphenedWordInStrategy() {
        #expect(TitleLabel.parse("Goal-setting for mentors").title == "Goal-setting for mentors")
        #expect(TitleLabel.parse("Goal - Grow the base").title == "Grow the base")
        #expect(TitleLabel.parse("Pillar-based planning").title == "Pillar-based planning")
    }

    @Test("a strategy's 'Goal A:' is left to the strategy's own numbering")
    func strategyLettersUntouched() {
        #expect(TitleLabel.parse("Goal A: Grow our member base").title == "Goal A: Grow our member base")
        #expect(TitleLabel.parse("Outcome: faster answers").title == "Outcome: faster answers")
    }

    @Test("a commitment marker at either end of the title is the objective's Commitment field")
    func commitmentMarkers() {
        let cases: [(String, String)] = [
            ("## Outcome 1: Answer every query (committed)", "committed"),
            ("## Answer every query [Committed]", "committed"),
            ("## Answer every query — aspirational", "aspirational"),
            ("## Answer every query - Aspirational", "aspirational"),
            ("## (moonshot) Answer every query", "aspirational"),
            ("## [Aspirational] Answer every query", "aspirational"),
            ("## Answer every query (stretch)", "aspirational"),
            ("## Committed: Answer every query", "committed"),
            ("## OKR 2: [Committed OKR] Answer every query", "committed"),
            ("## Answer every query (Committed) 🟢", "committed"),
        ]
        for (heading, kind) in cases {
            let found = objectives("# Q1 2027 OKRs\n\n\(heading)\n\nOwner: Sam\n")
            #expect(found.map(\.title) == ["Answer every query"], "\(heading)")
            #expect(found.first.flatMap(commitment) == kind, "\(heading)")
        }
        let marked = objectives("# Q1 2027 OKRs\n\n## Answer every query (Committed) 🟢\n\nOwner: Sam\n")
        #expect(marked.first?.metadata.status == .onTrack)
    }

    @Test("a commitment the objective states in a field of its own is not added twice")
    func commitmentFieldWins() {
        let found = objectives("""
            # Q1 2027 OKRs

            ## Answer every query (committed)
            Owner: Sam
            Type: Committed
            """)
        #expect(found.first?.metadata.custom.map(\.key) == ["Type"])
        #expect(found.first?.title == "Answer every query")
    }

    @Test("a title that is only a marker keeps it")
    func markerAlone() {
        #expect(objectives("# Q1 2027 OKRs\n\n## (committed)\n\nOwner: Sam\n").map(\.title) == ["(committed)"])
    }

    @Test("'**Outcome 2:** text' in a list, and an objective table's cell, are labelled alike")
    func listsAndTables() {
        let listed = objectives("""
            # Q1 2027 OKRs

            ## Objectives

            - **Outcome 2:** Launch online sign-up (aspirational)
              - KR: 300 sign-ups (now 120)
            - **Outcome 3 – Grow volunteers**
              - KR: 30 volunteers (now 12)
            """)
        #expect(listed.map(\.title) == ["Launch online sign-up", "Grow volunteers"])
        #expect(listed.first.flatMap(commitment) == "aspirational")
        #expect(listed.map { $0.keyResults.count } == [1, 1])
        let tabled = objectives("""
            # Q1 2027 OKRs

            | Objective | Key result | Owner |
            |---|---|---|
            | Outcome 1: Answer every query (committed) | Median from 5 to 2 days, now 3 | Sam |
            | Outcome 1: Answer every query (committed) | 90% answered | Sam |
            | Goal B: Launch sign-up [Aspirational] | 300 sign-ups (now 120) | Ann |
            """)
        #expect(tabled.map(\.title) == ["Answer every query", "Launch sign-up"])
        #expect(tabled.map(commitment) == ["committed", "aspirational"])
    }

    @Test("references written with the labelled id or title still name the objective")
    func formerIDsResolve() {
        let plan = loadWorkspace([
            "strategy.md": minimalStrategy,
            "objectives/2027-Q1.md": """
                # Q1 2027 OKRs

                ## Outcome 1: Answer every member query within two days (committed)
                Owner: Sam
                """,
            "roadmaps/product.md": """
                # Product

                ## Now

                ### Move the helpdesk
                Objectives: 2027-q1/outcome-1-answer-every-member-query-within-two

                ### Train volunteers
                Objectives: Outcome 1: Answer every member query within two days (committed)
                """,
        ])
        let id = "2027-q1/answer-every-member-query-within-two-days"
        #expect(plan.objectives.map(\.id) == [id])
        #expect(plan.roadmaps.flatMap(\.items).map(\.resolved.objectives) == [[id], [id]])
        #expect(!plan.codes.contains(.unresolvedReference))
    }
}

/// Google's template groups OKRs under "Committed OKRs" and "Aspirational OKRs" headings instead of marking each title.
@Suite("Objectives take the kind their group heading names")
struct CommitmentGroupTests {
    @Test("'## Committed OKRs' and '## Aspirational OKRs' give their objectives' Commitment, headings and bold lines alike")
    func groupHeadings() {
        let file = ObjectivesParser().parse(read("""
            # Product Team OKRs — Q1 2027

            ## Committed OKRs

            **Outcome 1: Launch self-serve checkout**

            Owner: Priya Shah

            - KR1 – Checkout live for all plans by Feb 28 (score 0.5)

            ## Aspirational OKRs

            ### O3. Land our first enterprise logo

            Owner: Dana Lee

            ### O4. Make onboarding delightful (committed)

            - KR 4.1 NPS of new users from 20 to 45, now 31
            """, path: "objectives/2027-Q1.md")).0
        let kinds = Dictionary(uniqueKeysWithValues: file.objectives.map { objective in
            (objective.title, objective.metadata.custom.first { $0.key == "Commitment" }?.value ?? "none")
        })
        #expect(kinds == ["Launch self-serve checkout": "committed", "Land our first enterprise logo": "aspirational",
                          "Make onboarding delightful": "committed"])
    }

    @Test("'### Nice to haves' after each person's objectives (PostHog's billing team): its bullets are stretch objectives")
    func niceToHaves() {
        let file = ObjectivesParser().parse(read("""
            ## Q2 2025 Objectives

            ### Pawel

            - Usage on billing page - per project/product breakdowns
            - Spike alerts system

            ### Nice to haves

            - Login QoL improvements (US/EU, last login method)
            - Case insensitive emails
            """, path: "objectives/billing.mdx")).0
        let kinds = file.objectives.map { objective in
            "\(objective.title): \(objective.metadata.custom.first { $0.key == "Commitment" }?.value ?? "none")"
        }
        #expect(kinds == ["Pawel: none", "Login QoL improvements (US/EU, last login method): aspirational",
                          "Case insensitive emails: aspirational"])
        // An objective that only mentions "nice" keeps its title and kind.
        #expect(CommitmentMarker.named(in: "Nice onboarding for clinics") == nil)
        #expect(CommitmentMarker.named(in: "Nice-to-have goals") == "aspirational")
    }
}

/// What a Google Docs OKR template pasted into Markdown showed: the mark between the number and the title, and headings
/// that only number the objective over the sentence that states it.
@Suite("OKR templates: numbered headings and marks after the number")
struct NumberedObjectiveHeadingTests {
    func objectives(_ markdown: String) -> [Objective] {
        ObjectivesParser().parse(read(markdown, path: "objectives/2027-Q1.md")).0.objectives
    }

    @Test("'Objective 1 (Committed): …' and 'O2 [committed] …' carry the mark after the number")
    func markAfterNumber() {
        let found = objectives("""
            # Q1 2027 OKRs

            ## Objective 1 (Committed): Launch self-serve checkout
            Owner: Priya

            ## O2 [aspirational] Cut latency
            Owner: Marco
            """)
        #expect(found.map(\.title) == ["Launch self-serve checkout", "Cut latency"])
        #expect(found.map(\.code) == ["1", "O2"])
        #expect(found.map { $0.metadata.custom.map(\.value) } == [["committed"], ["aspirational"]])
    }

    @Test("'## Objective 1' over a one-sentence statement is titled by the statement; its old id still resolves")
    func statementUnderNumber() {
        let found = objectives("""
            # Q1 2027 OKRs

            ## Objective 1

            Launch the partner portal.

            - KR1 – Ten partners onboarded (now 4)

            ## Outcome 2
            Owner: Dana

            Land our first enterprise logo (aspirational)

            ## Outcome 3

            We will make onboarding delightful. New users reach value within five minutes.
            """)
        #expect(found.map(\.title) == ["Launch the partner portal", "Land our first enterprise logo", "Outcome 3"])
        #expect(found.map(\.id) == ["2027-q1/launch-the-partner-portal", "2027-q1/land-our-first-enterprise-logo", "2027-q1/outcome-3"])
        #expect(found.map(\.code) == ["1", "2", nil])
        #expect(found.first?.aliases.first == "2027-q1/objective-1")
        #expect(found.first?.keyResults.count == 1)
        #expect(found.first?.body.contains("Launch the partner portal") == false)
        #expect(found.dropFirst().first?.metadata.owners == ["Dana"])
        #expect(found.dropFirst().first?.metadata.custom.map(\.value) == ["aspirational"])
    }
}
