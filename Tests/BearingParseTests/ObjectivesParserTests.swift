import Testing
@testable import BearingModel
@testable import BearingParse

@Suite("Objectives parser")
struct ObjectivesParserTests {
    func parse(_ text: String, path: String = "objectives/2026-Q4.md", ignore: [String] = []) -> (ObjectivesFile, [Diagnostic]) {
        var config = WorkspaceConfig()
        config.ignoreHeadings = ignore
        return ObjectivesParser(config: config).parse(read(text, path: path))
    }

    @Test("metadata as lines, as a bullet list, and with bold keys")
    func metadataForms() {
        let (file, diagnostics) = parse("""
            # Q4

            ## Lines
            Owner: Ada
            Status: on track
            Aligns to: platform

            ## Bullets
            - **Owners:** Ada, @grace and Linus
            - **Status**: At risk
            - Priority: 2.1, "Grow reliable revenue"
            - Confidence: 70%
            - Size: L
            - Due: 2026-12-18
            - Issues: #12, #13
            - Budget: $20K

            ## Bold paragraph
            **Team:** Platform
            **Effort:** 3
            """)
        #expect(diagnostics.isEmpty)
        let lines = file.objectives[0].metadata
        #expect(lines.owners == ["Ada"] && lines.status == .onTrack && lines.priorities.map(\.text) == ["platform"])
        let bullets = file.objectives[1].metadata
        #expect(bullets.owners == ["Ada", "grace", "Linus"])
        #expect(bullets.status == .atRisk)
        #expect(bullets.priorities.map(\.text) == ["2.1", "Grow reliable revenue"])
        #expect(bullets.priorities.map(\.location.column) == [13, 18])
        #expect(bullets.confidence == 0.7 && bullets.effort == 3 && bullets.due == "2026-12-18")
        #expect(bullets.issues == ["#12", "#13"])
        #expect(bullets.custom == [CustomField(key: "Budget", value: "$20K")])
        #expect(file.objectives[2].metadata.team == "Platform" && file.objectives[2].metadata.effort == 3)
    }

    @Test("key results, initiatives and body")
    func keyResultsAndInitiatives() {
        let (file, diagnostics) = parse("""
            ## Cut toil {#toil}
            - Owner: Ada
            - [ ] Hours from 40 to 20, now 30
            - [x] Upgrades automated

            Why it matters.

            ### Automated upgrades
            Status: done

            - [ ] 30/46 hubs
            """)
        #expect(diagnostics.isEmpty)
        let objective = file.objectives[0]
        #expect(objective.id == "toil" && objective.explicitID)
        #expect(objective.metadata.owners == ["Ada"])
        #expect(objective.keyResults.map(\.progress) == [0.5, 1, 30.0 / 46])
        #expect(objective.initiatives.map(\.id) == ["toil/automated-upgrades"])
        #expect(objective.initiatives[0].metadata.status == .done)
        #expect(objective.initiatives[0].keyResults.count == 1)
        #expect(objective.body.hasPrefix("- [ ] Hours"))
    }

    @Test("quarter from front matter, file name, or title", arguments: [
        ("---\nquarter: 2026-Q3\n---\n## A\ntext\n", "objectives/plan.md", "2026-Q3"),
        ("## A\ntext\n", "objectives/2026-Q2.md", "2026-Q2"),
        ("# Goals for Q1 2027\n\n## A\ntext\n", "objectives/platform.md", "2027-Q1"),
    ])
    func quarter(text: String, path: String, expected: String) {
        let (file, diagnostics) = parse(text, path: path)
        #expect(file.quarter?.description == expected)
        #expect(diagnostics.isEmpty)
        #expect(file.objectives.first?.id == expected.lowercased() + "/a")
    }

    @Test("no quarter anywhere is an error; disagreements are warnings")
    func quarterProblems() {
        #expect(parse("## A\ntext\n", path: "objectives/team.md").1.map(\.code) == [.noQuarter])
        #expect(parse("---\nquarter: soon\n---\n## A\ntext\n", path: "objectives/team.md").1.map(\.code) == [.noQuarter])
        #expect(parse("---\nquarter: 2026-Q3\n---\n## A\ntext\n").1.map(\.code) == [.quarterMismatch])
        #expect(parse("# Q1 2026 goals\n\n## A\ntext\n").1.map(\.code) == [.quarterMismatch])
    }

    @Test("warnings: unknown status, near-miss key, bad values, empty objective, unreadable progress")
    func warnings() {
        let (file, diagnostics) = parse("""
            ## One
            - Status: in limbo
            - Ownr: Ada
            - Owner: Grace
            - Confidence: very
            - Effort: huge
            - Due: someday
            - [ ] p95 latency currently 350ms
            - [x] Adoption 3/4

            ## Empty
            """)
        #expect(diagnostics.map(\.code) == [.unknownStatus, .unknownKey, .invalidValue, .invalidValue, .invalidValue,
                                            .progressUnreadable, .checkedIncomplete, .emptyObjective])
        #expect(diagnostics.first { $0.code == .unknownKey }?.fix == "did you mean `Owner`?")
        #expect(file.objectives[0].metadata.custom.map(\.key) == ["Ownr"])
    }

    @Test("prose-only objectives and ignored headings")
    func proseOnly() {
        let (file, diagnostics) = parse("## Do a thing\n\nJust prose.\n\n## Acknowledgements\n\nThanks.\n", ignore: ["acknowledgements"])
        #expect(diagnostics.isEmpty)
        #expect(file.objectives.map(\.title) == ["Do a thing"])
        #expect(file.objectives[0].metadata.isEmpty)
    }

    @Test("a prose list that happens to contain colons is not metadata")
    func proseListIsNotMetadata() {
        let (file, _) = parse("## A\n- **Roadmap**: our roadmap must invite participation.\n- **Development**: tighter loops.\n")
        #expect(file.objectives[0].metadata.isEmpty)
    }

    @Test("2i2c 2025 quarterly posts give 7, 5 and 4 objectives with no metadata and no errors",
          .enabled(if: Corpus.isPresent, Corpus.absent),
          arguments: [("2025-q1-product-goals.md", 7, "2025-Q1"), ("2025-q2-product-goals.md", 5, "2025-Q2"), ("2025-q3-goals.md", 4, "2025-Q3")])
    func corpusPosts(file: String, count: Int, quarter: String) throws {
        var config = WorkspaceConfig()
        config.ignoreHeadings = ["Another update coming in *", "Acknowledgements"]
        let document = try Corpus.document("website/blog/" + file, as: "objectives/" + file)
        let (parsed, diagnostics) = ObjectivesParser(config: config).parse(document)
        #expect(diagnostics.isEmpty)
        #expect(parsed.objectives.count == count)
        #expect(parsed.quarter?.description == quarter)
        #expect(parsed.objectives.allSatisfy { $0.metadata.isEmpty && !$0.body.isEmpty })
    }

    @Test("a number after a team word in a heading is the team's name, not a year that overrides the file's quarter")
    func teamNumberIsNotAYear() {
        let (file, _) = parse("""
            ---
            quarter: 2026-Q4
            ---

            # Objectives of team 1915

            ## Share storage documentation 1915-2

            - Owner: Ada
            """, path: "objectives/team-01915.md")
        #expect(file.objectives.map(\.quarter?.description) == ["2026-Q4"])
    }
}
