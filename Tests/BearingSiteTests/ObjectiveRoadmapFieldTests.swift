import Testing
@testable import BearingSite

/// Rust's project goals each name their roadmap in a metadata table (`| Roadmap | Fast Builds |`). The page's facts said
/// "Roadmap: no item names it" above a table saying "Roadmap: Fast Builds".
@Suite("An objective's own Roadmap field on its page")
struct ObjectiveRoadmapFieldTests {
    @Test("the roadmap an objective names is its Roadmap fact; one naming none still says no item names it")
    func roadmapFact() throws {
        let pages = try Site.pages([
            "strategy.md": "# Strategy\n\n## Priorities\n\n### Fast Builds\n\nMake compilation fast.\n",
            "roadmaps/fast-builds.md": "# Fast Builds\n\n## 2026\n\n- Relink, don't rebuild\n",
            "objectives/2026.md": """
                # Goals

                ## Promoting Parallel Front End
                - Roadmap: Fast Builds

                Stabilize the parallel front-end.

                ## Faster test runs

                Run the test suite in parallel.
                """,
        ])
        let named = try #require(pages.first { $0.key.hasSuffix("promoting-parallel-front-end.html") }?.value)
        #expect(named.contains("<dt>Roadmap<dd>Fast Builds"))
        #expect(!named.contains("no item names it"))
        let other = try #require(pages.first { $0.key.hasSuffix("faster-test-runs.html") }?.value)
        #expect(other.contains("<dt>Roadmap<dd>no item names it"))
    }

    @Test("a Roadmap field naming a theme of the strategy with no roadmap file of its name is shown as written")
    func themeWithoutRoadmapFile() throws {
        let pages = try Site.pages([
            "strategy.md": "# Strategy\n\n## Priorities\n\n### Beyond the `&`\n\nBorrowing.\n\n### Fast Builds\n\nMake compilation fast.\n",
            "roadmaps/compiler.md": "# Compiler\n\n## 2026\n\n- Relink, don't rebuild\n",
            "objectives/2026.md": """
                # Goals

                ## Reborrow traits

                | Metadata | |
                | --- | --- |
                | Roadmap | Beyond the `&` |

                Make reborrowing user-definable.

                ## Promoting Parallel Front End
                - Roadmap: Fast Builds

                Stabilize the parallel front-end.

                ## Incremental linking
                - Roadmap: fast-builds

                Relink only what changed.
                """,
        ])
        let linking = try #require(pages.first { $0.key.hasSuffix("incremental-linking.html") }?.value)
        #expect(linking.contains("<dt>Roadmap<dd>Fast Builds"))
        let reborrow = try #require(pages.first { $0.key.hasSuffix("reborrow-traits.html") }?.value)
        #expect(reborrow.contains("<dt>Roadmap<dd>Beyond the &amp;"))
        #expect(!reborrow.contains("no item names it"))
        let parallel = try #require(pages.first { $0.key.hasSuffix("promoting-parallel-front-end.html") }?.value)
        #expect(parallel.contains("<dt>Roadmap<dd>Fast Builds"))
        #expect(!parallel.contains("no item names it"))
    }
}
