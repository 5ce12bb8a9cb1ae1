import BearingAlign
import BearingModel
import BearingParse
import BearingReport
import Foundation
import Testing

/// `bearing report --format markdown`: what a stakeholder reads outside the site.
@Suite struct StakeholderUpdateTests {
    static let strategy = """
    # Strategy

    ## Priorities

    1. **Platform.** Run one shared platform for every community. {#platform}
    2. **People.** Grow our people's careers. {#people}

    """

    static func objectives(_ quarter: String, status: String, done: Int) -> String {
        """
        # \(quarter)

        ## Platform work in \(quarter)

        - Owner: Priya Natarajan
        - Status: \(status)
        - Priorities: platform

        Move hubs onto the shared platform.

        - [ ] \(done)/10 hubs migrated

        """
    }

    static let roadmap = """
    # Platform roadmap

    ## Next

    ### Upgrade controller

    - Owner: Jonas Weber
    - Priorities: platform

    A controller that upgrades hubs on the shared platform.

    """

    /// Q2 and Q4 planned, Q3 missing; today is in Q4.
    static func report(links: ReportLinks? = nil, changes: PlanChanges? = nil) -> String {
        let plan = loadWorkspace(["strategy.md": strategy, "objectives/2026-Q2.md": objectives("2026-Q2", status: "done", done: 9),
                                  "objectives/2026-Q1.md": objectives("2026-Q1", status: "done", done: 5),
                                  "objectives/2026-Q4.md": objectives("2026-Q4", status: "off-track", done: 2), "roadmaps/platform.md": roadmap])
        return MarkdownReport(alignment: align(plan, today: "2026-11-24"), plan: plan, quarter: nil, links: links, changes: changes).render()
    }

    static let links = ReportLinks(base: "https://plan.example.org") { page in
        switch page {
        case .item(let item): "items/\(item.title.count).html"
        case .priority(let id): "priorities/\(id).html"
        case .quarter(let quarter): "quarters/\(quarter).html"
        case .review: "review.html"
        case .scoring: "scoring.html"
        }
    }

    @Test("risks come first, with owners; next steps list the Next lane")
    func risksAndNextSteps() throws {
        let text = Self.report()
        let risks = try #require(text.range(of: "## Risks"))
        let objectives = try #require(text.range(of: "## Objectives by priority"))
        #expect(risks.lowerBound < objectives.lowerBound)
        #expect(text[risks.upperBound...].hasPrefix("\n\n- **Platform work in 2026-Q4** — off-track, Priya Natarajan\n"))
        let next = try #require(text.range(of: "## Next steps"))
        #expect(text[next.upperBound...].contains("**Upgrade controller** — Next, roadmap Platform roadmap, Jonas Weber"))
    }

    @Test("an ended quarter's update lists its own risks, not today's, and tells movement over that quarter (trial 25b, F2)")
    func endedQuarter() throws {
        let plan = loadWorkspace(["strategy.md": Self.strategy, "objectives/2026-Q2.md": Self.objectives("2026-Q2", status: "done", done: 9),
                                  "objectives/2026-Q4.md": Self.objectives("2026-Q4", status: "on-track", done: 1),
                                  "roadmaps/platform.md": Self.roadmap.replacingOccurrences(of: "- Owner: Jonas Weber", with: "- Owner: Jonas Weber\n- Status: at-risk")])
        let alignment = align(plan, today: "2026-11-24")
        let text = MarkdownReport(alignment: alignment, plan: plan, quarter: Quarter(year: 2026, number: 2)).render()
        #expect(!text.contains("Platform work in 2026-Q4** — behind pace"))
        #expect(!text.contains("Upgrade controller** — at-risk"))
        #expect(text.contains("## Risks\n\nNothing is marked at-risk or off-track."))
        #expect(text.contains(" 1 objective; "))
        // The quarter under way still lists the roadmap's risks, as the roadmaps are today.
        let current = MarkdownReport(alignment: alignment, plan: plan, quarter: Quarter(year: 2026, number: 4)).render()
        #expect(current.contains("Platform work in 2026-Q4** — behind pace") && current.contains("Upgrade controller** — at-risk"))
        let review = try #require(LastReview(alignment: alignment, quarter: Quarter(year: 2026, number: 2)))
        #expect(review.label == "the start of 2026-Q2 (2026-04-01)")
        #expect(review.until == Quarter(year: 2026, number: 3)?.dateInterval.start)
        #expect(LastReview(alignment: alignment)?.label == "the start of 2026-Q4 (2026-10-01)")
    }

    @Test("the current quarter is a pace; grades compare ended quarters; a missing quarter is named")
    func gradesApartFromPace() {
        let text = Self.report()
        #expect(text.contains("Key-result progress so far **0.20**, 59% of the quarter gone · behind."))
        #expect(!text.contains("Key results grade **0.20**"))
        #expect(text.contains("## What moved since 2026-Q2 (the plan has no objectives for 2026-Q3)"))
        #expect(text.contains("- Grade of ended quarters: 2026-Q1 0.50 → 2026-Q2 0.90."))
        #expect(!text.contains("0.90 → 0.20"), "a finished quarter's grade is never compared with the current one's progress")
    }

    @Test("links go to the site's pages when its address is known, and never to docs/scoring.md")
    func links() {
        let plain = Self.report()
        #expect(!plain.contains("docs/scoring.md") && !plain.contains("](http"))
        let linked = Self.report(links: Self.links)
        #expect(!linked.contains("docs/scoring.md"))
        #expect(linked.contains("[The quarter on the site](https://plan.example.org/quarters/2026-Q4.html)"))
        #expect(linked.contains("### [1. Platform](https://plan.example.org/priorities/platform.html)"))
        #expect(linked.contains("[The quarterly review](https://plan.example.org/review.html)"))
        #expect(linked.contains("[how scores are computed](https://plan.example.org/scoring.html)"))
        #expect(ReportLinks.publishedAddress("/") == nil && ReportLinks.publishedAddress("https://x.org/") == "https://x.org/")
    }

    @Test("key-result movement since the last update comes from the plan's history, and its absence is said")
    func movement() {
        #expect(Self.report().contains("_Not shown: this update was made without the plan's history, so it cannot tell how key results moved._"))
        let changes = PlanChanges(since: "the last update (2026-11-01)", changes: [
            .init(kind: .progress, item: "x", title: "2/10 hubs migrated", from: "0.10", to: "0.20", date: DateText.parse("2026-11-20")!, author: "Priya Natarajan"),
        ])
        let text = Self.report(changes: changes)
        #expect(text.contains("## Key results since the last update (2026-11-01)\n\n- **2/10 hubs migrated**: 0.10 → 0.20 (2026-11-20, Priya Natarajan)"))
    }

    @Test("a quarter with hundreds of risks lists the first ones, then says how many more and where they are")
    func longRiskListIsCapped() throws {
        var quarter = "# 2026-Q4\n\n"
        for number in 1...60 {
            quarter += "## Migrate hub \(number)\n\n- Owner: Priya Natarajan\n- Status: \(number <= 10 ? "off-track" : "at-risk")\n"
            quarter += "- Priorities: platform\n\nMove hub \(number) onto the shared platform.\n\n"
        }
        let plan = loadWorkspace(["strategy.md": Self.strategy, "objectives/2026-Q4.md": quarter])
        let text = MarkdownReport(alignment: align(plan, today: "2026-11-24"), plan: plan, quarter: nil, links: Self.links).render()
        let risks = try #require(text.range(of: "## Risks"))
        let section = text[risks.upperBound...].prefix { $0 != "#" }
        #expect(section.components(separatedBy: "\n- ").count - 1 == MarkdownReport.listLimit)
        #expect(section.contains("…and 35 more (10 off-track and 50 at-risk in all): see [the 2026-Q4 page](https://plan.example.org/quarters/2026-Q4.html)"))
        // Off-track first.
        #expect(section.contains("Migrate hub 10") && !section.contains("Migrate hub 60"), "\(section.prefix(400))")
        let plain = MarkdownReport(alignment: align(plan, today: "2026-11-24"), plan: plan, quarter: nil).render()
        #expect(plain.contains("`bearing report --quarter 2026-Q4` lists every objective with its status."))
    }

    @Test("a plan of roadmaps only gets an update over its roadmap items, not one line (trial 22, F16)")
    func roadmapsOnly() throws {
        let roadmap = "# Release roadmap\n\n## Now\n\n### Sign release artifacts\n\n- Status: at risk\n- Priorities: platform\n\n"
            + "### Mentor our people and grow their careers\n\n- Priorities: people\n\n## Next\n\n"
            + "### Move hub builds onto the shared platform\n\n- Owner: Jonas Weber\n"
        let plan = loadWorkspace(["strategy.md": Self.strategy, "roadmaps/release.md": roadmap])
        let text = MarkdownReport(alignment: align(plan, today: "2026-11-24"), plan: plan, quarter: nil).render()
        #expect(text.hasPrefix("# Strategy: roadmap update\n\n3 roadmap items in 1 roadmap, no quarterly objectives; 2 of 2 priorities have work"), "\(text)")
        #expect(text.contains("Alignment index **"))
        #expect(text.contains("## Risks\n\n- **Sign release artifacts** — at-risk"), "\(text)")
        let work = try #require(text.range(of: "## Work by priority"))
        #expect(text[work.upperBound...].contains("### 2. People\n\n- **Mentor our people and grow their careers**"), "\(text)")
        #expect(text.contains("## Next steps\n\n- **Move hub builds onto the shared platform** — Next, roadmap Release roadmap, Jonas Weber"), "\(text)")
        #expect(!text.contains("No quarterly objectives yet"))
        let empty = loadWorkspace(["strategy.md": Self.strategy])
        #expect(MarkdownReport(alignment: align(empty), plan: empty, quarter: nil).render().contains("Nothing planned yet"))
    }
}
