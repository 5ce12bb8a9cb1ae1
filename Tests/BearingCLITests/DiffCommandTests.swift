import Foundation
import TestSupport
import Testing

/// `bearing diff` on real git repositories made in a temporary folder.
@Suite("bearing diff")
struct DiffCommandTests {
    static let strategy = """
        # Strategy

        ## Our priorities

        1. **Run a dependable service.** Fewer outages, faster recovery, on-call that works. {#reliability}
        2. **Let customers start on their own.** Self-serve sign-up, setup guides and onboarding. {#self-serve}
        3. **Grow partner integrations.** A documented API partners build on. {#partners}

        """

    static let objectives = """
        # 2026-Q4

        ## Cut pages per week

        - Status: on-track
        - Priorities: reliability

        - [ ] Pages per week from 12 to 3, now 9

        ## Publish the setup guide

        - Status: not-started
        - Priorities: self-serve

        - [ ] Guide published

        """

    static let roadmap = """
        # Platform roadmap

        ## Now

        ### Alert runbooks
        - Priorities: reliability

        """

    static let partners = """
        # 2026-Q4 partners

        ## Document the partner API

        - Priorities: partners

        """

    /// A repository whose workspace is `planning/`: main with the plan; `feature` branched from it (status
    /// change, key-result progress, an orphan, a broken reference, a renamed roadmap, a deleted file); main then
    /// moves on with an objective of its own, which the merge-base must keep out of the comparison.
    static func repository() throws -> GitFixture {
        let repo = try GitFixture()
        try repo.write(["README.md": "# Repo\n", "planning/strategy.md": strategy, "planning/objectives/2026-Q4.md": objectives,
                        "planning/objectives/2026-Q4-partners.md": partners, "planning/roadmaps/platform.md": roadmap])
        try repo.commitAll("plan")
        try repo.git("checkout", "-q", "-b", "feature")
        let changed = objectives.replacingOccurrences(of: "Status: not-started", with: "Status: at-risk")
            .replacingOccurrences(of: "now 9", with: "now 5")
            + "## Host a bake sale for the office party\n\nCakes and cookies for the holiday party in December.\n\n"
            + "## Ship the widget\n\n- Priorities: widgets\n"
        try repo.write(["planning/objectives/2026-Q4.md": changed])
        try repo.git("mv", "planning/roadmaps/platform.md", "planning/roadmaps/operations.md")
        try repo.git("rm", "-q", "planning/objectives/2026-Q4-partners.md")
        try repo.commitAll("feature")
        try repo.git("checkout", "-q", "main")
        try repo.write(["planning/objectives/2026-Q4-main.md": "# 2026-Q4\n\n## Objective only on main\n\n- Priorities: reliability\n"])
        try repo.commitAll("main moves on")
        try repo.git("checkout", "-q", "feature")
        return repo
    }

    @Test("defaults: the merge-base with main against the working tree, in a workspace below the repository root")
    func defaults() throws {
        let repo = try Self.repository()
        defer { repo.remove() }
        let run = try Bearing.run(["diff", "--today", "2026-11-15"], in: repo.root.appendingPathComponent("planning"))
        #expect(run.status == 0, "\(run.stderr)")
        let comment = run.stdout
        #expect(comment.hasPrefix("<!-- bearing:diff -->\n"))
        // The bake sale serves nothing; the widget's only priority does not exist, so it serves nothing either.
        #expect(comment.contains("· +1 objective · 2 new orphans · 1 new error\n"), "\(comment)")
        #expect(comment.contains("Comparing the merge-base with `main`"))
        #expect(comment.contains("**Publish the setup guide** <sub>objective · planning/objectives/2026-Q4.md:"))
        #expect(comment.contains("status not-started → at-risk"))
        #expect(comment.contains("key results 33% → 78%"), "\(comment)")
        #expect(comment.contains("**Host a bake sale for the office party**") && comment.contains("added; ⚠️ orphan"))
        #expect(comment.contains("**Document the partner API** <sub>objective · planning/objectives/2026-Q4-partners.md:3</sub> | removed"))
        #expect(comment.contains("unknown priority `widgets`"))
        #expect(comment.contains("Grow partner integrations") && comment.contains("⚠️ gap opened"))
        // Renaming the roadmap's file changes nothing; main's own later objective is not part of this change.
        #expect(!comment.contains("Alert runbooks"))
        #expect(!comment.contains("Objective only on main"))
    }

    @Test("two named revisions, read without a checkout; the same files as the working tree give no change")
    func namedRevisions() throws {
        let repo = try Self.repository()
        defer { repo.remove() }
        try repo.write(["planning/objectives/2026-Q4.md": "# 2026-Q4\n\n## Uncommitted objective\n\n- Priorities: reliability\n"])
        let planning = repo.root.appendingPathComponent("planning")
        let between = try Bearing.run(["diff", "main~1", "feature", "--today", "2026-11-15"], in: planning)
        #expect(between.status == 0)
        #expect(between.stdout.contains("status not-started → at-risk"))
        #expect(!between.stdout.contains("Uncommitted objective"))
        // The working tree was never touched by reading the revisions.
        #expect(try String(contentsOf: planning.appendingPathComponent("objectives/2026-Q4.md"), encoding: .utf8).contains("Uncommitted objective"))
        let same = try Bearing.run(["diff", "feature", "feature", "--today", "2026-11-15"], in: planning)
        #expect(same.stdout.contains("· ±0 objectives · 0 new orphans · 0 new errors\n"))
        #expect(same.stdout.contains("No change to priorities, objectives or roadmap items."))
        let index = try #require(same.stdout.split(separator: "\n").first { $0.hasPrefix("### Bearing: Alignment ") })
        let parts = index.dropFirst("### Bearing: Alignment ".count).split(separator: " ")
        #expect(parts[0] == parts[2], "\(index)")
    }

    @Test("dates name the last commit on or before them, as --as-of reads one (trial 25b, F13)")
    func dates() throws {
        let repo = try GitFixture()
        defer { repo.remove() }
        try repo.write(["strategy.md": Self.strategy, "objectives/2026-Q2.md": Self.objectives])
        try repo.commitAll("plan", author: "Ana", date: "2026-03-20T10:00:00Z")
        try repo.write(["objectives/2026-Q2.md": Self.objectives.replacingOccurrences(of: "Status: not-started", with: "Status: at-risk")])
        try repo.commitAll("update", author: "Ana", date: "2026-05-10T10:00:00Z")
        let run = try Bearing.run(["diff", "2026-03-31", "2026-06-30", "--today", "2026-06-30"], in: repo.root)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("status not-started → at-risk"), "\(run.stdout)")
        let early = try Bearing.run(["diff", "2026-01-01", "2026-06-30"], in: repo.root)
        #expect(early.status == 2 && early.stderr.contains("2026-01-01"), "\(early.stderr)")
    }

    @Test("--format json carries the headline, the verdict and every change")
    func json() throws {
        let repo = try Self.repository()
        defer { repo.remove() }
        let run = try Bearing.run(["diff", "--format", "json", "--today", "2026-11-15", "--workspace", "planning"], in: repo.root)
        #expect(run.status == 0, "\(run.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect((object["headline"] as? String)?.hasSuffix("2 new orphans · 1 new error") == true)
        #expect(object["regression"] as? Bool == true)
        let diff = try #require(object["diff"] as? [String: Any])
        let items = try #require(diff["items"] as? [[String: Any]])
        #expect(items.contains { $0["title"] as? String == "Publish the setup guide" && $0["status_after"] as? String == "at-risk" })
        #expect((diff["new_errors"] as? [[String: Any]])?.count == 1)
        #expect((diff["base"] as? [String: Any])?["objectives"] as? Int == 3)
    }

    @Test("exit 0 by default; --fail-on regression and --fail-on errors exit 1 when they apply")
    func failOn() throws {
        let repo = try Self.repository()
        defer { repo.remove() }
        let planning = repo.root.appendingPathComponent("planning")
        #expect(try Bearing.run(["diff"], in: planning).status == 0)
        let regression = try Bearing.run(["diff", "--fail-on", "regression"], in: planning)
        #expect(regression.status == 1 && regression.stderr.contains("lowers the plan's alignment"))
        let errors = try Bearing.run(["diff", "--fail-on", "errors"], in: planning)
        #expect(errors.status == 1 && errors.stderr.contains("adds 1 error"))
        // Going back the other way fixes the error and the orphan: nothing to fail on.
        let back = try Bearing.run(["diff", "feature", "main~1", "--fail-on", "errors"], in: planning)
        #expect(back.status == 0)
        #expect(back.stdout.contains("#### Fixed errors"))
    }

    @Test("no repository, no default branch, an unknown revision and a shallow clone each say what to do, exit 2")
    func failures() throws {
        let plain = FileManager.default.temporaryDirectory.appendingPathComponent("bearing-nogit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: plain, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: plain) }
        try Self.strategy.write(to: plain.appendingPathComponent("strategy.md"), atomically: true, encoding: .utf8)
        let outside = try Bearing.run(["diff"], in: plain)
        #expect(outside.status == 2 && outside.stderr.contains("is not inside a git repository"), "\(outside.stderr)")
        let noGit = try Bearing.run(["diff"], in: plain, environment: ["PATH": plain.path])
        #expect(noGit.status == 2 && noGit.stderr.contains("git is needed to read revisions"), "\(noGit.stderr)")

        let repo = try GitFixture()
        defer { repo.remove() }
        try repo.write(["strategy.md": Self.strategy])
        try repo.commitAll("plan")
        try repo.git("branch", "-m", "trunk")
        let noDefault = try Bearing.run(["diff"], in: repo.root)
        #expect(noDefault.status == 2 && noDefault.stderr.contains("no default branch to compare with"), "\(noDefault.stderr)")
        let unknown = try Bearing.run(["diff", "nosuchbranch"], in: repo.root)
        #expect(unknown.status == 2 && unknown.stderr.contains("no commit named nosuchbranch"), "\(unknown.stderr)")

        let full = try Self.repository()
        defer { full.remove() }
        let shallow = FileManager.default.temporaryDirectory.appendingPathComponent("bearing-shallow-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: shallow) }
        try GitFixture.git(["clone", "-q", "--depth", "1", "--no-single-branch", "--branch", "feature", "file://" + full.root.path, shallow.path],
                           in: FileManager.default.temporaryDirectory)
        // In a pull request's job, GITHUB_BASE_REF names the base branch (the clone's origin/HEAD is the checked-out one).
        let cut = try Bearing.run(["diff"], in: shallow.appendingPathComponent("planning"), environment: ["GITHUB_BASE_REF": "main"])
        #expect(cut.status == 2 && cut.stderr.contains("the clone is shallow"), "\(cut.stderr)")
        #expect(cut.stderr.contains("origin/main"))
    }
}
