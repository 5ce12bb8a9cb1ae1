import Foundation
import TestSupport
import Testing

/// Trial 24b through the commands: a `paths:` folder with a typo fails `check`; `bearing new`'s skeleton is said to be
/// one and counts for nothing; dates that do not exist are said to be so.
@Suite("trial 24b: paths, templates and dates through the commands")
struct Trial24bCommandsTests {
    static let strategy = "# Strategy\n\n## Priorities\n\n1. **Growth.** Grow revenue. {#growth}\n"

    @Test("a `paths: objectives` folder that does not exist fails check at its bearing.yml line")
    func missingFolder() throws {
        let repo = try GitFixture()
        defer { repo.remove() }
        try repo.write(["bearing.yml": "paths:\n  objectives: objective\n", "strategy.md": Self.strategy,
                        "objectives/2026-Q4.md": "## Grow revenue\n\n- Priorities: growth\n\n- [ ] Deals 3/7\n"])
        let run = try Bearing.run(["check", "--workspace", repo.root.path])
        #expect(run.status == 1)
        #expect(run.stdout.contains("bearing.yml:2:1: error: `paths: objectives` names objective, which does not exist"), "\(run.stdout)")
    }

    @Test("`bearing new quarter` writes a skeleton that check calls template text and the report does not count")
    func newQuarterSkeleton() throws {
        let repo = try GitFixture()
        defer { repo.remove() }
        try repo.write(["strategy.md": Self.strategy,
                        "objectives/2028-Q1.md": "## Grow revenue\n\n- Priorities: growth\n\nGrow revenue.\n\n- [ ] Deals 3/7\n"])
        let new = try Bearing.run(["new", "quarter", "--workspace", repo.root.path, "--today", "2028-01-10"])
        #expect(new.status == 0, "\(new.stderr)")
        let check = try Bearing.run(["check", "--workspace", repo.root.path])
        #expect(check.stdout.components(separatedBy: "[template-text]").count - 1 == 3, "\(check.stdout)")
        let report = try Bearing.run(["report", "--workspace", repo.root.path, "--today", "2028-01-10"])
        #expect(report.stdout.contains("2028-Q2           alignment – · coverage 0% · orphans 0/0"), "\(report.stdout)")
    }

    @Test("--today and --as-of with a day that does not exist say so")
    func missingDays() throws {
        let repo = try GitFixture()
        defer { repo.remove() }
        try repo.write(["strategy.md": Self.strategy])
        try repo.commitAll("Plan")
        let today = try Bearing.run(["report", "--workspace", repo.root.path, "--today", "2026-02-30"])
        #expect(today.status == 2)
        #expect(today.stderr.contains("--today 2026-02-30 is not a date: February 2026 has no day 30"), "\(today.stderr)")
        let asOf = try Bearing.run(["report", "--workspace", repo.root.path, "--as-of", "2026-13-45"])
        #expect(asOf.status == 2)
        #expect(asOf.stderr.contains("2026-13-45 is not a date: there is no month 13"), "\(asOf.stderr)")
    }
}

/// A command's own usage error printed the root's usage ("Usage: bearing <subcommand>"): it now prints the command's.
@Suite struct CommandUsageErrorTests {
    @Test("a usage error a command finds after parsing shows that command's usage")
    func commandUsage() throws {
        let repo = try GitFixture()
        defer { repo.remove() }
        try repo.write(["strategy.md": Trial24bCommandsTests.strategy])
        let run = try Bearing.run(["report", "--workspace", repo.root.path, "--today", "2026-02-30"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("Usage: bearing report [--workspace <dir>]") && run.stderr.contains("See 'bearing report --help'"), "\(run.stderr)")
        #expect(!run.stderr.contains("bearing <subcommand>"), "\(run.stderr)")
    }
}
