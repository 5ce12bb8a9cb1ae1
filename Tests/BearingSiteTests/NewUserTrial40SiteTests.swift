import Testing
import BearingParse
@testable import BearingSite

/// A new user's fortieth trial, as the site shows it: an engineering team's capacity plan numbers its work 1 to 4 under
/// "**Completed/Near Complete (January):**" and goes on 5 to 10 under "**In Progress/Upcoming (Feb-Mar):**".
@Suite("Real planning files: a new user's trial (40), the site")
struct NewUserTrial40SiteTests {
    @Test("a numbered list parted by a label counts on from the number written, as the reader sees it")
    func orderedListKeepsItsStart() {
        let html = HTMLRenderer().render(MarkdownReader().read("""
            **Completed/Near Complete (January):**

            1. **Self-Serve Updated Estimates on Dashboard** (XS, P0)
            2. **Partner Info Pass to Voice AI** (XS, P1)

            **In Progress/Upcoming (Feb-Mar):**

            5. **Persistent Estimate Access on Dashboard** (XS?, P0?)
            6. **Promo Cap Productization** (TBD, P1)
            """, path: "objectives/q1-2026-capacity-plan.md").blocks)
        #expect(html.contains("<ol start=\"5\">"), "\(html)")
        #expect(html.components(separatedBy: "<ol>").count == 2, "\(html)")
    }
}
