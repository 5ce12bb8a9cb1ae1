import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// Shapes met on an eighth round of real files: the labels OKR writers put before each key result ("KR 1.1:",
/// "Key Result 2:"), and Rust's project goals (2025H1, 2025H2), whose "Ownership and team asks" are tables of tasks
/// (`| Task | Owner(s) or team(s) | Notes |`), one under each part of the goal, with team badges for owners, and whose
/// milestone tables mark steps with "↳" and boxes with "[x]"; Kubeflow's roadmap, whose lanes are releases with the date
/// they shipped or are planned for ("## Kubeflow 1.9 Release, Delivered: July 2024"); libp2p's roadmap, which opens with
/// the project's "Core Tenets"; Node.js's Next-10 technical priorities, where every lane has the same "Deep Dives",
/// "Project agreement" and "Related work" sections, some still empty. Each snippet is written here in the real file's
/// shape.
@Suite("New-user shapes, eighth round")
struct NewUserShapes8Tests {
    func objectives(_ markdown: String, path: String = "objectives/2026-Q1.md") -> (ObjectivesFile, [Diagnostic]) {
        ObjectivesParser().parse(read(markdown, path: path))
    }

    // MARK: Key-result labels

    @Test("a key result's label and number are not its words, in a bullet, a heading or a table row")
    func keyResultLabelsStripped() throws {
        let (file, _) = objectives("""
            ## Objective 1: Catalyze secure software runtimes

            - KR1: 3 of 5 partners live
            - KR 1.2 - Docs for every endpoint
            - Key result: 30 individual contributors by end 2025
            - Key Result 4) Monthly check-ins
            - **KR1.5**: Scale adoption of OSS security projects

            ### Key Result 1.6: Time to first API call from 30 to 5 minutes
            - **Progress:** 70%

            ## Fewer critical vulnerabilities

            | Key Result | Status |
            |---|---|
            | KR 2.1: Fund ten critical organizations | On target |
            | KR2.2: Monthly check-ins | Completed |
            """)
        #expect(file.objectives.map { $0.keyResults.map(\.text) } == [
            ["3 of 5 partners live", "Docs for every endpoint", "30 individual contributors by end 2025", "Monthly check-ins",
             "Scale adoption of OSS security projects", "Time to first API call from 30 to 5 minutes"],
            ["Fund ten critical organizations", "Monthly check-ins"],
        ])
        // The progress is read as before: the label's number is not a figure.
        #expect(file.objectives[0].keyResults.map(\.progress) == [0.6, nil, nil, nil, nil, 0.7])
        #expect(file.objectives[1].keyResults.map(\.done) == [false, true])
    }

    @Test("a label that names an owner leaves the words (the owner is read from it), and a label alone or a word that only starts like one stays")
    func keyResultLabelsKept() {
        #expect(KeyResultLabel.strippingLabel("CEO KR: Automate Dedicated") == "Automate Dedicated")
        #expect(KeyResultLabel.strippingLabel("VP of Customer Success KR: Document 3 new approaches") == "Document 3 new approaches")
        #expect(KeyResultLabel.strippingLabel("KR 1") == "KR 1")
        #expect(KeyResultLabel.strippingLabel("KR:") == "KR:")
        #expect(KeyResultLabel.strippingLabel("KRAKEN: not a label") == "KRAKEN: not a label")
        #expect(KeyResultLabel.strippingLabel("Key results matter") == "Key results matter")
        #expect(KeyResultLabel.strippingLabel("Reach 40 KR: members") == "Reach 40 KR: members")
    }

    // MARK: Tables of tasks

    @Test("a table of tasks with an owner column is the goal's work, one initiative per row, owners without their team badge")
    func taskTableIsInitiatives() throws {
        let (file, diagnostics) = objectives("""
            # build-std

            | Metadata            |                                    |
            | :------------------ | :--------------------------------- |
            | Point of contact    | @davidtwco                         |
            | Status              | Proposed                           |

            ## Summary

            Stabilise a minimum viable build-std.

            ## Ownership and team asks

            | Task                         | Owner(s) or team(s)                   | Notes                                 |
            | ---------------------------- | ------------------------------------- | ------------------------------------- |
            | Discussion and moral support | ![Team][] [cargo], [libs], [compiler] | @ehuss already regularly contributes  |
            | Author RFC                   | @davidtwco, @adamgemmell              | Continue draft produced in 2025H1     |
            | Standard reviews             | ![Team][] [cargo]                     |                                       |
            """, path: "objectives/2025h2/build-std.md")
        let goal = try #require(file.objectives.first)
        #expect(file.objectives.count == 1)
        #expect(goal.initiatives.map(\.title) == ["Discussion and moral support", "Author RFC", "Standard reviews"])
        #expect(goal.initiatives.map(\.metadata.owners) == [["cargo", "libs", "compiler"], ["davidtwco", "adamgemmell"], ["cargo"]])
        #expect(goal.initiatives[1].body == "Continue draft produced in 2025H1")
        #expect(!diagnostics.contains { $0.severity == .error })
    }

    @Test("the same task under several parts of a goal names its part, and a task written twice keeps an id of its own")
    func repeatedTasksNameTheirPart() throws {
        let (file, diagnostics) = objectives("""
            # Bring the Async Rust experience closer to parity with sync Rust

            | Metadata         |                 |
            | :--------------- | --------------- |
            | Point of contact | @tmandry        |
            | Status           | Accepted        |

            ## Summary

            Bring async Rust closer to parity with sync Rust.

            ## Ownership and team asks

            ### Overall program management

            | Task                 | Owner(s) or team(s) | Notes |
            |----------------------|---------------------|-------|
            | AFIT story blog post | @tmandry            |       |

            ### Unsafe binders

            | Task                   | Owner(s) or team(s)       | Notes        |
            |------------------------|---------------------------|--------------|
            | Initial implementation | @compiler-errors          | Stretch goal |
            | Author RFC             | @nikomatsakis             | Stretch goal |

            ### Pin ergonomics

            | Task                 | Owner(s) or team(s) | Notes |
            |----------------------|---------------------|-------|
            | Author RFC           | @eholk              |       |
            | Author RFC           | @eholk              | again |
            """, path: "objectives/2025h1/async.md")
        let goal = try #require(file.objectives.first)
        #expect(goal.initiatives.map(\.title) == [
            "AFIT story blog post", "Initial implementation", "Author RFC (Unsafe binders)", "Author RFC (Pin ergonomics)",
            "Author RFC (Pin ergonomics)",
        ])
        #expect(Set(goal.initiatives.map(\.id)).count == 5)
        #expect(goal.initiatives.last?.id.hasSuffix("/author-rfc-pin-ergonomics-2") == true)
        #expect(!diagnostics.contains { $0.code == .duplicateID })
        let plan = loadWorkspace(["objectives/2025h1/async.md": """
            # Async

            | Metadata         |          |
            | :--------------- | -------- |
            | Status           | Accepted |

            ## Summary

            Parity.

            ### Unsafe binders

            | Task | Owner(s) or team(s) |
            |---|---|
            | Author RFC | @a |
            | Author RFC | @b |

            ### Pin ergonomics

            | Task | Owner(s) or team(s) |
            |---|---|
            | Author RFC | @c |
            """])
        #expect(!plan.diagnostics.contains { $0.code == .duplicateID })
    }

    @Test("a milestone table's '↳' rows are steps of the row above, its '[x]' boxes say done")
    func milestoneStepsAndBoxes() throws {
        let (file, _) = objectives("""
            # Stabilizable Polonius support on nightly

            | Metadata         |       |
            | :--------------- | ----- |
            | Point of contact | @lqd  |
            | Status           | Proposed |

            ## Summary

            Make a stabilizable version of the polonius alpha algorithm.

            ## Outputs and milestones

            ### Milestones

            | Milestone                                                   | Owner          | Notes                    |
            | ----------------------------------------------------------- | -------------- | ------------------------ |
            | Factoring out higher-ranked concerns from the main path     | @amandasystems |                          |
            | ↳ [x] rewrite invalid universe constraints                  |                |                          |
            | ↳ [ ] completely remove placeholders                        |                | in progress, PR #130227  |
            | [x] Debugging / dump tool for analysis of location-sensitive analysis | @lqd |                   |
            | [ ] Alpha version on nightly, tested on CI                  | @lqd           |                          |
            """, path: "objectives/2025h2/polonius.md")
        let goal = try #require(file.objectives.first)
        #expect(goal.initiatives.map(\.title) == [
            "Factoring out higher-ranked concerns from the main path", "Debugging / dump tool for analysis of location-sensitive analysis",
            "Alpha version on nightly, tested on CI",
        ])
        #expect(goal.initiatives.map(\.metadata.status) == [nil, .done, nil])
        #expect(goal.initiatives[0].body == "- [x] rewrite invalid universe constraints\n- [ ] completely remove placeholders")
    }

    @Test("a roadmap table's '↳' rows and boxes read the same way")
    func roadmapSteps() throws {
        let (roadmap, _) = RoadmapParser().parse(read("""
            ## Now

            | Item | Owner | Notes |
            |---|---|---|
            | Location-sensitive prototype | @lqd | |
            | ↳ [x] land on nightly | | |
            | [x] Crater run | @lqd | |
            """, path: "roadmaps/r.md"))
        #expect(roadmap.items.map(\.title) == ["Location-sensitive prototype", "Crater run"])
        #expect(roadmap.items.map(\.metadata.status) == [nil, .done])
        #expect(roadmap.items.first?.body == "- [x] land on nightly")
        guard case .list(_, let steps)? = roadmap.items.first?.blocks.last?.kind else { Issue.record("no step list"); return }
        #expect(steps.map(\.task) == [true])
    }

    @Test("counter-cases: a schedule with a Task column is not work, a bracket in a title that is not a box stays, an avatar alone is its owner")
    func taskTableCounterCases() {
        // GitLab's OKR schedule (`| OKR schedule | Week of | Task |`) is a calendar, not initiatives.
        let (gitlab, _) = objectives("""
            ## Grow revenue

            | OKR schedule | Week of | Task |
            | ------ | ------ | ------ |
            | -5 | 2022-09-26 | CEO pushes top goals to this page |
            """)
        #expect(gitlab.objectives[0].initiatives.isEmpty)
        #expect(PlanTable.taskBox(in: "[WIP] Migrate the index") == (nil, "[WIP] Migrate the index"))
        #expect(PlanTable.taskBox(in: "[x]") == (nil, "[x]"))
        let (avatar, _) = objectives("""
            ## Ship it

            | Task | Owner |
            |---|---|
            | Write the RFC | ![ada](https://example.com/ada.png) |
            """)
        #expect(avatar.objectives[0].initiatives.first?.metadata.owners == ["ada"])
    }

    // MARK: Roadmaps of releases

    func roadmap(_ markdown: String) -> (Roadmap, [Diagnostic]) {
        RoadmapParser().parse(read(markdown, path: "roadmaps/kubeflow.md"))
    }

    @Test("a lane named by a release and its date is that period; one that says it was delivered or released holds finished work")
    func releaseLanes() {
        let (roadmap, _) = roadmap("""
            # Kubeflow Community Distribution

            ## Kubeflow 1.11 Release, Planned for release: December 2025
            The Kubeflow Community plans to deliver its v1.11 release in December 2025.

            ### Themes
            * Trainer V2.0

            ## Kubeflow 1.9 Release, Delivered: July 2024

            ### Themes
            * Kubernetes 1.29 support

            ## Kubeflow 1.3 Features, Released: April 2021

            * Manifests refactor

            ## Kubeflow 1.2 Features, Release Date: November 2020

            * Katib support for early stopping

            ## Kubeflow 1.2 - November 2020

            * Pipelines support for a Tekton backend option

            ## Kubeflow 1.0

            * kfctl for deployment and upgrades
            """)
        #expect(roadmap.lanes.map(\.period) == ["December 2025", "July 2024", "April 2021", "November 2020", "November 2020", nil])
        #expect(roadmap.lanes.map(\.kind) == [.period, .period, .period, .period, .period, .theme])
        #expect(roadmap.items.map(\.period) == ["December 2025", "July 2024", "April 2021", "November 2020", "November 2020", nil])
        #expect(roadmap.items.map(\.metadata.status) == [nil, .done, .done, nil, nil, nil])
    }

    @Test("a release's date after a comma needs its key and colon: a theme with a comma or a year in passing stays a theme", arguments: [
        "Security, privacy and compliance", "Docs, tutorials: the 2024 backlog", "Onboarding, round two",
    ])
    func notReleaseLanes(title: String) {
        #expect(RoadmapPeriod.release(title, year: nil) == nil)
    }

    @Test("an issue number that is a link's text is not a year")
    func issueLinkIsNotAYear() {
        let (roadmap, _) = roadmap("""
            ## Kubeflow 1.4.1 Release, Delivered: December 2021
            * The need for a patch release was triggered by [#2082](https://github.com/kubeflow/manifests/issues/2082)
            * 1.4.1 Tracking issue: [2084](https://github.com/kubeflow/manifests/issues/2084)
            * Release the notes: 2026
            """)
        #expect(roadmap.items.map(\.period) == ["December 2021", "December 2021", "2026"])
        #expect(roadmap.items.map(\.metadata.due) == [nil, nil, "2026"])
    }

    @Test("a roadmap's core tenets are what the work rests on, not items")
    func tenetsAreAnAside() {
        let (roadmap, _) = RoadmapParser().parse(read("""
            # Roadmap

            ## Core Tenets
            Before we dive into what libp2p should support and enable, let's outline the core tenets. As maintainers, we commit to ensuring libp2p is:
            - 🔒 Secure - Building on libp2p *improves* an application's security posture.
            - 🪨 Stable - Releases do not unknowingly break deployed features.

            ### Implementation Roadmaps

            For specific sequencing and dates, see the different implementation roadmaps:
            - [go-libp2p](https://github.com/libp2p/go-libp2p/blob/master/ROADMAP.md)

            ## Evolve

            ### ⏱ Full Observability

            **What?** libp2p should expose a wide set of metrics.
            """, path: "roadmaps/libp2p.md"))
        #expect(roadmap.items.map(\.title) == ["Full Observability"])
        #expect(RoadmapHeading.isAside("Our values"))
        #expect(!RoadmapHeading.isAside("Tenet-based access control"))
    }

    // MARK: Lanes with the same sections

    @Test("a section every lane has, left empty in one, holds nothing there; in prose it is still the work")
    func recurringEmptySections() {
        let (roadmap, _) = RoadmapParser().parse(read("""
            # Technical Priority Working Summary
            ## Modern HTTP
            ### Deep Dives
            * [Jan 2022](https://github.com/nodejs/next-10/blob/main/meetings/summit-jan-2022.md)

            ### Project agreement
            * [maintaining-http.md](https://github.com/nodejs/node/blob/main/doc/contributing/maintaining-http.md)

            ### Related work
            * fetch landed in core

            ## Documentation
            ### Deep Dives
            * [Jan 2022](https://github.com/nodejs/next-10/blob/main/meetings/summit-jan-2022.md)

            ### Project agreement

            ### Related work
            * Document metadata - https://github.com/nodejs/next-10/issues/121

            ## Observability
            ### Project agreement
            ### Related work
            * Entrypoint Hooks[43408](https://github.com/nodejs/node/issues/43408)
            * Fix the crash triggered by [2082](https://github.com/nodejs/node/issues/2082)

            ### Others

            Policy WG continuing collaboration on the new policy specification.
            """, path: "roadmaps/technical-priorities.md"))
        #expect(roadmap.items.map(\.title) == [
            "Jan 2022", "maintaining-http.md", "fetch landed in core", "Jan 2022", "Document metadata", "Entrypoint Hooks",
            "Fix the crash triggered by 2082", "Others",
        ])
        #expect(!roadmap.items.contains { $0.title == "Project agreement" })
    }

    @Test("an empty heading that no lane fills is still an item: a roadmap of titles only")
    func emptyHeadingsStayItems() {
        let (roadmap, _) = RoadmapParser().parse(read("""
            ## Now
            ### Dark mode
            ### Offline editing

            ## Next
            ### Dark mode
            """, path: "roadmaps/r.md"))
        #expect(roadmap.items.map(\.title) == ["Dark mode", "Offline editing", "Dark mode"])
    }
}
