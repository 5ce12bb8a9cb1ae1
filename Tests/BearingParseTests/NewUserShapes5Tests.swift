import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// What the fourth round of real files left unread (written days, priority-marked key results, "What we'll ship"
/// lists, `_partial.md` files), and shapes met on a fifth round. Each snippet is written here in the shape of the
/// real file, in its own words.
@Suite("New-user shapes, fifth round")
struct NewUserShapes5Tests {
    func objectives(_ markdown: String, path: String = "objectives/2025-Q3.md") -> (ObjectivesFile, [Diagnostic]) {
        ObjectivesParser().parse(read(markdown, path: path))
    }

    func roadmap(_ markdown: String) -> (Roadmap, [Diagnostic]) {
        RoadmapParser().parse(read(markdown, path: "roadmaps/r.md"))
    }

    // MARK: Written days

    @Test("a day written in words or digits is that day", arguments: [
        ("Jul 31st, 2025", "2025-07-31"), ("July 15, 2025", "2025-07-15"), ("15 July 2025", "2025-07-15"),
        ("3rd of September, 2025", "2025-09-03"), ("by Sept. 3, 2025", "2025-09-03"), ("due 2025-07-31", "2025-07-31"),
        ("2025-07-31", "2025-07-31"), ("by end of March", "2026-03-31"), ("By June 2027", "2027-06-30"),
    ])
    func writtenDays(text: String, expected: String) {
        #expect(DueText.date(text, year: 2026) == DateText.date(expected))
    }

    @Test("an impossible day is no date")
    func impossibleDay() {
        #expect(WrittenDate.find(in: "Feb 30, 2026") == nil)
        #expect(WrittenDate.find(in: "Ship 3 features in 2026") == nil)
    }

    @Test("a roadmap item due on a written day is planned for that day's quarter")
    func roadmapDueDay() {
        let (roadmap, diagnostics) = self.roadmap("""
            # Platform roadmap

            ## Now

            ### Staging mirror
            - Due: Jul 31st, 2025

            ### Nightly profiles
            - Target date: 3 October 2025

            ### Runbook
            - ETA: September 3, 2025

            ## Next

            - **Alerting**: Dec 1st, 2025
            """)
        #expect(roadmap.items.map(\.title) == ["Staging mirror", "Nightly profiles", "Runbook", "Alerting"])
        #expect(roadmap.items.map(\.period) == ["2025-Q3", "2025-Q4", "2025-Q3", "2025-Q4"])
        #expect(roadmap.items.map(\.metadata.due) == ["Jul 31st, 2025", "3 October 2025", "September 3, 2025", "Dec 1st, 2025"])
        #expect(!diagnostics.contains { $0.code == .invalidValue })
    }

    @Test("the year of a day in a key result is no target")
    func dayInKeyResult() {
        let (file, diagnostics) = objectives("""
            ## Ship the gateway

            - [ ] Write the runbook by July 15, 2025
            - [ ] Publish the profiles before 1 August 2025
            - [ ] Mirror 40 services by Jul 31st, 2025, now 10
            """)
        // The open boxes are 0 done; the year is not a target without a current value, so nothing is unread.
        #expect(file.objectives.first?.keyResults.map(\.progress) == [0, 0, 0.25])
        #expect(!diagnostics.contains { $0.code == .progressUnread })
    }

    // MARK: Priority markers

    @Test("a key result's P0–P4 marker is its priority, not its words or a figure")
    func priorityMarkers() throws {
        let (file, diagnostics) = objectives("""
            ## Ship the gateway

            Key results:

            - P0 - Ship the staging mirror
            - P1: Publish nightly profiles, 3/4 nodes
            - [P2] Write the runbook
            - **P0** - Traffic is mirrored
            - (P3) Retire the old proxy
            - Document the gateway (P1)
            - P2P sync works between two nodes
            """)
        let results = try #require(file.objectives.first?.keyResults)
        #expect(results.map(\.priority) == ["P0", "P1", "P2", "P0", "P3", "P1", nil])
        #expect(results.map(\.text) == ["Ship the staging mirror", "Publish nightly profiles, 3/4 nodes", "Write the runbook",
                                        "Traffic is mirrored", "Retire the old proxy", "Document the gateway",
                                        "P2P sync works between two nodes"])
        #expect(results[1].progress == 0.75)
        // The body (what the page shows and inference reads as written) keeps the marker.
        #expect(file.objectives.first?.body.contains("P0 - Ship the staging mirror") == true)
        #expect(diagnostics.isEmpty)
    }

    // MARK: Deliverables

    @Test("an objective's \"What we'll ship\" list is its key results when it has no others", arguments: [
        "What we'll ship:", "**What we will ship**", "Deliverables:", "What we’re going to build this quarter:", "Key deliverables:",
    ])
    func deliverables(label: String) {
        let (file, _) = objectives("""
            # Product team plan

            ## Make onboarding self-serve

            New teams should not need a call to start.

            \(label)

            - A setup wizard
            - Sample projects, 2/4 written
            """)
        #expect(file.objectives.first?.keyResults.map(\.text) == ["A setup wizard", "Sample projects, 2/4 written"])
        #expect(file.objectives.first?.keyResults.last?.progress == 0.5)
    }

    @Test("deliverables stay details beside key results, and a deliverables heading is no initiative")
    func deliverablesBesideKeyResults() throws {
        let (file, _) = objectives("""
            # Product team plan

            ## Make onboarding self-serve

            Key results:

            - Half of new teams start without a call

            What we'll ship:

            - A setup wizard

            ## Faster builds

            ### What we'll ship

            - A shared build cache
            - Split test jobs

            ### Caching

            Reuse the toolchain between runs.
            """)
        let first = try #require(file.objectives.first)
        #expect(first.keyResults.map(\.text) == ["Half of new teams start without a call"])
        let second = try #require(file.objectives.last)
        #expect(second.keyResults.map(\.text) == ["A shared build cache", "Split test jobs"])
        #expect(second.initiatives.map(\.title) == ["Caching"])
    }

    @Test("a roadmap item's Deliverables list stays its own items' business: roadmaps are unchanged")
    func roadmapDeliverables() {
        let (roadmap, _) = self.roadmap("""
            # Roadmap

            ## Now

            ### Deliverables

            - **Setup wizard.** Start without a call.
            - **Build cache.** Shared between runs.
            """)
        #expect(roadmap.items.map(\.title) == ["Setup wizard", "Build cache"])
    }

    // MARK: Fifth round: a support team's OKR plans, a working group's milestones

    @Test("an objective a paragraph announces, its key results after a sentence that announces them, its summary not objectives")
    func announcedObjective() throws {
        let (file, diagnostics) = objectives("""
            # Q4 support plan

            Our objective this quarter was to:

            **Make every case feel effortless while keeping healthy work habits.**

            We measured this via the following key results:

            - Honor our principles on 95% of reviewed cases, now 96%
            - Every engineer takes a focus day each week

            Here is the end of quarter summary:

            - We honored the principles on 96% of cases.
            - Focus days held 80% of the time.
            """, path: "objectives/2025-Q4-plan.md")
        #expect(file.objectives.map(\.title) == ["Make every case feel effortless while keeping healthy work habits"])
        let results = try #require(file.objectives.first?.keyResults)
        #expect(results.map(\.text) == ["Honor our principles on 95% of reviewed cases, now 96%", "Every engineer takes a focus day each week"])
        #expect(!diagnostics.contains { $0.code == .noObjectives })
    }

    @Test("a sentence that announces key results labels the list after it", arguments: [
        "We measured this via the following key results:", "We will measure success with these key results:",
        "Progress is tracked by the following key results:",
    ])
    func announcingLabel(label: String) {
        #expect(KeyResultLabel.role(of: label) == .keyResults)
    }

    @Test("prose that mentions key results is no label")
    func notALabel() {
        #expect(KeyResultLabel.role(of: "Key results should be ambitious but achievable, and we review them every month with these key results in mind:") == nil)
        #expect(KeyResultLabel.role(of: "Read about key results:") == nil)
    }

    @Test("an OKR plan's task details, progress update and final summary are its report, not objectives")
    func reportSections() {
        let (file, _) = objectives("""
            # Support OKRs

            ## Resolve every case within a week

            - Owner: Ada

            ## Task details

            ### 1 Case reviews

            Peer and manager reviews of open cases.

            ## Progress update

            Halfway there.

            ## Final summary

            Most of it shipped.
            """)
        #expect(file.objectives.map(\.title) == ["Resolve every case within a week"])
    }

    @Test("a list item that is only a period label holds that period's items")
    func periodLabelledItems() {
        let (roadmap, diagnostics) = self.roadmap("""
            # Working group milestones

            ## Key milestones

            1. **May:**
               * Draft the communications plan
               * Publish the glossary for review
            2. **June:**
               * Map the current state
            3. **Q3 2025:**
               * Publish the first roadmap proposal
            """)
        #expect(roadmap.items.map(\.title) == ["Draft the communications plan", "Publish the glossary for review", "Map the current state",
                                               "Publish the first roadmap proposal"])
        #expect(roadmap.items.map(\.period) == ["May", "May", "June", "2025-Q3"])
        #expect(!diagnostics.contains { $0.code == .noRoadmapItems })
    }

    @Test("a deliverable's specification is one objective: its summary, design, planning and log sections are parts of it")
    func specificationDocument() throws {
        let (file, diagnostics) = objectives("""
            ---
            description: Ship a basic search page behind a flag.
            ---

            # Search page

            ## Summary details

            The deliverable in one table.

            ## Overview

            ### Business value

            #### Goals

            * Connect the site to the API in production
            * Learn from a few users before scaling

            ## Technical description

            ### Build the page

            Filters and sorting.

            ### Definition of done

            #### Must have

            * [x] Code is deployed to production
            * [ ] Metrics are captured

            ## Planning

            ### Open questions

            Who reviews the design?

            ## Logs

            ### Change log

            First draft.
            """, path: "objectives/2024-Q2/search-page.md")
        #expect(file.objectives.map(\.title) == ["Search page"])
        // "#### Must have" is still under "### Definition of done": a checklist of work, not key results.
        #expect(file.objectives.first?.keyResults.isEmpty == true)
        #expect(!diagnostics.contains { $0.severity == .error })
    }

    @Test("a heading under a checklist heading keeps it a checklist; under a key-results heading, key results")
    func nestedHeadingRole() throws {
        let (file, _) = objectives("""
            ## Launch the site

            ### Details

            #### Key results

            ##### Traffic

            - 1,000 weekly visitors, now 400

            #### Definition of done

            ##### Must have

            - [x] Deployed
            """)
        #expect(file.objectives.first?.keyResults.map(\.text) == ["1,000 weekly visitors, now 400"])
    }
}
