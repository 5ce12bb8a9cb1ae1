import Foundation
import Testing
import BearingAlign
import BearingModel
import BearingParse
@testable import BearingSite

/// The user's pictures are on the site (trial 21, F6 and F30): a workspace image is copied into `media/` and shown from
/// every page that shows its text, by a relative path; a missing one is a warning at its line; nothing outside the
/// workspace is ever read; a remote image is a link, so the site makes no request to another one.
@Suite("Images")
struct ImagesTests {
    static let strategy = """
        # Strategy

        ![How we fit in](images/diagram.svg)

        ## Priorities

        ### Reliability

        Keep things up.

        ![uptime](images/up%20time.svg)

        ### Growth

        More users.

        ![2024 mobile teams](https://github.com/acme/plan/assets/123)

        """

    static let objectives = """
        # 2026-Q4

        ## Keep the lights on

        Serves: reliability

        <img src="../img/b.svg" alt="b diagram">

        [![full size](../images/diagram.svg)](../images/diagram.svg) and <img src="https://example.com/b.png" alt="remote b">

        ![missing](images/nope.png)

        ![outside](../../secret.svg) ![absolute](/etc/hostname) ![linked](../images/linked.svg)

        - [ ] Uptime 99.9%, now 99.5%

        """

    static let svg = #"<svg xmlns="http://www.w3.org/2000/svg" width="20" height="8"><rect width="20" height="8"/></svg>"#

    /// A workspace on disk (images must be files), inside a folder that also holds a file outside the workspace.
    static func workspace() throws -> (folder: URL, root: URL) {
        let folder = try Site.temporaryFolder()
        let root = folder.appendingPathComponent("ws")
        for (path, text) in ["strategy.md": strategy, "objectives/2026-Q4.md": objectives, "images/diagram.svg": svg,
                             "images/up time.svg": svg.replacingOccurrences(of: "8", with: "9"), "img/b.svg": svg + " ",
                             "../secret.svg": "secret", "../outside.svg": "outside"] {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("images/linked.svg").path,
                                                   withDestinationPath: "../../outside.svg")
        return (folder, root)
    }

    static func render(_ root: URL) throws -> (Plan, [String: Data]) {
        let plan = WorkspaceLoader().load(root: root.path)
        let alignment = Aligner(vectors: Site.vectors).align(plan, today: Site.today)
        var options = SiteBuilder.Options()
        options.workspace = root.path
        let files = try SiteBuilder().render(plan: plan, alignment: alignment, options: options)
        return (plan, Dictionary(files, uniquingKeysWith: { first, _ in first }))
    }

    @Test("a workspace image is copied into media/ and shown by a path relative to each page")
    func localImages() throws {
        let (folder, root) = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (_, files) = try Self.render(root)
        #expect(files.keys.filter { $0.hasPrefix("media/") }.sorted() == ["media/images/diagram.svg", "media/images/up time.svg", "media/img/b.svg"])
        #expect(files["media/img/b.svg"] == Data((Self.svg + " ").utf8))
        let strategy = String(decoding: try #require(files["strategy.html"]), as: UTF8.self)
        #expect(strategy.contains(#"<img src="media/images/diagram.svg" alt="How we fit in">"#))
        let priority = String(decoding: try #require(files["priorities/reliability.html"]), as: UTF8.self)
        #expect(priority.contains(#"<img src="../media/images/up%20time.svg" alt="uptime">"#))
        let objective = String(decoding: try #require(files["objectives/2026-q4/keep-the-lights-on.html"]), as: UTF8.self)
        // An HTML <img> is shown even without allow_html; a link to an image file leads to its copy.
        #expect(objective.contains(#"<img src="../../media/img/b.svg" alt="b diagram">"#))
        #expect(objective.contains(#"<a href="../../media/images/diagram.svg"><img src="../../media/images/diagram.svg" alt="full size"></a>"#))
    }

    @Test("nothing outside the workspace is copied, and each image the site cannot show is a warning at its line")
    func outsideAndMissing() throws {
        let (folder, root) = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (plan, files) = try Self.render(root)
        #expect(!files.values.contains(Data("secret".utf8)) && !files.values.contains(Data("outside".utf8)))
        let objective = String(decoding: try #require(files["objectives/2026-q4/keep-the-lights-on.html"]), as: UTF8.self)
        #expect(objective.contains(#"<span class="missing-image">Image not shown: outside</span>"#))
        #expect(!objective.contains("/etc/hostname"))
        let warnings = plan.diagnostics.filter { $0.code == .missingImage }.map { "\($0.location.line): \($0.message)" }
        #expect(warnings == [
            "11: image `images/nope.png` not found: objectives/images/nope.png is not a file of the workspace",
            "13: image `../../secret.svg` is outside the workspace and is not copied into the site",
            "13: image `../images/linked.svg` not found: images/linked.svg is not a file of the workspace",
            "13: image `/etc/hostname` is outside the workspace and is not copied into the site",
        ])
        #expect(plan.diagnostics.filter { $0.code == .missingImage }.allSatisfy { $0.location.path == "objectives/2026-Q4.md" && $0.severity == .warning })
    }

    @Test("a remote image is a link named by its description: the site makes no request to another site")
    func remoteImages() throws {
        let (folder, root) = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (_, files) = try Self.render(root)
        for (path, data) in files where path.hasSuffix(".html") {
            let page = String(decoding: data, as: UTF8.self)
            #expect(page.range(of: #"<img src="(https?:)?//"#, options: .regularExpression) == nil, "\(path) loads a remote image")
        }
        let priority = String(decoding: try #require(files["priorities/growth.html"]), as: UTF8.self)
        #expect(priority.contains(#"<a class="remote-image" href="https://github.com/acme/plan/assets/123">Image: 2024 mobile teams</a>"#))
        let objective = String(decoding: try #require(files["objectives/2026-q4/keep-the-lights-on.html"]), as: UTF8.self)
        #expect(objective.contains(#"<a class="remote-image" href="https://example.com/b.png">Image: remote b</a>"#))
    }

    @Test("allow_html keeps the raw HTML around an <img>, whose source is the copy's")
    func allowHTML() throws {
        let (folder, root) = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("allow_html: true\n".utf8).write(to: root.appendingPathComponent("bearing.yml"))
        let (_, files) = try Self.render(root)
        let objective = String(decoding: try #require(files["objectives/2026-q4/keep-the-lights-on.html"]), as: UTF8.self)
        #expect(objective.contains(#"<img src="../../media/img/b.svg" alt="b diagram">"#))
        #expect(!objective.contains(#"src="../img/b.svg""#))
    }

    @Test("a rebuild links an unchanged image from the previous site, and copies a changed one")
    func rebuildLinksUnchanged() throws {
        let (folder, root) = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("site")
        func build() throws {
            let plan = WorkspaceLoader().load(root: root.path)
            var options = SiteBuilder.Options(data: [])
            options.workspace = root.path
            try SiteBuilder().build(plan: plan, alignment: Aligner(vectors: Site.vectors).align(plan, today: Site.today), options: options, output: output)
        }
        func inode(_ path: String) throws -> UInt64 {
            try #require((try FileManager.default.attributesOfItem(atPath: output.appendingPathComponent(path).path))[.systemFileNumber] as? UInt64)
        }
        try build()
        let first = try inode("media/images/diagram.svg")
        let firstB = try inode("media/img/b.svg")
        try Data("changed".utf8).write(to: root.appendingPathComponent("img/b.svg"))
        try build()
        #expect(try inode("media/images/diagram.svg") == first)
        #expect(try inode("media/img/b.svg") != firstB)
        #expect(FileManager.default.contents(atPath: output.appendingPathComponent("media/img/b.svg").path) == Data("changed".utf8))
    }
}
