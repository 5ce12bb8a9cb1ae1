import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// One-line milestone bullets of a chief of staff's trial (25b): `- **Title.** Priorities: x` and `- **Title** — due
/// DATE. Priorities: x`. A lane of only such bullets was read as a list of definitions and had no items; beside a plain
/// bullet the items were read but their declared priorities were words of their text.
@Suite("Roadmap bullets with fields after the title (trial 25b)")
struct RoadmapBulletFieldsTrial25Tests {
    static let strategy = "## Priorities\n\n1. **Win enterprise accounts** {#enterprise}\n2. **Product-led growth.** People get to value without talking to us. {#plg}\n"

    func load(_ roadmap: String) -> Plan {
        WorkspaceLoader(fileSystem: .memory(["/ws/strategy.md": Self.strategy, "/ws/roadmaps/product.md": roadmap])).load(root: "/ws")
    }

    @Test("a lane whose every bullet ends in `Priorities:` keeps its items, each declaring its priority and due date")
    func everyBulletDeclares() {
        let plan = load("# Product roadmap\n\n## Next\n\n- **In-app onboarding checklist.** Priorities: plg\n"
            + "- **SOC 2 Type I report** — due 2026-03-15. Priorities: enterprise\n")
        let items = plan.roadmaps.flatMap(\.items)
        #expect(items.map(\.title) == ["In-app onboarding checklist", "SOC 2 Type I report"], "\(items.map(\.title))")
        #expect(items.map(\.resolved.priorities) == [["plg"], ["enterprise"]])
        #expect(items.last?.metadata.due == "2026-03-15" && items.last?.period == "2026-Q1")
        #expect(!plan.diagnostics.contains { $0.code == .noRoadmapItems }, "\(plan.diagnostics)")
        // The fields are metadata, not words of the item's text (inference and the card read the text).
        #expect(items.allSatisfy { !$0.body.contains("Priorities") && !$0.body.contains("due") }, "\(items.map(\.body))")
    }

    @Test("beside a plain bullet the declarations are read too, and an unknown id is an error at its column")
    func besidePlainBullet() {
        let plan = load("# Product roadmap\n\n## Next\n\n- **Usage-based billing.** Maybe.\n- **In-app onboarding checklist.** Priorities: plg\n"
            + "- **SOC 2 Type I report.** For auditors. Priorities: enterprize\n")
        let items = plan.roadmaps.flatMap(\.items)
        #expect(items.map(\.resolved.priorities) == [[], ["plg"], []])
        let unknown = plan.diagnostics.first { $0.code == .unresolvedReference }
        #expect(unknown?.location.line == 7 && unknown?.location.column == 54, "\(plan.diagnostics)")
    }

    @Test("a misspelt key after the title is warned at its line, not left as words", arguments: ["Prioritiez: plg", "Onwer: Ada"])
    func misspeltKey(_ field: String) {
        let plan = load("# Product roadmap\n\n## Next\n\n- **In-app onboarding checklist.** \(field)\n- **SOC 2 report.** For auditors.\n")
        #expect(plan.diagnostics.contains { $0.code == .unknownKey && $0.location.line == 5 }, "\(plan.diagnostics)")
        #expect(plan.roadmaps.flatMap(\.items).count == 2)
    }

    @Test("a bullet of bold definitions with a colon inside its words stays work: `- **Title** text. Note: x`")
    func colonInWordsIsNoDefinition() {
        let plan = load("# Product roadmap\n\n## Next\n\n- **Onboarding checklist** for new users. Note: soon\n- **SOC 2 report** for auditors. Note: later\n")
        #expect(plan.roadmaps.flatMap(\.items).map(\.title) == ["Onboarding checklist", "SOC 2 report"])
    }

    @Test("fields after a dash and a bold `Priority: High` keep their old reading", arguments: [
        "- **Search** - Priority: High\n- **Export** - Priority: Low\n- **Sync.** More.\n",
    ])
    func dashFieldsUnchanged(_ body: String) {
        let plan = load("# Product roadmap\n\n## Next\n\n" + body)
        let items = plan.roadmaps.flatMap(\.items)
        #expect(items.first?.metadata.custom.contains { $0.key == "Priority" && $0.value == "High" } == true, "\(items.map(\.metadata))")
        #expect(!plan.diagnostics.contains { $0.code == .unresolvedReference }, "\(plan.diagnostics)")
    }
}
