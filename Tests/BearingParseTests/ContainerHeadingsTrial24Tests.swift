import Testing
@testable import BearingModel
@testable import BearingParse

/// "## Ziele (Q4)" over four goal bullets (a German roadmap of trial 23) was one objective named "Ziele (Q4)"; so was
/// English "## Goals (Q4)": the bracketed period was not read, and the other languages' word for goals was not known.
@Suite("Container headings: a bracketed period, and goals in other languages")
struct ContainerHeadingsTrial24Tests {
    func titles(_ heading: String) -> [String] {
        let markdown = """
            # Q4 2026

            ## \(heading)

            - Ship the health endpoints to all services
            - Centralize logging for every service
            - Unify the memory API
            """
        return ObjectivesParser().parse(read(markdown, path: "objectives/2026-Q4.md")).0.objectives.map(\.title)
    }

    @Test("the bullets under a heading that only says 'goals' and a period are the objectives", arguments: [
        "Goals (Q4)", "Goals (Q4 2026)", "Ziele (Q4)", "Ziele", "Quartalsziele", "Unsere Ziele für Q4", "Objectifs du trimestre",
        "Nos objectifs", "Objetivos del trimestre", "Metas Q4 2026", "Obiettivi Q4", "Doelen voor Q4",
    ])
    func container(_ heading: String) {
        #expect(titles(heading) == ["Ship the health endpoints to all services", "Centralize logging for every service", "Unify the memory API"],
                "\(heading): \(titles(heading))")
    }

    @Test("a heading with words of its own is still one objective", arguments: ["De-risk the launch", "Tour de France sponsorship", "Goals (draft) for the platform team launch"])
    func objective(_ heading: String) {
        #expect(titles(heading).count == 1, "\(heading): \(titles(heading))")
    }
}

/// "## Long-term ambitions" (rust-project-goals) and the pillars, axes and goals of strategies in other languages name
/// the priorities section, as "## Pillars" and "## Goals" do.
@Suite("Priorities sections named in other words and languages")
struct PrioritiesSectionNamesTrial24Tests {
    @Test("the section's list gives the priorities", arguments: [
        "Long-term ambitions", "Strategische Säulen", "Handlungsfelder", "Axes stratégiques", "Nos piliers", "Ejes estratégicos",
        "Pilares estratégicos", "Unsere Ziele", "Objetivos estratégicos",
    ])
    func named(_ heading: String) {
        let markdown = """
            # Strategy 2027

            ## Context

            Where we stand.

            ## \(heading)

            1. **Reliable service.** Nothing our customers rely on goes down. {#reliability}
            2. **Self-serve onboarding.** A new customer starts without calling us. {#onboarding}
            """
        let result = StrategyParser(config: WorkspaceConfig()).parse(read(markdown, path: "strategy.md"))
        #expect(result.strategy.priorities.map(\.id) == ["reliability", "onboarding"], "\(heading)")
    }
}
