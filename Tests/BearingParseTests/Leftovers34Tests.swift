import BearingModel
@testable import BearingParse
import Testing

/// Session 34's leftovers: reading shapes real files use that Bearing still got wrong.
struct Leftovers34Tests: TrialWorkspace {
    let strategy = "## Our priorities\n\n### Grow revenue\n\nSell more.\n\n### Reliable platform\n\nDependable.\n"

    private func keyResults(_ path: String, _ text: String) -> (plan: Plan, keyResults: [KeyResult]) {
        let plan = load([path: text])
        return (plan, plan.objectiveFiles.flatMap(\.objectives).flatMap(\.keyResults))
    }

    private static let quarterTable = """
        ## Grow paying customers

        | KR | Baseline | Target (Q1) | Target (Q2) | Target (Q3) | Current |
        |---|---|---|---|---|---|
        | Paying customers | 100 | 150 | 200 | 300 | 120 |
        """

    @Test("`Target (Q1) | Target (Q2) | Target (Q3)`: a quarter's file takes its own quarter's column")
    func targetOfTheFilesQuarter() throws {
        let (plan, results) = keyResults("objectives/2026-Q2.md", Self.quarterTable)
        let result = try #require(results.first)
        #expect(result.figures?.target == "200", "\(String(describing: result.figures))")
        #expect(result.progress == 0.2)
        #expect(!plan.codes.contains(.progressUnread), "\(plan.diagnostics)")
    }

    @Test("`Q1 Target | Q2 Target` (the period before the measure): the quarter's own, also when the title names it")
    func periodBeforeTheMeasure() throws {
        let (_, results) = keyResults("objectives/sales.md", """
            # Sales OKRs Q1 2026

            ## Grow paying customers

            | Metric | Current | Q1 Target | Q2 Target |
            |---|---|---|---|
            | Paying customers | 120 | 150 | 200 |
            """)
        #expect(results.first?.figures?.target == "150")
        #expect(results.first?.progress == 0.8)
    }

    @Test("a year's objective takes the last quarter's column: the figure the year ends at")
    func yearTakesTheLastColumn() throws {
        let (_, results) = keyResults("objectives/2026.md", Self.quarterTable)
        #expect(results.first?.figures?.target == "300")
    }

    @Test("no column for the objective's period: one warning at the table naming the columns, no target")
    func noColumnForThePeriod() throws {
        let (plan, results) = keyResults("objectives/2026-Q4.md", Self.quarterTable)
        #expect(results.first?.figures?.target == nil)
        let warnings = plan.diagnostics.filter { $0.code == .progressUnread }
        #expect(warnings.count == 1, "\(warnings)")
        #expect(warnings.first?.message.contains("`Target (Q1)`, `Target (Q2)`, `Target (Q3)`") == true, "\(warnings)")
        #expect(warnings.first?.message.contains("2026-Q4") == true)
        #expect(warnings.first?.location.line == 3)
    }

    @Test("a plain Target beside `Target (Q2)`, and a lone `Baseline (Q4 2025)`, read as before")
    func plainColumnsUnchanged() throws {
        let (_, results) = keyResults("objectives/2026-Q1.md", """
            ## Grow paying customers

            | KR | Baseline (Q4 2025) | Target | Target (Q2) | Current |
            |---|---|---|---|---|
            | Paying customers | 100 | 150 | 200 | 120 |
            """)
        #expect(results.first?.figures == KeyResultFigures(baseline: "100", target: "150", current: "120"))
    }
}

/// A key glossed as a deputy or a stale reading is a field of its own, alone in its block too.
struct Leftovers34DeputyTests: TrialWorkspace {
    let strategy = "## Our priorities\n\n### Grow revenue\n\nSell more.\n"

    @Test("a lone `**Owner (backup)**: Bob` is no owner: it is kept as the field written")
    func loneBackupOwner() throws {
        let plan = load(["objectives/2026-Q1.md": """
            ## Grow paying customers
            **Owner (backup)**: Bob
            **Priority**: Grow revenue

            - [ ] Sign 20 new customers
            """])
        let objective = try #require(plan.objectiveFiles.first?.objectives.first)
        #expect(objective.metadata.owners.isEmpty, "\(objective.metadata.owners)")
        #expect(objective.metadata.custom.map(\.key) == ["Owner (backup)"], "\(objective.metadata.custom)")
        #expect(objective.metadata.custom.first?.value == "Bob")
    }

    @Test("a lone `Owner (backup)` column and a lone `Status (last week)` line give no owner or status; `Owner (DRI)` still does")
    func loneColumnAndStaleStatus() throws {
        let plan = load([
            "roadmaps/roadmap.md": """
                # Roadmap

                | Item | Owner (backup) | Status |
                |---|---|---|
                | SSO | Gus | in progress |
                """,
            "objectives/2026-Q1.md": """
                ## Grow paying customers
                - **Owner (DRI)**: Ana
                - **Status (last week)**: at risk

                Win them.
                """,
        ])
        let item = try #require(plan.roadmaps.first?.items.first)
        #expect(item.metadata.owners.isEmpty, "\(item.metadata.owners)")
        #expect(item.metadata.custom.contains { $0.key == "Owner (backup)" && $0.value == "Gus" }, "\(item.metadata.custom)")
        let objective = try #require(plan.objectiveFiles.first?.objectives.first)
        #expect(objective.metadata.owners == ["Ana"])
        #expect(objective.metadata.status == nil)
    }
}

/// Headings that group objectives: a numbered theme beside labelled objectives, an area's name over objectives.
struct Leftovers34GroupTests: TrialWorkspace {
    let strategy = "## Our priorities\n\n### Grow revenue\n\nSell more.\n\n### Reliable platform\n\nDependable.\n"

    private func objectives(_ text: String) -> (plan: Plan, objectives: [Objective]) {
        let plan = load(["objectives/2026-Q1.md": text])
        return (plan, plan.objectiveFiles.flatMap(\.objectives))
    }

    @Test("`## 1. Grow revenue` over `### Objective: …`, `## 2. Reliable platform` over unlabelled ones: both groups read, each filed under its priority")
    func numberedThemes() throws {
        let (plan, objectives) = objectives("""
            # Q1 2026 OKRs

            ## 1. Grow revenue
            Our top line must grow 30% this year.

            ### Objective: Win 20 new mid-size customers
            Owner: Ana

            - [ ] Sign 20 customers, now 4

            ## 2. Reliable platform

            ### Cut incidents in half
            Owner: Cy

            - [ ] Sev-1 incidents from 8 to 4, now 6
            """)
        #expect(objectives.map(\.title) == ["Win 20 new mid-size customers", "Cut incidents in half"])
        #expect(objectives.map(\.group) == ["Grow revenue", "Reliable platform"])
        #expect(objectives.map(\.resolved.priorities) == [["grow-revenue"], ["reliable-platform"]])
        #expect(objectives.allSatisfy { $0.resolved.filedUnderHeading && $0.metadata.team == nil })
        #expect(!plan.codes.contains(.skippedSection), "\(plan.diagnostics)")
    }

    @Test("a numbered objective with its own owner and key results beside a team over labelled objectives stays an objective")
    func numberedObjectiveBesideLabelled() throws {
        let (plan, objectives) = objectives("""
            ## 1. Grow revenue
            Owner: Ana

            - [ ] Sign 20 customers, now 4

            ## Platform

            ### Objective: Cut incidents in half
            - [ ] Sev-1 incidents from 8 to 4, now 6
            """)
        #expect(objectives.map(\.title) == ["Grow revenue", "Cut incidents in half"])
        #expect(objectives.map(\.metadata.team) == [nil, "Platform"])
        #expect(objectives.first?.metadata.owners == ["Ana"])
        #expect(!plan.codes.contains(.skippedSection))
    }

    @Test("`## Product` over one H3 with its own owner and key results is the Product team, not an objective \"Product\"")
    func areaOverOneObjective() throws {
        let (_, objectives) = objectives("""
            ## Product

            ### Launch the self-serve onboarding
            Owner: Dana

            - [ ] 60% of trials finish onboarding, now 35%

            ## Customer Success

            ### Renewals on time
            Owner: Eve

            - [ ] 95% of renewals signed before they lapse, now 90%
            """)
        #expect(objectives.map(\.title) == ["Launch the self-serve onboarding", "Renewals on time"])
        #expect(objectives.map(\.metadata.team) == ["Product", "Customer Success"])
    }

    @Test("counter-cases: an outcome over steps with owners, and an area over steps without key results, stay one objective")
    func objectivesWithInitiativesStay() throws {
        let (_, objectives) = objectives("""
            ## Faster builds

            ### Cache the toolchain
            Owner: Ann

            - [ ] Cache hit rate 90%, now 40%

            ## Search

            ### Better ranking
            Owner: Bo

            We will tune the ranker.
            """)
        #expect(objectives.map(\.title) == ["Faster builds", "Search"])
        #expect(objectives.map { $0.initiatives.map(\.title) } == [["Cache the toolchain"], ["Better ranking"]])
    }
}

/// A field-shaped line under a roadmap bullet whose value is no value of its key.
struct Leftovers34RemarkFieldTests {
    @Test("`Size: XL (two sprints)` is size XL, shown as written; `Size: depends on the vendor` stays text and is said at its line")
    func sizeWithRemark() throws {
        let (roadmap, diagnostics) = RoadmapParser().parse(read("""
            # Platform roadmap

            ## Now

            - **Faster deploys** — cut deploy time in half
              Size: XL (two sprints)
              Owner: Ana
            - **Search v2** — rebuild ranking
              Size: depends on the vendor
            """, path: "roadmaps/platform.md"))
        #expect(roadmap.items.map(\.metadata.effort) == [5, nil])
        #expect(roadmap.items.first?.metadata.effortWritten == "XL (two sprints)")
        #expect(roadmap.items.first?.metadata.owners == ["Ana"])
        let warnings = diagnostics.filter { $0.code == .invalidValue }
        #expect(warnings.map(\.location.line) == [9], "\(diagnostics)")
        #expect(warnings.first?.message.contains("`Size:`") == true)
        let shown = roadmap.items[1].blocks.map { block -> String in
            if case .paragraph(let content) = block.kind { return content.plainText }
            return ""
        }.joined(separator: " ")
        #expect(shown.contains("depends on the vendor"), "\(shown)")
    }
}

/// A leading `[Area]` tag on a key result names the team that answers for it.
struct Leftovers34AreaTagTests: TrialWorkspace {
    let strategy = "## Our priorities\n\n### Grow revenue\n\nSell more.\n"

    @Test("`KR: [Legal] Sign DPA with vendors` is owned by Legal and reads *Sign DPA with vendors*; other brackets stay")
    func areaTagOnKeyResult() throws {
        let plan = load(["objectives/2026-Q1.md": """
            ## Close enterprise deals

            - KR: [Legal] Sign DPA with vendors
            - KR: [Customer Success] 95% of renewals signed, now 90%
            - KR: [WIP] Pricing page live
            - KR: [P1] Two case studies published
            - KR: [Legal] Sign the reseller contract — @ana
            - KR: [Docs](https://example.com/docs) updated for SSO
            """])
        let results = try #require(plan.objectiveFiles.first?.objectives.first?.keyResults)
        // `[WIP]` is the key result's status and `[P1]` its rank, as before; a link's words stay its words.
        #expect(results.map(\.text) == ["Sign DPA with vendors", "95% of renewals signed, now 90%", "Pricing page live",
                                        "Two case studies published", "[Legal] Sign the reseller contract",
                                        "Docs updated for SSO"], "\(results.map(\.text))")
        #expect(results.map(\.owners) == [["Legal"], ["Customer Success"], [], [], ["ana"], []], "\(results.map(\.owners))")
    }
}
