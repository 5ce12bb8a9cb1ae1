import BearingModel
@testable import BearingParse
import Testing

/// Session 35's leftovers, each in the shape of the file it was found in (PostHog's team pages, Kata's ROADMAP.md) or the
/// shape a trial wrote down.
struct Leftovers36Tests: TrialWorkspace {
    let strategy = "## Our priorities\n\n### Grow revenue\n\nCustomers pay more.\n\n### Reliability\n\nThe service stays up.\n"

    private func keyResults(_ file: String, path: String = "objectives/2026-Q4.md") -> [KeyResult] {
        load([path: file]).objectiveFiles.flatMap(\.objectives).flatMap(\.keyResults)
    }

    @Test("`Current Status: On track, 35 customers` gives the status and the figure, nested or under a key-result heading")
    func statusWordsThenFigure() throws {
        let plan = load(["objectives/2026-Q4.md": """
            ## Grow the customer base

            ### KR1: Reach 50 paying customers

            Current Status: On track, 35 customers

            ### KR2: Cut churn to 2%

            - Baseline: 5%
            - Current Status: At risk; 4%

            ## Grow usage

            - [ ] Reach 400 weekly active teams
              - Target: 400
              - Baseline: 200
              - Current Status: 300 teams — on track
            """])
        let results = plan.objectiveFiles.flatMap(\.objectives).flatMap(\.keyResults)
        #expect(results.map(\.status) == [.onTrack, .atRisk, .onTrack])
        #expect(results.map { $0.figures?.current } == ["35 customers", "4%", "300 teams"])
        #expect(results.map(\.progress) == [0.7, 1.0 / 3.0, 0.5])
        #expect(!plan.codes.contains(.progressUnread), "\(plan.diagnostics)")
    }

    @Test("`Current Status: On track` alone is still only the status, and `Current Status: 35` only the figure")
    func statusOrFigureAlone() throws {
        let results = keyResults("""
            ## Grow the customer base

            ### KR1: Reach 50 paying customers

            Current Status: On track

            ### KR2: Reach 60 paying customers

            Current Status: 30
            """)
        #expect(results.map(\.status) == [.onTrack, nil])
        #expect(results.map { $0.figures?.current } == [nil, "30"])
    }

    @Test("MDX tags blanked inside a key result's words leave one space, not a run of them")
    func mdxTagsInKeyResults() throws {
        let results = keyResults("""
            ## Improve pricing pages

            - [ ] Pair with <TeamMember name="Lin Chen" /> on pricing pages
            - Review <TeamMember name="Ana" /> and <TeamMember name="Bo" /> drafts, 2 of 4
            """, path: "objectives/2026-Q4.mdx")
        #expect(results.map(\.text) == ["Pair with Lin Chen on pricing pages", "Review Ana and Bo drafts, 2 of 4"])
        #expect(results.last?.progress == 0.5)
    }

    @Test("`| Committed | Stretch |` reads the committed figure as the target and keeps the stretch figure")
    func committedAndStretchColumns() throws {
        let plan = load(["objectives/2026-Q4.md": """
            ## Grow revenue from existing customers

            | Key result | Committed | Stretch | Current |
            |---|---|---|---|
            | Net revenue retention | 110% | 120% | 104% |
            | Expansion deals closed | 12 | 20 | 6 |
            """])
        let results = plan.objectiveFiles.flatMap(\.objectives).flatMap(\.keyResults)
        #expect(results.map { $0.figures?.target } == ["110%", "12"])
        #expect(results.map { $0.figures?.stretch } == ["120%", "20"])
        #expect(results.last?.progress == 0.5)
        #expect(!plan.codes.contains(.progressUnread), "\(plan.diagnostics)")
    }

    @Test("`Target (stretch)`, a `Stretch:` line and a Stretch column of marks: the stretch figure where one is written")
    func stretchElsewhere() throws {
        let results = keyResults("""
            ## Faster dashboards

            | Key result | Target (committed) | Target (stretch) | Current |
            |---|---|---|---|
            | Weekly active viewers | 400 | 600 | 300 |

            ## Uptime

            | Key result | Target | Stretch | Current |
            |---|---|---|---|
            | Checkout uptime | 99.9% | ✓ | 99.8% |

            ## Grow usage

            - [ ] Reach 400 weekly active teams
              - Baseline: 200
              - Target: 400
              - Stretch: 500
              - Current: 300
            """)
        #expect(results.map { $0.figures?.stretch } == ["600", nil, "500"])
        #expect(results.map { $0.figures?.target } == ["400", "99.9%", "400"])
    }

    @Test("`| Committed | Current |` without a stretch column: Committed is not taken for a target")
    func committedAlone() throws {
        let results = keyResults("""
            ## Grow revenue

            | Key result | Committed | Owner |
            |---|---|---|
            | Net revenue retention 110% | Yes | Ana |
            """)
        #expect(results.map { $0.figures?.target } == [nil])
    }

    @Test("a monthly series in a key result's words or its Current cell stands at its latest entry")
    func monthlySeries() throws {
        let plan = load(["objectives/2026-Q4.md": """
            ## Grow signups

            - [ ] Signups to 500 (Jan: 200, Feb: 300)
            - [ ] 99.9% uptime (Jan: 99.95%, Feb: 99.7%)

            ## Signups by month

            | Key result | Target | Current |
            |---|---|---|
            | Signups | 500 | Jan: 200, Feb: 300, Mar: 400 |
            """])
        let results = plan.objectiveFiles.flatMap(\.objectives).flatMap(\.keyResults)
        #expect(results.map(\.progress) == [0.6, nil, 0.8])
        #expect(results.last?.figures?.current == "Jan: 200, Feb: 300, Mar: 400")
        // The uptime is a level under its target with no start: said, with the latest month named.
        #expect(plan.diagnostics.filter { $0.code == .progressUnread }.map(\.location.line) == [4], "\(plan.diagnostics)")
    }

    @Test("`Release on Mar: 3` or one month's figure is no series")
    func notSeries() throws {
        #expect(MonthlySeries.latest(in: "Ship in Mar: 3 teams") == nil)
        #expect(MonthlySeries.latest(in: "Jan: 200 signups, then a pause, Feb: 300")?.figure == nil)
        #expect(MonthlySeries.asLatest("Jan: 200, Feb: 300") == "300")
    }

    @Test("PostHog customer-success: `## Q2 2026 Goals` over two goals, then each person's `### …` objective")
    func goalsListAboveHeadings() throws {
        let plan = load(["objectives/customer-success.mdx": """
            ## Q2 2026 Goals

            - Hit CSM Net Revenue Retention (NRR) of 120% (CSMs)
            - Hit and track all team revenue goals (Dana)

            ### AI tooling <TeamMember name="Ben Smith" photo />

            **We'll know we're successful when**:

            ### Account auditing deep dive <TeamMember name="Steven Truong" photo />

            **We'll know we're successful when**:
            """])
        let objectives = plan.objectiveFiles.flatMap(\.objectives)
        #expect(objectives.count == 4, "\(objectives.map(\.title))")
        #expect(objectives.first?.title.hasPrefix("Hit CSM Net Revenue Retention") == true)
        #expect(objectives.suffix(2).map(\.title) == ["AI tooling", "Account auditing deep dive"])
        #expect(objectives.allSatisfy { $0.quarter?.description == "2026-Q2" })
    }

    @Test("`## Q3 2025 Objectives` over a contents list of links to its headings: the headings are the objectives")
    func contentsListAboveHeadings() throws {
        let plan = load(["objectives/2025-Q3.md": """
            ## Q3 2025 Objectives

            - [Faster builds](#faster-builds)
            - [Fewer pages](#fewer-pages)

            ### Faster builds

            Builds finish in five minutes.

            ### Fewer pages

            Nobody is paged at night.
            """])
        #expect(plan.objectiveFiles.flatMap(\.objectives).map(\.title) == ["Faster builds", "Fewer pages"])
    }
}
