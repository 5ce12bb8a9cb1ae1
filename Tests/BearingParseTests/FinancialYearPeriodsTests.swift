import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// A financial year written as its two calendar years ("Q3 2026/27", "H2 2026-27"), as UK and Australian public-sector
/// plans write it: a fiscal period, never the calendar quarter of its first year.
@Suite("Financial years written as two years: Q3 2026/27, 2026/27 Q3, H2 2026-27")
struct FinancialYearPeriodsTests {
    var april: WorkspaceConfig {
        var config = WorkspaceConfig()
        config.fiscalYearStart = 4
        return config
    }

    func parse(_ markdown: String, path: String, config: WorkspaceConfig) -> (ObjectivesFile, [Diagnostic]) {
        ObjectivesParser(config: config).parse(read(markdown, path: path))
    }

    @Test("every way of writing the pair reads as the fiscal period of the year it ends in", arguments: [
        ("Q3 2026/27", "FY2027-Q3"), ("Q3 2026-27", "FY2027-Q3"), ("Q3 2026–27", "FY2027-Q3"), ("2026/27 Q3", "FY2027-Q3"),
        ("FY 2026/27 Q3", "FY2027-Q3"), ("Q3 FY2026/27", "FY2027-Q3"), ("Q3 2026/2027", "FY2027-Q3"), ("FY26/27 Q3", "FY2027-Q3"),
        ("H2 2026/27", "FY2027-H2"), ("Data team – H2 2026/27 goals", "FY2027-H2"), ("H2-2026-27", "FY2027-H2"),
        ("Housing services: plan for Q1 2026/27", "FY2027-Q1"), ("Digital plan 2026/27", "FY2027"),
    ])
    func forms(text: String, expected: String) throws {
        let period = try #require(Quarter.find(in: text, fiscalStart: 4))
        #expect(period.description == expected)
        // Never the calendar quarter of the first year: "Q3 2026/27" was once read as 2026-Q3.
        #expect(Quarter.find(in: text) == nil)
        #expect(Quarter.fiscalMention(in: text) != nil)
    }

    @Test("with an April start, Q3 2026/27 is October–December 2026 and H2 October 2026–March 2027")
    func dates() throws {
        let q3 = try #require(Quarter.find(in: "Q3 2026/27", fiscalStart: 4))
        #expect(q3.start.year == 2026 && q3.start.month == 10)
        #expect(q3 == Quarter.find(in: "FY27-Q3", fiscalStart: 4))
        let h2 = try #require(Quarter.find(in: "H2 2026/27", fiscalStart: 4))
        #expect(h2.start.year == 2026 && h2.start.month == 10 && h2.span == .half)
        // July, as Australia starts its year: Q3 2026/27 is January–March 2027.
        #expect(Quarter.find(in: "Q3 2026/27", fiscalStart: 7)?.start.year == 2027)
        #expect(Quarter.find(in: "Q3 2026/27", fiscalStart: 7)?.start.month == 1)
        // A January year never spans two calendar years.
        #expect(Quarter.find(in: "Q3 2026/27", fiscalStart: 1) == nil)
    }

    @Test("counter-cases: dates, year ranges and non-consecutive years are no financial year", arguments: [
        "2026-12-01", "blog/2019/03/27/post", "2026/28 Q3", "Roadmap 2026-2027", "Budget FY24-25", "Q3 2026", "2025/2025",
        "version 2026.27", "ticket 12026-27",
    ])
    func counterCases(text: String) {
        #expect(Quarter.yearPair(in: text) == nil)
    }

    @Test("calendar periods read as before", arguments: [("Q3 2026", "2026-Q3"), ("2026-Q4", "2026-Q4"), ("H2 2025", "2025-H2")])
    func calendar(text: String, expected: String) {
        #expect(Quarter.find(in: text, fiscalStart: 4)?.description == expected)
    }

    @Test("a `Quarter` row under the title says Q3 2026/27: the file is FY2027-Q3, as its folder FY27-Q3 says")
    func quarterRow() throws {
        let (file, diagnostics) = parse("""
            # Housing services – Quarterly plan Q3 2026/27

            | | |
            |---|---|
            | **Team** | Housing services |
            | **Quarter** | Q3 2026/27 (October to December 2026) |

            ## Outcome 2: Rent account goes into private beta

            - **Owner:** Priya Shah
            - **RAG status:** Red
            - **Priorities:** Mission 1

            Tenants see their rent balance online.
            """, path: "objectives/FY27-Q3/housing-services.md", config: april)
        #expect(file.quarter?.description == "FY2027-Q3")
        #expect(file.objectives.first?.metadata.status == .offTrack)
        #expect(!diagnostics.contains { $0.code == .quarterMismatch || $0.code == .fiscalPeriod }, "\(diagnostics)")
    }

    @Test("titles 'Q1 2026/27' agree with FY27-Q1 folders; front matter `quarter: Q3 2026/27` reads the same")
    func titlesAndFrontMatter() throws {
        for title in ["Council tax and benefits — Q1 2026/27", "Housing services: plan for Q1 2026/27", "Waste and streets 2026/27 Q1"] {
            let (file, diagnostics) = parse("# \(title)\n\n## Direct debit set-up works first time\n\nStatus: Green\n\nFewer failed set-ups.\n",
                                            path: "objectives/FY27-Q1/team.md", config: april)
            #expect(file.quarter?.description == "FY2027-Q1")
            #expect(!diagnostics.contains { $0.code == .quarterMismatch }, "\(title): \(diagnostics)")
        }
        let (file, diagnostics) = parse("---\nquarter: Q3 2026/27\n---\n\n## Grow careers\n\nEvery engineer has a growth plan.\n", path: "objectives/platform.md", config: april)
        #expect(file.quarter?.description == "FY2027-Q3")
        #expect(diagnostics.isEmpty, "\(diagnostics)")
    }

    @Test("a half written 'H2 2026/27' in the name, the title and the introduction is FY2027-H2; its months agree")
    func half() throws {
        let (file, diagnostics) = parse("""
            # Data team – H2 2026/27 goals

            Our goals for H2 2026/27 (October 2026 to March 2027).

            ## Resident index live for Council tax, Housing and Waste

            One record per resident.
            """, path: "objectives/data/H2-2026-27.md", config: april)
        #expect(file.quarter?.description == "FY2027-H2")
        #expect(diagnostics.isEmpty, "\(diagnostics)")
    }

    @Test("months beside the period that are not its months are a warning at their line, naming the start they imply")
    func monthsDisagree() throws {
        let (file, diagnostics) = parse("""
            # Housing services

            | | |
            |---|---|
            | **Quarter** | Q3 2026/27 (January to March 2027) |

            ## Outcome
            """, path: "objectives/housing.md", config: april)
        #expect(file.quarter?.description == "FY2027-Q3")
        let warning = try #require(diagnostics.first { $0.code == .quarterMismatch })
        #expect(warning.location.line == 5)
        #expect(warning.message.contains("October–December 2026") && warning.message.contains("January–March 2027"))
        #expect(warning.fix?.contains("fiscal_year_start: July") == true)
        // A calendar quarter too: "Q3 2026" is July–September.
        let (_, calendar) = parse("# Plan for Q3 2026 (October to December 2026)\n\n## Outcome\n", path: "objectives/plan.md", config: WorkspaceConfig())
        #expect(calendar.contains { $0.code == .quarterMismatch && $0.location.line == 1 })
        // A span shorter than a quarter is some other date.
        let (_, pilot) = parse("# Q1 2027 goals, pilot in Feb–Mar 2027\n\n## Outcome\n", path: "objectives/plan.md", config: WorkspaceConfig())
        #expect(!pilot.contains { $0.code == .quarterMismatch })
    }

    @Test("without fiscal_year_start the pair is a fiscal-period warning that says which month to set, never a calendar quarter")
    func unconfigured() throws {
        let (file, diagnostics) = parse("""
            # Housing services

            | | |
            |---|---|
            | **Quarter** | Q3 2026/27 (October to December 2026) |

            ## Outcome
            """, path: "objectives/housing.md", config: WorkspaceConfig())
        #expect(file.quarter == nil)
        let warning = try #require(diagnostics.first { $0.code == .fiscalPeriod })
        #expect(warning.location.line == 5)
        #expect(warning.fix?.contains("fiscal_year_start: April") == true)
        #expect(!diagnostics.contains { $0.code == .noQuarter })
        #expect(diagnostics.filter { $0.code == .fiscalPeriod }.count == 1)
        // With no months beside it, the fix gives the usual starts.
        let (_, plain) = parse("# Housing services Q3 2026/27\n\n## Outcome\n", path: "objectives/housing.md", config: WorkspaceConfig())
        #expect(plain.first { $0.code == .fiscalPeriod }?.fix?.contains("April in the UK") == true, "\(plain)")
        // A January year is the calendar year: a pair cannot be one.
        var january = WorkspaceConfig()
        january.fiscalYearStart = 1
        let (_, calendarYear) = parse("# Housing services Q3 2026/27\n\n## Outcome\n", path: "objectives/housing.md", config: january)
        #expect(calendarYear.contains { $0.code == .fiscalPeriod }, "\(calendarYear)")
    }

    @Test("a period heading '## Q3 2026/27' sets its objectives' period")
    func periodHeading() throws {
        let (file, _) = parse("""
            # Housing services

            ## Q2 2026/27

            ### Repairs reporting moves to public beta

            ## Q3 2026/27

            ### Tenants can book a repair appointment online
            """, path: "objectives/housing.md", config: april)
        #expect(file.objectives.map(\.title) == ["Repairs reporting moves to public beta", "Tenants can book a repair appointment online"])
        #expect(file.objectives.map { $0.quarter?.description } == ["FY2027-Q2", "FY2027-Q3"])
    }

    @Test("fiscal quarters and a half order by their dates: Q1, Q2, Q3, then H2 (which starts with Q3)")
    func ordering() {
        let periods = ["H2 2026/27", "Q3 2026/27", "FY27-Q1", "Q2 2026/27"].compactMap { Quarter.find(in: $0, fiscalStart: 4) }
        #expect(periods.sorted().map(\.description) == ["FY2027-Q1", "FY2027-Q2", "FY2027-Q3", "FY2027-H2"])
    }
}
