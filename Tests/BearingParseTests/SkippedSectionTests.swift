import Testing
@testable import BearingModel
@testable import BearingParse

/// Nothing unread goes unsaid (issue 13, requirement 10): asides that hold plan-like content, and unread tables.
@Suite("Skipped sections and unread tables")
struct SkippedSectionTests {
    func parse(_ text: String, ignore: [String] = []) -> (ObjectivesFile, [Diagnostic]) {
        var config = WorkspaceConfig()
        config.ignoreHeadings = ignore
        return ObjectivesParser(config: config).parse(read(text, path: "objectives/2026-Q3.md"))
    }

    @Test("an aside holding objective-like content is a warning at its heading, saying what it holds and how to include it", arguments: [
        ("## FAQ\n\n- [ ] Ship the forum\n- [x] Hire a lead\n", "2 task items"),
        ("## Retrospective\n\n- KR: Reach 40 members\n", "1 `KR:` item"),
        ("## Motivation\n\n1. **Grow the forum.** More members.\n2. **Cut costs.** Less spend.\n", "a numbered list of bold titles"),
        ("## Background\n\n| Objective | Owner |\n|---|---|\n| Grow the forum | Ada |\n", "a table of objectives or key results"),
    ])
    func asideWarned(section: String, what: String) throws {
        let (file, diagnostics) = parse("## Grow\n\nText.\n\n" + section)
        #expect(file.objectives.map(\.title) == ["Grow"])
        let warning = try #require(diagnostics.first { $0.code == .skippedSection })
        #expect(diagnostics.count == 1)
        #expect(warning.location.line == 5)
        #expect(warning.message.contains("holds \(what): none of it is read as objectives or key results (it is shown on the quarter page"))
        #expect(warning.fix?.contains("`ignore_headings`") == true)
    }

    @Test("prose asides, FAQ questions in bold, to-dos under Next steps and headings in ignore_headings are quiet", arguments: [
        ("## FAQ\n\n1. **How do I join?** Ask.\n2. **Who decides?** We do.\n", [String]()),
        ("## Retrospective\n\n### Support\n\n* Good\n  * Fast answers\n* Bad\n  * Slow hires\n", []),
        ("## Next steps\n\n- [ ] Book the offsite\n", []),
        // A report's figures, and goals the aside announces (read as objectives there).
        ("## By the numbers\n\n| Category | Metric |\n|---|---|\n| **Members** | 87 total |\n", []),
        ("## FAQ\n\n- [ ] Ship the forum\n", ["FAQ"]),
    ])
    func quiet(section: String, ignore: [String]) {
        let (_, diagnostics) = parse("## Grow\n\nText.\n\n" + section, ignore: ignore)
        #expect(diagnostics.isEmpty)
    }

    @Test("goals announced inside an aside are read, and the aside is not warned about for them")
    func announcedGoals() {
        let (file, diagnostics) = parse("## What's new?\n\nWe approved goals.\n\n### 2025 Strategic Goals:\n\n1. **Grow the forum**\n2. **Cut costs**\n")
        #expect(file.objectives.map(\.title) == ["Grow the forum", "Cut costs"])
        #expect(diagnostics.isEmpty)
    }

    @Test("an ignored heading's KR: items keep their key-results-unread warning; a warned aside is not warned twice")
    func noDoubleWarning() {
        let (_, ignored) = parse("## Grow\n\nText.\n\n## Notes\n\n- KR: Reach 40 members\n", ignore: ["Notes"])
        #expect(ignored.map(\.code) == [.keyResultsUnread])
        let (_, aside) = parse("## Grow\n\nText.\n\n## FAQ\n\n- KR: Reach 40 members\n")
        #expect(aside.map(\.code) == [.skippedSection])
    }

    @Test("a table of objectives outside the headings is warned about at its line; a key-results table once, as before")
    func unreadTables() {
        let (file, diagnostics) = parse("# Q3\n\n| Objective | Owner |\n|---|---|\n| Grow the forum | Ada |\n\n## Grow\n\nText.\n")
        #expect(file.objectives.map(\.title) == ["Grow"])
        #expect(diagnostics.map(\.code) == [.unreadObjectives])
        #expect(diagnostics.first?.location.line == 3)
        let (_, keyResults) = parse("# Q3\n\n| Key result | Status |\n|---|---|\n| Reach 40 | On track |\n\n## Grow\n\nText.\n")
        #expect(keyResults.map(\.code) == [.keyResultsUnread])
    }
}
