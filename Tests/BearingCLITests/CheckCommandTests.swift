import Foundation
import Testing

@Suite("bearing check and export, end to end")
struct CheckCommandTests {
    let broken = Bearing.fixtures.appendingPathComponent("broken").path

    @Test("the example workspace is clean")
    func exampleIsClean() throws {
        let run = try Bearing.run(["check"])
        #expect(run.status == 0)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("no problems in 6 files"))
    }

    @Test("problems are listed as path:line:col: severity: message [code], sorted, exit 1")
    func brokenText() throws {
        let run = try Bearing.run(["check", "--workspace", broken])
        #expect(run.status == 1)
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines == [
            "objectives/2026-Q4.md:4:15: error: unknown priority `platfrom`; did you mean `platform` (“Platform”)? [unresolved-reference]",
            "objectives/2026-Q4.md:10:11: warning: unknown status `sideways`; expected one of not-started, on-track, at-risk, off-track, done, dropped [unknown-status]",
            "roadmaps/platform.md:7:15: error: dependency cycle: `platform/quotas` → `platform/upgrades` → `platform/quotas`; remove one of these `Depends on:` links [dependency-cycle]",
            // Once, after every finding, not after each unknown reference.
            "valid priority ids: platform, revenue",
        ])
        #expect(run.stderr.contains("2 errors, 1 warning in 3 files"))
    }

    @Test("GitHub annotations")
    func github() throws {
        let run = try Bearing.run(["check", "--workspace", broken, "--format", "github"])
        #expect(run.status == 1)
        // The fixture sits inside this repository, so its paths are given from the repository root.
        let prefix = "Tests/BearingCLITests/Fixtures/broken/"
        #expect(run.stdout.hasPrefix("::error file=\(prefix)objectives/2026-Q4.md,line=4,col=15,title=bearing [unresolved-reference]::unknown priority"))
        #expect(run.stdout.contains("::warning file=\(prefix)objectives/2026-Q4.md,line=10,"))
    }

    @Test("GitHub annotations name paths from the repository root when the workspace is a subfolder, and from the workspace outside git")
    func githubPathsFromRepositoryRoot() throws {
        let repository = FileManager.default.temporaryDirectory.appendingPathComponent("bearing-repo-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: repository) }
        let workspace = repository.appendingPathComponent("docs/planning")
        try FileManager.default.createDirectory(at: workspace.appendingPathComponent("objectives"), withIntermediateDirectories: true)
        try "## Priorities\n\n1. **Platform.** {#platform}\n".write(to: workspace.appendingPathComponent("strategy.md"), atomically: true, encoding: .utf8)
        try "## A\n- Priorities: platfrom\n".write(to: workspace.appendingPathComponent("objectives/2026-Q4.md"), atomically: true, encoding: .utf8)

        let outside = try Bearing.run(["check", "--format", "github"], in: workspace)
        #expect(outside.stdout.hasPrefix("::error file=objectives/2026-Q4.md,line=2,"))

        try FileManager.default.createDirectory(at: repository.appendingPathComponent(".git"), withIntermediateDirectories: true)
        let inside = try Bearing.run(["check", "--format", "github"], in: workspace)
        #expect(inside.stdout.hasPrefix("::error file=docs/planning/objectives/2026-Q4.md,line=2,"))
        #expect(inside.stdout.contains("did you mean `platform` (“Platform”)? valid priority ids: platform"))
        // People read text output from the workspace, so its paths stay workspace-relative.
        #expect(try Bearing.run(["check"], in: workspace).stdout.hasPrefix("objectives/2026-Q4.md:2:"))
    }

    @Test("references people type: a title word gets a did-you-mean, a word fitting a priority and its sub-priority a warning")
    func wordReferences() throws {
        let workspace = FileManager.default.temporaryDirectory.appendingPathComponent("bearing-words-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: workspace) }
        try FileManager.default.createDirectory(at: workspace.appendingPathComponent("objectives"), withIntermediateDirectories: true)
        try """
            ## Priorities

            1. **Always dependable service.** Keep every hub up. {#reliability}
            2. **Grow memberships.** More members, and onboarding that keeps them. {#growth}
               - Onboarding new members. {#onboarding-flow}

            """.write(to: workspace.appendingPathComponent("strategy.md"), atomically: true, encoding: .utf8)
        try "## A\n- Priorities: dependable\n\n## B\n- Priorities: onboarding\n".write(
            to: workspace.appendingPathComponent("objectives/2026-Q4.md"), atomically: true, encoding: .utf8)
        let run = try Bearing.run(["check", "--workspace", workspace.path])
        #expect(run.status == 1)
        #expect(run.stdout.split(separator: "\n").map(String.init) == [
            "objectives/2026-Q4.md:2:15: error: unknown priority `dependable`; did you mean `reliability` (“Always dependable service”)? [unresolved-reference]",
            "objectives/2026-Q4.md:5:15: warning: priority reference `onboarding` fits both `growth` (“Grow memberships”) and its sub-priority `onboarding-flow` (“Onboarding new members”); linked to the sub-priority; write the id you mean: `onboarding-flow` or `growth` [parent-and-child-reference]",
            "valid priority ids: reliability, growth, onboarding-flow",
        ])
    }

    @Test("JSON diagnostics")
    func json() throws {
        let run = try Bearing.run(["check", "--workspace", broken, "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(object["errors"] as? Int == 2)
        #expect(object["warnings"] as? Int == 1)
        #expect((object["diagnostics"] as? [[String: Any]])?.first?["code"] as? String == "unresolved-reference")
    }

    @Test("--strict fails on warnings")
    func strict() throws {
        let workspace = FileManager.default.temporaryDirectory.appendingPathComponent("bearing-strict-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: workspace.appendingPathComponent("objectives"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: workspace) }
        try "## Priorities\n\n1. **One.**\n".write(to: workspace.appendingPathComponent("strategy.md"), atomically: true, encoding: .utf8)
        try "## A\n- Owner: x\n- Status: weird\n".write(to: workspace.appendingPathComponent("objectives/2026-Q4.md"), atomically: true, encoding: .utf8)
        #expect(try Bearing.run(["check"], in: workspace).status == 0)
        #expect(try Bearing.run(["check", "--strict"], in: workspace).status == 1)
    }

    @Test("usage errors exit 2", arguments: [["check", "--bogus"], ["check", "--format", "xml"], ["frobnicate"],
                                             ["check", "--workspace", "/nonexistent/folder"]])
    func usage(arguments: [String]) throws {
        #expect(try Bearing.run(arguments).status == 2)
    }

    @Test("every subcommand has --help", arguments: ["check", "report", "rank", "suggest", "export", "eval"])
    func help(command: String) throws {
        let run = try Bearing.run([command, "--help"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("USAGE: bearing \(command)"))
    }

    @Test("export prints the model even with errors, and exits 1")
    func exportWithErrors() throws {
        let run = try Bearing.run(["export", "--workspace", broken])
        #expect(run.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect((object["objectives"] as? [Any])?.count == 2)
        #expect((object["diagnostics"] as? [Any])?.count == 3)
    }

    @Test("export of the example workspace")
    func exportExample() throws {
        let run = try Bearing.run(["export", "--format", "json"])
        #expect(run.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let objectives = try #require(object["objectives"] as? [[String: Any]])
        let quarters = Set(objectives.compactMap { $0["quarter"] as? String })
        #expect(quarters.isSuperset(of: ["2026-Q2", "2026-Q3", "2026-Q4"]))
        #expect(objectives.contains { ($0["priorities"] as? [String])?.isEmpty == true })
        #expect(objectives.contains { ($0["priorities"] as? [String])?.isEmpty == false })
        let sources = Set(objectives.flatMap { ($0["key_results"] as? [[String: Any]] ?? []).compactMap { $0["progress_source"] as? String } })
        #expect(sources == ["ratio", "percent", "range", "score", "checkbox", "current"])
        #expect(Set((object["roadmap_items"] as? [[String: Any]] ?? []).compactMap { $0["roadmap"] as? String }).count >= 2)
    }

    @Test("the workspace is found from a sub-folder")
    func fromSubfolder() throws {
        let run = try Bearing.run(["check"], in: Bearing.packageRoot.appendingPathComponent("objectives"))
        #expect(run.status == 0)
    }
}
