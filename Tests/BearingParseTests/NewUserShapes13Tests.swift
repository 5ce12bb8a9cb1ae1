import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// Shapes met on a thirteenth round of real files: a worker co-operative's handbook page of OKRs, whose objectives
/// are "O1. …" lines of one paragraph under each "#### … WG" heading, below "## Objectives for 2020 Q3", and whose
/// closing "## Reviewing and Identifying OKRs" describes how the OKRs are made. Each snippet is written here in the
/// real file's shape.
@Suite("New-user shapes, thirteenth round")
struct NewUserShapes13Tests {
    func objectives(_ markdown: String, path: String = "objectives/2026-Q2.md") -> (ObjectivesFile, [Diagnostic]) {
        ObjectivesParser().parse(read(markdown, path: path))
    }

    // MARK: "O1. …" lines under a working group's heading

    @Test("each 'O1. …' line of a paragraph under a '#### … WG' heading is an objective of that working group")
    func codedLinesUnderWorkingGroups() throws {
        // Hard breaks (two trailing spaces) in the first group, plain line ends in the second, as in the real page.
        let (file, diagnostics) = objectives("""
            # Objectives and Key Results (OKRs)

            ## Objectives for 2026 Q2

            _See the key results in our tracking sheet._

            #### Outreach WG

            O1. Grow our mailing list  
            O2. Publish a case study  
            O3. Find two recurring clients  

            #### Finance WG

            O1. Close the books each month
            O2. Cut the time spent on invoicing
            """)
        #expect(file.objectives.map(\.title) == ["Grow our mailing list", "Publish a case study", "Find two recurring clients",
                                                 "Close the books each month", "Cut the time spent on invoicing"])
        #expect(file.objectives.map(\.metadata.team) == ["Outreach", "Outreach", "Outreach", "Finance", "Finance"])
        #expect(file.objectives.map(\.location.line) == [9, 10, 11, 15, 16])
        #expect(file.objectives.allSatisfy { $0.quarter?.description == "2026-Q2" })
        #expect(!diagnostics.contains { $0.severity == .error })
    }

    @Test("a paragraph with one coded line among prose stays the text of its heading")
    func codedLineAmongProse() throws {
        let (file, _) = objectives("""
            # Plan

            ## Grow the mailing list
            O1. was our first attempt, and it
            went badly, so this quarter we try again.
            """)
        #expect(file.objectives.map(\.title) == ["Grow the mailing list"])
    }

    // MARK: A section about making the OKRs

    @Test("'## Reviewing and Identifying OKRs 🚧' is about the process, not an objective with its steps as key results")
    func processSectionIsAside() throws {
        let (file, _) = objectives("""
            # OKRs

            ## Ship the new site
            - KR: launch by June

            ## Reviewing and Identifying OKRs 🚧

            #### 1. Recap and review (Week 1 All hands)

            - Look at OKRs from previous period
            - Review the strategic plan

            ## Setting goals

            - Each group drafts three goals
            """)
        #expect(file.objectives.map(\.title) == ["Ship the new site"])
    }

    @Test("a team named by a gerund keeps its OKRs: 'Marketing OKRs' is the Marketing team's (counter-case to the process words)")
    func gerundTeamStaysTeam() throws {
        let (file, _) = objectives("""
            # OKRs

            ## Marketing OKRs

            ### Double the newsletter
            - KR: 2,000 subscribers
            """)
        #expect(file.objectives.map(\.title) == ["Double the newsletter"])
        #expect(file.objectives.first?.metadata.team == "Marketing")
    }

    // MARK: Carried from round 12: the kind of an OKR, and a team beside a period

    @Test("'## Committed OKRs' and '## Aspirational OKRs' are kinds of OKR, not teams; '## Platform OKRs' is still a team")
    func okrKindsAreNotTeams() throws {
        let (file, _) = objectives("""
            # OKRs

            ## Committed OKRs

            ### Answer every page
            - KR: every page answered within 5 minutes

            ## Aspirational OKRs

            ### Win a design award
            - KR: one award

            ## Platform OKRs

            ### Keep the API up
            - KR: 99.9% uptime
            """)
        #expect(file.objectives.map(\.title) == ["Answer every page", "Win a design award", "Keep the API up"])
        #expect(file.objectives.map(\.metadata.team) == [nil, nil, "Platform"])
    }

    @Test("'## Q3 2026 Platform OKRs' is the 2026-Q3 period and the Platform team; a name after 'OKRs' labels the page, no team")
    func teamBesidePeriod() throws {
        let (file, _) = objectives("""
            # Engineering plans

            ## Q3 2026 Platform OKRs

            ### Keep the API up
            - KR: 99.9% uptime

            ## Q4 2026 OKRs Acme

            ### Ship the mobile app
            - KR: in both stores
            """, path: "objectives/plans.md")
        #expect(file.objectives.map(\.title) == ["Keep the API up", "Ship the mobile app"])
        #expect(file.objectives.map { $0.quarter?.description } == ["2026-Q3", "2026-Q4"])
        #expect(file.objectives.map(\.metadata.team) == ["Platform", nil])
    }

    // MARK: A docs-site page of goals, each with its own timeframe (YAML front matter, no period anywhere)

    static let goalsPage = """
        ---
        layout: page
        title: Strategic Goals
        weight: 2
        ---

        This page lists our most important objectives.

        ## Current OKRs

        ### OKR: Be the platform

        - Scope: Company-Wide
        - Objective: **Go beyond loading data**: new users can, know they can, and will let us run more of their platform.
        - GitHub Label: `OKR: Be the platform`
        - Timeframe: By 2026-07-31
        - Initiatives: pending a [new process to track initiatives](https://example.org/issues/277)
        - Key Results:
          - [KR: Increase weekly projects](https://example.org/issues/426)

        ## Future OKRs

        ### OKR: Managed alpha

        - Scope: Company-Wide
        - Objective: **Build minimal managed hosting and convert our first paying customers.**
        - Timeframe: By 2026-11-31
        - Key Results:
          - Coming soon.

        ### OKR: Managed beta

        - Scope: Company-Wide
        - Timeframe: By 2027-02-28.
        """

    @Test("an 'Objective: <statement>' line and a linked 'Initiatives:' value do not stop a metadata list; each goal's timeframe places it")
    func goalsWithTimeframes() throws {
        let (file, diagnostics) = objectives(Self.goalsPage, path: "objectives/strategic-goals.md")
        #expect(file.objectives.map(\.title) == ["Be the platform", "Managed alpha", "Managed beta"])
        #expect(file.objectives.map(\.metadata.due) == ["By 2026-07-31", "By 2026-11-31", "By 2027-02-28."])
        #expect(file.objectives.first?.metadata.custom.map(\.key).sorted() == ["GitHub Label", "Initiatives", "Scope"])
        // "2026-11-31" is the end of November as its writer meant; "Current" and "Future" are no teams.
        #expect(file.objectives.map { $0.quarter?.description } == ["2026-Q3", "2026-Q4", "2027-Q1"])
        #expect(file.objectives.map(\.metadata.team) == [nil, nil, nil])
        #expect(!diagnostics.contains { $0.code == .noQuarter })
    }

    @Test("a goal with no timeframe among dated ones still leaves the file's period unknown (counter-case)")
    func oneGoalWithoutTimeframe() throws {
        let (_, diagnostics) = objectives("""
            # Goals

            ## Be the platform

            - Owner: Sam
            - Timeframe: By 2026-07-31

            ## Managed alpha

            Some prose, no date.
            """, path: "objectives/goals.md")
        #expect(diagnostics.contains { $0.code == .noQuarter })
    }

    @Test("a prose list led by 'Objective: <sentence>' with no known key is not metadata (counter-case)")
    func statementAmongProse() throws {
        let (file, _) = objectives("""
            # Examples

            ## Comment box

            - Objective: Help more people get comments on their own websites.
            - Examples: fifty percent more traffic on the homepage, thirty percent more users who comment.
            """, path: "objectives/2026-Q2.md")
        #expect(file.objectives.first?.metadata.custom.isEmpty == true)
    }

    @Test("a day past a month's end is that month's last day; a month that does not exist is no date")
    func dayPastMonthEnd() throws {
        #expect(DueText.date("By 2026-11-31", year: nil).map { Quarter.containing($0).description } == "2026-Q4")
        #expect(DueText.date("By 2026-02-30", year: nil).map { Quarter.containing($0).description } == "2026-Q1")
        #expect(DueText.date("2026-13-05", year: nil) == nil)
    }
}
