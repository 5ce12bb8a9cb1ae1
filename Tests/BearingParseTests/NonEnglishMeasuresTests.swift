import Testing
@testable import BearingModel
@testable import BearingParse

/// Key results written in German, French, Spanish, Portuguese, Italian or Dutch are read as their English forms are:
/// "de 60 % a 75 %" states a target (its trailing "75 %" was read as three quarters done), "3 von 5" is a count of a
/// total, "aktuell 70 %" is the current value.
@Suite("Key results measured in other languages")
struct NonEnglishMeasuresTests {
    func near(_ value: Double?, _ expected: Double) -> Bool {
        value.map { abs($0 - expected) < 0.01 } ?? false
    }

    @Test("a range or a change with no current value is a target, never a share done", arguments: [
        "Aumentar la retención de 60 % a 75 %",
        "Steigerung der Bindung von 60 % auf 75 %",
        "Augmenter la rétention de 60 % à 75 %",
        "Aumentar a retenção de 60% para 75%",
        "Aumentare la retention dal 60% fino a 75%",
        "Retentie verhogen van 60% naar 75%",
        "Réduire le churn de 20 %",
        "Churn um 20 % senken",
        "Reducir el churn en un 20 %",
        "Testabdeckung mindestens 80 %",
        "Cobertura de pruebas al 80 %",
        "Llevar la cobertura a 80 %",
    ])
    func targets(_ text: String) {
        let reading = ProgressReader.read(text, checked: false)
        #expect(reading.progress == nil, "\(text): \(String(describing: reading.progress))")
        #expect(reading.unread != nil, "\(text) says it states a target")
    }

    @Test("a range with its current value, a count of a total and a share done are read", arguments: [
        ("Steigerung der Bindung von 60 % auf 80 %, aktuell 70 %", 0.5),
        ("Augmenter la rétention de 60 % à 80 %, actuellement 70 %", 0.5),
        ("Aumentar la retención de 60 % a 80 %, actualmente 70 %", 0.5),
        ("Aumentar a retenção de 60% para 80%, atualmente 70%", 0.5),
        ("Reducir el tiempo de 40 a 10 minutos, ahora 25", 0.5),
        ("3 von 5 Diensten mit Health-Endpoint", 0.6),
        ("Servicios con health endpoint: 3 de 5", 0.6),
        ("Services migrés : 3 sur 5", 0.6),
        ("Migrazione 60 % completato", 0.6),
        ("Migration der Datenbank: 60 % erledigt", 0.6),
    ])
    func readsProgress(_ text: String, _ expected: Double) {
        let reading = ProgressReader.read(text, checked: false)
        #expect(near(reading.progress, expected), "\(text): \(String(describing: reading.progress))")
    }

    @Test("English key results read as before", arguments: [
        ("Run a 5k with 3 of 5 teams", nil),
        ("Adoption 45%", 0.45),
        ("Increase retention from 60% to 80%, now 70%", 0.5),
        ("Deploy to 3 of 5 regions", nil),
        ("Members: 48 of 60", 0.8),
        ("Grow revenue by 20%", nil),
        ("Cut the number of standard incidents to 3", nil),
    ] as [(String, Double?)])
    func english(_ text: String, _ expected: Double?) {
        let reading = ProgressReader.read(text, checked: false)
        if let expected {
            #expect(near(reading.progress, expected), "\(text): \(String(describing: reading.progress))")
        } else {
            #expect(reading.progress == nil, "\(text): \(String(describing: reading.progress))")
        }
    }

    @Test("English text holds none of the words: the text is unchanged")
    func unchanged() {
        for text in ["Reduce p95 from 800 ms to 300 ms, now 500 ms", "Hire a 2nd designer", "Ship the standard plan to 40 customers",
                     "Annual continuity drills: 2 of 4", "Explore 3 corporate partners"] {
            #expect(MeasureWords.english(text) == text, "\(text)")
        }
    }

    @Test("a key-result list written in Spanish keeps every item, none read as done from its target")
    func spanishList() {
        let markdown = """
        # Q4 2026

        ## Mejorar la retención

        - Aumentar la retención de 60 % a 75 %
        - [ ] Lanzar 2 de 4 campañas
        - 3 de 5 servicios con health endpoint
        """
        let (file, _) = ObjectivesParser().parse(read(markdown, path: "objectives/2026-Q4.md"))
        let results = file.objectives.first?.keyResults ?? []
        #expect(results.first { $0.text.hasPrefix("Aumentar") }?.progress == nil)
        #expect(near(results.first { $0.text.hasPrefix("3 de 5") }?.progress, 0.6))
    }
}

/// A Spanish OKR template's table (`| Key Result | Meta | Actual | % Avance |`) gave "its Current value has no target"
/// for every row, its `Objetivo:` line a did-you-mean of `Objective` (a reference), and `Responsable:` was no owner.
@Suite("Key-result tables and fields headed in other languages")
struct NonEnglishTablesTests {
    func objectives(_ markdown: String) -> (ObjectivesFile, [Diagnostic]) {
        ObjectivesParser().parse(read(markdown, path: "objectives/2026-Q4.md"))
    }

    @Test("Meta / Actual, Ziel / Ist, Cible / Actuel, Alvo / Atual are a target and where it stands", arguments: [
        ("Key Result", "Meta", "Actual"), ("Schlüsselergebnis", "Ziel", "Ist"), ("Résultat clé", "Cible", "Actuel"),
        ("Resultado-chave", "Alvo", "Atual"), ("Resultado clave", "Meta", "Valor actual"),
    ])
    func headers(_ kr: String, _ target: String, _ current: String) {
        let (file, diagnostics) = objectives("""
            # OKRs Q4 2026

            ## OKR 1: Servicio confiable

            | \(kr) | \(target) | \(current) |
            |---|---|---|
            | Alertas con runbook | 24 | 18 |
            """)
        let result = file.objectives.first?.keyResults.first
        #expect(result?.progress.map { abs($0 - 0.75) < 0.001 } ?? false, "\(kr)/\(target)/\(current): \(String(describing: result?.progress)) \(diagnostics)")
    }

    @Test("Objetivo: is the objective's own words, Responsable: its owner, Equipo: its team, Fecha límite: its due date")
    func fields() {
        let (file, diagnostics) = objectives("""
            # OKRs Q4 2026

            ## Servicio confiable

            Objetivo: Que nada de lo que usan los clientes se caiga.
            Responsable: Ana Pérez
            Equipo: Plataforma
            Fecha límite: 2026-12-15

            - [ ] Alertas con runbook: 18 de 24
            """)
        let objective = file.objectives.first
        #expect(objective?.metadata.owners == ["Ana Pérez"])
        #expect(objective?.metadata.team == "Plataforma")
        #expect(objective?.metadata.due == "2026-12-15")
        #expect(!diagnostics.contains { $0.code == .unknownKey }, "\(diagnostics)")
        #expect(objective?.keyResults.first?.progress.map { abs($0 - 0.75) < 0.001 } ?? false)
    }
}
