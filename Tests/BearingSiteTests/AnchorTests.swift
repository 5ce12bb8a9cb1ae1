import Foundation
import Testing
import BearingAlign
import BearingModel
@testable import BearingSite

/// Every link the site makes to an item's anchor (search results, roadmap cards) lands on an element with that id.
@Suite("Anchors")
struct AnchorTests {
    static let workspace = [
        "strategy.md": "# Strategy\n\n## Priorities\n\n### Reliable platform\n\nKeep the platform up.\n",
        "objectives/2026-Q4.md": """
        # 2026-Q4

        ## Cut certificate toil

        Fewer manual renewals.

        ### Automate the *renewal* runbook

        - [ ] 3 of 10 renewals automated

        ### Plain initiative {#plain}

        Text.

        ### Retire `certbot` scripts

        Text.
        """,
    ]

    @Test("an initiative heading with inline formatting, a written id or code gets the anchor search links to")
    func initiativeAnchors() throws {
        let (plan, alignment) = Site.memory(Self.workspace)
        let files = try SiteBuilder().render(plan: plan, alignment: alignment, options: .init())
        let objective = try #require(plan.objectives.first)
        #expect(objective.initiatives.map(\.title) == ["Automate the renewal runbook", "Plain initiative", "Retire certbot scripts"])
        let page = String(decoding: try #require(files.first { $0.0 == SitePaths(plan: plan).objective(objective.id) }).1, as: UTF8.self)
        let index = String(decoding: try #require(files.first { $0.0 == "assets/search-index.js" }).1, as: UTF8.self)
        for initiative in objective.initiatives {
            let anchor = SitePaths.anchor(initiative.id)
            #expect(index.contains("#\(anchor)\""), "search links to \(anchor)")
            #expect(page.contains(" id=\"\(anchor)\">"), "\(initiative.title) has no id=\"\(anchor)\"")
        }
        #expect(page.contains("<h2 id=\"item-2026-q4--cut-certificate-toil--automate-the-renewal-runbook\">Automate the <em>renewal</em> runbook</h2>"))
    }
}
