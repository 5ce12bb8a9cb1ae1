import Foundation
import Testing

/// What CI needs beside check and build: a job summary, a site published with its errors, the date scores use.
@Suite("CI conveniences")
struct CIConveniencesTests {
    static func workspace(_ files: [String: String]) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("bearing-ci-\(UUID().uuidString)")
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        return root
    }

    static let broken = [
        "strategy.md": "# Strategy\n\n## Priorities\n\n1. **Run a dependable service.** {#reliability}\n2. **Grow revenue.** {#revenue}\n",
        "objectives/2026-Q4.md": "# 2026-Q4\n\n## Cut pages\n\n- Status: at-risk\n- Priorities: reliabilty\n\nFewer pages for on-call.\n",
    ]

    @Test("build --allow-errors publishes the site with its errors on every page and exits 0; without it, exit 1 and no site")
    func publishWithErrors() throws {
        let root = try Self.workspace(Self.broken)
        defer { try? FileManager.default.removeItem(at: root) }
        let refused = try Bearing.run(["build", "--out", "_site"], in: root)
        #expect(refused.status == 1)
        #expect(!FileManager.default.fileExists(atPath: root.path + "/_site/index.html"))
        let published = try Bearing.run(["build", "--allow-errors", "--out", "_site"], in: root)
        #expect(published.status == 0, "\(published.stderr)")
        #expect(published.stderr.contains("(1 error shown on the site)"))
        let index = try String(contentsOfFile: root.path + "/_site/index.html", encoding: .utf8)
        #expect(index.contains("unknown priority <code>reliabilty</code>"))
    }

    @Test("report --format summary: index, counts, at-risk items, gaps and errors in a few lines of Markdown")
    func summary() throws {
        let root = try Self.workspace(Self.broken)
        defer { try? FileManager.default.removeItem(at: root) }
        let run = try Bearing.run(["report", "--format", "summary", "--today", "2026-11-15"], in: root)
        #expect(run.status == 1, "errors still exit 1, as every report does")
        #expect(run.stdout.hasPrefix("### Strategy: 2026-Q4\n"))
        #expect(run.stdout.contains("1 error · 0 warnings ❌"))
        #expect(run.stdout.contains("**At risk** (1)\n\n- Cut pages — at-risk (`objectives/2026-Q4.md:3`)"))
        #expect(run.stdout.contains("**Gaps**") && run.stdout.contains("- 2 Grow revenue"))
        #expect(run.stdout.contains("- `objectives/2026-Q4.md:6` unknown priority `reliabilty`"))
    }

    @Test("today comes from the clock; a date pinned in bearing.yml is used with a warning, and --today silences it")
    func pinnedToday() throws {
        var files = Self.broken
        files["bearing.yml"] = "today: 2026-11-24\n"
        let root = try Self.workspace(files)
        defer { try? FileManager.default.removeItem(at: root) }
        let pinned = try Bearing.run(["report", "--format", "json"], in: root)
        #expect(pinned.stderr.contains("bearing.yml pins `today: 2026-11-24`"))
        #expect(pinned.stdout.contains("\"today\" : \"2026-11-24\"") || pinned.stdout.contains("\"today\": \"2026-11-24\""), "\(pinned.stdout.prefix(300))")
        let given = try Bearing.run(["report", "--format", "json", "--today", "2026-10-01"], in: root)
        #expect(!given.stderr.contains("pins"))
        try FileManager.default.removeItem(at: root.appendingPathComponent("bearing.yml"))
        let clock = try Bearing.run(["report", "--format", "json"], in: root)
        #expect(!clock.stderr.contains("pins"))
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyy-MM-dd"
        formatter.timeZone = TimeZone(identifier: "UTC")
        #expect(clock.stdout.contains(formatter.string(from: Date())), "scored as of the clock")
    }

    @Test("--version prints the version; completions are generated for bash, zsh and fish")
    func versionAndCompletions() throws {
        let version = try Bearing.run(["--version"])
        #expect(version.status == 0 && version.stdout.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ".").count == 3)
        for shell in ["bash", "zsh", "fish"] {
            let script = try Bearing.run(["--generate-completion-script", shell])
            #expect(script.status == 0 && script.stdout.contains("diff"), "\(shell)")
        }
    }
}
