import Foundation
import Testing

/// Two items with one id used to abort every command but `export` ("Duplicate values for key", exit 132).
/// Each kind of duplicate, through every command: a `duplicate-id` error naming both places, and nothing aborts.
@Suite("duplicate ids, end to end")
struct DuplicateIDTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var files: [String: String]
        /// `path:line` of the first and the later duplicate.
        var first: String
        var later: String
        /// The later duplicate's new id, and the site page it must get.
        var renamed: String
        var page: String
        var testDescription: String { name }
    }

    static let strategy = """
        # Strategy

        ## Priorities

        1. **Platform.** Run one shared platform. {#platform}
           - Reliable operations. {#ops}
        2. **Revenue.** Grow reliable recurring revenue. {#revenue}

        """

    static let cases: [Case] = [
        Case(name: "two `## Hiring` in one quarter", files: ["objectives/2026-Q4.md": "## Hiring\n- Priorities: platform\n\n## Hiring\n- Priorities: revenue\n"],
             first: "objectives/2026-Q4.md:1", later: "objectives/2026-Q4.md:4", renamed: "2026-q4/hiring-2", page: "objectives/2026-q4/hiring-2.html"),
        Case(name: "two initiatives of one objective", files: ["objectives/2026-Q4.md": "## Grow\n- Priorities: revenue\n\n### Same\nA.\n\n### Same\nB.\n"],
             first: "objectives/2026-Q4.md:4", later: "objectives/2026-Q4.md:7", renamed: "2026-q4/grow/same-2", page: "objectives/2026-q4/grow.html"),
        // The same title under two lanes is two items (`r/related-work/spike`); one id written twice is the duplicate.
        Case(name: "one roadmap item id written under two lanes",
             files: ["roadmaps/r.md": "## Deep dives\n\n### Spike {#r/spike}\n- Priorities: ops\n\n## Related work\n\n### Spike {#r/spike}\n- Priorities: ops\n"],
             first: "roadmaps/r.md:3", later: "roadmaps/r.md:8", renamed: "r/spike-2", page: "roadmaps/r.html"),
        Case(name: "two identical priority labels", files: ["strategy.md": strategy + "3. **Another.** Also a platform. {#platform}\n"],
             first: "strategy.md:5", later: "strategy.md:8", renamed: "platform-2", page: "priorities/platform-2.html"),
        Case(name: "two identical objective labels, across quarters",
             files: ["objectives/2026-Q3.md": "## One {#same}\n- Priorities: ops\n", "objectives/2026-Q4.md": "## Two {#same}\n- Priorities: ops\n"],
             first: "objectives/2026-Q3.md:1", later: "objectives/2026-Q4.md:1", renamed: "same-2", page: "objectives/same-2.html"),
        Case(name: "an objective and a roadmap item", files: ["objectives/2026-Q4.md": "## Spike {#r/spike}\n- Priorities: ops\n",
                                                             "roadmaps/r.md": "## Now\n\n### Spike\n- Priorities: ops\n"],
             first: "objectives/2026-Q4.md:1", later: "roadmaps/r.md:3", renamed: "r/spike-2", page: "roadmaps/r.html"),
    ]

    @Test("check, report, suggest, rank, build, export and query name both places; the site builds with --allow-errors", arguments: cases)
    func everyCommand(_ example: Case) throws {
        let workspace = try Self.workspace(example.files)
        defer { try? FileManager.default.removeItem(at: workspace) }
        let site = workspace.appendingPathComponent("site").path
        let proposals = workspace.appendingPathComponent("proposals.md")
        try "## Idea\n\nRun the platform reliably.\n".write(to: proposals, atomically: true, encoding: .utf8)
        let commands: [[String]] = [
            ["check"], ["report"], ["suggest"], ["rank", proposals.path], ["export"], ["build", "--allow-errors", "--out", site],
            ["query", "SELECT path || ':' || line || ': ' || message FROM diagnostics WHERE code = 'duplicate-id'", "--db", site + "/data/planning.db", "--format", "csv"],
        ]
        for command in commands {
            let run = try Bearing.run(command + ["--workspace", workspace.path])
            let output = try Self.diagnostics(of: command[0], run, site: site)
            #expect([0, 1].contains(run.status), "\(command[0]) exited \(run.status): \(run.stderr)")
            #expect(!output.contains("Fatal error"), "\(command[0])")
            #expect(output.contains("duplicate"), "\(command[0]) does not report the duplicate: \(output)")
            #expect(output.contains(example.first + ":") && output.contains(example.later + ":"), "\(command[0]) does not name both places: \(output)")
            #expect(output.contains("`\(example.renamed)`"), "\(command[0]): \(output)")
        }
        #expect(FileManager.default.fileExists(atPath: site + "/index.html"))
        #expect(FileManager.default.fileExists(atPath: site + "/" + example.page), "no page \(example.page)")
        let export = try Bearing.run(["export", "--workspace", workspace.path])
        #expect(export.stdout.contains("\"\(example.renamed)\""))
    }

    @Test("objectives titled in Chinese, Japanese, Cyrillic, Greek, Arabic and emoji get distinct ids, and no duplicate")
    func nonLatinTitles() throws {
        let titles = ["降低运营成本", "提高收入", "日本語の目標", "Снизить затраты", "Ελληνικά κείμενα", "خفض التكاليف", "🚀🔥", "🌱"]
        let objectives = titles.map { "## \($0)\n- Priorities: platform\n" }.joined(separator: "\n")
        let workspace = try Self.workspace(["objectives/2026-Q4.md": objectives])
        defer { try? FileManager.default.removeItem(at: workspace) }
        let check = try Bearing.run(["check", "--workspace", workspace.path])
        #expect(check.status == 0, "\(check.stdout)")
        let export = try Bearing.run(["export", "--workspace", workspace.path])
        for id in ["2026-q4/jiang-di-yun-ying-cheng-ben", "2026-q4/ti-gao-shou-ru", "2026-q4/snizit-zatraty", "2026-q4/ellenika-keimena"] {
            #expect(export.stdout.contains("\"\(id)\""), "\(id)")
        }
        #expect(!export.stdout.contains("\"2026-q4/untitled\""))
    }

    /// Where each command puts its diagnostics: `export` as JSON, `build --allow-errors` on the site, the rest as text.
    static func diagnostics(of command: String, _ run: Bearing.Run, site: String) throws -> String {
        switch command {
        case "export":
            let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
            let diagnostics = try #require(object["diagnostics"] as? [[String: Any]])
            return diagnostics.map { "\($0["path"] ?? ""):\($0["line"] ?? ""): \($0["code"] ?? "") \($0["message"] ?? "")" }.joined(separator: "\n")
        case "build":
            // The site sets what the message quotes as code: read it back as the backticks it was written with.
            let page = try String(contentsOfFile: site + "/index.html", encoding: .utf8)
            return run.stdout + run.stderr + page.replacingOccurrences(of: "<code>", with: "`").replacingOccurrences(of: "</code>", with: "`")
        default:
            return run.stdout + run.stderr
        }
    }

    static func workspace(_ files: [String: String]) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("bearing-dup-\(UUID().uuidString)")
        for (path, text) in ["strategy.md": strategy].merging(files, uniquingKeysWith: { _, new in new }) {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        return root
    }
}
