import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// `2. **Product-led growth** {#plg} — people get to value without talking to us` (trial 25b): a label right after the
/// bold title, with the description after it, was text, so the priority's id was `product-led-growth` and every
/// `Priorities: plg` an error whose did-you-mean pointed away from the label the writer gave.
@Suite("A label after the bold title (trial 25b)")
struct LeadLabelTrial25Tests {
    @Test("a priority's `{#id}` between its bold title and its description is its id, and the description stays")
    func priorityLabelBeforeDescription() {
        let text = "## Priorities\n\n1. **Win enterprise accounts** {#enterprise}\n2. **Product-led growth** {#plg} — people get to value without talking to us\n"
        let result = StrategyParser().parse(read(text, path: "strategy.md"))
        #expect(result.strategy.priorities.map(\.id) == ["enterprise", "plg"])
        let plg = result.strategy.priority("plg")
        #expect(plg?.title == "Product-led growth" && plg?.explicitID == true, "\(String(describing: plg))")
        #expect(plg?.summary?.contains("people get to value") == true && plg?.summary?.contains("{#") == false, "\(String(describing: plg?.summary))")
    }

    @Test("a reference to that id resolves")
    func referenceResolves() {
        let plan = WorkspaceLoader(fileSystem: .memory([
            "/ws/strategy.md": "## Priorities\n\n1. **Product-led growth** {#plg} — people get to value without talking to us\n",
            "/ws/objectives/2026-Q4.md": "# Q4 2026\n\n## Free trial without a sales call\n- Priorities: plg\n\n- [ ] trial signups 40%\n",
        ])).load(root: "/ws")
        #expect(!plan.diagnostics.contains { $0.code == .unresolvedReference }, "\(plan.diagnostics)")
        #expect(plan.objectives.first?.resolved.priorities == ["plg"])
    }

    @Test("a label later in the words is still text", arguments: ["- Ship **SSO** and {#x} later\n", "- **SSO** now, then {#x}, later\n"])
    func labelInWordsIsText(_ line: String) {
        let blocks = read(line).blocks
        guard case .list(_, let items)? = blocks.first?.kind else { Issue.record("\(blocks)"); return }
        #expect(items.first?.label == nil)
    }
}
