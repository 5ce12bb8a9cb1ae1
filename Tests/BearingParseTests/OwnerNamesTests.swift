import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// One name per person: spellings a reader folds (case, spacing, a leading `@`) are one owner; handles and initials
/// are tied to a name only by `people:` in bearing.yml; accents and punctuation get a note, never a merge.
@Suite("Owner names")
struct OwnerNamesTests {
    static let lab = """
        # Q1 2027 OKRs

        ## Answer every member query within two days
        Owner: Sam Kaur

        - [ ] 1/2 queues moved

        ## Launch online sign-up
        Owner: @sam.k

        - [ ] 120/300 sign-ups

        ## Raise the grant funding
        Owner: sam kaur

        - [ ] 1/3 partners signed

        ## Publish the annual report
        Owner: Sam  Kaur, SAM KAUR

        - [ ] 0/1 report published
        """

    static let roadmap = """
        # Lab roadmap

        ## Now

        | Item | Owner | Status |
        |---|---|---|
        | Move the helpdesk | sam kaur | In progress |
        | Grant tracker | SK | Planned |
        """

    func owners(_ plan: Plan) -> [[String]] {
        plan.objectives.map(\.metadata.owners) + plan.roadmapItems.map(\.metadata.owners)
    }

    @Test("'Sam Kaur', 'sam kaur' and 'Sam  Kaur' are one owner, shown as written with capitals; a handle stays apart unless told")
    func caseAndSpacing() {
        let plan = loadWorkspace(["strategy.md": minimalStrategy, "objectives/2027-Q1.md": Self.lab, "roadmaps/lab.md": Self.roadmap])
        #expect(owners(plan) == [["Sam Kaur"], ["sam.k"], ["Sam Kaur"], ["Sam Kaur"], ["Sam Kaur"], ["SK"]],
                "one item naming the same person twice lists them once")
        #expect(!plan.codes.contains(.ownerSpellings), "case and spacing are folded without a note")
    }

    @Test("the spelling most written wins, one with capitals before one without")
    func mostWritten() {
        let objectives = """
            ## One
            Owner: lin zhou
            ## Two
            Owner: lin zhou
            ## Three
            Owner: LIN ZHOU
            ## Four
            Owner: Lin Zhou
            ## Five
            Owner: Lin Zhou
            """
        let plan = loadWorkspace(["strategy.md": minimalStrategy, "objectives/2026-Q4.md": objectives])
        #expect(Set(plan.objectives.flatMap(\.metadata.owners)) == ["Lin Zhou"], "two 'Lin Zhou' beat one 'LIN ZHOU'; 'lin zhou' has no capital")
    }

    @Test("people: ties handles and initials to the name, in objectives and roadmap items alike")
    func peopleMap() {
        let config = """
            people:
              Sam Kaur: ["@sam.k", "SK"]
              Jo Park: jo.p, JP
            """
        let plan = loadWorkspace(["bearing.yml": config, "strategy.md": minimalStrategy, "objectives/2027-Q1.md": Self.lab,
                                  "roadmaps/lab.md": Self.roadmap])
        #expect(plan.errorCount == 0 && !plan.codes.contains(.configUnknownKey), "\(plan.diagnostics.map(\.message))")
        #expect(plan.config.people == [Person(name: "Sam Kaur", spellings: ["@sam.k", "SK"], line: 2),
                                       Person(name: "Jo Park", spellings: ["jo.p", "JP"], line: 3)])
        #expect(owners(plan) == [["Sam Kaur"], ["Sam Kaur"], ["Sam Kaur"], ["Sam Kaur"], ["Sam Kaur"], ["Sam Kaur"]])
    }

    @Test("the name people: gives is shown even where the plan always writes it otherwise")
    func peopleNameWins() {
        let plan = loadWorkspace(["bearing.yml": "people:\n  Samira Kaur: [sam kaur]\n", "strategy.md": minimalStrategy,
                                  "objectives/2027-Q1.md": Self.lab])
        #expect(plan.objectives.map(\.metadata.owners) == [["Samira Kaur"], ["sam.k"], ["Samira Kaur"], ["Samira Kaur"]])
    }

    @Test("a spelling listed for two people is an error and ties the owner to neither; spellings as a mapping are an error")
    func conflicts() {
        let config = """
            people:
              Sam Kaur: ["@sam.k", "SK"]
              Sam Kim: ["sk", "skim"]
              Jo Park: { handle: jo.p }
            """
        let plan = loadWorkspace(["bearing.yml": config, "strategy.md": minimalStrategy, "objectives/2027-Q1.md": Self.lab,
                                  "roadmaps/lab.md": Self.roadmap])
        let invalid = plan.diagnostics.filter { $0.code == .configInvalid }
        #expect(invalid.map(\.location.line) == [3, 4], "\(invalid.map(\.message))")
        #expect(invalid.first?.message.contains("`sk` is listed for both Sam Kaur and Sam Kim") == true, "\(invalid.map(\.message))")
        #expect(plan.roadmapItems.map(\.metadata.owners) == [["Sam Kaur"], ["SK"]], "SK is neither Sam Kaur nor Sam Kim")
        #expect(plan.config.people.map(\.name) == ["Sam Kaur", "Sam Kim"])
    }

    @Test("a misspelt people: key is an unknown setting with a did-you-mean; people: as a list is an error")
    func unknownKey() {
        let misspelt = loadWorkspace(["bearing.yml": "peple:\n  Sam Kaur: [SK]\n", "strategy.md": minimalStrategy])
        #expect(misspelt.diagnostics.first { $0.code == .configUnknownKey }?.fix == "did you mean `people`?")
        let list = loadWorkspace(["bearing.yml": "people:\n  - Sam Kaur\n", "strategy.md": minimalStrategy])
        #expect(list.diagnostics.contains { $0.code == .configInvalid && $0.message.contains("`people`") })
    }

    @Test("names that differ only in accents or punctuation are noted, not merged; people: settles them")
    func accentsAndHandles() {
        let objectives = """
            ## One
            Owner: José Díaz
            ## Two
            Owner: Jose Diaz
            ## Three
            Owner: Sam Kaur
            ## Four
            Owner: @sam.kaur
            ## Five
            Owner: Jo Li
            ## Six
            Owner: Joli
            """
        let plan = loadWorkspace(["strategy.md": minimalStrategy, "objectives/2026-Q4.md": objectives])
        #expect(plan.objectives.map(\.metadata.owners) == [["José Díaz"], ["Jose Diaz"], ["Sam Kaur"], ["sam.kaur"], ["Jo Li"], ["Joli"]])
        let notes = plan.diagnostics.filter { $0.code == .ownerSpellings }
        #expect(notes.map(\.location.line) == [3, 7, 11], "at the later spelling's objective")
        #expect(notes.allSatisfy { $0.severity == .note })
        #expect(notes.first?.fix == "if they are one person, add to bearing.yml: `people: { \"José Díaz\": [\"Jose Diaz\"] }`")
        let settled = loadWorkspace(["bearing.yml": "people:\n  José Díaz: [Jose Diaz]\n", "strategy.md": minimalStrategy,
                                     "objectives/2026-Q4.md": objectives])
        #expect(settled.objectives.prefix(2).map(\.metadata.owners) == [["José Díaz"], ["José Díaz"]])
        #expect(settled.diagnostics.filter { $0.code == .ownerSpellings }.count == 2)
    }

    @Test("initials and short names are no hint: 'Al' and 'A.L.' may be anyone")
    func shortNames() {
        let plan = loadWorkspace(["strategy.md": minimalStrategy, "objectives/2026-Q4.md": "## One\nOwner: Al\n## Two\nOwner: A.L.\n"])
        #expect(!plan.codes.contains(.ownerSpellings))
    }

    @Test("a title before the name and a degree or role in brackets are no other person; other brackets are")
    func titlesAndDegrees() {
        let objectives = """
            ## One
            **Lead:** Dr. Sam Kaur
            ## Two
            Owner: Sam Kaur, PhD
            ## Three
            Owner: Tom Becker (PhD)
            ## Four
            Owner: tom becker
            ## Five
            Owner: Infra (Bob)
            ## Six
            Owner: Infra (Alice)
            ## Seven
            Owner: Prof. Ada Byron
            """
        let plan = loadWorkspace(["strategy.md": minimalStrategy, "objectives/2026-Q4.md": objectives])
        #expect(plan.objectives.map(\.metadata.owners) == [["Sam Kaur"], ["Sam Kaur"], ["Tom Becker (PhD)"], ["Tom Becker (PhD)"],
                                                           ["Infra (Bob)"], ["Infra (Alice)"], ["Prof. Ada Byron"]],
                "the plain spelling is shown when there is one; one written with capitals before one without; a lone title stays")
    }

    @Test("'S. Kaur' beside 'Sam Kaur' may be her: a note, no merge; 'S. Kim' is nobody's initial here")
    func initials() {
        let objectives = "## One\nOwner: Sam Kaur\n## Two\nOwner: S. Kaur\n## Three\nOwner: S. Kim\n## Four\nOwner: T Becker\n"
        let plan = loadWorkspace(["strategy.md": minimalStrategy, "objectives/2026-Q4.md": objectives])
        #expect(plan.objectives.map(\.metadata.owners) == [["Sam Kaur"], ["S. Kaur"], ["S. Kim"], ["T Becker"]])
        let notes = plan.diagnostics.filter { $0.code == .ownerSpellings }
        #expect(notes.map(\.location.line) == [3], "\(notes.map(\.message))")
        #expect(notes.first?.message.hasPrefix("owner S. Kaur may be Sam Kaur") == true)
    }

    @Test("spellings kept between loads give the names and notes a fresh table gives, and those no load uses any more go")
    func keptSpellings() {
        func plan(_ owners: [String]) -> Plan {
            let objectives = owners.enumerated().map { "## Objective \($0.offset)\nOwner: \($0.element)\n" }.joined(separator: "\n")
            return Plan(config: WorkspaceConfig(), strategy: nil,
                        objectiveFiles: [ObjectivesParser(config: WorkspaceConfig()).parse(MarkdownReader().read(objectives, path: "objectives/2027-Q1.md")).0],
                        roadmaps: [], diagnostics: [], files: [])
        }
        var kept = OwnerSpellings()
        let names = ["S. Kaur", "Sam Kaur", "sam.kaur", "Jamie", "Jamie Chen", "Dr. Sam  Kaur (PhD)"]
        let plans = (0..<3).map { set in (0..<100).map { "Person \(set * 100 + $0)" } + names.dropFirst(set) }
        for (step, owners) in [plans[0], plans[1], plans[0], plans[2], plans[1]].enumerated() {
            var withKept = plan(owners), fresh = plan(owners)
            let keptNotes = OwnerNames.unify(&withKept, spellings: &kept)
            #expect(keptNotes == OwnerNames.unify(&fresh), "load \(step)")
            #expect(withKept.objectiveFiles == fresh.objectiveFiles, "load \(step)")
            #expect(kept.count <= 2 * owners.count + 64, "load \(step): at most about one plan's spellings more are kept")
            // The fourth load's plan shares few spellings with the three before: the others go.
            if step == 3 { #expect(kept.count <= owners.count + names.count) }
        }
    }
}
