import Foundation
import Testing
import BearingModel
@testable import BearingAlign

/// A scored OKR sheet (IPFS's: a bold objective row over one row per key result) gives its objective no body of its
/// own. Linked by its title alone, "Stay current with the field" went wherever one word took it; its key results say
/// what it is about, as a list of key results under a heading does.
@Suite("An objective from a table is linked by its key results' words")
struct TableObjectiveTextTests {
    @Test("the key results of a table's objective row are its text")
    func keyResultWordsLink() throws {
        let workspace = plan(["strategy.md": smallStrategy, "objectives/2026-Q4.md": """
            # Team OKRs

            ## 2026 Q4
            | **Team** | **Priority** | **Owner** | **End-Q** |
            | --- | --- | --- | --- |
            | **1 Stay current with the field** |  |  |  |
            | Grow paid memberships from 120 to 200 | P0 | ada | 0.5 |
            | Launch a recurring sponsorship tier for companies | P1 | lin | 0.2 |
            """])
        let objective = try #require(workspace.objectives.first)
        #expect(objective.body.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty)
        let item = try #require(AlignedItem.collect(workspace).first { $0.id == objective.id })
        #expect(item.text.contains("paid memberships"))
        let links = align(workspace).links.filter { $0.item == objective.id }
        #expect(links.first?.priority == "revenue" || links.first?.priority == "memberships", "\(links.map(\.priority))")
    }

    @Test("an objective with a body of its own is linked by it, as written")
    func ownBodyKept() {
        #expect(AlignedItem.body("Ship the SSO connector.", keyResults: []) == "Ship the SSO connector.")
        let result = KeyResult(text: "Grow paid memberships", done: false, progressSource: .unknown,
                               location: SourceLocation(path: "o.md", line: 1))
        #expect(AlignedItem.body("Why: members fund the core.", keyResults: [result]) == "Why: members fund the core.")
        #expect(AlignedItem.body("  \n", keyResults: [result]) == "Grow paid memberships")
    }
}
