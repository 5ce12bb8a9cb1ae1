import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// More shapes a new user brings from the tools they already plan in: a quarter written as its months, Obsidian's
/// wikilinks, `Key:: value` fields and status tags, Confluence's status icons and lozenges, a spreadsheet that repeats
/// the objective on every row, labels without a colon ("O1 …", "KR1.1 …") and a Notion page's property lines.
@Suite("A new user's own workspace: calendar, Obsidian, Confluence, sheet and Notion shapes")
struct OwnWorkspaceShapes2Tests {
    func strategy(_ markdown: String) -> StrategyParser.Result {
        StrategyParser().parse(read(markdown, path: "strategy.md"))
    }

    func roadmap(_ markdown: String) -> (Roadmap, [Diagnostic]) {
        RoadmapParser().parse(read(markdown, path: "roadmaps/product.md"))
    }

    func objectives(_ markdown: String, path: String = "objectives/2027-Q1.md") -> (ObjectivesFile, [Diagnostic]) {
        ObjectivesParser().parse(read(markdown, path: path))
    }

    // MARK: A quarter written as its months

    @Test("'Jan–Mar 2027' is 2027-Q1, 'Jul - Dec 2027' the second half; months that fill no quarter are no period")
    func monthSpans() {
        #expect(MonthSpan.period(in: "OKRs — Jan–Mar 2027")?.description == "2027-Q1")
        #expect(MonthSpan.period(in: "April - June 2027")?.description == "2027-Q2")
        #expect(MonthSpan.period(in: "Jul-Dec 2027")?.description == "2027-H2")
        #expect(MonthSpan.period(in: "Oct 2026 – Dec 2026")?.description == "2026-Q4")
        #expect(MonthSpan.period(in: "Feb–Apr 2027") == nil)
        #expect(MonthSpan.period(in: "Oct 2026 – Dec 2027") == nil)
        #expect(MonthSpan.period(in: "March 2027") == nil)
    }

    @Test("a title that names the quarter by its months plans that quarter, not the whole year")
    func monthSpanTitle() {
        let markdown = """
            # OKRs — Jan–Mar 2027

            ## Objective 1: Get clinics onto the new scheduler

            - [ ] 12 of 20 clinics live
            """
        let (named, _) = objectives(markdown)
        #expect(named.objectives.map(\.quarter?.description) == ["2027-Q1"])
        let (unnamed, diagnostics) = objectives(markdown, path: "objectives/okrs.md")
        #expect(unnamed.objectives.map(\.quarter?.description) == ["2027-Q1"])
        #expect(!diagnostics.contains { $0.code == .noQuarter })
    }

    @Test("a roadmap lane named by its months is that quarter")
    func monthSpanLane() {
        let (roadmap, _) = roadmap("""
            # Ops roadmap

            ## Apr–Jun 2027

            - **Chicago hub** — lease in April.

            ## Feb–Apr 2027

            - **Driver app v2**
            """)
        #expect(roadmap.lanes.map(\.period) == ["2027-Q2", "Feb–Apr 2027"])
        #expect(roadmap.items.map(\.period) == ["2027-Q2", "Feb–Apr 2027"])
    }

    // MARK: Obsidian

    @Test("Obsidian: `Key:: value` fields, a wikilink as a reference or an owner, a #status/… tag")
    func obsidianFields() {
        let (file, diagnostics) = objectives("""
            # 2027 Q1

            ## Onboard new contributors
            Priority:: [[Community growth]], [[Strategy#Docs that teach|docs]]
            Owner:: [[Maya]]
            Status:: #status/at-risk

            - [ ] 25 first-time contributors merged a PR (14/25)
            """)
        let objective = file.objectives.first
        #expect(objective?.metadata.priorities.map(\.text) == ["Community growth", "Docs that teach"])
        #expect(objective?.metadata.owners == ["Maya"])
        #expect(objective?.metadata.status == .atRisk)
        #expect(!diagnostics.contains { $0.code == .unknownStatus })
    }

    @Test("a wikilink that leads a priority names it, as bold text does")
    func wikilinkPriorities() {
        let result = strategy("""
            # Strategy

            ## Priorities

            - [[Community growth]] — more contributors, more maintainers
            - [[Docs that teach]]: docs people finish
            - [[Sustainable funding|Funding]]
            """)
        #expect(result.strategy.priorities.map(\.title) == ["Community growth", "Docs that teach", "Sustainable funding"])
        #expect(result.strategy.priorities.map(\.id) == ["community-growth", "docs-that-teach", "sustainable-funding"])
        #expect(result.strategy.priorities.map(\.summary) == ["more contributors, more maintainers", "docs people finish", nil])
    }

    // MARK: Confluence and Jira

    @Test("Confluence: a [STATUS] lozenge, (/) (!) (x) icons in a table and after a key result, 'Idea' as not started")
    func confluenceStatuses() {
        #expect(Status(reading: "[IN PROGRESS]") == .onTrack)
        #expect(Status(reading: "[DONE]") == .done)
        #expect(Status(reading: "(/) DONE") == .done)
        #expect(Status(reading: "(/)") == .done)
        #expect(Status(reading: "(!) AT RISK") == .atRisk)
        #expect(Status(reading: "(x) MISSED") == .offTrack)
        #expect(Status(reading: "Idea") == .notStarted)
        let (file, diagnostics) = objectives("""
            # Platform OKRs Q1-27

            ## Objective: Make deploys boring

            Owner: @rsingh
            Status: [IN PROGRESS]

            * KR: Change failure rate from 18% to 8% (now 12%) - PLAT-501
            * KR: Deploy frequency 2x (/)
            """)
        #expect(file.objectives.first?.metadata.status == .onTrack)
        #expect(file.objectives.first?.keyResults.map(\.text) == ["Change failure rate from 18% to 8% (now 12%) - PLAT-501", "Deploy frequency 2x"])
        #expect(file.objectives.first?.keyResults.map(\.done) == [false, true])
        #expect(!diagnostics.contains { $0.code == .unknownStatus })
    }

    @Test("a misspelt tracker word ('In progres') is answered with the word it misspells and the status it means")
    func misspeltTrackerStatus() {
        let (roadmap, diagnostics) = roadmap("""
            # Roadmap

            ## Now

            ### Audit log export

            Status: In progres
            """)
        #expect(roadmap.items.first?.metadata.status == nil)
        let warning = diagnostics.first { $0.code == .unknownStatus }
        #expect(warning?.location.line == 7)
        #expect(warning?.fix == "did you mean `in progress` (on-track)?")
    }

    // MARK: A spreadsheet pasted as a table

    @Test("an OKR sheet under a title with words besides the period: rows that repeat the objective carry it on")
    func repeatedObjectiveRows() {
        let (file, diagnostics) = objectives("""
            # OKR tracker — 2027 Q1

            | # | Objective | Key Result | Owner | Target | Actual | % Complete | RAG |
            |---|---|---|---|---|---|---|---|
            | O1 | Enterprise readiness | SAML SSO GA | Kim | 1 | 1 | 100% | Green |
            | O1 | Enterprise readiness | Audit log export | Kim | 1 | 0 | 40% | Amber |
            | O2 | Activation | Median time to first dashboard | Raj | < 10 min | 14 min | 50% | Red |
            """)
        #expect(file.objectives.map(\.title) == ["Enterprise readiness", "Activation"])
        #expect(file.objectives.map { $0.keyResults.map(\.text) } == [["SAML SSO GA", "Audit log export"], ["Median time to first dashboard"]])
        #expect(file.objectives.map { $0.keyResults.map(\.progress) } == [[1, 0.4], [0.5]])
        #expect(file.objectives.map(\.metadata.owners) == [["Kim"], ["Raj"]])
        // The Target column is the key results' target, not the objective's due date.
        #expect(file.objectives.map(\.metadata.due) == [nil, nil])
        #expect(!diagnostics.contains { $0.code == .invalidValue })
    }

    // MARK: Labels without a colon

    @Test("'O1 Title' and 'KR1.1 text': a number label without a colon is not part of the title or the key result")
    func labelsWithoutColon() {
        let (file, _) = objectives("""
            # Objectives 2027 Q1

            ## O1 Same-day in Austin and Denver
            Owner: Lena

            - [ ] KR1.1 Same-day share ≥ 95% of orders in Austin
            - [ ] KR 1.2 Late deliveries < 2%

            ## S3 migration

            - [ ] KR 2 — all buckets moved
            """)
        #expect(file.objectives.map(\.title) == ["Same-day in Austin and Denver", "S3 migration"])
        #expect(file.objectives.first?.keyResults.map(\.text) == ["Same-day share ≥ 95% of orders in Austin", "Late deliveries < 2%"])
        #expect(file.objectives.last?.keyResults.map(\.text) == ["all buckets moved"])
    }

    @Test("'O1.' lines with 'KR 1.1' lines under them, pasted from a sheet into one paragraph: objectives and their key results")
    func codedLinesWithKeyResults() {
        let (file, _) = objectives("""
            # Q1 2027 Objectives

            O1. Enterprise readiness — second wave
              KR 1.1 SCIM provisioning GA
              KR 1.2 99.95% uptime SLA met (3/4 months)
            O2. Activation
              KR 2.1 Day-1 activation ≥ 50%
            """)
        #expect(file.objectives.map(\.title) == ["Enterprise readiness — second wave", "Activation"])
        #expect(file.objectives.map { $0.keyResults.map(\.text) } == [
            ["SCIM provisioning GA", "99.95% uptime SLA met (3/4 months)"], ["Day-1 activation ≥ 50%"],
        ])
        #expect(file.objectives.first?.keyResults.last?.progress == 0.75)
        #expect(file.objectives.first?.keyResults.last?.location.line == 5)
    }

    // MARK: Notion

    @Test("a Notion page's property lines under a priority are neither its summary nor its parts")
    func notionPriorityProperties() {
        let result = strategy("""
            # Strategy 2027

            ## Strategic priorities

            ### Grow self-serve revenue

            Owner: @Ana Ruiz
            Status: In progress

            > Most of our new revenue should come without a sales call.

            ### Reliable scheduling engine

            - Owner: @Marco
            - Status: Not started

            Zero double-bookings.
            """)
        #expect(result.strategy.priorities.map(\.title) == ["Grow self-serve revenue", "Reliable scheduling engine"])
        #expect(result.strategy.priorities.map(\.summary) == ["Most of our new revenue should come without a sales call.", "Zero double-bookings."])
    }
}
