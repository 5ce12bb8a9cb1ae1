import BearingAlign
import BearingModel
import Foundation
@testable import BearingReport
import Testing

/// `bearing diff` called work that declares a priority its text does not support "orphan" ("⚠️ orphan: serves no priority
/// clearly", "1 new orphan") where report, summary, update, quarter page and dashboard say it is declared ("its text does
/// not say how"); and an orphan that came to declare such a priority read "now declares Product-led growth (was
/// inferred)" (trial 26a).
@Suite struct DiffDeclaredUnsupportedTests {
    static let leaseID = OfficeLeasePlan.leaseID

    static func diff(base: Bool?, head: Bool?) -> (PlanDiff, DiffMarkdown) {
        let (before, after) = (OfficeLeasePlan.plan(lease: base), OfficeLeasePlan.plan(lease: head))
        let (a, b) = (align(before), align(after))
        var titles: [String: String] = [:]
        for item in a.items + b.items { titles[item.id] = item.title }
        for priority in b.strategy.priorities { titles[priority.id] = priority.title }
        let diff = PlanDiff(base: (before, a, "main", String(repeating: "a", count: 40)), head: (after, b, "working tree", nil))
        return (diff, DiffMarkdown(diff: diff, titles: titles))
    }

    @Test("the premise: the lease declares product-led growth, its text does not support it, and check warns")
    func premise() throws {
        let alignment = align(OfficeLeasePlan.plan(lease: true))
        #expect(alignment.unsupportedDeclarationText(of: Self.leaseID) == "declared: product-led-growth — its text does not say how")
        #expect(alignment.diagnostics.contains { $0.code == .declaredUnsupported && $0.severity == .warning })
    }

    @Test("diff: an added item declaring a priority its text does not support is said to be declared, not an orphan")
    func diffAdded() throws {
        let (diff, markdown) = Self.diff(base: nil, head: true)
        #expect(diff.newOrphans.isEmpty)
        #expect(diff.newDeclaredUnsupported == [Self.leaseID])
        #expect(diff.isRegression)
        #expect(diff.head.orphans == 1 && diff.head.declaredUnsupported == 1)
        let change = try #require(diff.items.first { $0.id == Self.leaseID })
        #expect(change.orphanAfter && change.unsupportedAfter == ["product-led-growth"])
        let text = markdown.render()
        #expect(markdown.headline.hasSuffix("· 0 new orphans · 1 new declared item, not supported by its text · 0 new errors"), "\(markdown.headline)")
        #expect(text.contains("| Orphans | 0 | 1 (1 declared, unsupported) |"), "\(text)")
        let row = try #require(text.split(separator: "\n").first { $0.contains("Renew the office lease") })
        #expect(row.contains("added; status on-track; ⚠️ declares Product-led growth — its text does not say how"), "\(row)")
        #expect(!row.contains("orphan"), "\(row)")
    }

    @Test("diff --format json: the item's unsupported declaration and the new declared item, apart from new orphans")
    func diffJSON() throws {
        let (diff, _) = Self.diff(base: nil, head: true)
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        let object = try #require(try JSONSerialization.jsonObject(with: try encoder.encode(diff)) as? [String: Any])
        #expect(object["new_orphans"] as? [String] == [])
        #expect(object["new_declared_unsupported"] as? [String] == [Self.leaseID])
        #expect((object["head"] as? [String: Any])?["declared_unsupported"] as? Int == 1)
        let items = try #require(object["items"] as? [[String: Any]])
        #expect(items.first { $0["id"] as? String == Self.leaseID }?["unsupported_after"] as? [String] == ["product-led-growth"])
    }

    @Test("diff: an orphan that comes to declare a priority its text does not support says so, not 'was inferred'")
    func diffNowDeclares() throws {
        let (diff, markdown) = Self.diff(base: false, head: true)
        let change = try #require(diff.items.first { $0.id == Self.leaseID })
        #expect(change.orphanBefore && change.orphanAfter)
        let row = try #require(markdown.render().split(separator: "\n").first { $0.contains("Renew the office lease") })
        #expect(row.contains("⚠️ now declares Product-led growth — its text does not say how"), "\(row)")
        #expect(!row.contains("was inferred"), "\(row)")
        let back = Self.diff(base: true, head: false).1.render()
        let undone = try #require(back.split(separator: "\n").first { $0.contains("Renew the office lease") })
        #expect(undone.contains("no longer declares Product-led growth") && !undone.contains("still inferred"), "\(undone)")
    }
}
