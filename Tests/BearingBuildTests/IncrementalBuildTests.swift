import BearingAlign
import BearingBuild
import BearingModel
import BearingParse
import BearingSite
import Foundation
import Testing

/// An incremental rebuild must give exactly the bytes of a full build of the changed workspace, for every kind of
/// change: each step below edits the example workspace, rebuilds the same `IncrementalBuild`, and compares every
/// file with a fresh full build.
@Suite struct IncrementalBuildTests {
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let vectors = Result { try TokenVectors.bundled() }

    /// One edit: what it does to the workspace, and the workspace-relative paths a watcher would report.
    struct Change: CustomTestStringConvertible, Sendable {
        var name: String
        var paths: Set<String>
        var apply: @Sendable (URL) throws -> Void
        var testDescription: String { name }
    }

    static let changes: [Change] = [
        Change(name: "a key result's progress", paths: ["objectives/2026-Q4.md"]) { root in
            try edit(root, "objectives/2026-Q4.md", "from 40 to 20, now 31", "from 40 to 20, now 24")
        },
        // The other files' resolved items and their objectives' key hashes are kept only while nothing they read moved.
        Change(name: "an objective added", paths: ["objectives/2026-Q3.md"]) { root in
            try edit(root, "objectives/2026-Q3.md", "## Upstream-first contribution budget", """
                ## Open the hub catalog to partners

                - Owner: Aiko Tanaka
                - Priorities: co-creation

                Partners publish their own environments in the catalog.

                ## Upstream-first contribution budget
                """)
        },
        Change(name: "an objective removed", paths: ["objectives/2026-Q3.md"]) { root in
            try edit(root, "objectives/2026-Q3.md", "## Tell the story of our community network", "Tell the story of our community network.")
        },
        // An unchanged objective's aligned items, a scope's score and the site's paths are kept from the last build
        // (`AlignedItem.Kept`, `Scorer.ScopeMemo`, `SitePaths.Source`): a file's period moves its objectives to
        // another quarter's scope, and their ids and pages with them.
        Change(name: "an objectives file's quarter changed", paths: ["objectives/2026-Q2.md"]) { root in
            try edit(root, "objectives/2026-Q2.md", "quarter: 2026-Q2", "quarter: 2026-Q1")
        },
        Change(name: "an owner spelled anew", paths: ["objectives/2026-Q4.md"]) { root in
            try edit(root, "objectives/2026-Q4.md", "- **Owner:** Priya Natarajan", "- **Owner:** priya natarajan")
        },
        Change(name: "a priority reference mistyped", paths: ["objectives/2026-Q4.md"]) { root in
            try edit(root, "objectives/2026-Q4.md", "- **Priorities:** platform\n", "- **Priorities:** revenue, platfrom\n")
        },
        // Each item's digest is kept while the item, its page, score and links are equal (`KeptDigests.items`): the
        // objective's initiative inherits the new links while its own text is unchanged.
        Change(name: "an objective's priorities changed, which its initiative inherits", paths: ["objectives/2026-Q4.md"]) { root in
            try edit(root, "objectives/2026-Q4.md", "- **Status:** on-track\n- **Priorities:** ", "- **Status:** on-track\n- **Priorities:** co-creation, ")
        },
        // ... and while the priorities' pages are the same: a priority's id renamed moves them.
        Change(name: "a priority's id changed", paths: ["strategy.md"]) { root in
            try edit(root, "strategy.md", "{#de-risk}", "{#derisk}")
        },
        Change(name: "a title rename that changes ids and links", paths: ["objectives/2026-Q4.md"]) { root in
            try edit(root, "objectives/2026-Q4.md", "## Cut operating toil in half", "## Cut operating toil by half")
            try edit(root, "objectives/2026-Q4.md", "### Automated hub upgrades", "### Automated cluster upgrades")
        },
        Change(name: "the rename followed in the roadmap", paths: ["roadmaps/platform.md"]) { root in
            try edit(root, "roadmaps/platform.md", "Objectives: cut operating toil in half", "Objectives: cut operating toil by half")
            try edit(root, "roadmaps/platform.md", "Depends on: automated hub upgrades", "Depends on: automated cluster upgrades")
        },
        Change(name: "a file added", paths: ["objectives/2027-Q1.md"]) { root in
            try write(root, "objectives/2027-Q1.md", """
                ---
                quarter: 2027-Q1
                ---

                # Objectives for Q1 2027

                ## Open the hub catalog to partners

                - **Owner:** Aiko Tanaka
                - **Status:** not-started

                Partners publish their own environments in the catalog, reviewed by the platform team.

                - [ ] Partner environments published: 0 of 5

                """)
        },
        Change(name: "a file removed", paths: ["objectives/2026-Q2.md"]) { root in
            try FileManager.default.removeItem(at: root.appendingPathComponent("objectives/2026-Q2.md"))
        },
        // A rebuild after edits alone keeps the last walk's files; a new name among the changes walks again.
        Change(name: "a file renamed", paths: ["objectives/2026-Q3.md", "objectives/2026-Q3-platform.md"]) { root in
            try FileManager.default.moveItem(at: root.appendingPathComponent("objectives/2026-Q3.md"),
                                             to: root.appendingPathComponent("objectives/2026-Q3-platform.md"))
        },
        Change(name: "a file replaced by a link to another", paths: ["objectives/2026-Q4.md"]) { root in
            let file = root.appendingPathComponent("objectives/2026-Q4.md")
            try FileManager.default.copyItem(at: file, to: root.appendingPathComponent("objectives-q4.md"))
            try FileManager.default.removeItem(at: file)
            try FileManager.default.createSymbolicLink(atPath: file.path, withDestinationPath: "../objectives-q4.md")
        },
        // Each roadmap's hash is kept while it is equal (`SiteRender.roadmapDigests`), each item's links hashed once.
        Change(name: "a roadmap item's status changed", paths: ["roadmaps/2026-plan.md"]) { root in
            try edit(root, "roadmaps/2026-plan.md", "  - Status: done", "  - Status: at-risk")
        },
        // Rows, groups, the matrix and the search index say where a roadmap item sits by its roadmap's label, which
        // takes the roadmap's id when another roadmap has its title (`SiteContent.roadmapLabels`).
        Change(name: "a roadmap titled as another", paths: ["roadmaps/2026-plan.md"]) { root in
            try edit(root, "roadmaps/2026-plan.md", "Annual plan for 2026", "Platform roadmap")
        },
        // A roadmap's kept hash is by its path: moving an item between lanes, or the file going, must not reuse it.
        Change(name: "a roadmap item moved to another lane", paths: ["roadmaps/platform.md"]) { root in
            try edit(root, "roadmaps/platform.md", "## Next\n", "## Next\n\n### Compute quotas, second round\n\n- Status: not-started\n")
            try edit(root, "roadmaps/platform.md", "## Now\n", "## Now (this quarter)\n")
        },
        Change(name: "a roadmap removed", paths: ["roadmaps/platform.md"]) { root in
            try FileManager.default.removeItem(at: root.appendingPathComponent("roadmaps/platform.md"))
        },
        Change(name: "a roadmap added under the title of another", paths: ["roadmaps/platform-2027.md"]) { root in
            try write(root, "roadmaps/platform-2027.md", """
                # Annual plan for 2026

                ## Later

                ### Hub catalog for partners

                - Status: not-started
                - Priorities: co-creation

                """)
        },
        Change(name: "strategy.md changed", paths: ["strategy.md"]) { root in
            // A priority's text: every item's inference depends on it.
            try edit(root, "strategy.md", "with reliable operations, responsive support", "with reliable upgrades, fast support")
        },
        // The inferrer is kept while the strategy is the same (`InferenceCache`): its title's words and a priority's
        // title are read by it too.
        Change(name: "the strategy's title changed", paths: ["strategy.md"]) { root in
            try edit(root, "strategy.md", "title: Goals and strategy", "title: Jupyterhubcloud goals and strategy")
        },
        Change(name: "a priority's title changed", paths: ["strategy.md"]) { root in
            try edit(root, "strategy.md", "**Grow reliable and recurring revenue streams", "**Grow dependable and recurring revenue streams")
        },
        Change(name: "bearing.yml changed", paths: ["bearing.yml"]) { root in
            try edit(root, "bearing.yml", "title: Community Cloud — planning", "title: Community Cloud — plans")
        },
        // A roadmap item's quarter follows from its period and the fiscal year's start: an unchanged roadmap's kept
        // aligned items are made again when the start moves.
        Change(name: "the fiscal year's start set", paths: ["bearing.yml"]) { root in
            try edit(root, "bearing.yml", "today: 2026-11-24", "today: 2026-11-24\nfiscal_year_start: 2")
        },
        Change(name: "a theme template added", paths: ["theme/objective.mustache"]) { root in
            let template = try String(contentsOf: repositoryRoot.appendingPathComponent("Sources/BearingSite/Resources/templates/objective.mustache"),
                                      encoding: .utf8)
            try write(root, "theme/objective.mustache", "<p class=\"themed\">Themed</p>\n" + template)
        },
    ]

    @Test("every step of a series of changes rebuilds to the bytes of a full build")
    func seriesMatchesFullBuilds() throws {
        let root = try Self.copyExample()
        defer { try? FileManager.default.removeItem(at: root) }
        var build = IncrementalBuild(root: root.path, today: nil, vectors: try Self.vectors.get())
        let first = build.build(changed: nil)
        try Self.expectSame(first, root: root, step: "first build")
        for change in Self.changes {
            try change.apply(root)
            let result = build.build(changed: change.paths)
            try Self.expectSame(result, root: root, step: change.name)
        }
        // Without a watcher's list every file is read again, and the unchanged ones still come from the cache.
        try Self.edit(root, "objectives/2026-Q3-platform.md", "- [", "- [x] A last-minute result\n- [")  // renamed above
        try Self.expectSame(build.build(changed: nil), root: root, step: "no list of changes")
    }

    @Test("each kind of change rebuilds to the bytes of a full build", arguments: changes)
    func oneChangeMatchesFullBuild(_ change: Change) throws {
        let root = try Self.copyExample()
        defer { try? FileManager.default.removeItem(at: root) }
        var build = IncrementalBuild(root: root.path, today: nil, vectors: try Self.vectors.get())
        _ = build.build(changed: nil)
        try change.apply(root)
        try Self.expectSame(build.build(changed: change.paths), root: root, step: change.name)
    }

    @Test("a key result's progress renders its objective's page and the overviews, not every page")
    func progressRendersFewPages() throws {
        let root = try Self.copyExample()
        defer { try? FileManager.default.removeItem(at: root) }
        var build = IncrementalBuild(root: root.path, today: nil, vectors: try Self.vectors.get())
        let first = build.build(changed: nil)
        let change = Self.changes[0]
        try change.apply(root)
        let result = build.build(changed: change.paths)
        let objectivePages = (first.files ?? []).map(\.0).filter { $0.hasPrefix("objectives/") }
        #expect(first.rendered.count == first.files.map { $0.count - 3 })  // everything but the three assets
        #expect(result.rendered.contains("objectives/2026-q4/cut-operating-toil-in-half.html"))
        #expect(result.changed.contains("objectives/2026-q4/cut-operating-toil-in-half.html"))
        #expect(result.rendered.filter { $0.hasPrefix("objectives/") } == ["objectives/2026-q4/cut-operating-toil-in-half.html"])
        #expect(objectivePages.count > 5)
        // Nothing else the edit did not touch changed.
        #expect(!result.changed.contains { $0.hasPrefix("objectives/") && $0 != "objectives/2026-q4/cut-operating-toil-in-half.html" })
        try Self.expectSame(result, root: root, step: change.name)
    }

    @Test("a theme template edited without the watcher saying so is compiled again, not taken from the last build")
    func themeEditedUnreported() throws {
        let root = try Self.copyExample()
        defer { try? FileManager.default.removeItem(at: root) }
        let template = try String(contentsOf: Self.repositoryRoot.appendingPathComponent("Sources/BearingSite/Resources/templates/objective.mustache"),
                                  encoding: .utf8)
        try Self.write(root, "theme/objective.mustache", "<p class=\"themed\">Themed</p>\n" + template)
        var build = IncrementalBuild(root: root.path, today: nil, vectors: try Self.vectors.get())
        try Self.expectSame(build.build(changed: nil), root: root, step: "themed")
        // The templates are kept between builds while their sources are the same (`TemplateLibrary.load(kept:)`).
        try Self.changes[0].apply(root)
        try Self.expectSame(build.build(changed: Self.changes[0].paths), root: root, step: "an objective edited under the theme")
        try Self.edit(root, "theme/objective.mustache", "Themed</p>", "Themed again</p>")
        try Self.edit(root, "objectives/2026-Q4.md", "from 40 to 20, now 24", "from 40 to 20, now 22")
        let result = build.build(changed: ["objectives/2026-Q4.md"])
        try Self.expectSame(result, root: root, step: "the theme edited, only the objective reported")
        let page = (result.files ?? []).first { $0.0 == "objectives/2026-q4/cut-operating-toil-in-half.html" }?.1
        #expect(page.map { String(decoding: $0, as: UTF8.self).contains("Themed again") } == true)
    }

    @Test("a theme partial added, edited and removed rebuilds each time to the bytes of a full build")
    func themePartialAddedEditedRemoved() throws {
        let root = try Self.copyExample()
        defer { try? FileManager.default.removeItem(at: root) }
        var build = IncrementalBuild(root: root.path, today: nil, vectors: try Self.vectors.get())
        try Self.expectSame(build.build(changed: nil), root: root, step: "first build")
        let partial = try String(contentsOf: Self.repositoryRoot.appendingPathComponent("Sources/BearingSite/Resources/templates/item-row.mustache"),
                                 encoding: .utf8)
        try Self.write(root, "theme/item-row.mustache", "<!-- themed row -->" + partial)
        try Self.expectSame(build.build(changed: ["theme/item-row.mustache"]), root: root, step: "a partial themed")
        try Self.edit(root, "theme/item-row.mustache", "<!-- themed row -->", "<!-- themed row, again -->")
        try Self.expectSame(build.build(changed: ["theme/item-row.mustache"]), root: root, step: "the themed partial edited")
        try FileManager.default.removeItem(at: root.appendingPathComponent("theme"))
        let result = build.build(changed: ["theme/item-row.mustache"])
        try Self.expectSame(result, root: root, step: "the theme removed")
        #expect(!(result.files ?? []).contains { String(decoding: $0.1, as: UTF8.self).contains("themed row") })
    }

    @Test("a cached file the watcher did not report is not read again; any file it reports is")
    func watcherListDecidesWhatIsRead() throws {
        let root = try Self.copyExample()
        defer { try? FileManager.default.removeItem(at: root) }
        var build = IncrementalBuild(root: root.path, today: nil, vectors: try Self.vectors.get())
        _ = build.build(changed: nil)
        try Self.changes[0].apply(root)
        // Reported under its folder, as a watcher may.
        let result = build.build(changed: ["objectives"])
        try Self.expectSame(result, root: root, step: "folder reported")
    }

    @Test("a picture newly shown, then changed on its own, is in the rebuilt site as a full build has it")
    func images() throws {
        let root = try Self.copyExample()
        defer { try? FileManager.default.removeItem(at: root) }
        var build = IncrementalBuild(root: root.path, today: nil, vectors: try Self.vectors.get())
        _ = build.build(changed: nil)
        try Self.write(root, "images/diagram.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>")
        try Self.edit(root, "objectives/2026-Q4.md", "## Cut operating toil in half\n", "## Cut operating toil in half\n\n![Diagram](../images/diagram.svg)\n")
        let shown = build.build(changed: ["objectives/2026-Q4.md", "images/diagram.svg"])
        try Self.expectSame(shown, root: root, step: "a picture newly shown")
        #expect(shown.changed.contains("media/images/diagram.svg"))
        try Self.write(root, "images/diagram.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"2\"/>")
        let changed = build.build(changed: ["images/diagram.svg"])
        try Self.expectSame(changed, root: root, step: "the picture changed")
        #expect(changed.changed == ["media/images/diagram.svg"])
        let bytes = (changed.files ?? []).first { $0.0 == "media/images/diagram.svg" }?.1
        #expect(bytes == Data("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"2\"/>".utf8))
    }

    // MARK: - Helpers

    struct Missing: Error { var text: String }

    /// The full build `serve` made before: load, align and render everything, nothing cached.
    static func fullFiles(root: URL) throws -> [(String, Data)] {
        var plan = WorkspaceLoader().load(root: root.path)
        let date = try #require(Aligner.today(option: nil, config: plan.config))
        let alignment = Aligner(vectors: try vectors.get()).align(plan, today: date)
        plan.diagnostics = (plan.diagnostics + alignment.diagnostics).sorted(by: Diagnostic.ordered)
        let theme = root.path + "/theme"
        var options = SiteBuilder.Options(baseURL: plan.config.baseURL, showProblems: plan.errorCount > 0,
                                          themeFolder: FileManager.default.fileExists(atPath: theme) ? theme : nil)
        options.workspace = root.path
        return try SiteBuilder().render(plan: plan, alignment: alignment, options: options)
    }

    static func expectSame(_ result: IncrementalBuild.Result, root: URL, step: String) throws {
        let files = try #require(result.files, "\(step): \(result.failure?.message ?? "no files")")
        let full = try fullFiles(root: root)
        #expect(files.map(\.0) == full.map(\.0), "\(step): the same files")
        let differing = zip(files, full).filter { $0.0 == $1.0 && $0.1 != $1.1 }.map(\.0.0)
        #expect(differing.isEmpty, "\(step): these files differ from a full build: \(differing)")
    }

    static func copyExample() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("bearing-incremental-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for name in ["bearing.yml", "strategy.md", "objectives", "roadmaps"] {
            try FileManager.default.copyItem(at: repositoryRoot.appendingPathComponent(name), to: root.appendingPathComponent(name))
        }
        return root
    }

    static func edit(_ root: URL, _ path: String, _ old: String, _ new: String) throws {
        let text = try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
        guard text.contains(old) else { throw Missing(text: "\(old) in \(path)") }
        try write(root, path, text.replacingOccurrences(of: old, with: new))
    }

    static func write(_ root: URL, _ path: String, _ text: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }
}
