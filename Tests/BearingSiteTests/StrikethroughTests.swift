import Foundation
import Testing
@testable import BearingSite

/// GitHub strikes `~~words~~` through, and planning files use it for work let go ("- [ ] ~~Ship the old dashboard~~
/// dropped"); CommonMark has no such mark, so pages showed the tildes.
@Suite("Strikethrough")
struct StrikethroughTests {
    @Test("~~words~~ is struck through on the page, in a key result and in prose")
    func struck() throws {
        let pages = try Site.pages(["strategy.md": "# S\n\n## Priorities\n\n1. **Trust.** Reviewers trust the tool.\n",
                                    "objectives/2026-Q4.md": """
                                        # Q4 2026

                                        ## Win reviewers over

                                        We ~~will~~ might ship a new dashboard.

                                        - [x] Publish 4 guides for reviewers
                                        - [ ] ~~Ship the old dashboard~~ dropped
                                        """])
        let page = try #require(pages.first { $0.key.hasPrefix("objectives/2026-q4/") }?.value)
        #expect(page.contains("<del>Ship the old dashboard</del>"), "\(page)")
        #expect(page.contains("We <del>will</del> might ship"))
        #expect(!page.contains("~~"))
    }

    @Test("tildes that strike nothing stay as written (counter-case)")
    func notStruck() {
        #expect(HTMLRenderer.strikethroughParts("no tildes").map(\.1) == [false])
        #expect(HTMLRenderer.strikethroughParts("a ~~ b ~~ c").map(\.0) == ["a ~~ b ~~ c"])
        #expect(HTMLRenderer.strikethroughParts("~~open only").map(\.0) == ["~~open only"])
        #expect(HTMLRenderer.strikethroughParts("x ~~a~~ y ~~b~~").map(\.1) == [false, true, false, true])
        #expect(HTMLRenderer.strikethroughParts("~~~~").map(\.0) == ["~~~~"])
    }
}
