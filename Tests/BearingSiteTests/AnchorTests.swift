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
        let hrefs = try Self.searchHrefs(index)
        for initiative in objective.initiatives {
            let anchor = SitePaths.anchor(initiative.id)
            #expect(hrefs.contains { $0.hasSuffix("#\(anchor)") }, "search links to \(anchor)")
            #expect(page.contains(" id=\"\(anchor)\">"), "\(initiative.title) has no id=\"\(anchor)\"")
        }
        #expect(page.contains("<h2 id=\"item-2026-q4--cut-certificate-toil--automate-the-renewal-runbook\">Automate the <em>renewal</em> runbook</h2>"))
    }

    /// Every href the search index gives, as search.js rebuilds them: written in full, or the group's prefix, the
    /// title's slug and the group's suffix.
    static func searchHrefs(_ script: String) throws -> [String] {
        let json = script.drop { $0 != "{" }.trimmingCharacters(in: .whitespacesAndNewlines).dropLast()
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let groups = try #require(root["groups"] as? [[String: Any]])
        return groups.flatMap { group -> [String] in
            let prefix = group["prefix"] as? String ?? "", suffix = group["suffix"] as? String ?? ""
            return (group["items"] as? [[String]] ?? []).map { item in
                item.count > 5 && !item[5].isEmpty ? item[5] : prefix + SearchIndex.slug(item[0]) + suffix
            }
        }
    }
}
