import Testing
@testable import BearingModel
@testable import BearingParse

/// Statuses written where people write them (trial 21, F21 and F25): a label over a list ("🔧 **In Progress**",
/// "Completed:", "### In progress") and a status beside an item's name in its heading ("### Faster sync (done)",
/// "### Search | DONE", "## Cut latency — at risk").
@Suite("Statuses written over lists and in headings")
struct StatusWhereWrittenTests {
    func roadmap(_ body: String) -> [RoadmapItem] {
        RoadmapParser().parse(read("# Roadmap\n\n\(body)\n", path: "roadmaps/roadmap.md")).0.items
    }

    func objectives(_ body: String) -> [Objective] {
        ObjectivesParser().parse(read("# Objectives 2026-Q3\n\n\(body)\n", path: "objectives/2026-Q3.md")).0.objectives
    }

    // MARK: F21, a status label over a list

    @Test("a status label over a list sets its items' status; an unticked box under 'In progress' is in progress")
    func labelsOverRoadmapLists() {
        let found = roadmap("""
            ## 2025 Q3

            ✅ **Completed**
            - [x] Plugin system

            🔧 **In Progress**
            - [ ] Developer documentation
            - Sandbox mode

            **In progress:**

            - [ ] CI/CD pipeline integration

            **Next up**

            - Offline mode

            Blocked:
            - [ ] Billing export
            """)
        #expect(found.map(\.title) == ["Plugin system", "Developer documentation", "Sandbox mode", "CI/CD pipeline integration",
                                       "Offline mode", "Billing export"])
        #expect(found.map(\.metadata.status) == [.done, .onTrack, .onTrack, .onTrack, .notStarted, .offTrack])
        #expect(found.dropFirst().allSatisfy { $0.statusFrom == .leadIn })
        #expect(found.allSatisfy { $0.group == nil })
    }

    @Test("an item that states its own status keeps it under a label: a ticked box, a status symbol, its own Status:")
    func ownStatusWins() {
        let found = roadmap("""
            ## Now

            🔧 **In Progress**
            - [x] Shipped already
            - 🔴 Payments rework
            - Search
              - Status: at risk
            """)
        #expect(found.map(\.metadata.status) == [.done, .offTrack, .atRisk])
    }

    @Test("a status heading over a list in a lane sets its items' status, its unticked boxes included")
    func statusGroupHeadings() {
        let found = roadmap("""
            ## 2025 Q3

            🔧 **In Progress**
            - [ ] Developer documentation

            ### In progress

            - [ ] Release notes
            - [ ] Changelog page

            ### Planned

            - Offline mode
            """)
        #expect(found.map(\.metadata.status) == [.onTrack, .onTrack, .onTrack, .notStarted])
        #expect(found.map(\.group) == [nil, "In progress", "In progress", "Planned"])
        #expect(found.dropFirst().allSatisfy { $0.statusFrom == .group })
    }

    @Test("an emoji status label over lists makes a heading a group of its items, not one item with details")
    func emojiLabelsMakeAGroup() {
        let found = roadmap("""
            ## 2025 Q3

            ### Sync

            ✅ **Completed**
            - Retry queue

            🔧 **In Progress**
            - [ ] Conflict resolution
            """)
        #expect(found.map(\.title) == ["Retry queue", "Conflict resolution"])
        #expect(found.map(\.metadata.status) == [.done, .onTrack])
    }

    @Test("a line that is not only a status phrase labels nothing", arguments: ["**Done right**", "**Onboarding**", "🚀 **Launch plan**"])
    func notStatusLabels(_ label: String) {
        let found = roadmap("## Now\n\n\(label)\n- [ ] Write the guide\n- Polish the tour")
        #expect(found.map(\.metadata.status) == [.notStarted, nil], "\(label)")
    }

    @Test("status labels and headings inside an objective set its key results' status; their own boxes win")
    func labelsOverKeyResults() {
        let found = objectives("""
            ## Make sync reliable

            🔧 **In Progress**
            - [ ] Sync errors under 1%
            - [x] Conflicts resolved automatically

            **Done**
            - [x] Retry queue shipped
            - [ ] Backoff tuned

            ### At risk

            - [ ] Offline edits merged
            """)
        let results = found.first?.keyResults ?? []
        #expect(results.map(\.text) == ["Sync errors under 1%", "Conflicts resolved automatically", "Retry queue shipped", "Backoff tuned",
                                        "Offline edits merged"])
        #expect(results.map(\.status) == [.onTrack, nil, .done, nil, .atRisk])
        #expect(results.map(\.done) == [false, true, true, false, false])
    }

    @Test("key results under 'Key results' and then a status label stand as the label says")
    func labelAfterKeyResultsLabel() {
        let found = objectives("""
            ## Grow the community

            **Key results:**

            ✅ **Completed**
            - Discord launched
            """)
        let result = found.first?.keyResults.first
        #expect(result?.text == "Discord launched")
        #expect(result?.status == .done)
        #expect(result?.done == true)
    }

    @Test("in an objectives file a status label over a list of objectives is no objective; the objectives stand as it says")
    func labelsOverObjectiveLists() {
        let found = ObjectivesParser().parse(read("""
            # Q3 OKRs

            ## Objectives

            **In progress**

            1. Ship the web app
               - 500 signups, now 100
            2. Fix billing
               - Refund rate under 1%

            ✅ **Done**

            3. Hire an engineer
               - Engineer hired
            """, path: "objectives/2026-Q3.md")).0.objectives
        #expect(found.map(\.title) == ["Ship the web app", "Fix billing", "Hire an engineer"])
        #expect(found.map(\.metadata.status) == [.onTrack, .onTrack, .done])
    }

    @Test("a status heading over objective headings is no objective and no aside; the objectives under it stand as it says")
    func statusHeadingsOverObjectives() {
        let (file, diagnostics) = ObjectivesParser().parse(read("""
            # Q4 OKRs

            ## In progress

            ### Ship the mobile app
            - [ ] 1,000 installs

            ### Grow revenue

            Status: at risk

            - [ ] $10k MRR

            ## Done

            ### Hire a designer
            - [x] Designer hired
            """, path: "objectives/2026-Q4.md"))
        #expect(file.objectives.map(\.title) == ["Ship the mobile app", "Grow revenue", "Hire a designer"])
        #expect(file.objectives.map(\.metadata.status) == [.onTrack, .atRisk, .done])
        #expect(!diagnostics.contains { $0.code == .skippedSection })
    }

    // MARK: F25, a status beside the name in a heading

    @Test("a status set off beside a roadmap heading's name is its status, and the title is the plain name", arguments: [
        ("Faster sync (done)", "Faster sync", Status.done), ("Search | DONE", "Search", .done), ("Billing — at risk", "Billing", .atRisk),
        ("Search [Completed]", "Search", .done), ("[DONE] Roadmap as CSV", "Roadmap as CSV", .done),
        ("Roadmap as XLS — TODO", "Roadmap as XLS", .notStarted), ("Offline mode - in progress", "Offline mode", .onTrack),
    ])
    func roadmapHeadingStatus(_ heading: String, _ title: String, _ status: Status) {
        let found = roadmap("## Q4 2023\n\n### \(heading)\n\nThe work.")
        #expect(found.map(\.title) == [title])
        #expect(found.map(\.metadata.status) == [status])
        #expect(found.map(\.id) == ["roadmap/\(Slug.make(title))"])
    }

    @Test("status words inside a name stay its words", arguments: [
        "Done right", "Make onboarding done in a day", "Risk register", "Pricing (new)", "Vendors (TBD)", "Compliance - Risk",
    ])
    func noFalseStatus(_ heading: String) {
        let found = roadmap("## Q4 2023\n\n### \(heading)\n\nThe work.")
        #expect(found.map(\.title) == [heading])
        #expect(found.map(\.metadata.status) == [nil])
    }

    @Test("an objective heading's status beside its name is its status; the title and id are the plain name")
    func objectiveHeadingStatus() {
        let found = objectives("""
            ## Ship runbooks (done)
            - [ ] Runbooks for 10 alerts

            ## Cut latency — at risk
            - [ ] p95 under 200ms

            ## Done right
            - [ ] Quality bar written

            ## Risk register
            - [ ] 5 risks listed
            """)
        #expect(found.map(\.title) == ["Ship runbooks", "Cut latency", "Done right", "Risk register"])
        #expect(found.map(\.id) == ["2026-q3/ship-runbooks", "2026-q3/cut-latency", "2026-q3/done-right", "2026-q3/risk-register"])
        #expect(found.map(\.metadata.status) == [.done, .atRisk, nil, nil])
        // A link or reference written with the heading as it was still finds it.
        #expect(found.first?.aliases.contains("2026-q3/ship-runbooks-done") == true)
        let labelled = objectives("## Objective 1: Ship it\n- [ ] Shipped\n\n## Objective 2: Grow usage [Completed]\n- [ ] 100 users")
        #expect(labelled.map(\.title) == ["Ship it", "Grow usage"])
        #expect(labelled.map(\.metadata.status) == [nil, .done])
    }
}
