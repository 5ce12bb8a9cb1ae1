import Testing
@testable import BearingModel
@testable import BearingParse

/// A sub-priority listed under its label (`- 1a. Open clubs in the north`) is titled by its words, and the label stays
/// its id: objectives name it by the label (`Priority: 1a`), and those references resolved while the label was misread as
/// the title. Titling it by its words must not break them.
@Suite("Sub-priority labels stay their ids")
struct SubPriorityLabelIDTests {
    @Test("'Priority: 1a' names the sub-priority listed as '- 1a. Open clubs in the north'")
    func digitLetterLabel() {
        let plan = loadWorkspace(["strategy.md": """
            # Strategy

            ## Goals

            1. **Reach more children.**
               - 1a. Open clubs in the north
               - 1b. Train volunteers
            2. **Grow income.**
            """, "objectives/2027-Q1.md": """
            # Q1 2027

            ## Open clubs
            Priority: 1a

            - 3 clubs open (now 1)

            ## Volunteer course
            Priorities: 1b, 2
            """])
        #expect(plan.strategy?.priorities.map(\.title) == ["Reach more children", "Open clubs in the north", "Train volunteers", "Grow income"])
        #expect(plan.diagnostics.filter { $0.severity == .error }.isEmpty)
        #expect(plan.objectives.map(\.resolved.priorities) == [["1a"], ["1b", "grow-income"]])
    }
}

/// An owner written with their role in brackets is the person: the role is not part of their name.
@Suite("Owners written with their role")
struct OwnerRoleTests {
    @Test("a role in brackets after a name leaves the name; other brackets stay", arguments: [
        ("Tom Reyes (Head of Fundraising)", "Tom Reyes"), ("Ada (product lead)", "Ada"), ("Sam Kaur (CEO)", "Sam Kaur"),
        ("Infra (Bob)", "Infra (Bob)"), ("Priya Shah", "Priya Shah"),
    ])
    func role(_ written: String, _ name: String) {
        #expect(MetadataValues.withoutRole(written) == name)
    }

    @Test("an objective's owner line with a role gives the person")
    func ownerLine() {
        let (file, _) = ObjectivesParser().parse(read("""
            ## Put fundraising on a steady footing
            Owner: Tom Reyes (Head of Fundraising)

            - £200k in new grants (now £80k)
            """, path: "objectives/2027-Q1.md"))
        #expect(file.objectives.map(\.metadata.owners) == [["Tom Reyes"]])
    }
}

/// The `owner-spellings` note's fix ties a handle to the name, never the name to the handle.
@Suite("The owner-spellings fix names the person")
struct OwnerSpellingsFixTests {
    @Test("'jamie-chen' first and 'Jamie Chen' later: the fix lists Jamie Chen as the person")
    func handleFirst() {
        let plan = loadWorkspace(["strategy.md": "# S\n\n## Priorities\n\n1. **Reach.** More people.\n",
                                  "objectives/2026-Q4.md": "# Q4 2026\n\n## Open a club\nOwner: jamie-chen\n\n- 3 clubs open (now 1)\n",
                                  "objectives/2027-Q1.md": "# Q1 2027\n\n## Train volunteers\nOwner: Jamie Chen\n\n- 40 trained (now 12)\n"])
        let notes = plan.diagnostics.filter { $0.code == .ownerSpellings }
        #expect(notes.count == 1)
        #expect(notes.first?.fix?.contains(#"people: { "Jamie Chen": ["jamie-chen"] }"#) == true)
    }
}
