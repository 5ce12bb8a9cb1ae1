import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// Shapes met on a seventh round of real files: Rust's 2025H2 and 2026 project goals (one goal per file, a metadata
/// table under the title, then "Summary", "Motivation & Status Quo", "Design axioms", "Ownership and team asks"…), and
/// the Green Software Foundation's Impact Framework OKRs (a file whose period is only in the sentence that introduces
/// its objectives). Each snippet is written here in the shape of the real file, in its own words.
@Suite("New-user shapes, seventh round")
struct NewUserShapes7Tests {
    func objectives(_ markdown: String, path: String = "objectives/2025h2/goal.md") -> (ObjectivesFile, [Diagnostic]) {
        ObjectivesParser().parse(read(markdown, path: path))
    }

    // MARK: One goal per file

    @Test("a goal whose title carries its own status is one objective, however many sections follow its summary")
    func goalWithStatusIsOneObjective() throws {
        let (file, diagnostics) = objectives("""
            # Stabilizable Polonius support on nightly

            | Metadata         |                                    |
            | :--------------- | ---------------------------------- |
            | Point of contact | @lqd                               |
            | Status           | Proposed                           |
            | Tracking issue   | [rust-lang/goals#118] |
            [channel]: https://rust-lang.zulipchat.com/#narrow/channel/186049-t-types.2Fpolonius
            ## Summary

            Make a stabilizable version of the polonius next generation borrow checking "alpha" algorithm.

            ## Motivation

            Polonius is an improved version of the borrow checker.

            ### The next six months

            * Complete the remaining features we need to support
            * Improve performance of the analysis

            ## Design axioms

            The older datalog implementation can accept more exotic borrowing patterns.

            ## Ownership and team asks

            | Task             | Owner(s) or team(s) | Notes |
            | ---------------- | ------------------- | ----- |
            | Design review    | @nikomatsakis       |       |

            ## Outputs and milestones

            ### Outputs

            Nightly implementation of polonius that passes NLL problem case #3.
            """)
        let objective = try #require(file.objectives.first)
        #expect(file.objectives.map(\.title) == ["Stabilizable Polonius support on nightly"])
        #expect(objective.metadata.owners == ["lqd"])
        #expect(objective.metadata.status == .notStarted)
        // Its sections stay in its text: nothing it says is dropped.
        #expect(objective.body.contains("Nightly implementation of polonius"))
        #expect(!diagnostics.contains { $0.severity == .error })
    }

    @Test("an accepted goal (a decision, not a status) under its title is one objective too")
    func acceptedGoalIsOneObjective() {
        let (file, _) = objectives("""
            # Implement Verifiable Mirroring Prototype

            | Metadata             |                                    |
            | :--                  | :--                                |
            | Point of contact     | @walterhpearce                     |
            | Status               | Accepted                           |

            ## Summary

            Prototype a verifiable mirroring scheme for crates.io.

            ## Motivation

            Mirrors cannot prove they serve what crates.io published.

            ## Technical Strategy

            Sign the index with TUF.

            ## Work items over the next year

            | Task | Owner(s) | Notes |
            | ---- | -------- | ----- |
            | Prototype | @walterhpearce | |

            ## Team asks

            | Team | Support level | Notes |
            | ---- | ------------- | ----- |
            | [cargo] | Medium | Reviews |
            """, path: "objectives/2026/mirroring.md")
        #expect(file.objectives.map(\.title) == ["Implement Verifiable Mirroring Prototype"])
        #expect(file.objectives.first?.metadata.owners == ["walterhpearce"])
    }

    @Test("an OKR file that opens with a summary but has no status of its own is still a file of objectives")
    func okrFileWithoutStatusStaysMany() {
        let (file, _) = objectives("""
            # Platform OKRs

            Owner: @ada

            ## Summary

            A quarter about speed.

            ## Faster builds

            CI should take minutes.

            ## Fewer pages at night

            Alerts that matter.

            ## Cheaper storage

            Half the bill.
            """, path: "objectives/2026-Q1.md")
        #expect(file.objectives.map(\.title) == ["Faster builds", "Fewer pages at night", "Cheaper storage"])
    }

    // MARK: Asides named at length

    @Test("an aside named at more length is an aside, not an objective", arguments: [
        "Motivation & Status Quo", "Motivation & status quo", "Frequently Asked Questions (FAQ)",
        "Motivation: Reference counting is a common pain point across many kinds of Rust applications",
        "Background and context", "Notes & references",
    ])
    func compoundAsides(title: String) {
        #expect(HeadingRole.classify(title, level: 2, year: nil, config: WorkspaceConfig()) == .aside)
    }

    @Test("titles that only share a word with an aside stay objectives", arguments: [
        "Ship the summary page", "Design and status reporting", "Motivation letters for every hire",
        "Onboarding (new hires)", "Docs & examples",
    ])
    func notAsides(title: String) {
        #expect(HeadingRole.classify(title, level: 2, year: nil, config: WorkspaceConfig()) == .candidate)
    }

    @Test("goals that open with 'Motivation & Status Quo' or close with an '(FAQ)' heading are one objective each")
    func compoundAsidesInGoals() {
        let (file, diagnostics) = objectives("""
            # Const Generics

            | Metadata         |                                    |
            | :--------------- | ---------------------------------- |
            | Point of contact | @BoxyUwU                           |

            ## Summary

            Work towards stabilizing the remaining const generics functionality.

            ## Motivation & Status Quo

            Const generics were stabilized in a minimal form.

            ## Ownership and team asks

            | Task | Owner(s) or team(s) | Notes |
            | ---- | ------------------- | ----- |
            | Implementation | @BoxyUwU | |

            ## Frequently Asked Questions (FAQ)

            None yet.
            """)
        #expect(file.objectives.map(\.title) == ["Const Generics"])
        #expect(!diagnostics.contains { $0.code == .duplicateID })
    }

    // MARK: A period named by the introduction

    @Test("the sentence that introduces the objectives gives the file its period when nothing else does")
    func periodFromIntroduction() throws {
        let (file, diagnostics) = objectives("""

            # Impact Framework OKRs

            The OKRs guiding Impact Framework to the end of 2025 are:

            - Objective: grow an open source community of developers and users
              - Key result: 30 individual contributors to our repositories by end 2025

            - Objective 2: get IF integrated into more production systems in real businesses and organizations
              - Key result: 20 case studies added to our `if-db` repository

            Individual contributors include people pushing code to IF, sharing plugins on the Explorer.
            """, path: "objectives/okrs.md")
        #expect(file.quarter?.description == "2025")
        #expect(file.objectives.map(\.title) == [
            "grow an open source community of developers and users",
            "get IF integrated into more production systems in real businesses and organizations",
        ])
        #expect(file.objectives.map { $0.keyResults.count } == [1, 1])
        #expect(!diagnostics.contains { $0.code == .noQuarter })
        let (quarterly, _) = objectives("# Team goals\n\nOur goals for Q3 2026:\n\n- Ship the API\n", path: "objectives/goals.md")
        #expect(quarterly.quarter?.description == "2026-Q3")
    }

    @Test("a year mentioned in passing, two years, or a year after the list are not the file's period", arguments: [
        "# Team OKRs\n\nWe started in 2019 and grew fast.\n\n- Ship the API\n",
        "# Team OKRs\n\nOur goals from 2024 to 2025:\n\n- Ship the API\n",
        "# Team OKRs\n\n- Ship the API\n\nOur goals were set in 2025.\n",
    ])
    func noPeriodFromPassingMention(markdown: String) {
        let (file, diagnostics) = objectives(markdown, path: "objectives/okrs.md")
        #expect(file.quarter == nil)
        #expect(diagnostics.contains { $0.code == .noQuarter })
    }
}
