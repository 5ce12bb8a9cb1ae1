import Foundation
import Testing

/// What `bearing check` prints when a plan has many unknown references, or only notes: each finding's own line stays
/// short, the valid ids come once at the end (not after each of twenty errors), and notes alone are not "no problems".
@Suite("bearing check: short findings, the valid ids once, notes counted")
struct ProblemListingTests {
    static let strategy = """
        ## Strategic priorities

        1. **Growth** {#growth}: grow the number of paying members.
           - **Retention** {#retention}: keep members renewing each year.
           - **Acquisition** {#acquisition}: bring new members in through events.
        2. **Platform** {#platform}: a reliable hosting platform.
           - **Reliability** {#reliability}: uptime and incident response.
        3. **Team** {#team}: a team that lasts.
        """

    static let objectives = """
        # Objectives 2026-Q4

        ## Raise membership renewals
        - Priorities: p9
        - [ ] 1/2 done

        ## Improve platform uptime
        - Priorities: platfrom
        - [ ] 1/2 done

        ## Reach every region
        - Priorities: platform.reliability
        - [ ] 1/2 done

        ## Launch partner events
        - Priorities: growth.acq
        - [ ] 1/2 done
        """

    func workspace(_ files: [String: String]) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("bearing-problems-\(UUID().uuidString)")
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        return root
    }

    @Test("each unknown reference is one short line with its did-you-mean; the valid ids follow once")
    func validIDsOnce() throws {
        let root = try workspace(["strategy.md": Self.strategy, "objectives/2026-Q4.md": Self.objectives])
        defer { try? FileManager.default.removeItem(at: root) }
        let run = try Bearing.run(["check", "--workspace", root.path])
        #expect(run.status == 1)
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines == [
            // A position that names nothing says how the strategy is numbered.
            "objectives/2026-Q4.md:4:15: error: unknown priority `p9`; the strategy numbers its priorities 1 to 3; write one of those, or an id [unresolved-reference]",
            "objectives/2026-Q4.md:8:15: error: unknown priority `platfrom`; did you mean `platform` (“Platform”)? [unresolved-reference]",
            // A path to a sub-priority, as some tools nest ids: its last part is what was meant.
            "objectives/2026-Q4.md:12:15: error: unknown priority `platform.reliability`; did you mean `reliability` (“Reliability”)? [unresolved-reference]",
            "objectives/2026-Q4.md:16:15: error: unknown priority `growth.acq`; did you mean `acquisition` (“Acquisition”)? [unresolved-reference]",
            "valid priority ids: growth, platform, team, retention, acquisition, reliability",
        ])
        #expect(run.stderr.contains("4 errors, 0 warnings in 2 files"))
    }

    @Test("--format json keeps every valid id with each finding, and the fix its did-you-mean")
    func jsonComplete() throws {
        let root = try workspace(["strategy.md": Self.strategy, "objectives/2026-Q4.md": Self.objectives])
        defer { try? FileManager.default.removeItem(at: root) }
        let run = try Bearing.run(["check", "--workspace", root.path, "--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        let diagnostics = try #require(object?["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.count == 4)
        for diagnostic in diagnostics {
            let candidates = diagnostic["candidates"] as? [String: Any]
            #expect(candidates?["kind"] as? String == "priority")
            #expect(candidates?["ids"] as? [String] == ["growth", "platform", "team", "retention", "acquisition", "reliability"])
        }
        #expect(diagnostics[0]["fix"] as? String == "the strategy numbers its priorities 1 to 3; write one of those, or an id")
        #expect(diagnostics[1]["fix"] as? String == "did you mean `platform` (“Platform”)?")
    }

    @Test("a GitHub annotation, read alone on its line, keeps the valid ids with it")
    func githubKeepsIDs() throws {
        let root = try workspace(["strategy.md": Self.strategy, "objectives/2026-Q4.md": Self.objectives])
        defer { try? FileManager.default.removeItem(at: root) }
        let run = try Bearing.run(["check", "--workspace", root.path, "--format", "github"])
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 4)
        #expect(lines.allSatisfy { $0.hasSuffix("valid priority ids: growth, platform, team, retention, acquisition, reliability") })
        #expect(lines[1].contains("did you mean `platform` (“Platform”)? valid priority ids"))
    }

    @Test("`report` lists the errors on standard error the same way: the valid ids once")
    func reportErrors() throws {
        let root = try workspace(["strategy.md": Self.strategy, "objectives/2026-Q4.md": Self.objectives])
        defer { try? FileManager.default.removeItem(at: root) }
        let run = try Bearing.run(["report", "--workspace", root.path, "--today", "2026-12-03"])
        #expect(run.status == 1)
        #expect(run.stderr.components(separatedBy: "valid priority ids:").count == 2, "\(run.stderr)")
        #expect(run.stdout.contains("Provisional"))
    }

    @Test("a plan with only notes is not 'no problems': the notes are counted, and the check still passes")
    func notesOnly() throws {
        let root = try workspace([
            "strategy.md": Self.strategy,
            "objectives/2026-Q4.md": "# Objectives 2026-Q4\n\n## Raise membership renewals\n- Priorities: growth\n- [ ] 1/2 done\n",
            "objectives/README.md": "# About these objectives\n\nWe write one file per quarter.\n",
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        let run = try Bearing.run(["check", "--workspace", root.path])
        #expect(run.status == 0)
        #expect(run.stdout.contains("note: not read as objectives"))
        #expect(run.stderr.contains("no errors or warnings in 3 files (1 note above)"), "\(run.stderr)")
        #expect(!run.stderr.contains("no problems"))
        #expect(try Bearing.run(["check", "--workspace", root.path, "--strict"]).status == 0)
    }
}
