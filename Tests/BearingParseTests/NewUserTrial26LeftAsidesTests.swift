import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// Trial 26b left this: a Portuguese roadmap's `### Resultado de negócio (personas)` and `### “Definition of Done” Q1`
/// under each quarter made items titled "Admin", "Designer", "Client" and four acceptance gates.
@Suite("New users' files (trial 26b, left): persona outcomes and acceptance criteria")
struct NewUserTrial26LeftAsidesTests: TwoPriorityTrial {
    static let personas = """
        # Roadmap Q1–Q4 (produto + engenharia) — rumo a escala

        ## Q1 — “Confiável e reprodutível” (fundação)

        ### Resultado de negócio (personas)
        - **Admin**: cria projeto + provisiona board com 1 clique, com checklist de setup e reports confiáveis.
        - **Designer**: trabalha com entregáveis/versões sem perder histórico; feedback aparece consistente.
        - **Client**: revisa e aprova sem depender de “abrir o board certo na hora certa”.

        ### Entregas de engenharia (P0/P1)
        - **Banco canônico**: migrations sobem do zero; contrato fechado.
        - **Reports robustos**: métricas via views/RPC estáveis (sem drift); paginação onde necessário.

        ### “Definition of Done” Q1
        - Gate 1 e Gate 2 aprovados em `docs/architecture/gates-and-smoke-tests.md`.
        """

    @Test("persona outcomes and a Definition of Done are the lane's text, not its work")
    func personasAndDefinitionOfDone() {
        let plan = load(["roadmaps/roadmap.md": Self.personas])
        let roadmap = plan.roadmaps.first
        #expect(roadmap?.items.map(\.title) == ["Banco canônico", "Reports robustos"], "\(String(describing: roadmap?.items.map(\.title)))")
        let shown = roadmap?.lanes.first?.intro.map(\.plainText).joined(separator: "\n") ?? ""
        #expect(shown.contains("cria projeto"), "\(shown)")
        #expect(shown.contains("Gate 1 e Gate 2"), "\(shown)")
    }

    @Test("acceptance and exit criteria in five languages are asides beside the lane's work", arguments: [
        "Definition of Done", "Acceptance criteria", "Exit criteria", "Critérios de aceite", "Definição de pronto",
        "Criterios de aceptación", "Definición de hecho", "Akzeptanzkriterien", "Abnahmekriterien", "Critères d'acceptation",
        "Critères de sortie",
    ])
    func criteriaAsides(_ heading: String) {
        let read = items("# Roadmap\n\n## Q1 2027\n\n### Deliverables\n- **Search**: full-text search\n\n### \(heading)\n- Gate 1 passed\n")
        #expect(read.map(\.title) == ["Search"], "\(heading): \(read.map(\.title))")
    }

    @Test("a persona-named feature is still work", arguments: ["### Persona builder", "### Personal dashboards"])
    func personaFeature(_ heading: String) {
        let read = items("# Roadmap\n\n## Q1 2027\n\n\(heading)\n- **Templates**: start from a template\n- **Sharing**: share a link\n")
        #expect(read.count == 2, "\(read.map(\.title))")
    }
}
