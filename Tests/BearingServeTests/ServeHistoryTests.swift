import BearingAlign
import BearingBuild
import BearingModel
import BearingServe
import Foundation
import TestSupport
import Testing

/// `serve` shows what `build` shows: with the plan's git history, an objective page carries its key results' trend.
@Suite struct ServeHistoryTests {
    static let strategy = "# Strategy\n\n## Priorities\n\n1. **Reliability.** Fewer outages for every hub. {#reliability}\n"

    static func objectives(_ done: Int) -> String {
        "# 2026-Q4\n\n## Fewer outages\n\n- Owner: Ana Ruiz\n- Status: on-track\n- Priorities: reliability\n\nCut outages on every hub.\n\n- [ ] \(done)/10 hubs on the new alerting\n"
    }

    @Test func servedPagesCarryTrendsFromHistory() throws {
        let repo = try GitFixture()
        defer { repo.remove() }
        try repo.write(["strategy.md": Self.strategy, "objectives/2026-Q4.md": Self.objectives(2)])
        try repo.commitAll("plan", author: "Ana Ruiz", date: "2026-10-02T10:00:00Z")
        try repo.write(["objectives/2026-Q4.md": Self.objectives(6)])
        try repo.commitAll("check-in", author: "Ana Ruiz", date: "2026-11-02T10:00:00Z")
        let root = repo.root.path
        let vectors = try TokenVectors.bundled()
        let history = BuildPipeline(root: root).history(vectors: Prefetch { vectors }) { Issue.record("\($0)") }
        #expect(history?.revisions.count == 2)
        var withHistory = IncrementalRebuild(root: root, today: "2026-11-24", vectors: vectors, history: history)
        var without = IncrementalRebuild(root: root, today: "2026-11-24", vectors: vectors)
        let page = { (site: RebuiltSite) -> String in
            let path = site.files?.keys.first { $0.hasPrefix("objectives/") && $0.hasSuffix(".html") } ?? ""
            return String(decoding: site.files?[path] ?? Data(), as: UTF8.self)
        }
        let served = page(withHistory.rebuild(changed: []))
        #expect(served.contains("class=\"kr-trend\""), "\(served.prefix(200))")
        #expect(!page(without.rebuild(changed: [])).contains("class=\"kr-trend\""))
        // A save keeps the trend (the page is rebuilt with the same history).
        try repo.write(["objectives/2026-Q4.md": Self.objectives(7)])
        #expect(page(withHistory.rebuild(changed: ["objectives/2026-Q4.md"])).contains("class=\"kr-trend\""))
    }
}
