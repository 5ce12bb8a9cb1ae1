import Testing
@testable import BearingModel
@testable import BearingParse

/// Rust's project goals for 2026: each goal's metadata table names the roadmap theme it belongs to (`| Roadmap | Fast
/// Builds |`), and each theme has a roadmap of its own; a strategy made of the themes has them as its priorities.
@Suite("Work filed under a theme that is a priority")
struct ThemeFiledWorkTests {
    static let strategy = """
        # Project goals 2026

        ## Roadmap themes

        ### Fast Builds

        Make compilation fast, from scratch and incrementally.

        ### Rust for Linux

        Build the Linux kernel with only stable language features.
        """

    @Test("a goal's Roadmap field that names a priority links the goal to it, with or without a roadmap of that name")
    func roadmapFieldNamesPriority() throws {
        let goal = """
            # Promoting Parallel Front End

            | Metadata         |                 |
            | :--------------- | --------------- |
            | Point of contact | @petrochenkov   |
            | Status           | Accepted        |
            | Roadmap          | Fast Builds     |

            ## Summary

            Stabilize the parallel front-end.
            """
        let alone = loadWorkspace(["strategy.md": Self.strategy, "objectives/2026/parallel-front-end.md": goal])
        let objective = try #require(alone.objectives.first)
        #expect(objective.resolved.priorities == ["fast-builds"])
        #expect(objective.resolved.roadmaps.isEmpty)
        #expect(!alone.diagnostics.contains { $0.code == .unresolvedReference }, "\(alone.diagnostics.map(\.message))")
        let beside = loadWorkspace(["strategy.md": Self.strategy, "objectives/2026/parallel-front-end.md": goal,
                                    "roadmaps/fast-builds.md": "# Fast Builds\n\n## 2026\n\n- Relink, don't rebuild\n"])
        let linked = try #require(beside.objectives.first)
        #expect(linked.resolved.priorities == ["fast-builds"])
        #expect(linked.resolved.roadmaps == ["fast-builds"])
    }

    @Test("a Roadmap field that names no priority exactly is only a roadmap reference, and a declared priority wins")
    func roadmapFieldOtherwise() throws {
        let plan = loadWorkspace(["strategy.md": Self.strategy, "objectives/2026/goals.md": """
            # Goals

            ## Relink, don't rebuild
            - Roadmap: Fast
            - Priorities: rust-for-linux

            ## Faster linking
            - Roadmap: Fast Builds
            - Priorities: rust-for-linux
            """])
        #expect(plan.objectives.map(\.resolved.priorities) == [["rust-for-linux"], ["rust-for-linux"]])
        #expect(plan.diagnostics.contains { $0.code == .unresolvedReference && $0.message.contains("Fast") })
    }

    @Test("roadmap items under a lane, a group or a roadmap title that names a priority serve it, unless they say otherwise")
    func filedUnderPriority() {
        let plan = loadWorkspace(["strategy.md": Self.strategy,
                                  "roadmaps/platform.md": """
                                    # Platform roadmap

                                    ## Fast Builds

                                    - Relink, don't rebuild downstream crates
                                    - Ship the kernel's allocator API. Priorities: rust-for-linux

                                    ## Later

                                    ### Rust for Linux

                                    - Stable inline assembly constants
                                    """,
                                  "roadmaps/rust-for-linux.md": "# Rust for Linux\n\n## Other topics\n\n- Coherence domains for the kernel crates\n"])
        let links = Dictionary(uniqueKeysWithValues: plan.roadmapItems.map { ($0.title, $0.resolved.priorities) })
        #expect(links["Relink, don't rebuild downstream crates"] == ["fast-builds"])
        #expect(links["Ship the kernel's allocator API"] == ["rust-for-linux"])
        #expect(links["Stable inline assembly constants"] == ["rust-for-linux"])
        #expect(links["Coherence domains for the kernel crates"] == ["rust-for-linux"])
    }
}
