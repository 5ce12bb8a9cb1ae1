import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// Shapes met on a fourteenth round of real files: a company handbook's OKR page that explains its OKRs under prose H2s
/// before listing them as "### OKR '2022.C1': …" (ids that carry the year) with "#### '2022.C1' Key Results" parts, and an
/// annual strategic plan whose "## Targets for end of 2019" holds one H3 per layer ("### Results", "### Financial
/// Resources") with its targets as bullets. Each snippet is written here in the real file's shape.
@Suite("New-user shapes, fourteenth round")
struct NewUserShapes14Tests {
    func objectives(_ markdown: String, path: String = "objectives/2026-Q2.md") -> (ObjectivesFile, [Diagnostic]) {
        ObjectivesParser().parse(read(markdown, path: path))
    }

    // MARK: OKRs numbered by year

    static let yearCodedPage = """
        ---
        title: OKRs
        ---

        ## What is an OKR

        OKRs are a means for teams to focus on company-wide priorities.

        ## OKR IDs

        We identify OKRs with the id "YYYY.XN":

        - `YYYY` is the year that the OKR was established.
        - `N` is the sequence number.

        ## List of Current OKRs

        ### OKR '2024.C1': "Grow the community of users"

        #### '2024.C1' Key Results

        - KR: Increase weekly active projects
        - KR: Increase plugin installs

        #### `2024.C1` Timeframe

        Most of the work lands by the end of May.

        ## OKR '2024.M2': Shorten the learning curve

        Key results are tracked in issues.
        """

    @Test("'OKR \\'2024.C1\\': …' headings are the objectives; the page's explanations before them are not; the ids plan 2024")
    func yearCodedOKRs() throws {
        let (file, diagnostics) = objectives(Self.yearCodedPage, path: "objectives/okrs.md")
        #expect(file.objectives.map(\.title) == ["Grow the community of users", "Shorten the learning curve"])
        #expect(file.objectives.allSatisfy { $0.quarter == Quarter(year: 2024, number: 1, span: .year) })
        #expect(!diagnostics.contains { $0.code == .noQuarter })
        let first = try #require(file.objectives.first)
        #expect(first.keyResults.map(\.text) == ["Increase weekly active projects", "Increase plugin installs"])
        // The part named "<id> Key Results" holds the key results; it is not an initiative.
        #expect(first.initiatives.map(\.title) == ["Timeframe"])
    }

    @Test("ids of different years, or an objective with no id, name no one period: the file still needs its quarter (counter-case)")
    func mixedIDsNameNoPeriod() throws {
        let (_, mixed) = objectives("""
            # OKRs

            ## OKR '2023.C1': Grow the community

            ## OKR '2024.C2': Ship the new site
            """, path: "objectives/okrs.md")
        #expect(mixed.contains { $0.code == .noQuarter })
        let (_, unlabelled) = objectives("""
            # OKRs

            ## OKR '2024.C1': Grow the community

            ## Ship the new site
            """, path: "objectives/okrs.md")
        #expect(unlabelled.contains { $0.code == .noQuarter })
    }

    @Test("a title that mentions a year in its words is no id (counter-case)")
    func yearInWordsIsNoID() throws {
        let (_, diagnostics) = objectives("""
            # Plans

            ## Ship the 2024 release
            """, path: "objectives/plans.md")
        #expect(diagnostics.contains { $0.code == .noQuarter })
    }

    @Test("a label word followed by a word with no digit is no id: 'Objective setting: …' stays unlabelled (counter-case)")
    func wordIsNoID() {
        #expect(TitleLabel.namesObjective("OKR '2022.C1': Validate the vision"))
        #expect(TitleLabel.namesObjective("Objective E2: Faster builds"))
        #expect(!TitleLabel.namesObjective("Objective setting: how we do it"))
        #expect(TitleLabel.parse("OKR '2022.C1': \"Validate the vision\"").code == "2022.C1")
        #expect(TitleLabel.parse("OKR '2022.C1': \"Validate the vision\"").title == "Validate the vision")
        // A quotation inside a title is kept.
        #expect(TitleLabel.parse("Support -- \"Optimize support\"").title == "Support -- \"Optimize support\"")
    }

    @Test("an unlabelled heading after the labelled objectives, at their level, is still an objective (counter-case)")
    func unlabelledAfterLabelled() throws {
        let (file, _) = objectives("""
            # OKRs

            ## OKR 1: Grow the community

            ## Ship the new site
            """)
        #expect(file.objectives.map(\.title) == ["Grow the community", "Ship the new site"])
    }

    // MARK: An annual plan of targets

    @Test("'## Targets for end of 2019' is the 2019 period; each H3 layer ('### Results' too) is an objective, its bullets key results")
    func targetsForEndOfYear() throws {
        let (file, diagnostics) = objectives("""
            ## Targets for end of 2019

            ### Results
            *   5 new users
            *   2 strategy board members from user governments

            ### Capabilities of the Organisation
            * Open repository:
                * Set up processes
            * Appoint new Management Board Director

            ### Financial Resources
            * World Bank Funding Agreement
            * Submit proposal to at least 1 other donor
            """, path: "objectives/2019.md")
        #expect(file.objectives.map(\.title) == ["Results", "Capabilities of the Organisation", "Financial Resources"])
        #expect(file.objectives.allSatisfy { $0.quarter == Quarter(year: 2019, number: 1, span: .year) })
        #expect(file.objectives.map(\.keyResults.count) == [2, 2, 2])
        #expect(!diagnostics.contains { $0.severity == .error })
    }

    @Test("'## Results' over a list in a plain plan is not a container of list objectives (counter-case: '## OKRs' still is)")
    func resultsIsNotContainer() {
        let config = WorkspaceConfig()
        #expect(HeadingRole.classify("Results", level: 3, year: 2019, config: config) == .candidate)
        #expect(HeadingRole.classify("OKRs", level: 2, year: 2019, config: config) == .container)
        #expect(HeadingRole.classify("Key Results", level: 2, year: 2019, config: config) == .aside)
    }

    // MARK: A strategy page that links to each year's plan

    @Test("'## The Annual Strategic Plans' linking to '[2019]', '[2018]' is the archive; the layers the plan is made of are the priorities")
    func yearLinksAreArchive() throws {
        let strategy = StrategyParser().parse(read("""
            ## The Annual Strategic Plans
            *   [2019](https://example.org/Strategic-Plan-2019)
            *   [2018](https://example.org/Strategic-Plan-2018)

            ## What Does the Strategic Plan Look Like?

            It states clear targets for each of the following layers:
            *   Results
            *   Features of our Tools
            *   Financial Resources
            """, path: "strategy.md"))
        #expect(strategy.strategy.priorities.map(\.title) == ["Results", "Features of our Tools", "Financial Resources"])
    }

    @Test("pillars written as links to their pages are still the priorities (counter-case: the links name no period)")
    func pillarLinksStayPriorities() throws {
        let strategy = StrategyParser().parse(read("""
            # Strategy

            ## Our pillars
            - [Reliable service](reliability.md)
            - [Self-serve onboarding](self-serve.md)
            """, path: "strategy.md"))
        #expect(strategy.strategy.priorities.map(\.title) == ["Reliable service", "Self-serve onboarding"])
    }

    @Test("a '## Strategy' section of prose only is where the priorities were meant to be: the error is at its line")
    func proseStrategySection() throws {
        let result = StrategyParser().parse(read("""
            ---
            title: Company Handbook
            ---

            ## Mission

            Our mission is to enable everyone to realize the full potential of their data.

            ## Strategy

            Our Head of Product lays out the [company and product strategy](https://example.org/strategy).

            ## History

            We were founded in 2018.
            """, path: "strategy.md"))
        let error = try #require(result.diagnostics.first { $0.code == .noPriorities })
        #expect(error.location.line == 9)
        #expect(error.message.contains("\"Strategy\""))
    }
}
