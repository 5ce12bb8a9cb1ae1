import Testing
@testable import BearingModel
@testable import BearingParse

/// A German strategy's "## Prioritäten" (likewise "Priorités", "Prioridades", "Priorytety") was no priorities section,
/// though its title says "priorit"; and a German objectives file's "## Risiken / Gegenmaßnahmen" and "## Nächste
/// Schritte" became objectives with inferred links where "## Risks" and "## Next steps" are asides.
@Suite("Non-English headings: priorities sections and asides")
struct NonEnglishHeadingsTrial23Tests {
    func strategy(_ markdown: String) -> StrategyParser.Result {
        StrategyParser(config: WorkspaceConfig()).parse(read(markdown, path: "strategy.md"))
    }

    func objectives(_ markdown: String) -> ObjectivesFile {
        ObjectivesParser().parse(read(markdown, path: "objectives/2025-Q4.md")).0
    }

    @Test("the priorities heading in German, French, Spanish, Polish, Dutch and Italian is the priorities section",
          arguments: ["Prioritäten", "Strategische Prioritäten", "PRIORITÄTEN", "Priorités", "Axes prioritaires", "Prioridades",
                      "Prioridade", "Priorytety", "Prioriteiten", "Priorità"])
    func prioritiesHeading(_ heading: String) {
        let result = strategy("""
            # Strategie

            ## Ziel

            Eine stabile, beobachtbare und sichere Plattform.

            ## \(heading)

            1. **Stabilität.** Die Plattform erreicht das Level Stable. {#stabilitaet}
            2. **Sicherheit.** Authentifizierung und Secrets-Handling. {#security}
            """)
        #expect(result.strategy.priorities.map(\.id) == ["stabilitaet", "security"])
        #expect(!result.diagnostics.contains { $0.code == .noPriorities }, "\(result.diagnostics.map(\.message))")
    }

    @Test("'# Prioritäten' over H2s: each H2 is a priority, as under '# Priorities'")
    func prioritiesHeadingOne() {
        let result = strategy("""
            # Strategie 2026

            # Prioritäten

            ## Stabilität

            Die Plattform erreicht das Level Stable.

            ## Sicherheit

            Secrets-Handling.

            # Arbeitsweise

            Kleine Schritte.
            """)
        #expect(result.strategy.priorities.map(\.title) == ["Stabilität", "Sicherheit"])
        #expect(!result.diagnostics.contains { $0.code == .noPriorities })
    }

    @Test("how work is ranked is still no priorities section", arguments: ["Prioritization process", "Work prioritized for later",
                                                                           "Prioritising requests"])
    func rankingIsNoPriorities(_ heading: String) {
        #expect(strategy("# S\n\n## \(heading)\n\n- x\n").diagnostics.map(\.code) == [.noPriorities])
    }

    @Test("risks, next steps, open questions and notes in German, French, Spanish and Portuguese are asides",
          arguments: ["Risiken / Gegenmaßnahmen", "Nächste Schritte", "Offene Fragen", "Hintergrund", "Anmerkungen",
                      "Risques et dépendances", "Prochaines étapes", "Questions ouvertes",
                      "Riesgos y mitigaciones", "Próximos pasos", "Preguntas abiertas", "Riscos e mitigações", "Próximos passos"])
    func asides(_ title: String) {
        let file = objectives("""
            # Q4 Roadmap

            ## Stabilisierung

            - Level Stable bis Ende Q4

            ## \(title)

            - Unklare Abhängigkeiten → Architektur-Diagramme + Contract-Tests
            - Observability-Setup starten, Memory-API RFC finalisieren
            """)
        #expect(file.objectives.map(\.title) == ["Stabilisierung"])
    }

    @Test("work named with those words stays an objective", arguments: ["Risiken im Rechenzentrum senken",
                                                                     "Réduire les risques de sécurité", "Notas de versión automatizadas"])
    func workWithThoseWords(_ title: String) {
        let file = objectives("# Q4\n\n## \(title)\n\n- 40 Tests (jetzt 12)\n")
        #expect(file.objectives.map(\.title) == [title])
    }
}
