import BearingModel
@testable import BearingSite
import Foundation
import Testing

/// A roadmap lane that holds only prose ("## Current status" and a paragraph) shows that prose on the page, instead of
/// "Nothing here." with the text dropped.
@Suite struct RoadmapLaneTextTests {
    @Test func aProseLaneShowsItsText() throws {
        let files = [
            "strategy.md": "# Strategy\n\n## Priorities\n\n1. **Platform.** Run one shared platform. {#platform}\n",
            "roadmaps/platform.md": "# Platform roadmap\n\n## Current status\n\nWe are in the *beta* phase.\n\n## Later\n\n## Now\n\n- Search improvements\n",
        ]
        let (plan, alignment) = Site.memory(files)
        let rendered = try SiteBuilder().render(plan: plan, alignment: alignment, options: .init())
        let page = try #require(rendered.first { $0.0 == "roadmaps/platform.html" }.map { String(decoding: $0.1, as: UTF8.self) })
        let status = try #require(page.range(of: "Current status</h2>"))
        let end = try #require(page[status.upperBound...].range(of: "</section>"))
        let lane = page[status.upperBound..<end.lowerBound]
        #expect(lane.contains("<div class=\"prose small\"><p>We are in the <em>beta</em> phase.</p>"), "\(lane)")
        #expect(!lane.contains("Nothing here"))
        // A lane with neither items nor text still says so.
        let later = try #require(page.range(of: "Later</h2>"))
        #expect(page[later.upperBound...].prefix(200).contains("Nothing here."))
    }

    /// A heading whose bullets are items ("### Better tools" with two paragraphs, then the bullets) shows its paragraphs
    /// above its first item; a lane's own prose beside its items is shown too.
    @Test func aGroupShowsItsProse() throws {
        let files = [
            "strategy.md": "# Strategy\n\n## Priorities\n\n1. **Platform.** Run one shared platform. {#platform}\n",
            "roadmaps/platform.md": """
                # Platform roadmap

                ## Foundations

                This year is about *staff*.

                - **Search improvements.** Results in a second.

                ### Better tools for clinic staff

                Staff lose an hour a day to slow forms.

                - Faster intake forms
                - Offline mode

                #### Keyboard shortcuts

                Power users ask for them.

                ### 2027

                Nothing planned yet.
                """,
        ]
        let (plan, alignment) = Site.memory(files)
        let rendered = try SiteBuilder().render(plan: plan, alignment: alignment, options: .init())
        let page = try #require(rendered.first { $0.0 == "roadmaps/platform.html" }.map { String(decoding: $0.1, as: UTF8.self) })
        let lane = try #require(page.range(of: "Foundations</h2>"))
        let text = String(page[lane.upperBound...])
        let own = try #require(text.range(of: "This year is about <em>staff</em>."))
        let prose = try #require(text.range(of: "Staff lose an hour a day to slow forms."))
        let firstOfGroup = try #require(text.range(of: ">Faster intake forms</h3>"))
        let search = try #require(text.range(of: ">Search improvements</h3>"))
        #expect(own.lowerBound < search.lowerBound)
        #expect(search.lowerBound < prose.lowerBound && prose.lowerBound < firstOfGroup.lowerBound)
        #expect(text.components(separatedBy: "Staff lose an hour").count == 2)
        // A period heading that holds nothing yet keeps its sentence at the end of the lane.
        let later = try #require(text.range(of: "Nothing planned yet."))
        #expect(later.lowerBound > firstOfGroup.lowerBound)
    }

    /// A file that uses one lane title twice shows each item once, in the lane it is written under.
    @Test func aRepeatedLaneTitleShowsEachItemOnce() throws {
        let files = [
            "strategy.md": "# Strategy\n\n## Priorities\n\n1. **Platform.** Run one shared platform. {#platform}\n",
            "roadmaps/platform.md": "# Platform roadmap\n\n## Tools\n\n- Faster search\n\n## Security\n\n- Audit logs\n\n## Tools\n\n- Offline mode\n",
        ]
        let (plan, alignment) = Site.memory(files)
        let rendered = try SiteBuilder().render(plan: plan, alignment: alignment, options: .init())
        let page = try #require(rendered.first { $0.0 == "roadmaps/platform.html" }.map { String(decoding: $0.1, as: UTF8.self) })
        #expect(page.components(separatedBy: ">Faster search</h3>").count == 2)
        #expect(page.components(separatedBy: ">Offline mode</h3>").count == 2)
        let second = try #require(page.range(of: "Tools</h2>", options: .backwards))
        #expect(page[second.upperBound...].contains(">Offline mode</h3>") && !page[second.upperBound...].contains(">Faster search</h3>"))
    }
}
