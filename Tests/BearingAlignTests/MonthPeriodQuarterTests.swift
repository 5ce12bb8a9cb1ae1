import BearingModel
import Testing
@testable import BearingAlign

/// A roadmap item planned for a month (an End column's `Jul 2027`, `Due: March 2027`, `Due: 2027-08`) counts in the
/// quarter holding that month, wherever quarters are counted; a text naming no one month counts in none.
@Suite struct MonthPeriodQuarterTests {
    static let roadmap = """
        # Lab roadmap

        ## Plan

        | Item | Owner | Start | End |
        |---|---|---|---|
        | Build the sequencing pipeline | Sam Kaur | Jan 2027 | Jul 2027 |
        | Archive the 2019 samples | Sam Kaur | Feb 2027 | March 2027 |

        ## Later

        ### Publish the dataset
        Due: March 2027

        ### Hire a postdoc
        Due: 2027-08
        """

    @Test("End column 'Jul 2027' is 2027-Q3, 'Due: March 2027' 2027-Q1, 'Due: 2027-08' 2027-Q3 (not the whole of 2027)")
    func monthsInQuarters() {
        let alignment = align(plan(["strategy.md": smallStrategy, "roadmaps/lab.md": Self.roadmap]), today: "2027-02-15")
        let quarters = alignment.items.filter { $0.kind == .roadmapItem }.map { "\($0.title): \($0.quarter?.description ?? "none")" }
        #expect(quarters == ["Build the sequencing pipeline: 2027-Q3", "Archive the 2019 samples: 2027-Q1",
                             "Publish the dataset: 2027-Q1", "Hire a postdoc: 2027-Q3"])
    }

    @Test("a roadmap item due in a month of the current quarter is counted in that quarter's scores beside its objectives")
    func countedInTheQuarter() throws {
        let objectives = "## Grow memberships\n- Priorities: memberships\n- [ ] 1/5 signed\n"
        let alignment = align(plan(["strategy.md": smallStrategy, "objectives/2027-Q1.md": objectives, "roadmaps/lab.md": Self.roadmap]),
                              today: "2027-02-15")
        let trend = try #require(alignment.priorities.first?.trend)
        #expect(trend.map(\.quarter).contains("2027-Q1"))
        let inQ1 = alignment.items.filter { $0.quarter?.description == "2027-Q1" }.map(\.title)
        #expect(inQ1 == ["Grow memberships", "Archive the 2019 samples", "Publish the dataset"])
    }

    @Test("Quarter.holding reads one month of one year, and nothing else as a month")
    func holding() {
        let read = { (text: String) in Quarter.holding(text)?.description }
        #expect(read("Jul 2027") == "2027-Q3")
        #expect(read("March, 2027") == "2027-Q1")
        #expect(read("Sept 2026") == "2026-Q3")
        #expect(read("2027-08") == "2027-Q3")
        #expect(read("Dec 2027") == "2027-Q4")
        #expect(read("Q2 2027") == "2027-Q2", "a quarter is read as before")
        #expect(read("March") == nil, "no year")
        #expect(read("Jan 2027 – Feb 2028") == nil, "two years")
        #expect(read("Jan – Feb 2027") == nil, "two months are no one month")
        #expect(read("Marching band 2027") == nil, "a word that starts like a month")
        #expect(read("2027-08-15") == nil, "a day is WrittenDate's")
        #expect(read("2027") == nil)
    }
}
