import Foundation
import TestSupport
import Testing

/// A strategy that changed during the year, read from the plan's git history: each quarter that ended under an
/// earlier strategy is scored against it, the quarter page says so, and the strategy page lists the versions. On a
/// real git repository made in a temporary folder, scored as of 2026-11-24 (2026-Q4 under way).
@Suite("strategy periods from history")
struct StrategyPeriodTests {
    static let today = "2026-11-24"

    static let before = """
        # Strategy

        ## Our goal

        A service people rely on.

        ## Our priorities

        1. **Run a dependable service.** Fewer outages, faster recovery, on-call that works. {#reliability}
        2. **Let customers start on their own.** Self-serve sign-up, setup guides and onboarding. {#self-serve}

        """

    /// In July the strategy gains a third priority and renames the second.
    static let after = """
        # Strategy

        ## Our goal

        A service people rely on.

        ## Our priorities

        1. **Run a dependable service.** Fewer outages, faster recovery, on-call that works. {#reliability}
        2. **Grow self-serve revenue.** Self-serve sign-up, setup guides and onboarding. {#self-serve}
        3. **Keep costs down.** Cheaper hosting, fewer vendors, lower cloud bills. {#costs}

        """

    static let q2 = """
        # 2026-Q2

        ## Halve the outage minutes

        - Owner: Lin Wu
        - Priorities: reliability

        - [x] Outage minutes per month: 40

        ## Ship the sign-up wizard

        - Owner: Ana Ruiz
        - Priorities: self-serve

        - [ ] Wizard live: 1/2

        """

    static let q4 = """
        # 2026-Q4

        ## Cut pages per week

        - Owner: Ana Ruiz
        - Priorities: reliability

        - [ ] Runbooks written: 7/10

        ## Move to the cheaper cloud region

        - Owner: Grace
        - Priorities: costs

        - [ ] Services moved: 2/5

        """

    /// Q2 planned and finished under the first strategy; the strategy changes on 2026-07-14, in Q3; Q4 planned after.
    static func repository(changing: Bool = true) throws -> GitFixture {
        let repo = try GitFixture()
        try repo.write(["plan/strategy.md": before, "plan/objectives/2026-Q2.md": q2])
        try repo.commitAll("Plan Q2", author: "Ada", date: "2026-04-01T10:00:00Z")
        if changing {
            try repo.write(["plan/strategy.md": after])
            try repo.commitAll("New priority: costs", author: "Ana Ruiz", date: "2026-07-14T10:00:00Z")
        } else {
            // Only the goal is reworded: scoring reads nothing of it, so this is no new version.
            try repo.write(["plan/strategy.md": before.replacingOccurrences(of: "A service people rely on.", with: "A service everyone relies on.")])
            try repo.commitAll("Reword the goal", author: "Ana Ruiz", date: "2026-07-14T10:00:00Z")
        }
        try repo.write(["plan/objectives/2026-Q4.md": changing ? q4 : q4.replacingOccurrences(of: "Priorities: costs", with: "Priorities: self-serve")])
        try repo.commitAll("Plan Q4", author: "Grace", date: "2026-09-20T10:00:00Z")
        return repo
    }

    static func quarterJSON(_ workspace: String, _ quarter: String, _ extra: [String] = []) throws -> [String: Any] {
        let run = try Bearing.run(["report", "--workspace", workspace, "--format", "json", "--quarter", quarter, "--today", today] + extra)
        #expect(run.status == 0, "\(run.stderr)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let scores = try #require(document["scores"] as? [String: Any])
        let quarters = try #require(scores["quarters"] as? [[String: Any]])
        return try #require(quarters.first)
    }

    @Test("report --quarter scores a quarter that ended under the old strategy against it, and a later one against the new")
    func reportQuarter() throws {
        let repo = try Self.repository()
        defer { repo.remove() }
        let workspace = repo.root.appendingPathComponent("plan").path
        // Q2 served both priorities of its day: covered in full. Against today's three priorities it would be 2 of 3.
        let q2 = try Self.quarterJSON(workspace, "2026-Q2")
        #expect(q2["coverage"] as? Double == 1, "\(q2)")
        #expect((q2["gaps"] as? [String]) == [], "\(q2)")
        #expect(Set(((q2["shares"] as? [String: Double]) ?? [:]).keys) == ["reliability", "self-serve"], "\(q2)")
        let plain = try Self.quarterJSON(workspace, "2026-Q2", ["--no-history"])
        #expect((plain["coverage"] as? Double).map { abs($0 - 2.0 / 3) < 0.01 } == true, "\(plain)")
        #expect((plain["gaps"] as? [String]) == ["costs"], "\(plain)")
        // Q4 began after the change: the current strategy, history or not.
        let q4 = try Self.quarterJSON(workspace, "2026-Q4")
        #expect((q4["coverage"] as? Double).map { abs($0 - 2.0 / 3) < 0.01 } == true, "\(q4)")
        #expect((q4["gaps"] as? [String]) == ["self-serve"], "\(q4)")
        // The JSON says which strategy a quarter was judged by, and only for the quarters judged by an earlier one.
        let run = try Bearing.run(["report", "--workspace", workspace, "--format", "json", "--today", Self.today])
        let document = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let against = try #require(document["scored_against"] as? [String: [String: String]], "\(document.keys.sorted())")
        #expect(against.keys.sorted() == ["2026-Q2"], "\(against)")
        #expect(against["2026-Q2"]?["since"] == "2026-04-01" && against["2026-Q2"]?["commit"]?.count == 40, "\(against)")
        let plainRun = try Bearing.run(["report", "--workspace", workspace, "--format", "json", "--today", Self.today, "--no-history"])
        let plainDocument = try #require(try JSONSerialization.jsonObject(with: Data(plainRun.stdout.utf8)) as? [String: Any])
        #expect((plainDocument["scored_against"] as? [String: Any])?.isEmpty == true)
        // The text report says which quarter was scored against what.
        let text = try Bearing.run(["report", "--workspace", workspace, "--today", Self.today])
        let line = try #require(text.stdout.components(separatedBy: "\n").first { $0.hasPrefix("2026-Q2") })
        #expect(line.contains("coverage 100%") && line.contains("scored against the strategy of 2026-04-01"), "\(line)")
        #expect(!(text.stdout.components(separatedBy: "\n").first { $0.hasPrefix("2026-Q4") } ?? "").contains("scored against"))
    }

    @Test("the quarter page says it was scored against the strategy in force then; the strategy page lists both versions")
    func pages() throws {
        let repo = try Self.repository()
        defer { repo.remove() }
        let out = repo.root.appendingPathComponent("site")
        let build = try Bearing.run(["build", "--workspace", repo.root.appendingPathComponent("plan").path, "--out", out.path, "--today", Self.today])
        #expect(build.status == 0, "\(build.stderr)")
        let q2 = try String(contentsOf: out.appendingPathComponent("quarters/2026-Q2.html"), encoding: .utf8)
        #expect(q2.contains("Scored against the strategy in force then"), "\(q2)")
        #expect(q2.contains("It changed 2026-07-14 by Ana Ruiz: &#39;Let customers start on their own&#39; renamed &#39;Grow self-serve revenue&#39;, +1 priority: 3 &#39;Keep costs down&#39;."), "\(q2)")
        #expect(q2.contains("href=\"../strategy.html#strategy-version-1\""), "\(q2)")
        // The old title, linked to the priority's current page, which has a new title.
        #expect(q2.contains("<a href=\"../priorities/self-serve.html\">Let customers start on their own</a> <span class=\"muted\">(now 2 Grow self-serve revenue)</span>"), "\(q2)")
        #expect(q2.contains("<span class=\"kpi-value\">100%</span> <span class=\"kpi-label\">priorities covered"), "\(q2)")
        let q4 = try String(contentsOf: out.appendingPathComponent("quarters/2026-Q4.html"), encoding: .utf8)
        #expect(!q4.contains("Scored against the strategy in force then"))

        let strategy = try String(contentsOf: out.appendingPathComponent("strategy.html"), encoding: .utf8)
        #expect(strategy.contains("<h2 id=\"strategy-changes\">How the strategy changed</h2>"), "\(strategy)")
        let versions = strategy.components(separatedBy: "<li id=\"strategy-version-")
        #expect(versions.count == 3, "\(strategy)")
        // Newest first: the July change, in force now, then the April version and the quarter scored against it.
        #expect(versions[1].hasPrefix("2\"><strong>2026-07-14</strong> · Ana Ruiz") && versions[1].contains("in force now")
                && versions[1].contains("Keep costs down"), "\(versions[1])")
        #expect(versions[2].hasPrefix("1\"><strong>2026-04-01</strong> · Ada") && versions[2].contains("<a href=\"quarters/2026-Q2.html\">2026-Q2</a>"), "\(versions[2])")
    }

    @Test("a strategy that never changed (a reworded goal included) gives the same pages as a build without history")
    func unchanged() throws {
        let repo = try Self.repository(changing: false)
        defer { repo.remove() }
        let workspace = repo.root.appendingPathComponent("plan").path
        let withHistory = repo.root.appendingPathComponent("site"), without = repo.root.appendingPathComponent("plain")
        #expect(try Bearing.run(["build", "--workspace", workspace, "--out", withHistory.path, "--today", Self.today]).status == 0)
        #expect(try Bearing.run(["build", "--workspace", workspace, "--out", without.path, "--today", Self.today, "--no-history"]).status == 0)
        for page in ["strategy.html", "quarters/2026-Q2.html", "quarters/2026-Q4.html", "alignment.html", "index.html"] {
            let a = try Data(contentsOf: withHistory.appendingPathComponent(page)), b = try Data(contentsOf: without.appendingPathComponent(page))
            #expect(a == b, "\(page) differs with history")
        }
        #expect(!(try String(contentsOf: withHistory.appendingPathComponent("strategy.html"), encoding: .utf8)).contains("How the strategy changed"))
    }
}
