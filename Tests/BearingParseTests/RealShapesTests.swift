import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse
import BearingAlign

/// The shapes real teams write objectives, strategies and periods in (docs/format.md, "Bring your existing files").
@Suite("Real shapes: objectives, strategy, periods")
struct RealShapesTests {
    func objectives(_ text: String, path: String = "objectives/2026-Q4.md", fiscal: Int? = nil) -> (ObjectivesFile, [Diagnostic]) {
        var config = WorkspaceConfig()
        config.fiscalYearStart = fiscal
        return ObjectivesParser(config: config).parse(read(text, path: path))
    }

    func strategy(_ text: String, heading: [String] = []) -> StrategyParser.Result {
        var config = WorkspaceConfig()
        config.prioritiesHeadings = heading
        return StrategyParser(config: config).parse(read(text, path: "strategy.md"))
    }

    // MARK: Objectives

    @Test("H3 objectives under quarter headings take the heading's period; the heading is not an objective")
    func quarterContainers() {
        let (file, diagnostics) = objectives("""
            # Plan
            ## Q3 2025 Objectives
            ### Faster builds
            text
            ### Fewer pages
            text
            ## 2025H2
            #### Deep objective
            text
            """, path: "objectives/plan.md")
        #expect(diagnostics.isEmpty)
        #expect(file.objectives.map(\.title) == ["Faster builds", "Fewer pages", "Deep objective"])
        #expect(file.objectives.map { $0.quarter?.description } == ["2025-Q3", "2025-Q3", "2025-H2"])
        #expect(file.objectives.map(\.id) == ["2025-q3/faster-builds", "2025-q3/fewer-pages", "2025-h2/deep-objective"])
    }

    @Test("label noise leaves titles and ids; a role prefix or a driver is the owner", arguments: [
        ("## OBJECTIVE: Ship the API", "Ship the API", nil as String?),
        ("## Objective 1: Ship the API", "Ship the API", nil),
        ("## 1. Ship the API", "Ship the API", nil),
        ("## 1) Ship the API", "Ship the API", nil),
        ("## O1: Ship the API", "Ship the API", nil),
        ("## ➡️ Ship the API", "Ship the API", nil),
        ("## 🚀 Ship the API", "Ship the API", nil),
        ("## 1. CEO: Ship the API.", "Ship the API", "CEO"),
        ("## Ship the API (Driver: Ada Lovelace)", "Ship the API", "Ada Lovelace"),
    ])
    func labelNoise(heading: String, title: String, owner: String?) throws {
        let (file, _) = objectives(heading + "\ntext\n")
        let objective = try #require(file.objectives.first)
        #expect(objective.title == title)
        #expect(objective.id == "2026-q4/ship-the-api")
        #expect(objective.metadata.owners == (owner.map { [$0] } ?? []))
    }

    @Test("a team heading groups objectives and becomes their team")
    func teamGroups() {
        let (file, _) = objectives("""
            ## Platform team
            ### Faster builds
            text
            ## Team: Growth
            ### More trials
            - Team: Sales
            """)
        #expect(file.objectives.map(\.title) == ["Faster builds", "More trials"])
        #expect(file.objectives.map(\.metadata.team) == ["Platform", "Sales"])
    }

    @Test("FAQ, motivation, How-we and retrospective sections are not objectives, nor is anything under them")
    func asides() {
        let (file, _) = objectives("""
            ## Ship the API
            text
            ## FAQ
            ### Why?
            because
            ## How we grade
            text
            ## Retrospective
            ### Platform
            good
            ## Legend
            text
            """)
        #expect(file.objectives.map(\.title) == ["Ship the API"])
    }

    @Test("numbered or bold list items are objectives where the section or file is an objectives list")
    func listObjectives() {
        let (file, diagnostics) = objectives("""
            # Q4 2026 OKRs

            ## Objectives

            1. **Objective: Ship the API**
               - [ ] 3 of 5 partners live
            2. Objective 2: Fewer pages
            """)
        #expect(diagnostics.isEmpty)
        #expect(file.objectives.map(\.title) == ["Ship the API", "Fewer pages"])
        #expect(file.objectives.first?.keyResults.count == 1)
        let (bold, _) = objectives("Intro.\n\n- **Faster builds.** Cut CI time.\n- **Fewer pages.** Quieter nights.\n")
        #expect(bold.objectives.map(\.title) == ["Faster builds", "Fewer pages"])
        let (metadata, _) = objectives("- **Owner:** Ada\n- **Status:** on track\n")
        #expect(metadata.objectives.isEmpty)
    }

    @Test("a list that looks like objectives in a file of heading objectives is a warning, not silence")
    func unreadList() {
        let (file, diagnostics) = objectives("## OKRs\n\n1. **Ship it.** x\n2. **Fix it.** y\n\n### Faster builds\ntext\n")
        #expect(file.objectives.map(\.title) == ["Faster builds"])
        #expect(diagnostics.map(\.code) == [.unreadObjectives] && diagnostics.first?.location.line == 3)
    }

    @Test("objectives as table rows under an objectives heading: bold group rows with their key results, or a title column")
    func tableObjectives() {
        let (file, diagnostics) = objectives("""
            # 2025 Q3 report
            ## Overview
            Text.
            ## Objectives & Key Results
            | **Objective #1: Secure the ecosystems** | |
            |-|-|
            | **KR1.1**: Fund ten organizations | On Target |
            | **KR1.2**: Monthly check-ins | Completed |
            |-|-|
            | **Objective #2: Fewer critical vulnerabilities** | |
            | **KR2.1**: Open data sets | Started |
            ### Purpose
            Why we exist.
            ## Goals
            | Objective | Owner |
            |---|---|
            | Faster builds | Ada |
            """, path: "objectives/2025-Q3.md")
        #expect(diagnostics.isEmpty)
        #expect(file.objectives.map(\.title) == ["Secure the ecosystems", "Fewer critical vulnerabilities", "Faster builds"])
        #expect(file.objectives.map(\.keyResults.count) == [2, 1, 0])
        #expect(file.objectives.last?.metadata.owners == ["Ada"])
    }

    @Test("a table of contents or a list of links is not a list of objectives")
    func navigationLists() {
        let (file, _) = objectives("## On this page\n- TOC\n{:toc}\n\n## OKR Archive\n- [FY21-Q1](fy21-q1/)\n- [FY21-Q2](fy21-q2/)\n\n## OKRs\n### Grow careers\ntext\n")
        #expect(file.objectives.map(\.title) == ["Grow careers"])
    }

    @Test("a file whose H1 is its one objective")
    func oneObjectivePerFile() throws {
        let (file, diagnostics) = objectives("""
            # Make onboarding self-serve
            - Owner: Ada

            New hubs should need no call with us.

            ## Key results
            - [ ] New hubs set up without help
            """, path: "objectives/2026-Q4/onboarding.md")
        #expect(diagnostics.isEmpty)
        let objective = try #require(file.objectives.first)
        #expect(file.objectives.count == 1)
        #expect(objective.title == "Make onboarding self-serve" && objective.metadata.owners == ["Ada"])
        #expect(objective.keyResults.count == 1 && objective.quarter?.description == "2026-Q4")
    }

    @Test("a heading read as an objective that names a period is a warning")
    func periodHeadingWarning() {
        let (file, diagnostics) = objectives("## Q3 2026\nOnly prose here.\n## Q4 2026 launch\ntext\n")
        #expect(file.objectives.count == 2)
        #expect(diagnostics.map(\.code) == [.periodHeading, .periodHeading])
    }

    // MARK: Periods

    @Test("half-years in every spelling", arguments: ["2025H1", "2025h1", "2025-H1", "H1 2025", "H1-2025"])
    func halfYears(text: String) {
        #expect(Quarter.find(in: text)?.description == "2025-H1")
        let (file, _) = objectives("## A\ntext\n", path: "objectives/\(text).md")
        #expect(file.quarter?.description == "2025-H1")
    }

    @Test("FY24-Q1 with a February fiscal year is February to April 2023; without one it is a warning, not 2024-Q1")
    func fiscalQuarters() throws {
        let quarter = try #require(Quarter.find(in: "FY24-Q1", fiscalStart: 2))
        #expect(quarter.description == "FY2024-Q1")
        #expect(quarter.dateInterval.start == DateText.date("2023-02-01"))
        #expect(quarter.dateInterval.end == DateText.date("2023-05-01"))
        #expect(Quarter.find(in: "FY2024-Q4", fiscalStart: 2)?.dateInterval.start == DateText.date("2023-11-01"))
        #expect(Quarter.find(in: "FY2022-Q3") == nil)
        #expect(Quarter.find(in: "FY22-Q3") == nil)
        let (unset, diagnostics) = objectives("## A\ntext\n", path: "okrs/fy22-q3/index.md")
        #expect(unset.quarter == nil && diagnostics.map(\.code) == [.fiscalPeriod])
        let (set, clean) = objectives("## A\ntext\n", path: "okrs/fy22-q3/index.md", fiscal: 2)
        #expect(set.quarter?.description == "FY2022-Q3" && clean.isEmpty)
        #expect(set.objectives.first?.id == "fy2022-q3/a")
    }

    @Test("fiscal_year_start and priorities_heading in bearing.yml")
    func config() {
        let (config, diagnostics) = ConfigLoader.load("fiscal_year_start: February\npriorities_heading: Where we play\n")
        #expect(diagnostics.isEmpty && config.fiscalYearStart == 2 && config.prioritiesHeadings == ["Where we play"])
        let (_, bad) = ConfigLoader.load("fiscal_year_start: Smarch\n")
        #expect(bad.map(\.code) == [.configInvalid])
    }

    @Test("Q1 without a year takes it from front matter, the folder or the title")
    func quarterWithoutYear() {
        #expect(objectives("## A\nx\n", path: "objectives/2025/Q1.md").0.quarter?.description == "2025-Q1")
        #expect(objectives("---\nyear: 2024\n---\n## A\nx\n", path: "objectives/q2.md").0.quarter?.description == "2024-Q2")
        #expect(objectives("# Q3 objectives for 2023\n## A\nx\n", path: "objectives/q3.md").0.quarter?.description == "2023-Q3")
    }

    @Test("due dates as people write them", arguments: [
        ("by end of March", "2026-03-31"), ("end of Q2", "2026-06-30"), ("By June 2027", "2027-06-30"),
        ("2026-12-18", "2026-12-18"), ("Q4 2026", "2026-12-31"), ("end of H1", "2026-06-30"),
    ])
    func dueDates(text: String, expected: String) {
        #expect(DueText.date(text, year: 2026) == DateText.date(expected))
    }

    @Test("a due date that is none of these is still a warning")
    func badDue() {
        let (_, diagnostics) = objectives("## A\n- Due: whenever\n- Owner: Ada\n")
        #expect(diagnostics.map(\.code) == [.invalidValue])
        #expect(objectives("## A\n- Due: by end of March\n- Owner: Ada\n").1.isEmpty)
    }
    // MARK: Strategy

    @Test("the priorities section under the headings real strategies use", arguments: [
        "Strategy", "Our strategy", "Strategic pillars", "Pillars", "Focus areas", "Bets", "Goals", "Epics", "Themes", "Vision",
    ])
    func prioritiesHeadings(heading: String) {
        let result = strategy("# S\n\n## Mission\n\nBe useful.\n\n## \(heading)\n\n- **Platform.** One stack.\n- **Revenue.** Grow it.\n")
        #expect(result.diagnostics.isEmpty)
        #expect(result.strategy.topLevel.map(\.title) == ["Platform", "Revenue"])
        #expect(result.strategy.sections.map(\.title) == ["Mission"])
    }

    @Test("a heading named in priorities_heading wins; a stronger name beats a weaker one")
    func namedHeading() {
        let text = "# S\n\n## Roadmap strategy\n\n- risk one\n\n## Where we play\n\n- **A.** a\n\n## Focus areas\n\n### B\n\nb\n"
        #expect(strategy(text, heading: ["where we play"]).strategy.topLevel.map(\.title) == ["A"])
        #expect(strategy(text).strategy.topLevel.map(\.title) == ["B"])
    }

    @Test("numbered H3 priorities get clean titles and short ids", arguments: [
        ("### 1) Customer Results", "Customer Results", "customer-results"),
        ("### P0: Continued Investment", "Continued Investment", "continued-investment"),
        ("### G1 -- Grow Leaders", "Grow Leaders", "grow-leaders"),
        ("### G3 --- Keep Resources Current", "Keep Resources Current", "keep-resources-current"),
        ("### Pillar 2: Reliability", "Reliability", "reliability"),
        ("### Grow Leaders {#leaders}", "Grow Leaders", "leaders"),
    ])
    func numberedH3(heading: String, title: String, id: String) throws {
        let result = strategy("# S\n\n## Our priorities\n\n\(heading)\n\nWhy it matters.\n")
        let priority = try #require(result.strategy.topLevel.first)
        #expect(priority.title == title && priority.id == id && priority.summary == "Why it matters.")
    }

    @Test("H3 priorities directly under the title, with no H2 above them")
    func leadingH3() {
        let result = strategy("# 2026 goals\n\nIntro.\n\n### G1 -- Grow leaders\n\n- mentor\n\n### G2 -- Fund work\n\ntext\n\n## Get involved\n\nJoin.\n")
        #expect(result.strategy.topLevel.map(\.title) == ["Grow leaders", "Fund work"])
        #expect(result.strategy.sections.map(\.title) == ["Get involved"])
    }

    @Test("descriptions in a later section with matching titles are attached to the listed priorities")
    func laterDescriptions() throws {
        let result = strategy("""
            # S

            ## Priorities

            - Make the viewer fast and delightful to use.
            - Add accessible documentation, tutorials, and demos.

            ## Make the viewer fast and delightful to use

            Speed comes first.

            ## Provide accessible documentation, tutorials, and demos

            Docs for everyone.

            ## Acknowledgements

            Thanks.
            """)
        let priorities = result.strategy.topLevel
        #expect(priorities.map(\.summary) == ["Speed comes first.", "Docs for everyone."])
        #expect(priorities[1].body.contains("Docs for everyone."))
        #expect(result.strategy.sections.map(\.title) == ["Acknowledgements"])
    }

    @Test("a prose-only priorities section is an error that says what to write")
    func proseOnly() throws {
        let result = strategy("# S\n\n## Our priorities\n\nWe will grow and be reliable.\n")
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.code == .noPriorities && diagnostic.fix?.contains("### Title") == true)
        #expect(strategy("# S\n\n## Work prioritized for later\n\n- x\n").diagnostics.map(\.code) == [.noPriorities])
    }

    // MARK: The real files (../shared/corpus), untouched

    static let shared = Corpus.root.deletingLastPathComponent()
    static var sharedPresent: Bool { FileManager.default.fileExists(atPath: shared.appendingPathComponent("gitlab").path) }

    func corpus(_ relative: String, as path: String) throws -> MarkdownDocument {
        read(try String(contentsOf: Self.shared.appendingPathComponent(relative), encoding: .utf8), path: path)
    }

    @Test("GitLab: three numbered H3 strategy priorities and fifteen CEO objectives across calendar and fiscal quarters",
          .enabled(if: sharedPresent, "../shared/corpus/gitlab is not beside the repository; corpus test skipped"))
    func gitlab() throws {
        let root = "gitlab/www-gitlab-com/company/"
        let result = StrategyParser().parse(try corpus(root + "strategy/index.html.md", as: "strategy.md"))
        #expect(result.strategy.topLevel.map(\.title) == ["Customer Results", "Mature the Platform", "Grow Careers"])
        #expect(result.strategy.priorities.count - result.strategy.topLevel.count == 9)
        var config = WorkspaceConfig()
        config.fiscalYearStart = 2
        var titles: [String] = []
        for quarter in ["2018-q3", "fy20-q3", "fy21-q1", "fy23-q4", "fy24-q1"] {
            let path = "objectives/\(quarter)/index.md"
            let (file, _) = ObjectivesParser(config: config).parse(try corpus(root + "okrs/\(quarter)/index.html.md", as: path))
            #expect(file.objectives.count == 3, "\(quarter)")
            #expect(file.objectives.allSatisfy { $0.metadata.owners == ["CEO"] })
            titles += file.objectives.map(\.title)
        }
        #expect(titles.prefix(4) == ["Grow Incremental ACV according to plan", "Popular next generation product", "Great team", "IACV"])
        let fiscal = ObjectivesParser(config: config).parse(try corpus(root + "okrs/fy24-q1/index.html.md", as: "objectives/fy24-q1/index.md")).0
        #expect(fiscal.quarter?.dateInterval.start == DateText.date("2023-02-01"))
    }

    @Test("OpenTelemetry: P0/P1/P2 H3 priorities and the H3 opportunities under Vision",
          .enabled(if: sharedPresent, "../shared/corpus is not beside the repository; corpus test skipped"))
    func opentelemetry() throws {
        let roadmap = StrategyParser().parse(try corpus("opentelemetry/community/roadmap.md", as: "strategy.md")).strategy
        #expect(roadmap.topLevel.count == 7)
        #expect(roadmap.topLevel.map(\.title).prefix(2) == ["Continued Investment in OpenTelemetry Artifacts", "Logs"])
        let vision = StrategyParser().parse(try corpus("opentelemetry/community/mission-vision-values.md", as: "strategy.md")).strategy
        #expect(vision.topLevel.map(\.title).first == "Telemetry should be easy")
        #expect(vision.topLevel.count == 5)
    }

    @Test("TODO Group: 21 yearly goals under emoji year headings with drifting levels; G1–G3 goals as priorities",
          .enabled(if: sharedPresent, "../shared/corpus is not beside the repository; corpus test skipped"))
    func todoGroup() throws {
        let (file, _) = ObjectivesParser().parse(try corpus("todo-group/governance/goals.md", as: "objectives/goals.md"))
        #expect(file.objectives.count == 21)
        let years = file.objectives.map { $0.quarter?.description ?? "-" }
        #expect(years.filter { $0 == "2021" }.count == 5 && years.filter { $0 == "2026" }.count == 3)
        #expect(!file.objectives.contains { $0.title.contains("➡") || $0.title.hasPrefix("2.") })
        let blog = StrategyParser().parse(try corpus("todo-group/website/blog/todogroup-strategic-goals-2026.md", as: "strategy.md"))
        #expect(blog.strategy.topLevel.map(\.id).first == "grow-and-sustain-leadership-roles-in-the-community")
        #expect(blog.strategy.topLevel.count == 3)
    }

    @Test("napari: the three focus areas, with the deliverables section's H4s attached; OpenSSF: the vision statements",
          .enabled(if: sharedPresent, "../shared/corpus is not beside the repository; corpus test skipped"))
    func napariAndOpenSSF() throws {
        let napari = StrategyParser().parse(try corpus("napari/docs/roadmaps/active_roadmap.md", as: "strategy.md")).strategy
        #expect(napari.topLevel.map(\.title) == ["Core technology", "User experience", "Project sustainability and community"])
        #expect(napari.topLevel[0].body.contains("API evolution"))
        let openssf = StrategyParser().parse(try corpus("openssf/tac/technical-vision.md", as: "strategy.md")).strategy
        #expect(openssf.topLevel.count == 1)
        #expect(openssf.priorities.filter { $0.parent != nil && $0.body.contains("\n") }.count >= 4)
    }
}
