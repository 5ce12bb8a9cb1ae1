import Foundation
import Testing
import BearingAlign
import BearingModel
import BearingParse
import BearingReport
@testable import BearingSite

/// A half-year (or year) running through the current quarter: its objectives are current work in every "current"
/// view, marked with their period; it is never an ended quarter while it runs, nor a point in a quarterly series.
@Suite struct RunningPeriodsTests {
    static let half = """
    ---
    team: Operations
    period: 2026-H2
    ---
    # Operations — H2 2026

    ## Second datacentre qualified

    - Owner: Lin Zhou
    - Status: 🔴 Red
    - Priorities: platform

    A second site for the shared platform, so one outage no longer takes every hub down.

    - [ ] 1/4 qualification audits passed

    ## Spare hardware stocked

    - Owner: Lin Zhou
    - Status: on-track
    - Priorities: platform

    Spares on the shelf for every platform node type.

    - [ ] 3/4 node types stocked

    """

    static func pages() throws -> (pages: [String: String], plan: Plan, alignment: Alignment) {
        var files = ReviewPageTests.files
        files["objectives/ops/2026-H2.md"] = half
        let (plan, alignment) = Site.memory(files)
        #expect(plan.errorCount == 0, "\(plan.diagnostics.map(\.message))")
        let rendered = try SiteBuilder().render(plan: plan, alignment: alignment, options: .init())
        return (Site.text(rendered), plan, alignment)
    }

    static func section(_ page: String, from start: String, to end: String) -> Substring {
        guard let a = page.range(of: start), let b = page.range(of: end, range: a.upperBound..<page.endIndex) else { return "" }
        return page[a.upperBound..<b.lowerBound]
    }

    @Test("a red half-year objective is in the dashboard's and the review's attention lists, marked with its period")
    func attention() throws {
        let (pages, _, alignment) = try Self.pages()
        #expect(alignment.currentQuarter?.description == "2026-Q4")
        for name in ["index.html", "review.html"] {
            let page = try #require(pages[name])
            let attention = Self.section(page, from: "Needs attention", to: "</table>")
            #expect(attention.contains("Second datacentre qualified"), "\(name)")
            #expect(attention.contains("(2026-H2)"), "\(name): the row says whose period it is")
            #expect(!attention.contains("Spare hardware stocked"), "\(name): on-track work is no risk")
        }
    }

    @Test("the review's By owner and By team hold the half-year's objectives")
    func reviewGroups() throws {
        let review = try #require(try Self.pages().pages["review.html"])
        #expect(review.contains("Lin Zhou"))
        #expect(review.contains(">Operations<") || review.contains("Operations</"))
    }

    @Test("the current quarter's page lists the half-year running through it")
    func quarterPage() throws {
        let (pages, _, _) = try Self.pages()
        let q4 = try #require(pages["quarters/2026-Q4.html"])
        #expect(q4.contains("Also under way: 2026-H2"))
        #expect(q4.contains("Second datacentre qualified") && q4.contains("Spare hardware stocked"))
        let q1 = try #require(pages["quarters/2027-Q1.html"])
        #expect(!q1.contains("Also under way"), "2026-H2 does not run through 2027-Q1")
    }

    @Test("a priority's progress so far counts the half-year's objectives with the quarter's")
    func priorityNow() throws {
        let (pages, _, alignment) = try Self.pages()
        let metrics = try #require(alignment.priorities.first { $0.priority == "platform" })
        #expect(metrics.currentObjectives == 4 && metrics.currentAtRisk == 3)
        #expect(try #require(pages["priorities/platform.html"]).contains("3 of 4 objectives at-risk or off-track"))
    }

    @Test("a half-year under way is not an ended quarter: the review shows its pace beside the quarter's")
    func notEnded() throws {
        let review = try #require(try Self.pages().pages["review.html"])
        let ended = Self.section(review, from: "Ended quarter", to: "</table>")
        #expect(ended.contains("2026-Q3"))
        #expect(!ended.contains("2026-H2"))
        #expect(review.contains("<strong>2026-H2</strong> so far"))
        #expect(review.contains("<strong>2026-Q4</strong> so far"))
    }

    @Test("quarterly series leave the half-year out: trends, grade bars and the update's comparison")
    func series() throws {
        let (pages, plan, alignment) = try Self.pages()
        let trend = try #require(alignment.priorities.first { $0.priority == "platform" }).trend
        #expect(trend.map(\.quarter) == ["2026-Q3", "2026-Q4", "2027-Q1"])
        let index = try #require(pages["index.html"])
        #expect(!Self.section(index, from: "Key-result grade by quarter", to: "</figure>").contains("2026-H2"))
        let update = MarkdownReport(alignment: alignment, plan: plan, quarter: nil).render()
        #expect(update.contains("What moved since 2026-Q3"))
        #expect(!update.contains("since 2026-H2"))
        #expect(update.contains("Second datacentre qualified") && update.contains("(2026-H2)"), "the update's risks hold it too")
    }

    @Test("the heatmap and the bars beside it say what each counts: roadmap items placed in the quarter, or not")
    func effortSplitsSayWhatTheyCount() throws {
        let index = try #require(try Self.pages().pages["index.html"])
        #expect(index.contains("(objectives, initiatives and roadmap items placed in the quarter)"))
        #expect(index.contains("per priority in 2026-Q4&#39;s objectives and initiatives") || index.contains("per priority in 2026-Q4's objectives and initiatives"))
    }

    @Test("of the periods holding today the quarter is current; with none, the latest ended quarter")
    func currentIsAQuarter() {
        let q3 = Quarter(year: 2026, number: 3)!, h2 = Quarter(year: 2026, number: 2, span: .half)!
        let year = Quarter(year: 2026, number: 1, span: .year)!
        let july = DateText.parse("2026-07-06")!
        #expect(Aligner.currentQuarter([q3, h2], today: july) == q3)
        #expect(Aligner.currentQuarter([year, h2, q3], today: july) == q3)
        #expect(Aligner.currentQuarter([h2], today: july) == h2, "a half-year alone stands for the present")
        let h1 = Quarter(year: 2026, number: 1, span: .half)!, q1 = Quarter(year: 2026, number: 1)!
        #expect(Aligner.currentQuarter([q1, h1], today: july) == q1, "the latest ended quarter, not the half-year ending after it")
        #expect(h2.spans(Quarter(year: 2026, number: 4)!) && year.spans(q3) && !h2.spans(q1) && !q3.spans(q3))
    }
}
