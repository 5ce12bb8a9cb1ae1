import Foundation
import Testing
import TestSupport

/// Session 32's new users: an engineering manager adopting Bearing in a repository that already holds two quarters of
/// OKRs in its history (`planning/okrs/2026-Q4.md`, committed months before `bearing.yml`), and the same repository
/// published from CI. Each runs the command in process and reads what the user would read.
@Suite("new user adopting Bearing mid-year, session 32")
struct NewUserTrial32Tests {
    static let strategy = """
        # Platform Engineering Strategy 2026

        ## Priorities

        1. **Reliable by default** {#reliability}
           Services stay up without heroics: fewer pages, faster recovery, safe deploys.
        2. **Developer velocity** {#velocity}
           An engineer goes from commit to production in minutes, not hours.
        3. **Cost discipline** {#cost}
           Cloud spend grows slower than traffic.

        """

    static func okrs(spend: String, status: String) -> String {
        """
        # Platform OKRs — Q4 2026

        ## O1: Right-size the staging fleet

        **Owner:** Mei Lin
        **Priority:** cost
        **Status:** \(status)

        - KR1: Staging spend from $48k to $30k a month, now $\(spend)k
        - KR2: Shut down 40 idle staging environments — 20 done

        ## O2: On-call that people can live with

        **Owner:** Dana Whitfield
        **Priority:** reliability

        - KR1: Pages per on-call week from 30 to 10, now 22

        """
    }

    static let settings = """
        title: Platform Engineering plan
        paths:
          objectives: okrs

        """

    /// Two check-ins of `planning/okrs/2026-Q4.md` before anyone had heard of Bearing; `bearing.yml` comes last.
    static func repository(commitSettings: Bool = true) throws -> GitFixture {
        let repo = try GitFixture()
        try repo.write(["planning/strategy.md": strategy, "planning/okrs/2026-Q4.md": okrs(spend: "41", status: "at risk")])
        try repo.commitAll("Q4 OKRs", author: "Mei", date: "2026-09-30T16:00:00Z")
        try repo.write(["planning/okrs/2026-Q4.md": okrs(spend: "35", status: "on track")])
        try repo.commitAll("November check-in", author: "Dana", date: "2026-11-14T16:00:00Z")
        try repo.write(["planning/bearing.yml": settings])
        if commitSettings { try repo.commitAll("Adopt Bearing", author: "Dana", date: "2026-12-04T16:00:00Z") }
        return repo
    }

    static func csv(_ run: Bearing.Run) -> String {
        run.stdout.replacingOccurrences(of: "\r\n", with: "\n")
    }

    @Test("the commits made before bearing.yml are read with today's settings: history, what changed, diff")
    func historyBeforeSettings() throws {
        for committed in [true, false] {
            let repo = try Self.repository(commitSettings: committed)
            defer { repo.remove() }
            let workspace = repo.root.appendingPathComponent("planning").path
            // Was: one revision, the commit that added bearing.yml (none while it is uncommitted), as if the plan began there.
            let revisions = try Bearing.run(["query", "--workspace", workspace, "--format", "csv", "--today", "2026-12-05",
                                             "SELECT DISTINCT r.author FROM item_history h JOIN revisions r ON r.seq = h.revision ORDER BY r.seq"])
            #expect(revisions.status == 0, "\(revisions.stderr)")
            #expect(Self.csv(revisions).hasPrefix("author\nMei\nDana\n"), "\(revisions.stdout)")
            let update = try Bearing.run(["report", "--workspace", workspace, "--format", "markdown", "--today", "2026-12-05"])
            #expect(!update.stdout.contains("History starts later"), "\(update.stdout)")
            #expect(update.stdout.contains("Right-size the staging fleet"))
            #expect(update.stdout.contains("on-track"), "\(update.stdout)")
            // Was "±0 objectives" between two commits that both hold two objectives, each read as none.
            let diff = try Bearing.run(["diff", "--workspace", workspace, "2026-10-01", "2026-11-20"])
            #expect(diff.status == 0, "\(diff.stderr)")
            #expect(diff.stdout.contains("| Objectives | 2 | 2 |"), "\(diff.stdout)")
            #expect(diff.stdout.contains("Right-size the staging fleet"), "\(diff.stdout)")
            let past = try Bearing.run(["report", "--workspace", workspace, "--as-of", "2026-10-01", "--format", "json"])
            #expect(past.stdout.contains("right-size-the-staging-fleet"), "\(past.stdout.prefix(400))")
        }
    }

    @Test("a folder renamed in the commit that adds bearing.yml: a revision before it is read from its default place")
    func folderRenamedWithSettings() throws {
        // A counter-case: today's settings name `okrs`, which the old revision does not have; it keeps `objectives/`.
        let repo = try GitFixture()
        defer { repo.remove() }
        try repo.write(["strategy.md": Self.strategy, "objectives/2026-Q4.md": Self.okrs(spend: "41", status: "at risk")])
        try repo.commitAll("Q4 OKRs", author: "Mei", date: "2026-09-30T16:00:00Z")
        try repo.git("mv", "objectives", "okrs")
        try repo.write(["bearing.yml": Self.settings, "okrs/2026-Q4.md": Self.okrs(spend: "35", status: "on track")])
        try repo.commitAll("Adopt Bearing", author: "Dana", date: "2026-11-14T16:00:00Z")
        let run = try Bearing.run(["report", "--workspace", repo.root.path, "--as-of", "2026-10-01", "--format", "json"])
        #expect(run.stdout.contains("2026-q4/right-size-the-staging-fleet"), "\(run.stdout.prefix(400))")
        #expect(!run.stdout.contains("config-invalid"), "\(run.stdout.prefix(400))")
    }

    @Test("quarter files outside the objectives folder are said, with the setting that reads them")
    func quarterFilesElsewhere() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("bearing-user32-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let files = ["strategy.md": Self.strategy, "okrs/2026-Q3.md": Self.okrs(spend: "41", status: "at risk"),
                     "okrs/2026-Q4.md": Self.okrs(spend: "35", status: "on track"), "README.md": "# Planning\n"]
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        // Was "bearing check: no problems in 1 file", exit 0: two quarters of OKRs not read, not a word.
        let run = try Bearing.run(["check", "--workspace", root.path, "--today", "2026-12-05", "--no-history"])
        #expect(run.stdout.contains("okrs/2026-Q3.md:1:1: warning: no objectives are read: the objectives folder `objectives` does not exist or holds no Markdown, and okrs/2026-Q3.md, okrs/2026-Q4.md are named for quarters but are not in it, so they are not read; if they are the plan's objectives, set `paths: { objectives: okrs }` in bearing.yml [misplaced-file]"), "\(run.stdout)")
        // Following the advice reads them, and the warning is gone.
        try "paths: { objectives: okrs }\n".write(to: root.appendingPathComponent("bearing.yml"), atomically: true, encoding: .utf8)
        let after = try Bearing.run(["check", "--workspace", root.path, "--today", "2026-12-05", "--no-history"])
        #expect(!after.stdout.contains("misplaced-file"), "\(after.stdout)")
        #expect(after.stderr.contains("in 3 files"), "\(after.stderr)")
    }

    @Test("a priority id the strategy renamed says what it was and what stands in its place now")
    func renamedPriorityID() throws {
        let repo = try GitFixture()
        defer { repo.remove() }
        let objectives = """
            # Platform OKRs — Q3 2026

            ## Cut CI time in half

            **Owner:** Raj Patel
            **Priority:** velocity

            - KR1: p50 CI time from 24 min to 12 min, now 13 min

            """
        try repo.write(["strategy.md": Self.strategy, "objectives/2026-Q3.md": objectives])
        try repo.commitAll("Q3 OKRs", author: "Dana", date: "2026-06-26T16:00:00Z")
        try repo.write(["strategy.md": Self.strategy.replacingOccurrences(of: "**Developer velocity** {#velocity}", with: "**Developer experience** {#devex}")])
        try repo.commitAll("Rename velocity", author: "Dana", date: "2026-08-21T16:00:00Z")
        // Was "unknown priority `velocity`" with no fix: a reader looks for a typo that is not there.
        let run = try Bearing.run(["check", "--workspace", repo.root.path, "--today", "2026-12-05"])
        #expect(run.status == 1)
        #expect(run.stdout.contains("objectives/2026-Q3.md:6:15: error: unknown priority `velocity`; `velocity` was the id of priority 2 “Developer velocity” until the strategy changed on 2026-08-21 (Dana); priority 2 is now `devex` (“Developer experience”): write `devex` if it is the same priority [unresolved-reference]"), "\(run.stdout)")
        // A typo keeps its did-you-mean; without history nothing is read from git.
        let plain = try Bearing.run(["check", "--workspace", repo.root.path, "--today", "2026-12-05", "--no-history"])
        #expect(plain.stdout.contains("error: unknown priority `velocity` [unresolved-reference]"), "\(plain.stdout)")
    }

    @Test("a strategy moved to a subfolder: the missing-strategy error names where it is now")
    func movedStrategy() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("bearing-user32-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        for (path, text) in ["docs/strategy.md": Self.strategy, "bearing.yml": "title: Plan\n", "objectives/2026-Q4.md": Self.okrs(spend: "35", status: "on track")] {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        // Was "write one (`bearing init` makes a starter), or set `paths: strategy:` in bearing.yml".
        let run = try Bearing.run(["check", "--workspace", root.path, "--today", "2026-12-05", "--no-history"])
        #expect(run.stdout.contains("strategy.md:1:1: error: no strategy: strategy.md does not exist; docs/strategy.md exists: set `paths: { strategy: docs/strategy.md }` in bearing.yml, or move it back [missing-strategy]"), "\(run.stdout)")
    }

    @Test("annotations from a checkout without .git are placed by GITHUB_WORKSPACE")
    func annotationsWithoutGit() throws {
        let checkout = FileManager.default.temporaryDirectory.appendingPathComponent("bearing-user32 ckout-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: checkout) }
        let objectives = Self.okrs(spend: "35", status: "on track").replacingOccurrences(of: "**Priority:** cost", with: "**Priority:** costs")
        for (path, text) in ["planning/strategy.md": Self.strategy, "planning/objectives/2026-Q4.md": objectives] {
            let url = checkout.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        let workspace = checkout.appendingPathComponent("planning").path
        // Was `file=objectives/2026-Q4.md`: GitHub places it on no file of the repository.
        let run = try Bearing.run(["check", "--workspace", workspace, "--format", "github", "--today", "2026-12-05"],
                                  environment: ["GITHUB_WORKSPACE": checkout.path])
        #expect(run.status == 1)
        #expect(run.stdout.contains("::error file=planning/objectives/2026-Q4.md,line=6,col=15,"), "\(run.stdout)")
        // Outside GitHub's checkout folder, paths stay the workspace's.
        let elsewhere = try Bearing.run(["check", "--workspace", workspace, "--format", "github", "--today", "2026-12-05"],
                                        environment: ["GITHUB_WORKSPACE": "/nonexistent/elsewhere"])
        #expect(elsewhere.stdout.contains("::error file=objectives/2026-Q4.md,line=6,col=15,"), "\(elsewhere.stdout)")
    }
}
