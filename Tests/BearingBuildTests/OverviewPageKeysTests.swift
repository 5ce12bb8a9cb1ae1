import BearingAlign
import BearingBuild
import BearingModel
import BearingSite
import Foundation
import Testing

/// The search page, the strategy page, the lists of quarters and roadmaps and the scoring page have keys of what they
/// show (`OverviewPageKeys.swift`): an edit that changes none of it leaves them unrendered, and one that changes any of
/// it renders them; every rebuild gives the bytes of a full build. The plan is `OverviewKeysTests`'s twelve quarters.
@Suite struct OverviewPageKeysTests {
    static let keyed = ["search.html", "strategy.html", "quarters/index.html", "roadmaps/index.html", "scoring.html"]

    static let edits: [OverviewKeysTests.Edit] = [
        // A body sentence: no title, count, share or grade moves.
        OverviewKeysTests.Edit(name: "a sentence added to an objective's text", path: "objectives/2025-Q1.md",
             old: "This quarter we work on upgrades outages monitoring clusters.",
             new: "This quarter we work on upgrades outages monitoring clusters. We wrote it down in the weekly notes.",
             rendered: [], untouched: keyed),
        OverviewKeysTests.Edit(name: "an objective renamed", path: "objectives/2024-Q3.md",
             old: "## Grow recurring membership revenue in 2024-Q3", new: "## Grow recurring member revenue in 2024-Q3",
             rendered: ["search.html"], untouched: ["strategy.html", "quarters/index.html", "roadmaps/index.html", "scoring.html"]),
        // The items each priority counts move; no title does.
        OverviewKeysTests.Edit(name: "a declared priority changed", path: "objectives/2026-Q2.md",
             old: "- Owner: Person 1\n- Status: on-track\n- Priorities: revenue", new: "- Owner: Person 1\n- Status: on-track\n- Priorities: open",
             rendered: ["strategy.html"], untouched: ["search.html", "roadmaps/index.html", "scoring.html"]),
        // A quarter's grade, which the list of quarters prints.
        OverviewKeysTests.Edit(name: "a key result's progress", path: "objectives/2024-Q1.md",
             old: "Measure 0 from 10 to 50, now 30", new: "Measure 0 from 10 to 50, now 50",
             rendered: ["quarters/index.html"], untouched: ["search.html", "roadmaps/index.html", "scoring.html"]),
        OverviewKeysTests.Edit(name: "a roadmap item added", path: "roadmaps/platform.md",
             old: "Upgrades without outages.\n", new: "Upgrades without outages.\n\n### Cluster monitoring\n\n- Status: planned\n- Priorities: platform\n\nMonitoring for every cluster.\n",
             rendered: ["roadmaps/index.html", "search.html"], untouched: ["scoring.html"]),
        OverviewKeysTests.Edit(name: "a priority renamed", path: "strategy.md",
             old: "Run one reliable hosting platform", new: "Run one dependable hosting platform",
             rendered: keyed, untouched: []),
    ]

    @Test("each edit renders the keyed overview pages whose figures it moves, to a full build's bytes")
    func editsRenderWhatTheyShow() throws {
        let root = try OverviewKeysTests.workspace()
        defer { try? FileManager.default.removeItem(at: root) }
        var build = IncrementalBuild(root: root.path, today: nil, vectors: try IncrementalBuildTests.vectors.get())
        let first = build.build(changed: nil)
        try IncrementalBuildTests.expectSame(first, root: root, step: "first build")
        for page in Self.keyed { #expect(first.rendered.contains(page), "first build: \(page) was not rendered") }
        for edit in Self.edits {
            try IncrementalBuildTests.edit(root, edit.path, edit.old, edit.new)
            let result = build.build(changed: [edit.path])
            try IncrementalBuildTests.expectSame(result, root: root, step: edit.name)
            for page in edit.rendered { #expect(result.rendered.contains(page), "\(edit.name): \(page) was not rendered") }
            for page in edit.untouched { #expect(!result.rendered.contains(page), "\(edit.name): \(page) was rendered") }
        }
    }
}

/// An objective's page lists the roadmap items whose `Objectives:` line names it ("Served by"); its key covers them,
/// so editing such an item renders the objective's page again, to a full build's bytes.
@Suite struct ServedByKeyTests {
    @Test("a roadmap item serving an objective, renamed or moved, renders the objective's page again")
    func servingItemRenamed() throws {
        let root = try OverviewKeysTests.workspace()
        defer { try? FileManager.default.removeItem(at: root) }
        try IncrementalBuildTests.edit(root, "roadmaps/platform.md", "- Priorities: platform\n",
                                       "- Priorities: platform\n- Objectives: run-one-reliable-hosting-platform-in-2026-q2\n")
        var build = IncrementalBuild(root: root.path, today: nil, vectors: try IncrementalBuildTests.vectors.get())
        let first = build.build(changed: nil)
        try IncrementalBuildTests.expectSame(first, root: root, step: "first build")
        let page = try #require(first.files?.map(\.0).first { $0.hasPrefix("objectives/") && $0.contains("run-one-reliable-hosting-platform-in-2026-q2") })
        let bytes = try #require(first.files?.first { $0.0 == page }?.1)
        #expect(String(decoding: bytes, as: UTF8.self).contains("Faster upgrades"), "the objective's page lists the item serving it")
        for (name, old, new) in [("renamed", "### Faster upgrades", "### Quicker upgrades"), ("status", "- Status: on-track", "- Status: at-risk")] {
            try IncrementalBuildTests.edit(root, "roadmaps/platform.md", old, new)
            let result = build.build(changed: ["roadmaps/platform.md"])
            try IncrementalBuildTests.expectSame(result, root: root, step: "serving item \(name)")
            #expect(result.rendered.contains(page), "serving item \(name): \(page) was not rendered")
        }
    }
}

/// A file's link to another file's heading leads to that heading's page and id (`SiteAnchors`): an edit that moves the
/// heading renders the linking page again, to a full build's bytes.
@Suite struct LinkTargetKeyTests {
    @Test("a roadmap heading another file links to, renamed, renders the linking objective's page again")
    func linkedHeadingRenamed() throws {
        let root = try OverviewKeysTests.workspace()
        defer { try? FileManager.default.removeItem(at: root) }
        try IncrementalBuildTests.edit(root, "objectives/2026-Q2.md", "This quarter we work on", "See [the upgrades](../roadmaps/platform.md#faster-upgrades). This quarter we work on")
        var build = IncrementalBuild(root: root.path, today: nil, vectors: try IncrementalBuildTests.vectors.get())
        let first = build.build(changed: nil)
        try IncrementalBuildTests.expectSame(first, root: root, step: "first build")
        let page = try #require(first.files?.first { $0.0.hasPrefix("objectives/2026-q2/") && String(decoding: $0.1, as: UTF8.self).contains("the upgrades") })
        #expect(String(decoding: page.1, as: UTF8.self).contains("href=\"../../roadmaps/platform.html#item-platform--faster-upgrades\""))
        try IncrementalBuildTests.edit(root, "roadmaps/platform.md", "### Faster upgrades", "## Later\n\n### Faster upgrades")
        let result = build.build(changed: ["roadmaps/platform.md"])
        try IncrementalBuildTests.expectSame(result, root: root, step: "linked heading moved to another lane")
        try IncrementalBuildTests.edit(root, "roadmaps/platform.md", "### Faster upgrades", "### Quicker upgrades")
        let renamed = build.build(changed: ["roadmaps/platform.md"])
        try IncrementalBuildTests.expectSame(renamed, root: root, step: "linked heading renamed")
        #expect(renamed.rendered.contains(page.0), "linked heading renamed: \(page.0) was not rendered")
    }
}
