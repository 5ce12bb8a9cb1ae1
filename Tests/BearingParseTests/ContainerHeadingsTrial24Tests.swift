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

/// A Spanish OKR template copied into a plan: its unfilled "## OKR 2: {{TITULO_OKR_2}}" over `{{KR_2_1}}` cells was an
/// objective with a key result, and its "## Resumen de Avance Global" (the plan's own summary) one more.
@Suite("Template slots and a plan's own summary")
struct TemplateSlotsTrial24Tests {
    func parse(_ markdown: String) -> (ObjectivesFile, [Diagnostic]) {
        ObjectivesParser().parse(read(markdown, path: "objectives/2026-Q4.md"))
    }

    @Test("an objective titled by a template slot over slots is left out, with template-text at its heading")
    func slotObjective() {
        let (file, diagnostics) = parse("""
            # OKRs Q4 2026

            ## OKR 1: Servicio confiable

            | Key Result | Meta | Actual |
            |---|---|---|
            | Alertas con runbook | 24 | 18 |
            | {{KR_1_2}} | {{META_1_2}} | {{ACTUAL_1_2}} |

            ## OKR 2: {{TITULO_OKR_2}}

            **Objetivo:** {{OBJETIVO_2}}

            - [ ] {{KR_2_1}}

            ## Resumen de Avance Global

            - **Promedio de avance:** 40%
            """)
        #expect(file.objectives.map(\.title) == ["Servicio confiable"], "\(file.objectives.map(\.title))")
        #expect(file.objectives.first?.keyResults.map(\.text) == ["Alertas con runbook"])
        #expect(diagnostics.filter { $0.code == .templateText }.map(\.location.line).sorted() == [8, 10, 14], "\(diagnostics)")
    }

    @Test("slots are whole texts only", arguments: [
        ("{{TITULO_OKR_2}}", true), ("{KR_1}", true), ("[Objective name]", true), ("<objective>", true), ("___", true),
        ("[P0] Identify 20 partners", false), ("<50 ms p95 latency", false), ("Ship {{feature}} flags", false), ("Grow revenue", false),
    ])
    func slots(_ text: String, _ expected: Bool) {
        #expect(SkeletonPlaceholders.isSlot(text) == expected, "\(text)")
    }
}
