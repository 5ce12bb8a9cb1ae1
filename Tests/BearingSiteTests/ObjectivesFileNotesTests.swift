import Foundation
import BearingAlign
import BearingModel
import BearingParse
@testable import BearingSite
import Testing

/// OpenSSF's quarterly reports open with an "## Overview", hold their OKRs in one table, then say "### Purpose",
/// "### Current Status" and "### Up Next": asides, not objectives, and until now on no page of the site at all — a
/// roadmap's such sections were shown as notes, an objectives file's were lost.
@Suite("An objectives file's asides are shown on its quarter page")
struct ObjectivesFileNotesTests {
    static let strategy = "# Strategy\n\n## Priorities\n\n1. **Security.** Make open source software secure. {#security}\n"

    static let report = """
        # 2024 Q4 Alpha-Omega

        ## Overview

        The fund continues its mission to catalyze sustainable security improvements.

        ### Recent Updates

        We held a roundtable for partners at the Open Source Summit.

        ## Objectives & Key Results

        |Key Result|Status|
        |-|-|
        |**O1: Catalyze secure software for the major ecosystems**||
        |KR 1.1: Fund security improvements for ten critical organizations.|On target|

        ### Purpose

        To catalyze sustainable security improvements to critical projects.

        ### Up Next

        We continue to hold monthly public meetings.

        ## Archive

        Old notes nobody reads.

        """

    static func pages(_ files: [String: String]) throws -> [String: String] {
        try Site.pages(files)
    }

    /// PostHog's customer-success objectives: the team's goals listed under the period heading, then each person's
    /// objective as an H3. The list was on no page.
    @Test("a period heading's own text above its objective headings is a note, shown on the quarter page; its fields are not; a list under a period's goals heading is goals")
    func periodTextAboveHeadings() throws {
        let file = """
            ## Q2 2026 Goals

            - Hit CSM Net Revenue Retention (NRR) of 120% (CSMs)
            - Hit and track all team revenue goals (Dana)

            ### AI tooling <TeamMember name="Ben Smith" photo />

            Build internal AI tools for the team.

            ## Platform team

            Owner: Dana Lee

            The platform team keeps the lights on.

            ### Faster builds

            Cut CI time.
            """
        let (plan, _) = Site.memory(["strategy.md": Self.strategy, "objectives/customer-success.mdx": file])
        let parsed = try #require(plan.objectiveFiles.first)
        // Session 36: "## Q2 2026 Goals" names the period's goals, so its list is two of them, beside the headings.
        #expect(parsed.objectives.map(\.title) == ["Hit CSM Net Revenue Retention (NRR) of 120% (CSMs)", "Hit and track all team revenue goals (Dana)",
                                                   "AI tooling", "Faster builds"], "\(parsed.objectives.map(\.title))")
        let noted = parsed.notes.map(\.line)
        #expect(noted == [10, 14], "\(noted)")
        let page = try #require(try Self.pages(["strategy.md": Self.strategy, "objectives/customer-success.mdx": file])["quarters/2026-Q2.html"])
        #expect(page.contains("Net Revenue Retention"))
        #expect(page.contains("keeps the lights on"))
    }

    /// Sourcegraph's quarterly OKRs: each team's H2 holds its objectives as a numbered list of bold titles over "- KR:"
    /// bullets, and some teams open with a paragraph of their own ("**WHY:** Our teammates are our greatest asset…", a
    /// link to the planning one-pager). The list items are the objectives; that text was on no page.
    @Test("a team heading's text beside its list of objectives is a note; the objectives' own text is not")
    func teamTextBesideListedObjectives() throws {
        let file = """
            # Q3 2026 OKRs

            > These OKRs are for Q3 2026.

            ## Company

            1. **Bring code search to the largest enterprises**

                **WHY:** It needs more priority than it has gotten in the past.

               - KR: Land 5 Large Enterprise Logos

            ## Talent

            **WHY:** Our teammates are our greatest asset.

            1. **Enhance recruitment branding efforts to attract talent globally.**

                **WHY:** We can't achieve our company goals without hiring great people.

               - KR: Publish 2 articles focused on talent/culture.
            1. **Execute on hiring plans that are responsive to teams' needs.**
               - KR: Final Q3 hiring is 85%+ of the plan.

            Hiring numbers are reviewed monthly with finance.

            ## Product/Engineering

            [Q3 one-pager](https://example.com/one-pager) has the full context of our planning.

            1. **Happy, effective, async team**
               - KR: Each team has documented KPIs in the handbook.
            """
        let (plan, _) = Site.memory(["strategy.md": Self.strategy, "objectives/2026-Q3.md": file])
        let parsed = try #require(plan.objectiveFiles.first)
        #expect(parsed.objectives.map(\.title) == ["Bring code search to the largest enterprises",
                                                   "Enhance recruitment branding efforts to attract talent globally",
                                                   "Execute on hiring plans that are responsive to teams' needs", "Happy, effective, async team"])
        let lines = file.components(separatedBy: "\n")
        func line(_ text: String) -> Int { (lines.firstIndex { $0.contains(text) } ?? -1) + 1 }
        let noted = { (number: Int) in parsed.notes.contains { $0.line <= number && number <= $0.endLine } }
        for expected in ["## Talent", "greatest asset", "reviewed monthly", "## Product/Engineering", "one-pager"] {
            #expect(noted(line(expected)), "\(expected)")
        }
        // The objectives' own text stays theirs, and a team that says nothing beside its objectives has no note.
        for unexpected in ["## Company", "more priority", "hiring great people", "Publish 2 articles"] {
            #expect(!noted(line(unexpected)), "\(unexpected)")
        }
        let page = try #require(try Self.pages(["strategy.md": Self.strategy, "objectives/2026-Q3.md": file])["quarters/2026-Q3.html"])
        #expect(page.contains("greatest asset"))
        #expect(page.contains("https://example.com/one-pager"))
    }

    @Test("the asides are the file's notes, headings included, and none of them is an objective")
    func parsedAsNotes() throws {
        let (plan, _) = Site.memory(["strategy.md": Self.strategy, "objectives/2024-Q4.md": Self.report])
        let file = try #require(plan.objectiveFiles.first)
        #expect(file.objectives.map(\.title) == ["Catalyze secure software for the major ecosystems"])
        let lines = Self.report.components(separatedBy: "\n")
        func line(_ text: String) -> Int { (lines.firstIndex { $0.contains(text) } ?? -1) + 1 }
        let noted = { (number: Int) in file.notes.contains { $0.line <= number && number <= $0.endLine } }
        for expected in ["## Overview", "sustainable security improvements.", "### Recent Updates", "roundtable", "### Purpose",
                         "### Up Next", "monthly public meetings", "## Archive"] {
            #expect(noted(line(expected)), "\(expected)")
        }
        // The table the objectives were read from is theirs, not a note; nor is the heading above it.
        #expect(!noted(line("KR 1.1")))
        #expect(!noted(line("## Objectives & Key Results")))
    }

    @Test("the quarter page shows the overview above the objectives and the later sections below them")
    func quarterPage() throws {
        let pages = try Self.pages(["strategy.md": Self.strategy, "objectives/2024-Q4.md": Self.report])
        let page = try #require(pages["quarters/2024-Q4.html"])
        let table = try #require(page.range(of: "<h2 id=\"objectives\">"))
        let overview = try #require(page.range(of: "catalyze sustainable security improvements."))
        let upNext = try #require(page.range(of: "monthly public meetings"))
        #expect(overview.lowerBound < table.lowerBound)
        #expect(upNext.lowerBound > table.lowerBound)
        #expect(page.contains("More from 2024 Q4 Alpha-Omega</h2>"), "\(page)")
        #expect(page.contains("To catalyze sustainable security improvements to critical projects."))
    }

    @Test("a section listed in ignore_headings stays off the page (counter-case)")
    func ignoredStaysOut() throws {
        let pages = try Self.pages(["strategy.md": Self.strategy, "objectives/2024-Q4.md": Self.report,
                                    "bearing.yml": "ignore_headings: [Archive]\n"])
        let page = try #require(pages["quarters/2024-Q4.html"])
        #expect(!page.contains("Old notes nobody reads."))
        #expect(page.contains("monthly public meetings"))
    }

    /// OpenSSF's 2025-Q3: two reports plan the quarter, each with an "## Overview" and a "### Questions/Issues for the
    /// TAC"; each file's headings were kept unique only among its own, so the page had two elements of each id.
    @Test("two files shown on one quarter page give their headings ids no other element of the page has")
    func idsUniqueAcrossFiles() throws {
        let second = Self.report.replacingOccurrences(of: "Alpha-Omega", with: "BEST-WG")
            .replacingOccurrences(of: "O1: Catalyze secure software", with: "O1: Publish concise guides")
        let pages = try Self.pages(["strategy.md": Self.strategy, "objectives/2024-Q4-a.md": Self.report, "objectives/2024-Q4-b.md": second])
        let page = try #require(pages["quarters/2024-Q4.html"])
        let ids = page.components(separatedBy: " id=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
        #expect(ids.contains("overview") && ids.contains("overview-1"), "\(ids)")
        #expect(Set(ids).count == ids.count, "\(ids)")
        #expect(SiteLinks.dead(in: pages.map { ($0.key, Data($0.value.utf8)) }).map(\.description) == [])
    }
}
