import Foundation
import Testing
import BearingAlign
import BearingModel
import BearingParse
@testable import BearingSite

/// What a quarterly review needs from the site: work at risk with its owners first, results of ended quarters kept
/// apart from the current quarter's pace, a quarter to come shown as planned, objective ↔ roadmap links both ways,
/// the H3 strategy's summaries and signals, and figures that agree between cards and charts.
@Suite struct ReviewPageTests {
    static let strategy = """
    ---
    weights:
      platform: 60%
      people: 40%
    ---
    # Our strategy

    We are a small team serving many research communities; this page says where we put our effort.

    ## Our strategic priorities

    These two priorities guide every objective and roadmap item.

    ### Platform {#platform}

    > Run one shared platform for every community.

    - One deployment for every hub

    **We will know this is working when** most engineering time goes to improvements rather than toil.

    ### People {#people}

    > Grow our people's careers.

    **We will know this is working when** everyone has a growth plan they wrote themselves.

    """

    static let q3 = """
    # 2026-Q3

    ## Consolidate the clusters

    - Owner: Priya Natarajan
    - Status: done
    - Priorities: platform

    Move the hubs onto one shared platform deployment.

    - [x] 40/40 hubs migrated

    """

    static let q4 = """
    ---
    team: Platform
    ---
    # 2026-Q4

    ## Automate hub upgrades

    - Owner: Jonas Weber
    - Status: at-risk
    - Priorities: platform

    Upgrades of the shared platform without a maintenance window.

    - [ ] 5/40 hubs upgraded automatically

    ## Retire the old monitoring stack

    - Owner: Aiko Tanaka
    - Status: off-track
    - Priorities: platform

    Replace the platform's monitoring with the shared stack.

    - [ ] 1/10 dashboards moved

    ## Write growth plans

    - Team: People
    - Status: on-track
    - Priorities: people

    Every engineer writes a growth plan for their career.

    - [ ] 6/10 growth plans written

    """

    static let q1 = """
    # 2027-Q1

    ## Upgrade everything

    - Owner: Jonas Weber
    - Status: not-started
    - Priorities: platform

    Finish automated upgrades on the shared platform.

    - [x] Upgrade runbook retired

    """

    static let roadmap = """
    # Platform roadmap

    ## Now

    ### Upgrade controller

    - Owner: Jonas Weber
    - Status: at-risk
    - Priorities: platform
    - Objectives: Automate hub upgrades

    A controller that upgrades hubs one at a time on the shared platform.

    """

    static var files: [String: String] {
        ["strategy.md": strategy, "objectives/2026-Q3.md": q3, "objectives/2026-Q4.md": q4, "objectives/2027-Q1.md": q1,
         "roadmaps/platform.md": roadmap]
    }

    static func pages(changes: PlanChanges? = nil) throws -> (pages: [String: String], alignment: Alignment) {
        let (plan, alignment) = Site.memory(files)
        #expect(plan.errorCount == 0, "\(plan.diagnostics.map(\.message))")
        let rendered = try SiteBuilder().render(plan: plan, alignment: alignment, options: .init(changes: changes))
        return (Site.text(rendered), alignment)
    }

    @Test("the dashboard opens with off-track, then at-risk work and its owners, before the figures")
    func dashboardAttention() throws {
        let index = try #require(try Self.pages().pages["index.html"])
        let attention = try #require(index.range(of: "Needs attention"))
        let figures = try #require(index.range(of: "Key figures"))
        #expect(attention.upperBound < figures.lowerBound)
        let offTrack = try #require(index.range(of: "Retire the old monitoring stack"))
        let atRisk = try #require(index.range(of: "Automate hub upgrades"))
        let roadmapItem = try #require(index.range(of: "Upgrade controller"))
        #expect(offTrack.lowerBound < atRisk.lowerBound && atRisk.lowerBound < figures.lowerBound && roadmapItem.lowerBound < figures.lowerBound)
        #expect(index[attention.upperBound..<figures.lowerBound].contains("Aiko Tanaka"))
        #expect(index[attention.upperBound..<figures.lowerBound].contains("Jonas Weber"))
        #expect(!index[attention.upperBound..<figures.lowerBound].contains("Write growth plans"), "on-track work is not a risk")
    }

    @Test("the balance card and the chart beside it give the same figure, for the quarter they both say")
    func balanceAgrees() throws {
        for (index, source) in [(try #require(try Self.pages().pages["index.html"]), "memory"), (try Self.examplePage("index.html"), "example")] {
            let card = try #require(Self.match(#"<span class="kpi-value">([0-9.]+)</span> <span class="kpi-label">balance against weights"#, in: index), "\(source)")
            let caption = try #require(Self.match(#"<figcaption>Actual share[^<]*; balance ([0-9.]+)\.</figcaption>"#, in: index), "\(source)")
            #expect(card == caption, "\(source): card \(card), chart \(caption)")
        }
    }

    @Test("a quarter that has not started is planned: no grade, no pace, and the dashboard stays on the quarter holding today")
    func plannedQuarter() throws {
        let (pages, alignment) = try Self.pages()
        #expect(alignment.currentQuarter?.description == "2026-Q4")
        let planned = try #require(alignment.scope(.quarter, "2027-Q1"))
        #expect(planned.planned && planned.grade == nil && planned.pace == nil)
        #expect(alignment.scope(.quarter, "2026-Q4")?.planned == false)
        let page = try #require(pages["quarters/2027-Q1.html"])
        #expect(page.contains("planned") && !page.contains("key-result grade") && !page.contains("progress so far"))
        let index = try #require(pages["index.html"])
        #expect(index.contains("in 2026-Q4") && !index.contains("in 2027-Q1."))
        #expect(!index.contains(">2027-Q1<"), "no grade bar for a quarter that has not started")
    }

    @Test("with every quarter still to come, the first one stands for the present, not the last")
    func allQuartersAhead() {
        let quarters = [Quarter(year: 2027, number: 1)!, Quarter(year: 2027, number: 2)!]
        #expect(Aligner.currentQuarter(quarters, today: Site.today) == quarters[0])
        let mixed = [Quarter(year: 2026, number: 3)!, Quarter(year: 2027, number: 2)!]
        #expect(Aligner.currentQuarter(mixed, today: Site.today) == mixed[0], "an ended quarter stands in before one to come")
    }

    @Test("a quarter and the half around it both hold today: the quarter is the current one, whatever their order")
    func quarterBeforeItsHalf() throws {
        // FY2027-Q3 and FY2027-H2 (April years) both start in October 2026; a half sorts after its first quarter.
        let q3 = try #require(Quarter(year: 2027, number: 3, span: .quarter, fiscalStart: 4))
        let h2 = try #require(Quarter(year: 2027, number: 2, span: .half, fiscalStart: 4))
        let q2 = try #require(Quarter(year: 2027, number: 2, span: .quarter, fiscalStart: 4))
        let today = try #require(DateText.parse("2026-12-02"))
        #expect(Aligner.currentQuarter([q2, q3, h2].sorted(), today: today) == q3)
        #expect(Aligner.currentQuarter([q2, h2], today: today) == h2, "the half, when no quarter of it is planned")
    }

    @Test("a priority's grade is its ended quarters'; its current objectives show as progress with their flags")
    func priorityGradeApartFromPace() throws {
        let (pages, alignment) = try Self.pages()
        let metrics = try #require(alignment.priorities.first { $0.priority == "platform" })
        #expect(metrics.finishedGrade == 1.0)
        let now = try #require(metrics.currentGrade)
        #expect(abs(now - (5.0 / 40 + 0.1) / 2) < 1e-9)
        #expect(metrics.currentAtRisk == 2 && metrics.currentObjectives == 2)
        let page = try #require(pages["priorities/platform.html"])
        #expect(page.contains("grade of its objectives in ended quarters"))
        #expect(page.contains("2 of 2 objectives at-risk or off-track"))
        // The mean of all quarters (1.0, 0.125, 0.1 and the planned 1.0) is shown nowhere as the priority's grade.
        #expect(!page.contains(">0.56<"))
    }

    @Test("an objective's page lists the roadmap items that serve it")
    func objectiveListsRoadmapItems() throws {
        let pages = try Self.pages().pages
        let page = try #require(pages.first { $0.key.hasPrefix("objectives/2026-q4/automate") }?.value)
        let section = try #require(page.range(of: "Roadmap items serving it"))
        #expect(page[section.upperBound...].contains("roadmaps/platform.html#item-platform--upgrade-controller\">Upgrade controller</a>"))
        let other = try #require(pages.first { $0.key.hasPrefix("objectives/2026-q4/retire") }?.value)
        #expect(other.contains("<dt>Roadmap<dd>no item names it"))
        #expect(!other.contains("Roadmap items serving it"))
    }

    @Test("the strategy page of the H3 shape shows the introduction, each summary and each success signal")
    func strategyShape() throws {
        let page = try #require(try Self.pages().pages["strategy.html"])
        #expect(page.contains("We are a small team serving many research communities"))
        #expect(page.contains("These two priorities guide every objective and roadmap item."))
        #expect(page.contains("Run one shared platform for every community."))
        #expect(page.contains("Grow our people&#39;s careers."))
        #expect(page.contains("most engineering time goes to improvements rather than toil"))
        #expect(page.contains("everyone has a growth plan they wrote themselves"))
    }

    @Test("the review page: attention with owners, results apart from pace, by owner and by team, and no history said plainly")
    func reviewPage() throws {
        let page = try #require(try Self.pages().pages["review.html"])
        for heading in ["Needs attention", "What changed", "Results and pace", "By owner", "By team"] {
            #expect(page.contains(">\(heading)</h2>"), "\(heading)")
        }
        #expect(page.contains("this build has no history of the plan"))
        #expect(page.contains("<strong>2026-Q4</strong> so far"))
        #expect(page.contains(">2026-Q3</a><td class=\"n\">1<td class=\"n\"><span class=\"grade green\">1.00</span>"))
        #expect(page.contains("Planned, not started (no grade, no pace)"))
        for owner in ["Aiko Tanaka", "Jonas Weber", "No owner named"] { #expect(page.contains("<th scope=\"row\">\(owner)"), "\(owner)") }
        for team in ["Platform", "People", "No team named"] { #expect(page.contains("<th scope=\"row\">\(team)"), "\(team)") }
        // Jonas Weber's row: two items, the flagged ones first, counted.
        let jonas = try #require(page.range(of: "<th scope=\"row\">Jonas Weber"))
        let row = page[jonas.upperBound...].prefix { $0 != "\n" }
        #expect(row.contains("<td class=\"n\"><strong>2</strong>"))
        #expect(row.contains("Automate hub upgrades</a> <span class=\"status at-risk\">"))
    }

    @Test("a plan of hundreds of flagged items keeps the dashboard and review short: the first rows, then how many more")
    func longListsAreCapped() throws {
        var quarter = "# 2026-Q4\n\n"
        for number in 1...120 {
            quarter += "## Migrate hub \(number) to the shared platform\n\n- Owner: Jonas Weber\n- Team: Platform\n"
            quarter += "- Status: \(number % 2 == 0 ? "at-risk" : "on-track")\n- Priorities: platform\n\nMove hub \(number) onto the shared platform.\n\n"
        }
        var files = Self.files
        files["objectives/2026-Q4.md"] = quarter
        let (plan, alignment) = Site.memory(files)
        let rendered = try SiteBuilder().render(plan: plan, alignment: alignment, options: .init())
        let pages = Site.text(rendered)
        // 60 at-risk objectives and one at-risk roadmap item: 40 rows, then the rest counted.
        for name in ["index.html", "review.html"] {
            let page = try #require(pages[name])
            let attention = try #require(page.range(of: "<table class=\"items attention\">"))
            let table = page[attention.lowerBound...].prefix { _ in true }
            let end = try #require(table.range(of: "</table>"))
            #expect(table[..<end.lowerBound].components(separatedBy: "<tr><td>").count - 1 == SiteContent.attentionLimit, "\(name)")
            #expect(page.contains("…and 21 more at-risk or off-track"), "\(name)")
        }
        let review = try #require(pages["review.html"])
        let jonas = try #require(review.range(of: "<th scope=\"row\">Jonas Weber"))
        let row = review[jonas.upperBound...].prefix { $0 != "\n" }
        #expect(row.hasPrefix("<td class=\"n\">121<"), "\(row.prefix(80))")
        #expect(row.components(separatedBy: "<li><a ").count - 1 == SiteContent.groupLimit)
        #expect(row.contains("+\(121 - SiteContent.groupLimit) more"))
        // Flagged work comes first.
        #expect(!row.contains("Migrate hub 1 to"))
    }

    @Test("the attention list's overflow line names what it hides: behind-pace objectives too, not only flagged work")
    func overflowNamesWhatItHides() throws {
        // 45 at-risk objectives, then 15 on-track ones whose key result is at 10 % with more than half the quarter gone:
        // the list shows 40 rows, and what it hides is some of each.
        var quarter = "# 2026-Q4\n\n"
        for number in 1...60 {
            quarter += "## Migrate hub \(number) to the shared platform\n\n- Owner: Jonas Weber\n"
            quarter += "- Status: \(number <= 45 ? "at-risk" : "on-track")\n- Priorities: platform\n\n"
            quarter += "- [ ] Move 10 services, now 1\n\n"
        }
        var files = Self.files
        files["objectives/2026-Q4.md"] = quarter
        let (plan, alignment) = Site.memory(files)
        let rendered = try SiteBuilder().render(plan: plan, alignment: alignment, options: .init())
        let pages = Site.text(rendered)
        for name in ["index.html", "review.html"] {
            let page = try #require(pages[name])
            #expect(page.contains("more at-risk, off-track or behind pace: see"), "\(name)")
            #expect(!page.contains("more at-risk or off-track: see"), "\(name)")
        }
    }

    @Test("with the plan's history, the review page lists what changed, with dates and authors")
    func reviewPageWithHistory() throws {
        let (plan, alignment) = Site.memory(Self.files)
        let id = try #require(alignment.items.first { $0.title == "Automate hub upgrades" }).id
        let changes = PlanChanges(since: "the last review (2026-10-01)", changes: [
            .init(kind: .status, item: id, title: "Automate hub upgrades", from: "on-track", to: "at-risk",
                  date: DateText.parse("2026-11-02")!, author: "Jonas Weber"),
        ])
        let files = try SiteBuilder().render(plan: plan, alignment: alignment, options: .init(changes: changes))
        let page = String(decoding: try #require(files.first { $0.0 == "review.html" }).1, as: UTF8.self)
        #expect(page.contains("Since the last review (2026-10-01):"))
        #expect(page.contains("<td>status on-track → at-risk<td>2026-11-02<td>Jonas Weber"))
        #expect(!page.contains("no history of the plan"))
    }

    @Test("the heatmap is a table with a column per quarter, so a phone shows every quarter")
    func heatmapTable() throws {
        let index = try #require(try Self.pages().pages["index.html"])
        let heat = try #require(index.range(of: "<table class=\"heat\">"))
        let end = try #require(index.range(of: "</table>", range: heat.upperBound..<index.endIndex))
        let table = index[heat.upperBound..<end.lowerBound]
        for quarter in ["2026-Q3", "2026-Q4"] { #expect(table.contains("<th scope=\"col\">\(quarter)")) }
        #expect(table.contains("<th scope=\"col\">2027-Q1 <span class=\"muted\">planned</span>"))
        #expect(!index.contains("<svg viewBox=\"0 0 616"), "no fixed-width drawing")
    }

    @Test("the printable quarter report carries the charts, and its links stay inside the site")
    func reportCharts() throws {
        let pages = try Self.pages().pages
        let report = try #require(pages["reports/2026-Q4.html"])
        #expect(report.contains("id=\"chart-grades\"") && report.contains("id=\"chart-heatmap\"") && report.contains("id=\"chart-weights-2026-Q4\""))
        #expect(report.contains("href=\"../review.html\"") && !report.contains("docs/scoring.md"))
    }

    static func examplePage(_ path: String) throws -> String {
        let (plan, alignment) = Site.example()
        let files = try SiteBuilder().render(plan: plan, alignment: alignment, options: .init())
        return String(decoding: try #require(files.first { $0.0 == path }).1, as: UTF8.self)
    }

    static func match(_ pattern: String, in text: String) -> String? {
        guard let regex = try? NSRegularExpression(pattern: pattern),
              let found = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
              let range = Range(found.range(at: 1), in: text) else { return nil }
        return String(text[range])
    }
}
