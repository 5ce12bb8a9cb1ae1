import Foundation
import TestSupport
import Testing

/// Trends from the plan's git history: key-result sparklines and status changes on objective pages, stale key
/// results (objective page, review page, `bearing check`), and movement in the stakeholder update. Each on a real
/// git repository made in a temporary folder, scored as of 2026-11-24 (2026-Q4 under way, 2026-Q3 ended).
@Suite("trends from history")
struct TrendTests {
    static let today = "2026-11-24"

    static let strategy = """
        # Strategy

        ## Our priorities

        1. **Run a dependable service.** Fewer outages, faster recovery, on-call that works. {#reliability}
        2. **Let customers start on their own.** Self-serve sign-up, setup guides and onboarding. {#self-serve}

        """

    /// An ended quarter whose key result never moves after July: closed, not stale.
    static let q3 = """
        # 2026-Q3

        ## Migrate the old cluster

        - Status: on-track
        - Owner: Lin Wu
        - Priorities: reliability

        - [ ] Services moved: 1/5

        """

    static func q4(status: String, runbooks: Int) -> String {
        """
        # 2026-Q4

        ## Cut pages per week

        - Status: \(status)
        - Owner: Ana Ruiz
        - Priorities: reliability

        - [ ] Runbooks written: \(runbooks)/10
        - [ ] Pager rota published

        """
    }

    /// Planned in July; Ana marks it at-risk in September; Grace moves the runbooks in October and November. The
    /// rota key result never moves: by 2026-11-24 it has been still since the quarter began (7 weeks).
    static func repository(config: String? = nil) throws -> GitFixture {
        let repo = try GitFixture()
        var files = ["plan/strategy.md": strategy, "plan/objectives/2026-Q3.md": q3, "plan/objectives/2026-Q4.md": q4(status: "on-track", runbooks: 2)]
        if let config { files["plan/bearing.yml"] = config }
        try repo.write(files)
        try repo.commitAll("Plan the second half", author: "Ada", date: "2026-07-01T10:00:00Z")
        try repo.write(["plan/objectives/2026-Q4.md": q4(status: "at-risk", runbooks: 4)])
        try repo.commitAll("Check-in", author: "Ana Ruiz", date: "2026-09-14T10:00:00Z")
        try repo.write(["plan/objectives/2026-Q4.md": q4(status: "at-risk", runbooks: 6)])
        try repo.commitAll("Runbooks", author: "Grace", date: "2026-10-05T10:00:00Z")
        try repo.write(["plan/objectives/2026-Q4.md": q4(status: "at-risk", runbooks: 7)])
        try repo.commitAll("Runbooks", author: "Grace", date: "2026-11-02T10:00:00Z")
        return repo
    }

    /// The same files in a folder outside any git repository.
    static func outsideGit() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bearing-trends-nogit-\(UUID().uuidString)")
        let files = ["strategy.md": strategy, "objectives/2026-Q3.md": q3, "objectives/2026-Q4.md": q4(status: "at-risk", runbooks: 7)]
        for (path, text) in files {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        return folder
    }

    /// git stops looking for a repository above the folder.
    static func noGit(_ folder: URL) -> [String: String] { ["GIT_CEILING_DIRECTORIES": folder.deletingLastPathComponent().path] }

    static func page(_ site: URL, _ path: String) throws -> String {
        try String(contentsOf: site.appendingPathComponent(path), encoding: .utf8)
    }

    @Test("an objective page shows each moved key result as a sparkline, its status changes, and a stale flag")
    func objectivePage() throws {
        let repo = try Self.repository()
        defer { repo.remove() }
        let out = repo.root.appendingPathComponent("site")
        let build = try Bearing.run(["build", "--workspace", repo.root.appendingPathComponent("plan").path, "--out", out.path, "--today", Self.today])
        #expect(build.status == 0, "\(build.stderr)")
        let html = try Self.page(out, "objectives/2026-q4/cut-pages-per-week.html")
        // The runbooks went 2/10 → 4 → 6 → 7: one sparkline, named for a screen reader, on the key result's own line.
        let label = "Progress 20% → 70% from 2026-07-01 to 2026-11-02"
        #expect(html.contains("<svg class=\"kr-trend\"") && html.contains("aria-label=\"\(label)\"") && html.contains("<title>\(label)</title>"), "\(html)")
        let runbooks = try #require(html.components(separatedBy: "\n").first { $0.contains("Runbooks written") })
        #expect(runbooks.contains("kr-trend") && !runbooks.contains("stale"))
        // The rota never moved: no chart, flagged stale from the quarter's start.
        let rota = try #require(html.components(separatedBy: "\n").first { $0.contains("Pager rota published") })
        #expect(!rota.contains("kr-trend"))
        #expect(rota.contains("<span class=\"stale\">stale: unchanged since 2026-10-01 (7 weeks)</span>"), "\(rota)")
        #expect(html.contains("<h2>Status history</h2>"))
        #expect(html.contains("<li><span class=\"when\">2026-09-14</span> <span class=\"status on-track\">on-track</span> → <span class=\"status at-risk\">at-risk</span> <span class=\"who\">· Ana Ruiz</span>"), "\(html)")
        // A single revision: the ended quarter's objective never changed, so its page carries nothing of history.
        let q3 = try Self.page(out, "objectives/2026-q3/migrate-the-old-cluster.html")
        #expect(!q3.contains("kr-trend") && !q3.contains("stale") && !q3.contains("Status history"))

        // The review page lists the stale key result, owner first.
        let review = try Self.page(out, "review.html")
        #expect(review.contains("<h2 id=\"stale-title\">Stale key results</h2>"))
        #expect(review.contains("<tr><td>Ana Ruiz<td>Pager rota published<td><a href=\"objectives/2026-q4/cut-pages-per-week.html\">Cut pages per week</a><td>2026-10-01 (7 wk)"), "\(review)")
        #expect(!review.contains("Services moved"))
    }

    @Test("outside git, objective and review pages carry nothing of trends")
    func objectivePageWithoutGit() throws {
        let folder = try Self.outsideGit()
        defer { try? FileManager.default.removeItem(at: folder) }
        let build = try Bearing.run(["build", "--workspace", folder.path, "--today", Self.today], environment: Self.noGit(folder))
        #expect(build.status == 0, "\(build.stderr)")
        let site = folder.appendingPathComponent("_site")
        let html = try Self.page(site, "objectives/2026-q4/cut-pages-per-week.html")
        #expect(!html.contains("kr-trend") && !html.contains("stale") && !html.contains("Status history"))
        #expect(!(try Self.page(site, "review.html")).contains("Stale key results"))
    }

    @Test("check warns at the key result's line when it has not moved for stale_after_weeks, only in a quarter not ended")
    func checkStale() throws {
        let repo = try Self.repository()
        defer { repo.remove() }
        let workspace = repo.root.appendingPathComponent("plan").path
        let check = try Bearing.run(["check", "--workspace", workspace, "--today", Self.today])
        #expect(check.status == 0, "\(check.stderr)")
        // `- [ ] Pager rota published` is line 10 of 2026-Q4.md.
        #expect(check.stdout.contains("objectives/2026-Q4.md:10:1: warning: key result unchanged since 2026-10-01 (7 weeks);"), "\(check.stdout)")
        let stale = check.stdout.components(separatedBy: "\n").filter { $0.hasSuffix("[stale-key-result]") }
        #expect(stale.count == 1, "\(stale)")
        // The runbooks moved on 2026-11-02; the ended quarter's key result has been still since July, but it is closed.
        #expect(!stale.contains { $0.contains("2026-Q4.md:9:") || $0.contains("2026-Q3.md") }, "\(stale)")
        #expect(try Bearing.run(["check", "--workspace", workspace, "--today", Self.today, "--strict"]).status == 1)
        #expect(!(try Bearing.run(["check", "--workspace", workspace, "--today", Self.today, "--no-history"])).stdout.contains("stale-key-result"))
        // Three weeks into the quarter nothing is stale yet: weeks count from the quarter's start.
        #expect(!(try Bearing.run(["check", "--workspace", workspace, "--today", "2026-10-22"])).stdout.contains("stale-key-result"))
    }

    @Test("report and build count the stale key results check warns about: one count of warnings everywhere")
    func oneWarningCount() throws {
        let repo = try Self.repository()
        defer { repo.remove() }
        let workspace = repo.root.appendingPathComponent("plan").path
        let check = try Bearing.run(["check", "--workspace", workspace, "--today", Self.today])
        #expect(check.stderr.contains("0 errors, 2 warnings in"), "\(check.stderr)")  // a priority without work, and the stale rota
        let summary = try Bearing.run(["report", "--workspace", workspace, "--today", Self.today, "--format", "summary"])
        #expect(summary.stdout.contains("0 errors · 2 warnings"), "\(summary.stdout)")
        let json = try Bearing.run(["report", "--workspace", workspace, "--today", Self.today, "--format", "json"])
        #expect(json.stdout.contains("stale-key-result"), "\(json.stdout)")
    }

    @Test("stale_after_weeks in bearing.yml sets how long a key result may stay still")
    func staleSetting() throws {
        let longer = try Self.repository(config: "stale_after_weeks: 8\n")
        defer { longer.remove() }
        let quiet = try Bearing.run(["check", "--workspace", longer.root.appendingPathComponent("plan").path, "--today", Self.today])
        #expect(quiet.status == 0, "\(quiet.stderr)")
        #expect(!quiet.stdout.contains("stale-key-result"), "\(quiet.stdout)")
        let shorter = try Self.repository(config: "stale_after_weeks: 2\n")
        defer { shorter.remove() }
        let loud = try Bearing.run(["check", "--workspace", shorter.root.appendingPathComponent("plan").path, "--today", Self.today])
        // Now the runbooks (still since 2026-11-02, three weeks) are stale too.
        #expect(loud.stdout.contains("2026-Q4.md:9:1: warning: key result unchanged since 2026-11-02 (3 weeks)"), "\(loud.stdout)")
        let bad = try Self.repository(config: "stale_after_weeks: soon\n")
        defer { bad.remove() }
        let refused = try Bearing.run(["check", "--workspace", bad.root.appendingPathComponent("plan").path, "--today", Self.today])
        #expect(refused.stdout.contains("`stale_after_weeks` must be a whole number of weeks"), "\(refused.stdout)")
    }

    @Test("outside git, check says nothing about stale key results")
    func checkWithoutGit() throws {
        let folder = try Self.outsideGit()
        defer { try? FileManager.default.removeItem(at: folder) }
        let check = try Bearing.run(["check", "--workspace", folder.path, "--today", Self.today], environment: Self.noGit(folder))
        #expect(check.status == 0, "\(check.stderr)")
        #expect(!check.stdout.contains("stale"), "\(check.stdout)")
    }

    @Test("the stakeholder update gives each key result's movement since the start of the quarter, as the review page does")
    func markdownMovement() throws {
        let repo = try Self.repository()
        defer { repo.remove() }
        let run = try Bearing.run(["report", "--workspace", repo.root.appendingPathComponent("plan").path, "--format", "markdown", "--today", Self.today])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("## Key results since the start of 2026-Q4 (2026-10-01)"), "\(run.stdout)")
        // 4/10 at the start of the quarter, 7/10 now; the September status change came before it.
        #expect(run.stdout.contains("- **Runbooks written: 7/10** (Cut pages per week): 40% → 70% since 2026-10-01"), "\(run.stdout)")
        #expect(run.stdout.contains("1 of 2 key results did not move."))
        #expect(!run.stdout.contains("on-track → at-risk"))

        let folder = try Self.outsideGit()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plain = try Bearing.run(["report", "--workspace", folder.path, "--format", "markdown", "--today", Self.today], environment: Self.noGit(folder))
        #expect(plain.status == 0, "\(plain.stderr)")
        #expect(plain.stdout.contains("Not shown: this update was made without the plan's history"))
        #expect(!plain.stdout.contains("since 2026-10-01"))
    }

    @Test("a plan first committed after the quarter began: its key results are compared with that commit, not 'new'")
    func historyStartsMidQuarter() throws {
        let repo = try GitFixture()
        defer { repo.remove() }
        let q4ops = "# 2026-Q4\n\n## Rotate the pager\n\n- Priorities: reliability\n\n- [ ] Rota published\n"
        try repo.write(["plan/strategy.md": Self.strategy, "plan/objectives/2026-Q3.md": Self.q3, "plan/objectives/2026-Q4.md": Self.q4(status: "on-track", runbooks: 2),
                        "plan/objectives/2026-Q4-ops.md": q4ops])
        try repo.commitAll("Adopt Bearing", author: "Ada", date: "2026-11-10T10:00:00Z")
        try repo.write(["plan/objectives/2026-Q4.md": Self.q4(status: "on-track", runbooks: 5)])
        try repo.commitAll("Runbooks", author: "Grace", date: "2026-11-20T10:00:00Z")
        try repo.write(["plan/objectives/2026-Q4.md": Self.q4(status: "on-track", runbooks: 5) + "- [ ] Escalation policy reviewed\n"])
        try repo.commitAll("One more", author: "Grace", date: "2026-11-21T10:00:00Z")
        let run = try Bearing.run(["report", "--workspace", repo.root.appendingPathComponent("plan").path, "--format", "markdown", "--today", Self.today])
        #expect(run.status == 0, "\(run.stderr)")
        let commit = String(try repo.git("rev-list", "--max-parents=0", "HEAD").trimmingCharacters(in: .whitespacesAndNewlines).prefix(7))
        #expect(run.stdout.contains("History starts later for `objectives/2026-Q4-ops.md` and `objectives/2026-Q4.md`: their first commit, \(commit) "
            + "on 2026-11-10, came after 2026-10-01, so their 3 key results are compared with that commit."), "\(run.stdout)")
        #expect(run.stdout.components(separatedBy: "History starts later").count == 2, "said once")
        #expect(run.stdout.contains("- **Runbooks written: 5/10** (Cut pages per week): 20% → 50% since 2026-11-10"), "\(run.stdout)")
        #expect(!run.stdout.contains("**Pager rota published** (Cut pages per week): new"), "it was in the first commit")
        #expect(run.stdout.contains("- **Escalation policy reviewed** (Cut pages per week): new since 2026-10-01"), "added after the first commit")
    }

    @Test("an initiative's key result is told once, on its objective, and a stale one is its initiative owner's")
    func initiatives() throws {
        func q4(_ upgraded: Int) -> String {
            """
            # 2026-Q4

            ## Cut pages per week

            - Owner: Ana Ruiz
            - Priorities: reliability

            - [ ] Runbooks written: 2/10

            ### Automated upgrades

            - Owner: Jonas Weber

            - [ ] Hubs upgraded without downtime: \(upgraded)/40

            ### Pager rota

            - Owner: Lin Wu

            - [ ] Rota published

            """
        }
        let repo = try GitFixture()
        defer { repo.remove() }
        try repo.write(["plan/strategy.md": Self.strategy, "plan/objectives/2026-Q4.md": q4(5)])
        try repo.commitAll("Plan", author: "Ada", date: "2026-07-01T10:00:00Z")
        try repo.write(["plan/objectives/2026-Q4.md": q4(20)])
        try repo.commitAll("Upgrades", author: "Jonas Weber", date: "2026-11-16T10:00:00Z")
        let out = repo.root.appendingPathComponent("site")
        let build = try Bearing.run(["build", "--workspace", repo.root.appendingPathComponent("plan").path, "--out", out.path, "--today", Self.today])
        #expect(build.status == 0, "\(build.stderr)")
        let review = try Self.page(out, "review.html")
        let changes = review.components(separatedBy: "\n").filter { $0.contains("Hubs upgraded without downtime: 20/40") && $0.contains("2026-11-16") }
        #expect(changes.count == 1, "\(changes)")
        #expect(review.contains("<tr><td>Ana Ruiz<td>Runbooks written: 2/10"), "\(review)")
        #expect(review.contains("<tr><td>Lin Wu<td>Rota published"), "\(review)")
        #expect(review.range(of: "<td>Ana Ruiz<td>Runbooks")?.lowerBound ?? review.endIndex < review.range(of: "<td>Lin Wu")?.lowerBound ?? review.startIndex)
        let html = try Self.page(out, "objectives/2026-q4/cut-pages-per-week.html")
        #expect(html.components(separatedBy: "class=\"kr-trend\"").count == 2, "one sparkline: the upgrades")
        let report = try Bearing.run(["report", "--workspace", repo.root.appendingPathComponent("plan").path, "--format", "markdown", "--today", Self.today])
        #expect(report.stdout.components(separatedBy: "Hubs upgraded without downtime").count == 2, "\(report.stdout)")
        // 5/40 is 12.5%: halves round up, as on the site.
        #expect(report.stdout.contains("13% → 50% since 2026-10-01"), "\(report.stdout)")
    }

    @Test("long lists stay short: 40 stale key results on the review page, 25 moves in the update, then how many more")
    func longLists() throws {
        func q4(_ moved: Int) -> String {
            "# 2026-Q4\n\n## Cut pages per week\n\n- Owner: Ana Ruiz\n- Priorities: reliability\n\n"
                + (1...30).map { "- [ ] Runbook \($0) reviewed: \(moved)/10\n" }.joined()
                + (1...45).map { "- [ ] Drill \($0) held\n" }.joined()
        }
        let repo = try GitFixture()
        defer { repo.remove() }
        try repo.write(["plan/strategy.md": Self.strategy, "plan/objectives/2026-Q4.md": q4(1)])
        try repo.commitAll("Plan", author: "Ada", date: "2026-07-01T10:00:00Z")
        try repo.write(["plan/objectives/2026-Q4.md": q4(5)])
        try repo.commitAll("Runbooks", author: "Ana Ruiz", date: "2026-11-16T10:00:00Z")
        let workspace = repo.root.appendingPathComponent("plan").path
        let out = repo.root.appendingPathComponent("site")
        #expect(try Bearing.run(["build", "--workspace", workspace, "--out", out.path, "--today", Self.today]).status == 0)
        let review = try Self.page(out, "review.html")
        #expect(review.components(separatedBy: "<tr><td>Ana Ruiz<td>Drill").count == 41)
        #expect(review.contains("…and 5 more: <code>bearing check</code> lists every stale key result at its line."), "\(review)")
        let check = try Bearing.run(["check", "--workspace", workspace, "--today", Self.today])
        #expect(check.stdout.components(separatedBy: "[stale-key-result]").count == 46)
        let report = try Bearing.run(["report", "--workspace", workspace, "--format", "markdown", "--today", Self.today])
        #expect(report.stdout.components(separatedBy: "% → 50% since 2026-10-01").count == 26, "\(report.stdout)")
        #expect(report.stdout.contains("…and 5 more moves and status changes"), "\(report.stdout)")
        #expect(report.stdout.contains("45 of 75 key results did not move."))
    }
}
