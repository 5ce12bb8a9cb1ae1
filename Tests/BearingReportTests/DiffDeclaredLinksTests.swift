import BearingAlign
import BearingModel
import Foundation
import Testing
@testable import BearingReport

/// A change that fixes `Priorites:` to `Priorities:` makes links declared that were inferred. `bearing diff` showed the
/// item whose inferred link matched as unchanged, and the other as "gained Platform; lost Revenue", as if the user
/// had moved it off a priority it never declared.
@Suite("Diff of links that became declared")
struct DiffDeclaredLinksTests {
    static func objectives(key: String) -> String {
        """
        # 2026-Q4

        ## Run the shared platform reliably

        - Status: on-track
        - \(key): platform

        Run the shared platform reliably for every community, with reliable operations.

        ## Grow memberships

        - Status: on-track
        - \(key): platform

        Grow recurring revenue: memberships cover core services.
        """
    }

    static func diff() -> (PlanDiff, String) {
        let base = loadWorkspace(["strategy.md": diffStrategy, "objectives/2026-Q4.md": objectives(key: "Priorites")])
        let head = loadWorkspace(["strategy.md": diffStrategy, "objectives/2026-Q4.md": objectives(key: "Priorities")])
        let (a, b) = (align(base), align(head))
        var titles: [String: String] = [:]
        for item in b.items { titles[item.id] = item.title }
        for priority in b.strategy.priorities { titles[priority.id] = priority.title }
        let diff = PlanDiff(base: (base, a, "main", String(repeating: "a", count: 40)), head: (head, b, "working tree", nil))
        return (diff, DiffMarkdown(diff: diff, titles: titles).render())
    }

    @Test("a link that was inferred and is now declared is reported as declared, with the key's fix")
    func confirmed() throws {
        let (diff, text) = Self.diff()
        let item = try #require(diff.items.first { $0.title == "Run the shared platform reliably" })
        #expect(item.declaredBefore.isEmpty && item.declaredAfter == ["platform"])
        #expect(item.correctedKey == "Priorites")
        #expect(item.linksLost.isEmpty)
        #expect(text.contains("misspelt `Priorites:` key corrected; now declares Platform (was inferred)"))
    }

    @Test("inferred links a first declaration replaces are not reported as lost")
    func replaced() throws {
        let (diff, text) = Self.diff()
        let item = try #require(diff.items.first { $0.title == "Grow memberships" })
        #expect(item.linksLost.contains("revenue"))
        let row = try #require(text.split(separator: "\n").first { $0.contains("Grow memberships") })
        #expect(row.contains("misspelt `Priorites:` key corrected; no longer inferred to serve Revenue"), "\(row)")
        #expect(!row.contains("lost "))
        // Its text is about revenue: the platform it now declares was never inferred, and its text does not support it
        // (`declared-unsupported`), so it is said to be declared, not "now declares Platform (was inferred)".
        #expect(row.contains("⚠️ declares Platform — its text does not say how"), "\(row)")
        #expect(!row.contains("was inferred"), "\(row)")
    }
}
