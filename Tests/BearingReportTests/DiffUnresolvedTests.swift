import BearingAlign
import BearingModel
import Foundation
import Testing
@testable import BearingReport

/// `bearing diff`'s comment is where a pull request's author reads what they broke (trial 21, F33): a new error keeps the
/// did-you-mean `check` prints, and an item whose `Priorities:` names nothing says so rather than "serves" whatever
/// inference picked meanwhile.
@Suite("Diff of unresolved declarations")
struct DiffUnresolvedTests {
    static let base = """
        # 2026-Q4

        ## Run the shared platform reliably

        - Priorities: platform

        Run the shared platform reliably for every community, with reliable operations.
        """

    static let head = base + """


        ## Grow memberships

        - Priorities: comunity

        Grow recurring revenue: memberships cover core services.
        """

    @Test("a new error shows its did-you-mean, and the item declaring it is shown as unresolved")
    func unresolved() throws {
        let before = loadWorkspace(["strategy.md": diffStrategy, "objectives/2026-Q4.md": Self.base])
        let after = loadWorkspace(["strategy.md": diffStrategy, "objectives/2026-Q4.md": Self.head])
        let (a, b) = (align(before), align(after))
        var titles: [String: String] = [:]
        for item in b.items { titles[item.id] = item.title }
        for priority in b.strategy.priorities { titles[priority.id] = priority.title }
        let diff = PlanDiff(base: (before, a, "main", String(repeating: "a", count: 40)), head: (after, b, "working tree", nil))
        let text = DiffMarkdown(diff: diff, titles: titles).render()
        let error = try #require(after.diagnostics.first { $0.code == .unresolvedReference })
        let fix = try #require(error.fix)
        #expect(fix.contains("did you mean"))
        let errorRow = try #require(text.split(separator: "\n").first { $0.contains("`objectives/2026-Q4.md:") && $0.contains("comunity") })
        #expect(errorRow.contains(DiffMarkdown.cell(error.message) + "; " + DiffMarkdown.cell(fix)))
        let item = try #require(diff.items.first { $0.title == "Grow memberships" })
        #expect(item.change == .added && item.unresolvedAfter == ["comunity"])
        let row = try #require(text.split(separator: "\n").first { $0.contains("**Grow memberships**") })
        #expect(row.contains("added; ⚠️ declares `comunity`, which is unresolved (see New errors)"))
        #expect(!row.contains("; serves "))
    }
}
