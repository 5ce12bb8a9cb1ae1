import BearingAlign
import BearingModel
import BearingParse
@testable import BearingSite
import Testing

/// A plan of targets with no figures yet (moja global's "Targets for end of 2019": 33 key results, none with a current
/// value) has no grade; its dashboard said "No key results yet", as if Bearing had missed them.
@Suite struct GradeWithoutProgressTests {
    static let strategy = "# Strategy\n\n## Priorities\n\n1. **Funding.** Secure the money to keep going. {#funding}\n"

    static func pages(_ files: [String: String]) throws -> [String: String] {
        try Site.pages(files)
    }

    @Test("key results that state no progress leave no grade, and the dashboard says why instead of 'No key results yet'")
    func keyResultsWithoutProgress() throws {
        let objectives = "## Targets for end of 2019\n\n### Financial Resources\n* Sign two funding agreements\n* Submit a proposal to one more donor\n"
        let pages = try Self.pages(["strategy.md": Self.strategy, "objectives/2019.md": objectives])
        let index = try #require(pages["index.html"])
        #expect(!index.contains("No key results yet."))
        #expect(index.contains("No grade yet: none of the 2 key results states its progress"), "\(index)")
    }

    @Test("objectives with no key results at all still say 'No key results yet' (counter-case)")
    func noKeyResults() throws {
        let objectives = "---\nperiod: 2019\n---\n# 2019\n\n## Secure funding\n\nSign agreements with two donors.\n"
        let pages = try Self.pages(["strategy.md": Self.strategy, "objectives/2019.md": objectives])
        let index = try #require(pages["index.html"])
        #expect(index.contains("No key results yet."))
    }

    /// OpenSSF's Alpha-Omega report: 11 key results with a status column, two of them read as figures (Completed,
    /// Not Started). The grade stands, uncoloured; the chart's caption said "2024-Q4 0.50 ()".
    @Test("a grade drawn mostly from unmeasured key results says why it has no band, never an empty '()'")
    func gradeWithoutBand() throws {
        let objectives = """
            # 2023 Q1 Alpha-Omega

            |Key Result|Status|
            |-|-|
            |**O1: Fund security work in critical open source organizations**||
            |KR 1.1: Fund security improvements for at least ten critical organizations.|On target|
            |KR 1.2: For each engagement, confirm progress toward improved security outcomes.|Completed|
            |KR 1.3: Obtain security funding from at least one other organization.|On target|
            |KR 1.4: Organize quarterly roundtables for at least 5 major ecosystems.|On target|

            """
        let pages = try Self.pages(["strategy.md": Self.strategy, "objectives/2023-Q1.md": objectives])
        let index = try #require(pages["index.html"])
        #expect(!index.contains("()"), "\(index)")
        #expect(index.contains("2023-Q1 1.00 (no band: only 1 of 4 key results measured)"), "\(index)")
    }

    /// The same report's second objective: "Not Started" beside two "On target" key results averaged to a red 0.00 on
    /// the quarter page, though the report says all is on track but that one key result.
    @Test("an objective graded on fewer than half of its key results is not coloured by a band")
    func objectiveMostlyUnmeasured() throws {
        let objectives = """
            # 2023 Q1

            |Key Result|Status|
            |-|-|
            |**O2: The top open source projects are free of critical vulnerabilities**||
            |KR 2.1: Drive adoption of key security processes by 500 critical projects.|Not Started|
            |KR 2.2: Scan and triage 2,000 projects.|On target|
            |KR 2.3: Publish attestations for every scanned package.|On target|
            |**O4: Run an efficient program**||
            |KR 4.1: Receive at least $5 million in renewed funding.|Completed|
            |KR 4.2: Meet 70% of each agreement's objectives.|Not Started|

            """
        let pages = try Self.pages(["strategy.md": Self.strategy, "objectives/2023-Q1.md": objectives])
        let quarter = try #require(pages["quarters/2023-Q1.html"])
        let rows = quarter.components(separatedBy: "<tr>")
        let mostlyUnmeasured = try #require(rows.first { $0.contains("free of critical vulnerabilities") })
        #expect(mostlyUnmeasured.contains("0.00 <small>1 of 3 key results measured</small>"), "\(mostlyUnmeasured)")
        #expect(!mostlyUnmeasured.contains("class=\"n red"), "\(mostlyUnmeasured)")
        // Every key result measured (counter-case): 0.50, its band stands.
        let measured = try #require(rows.first { $0.contains("Run an efficient program") })
        #expect(measured.contains("n yellow\">0.50<"), "\(measured)")
    }

    /// The review's tables of ended quarters and of priorities showed "0.50" — the priority's in yellow — over 2 of 11
    /// key results, with nothing to say the grade rested on so few.
    @Test("the review's ended quarters and priorities say how many key results their grade rests on, uncoloured when few")
    func reviewSaysCoverage() throws {
        let objectives = """
            # 2023 Q1

            |Key Result|Status|
            |-|-|
            |**O1: Fund security work in critical organizations**||
            |KR 1.1: Fund security improvements for at least ten critical organizations.|On target|
            |KR 1.2: Confirm progress toward improved security outcomes.|Completed|
            |KR 1.3: Obtain security funding from at least one other organization.|On target|
            |KR 1.4: Organize quarterly roundtables for at least 5 major ecosystems.|On target|

            """
        let pages = try Self.pages(["strategy.md": Self.strategy, "objectives/2023-Q1.md": objectives])
        let review = try #require(pages["review.html"])
        let ended = try #require(review.components(separatedBy: "<tr>").first { $0.contains(">2023-Q1</a>") })
        #expect(ended.contains("1.00</span> <small>1 of 4 key results measured</small>"), "\(ended)")
        let priority = try #require(review.components(separatedBy: "<tr>").first { $0.contains("1 Funding</a>") })
        #expect(priority.contains("<span class=\"grade \">1.00</span> <small>1 of 4 key results measured</small>"), "\(priority)")
        let page = try #require(pages["priorities/funding.html"])
        #expect(page.contains("<li class=\"kpi \"><span class=\"kpi-value\">1.00</span>"), "\(page)")
        #expect(page.contains("<span class=\"kpi-note\">1 of 4 key results measured</span>"))
    }

    /// The review of the band rule: an objective marked done whose two key results state nothing counts 1 by its
    /// status; its row turned grey, with no "0/2 KRs" to say why.
    @Test("a done objective whose key results state no progress keeps its band (counter-case)")
    func doneWithoutMeasures() throws {
        let objectives = """
            # 2023 Q1

            ## Ship the partner portal

            Status: done

            - KR 1: Partners sign in with their own accounts (on track)
            - KR 2: Orders placed through the portal (on track)

            """
        let pages = try Self.pages(["strategy.md": Self.strategy, "objectives/2023-Q1.md": objectives])
        let quarter = try #require(pages["quarters/2023-Q1.html"])
        let row = try #require(quarter.components(separatedBy: "<tr>").first { $0.contains("Ship the partner portal") })
        #expect(row.contains("n green\">1.00<"), "\(row)")
    }
}
