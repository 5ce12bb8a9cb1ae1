import Testing
@testable import BearingModel
@testable import BearingParse

/// Ids, references and diagnostics a new user's twentieth trial got wrong: two teams' objectives of one title, a
/// reference that is the singular of a priority id, and misspelt metadata keys.
@Suite("References and ids, twentieth trial")
struct ReferencesTrial20Tests {
    static let strategy = """
        # Strategy

        ## Priorities

        1. **Win mid-size clinics.** Clinics of five to fifty staff. {#clinics}
           - **Self-serve onboarding:** a clinic goes live in a day without a call. {#onboarding}
        2. **Grow revenue.** {#revenue}
        """

    static func teamFile(_ team: String, owner: String, extra: String = "") -> String {
        """
        ---
        team: \(team)
        ---
        # \(team) 2026-Q4

        ## Hire engineers

        - Owner: \(owner)
        - Priorities: revenue

        - [ ] Engineers hired: 1 of 3
        \(extra)
        """
    }

    // MARK: Two teams, one title

    @Test("two teams' objectives of one title both stay, the later one with its team in its id and a note")
    func teamsShareATitle() {
        let plan = loadWorkspace(["strategy.md": Self.strategy,
                                  "objectives/2026-Q4-growth.md": Self.teamFile("Growth", owner: "Grace Hopper"),
                                  "objectives/2026-Q4-platform.md": Self.teamFile("Platform", owner: "Ada Lovelace")])
        #expect(plan.objectives.map(\.id).sorted() == ["2026-q4/hire-engineers", "2026-q4/hire-engineers-platform"])
        #expect(plan.errors.isEmpty, "\(plan.errors)")
        let note = plan.diagnostics.first { $0.code == .teamObjectiveID }
        #expect(note?.severity == .note)
        #expect(note?.location.path == "objectives/2026-Q4-platform.md")
        #expect(note?.location.line == 6)
        #expect(note?.message.contains("`2026-q4/hire-engineers-platform`") == true)
    }

    @Test("a reference by the title two teams share is ambiguous, and names both ids")
    func sharedTitleReferenceIsAmbiguous() {
        let plan = loadWorkspace(["strategy.md": Self.strategy,
                                  "objectives/2026-Q4-growth.md": Self.teamFile("Growth", owner: "Grace Hopper"),
                                  "objectives/2026-Q4-platform.md": Self.teamFile("Platform", owner: "Ada Lovelace"),
                                  "roadmaps/product.md": """
                                      # Product roadmap

                                      ## Now

                                      ### Hiring pipeline

                                      - Objective: Hire engineers
                                      """])
        let ambiguous = plan.diagnostics.first { $0.code == .ambiguousReference }
        #expect(ambiguous?.message.contains("`2026-q4/hire-engineers`") == true)
        #expect(ambiguous?.message.contains("`2026-q4/hire-engineers-platform`") == true)
    }

    /// Sourcegraph's quarterly OKRs: "## Company" over the company's objectives (no team: "Company" names none), then
    /// "## Sales" taking up one of them under its very title. A duplicate-id error failed `check` on the real file.
    @Test("a team's objective that shares its title with the company's gets the team in its id, with a note")
    func teamTakesUpCompanyObjective() {
        let plan = loadWorkspace(["strategy.md": Self.strategy, "objectives/2026-Q4.md": """
            # Q4 2026 OKRs

            ## Company

            1. **OBJECTIVE: Make the product valuable to every clinic**
               - KR: 40 clinics live
            1. **OBJECTIVE: Build a company that thrives amid rapid growth**
               - KR: Team satisfaction increases

            ## Sales

            1. **OBJECTIVE: Make the product valuable to every clinic**
               - KR: 100% logo retention on Q4 renewals
            1. **OBJECTIVE: Build a company that thrives amid rapid growth**
               - KR: New team members are demo certified within 30 days
            """])
        #expect(plan.errors.isEmpty, "\(plan.errors)")
        #expect(plan.objectives.map(\.id) == ["2026-q4/make-the-product-valuable-to-every-clinic", "2026-q4/build-a-company-that-thrives-amid-rapid-growth",
                                              "2026-q4/make-the-product-valuable-to-every-clinic-sales",
                                              "2026-q4/build-a-company-that-thrives-amid-rapid-growth-sales"])
        #expect(plan.diagnostics.filter { $0.code == .teamObjectiveID }.map(\.location.line) == [12, 14])
    }

    @Test("the same title twice in one file is still a duplicate id")
    func sameFileDuplicateStaysAnError() {
        let plan = loadWorkspace(["strategy.md": Self.strategy, "objectives/2026-Q4.md": """
            # 2026-Q4

            ## Hire engineers

            - Owner: Ada Lovelace

            ## Hire engineers

            - Owner: Grace Hopper
            """])
        #expect(plan.errors.map(\.code) == [.duplicateID])
        #expect(plan.objectives.map(\.id) == ["2026-q4/hire-engineers", "2026-q4/hire-engineers-2"])
    }

    // MARK: A priority id's singular

    @Test("`clinic` is the priority `clinics`, not its sub-priority whose summary mentions a clinic")
    func singularOfAnID() {
        let plan = loadWorkspace(["strategy.md": Self.strategy, "objectives/2026-Q4.md": """
            # 2026-Q4

            ## Sign up clinics

            - Owner: Ada Lovelace
            - Priorities: clinic
            """, "bearing.yml": "weights:\n  clinic: 50%\n  revenue: 50%\n"])
        #expect(plan.objectives.first?.resolved.priorities == ["clinics"])
        #expect(plan.strategy?.weights["clinics"] == 0.5)
        #expect(plan.strategy?.weights["onboarding"] == nil)
        #expect(!plan.codes.contains(.parentAndChildReference))
    }

    // MARK: Misspelt keys

    @Test("misspelt keys suggest the key whose value fits, a swap of two letters counting as one edit")
    func misspeltKeys() {
        let plan = loadWorkspace(["strategy.md": Self.strategy, "objectives/2026-Q4.md": """
            # 2026-Q4

            ## Sign up clinics

            - Owner: Ada Lovelace
            - Stauts: off track
            - Tema: Growth
            - Deu: 2026-12-01
            """])
        let fixes = plan.diagnostics.filter { $0.code == .unknownKey }.map { "\($0.location.line): \($0.fix ?? "")" }
        #expect(fixes == ["6: did you mean `Status`?", "7: did you mean `Team`?", "8: did you mean `Due`?"])
    }

    @Test("a three-letter key is no typo of a key its value does not fit")
    func shortKeysNeedAFittingValue() {
        #expect(MetadataReader.nearKey("Deu", value: "2026-12-01") == "due")
        #expect(MetadataReader.nearKey("Deu", value: "Growth") == nil)
        #expect(MetadataReader.nearKey("Tag", value: "Growth") == nil)
        #expect(DidYouMean.editDistance("stauts", "status", limit: 3) == 1)
        #expect(DidYouMean.editDistance("kitten", "sitting", limit: 5) == 3)
    }
}
