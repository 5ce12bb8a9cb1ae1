import Testing
import TestSupport
@testable import BearingAlign

/// `TemplateText.removed` skips its expressions on the lines and texts they cannot match; the result must be what the
/// expressions give over the whole text.
struct TemplateTextTests {
    @Test func theShortcutsAgreeWithTheExpressions() {
        let lines = DifferentialLines.all()
        if !DifferentialLines.corpusIsPresent { Issue.record("../shared/corpus is absent: compared on the project's files and random strings only") }
        let extra = ["- [x] **Owner:** Martin, Bedeho and Mokhtar", "Tracking Manager: Ada", "| KR | Score |\n|---|---|\n| Demos | xxx |",
                     "- TBD", "Status: N/A", "Lorem ipsum dolor sit amet", "XXX", "Provide TODO repo maintenance", "* **Key Results**:",
                     "> 1. [ ] Outcome: ship it", "na", "(tba)", "Ada Lovelace leads; ada lovelace reviews", "x) Owner: Ada"]
        var changed = 0
        for start in stride(from: 0, to: lines.count, by: 6) {
            var chunk = Array(lines[start..<min(start + 6, lines.count)])
            chunk.append(extra[(start / 6) % extra.count])
            let text = chunk.joined(separator: "\n")
            let owners = (start / 6) % 3 == 0 ? ["Ada Lovelace", "Martin"] : []
            let fast = TemplateText.removed(text, owners: owners)
            #expect(fast == TemplateText.removedWithoutShortcuts(text, owners: owners), "\(text)")
            if fast != text { changed += 1 }
        }
        #expect(changed > 100)
    }
}
