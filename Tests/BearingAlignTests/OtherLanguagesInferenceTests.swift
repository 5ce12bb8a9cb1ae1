import BearingModel
import Testing
@testable import BearingAlign

/// Plans written in German, French, Spanish or Portuguese, with a strategy in the same language: the vectors (distilled
/// from an English model) read such items as word pieces and score every priority alike, so the words an item shares
/// with one priority's text decide (`PriorityInferrer.sharedWordWeight`). Before, 4 of these 20 items went to the
/// wrong priority ("Imagen y marketing" to finances, trial 24's F8).
@Suite("Inference on plans in other languages")
struct OtherLanguagesInferenceTests {
    static let plans: [(language: String, priorities: String, items: [(title: String, body: String, expected: String)])] = [
        ("es", """
            1. **Finanzas ordenadas.** Gastos e ingresos registrados, presupuesto mensual y facturas al día. {#finanzas}
            2. **Marca.** Imagen, marketing, redes sociales y eventos. {#marca}
            3. **Clientes felices.** Atención al cliente rápida, soporte y retención de clientes. {#clientes}
            """, [
            ("Imagen y marketing", "Crear primer borrador de diseño de marca Establecer calendario de publicaciones y eventos", "marca"),
            ("Presupuesto del trimestre", "Registrar todos los gastos del mes Conciliar facturas pendientes con el banco", "finanzas"),
            ("Mejorar el soporte", "Responder a cada cliente en menos de 24 horas Reducir las bajas de clientes un 10 %", "clientes"),
            ("Campaña en redes sociales", "Publicar tres veces por semana en Instagram", "marca"),
            ("Cerrar las cuentas anuales", "Preparar el informe de ingresos y gastos para la gestoría", "finanzas"),
        ]),
        ("fr", """
            1. **Finances saines.** Dépenses et recettes suivies, budget mensuel, factures à jour. {#finances}
            2. **Notoriété.** Image de marque, marketing, réseaux sociaux et événements. {#marque}
            3. **Clients satisfaits.** Support rapide, accompagnement et fidélisation des clients. {#clients}
            """, [
            ("Image et marketing", "Créer une première maquette de la charte graphique Établir un calendrier des publications et des événements", "marque"),
            ("Budget du trimestre", "Enregistrer toutes les dépenses du mois Rapprocher les factures en attente avec la banque", "finances"),
            ("Améliorer le support", "Répondre à chaque client en moins de 24 heures Réduire le départ des clients de 10 %", "clients"),
            ("Campagne sur les réseaux sociaux", "Publier trois fois par semaine sur Instagram", "marque"),
            ("Clôturer les comptes annuels", "Préparer le bilan des recettes et dépenses pour le comptable", "finances"),
        ]),
        ("de", """
            1. **Solide Finanzen.** Ausgaben und Einnahmen erfasst, Monatsbudget, Rechnungen aktuell. {#finanzen}
            2. **Marke.** Markenbild, Marketing, soziale Medien und Veranstaltungen. {#marke}
            3. **Zufriedene Kunden.** Schneller Support, Kundenbetreuung und Kundenbindung. {#kunden}
            """, [
            ("Markenbild und Marketing", "Ersten Entwurf des Markendesigns erstellen Kalender für Beiträge und Veranstaltungen festlegen", "marke"),
            ("Budget des Quartals", "Alle Ausgaben des Monats erfassen Offene Rechnungen mit der Bank abgleichen", "finanzen"),
            ("Support verbessern", "Jedem Kunden innerhalb von 24 Stunden antworten Kündigungen von Kunden um 10 % senken", "kunden"),
            ("Kampagne in sozialen Medien", "Dreimal pro Woche auf Instagram posten", "marke"),
            ("Jahresabschluss", "Bericht über Einnahmen und Ausgaben für den Steuerberater vorbereiten", "finanzen"),
        ]),
        ("pt", """
            1. **Finanças organizadas.** Despesas e receitas registradas, orçamento mensal e faturas em dia. {#financas}
            2. **Marca.** Imagem, marketing, redes sociais e eventos. {#marca}
            3. **Clientes satisfeitos.** Atendimento rápido, suporte e retenção de clientes. {#clientes}
            """, [
            ("Imagem e marketing", "Criar o primeiro rascunho do design da marca Definir calendário de publicações e eventos", "marca"),
            ("Orçamento do trimestre", "Registrar todas as despesas do mês Conciliar faturas pendentes com o banco", "financas"),
            ("Melhorar o suporte", "Responder a cada cliente em menos de 24 horas Reduzir o cancelamento de clientes em 10 %", "clientes"),
            ("Campanha nas redes sociais", "Publicar três vezes por semana no Instagram", "marca"),
            ("Fechar as contas anuais", "Preparar o relatório de receitas e despesas para o contador", "financas"),
        ]),
    ]

    @Test("each item goes to the priority whose words it uses", arguments: plans.map(\.language))
    func linked(_ language: String) throws {
        let plan = try #require(Self.plans.first { $0.language == language })
        let inferrer = try InferenceCacheTests.inferrer(plan.priorities)
        for item in plan.items {
            let inference = inferrer.infer([.init(text: item.title + ". " + item.body, title: item.title)])[0]
            #expect(inference.best?.priority == item.expected, "\(item.title): \(inference.best?.priority ?? "-")")
        }
    }

    @Test("the shared words are the link's exact evidence")
    func evidence() throws {
        let plan = try #require(Self.plans.first { $0.language == "es" })
        let inferrer = try InferenceCacheTests.inferrer(plan.priorities)
        let inference = inferrer.infer([.init(text: "Imagen y marketing. Crear primer borrador de diseño de marca", title: "Imagen y marketing")])[0]
        let exact = inference.evidence.filter { $0.kind == .exact }.map(\.term)
        #expect(exact.contains("marketing") && exact.contains("imagen"), "\(exact)")
    }

    @Test("an English item the vectors read well is placed by them alone")
    func english() throws {
        let inferrer = try InferenceCacheTests.inferrer(InferenceCacheTests.strategy)
        var cache: [String: [Int32]] = [:]
        let words = inferrer.vectors.tokenizer.words(InferenceText.clean("Pass the state privacy audit with no findings"), cache: &cache)
        #expect(inferrer.sharedWords(words).weight == 0)
    }
}
