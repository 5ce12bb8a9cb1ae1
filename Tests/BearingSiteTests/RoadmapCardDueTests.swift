import Testing
@testable import BearingSite

/// Rust's roadmaps list their goals in a `| Goal | Timespan | What and why |` table: "2026" is both the item's period
/// and its due date, and each card read "2026 due 2026".
@Suite("A roadmap card says its period once")
struct RoadmapCardDueTests {
    @Test("a due date that is the period is not said again, nor a timespan of two years")
    func dueSameAsPeriod() throws {
        let pages = try Site.pages([
            "strategy.md": "# Strategy\n\n## Priorities\n\n### Fast Builds\n\nMake compilation fast.\n",
            "roadmaps/fast-builds.md": """
                # Fast Builds

                ## How we get there

                | Goal | Timespan | What and why |
                | --- | --- | --- |
                | Relink-Don't-Rebuild (RDR) | 2026 | Avoid rebuilding downstream crates |
                | Compiler performance optimizations | 2026-2027 | Targeted improvements to hot paths |
                """,
        ])
        let page = try #require(pages["roadmaps/fast-builds.html"])
        #expect(!page.contains("<small>due 2026</small>"), "\(page)")
        // A timespan of two years is the period of both (left39b: it was 2026, with "due 2026-2027" beside it).
        #expect(page.contains("<span class=\"period\">2026-2027</span>"), "\(page)")
        #expect(!page.contains("<small>due 2026-2027</small>"))
    }
}
