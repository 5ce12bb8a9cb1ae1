import Foundation
import Testing

/// `bearing init` and `bearing new`, end to end through the binary: what they write checks clean.
@Suite("bearing init and bearing new")
struct InitNewCommandTests {
    static func emptyFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bearing-init-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// A fresh workspace from `init`, for the quarter holding 2026-12-01.
    static func initialized() throws -> URL {
        let folder = try emptyFolder()
        let run = try Bearing.run(["init", folder.path, "--today", "2026-12-01"])
        #expect(run.status == 0, "\(run.stderr)")
        return folder
    }

    static func checkIsClean(_ folder: URL) throws {
        let check = try Bearing.run(["check", "--workspace", folder.path, "--strict"])
        #expect(check.status == 0 && check.stdout.isEmpty, "\(check.stdout)\(check.stderr)")
        #expect(check.stderr.contains("no problems"), "\(check.stderr)")
    }

    /// What `new` wrote checks with only its placeholder lines warned about (`template-text`), and clean once they
    /// are filled in.
    static func checkIsCleanOnceFilledIn(_ folder: URL) throws {
        let check = try Bearing.run(["check", "--workspace", folder.path])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        let lines = check.stdout.split(separator: "\n")
        #expect(!lines.isEmpty && lines.allSatisfy { $0.hasSuffix("[template-text]") }, "\(check.stdout)")
        let placeholders = [("A first key result, with a figure when there is one", "Setup time from 30 to 5 minutes, now 20"),
                            ("Why this matters this quarter, in a sentence or two.", "Customers wait too long to start."),
                            ("What it delivers, and for whom.", "Offline use for field teams."), ("A first objective for", "Grow revenue in")]
        for path in ["objectives/2026-Q4.md", "objectives/2027-Q1.md", "roadmaps/product.md"] {
            let url = folder.appendingPathComponent(path)
            guard let data = try? Data(contentsOf: url) else { continue }
            var text = String(decoding: data, as: UTF8.self)
            for (placeholder, real) in placeholders { text = text.replacingOccurrences(of: placeholder, with: real) }
            // A byte-order mark is kept: it decodes to U+FEFF and is written back.
            try Data(text.utf8).write(to: url)
        }
        try checkIsClean(folder)
    }

    static func text(_ folder: URL, _ path: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
    }

    @Test("init writes a workspace that checks clean and builds")
    func initChecksCleanAndBuilds() throws {
        let folder = try Self.initialized()
        defer { try? FileManager.default.removeItem(at: folder) }
        for path in ["bearing.yml", "strategy.md", "objectives/2026-Q4.md", "roadmaps/product.md", ".gitignore", ".github/workflows/bearing.yml"] {
            #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path), "\(path) missing")
        }
        try Self.checkIsClean(folder)
        let workflow = try Self.text(folder, ".github/workflows/bearing.yml")
        #expect(workflow.contains("uses: your-org/bearing@main") && workflow.contains("fetch-depth: 0") && workflow.contains("deploy-pages"))
        #expect(workflow.contains("pull-requests: write") && workflow.contains("path: ${{ steps.bearing.outputs.site }}"))
        let build = try Bearing.run(["build", "--workspace", folder.path], in: folder)
        #expect(build.status == 0, "\(build.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("_site/index.html").path))
    }

    @Test("after init, the plan is titled by the strategy the user writes, not by bearing.yml")
    func initLeavesTheTitleToTheStrategy() throws {
        let folder = try Self.initialized()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try Self.text(folder, "bearing.yml").contains("# title: Our plan"))
        try Data("# OCTO strategy 2024\n\n## Priorities\n\n1. **Reliable service.** {#reliability}\n2. **Self-serve onboarding.** {#self-serve}\n3. **Partners build on us.** {#partners}\n".utf8)
            .write(to: folder.appendingPathComponent("strategy.md"))
        let report = try Bearing.run(["report", "--workspace", folder.path, "--today", "2026-12-01"])
        #expect(report.stdout.hasPrefix("OCTO strategy 2024"), "\(report.stdout.prefix(200))")
    }

    @Test("init beside the team's own objectives (objectives/, okrs/) writes a starter roadmap that names none of them, and checks with no error")
    func initBesideOwnObjectives() throws {
        for folderName in ["objectives", "okrs"] {
            let folder = try Self.emptyFolder()
            defer { try? FileManager.default.removeItem(at: folder) }
            try FileManager.default.createDirectory(at: folder.appendingPathComponent(folderName), withIntermediateDirectories: true)
            try Data("# 2026 Q4 OKRs\n\n## Objective: Grow the community\n\nMore people use it.\n\n- KR: 40 contributors, now 25\n".utf8)
                .write(to: folder.appendingPathComponent(folderName + "/2026-Q4.md"))
            let run = try Bearing.run(["init", folder.path, "--today", "2026-12-01"])
            #expect(run.status == 0, "\(run.stderr)")
            #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("roadmaps/product.md").path))
            let check = try Bearing.run(["check", "--workspace", folder.path, "--today", "2026-12-01"])
            #expect(check.status == 0, "\(folderName): \(check.stdout)\(check.stderr)")
            #expect(!check.stdout.contains("unresolved-reference"), "\(check.stdout)")
        }
    }

    @Test("init refuses to replace files without --force, names them, and writes nothing")
    func initRefusesExistingFiles() throws {
        let folder = try Self.emptyFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("# Mine\n".utf8).write(to: folder.appendingPathComponent("strategy.md"))
        let refused = try Bearing.run(["init", folder.path, "--today", "2026-12-01"])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("strategy.md"), "\(refused.stderr)")
        #expect(try Self.text(folder, "strategy.md") == "# Mine\n")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("bearing.yml").path))
        let forced = try Bearing.run(["init", folder.path, "--today", "2026-12-01", "--force"])
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(try Self.text(folder, "strategy.md") != "# Mine\n")
    }

    @Test("init --force beside an Obsidian note Strategy.md replaces that note, and writes no strategy.md to be read instead")
    func initForceReplacesCapitalisedStrategy() throws {
        let folder = try Self.emptyFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("# Mine\n".utf8).write(to: folder.appendingPathComponent("Strategy.md"))
        let refused = try Bearing.run(["init", folder.path, "--today", "2026-12-01"])
        #expect(refused.status == 2 && refused.stderr.contains("Strategy.md"), "\(refused.stderr)")
        let forced = try Bearing.run(["init", folder.path, "--today", "2026-12-01", "--force"])
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(forced.stdout.contains("wrote Strategy.md") && forced.stdout.contains("edit Strategy.md"), "\(forced.stdout)")
        #expect(try Self.text(folder, "Strategy.md") != "# Mine\n")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(!names.contains("strategy.md"), "\(names)")
        let check = try Bearing.run(["check", "--workspace", folder.path, "--today", "2026-12-01"])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
    }

    @Test("new objective, quarter and roadmap-item write items that check clean")
    func newItemsCheckClean() throws {
        let folder = try Self.initialized()
        defer { try? FileManager.default.removeItem(at: folder) }
        let objective = try Bearing.run(["new", "objective", "--title", "Ship the mobile app", "--owner", "Ada Lovelace", "--priority", "self-serve",
                                               "--today", "2026-11-02"], in: folder)
        #expect(objective.status == 0, "\(objective.stderr)")
        #expect(objective.stdout.contains("objectives/2026-Q4.md:"), "\(objective.stdout)")
        let q4 = try Self.text(folder, "objectives/2026-Q4.md")
        #expect(q4.contains("## Ship the mobile app") && q4.contains("- **Priorities:** self-serve") && q4.contains("- **Owner:** Ada Lovelace"))
        let line = Int(objective.stdout.split(separator: ":").last?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "") ?? 0
        #expect(q4.components(separatedBy: "\n")[max(line - 1, 0)] == "## Ship the mobile app")

        let quarter = try Bearing.run(["new", "quarter", "--today", "2026-11-02"], in: folder)
        #expect(quarter.status == 0, "\(quarter.stderr)")
        #expect(quarter.stdout.contains("objectives/2027-Q1.md:3"))
        #expect(try Self.text(folder, "objectives/2027-Q1.md").contains("## A first objective for 2027-Q1"))
        let again = try Bearing.run(["new", "quarter", "--quarter", "2027-Q1"], in: folder)
        #expect(again.status == 2)

        let item = try Bearing.run(["new", "roadmap-item", "--title", "Offline mode", "--lane", "next", "--priority", "1.1"], in: folder)
        #expect(item.status == 0, "\(item.stderr)")
        let roadmap = try Self.text(folder, "roadmaps/product.md")
        let next = try #require(roadmap.range(of: "## Next")), later = try #require(roadmap.range(of: "## Later"))
        let added = try #require(roadmap.range(of: "### Offline mode"))
        #expect(added.lowerBound > next.upperBound && added.upperBound < later.lowerBound, "added outside its lane:\n\(roadmap)")
        #expect(roadmap.contains("- Priorities: runbooks"))
        try Self.checkIsCleanOnceFilledIn(folder)
    }

    @Test("new keeps a byte-order mark and CRLF line endings")
    func newKeepsBOMAndCRLF() throws {
        let folder = try Self.initialized()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("objectives/2026-Q4.md")
        let crlf = try Self.text(folder, "objectives/2026-Q4.md").replacingOccurrences(of: "\n", with: "\r\n")
        let before = [0xEF, 0xBB, 0xBF] + [UInt8](crlf.utf8)
        try Data(before).write(to: path)
        let run = try Bearing.run(["new", "objective", "--title", "Faster setup", "--today", "2026-12-01"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        let after = [UInt8](try Data(contentsOf: path))
        #expect(Array(after.prefix(before.count)) == before, "the existing bytes changed")
        let text = String(decoding: after.dropFirst(3), as: UTF8.self)
        #expect(text.contains("\r\n## Faster setup\r\n"))
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "a bare LF was written")
        try Self.checkIsCleanOnceFilledIn(folder)
    }

    @Test("a mistyped --priority is a usage error with check's did-you-mean, and nothing is written")
    func priorityTypo() throws {
        let folder = try Self.initialized()
        defer { try? FileManager.default.removeItem(at: folder) }
        let before = try Self.text(folder, "objectives/2026-Q4.md"), roadmap = try Self.text(folder, "roadmaps/product.md")
        let run = try Bearing.run(["new", "objective", "--title", "Faster setup", "--priority", "relability", "--today", "2026-12-01"], in: folder)
        #expect(run.status == 2)
        #expect(run.stderr.contains("did you mean `reliability`"), "\(run.stderr)")
        let item = try Bearing.run(["new", "roadmap-item", "--title", "Faster setup", "--priority", "selfserve"], in: folder)
        #expect(item.status == 2)
        #expect(try Self.text(folder, "objectives/2026-Q4.md") == before)
        #expect(try Self.text(folder, "roadmaps/product.md") == roadmap)
    }
}
