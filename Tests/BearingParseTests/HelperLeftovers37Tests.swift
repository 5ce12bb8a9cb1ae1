import Foundation
import BearingModel
@testable import BearingParse
import Testing

/// Session 36's leftovers, each in the shape of the real file that showed it (Brazil's digital-government strategy,
/// Plane's ClaudeKit roadmap, PostHog's team goals, review36b's key-result shapes).
struct HelperLeftovers37Tests: TrialWorkspace {
    let strategy = "## Our priorities\n\n### Grow adoption\n\nMore teams use it.\n\n### Reliability\n\nThe service stays up.\n"

    private func objectives(_ file: String, path: String = "objectives/2026-Q3.md", more: [String: String] = [:]) -> (objectives: [Objective], plan: Plan) {
        let plan = load(more.merging([path: file]) { own, _ in own })
        return (plan.objectiveFiles.first { $0.path == path }?.objectives ?? [], plan)
    }

    private func keyResults(_ file: String) -> [KeyResult] {
        objectives(file).objectives.flatMap(\.keyResults)
    }

    // MARK: 1. Long titles sharing their first eight words

    @Test("two objectives whose long titles share their first eight words get two ids and no duplicate-id error")
    func longTitlesSharingAPrefix() throws {
        let (found, plan) = objectives("""
            ---
            period: 2026
            ---

            ## Princípio II – Governo integrado e colaborativo

            ### Objetivo 4 - Estimular o uso e a integração de plataformas e serviços de governo digital no Governo federal (3 iniciativas)
            1. Iniciativa 4.1: Implementar pagamentos digitais para 60% dos serviços públicos até 2026
            2. Iniciativa 4.2: Integrar autenticação GOV.BR à plataforma Compras.gov.br até 2027

            ### Objetivo 5 - Estimular o uso e a integração de plataformas e serviços de governo digital com os entes da federação (5 iniciativas)
            1. Iniciativa 5.1: Ampliar a adesão de estados e municípios à plataforma GOV.BR até 2026
            2. Iniciativa 5.2: Disponibilizar a Carteira de Trabalho Digital até 2025
            """, path: "objectives/efgd.md")
        #expect(found.count == 2)
        #expect(!plan.codes.contains(.duplicateID))
        #expect(Set(found.map(\.id)).count == 2)
        // The first keeps the id its first eight words give, so links to it do not move; the second is told apart by
        // every word of its title.
        let first = try #require(found.first?.id), second = try #require(found.last?.id)
        #expect(first.hasSuffix("/estimular-o-uso-e-a-integracao-de-plataformas"))
        #expect(second.hasPrefix(first + "-e-servicos-de-governo-digital-com-os-entes"))
    }

    @Test("roadmap items whose long titles begin alike get ids of all their words, with no 'written twice' warning; a true copy still warns")
    func longItemTitlesSharingAPrefix() throws {
        let plan = load(["roadmaps/roadmap.md": """
            # Roadmap

            ## Now

            - **Migrate the billing service and its scheduled jobs to the new cluster in Frankfurt**
            - **Migrate the billing service and its scheduled jobs to the new cluster in Virginia**
            - **Ship SSO**
            - **Ship SSO**
            """])
        let items = plan.roadmaps.first?.items ?? []
        #expect(Set(items.map(\.id)).count == 4)
        #expect(items[1].id.hasSuffix("/migrate-the-billing-service-and-its-scheduled-jobs-to-the-new-cluster-in-virginia"))
        let warned = plan.diagnostics.filter { $0.code == .duplicateID }
        #expect(warned.count == 1)
        #expect(warned.first?.message.contains("Ship SSO") == true)
    }

    @Test("long objective titles alike in two files get two ids; the same title twice is still a duplicate")
    func acrossFiles() throws {
        let plan = load([
            "objectives/2026-Q3.md": "## Improve the onboarding flow for new teams joining from the enterprise sales pipeline\n\n- Reach 40 teams\n",
            "objectives/2026-Q3-growth.md": "---\nquarter: 2026-Q3\n---\n## Improve the onboarding flow for new teams joining from the self-serve signup\n\n- Reach 400 teams\n",
        ])
        let ids = plan.objectiveFiles.flatMap(\.objectives).map(\.id)
        #expect(Set(ids).count == 2)
        #expect(!plan.codes.contains(.duplicateID))
        #expect(DuplicateIDs.whole("2026-q3/ship-sso", title: "Ship SSO", explicit: false) == nil)
        #expect(DuplicateIDs.whole("2026-q3/custom", title: "Improve the onboarding flow for new teams joining", explicit: false) == nil)
    }

    // MARK: 2. Multi-year plans

    @Test("`period: 2024-2027` plans those four years; a title's '2024–2027' too; the period runs through each quarter in it")
    func multiYearPeriod() throws {
        let body = "\n## Estimular o uso de plataformas\n\n- Integrar 2 sistemas até 2027\n"
        let (fromFrontMatter, plan) = objectives("---\nperiod: 2024-2027\n---\n" + body, path: "objectives/efgd.md")
        #expect(fromFrontMatter.first?.quarter?.description == "2024-2027")
        #expect(!plan.codes.contains(.noQuarter))
        let (fromTitle, titled) = objectives("# Estratégia Federal de Governo Digital 2024–2027\n" + body, path: "objectives/efgd.md")
        #expect(fromTitle.first?.quarter?.description == "2024-2027")
        #expect(!titled.codes.contains(.noQuarter))
        let years = try #require(Quarter.years(written: "2024 – 2027"))
        #expect(years.months == 48)
        #expect(years.runs(through: try #require(Quarter(year: 2026, number: 4))))
        #expect(!years.runs(through: try #require(Quarter(year: 2028, number: 1))))
        #expect(years.following.description == "2028-2031")
        #expect(years.span.word == "period")
        // Two years in a row are a fiscal year where the workspace has one that starts after January.
        #expect(Quarter.years(written: "2026-2027", fiscalStart: 4)?.description == "FY2027")
        #expect(Quarter.years(written: "2026-2027")?.description == "2026-2027")
        // Not a range: a date, a year alone, a title with other figures.
        #expect(Quarter.years(written: "2026-05") == nil)
        #expect(Quarter.years(in: "Top 10 goals for 2024-2027") == nil)
        #expect(Quarter.years(written: "2024-2040") == nil)
    }

    @Test("a multi-year period is kept in the parse cache and decodes from its description")
    func multiYearRoundTrip() throws {
        let years = try #require(Quarter.years(written: "2024-2027"))
        let data = try JSONEncoder().encode(years)
        #expect(try JSONDecoder().decode(Quarter.self, from: data) == years)
    }

    // MARK: 3. Series under a Progress or Current label

    @Test("`- Progress: Jan: 200, Feb: 300` under a key result stands at its latest month; quarter series under a label too")
    func nestedSeries() throws {
        let results = keyResults("""
            ## Grow adoption

            - Reach 500 signups
              - Progress: Jan: 200, Feb: 300
            - Close 12 enterprise deals
              - Current: Q1: 3, Q2: 7
            - Raise activation to 60% (Q1: 40%, Q2: 55%)

            ## Reliability

            | Key result | Target | Progress |
            |---|---|---|
            | Incidents resolved | 40 | Q3: 12, Q4: 30 |
            """)
        #expect(results.count == 4)
        #expect(results[0].progress == 0.6)
        #expect(results[0].figures?.current == "Jan: 200, Feb: 300")
        #expect(results[1].progress == 7.0 / 12.0)
        // In a key result's own words, "(Q1: 40%, Q2: 55%)" as often plans the figure quarter by quarter: not read.
        #expect(results[2].progress != 0.55 / 0.6)
        #expect(results[3].progress == 0.75)
        #expect(MonthlySeries.latest(in: "Q1: 40%, Q2: 55%") == nil)
        #expect(MonthlySeries.latest(in: "Q2: 55%, Q1: 40%", periods: true)?.figure == "55%")
        #expect(MonthlySeries.latest(in: "W1: 320, W2: 280, W3: 250", periods: true)?.figure == "250")
    }

    // MARK: 4. Bracketed owners of objectives

    @Test("'Hit and track all team revenue goals (Dana)': Dana owns it when the workspace names Dana; an unknown word stays")
    func bracketedObjectiveOwner() throws {
        let file = """
            ---
            team: Customer Success
            ---
            ## Q3 2026 Goals

            - Hit CSM Net Revenue Retention (NRR) of 120% (CSMs)
            - Hit and track all team revenue goals (Dana)
            """
        let unknown = objectives(file, path: "objectives/customer-success.md").objectives
        #expect(unknown.map(\.title).contains("Hit and track all team revenue goals (Dana)"))
        let known = objectives(file, path: "objectives/customer-success.md", more: [
            "objectives/2026-Q3.md": "## Grow adoption\n\n- Owner: Dana Ruiz\n\n- Reach 40 teams\n",
        ]).objectives
        let goal = try #require(known.first { $0.title.hasPrefix("Hit and track") })
        #expect(goal.title == "Hit and track all team revenue goals")
        // Her first name, spelt as the workspace names her elsewhere.
        #expect(goal.metadata.owners == ["Dana Ruiz"])
        // "(CSMs)" names no one the workspace knows.
        #expect(known.contains { $0.title.hasSuffix("(CSMs)") && $0.metadata.owners.isEmpty })
    }

    // MARK: 7. review36b's shapes

    @Test("`Status: in refinement` is work not yet begun")
    func inRefinement() {
        #expect(Status(reading: "in refinement") == .notStarted)
        #expect(Status(reading: "Needs refinement") == .notStarted)
        #expect(Status(reading: "Almost done") == .onTrack)
    }

    @Test("`Current Status: On track, 3 weeks ahead of plan` is on track, with no figure taken from the remark")
    func statusWithRemark() throws {
        let results = keyResults("""
            ## Grow adoption

            ### KR1: Sign 10 new customers
            - Target: 10
            - Current Status: On track, 3 weeks ahead of plan

            ### KR2: Launch in 5 markets
            - Target: 5
            - Current Status: At risk, blocked on Q3 hiring

            ### KR3: Reach 1000 weekly users
            - Target: 1000
            - Current Status: On track - 640
            """)
        #expect(results.count == 3)
        #expect(results[0].status == .onTrack)
        #expect(results[0].progress == nil)
        #expect(results[1].status == .atRisk)
        #expect(results[2].status == .onTrack)
        #expect(results[2].progress == 0.64)
        #expect(FigureKeyWords.statusAndRemark("On track, 35 customers") == nil)
    }

    @Test("a key result called only 'Total' with figures of its own is read; a Total row that adds up the rows is not")
    func totalKeyResult() throws {
        let results = keyResults("""
            ## Grow revenue

            | Key result | Committed | Stretch | Current |
            |---|---|---|---|
            | Total ARR | $5M | $6M | $3M |
            | New logos | 20 | 30 | 12 |
            | Total | 25 | 36 | 15 |

            ## Grow usage

            | Key result | Target | Current |
            |---|---|---|
            | Weekly active teams | 400 | 300 |
            | Total | 2000 | 1500 |
            """)
        #expect(results.map(\.text) == ["Total ARR", "New logos", "Weekly active teams", "Total"])
        #expect(results.last?.progress == 0.75)
    }

    // MARK: 8. Sentences as statuses

    @Test("Plane's `- Status: Migrate to v1 endpoints` lines are said once, not once each")
    func sentenceStatuses() throws {
        let plan = load(["roadmaps/roadmap.md": """
            # Roadmap

            ## Technical Debt Backlog

            ### High Priority (Address in Q1-Q2)

            1. **Legacy API Endpoints** (plane/app/\\*)
               - Status: Migrate to v1 endpoints
               - Effort: 40 hours

            2. **UI Library Migration**
               - Status: Move from @plane/ui to @plane/propel
               - Effort: 60 hours across all apps

            3. **Database Query Optimization**
               - Status: Add missing indexes
               - Effort: 20 hours

            4. **Search**
               - Status: In progres
            """])
        let warned = plan.diagnostics.filter { $0.code == .unknownStatus }
        #expect(warned.count == 2)
        let merged = try #require(warned.first { $0.message.hasPrefix("3 `Status:` lines") })
        #expect(merged.message.contains("`Status: Migrate to v1 endpoints` (line 8)"))
        #expect(merged.message.contains("`Status: Add missing indexes` (line 16)"))
        // A misspelt status keeps its own warning and its did-you-mean.
        #expect(warned.contains { $0.message.contains("In progres") && $0.fix?.contains("did you mean") == true })
        // A template's slot listing the statuses is no sentence of work: the plain unknown-status warning.
        #expect(!SentenceStatuses.isSentence("e.g., _On Track_, _At Risk_, _Completed_, etc."))
        #expect(!SentenceStatuses.isSentence("Done, shipped last week"))
        // One such line alone says what it is.
        let one = load(["roadmaps/roadmap.md": "# Roadmap\n\n## Now\n\n### Search\n\n- Status: Add missing indexes\n"])
        #expect(one.diagnostics.filter { $0.code == .unknownStatus }.map(\.message)
            == ["`Status: Add missing indexes` is a sentence, not a status: it stays in the item's text, and the item has no status"])
    }

    @Test("a count split by who made it up (`Close 20 deals (Maria: 8, Julian: 5)`) stands at the parts' sum; rates and lowered targets do not add up")
    func countBreakdown() throws {
        let results = keyResults("""
            ## Grow the grants program

            - Close 20 deals (Maria: 8, Julian: 5)
            - Review 40 grant applications (Approved: 12, Declined: 8)
            - Fund 10 projects (Marketing: 4, Operations: 2)
            - Reach 99.9% uptime (US: 99.95%, EU: 99.7%)
            - Cut open bugs to 20 (Web: 30, API: 12)
            - Reach 300 signups (Jan: 100, Feb: 200)
            """)
        #expect(results.count == 6)
        #expect(results[0].progress == 0.65)
        #expect(results[0].text == "Close 20 deals (Maria: 8, Julian: 5)")
        #expect(results[1].progress == 0.5)
        #expect(results[2].progress == 0.6)
        #expect(results[4].progress != 42.0 / 20.0)
        #expect(results[5].progress == 2.0 / 3.0)
        #expect(CountBreakdown.asTotal("Cut open bugs to 20 (Web: 30, API: 12)") == "Cut open bugs to 20 (Web: 30, API: 12)")
        #expect(CountBreakdown.asTotal("Reach 99.9% uptime (US: 99.95%, EU: 99.7%)") == "Reach 99.9% uptime (US: 99.95%, EU: 99.7%)")
    }

    @Test("a goals list restating the objective headings below gives them its owners, and adds no objectives (no duplicate-id errors)")
    func restatedGoalsList() throws {
        let (found, plan) = objectives("""
            # Platform team OKRs

            ## Q3 2026 Goals

            1. **Improve reliability** (Owner: Dana)
            2. **Grow adoption** (Owner: Lee)

            ## Improve reliability

            - KR1: Reach 99.9% uptime, now 99.5%
            - KR2: Cut p95 latency from 400ms to 200ms, now 300ms

            ## Grow adoption

            - KR1: 500 weekly active users, now 320
            - KR2: Sign 5 new customers, 2 signed
            """)
        #expect(found.map(\.title) == ["Improve reliability", "Grow adoption"])
        #expect(found.map(\.metadata.owners) == [["Dana"], ["Lee"]])
        #expect(found.map(\.keyResults.count) == [2, 2])
        #expect(!plan.codes.contains(.duplicateID))
    }

    @Test("`## Success Metrics` over work someone owns is a lane; over targets it stays the report")
    func successMetricsOfWork() throws {
        let owned = items("""
            # Data platform roadmap

            ## Q3 2026

            ### Warehouse migration

            ## Success Metrics

            - Build a churn dashboard for the success team (owner: Lee)
            - Query p95 under 2s
            """)
        #expect(owned.contains { $0.title.hasPrefix("Build a churn dashboard") && $0.metadata.owners == ["Lee"] && $0.lane == "Success Metrics" })
        let targets = items("""
            # Data platform roadmap

            ## Q3 2026

            ### Warehouse migration

            ## Success Metrics

            - Query p95 under 2s
            - 40 teams on the warehouse
            """)
        #expect(targets.map(\.title) == ["Warehouse migration"])
    }

    @Test("Kata's Progress Summary, a table of the milestones' counts, is no lane of items but is kept with the notes")
    func emptiedSummaryLaneKept() throws {
        let plan = load(["roadmaps/ROADMAP.md": """
            # Roadmap: Kata

            ## Current Milestone

            ### v1.4.1 Issue Execution (In Progress)

            #### Phase 1: PR → Issue Closure

            **Goal:** All PR-creating workflows properly close their associated GitHub Issues.

            ## Planned Milestones

            ### v1.5.0 Phase Management (Planned)

            #### Phase 1: Phase Organization

            **Goal:** Organize phase artifacts into state directories.

            ## Progress Summary

            | Milestone | Phases | Plans | Status   | Shipped    |
            | --------- | ------ | ----- | -------- | ---------- |
            | v1.4.1    | 2      | 3     | Current  | —          |
            | v1.5.0    | 2      | TBD   | Planned  | —          |
            """])
        let roadmap = try #require(plan.roadmaps.first)
        #expect(!roadmap.lanes.contains { $0.title == "Progress Summary" })
        #expect(!roadmap.items.contains { $0.title.hasPrefix("v1.") })
        #expect(roadmap.notes.contains { if case .table = $0.kind { true } else { false } })
        #expect(roadmap.notes.contains { $0.plainText.contains("Progress Summary") })
    }
}
