import Testing
@testable import BearingModel
@testable import BearingParse

/// Status words of plans written in German, French, Spanish, Portuguese, Italian and Dutch: `Estado: En progreso`
/// was a custom field and `| Erledigt |` in a Status column said nothing, so every such plan showed no status at all.
@Suite("Status words in other languages")
struct OtherLanguageStatusTests {
    @Test("each language's words are read, with or without accents", arguments: [
        ("En progreso", Status.onTrack), ("En cours", .onTrack), ("In Arbeit", .onTrack), ("Em andamento", .onTrack), ("In corso", .onTrack),
        ("Bezig", .onTrack), ("Erledigt", .done), ("Terminé", .done), ("termine", .done), ("Completado", .done), ("Concluído", .done),
        ("Afgerond", .done), ("Pendiente", .notStarted), ("À faire", .notStarted), ("a faire", .notStarted), ("Geplant", .notStarted),
        ("En riesgo", .atRisk), ("En retard", .atRisk), ("Verzögert", .atRisk), ("Bloqueado", .offTrack), ("Blockiert", .offTrack),
        ("Cancelado", .dropped), ("Annulé", .dropped), ("Verworfen", .dropped), ("[EN PROGRESO]", .onTrack), ("🟢 En curso", .onTrack),
    ])
    func words(_ word: String, _ expected: Status) {
        #expect(Status(reading: word) == expected, "\(word)")
    }

    @Test("words that are not statuses in any of these languages stay unread")
    func notStatuses() {
        for text in ["Mejorar la retención", "Livre blanc", "Objetivo", "Equipo", "Ziel erreicht bis Q3"] {
            #expect(Status(reading: text) == nil, "\(text)")
        }
    }

    @Test("`Estado:`, `Statut:` and `Zustand:` fields are the status, and an unknown value is warned at its line")
    func fields() throws {
        let (file, diagnostics) = ObjectivesParser().parse(read("""
            # Objetivos Q3 2026

            ## Mejorar la retención de clientes

            Responsable: Ana
            Estado: En progreso

            - Retención de 60 % a 75 %

            ## Lancer l'offre entreprise

            Statut: Terminé

            - Signer 5 contrats

            ## Die Plattform stabilisieren

            Zustand: gefährdet

            - Verfügbarkeit 99,9 %

            ## Abrir la oficina de Lisboa

            Estado: En revisión

            - Contratar 3 personas
            """, path: "objectives/2026-Q3.md"))
        #expect(file.objectives.map(\.metadata.status) == [.onTrack, .done, .atRisk, nil])
        let warning = try #require(diagnostics.first { $0.code == .unknownStatus })
        #expect(warning.location.line == 24)
    }

    @Test("a Spanish key-result table's Estado column and a German one's Status column give each row its status")
    func tables() throws {
        let (file, _) = ObjectivesParser().parse(read("""
            # Objetivos Q3 2026

            ## Mejorar la retención

            | Resultado clave | Responsable | Estado |
            |---|---|---|
            | Publicar la guía de incorporación | Ana | Completado |
            | Lanzar el programa de fidelidad | Luis | En progreso |
            | Abrir el canal de soporte 24/7 | Eva | Bloqueado |
            """, path: "objectives/2026-Q3.md"))
        let objective = try #require(file.objectives.first)
        let statuses = objective.keyResults.map(\.status) + objective.initiatives.map(\.metadata.status)
        #expect(statuses.compactMap { $0 } == [.done, .onTrack, .offTrack])
    }

    @Test("roadmap lanes named in other languages give their items a status: done, under way, dropped")
    func lanes() throws {
        let (roadmap, _) = RoadmapParser().parse(read("""
            # Feuille de route

            ## Terminé

            - Nouveau tableau de bord

            ## En cours

            - Application mobile

            ## Annulé

            - Intégration fax

            ## Erledigt

            - Exportfunktion
            """, path: "roadmaps/produit.md"))
        #expect(roadmap.items.map(\.title) == ["Nouveau tableau de bord", "Application mobile", "Intégration fax", "Exportfunktion"])
        #expect(roadmap.items.map(\.metadata.status) == [.done, .onTrack, .dropped, .done])
    }
}

/// Now / Next / Later written in other languages: `### Jetzt` / `### Als Nächstes` / `### Später` under one H2 were
/// groups of one lane, and a Spanish "Ahora / Después" file saved among the objectives was read as objectives.
@Suite("Horizon lanes in other languages")
struct OtherLanguageHorizonTests {
    @Test("H3 horizons under one H2 are the lanes", arguments: [
        ["Jetzt", "Als Nächstes", "Später"], ["Maintenant", "Ensuite", "Plus tard"], ["Ahora", "Próximamente", "Más adelante"],
        ["Agora", "Em breve", "Mais tarde"], ["Adesso", "Prossimamente", "Più avanti"], ["Nu", "Binnenkort", "Later"],
    ])
    func lanes(_ titles: [String]) {
        let (roadmap, _) = RoadmapParser().parse(read("""
            # Produkt

            ## Roadmap

            ### \(titles[0])

            - Suche im Katalog

            ### \(titles[1])

            - Mobile App

            ### \(titles[2])

            - Offline-Modus
            """, path: "roadmaps/produkt.md"))
        #expect(roadmap.lanes.map(\.title) == titles)
        #expect(roadmap.items.map(\.lane) == titles)
    }

    @Test("a file of horizon H2s saved among the objectives is a roadmap")
    func misplaced() {
        #expect(ObjectivesParser.roadmapLanes(read("""
            # Hoja de ruta

            ## Ahora

            - Buscador del catálogo

            ## Después

            - Aplicación móvil
            """, path: "objectives/hoja-de-ruta.md"))?.titles == ["Ahora", "Después"])
    }
}
