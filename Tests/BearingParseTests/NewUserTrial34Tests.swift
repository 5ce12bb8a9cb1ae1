import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// A new user's thirty-fourth trial: Thunderbird's desktop roadmap (GitBook: H1 groups over H2 features, each opening
/// with `Priority: P1\` and `Delivery Quarter: Q3 2025\` lines), the Chromium layout team's OKR pages (`Owner(s):eae`,
/// `Status:0.7`, `Score:` left blank), Project Jupyter's roadmap files and CNCF CI's table roadmap.
@Suite("Real planning files: a new user's trial (34)")
struct NewUserTrial34Tests {
    /// Thunderbird's `planning/roadmap.md` (2025–2026) in its shape: no title but the GitBook description, H1 groups,
    /// H2 features whose first paragraph holds fields ended by hard breaks, the rank highlighted with inline HTML, and
    /// a label that leads the feature's list.
    static let thunderbird = #"""
        ---
        description: Planned work for the 2025-2026 releases of the mail app.
        ---

        This is a list of all the primary objectives and efforts that we will be working on.

        # Front-end Priorities

        ## Conversation View

        Priority: <mark style="background-color:red;">P1</mark>\
        Delivery Quarter: Q3 2025\
        High level objectives (non-exhaustive):

        * Full thread conversation in message pane.
        * Reply inline (optional).

        ## Tasks

        Priority: <mark style="background-color:green;">P3</mark>\
        Delivery Quarter: Q2 2026\
        High level objectives (non-exhaustive):

        * Show tasks in the calendar.
        * Kanban board.

        # Back-end Priorities

        ## Exchange Email

        Priority: <mark style="background-color:red;">P1</mark>\
        Delivery Quarter: Q1 2025\
        High level objectives (non-exhaustive):

        * Full support of email operations.

        ## Sentry

        Priority: <mark style="background-color:yellow;">P2</mark>\
        Delivery Quarter: Q1 2025

        # Maintenance Priorities

        ## Complete Glean testing and uplift

        Priority: <mark style="background-color:yellow;">P2</mark>\
        Delivery Quarter: Q2 2025\
        High level objectives (non-exhaustive):

        * Complete the project.
        * Help services consume the data.
        """#

    @Test("H1 groups over H2 features with `Delivery Quarter:` lines: each H2 is one item, due in its quarter (Thunderbird)")
    func groupsOverFeatures() throws {
        let (roadmap, _) = RoadmapParser().parse(read(Self.thunderbird, path: "roadmaps/desktop.md"))
        #expect(roadmap.lanes.map(\.title) == ["Front-end Priorities", "Back-end Priorities", "Maintenance Priorities"],
                "\(roadmap.lanes.map(\.title))")
        #expect(roadmap.items.map(\.title) == ["Conversation View", "Tasks", "Exchange Email", "Sentry", "Complete Glean testing and uplift"],
                "\(roadmap.items.map(\.title))")
        #expect(roadmap.items.map(\.metadata.due) == ["Q3 2025", "Q2 2026", "Q1 2025", "Q1 2025", "Q2 2025"])
        #expect(roadmap.items.map(\.period) == ["2025-Q3", "2026-Q2", "2025-Q1", "2025-Q1", "2025-Q2"])
        // "Complete Glean testing" is work to do, not a lane of finished work.
        let statuses = roadmap.items.compactMap(\.metadata.status)
        #expect(statuses.isEmpty, "\(statuses)")
        // The first H1 is a lane, not the roadmap's name.
        #expect(roadmap.title == "desktop")
        let conversation = try #require(roadmap.items.first)
        #expect(conversation.body.contains("Full thread conversation in message pane."))
    }

    @Test("`Priority: P1`, `P2`, `P3`, one on every item and shared, grade the work: ranks, not the strategy's priorities")
    func ranksWithoutP0() throws {
        let plan = loadWorkspace([
            "strategy.md": "# S\n\n## Priorities\n\n### Modern interface\n\nA modern UI.\n\n### Every mail provider\n\nExchange.\n\n### Reliable foundation\n\nFast.\n",
            "roadmaps/desktop.md": Self.thunderbird,
        ])
        let items = plan.roadmaps.flatMap(\.items)
        let linked = items.filter { !$0.resolved.priorities.isEmpty }
        #expect(linked.isEmpty, "\(items.map(\.resolved.priorities))")
        #expect(items.map { $0.metadata.custom.first { $0.key == "Rank" }?.value } == ["P1", "P3", "P1", "P2", "P2"])
        #expect(!plan.codes.contains(.unresolvedReference), "\(plan.diagnostics)")
    }

    @Test("a P-code on only one or two items, or beside other references, still names a priority by position")
    func fewCodesStayPositions() throws {
        let strategy = "# S\n\n## Priorities\n\n### Modern interface\n\nA modern UI.\n\n### Every mail provider\n\nExchange.\n"
        let plan = loadWorkspace([
            "strategy.md": strategy,
            "roadmaps/a.md": "## Now\n\n### Search\n\nPriority: P1\n\n### Sync\n\nPriority: P2\n\n### Exchange\n\nPriorities: P2, P1\n",
        ])
        #expect(plan.roadmaps.flatMap(\.items).map(\.resolved.priorities)
                == [["modern-interface"], ["every-mail-provider"], ["every-mail-provider", "modern-interface"]])
    }

    @Test("a metadata line whose key is left blank (`Score:`) neither ends the fields nor makes them prose")
    func blankFieldInBlock() throws {
        let plan = loadWorkspace([
            "strategy.md": "# S\n\n## Priorities\n\n1. **Layout.** Fast layout.\n",
            "objectives/2016-Q1.md": "# 2016 Q1\n\n## Ship intersection observer to stable.\n\nOwner(s):ojan, szager\nScore:\n\nPay down technical debt.\n",
        ])
        let objective = try #require(plan.objectiveFiles.first?.objectives.first)
        #expect(objective.metadata.owners == ["ojan", "szager"], "\(objective.metadata.owners)")
        #expect(!plan.codes.contains(.metadataAfterProse), "\(plan.diagnostics)")
    }

    @Test("`Expected Delivery:`, `Target quarter:` and `Release month:` name when the work is due")
    func deliveryKeys() {
        #expect(MetadataKey(spelling: "Delivery Quarter") == .due)
        #expect(MetadataKey(spelling: "Expected Delivery") == .due)
        #expect(MetadataKey(spelling: "Target quarter") == .due)
        #expect(MetadataKey(spelling: "Release month") == .due)
        #expect(MetadataKey(spelling: "Start quarter") == .start)
        #expect(MetadataKey(spelling: "Delivery") == nil)
        #expect(MetadataKey(spelling: "Target") == nil)
    }

    /// The Chromium layout team's OKR page in its shape: a summary table exported as a list under "## Overview"
    /// (its header row the first bullet, each key result a link to its details, then owners and score), and "## Details"
    /// with one H3 per key result.
    static let layoutOKRs = #"""
        ---
        page_name: 2015q2
        title: 2015 Q2
        ---

        List of objectives and key results for the second quarter of 2015.

        ## Overview

        *   Objective / Key Result Owner(s) Status
        *   Improve high-level layout design
            *   [Have design document for grand node measure
                        refactoring.](#o1r0) \[jchaffraix\] 0.3
            *   [List markers not modifying layout tree during layout.](#o1r1) \[dsinclair\] 1.0
        *   Improve code health
            *   [Finish root layer scrolling.](#o4r1) skobes, szager 0.70
            *   [Move line layout to LayoutUnit.](#o4r0) \[szager\]

        ## Details

        ### Have design document for grand node measure refactoring.

        Owner(s):jchaffraix (dsinclair, cbiesinger)
        Status:0.3

        Superseded by a larger layout refactoring proposal.

        ### List markers not modifying layout tree during layout.

        Owner(s):dsinclair
        Status:1.0

        Done

        ### Finish root layer scrolling.

        Owner(s):skobes
        Status:0.7

        Aiming to finish in Q3.
        """#

    @Test("an Overview outline linking to Details: its entries are the objectives and key results, with owners and scores (Chromium)")
    func summaryOutlineWithDetails() throws {
        let plan = loadWorkspace([
            "strategy.md": "# S\n\n## Priorities\n\n1. **Fast layout.** Fast, correct layout.\n2. **Code health.** Healthy code.\n",
            "objectives/2015-Q2.md": Self.layoutOKRs,
        ])
        let objectives = plan.objectiveFiles.flatMap(\.objectives)
        #expect(objectives.map(\.title) == ["Improve high-level layout design", "Improve code health"], "\(objectives.map(\.title))")
        let first = try #require(objectives.first)
        #expect(first.keyResults.map(\.text) == ["Have design document for grand node measure refactoring.",
                                                 "List markers not modifying layout tree during layout."], "\(first.keyResults.map(\.text))")
        #expect(first.keyResults.map(\.progress) == [0.3, 1.0])
        #expect(first.keyResults.map(\.owners) == [["jchaffraix"], ["dsinclair"]])
        let second = try #require(objectives.last)
        #expect(second.keyResults.map(\.owners) == [["skobes", "szager"], ["szager"]], "\(second.keyResults.map(\.owners))")
        #expect(second.keyResults.first?.progress == 0.7)
        // The details are shown with the file's text; nothing there is skipped in silence, and nothing warns.
        #expect(!plan.codes.contains(.skippedSection) && !plan.codes.contains(.unknownStatus), "\(plan.diagnostics)")
    }

    @Test("an Overview of prose, or of a list that links nowhere in the page, stays an aside")
    func overviewProseStaysAside() throws {
        let plan = loadWorkspace([
            "strategy.md": "# S\n\n## Priorities\n\n1. **Fast layout.** Fast, correct layout.\n",
            "objectives/2015-Q2.md": "# 2015 Q2\n\n## Overview\n\n* Context\n  * [Design doc](https://example.com/doc)\n  * [Slides](https://example.com/slides)\n* Notes\n  * [Minutes](https://example.com/minutes)\n\n## Ship the layout API\n\n- [ ] Publish the spec\n",
        ])
        #expect(plan.objectiveFiles.flatMap(\.objectives).map(\.title) == ["Ship the layout API"])
    }

    @Test("H2 features under a lone title, most opening with their delivery date: one lane of items, none lost (Thunderbird 2023)")
    func featuresUnderTitle() throws {
        let (roadmap, diagnostics) = RoadmapParser().parse(read("""
            # Roadmap

            Below are the large projects planned for the 115 release.

            ## Firefox Sync

            #### Expected Delivery: Q4 2022

            Syncing between installations and the Android app should work seamlessly.

            ## Unified Toolbar

            **Expected Delivery: Q4 2022**

            A single, reusable, global toolbar.

            ## Calendar UI

            **Expected Delivery: Q1 2023**
            """, path: "roadmaps/desktop.md"))
        #expect(roadmap.lanes.map(\.title) == ["Roadmap"], "\(roadmap.lanes.map(\.title))")
        #expect(roadmap.items.map(\.title) == ["Firefox Sync", "Unified Toolbar", "Calendar UI"], "\(roadmap.items.map(\.title))")
        // `#### Expected Delivery: Q4 2022` under Firefox Sync is its field (`FieldHeadings`).
        #expect(roadmap.items.map(\.period) == ["2022-Q4", "2022-Q4", "2023-Q1"])
        #expect(roadmap.items.first?.body.contains("Syncing between installations") == true)
        #expect(!diagnostics.contains { $0.code == .noRoadmapItems }, "\(diagnostics)")
    }

    @Test("theme H2s under a title, with no fields, stay lanes")
    func themesStayLanes() {
        let (roadmap, _) = RoadmapParser().parse(read("# Roadmap\n\n## Search\n\n- Faster index\n- Typo tolerance\n\n## Billing\n\n- Invoices\n", path: "roadmaps/r.md"))
        #expect(roadmap.lanes.map(\.title) == ["Search", "Billing"])
    }
}
