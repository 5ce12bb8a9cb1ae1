import Testing
@testable import BearingModel
@testable import BearingParse

/// Trial 24b, F2, F4 and F9: a `paths:` folder that does not exist and wrongly typed settings in bearing.yml passed
/// unnoticed; an objective's metadata indented into a code block was dropped silently; `bearing new`'s placeholder
/// lines counted as work.
@Suite("bearing.yml values, indented metadata and template text (trial 24b)")
struct ConfigAndTemplateTrial24Tests {
    static let objectives = "---\nquarter: 2026-Q4\n---\n## Ship it\n\n- Priorities: platform\n\n- [ ] 1/2 done\n"

    @Test("a configured objectives or roadmaps folder that does not exist is an error at its bearing.yml line, with the folder that does")
    func missingConfiguredFolder() {
        let plan = loadWorkspace([
            "bearing.yml": "title: Plan\npaths:\n  objectives: objective\n  roadmaps: [roadmap]\n",
            "strategy.md": minimalStrategy, "objectives/2026-Q4.md": Self.objectives,
        ])
        let missing = plan.errors.filter { $0.code == .configInvalid }
        #expect(missing.map(\.location.path) == ["bearing.yml", "bearing.yml"])
        #expect(missing.map(\.location.line) == [3, 4])
        #expect(missing.first?.message == "`paths: objectives` names objective, which does not exist; no objectives are read from it")
        #expect(missing.first?.fix == "did you mean `objectives`? That folder exists")
        #expect(missing.last?.fix == "create it, or correct the path in bearing.yml")
    }

    @Test("default folders that are absent stay quiet, and a configured folder that exists is read")
    func defaultsAndExisting() {
        let quiet = loadWorkspace(["strategy.md": minimalStrategy])
        #expect(quiet.diagnostics.isEmpty)
        let read = loadWorkspace(["bearing.yml": "paths:\n  objectives: [okrs]\n", "strategy.md": minimalStrategy, "okrs/2026-Q4.md": Self.objectives])
        #expect(read.diagnostics.isEmpty)
        #expect(read.objectives.count == 1)
    }

    @Test("a configured strategy that does not exist is said at its bearing.yml line")
    func missingConfiguredStrategy() {
        let plan = loadWorkspace(["bearing.yml": "paths:\n  strategy: strat.md\n", "objectives/2026-Q4.md": Self.objectives])
        let missing = plan.diagnostics.first { $0.code == .missingStrategy }
        #expect(missing?.location.path == "bearing.yml")
        #expect(missing?.location.line == 2)
    }

    @Test("settings of the wrong type are config-invalid at their line", arguments: [
        ("title: [1, 2]", "`title` must be one piece of text, not a list"),
        ("paths: objectives", "`paths` must map strategy, objectives and roadmaps to where they are"),
        ("weights: 5", "`weights` must map each priority to its share of effort"),
        ("ignore_headings: 3", "`ignore_headings` lists heading titles; `3` is a number, not a title"),
        ("base_url: [a]", "`base_url` must be one piece of text, not a list"),
        ("priorities_heading: {a: 1}", "`priorities_heading` must be text or a list of texts, not a mapping"),
        ("ignore_headings: [Notes, [b]]", "each entry of `ignore_headings` must be text, not a list"),
        ("paths:\n  strategy: [a, b]", "`paths: strategy` must be one piece of text, not a list"),
        ("paths:\n  objectives: {a: b}", "`paths: objectives` must be text or a list of texts, not a mapping"),
        ("max_file_size: 1e30GB", "`max_file_size` must be a size such as 4MB or 500KB"),
    ])
    func wrongTypes(setting: String, message: String) {
        let (_, diagnostics) = ConfigLoader.load(setting)
        #expect(diagnostics.map(\.code) == [.configInvalid])
        #expect(diagnostics.first?.message == message)
    }

    @Test("a misspelt fiscal month is config-invalid with a did-you-mean; names, abbreviations and numbers are read")
    func fiscalMonth() {
        let (config, diagnostics) = ConfigLoader.load("fiscal_year_start: Febuary")
        #expect(config.fiscalYearStart == nil)
        #expect(diagnostics.map(\.code) == [.configInvalid])
        #expect(diagnostics.first?.fix == "did you mean `February`?")
        #expect(ConfigLoader.load("fiscal_year_start: Febxyz").1.map(\.code) == [.configInvalid])
        for (written, month) in [("February", 2), ("feb", 2), ("Feb.", 2), ("Sept", 9), ("september", 9), ("11", 11)] {
            let (read, found) = ConfigLoader.load("fiscal_year_start: \(written)")
            #expect(read.fiscalYearStart == month, "\(written)")
            #expect(found.isEmpty, "\(written)")
        }
    }

    @Test("metadata indented by a tab or 4 spaces under an objective is warned at its first line, with the keys named")
    func indentedMetadata() {
        let (file, diagnostics) = ObjectivesParser().parse(read("""
            ---
            quarter: 2026-Q3
            ---
            ## Grow revenue

            \tOwner: Priya
            \tPriorities: reliability
            \tStatus: at-risk

            Grow revenue by selling more.

            \t- [ ] Deals 3/7

            ## Keep it running

                - **Owner:** Ada
                - [ ] Uptime 99.9%
            """, path: "objectives/2026-Q3.md"))
        #expect(file.objectives.count == 2)
        let fields = diagnostics.filter { $0.code == .metadataUnread }
        #expect(fields.map(\.location.line) == [6, 16])
        #expect(fields.first?.message == "lines 6–8 are indented 4 or more spaces (or a tab), so Markdown reads them as code: `Owner`, `Priorities` and `Status` are not read")
        #expect(fields.first?.fix == "remove the leading indentation")
        #expect(fields.last?.message == "lines 16–17 are indented 4 or more spaces (or a tab), so Markdown reads them as code: `Owner`, and its list item, are not read")
        #expect(diagnostics.filter { $0.code == .keyResultsUnread }.map(\.location.line) == [12])
    }

    @Test("an indented config or YAML sample under an objective is code on purpose and stays quiet")
    func configSampleQuiet() {
        let (_, diagnostics) = ObjectivesParser().parse(read("""
            ---
            quarter: 2026-Q3
            ---
            ## Tune the service

            Set these:

                timeout: 30
                retries: 3

                dependencies:
                  - foo

                start: now
                after: build
            """, path: "objectives/2026-Q3.md"))
        #expect(!diagnostics.contains { $0.code == .metadataUnread || $0.code == .keyResultsUnread })
    }

    @Test("a roadmap item's indented metadata is warned about")
    func indentedRoadmapMetadata() {
        let (_, diagnostics) = RoadmapParser().parse(read("""
            # Product roadmap

            ## Now

            ### Faster sync

                Owner: Ada
                Status: in-progress

            Sync in under a second.
            """, path: "roadmaps/product.md"))
        #expect(diagnostics.filter { $0.code == .metadataUnread }.map(\.location.line) == [7])
    }

    @Test("`bearing new`'s placeholder key result and sentence are warned about and not counted; a real title is kept")
    func templateLines() {
        let (file, diagnostics) = ObjectivesParser().parse(read("""
            ---
            quarter: 2026-Q4
            ---
            ## Reduce churn

            - **Status:** not-started
            - **Priorities:** growth

            \(SkeletonPlaceholders.objectiveWhy)

            - [ ] \(SkeletonPlaceholders.keyResult)
            """, path: "objectives/2026-Q4.md"))
        #expect(file.objectives.map(\.title) == ["Reduce churn"])
        #expect(file.objectives.first?.keyResults.isEmpty == true)
        #expect(file.objectives.first?.body.contains(SkeletonPlaceholders.objectiveWhy) == false)
        #expect(file.objectives.first?.body.contains(SkeletonPlaceholders.keyResult) == false)
        #expect(diagnostics.filter { $0.code == .templateText }.map(\.location.line).sorted() == [9, 11])
    }

    @Test("a new quarter's placeholder objective is left out until written; once it has work, only its title is warned about")
    func templateObjective() {
        let quarter = Quarter(year: 2028, number: 1)!
        let skeleton = """
            # Objectives for 2028-Q1

            ## \(SkeletonPlaceholders.objectiveTitle(for: quarter))

            - **Status:** not-started

            \(SkeletonPlaceholders.objectiveWhy)

            - [ ] \(SkeletonPlaceholders.keyResult)
            """
        let (empty, found) = ObjectivesParser().parse(read(skeleton, path: "objectives/2028-Q1.md"))
        #expect(empty.objectives.isEmpty)
        #expect(found.filter { $0.code == .templateText }.map(\.location.line).sorted() == [3, 7, 9])
        #expect(!found.contains { $0.code == .noObjectives })
        let (filled, said) = ObjectivesParser().parse(read(skeleton + "\n- [ ] Churn from 5% to 3%, now 4%\n", path: "objectives/2028-Q1.md"))
        #expect(filled.objectives.map { $0.keyResults.count } == [1])
        #expect(said.first { $0.code == .templateText && $0.location.line == 3 }?.message == "\"A first objective for 2028-Q1\" is still the template's placeholder title")
    }

    @Test("a title that only starts like the template's is a real objective")
    func notTemplate() {
        #expect(!SkeletonPlaceholders.isObjectiveTitle("A first objective for 2028-Q1 and beyond"))
        #expect(SkeletonPlaceholders.isObjectiveTitle("A first objective for 2028-Q1"))
        #expect(!SkeletonPlaceholders.isPlaceholder("A first key result, with a figure when there is one: 3/4"))
    }
}

/// Trial 24b, F10: a file of front matter only, a misspelt front-matter key and dates that do not exist.
@Suite("Front matter and dates (trial 24b)")
struct FrontMatterAndDatesTrial24Tests {
    @Test("an objectives file with only front matter is an empty-file warning")
    func onlyFrontMatter() {
        let (file, diagnostics) = ObjectivesParser().parse(read("---\nquarter: 2027-Q3\nowner: nobody\n---\n", path: "objectives/2027-Q3.md"))
        #expect(file.objectives.isEmpty)
        #expect(diagnostics.map(\.code) == [.emptyFile])
    }

    @Test("a front-matter key one letter from one Bearing reads gets a did-you-mean; other tools' keys stay quiet")
    func misspeltKey() {
        let (file, diagnostics) = ObjectivesParser().parse(read("""
            ---
            quarter: 2026-Q4
            teem: Platform
            layout: okrs
            tags: [a]
            draft: false
            ---
            ## Ship it

            - [ ] 1/2 done
            """, path: "objectives/2026-Q4.md"))
        #expect(file.team == nil)
        #expect(diagnostics.map(\.code) == [.unknownKey])
        #expect(diagnostics.first?.location.line == 3)
        #expect(diagnostics.first?.fix == "did you mean `team`?")
    }

    @Test("a date written YYYY-MM-DD whose day or month does not exist says so")
    func missingDay() {
        #expect(DateText.missingDay("2026-02-30") == "February 2026 has no day 30")
        #expect(DateText.missingDay("2026-13-45") == "there is no month 13")
        #expect(DateText.missingDay("2026-02-28") == nil)
        #expect(DateText.missingDay("main") == nil)
        #expect(DateText.todayError("2026-02-30") == "--today 2026-02-30 is not a date: February 2026 has no day 30")
        #expect(DateText.todayError("tomorrow") == "--today must be a date written YYYY-MM-DD")
        #expect(ConfigLoader.load("today: 2026-02-30").1.first?.message == "`today` must be a date written YYYY-MM-DD; February 2026 has no day 30")
        #expect(RevisionError.invalidDate("2026-13-45", "there is no month 13").description
            == "2026-13-45 is not a date: there is no month 13; give a revision or a date written YYYY-MM-DD")
    }
}
