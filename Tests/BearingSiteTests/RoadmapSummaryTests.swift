import Foundation
import Testing
import BearingAlign
@testable import BearingSite
import TestSupport

/// A roadmap page's summary line counts in words a reader would write.
@Suite struct RoadmapSummaryTests {
    @Test("one item in one lane is '1 item in 1 lane', not '1 items in 1 lanes'")
    func singularSummary() throws {
        let strategy = "# Strategy\n\n## Priorities\n\n1. **Reliable service.** Nothing goes down. {#reliability}\n"
        let roadmap = "# Platform\n\n## Now\n\n### Upgrades without downtime\n\nRoll out new versions without a maintenance window.\n"
        let (plan, alignment) = Site.memory(["strategy.md": strategy, "roadmaps/platform.md": roadmap])
        let files = try SiteBuilder().render(plan: plan, alignment: alignment, options: .init())
        let page = try #require(files.first { $0.0 == "roadmaps/platform.html" }.map { String(decoding: $0.1, as: UTF8.self) })
        #expect(page.contains("1 item in 1 lane;"), "\(page.prefix(2000))")
    }
}
