import Foundation
import TestSupport
import Testing

/// History from git and `--as-of`, on real git repositories made in a temporary folder.
@Suite("history and --as-of")
struct HistoryTests {
    static let strategy = """
        # Strategy

        ## Our priorities

        1. **Run a dependable service.** Fewer outages, faster recovery, on-call that works. {#reliability}
        2. **Let customers start on their own.** Self-serve sign-up, setup guides and onboarding. {#self-serve}

        """

    static func objectives(status: String, done: Int, guide: Bool = true) -> String {
        """
        # 2026-Q1

        ## Cut pages per week

        - Status: \(status)
        - Priorities: reliability

        - [ ] Runbooks written: \(done)/8

        """ + (guide ? """

        ## Publish the setup guide

        - Status: not-started
        - Priorities: self-serve

        - [ ] Guide published

        """ : "")
    }

    /// Four commits by two people: the plan; progress and a status change; a README change only (no revision of
    /// the plan); the guide objective dropped.
    static func repository() throws -> GitFixture {
        let repo = try GitFixture()
        try repo.write(["planning/strategy.md": strategy, "planning/objectives/2026-Q1.md": objectives(status: "on-track", done: 1)])
        try repo.commitAll("Plan Q1", author: "Ada", date: "2026-01-05T10:00:00Z")
        try repo.write(["planning/objectives/2026-Q1.md": objectives(status: "at-risk", done: 3)])
        try repo.commitAll("Q1 check-in", author: "Grace", date: "2026-02-02T10:00:00Z")
        try repo.write(["README.md": "# Notes\n"])
        try repo.commitAll("Readme", author: "Grace", date: "2026-02-10T10:00:00Z")
        try repo.write(["planning/objectives/2026-Q1.md": objectives(status: "off-track", done: 4, guide: false)])
        try repo.commitAll("Drop the guide", author: "Ada", date: "2026-03-02T10:00:00Z")
        return repo
    }

    static func sql(_ database: URL, _ query: String) throws -> String {
        let run = try Bearing.run(["query", "--db", database.path, "--format", "csv", query])
        #expect(run.status == 0, "\(run.stderr)")
        return run.stdout.replacingOccurrences(of: "\r\n", with: "\n")
    }

    @Test("build stores each revision of the plan with its author and date, and each item's changes")
    func buildStoresHistory() throws {
        let repo = try Self.repository()
        defer { repo.remove() }
        let workspace = repo.root.appendingPathComponent("planning")
        let out = repo.root.appendingPathComponent("site")
        let build = try Bearing.run(["build", "--workspace", workspace.path, "--out", out.path, "--today", "2026-03-10"])
        #expect(build.status == 0, "\(build.stderr)")
        let db = out.appendingPathComponent("data/planning.db")
        // The README commit changed no file of the plan: three revisions, not four.
        #expect(try Self.sql(db, "SELECT seq, author, substr(date, 1, 10) AS day FROM revisions ORDER BY seq")
                == "seq,author,day\n1,Ada,2026-01-05\n2,Grace,2026-02-02\n3,Ada,2026-03-02\n")
        let statuses = try Self.sql(db, "SELECT revision, present, status FROM item_history WHERE item LIKE '%cut-pages%' ORDER BY revision")
        #expect(statuses == "revision,present,status\n1,1,on-track\n2,1,at-risk\n3,1,off-track\n")
        let figures = try Self.sql(db, "SELECT revision, current, target FROM key_result_history WHERE item LIKE '%cut-pages%' ORDER BY revision")
        #expect(figures == "revision,current,target\n1,1.0,8.0\n2,3.0,8.0\n3,4.0,8.0\n")
        // The unchanged guide has one row until it is removed at revision 3.
        let guide = try Self.sql(db, "SELECT revision, present FROM item_history WHERE item LIKE '%setup-guide%' ORDER BY revision")
        #expect(guide == "revision,present\n1,1\n3,0\n")
        let links = try Self.sql(db, "SELECT DISTINCT priority, kind FROM link_history WHERE item LIKE '%cut-pages%' AND kind = 'declared'")
        #expect(links == "priority,kind\nreliability,declared\n")
    }

    @Test("query without a built site reads the history when the query asks for a history table, and only then")
    func queryFreshHistory() throws {
        let repo = try Self.repository()
        defer { repo.remove() }
        let workspace = repo.root.appendingPathComponent("planning").path
        func query(_ sql: String, _ extra: [String] = []) throws -> String {
            let run = try Bearing.run(["query", "--workspace", workspace, "--format", "csv"] + extra + [sql])
            #expect(run.status == 0, "\(run.stderr)")
            return run.stdout.replacingOccurrences(of: "\r\n", with: "\n")
        }
        #expect(try query("SELECT seq, author FROM revisions ORDER BY seq") == "seq,author\n1,Ada\n2,Grace\n3,Ada\n")
        #expect(try query("SELECT count(*) AS n FROM Item_History") != "n\n0\n")
        #expect(try query("SELECT count(*) AS n FROM revisions", ["--no-history"]) == "n\n0\n")
    }

    @Test("--no-history and a workspace outside git build without history")
    func withoutHistory() throws {
        let repo = try Self.repository()
        defer { repo.remove() }
        let workspace = repo.root.appendingPathComponent("planning")
        let out = repo.root.appendingPathComponent("site")
        #expect(try Bearing.run(["build", "--workspace", workspace.path, "--out", out.path, "--no-history"]).status == 0)
        #expect(try Self.sql(out.appendingPathComponent("data/planning.db"), "SELECT count(*) AS n FROM revisions") == "n\n0\n")
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("bearing-nogit-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: outside) }
        try FileManager.default.createDirectory(at: outside.appendingPathComponent("objectives"), withIntermediateDirectories: true)
        try Self.strategy.write(to: outside.appendingPathComponent("strategy.md"), atomically: true, encoding: .utf8)
        try Self.objectives(status: "on-track", done: 1).write(to: outside.appendingPathComponent("objectives/2026-Q1.md"), atomically: true, encoding: .utf8)
        let build = try Bearing.run(["build", "--workspace", outside.path], environment: ["GIT_CEILING_DIRECTORIES": outside.deletingLastPathComponent().path])
        #expect(build.status == 0, "\(build.stderr)")
        #expect(!build.stderr.contains("warning"), "\(build.stderr)")
        #expect(try Self.sql(outside.appendingPathComponent("_site/data/planning.db"), "SELECT count(*) AS n FROM revisions") == "n\n0\n")
    }

    @Test("--as-of a revision or a date gives the plan as it was, on report, export, query and build")
    func asOf() throws {
        let repo = try Self.repository()
        defer { repo.remove() }
        let workspace = repo.root.appendingPathComponent("planning").path
        func status(_ asOf: String) throws -> String {
            let run = try Bearing.run(["query", "--workspace", workspace, "--as-of", asOf, "--format", "csv",
                                       "SELECT status FROM objectives WHERE title LIKE 'Cut%'"])
            #expect(run.status == 0, "\(run.stderr)")
            return run.stdout.replacingOccurrences(of: "\r\n", with: "\n")
        }
        #expect(try status("HEAD~2") == "status\nat-risk\n")
        #expect(try status("HEAD") == "status\noff-track\n")
        // A date means the last commit on or before it: the check-in of 2026-02-02 (the README commit changed no plan).
        #expect(try status("2026-02-15") == "status\nat-risk\n")
        #expect(try status("2026-02-02") == "status\nat-risk\n")
        #expect(try status("2026-02-01") == "status\non-track\n")
        let before = try Bearing.run(["report", "--workspace", workspace, "--as-of", "2025-12-31"])
        #expect(before.status == 2)
        #expect(before.stderr.contains("no commit of the current branch on or before 2025-12-31"), "\(before.stderr)")
        let unknown = try Bearing.run(["report", "--workspace", workspace, "--as-of", "no-such-branch"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("no commit named no-such-branch"), "\(unknown.stderr)")

        let report = try Bearing.run(["report", "--workspace", workspace, "--as-of", "2026-01-20", "--format", "csv"])
        #expect(report.status == 0, "\(report.stderr)")
        #expect(report.stdout.contains("Publish the setup guide"))
        let now = try Bearing.run(["report", "--workspace", workspace, "--format", "csv"])
        #expect(!now.stdout.contains("Publish the setup guide"))

        let export = try Bearing.run(["export", "--workspace", workspace, "--as-of", "HEAD~2", "--format", "json"])
        #expect(export.status == 0, "\(export.stderr)")
        #expect(export.stdout.contains("3/8"))
        #expect(!export.stdout.contains("4/8"))

        let out = repo.root.appendingPathComponent("old-site")
        let build = try Bearing.run(["build", "--workspace", workspace, "--out", out.path, "--as-of", "HEAD~3"])
        #expect(build.status == 0, "\(build.stderr)")
        #expect(try Self.sql(out.appendingPathComponent("data/planning.db"), "SELECT status FROM objectives WHERE title LIKE 'Cut%'") == "status\non-track\n")
    }

    @Test("a shallow clone builds with a warning that says how to fetch the history")
    func shallow() throws {
        let repo = try Self.repository()
        defer { repo.remove() }
        let clone = repo.root.appendingPathComponent("clone")
        try GitFixture.git(["clone", "-q", "--depth", "1", "file://" + repo.root.path, clone.path], in: repo.root)
        let build = try Bearing.run(["build", "--workspace", clone.appendingPathComponent("planning").path])
        #expect(build.status == 0, "\(build.stderr)")
        #expect(build.stderr.contains("shallow") && build.stderr.contains("fetch-depth: 0") && build.stderr.contains("git fetch --unshallow"), "\(build.stderr)")
        let db = clone.appendingPathComponent("planning/_site/data/planning.db")
        #expect(try Self.sql(db, "SELECT count(*) AS n FROM revisions") == "n\n1\n")
    }
}

/// A key-result table's Current cell in history (trial 21, F14): `key_result_history.current` was NULL for every table
/// row, so a change of the cell alone ("No change (12 to 12)" → "Stable (12 to 6)") left no trace.
@Suite("history of a key-result table's Current cells")
struct TableCurrentHistoryTests {
    static func objectives(bugs: String, load: String) -> String {
        """
        # 2026-Q1

        ## Ship a stable app

        - Priorities: reliability

        | KR | Current |
        |---|---|
        | Reduce bugs by 25% | \(bugs) |
        | App load time is 2 seconds or less | \(load) |

        """
    }

    @Test("history carries the Current cell as key_results does: the number when it is one, else the cell as written")
    func currentCells() throws {
        let repo = try GitFixture()
        defer { repo.remove() }
        try repo.write(["planning/strategy.md": HistoryTests.strategy,
                        "planning/objectives/2026-Q1.md": Self.objectives(bugs: "No change (12 to 12)", load: "4.3")])
        try repo.commitAll("Plan Q1", author: "Ada", date: "2026-01-05T10:00:00Z")
        try repo.write(["planning/objectives/2026-Q1.md": Self.objectives(bugs: "Stable (12 to 6)", load: "3.1")])
        try repo.commitAll("Q1 check-in", author: "Grace", date: "2026-02-02T10:00:00Z")
        let workspace = repo.root.appendingPathComponent("planning")
        let out = repo.root.appendingPathComponent("site")
        let build = try Bearing.run(["build", "--workspace", workspace.path, "--out", out.path, "--today", "2026-03-10"])
        #expect(build.status == 0, "\(build.stderr)")
        let db = out.appendingPathComponent("data/planning.db")
        let rows = try HistoryTests.sql(db, "SELECT revision, position, current FROM key_result_history ORDER BY revision, position")
        #expect(rows == "revision,position,current\n1,1,No change (12 to 12)\n1,2,4.3\n2,1,Stable (12 to 6)\n2,2,3.1\n")
    }
}
