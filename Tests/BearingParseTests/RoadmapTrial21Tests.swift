import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// Roadmaps, priority references and files as a new user's twenty-first trial wrote them: lists named by a short label
/// line, priorities labelled "O1:", pillar-named objectives under a team heading, per-quarter bullets and period
/// headings with the months they span, and a UTF-16 file.
@Suite("Roadmaps and references: a new user's trial (21)")
struct RoadmapTrial21Tests {
    func items(_ body: String) -> [RoadmapItem] {
        RoadmapParser().parse(read("# Roadmap\n\n\(body)\n", path: "roadmaps/roadmap.md")).0.items
    }

    // MARK: F8, a list named by a short label line

    @Test("a short line over each list names its group, and the listed work is the items")
    func labelLinesOverLists() {
        let found = items("""
            ## 2025 H1

            ### Broker

            #### feat

            MQTT
            1. Offline messages
            2. Data integration

            Dashboard
            1. Dashboard framework
            """)
        #expect(found.map(\.title) == ["Offline messages", "Data integration", "Dashboard framework"])
        #expect(found.map(\.group) == ["Broker / feat / MQTT", "Broker / feat / MQTT", "Broker / feat / Dashboard"])
        #expect(found.allSatisfy { $0.period == "2025-H1" })
    }

    @Test("labels ending in a colon, full-width too, name their lists when the lists are divided by them")
    func colonLabels() {
        let found = items("""
            ## Now

            ### Tooling

            Cli:
            - Cli tool

            集群模式：
            - 集群模式扩展
            """)
        #expect(found.map(\.title) == ["Cli tool", "集群模式扩展"])
        #expect(found.map(\.group) == ["Tooling / Cli", "Tooling / 集群模式"])
    }

    @Test("a lone lead-in with a colon introduces its list, and a sentence above a list keeps the heading one item")
    func leadInsAndProseStay() {
        let leadIn = items("## Now\n\n### Tooling\n\nWe're:\n- Shipping the CLI\n- Writing docs")
        #expect(leadIn.map(\.title) == ["Shipping the CLI", "Writing docs"])
        #expect(leadIn.allSatisfy { $0.group == "Tooling" })
        let prose = items("## Now\n\n### Faster sync\n\nSync takes too long today.\n- Profile the client\n- Cache the index")
        #expect(prose.map(\.title) == ["Faster sync"])
        // One short line over one list leads it in, as a sentence does: it names no group of its own.
        let lone = items("## Now\n\n### Faster sync\n\nDetails\n- Profile the client\n- Cache the index")
        #expect(lone.map(\.title) == ["Faster sync"])
    }

    // MARK: F32, per-quarter bullets and period headings with their months

    @Test("a bold period lead with its months and a plan word is the item's period; the words after it its title")
    func periodLeadIsNoTitle() {
        let found = items("""
            ## VA.gov Profile: Preferred medical facility

            - **Q2 2021 (April – June) goal**: Design, research, begin build
            - **Q3 2021 (July - September) goal**: Launch preferred medical facility functionality
            """)
        #expect(found.map(\.title) == ["Design, research, begin build", "Launch preferred medical facility functionality"])
        #expect(found.map(\.period) == ["2021-Q2", "2021-Q3"])
    }

    @Test("an H3 naming a quarter, its months and a plan word sets its items' period")
    func periodHeadingWithMonths() throws {
        let item = try #require(items("""
            ## My VA

            ### Q2 2021 (April – June) goals

            - **My VA 2.0 redesign**: Finish build; QA; VSP reviews; UAT; Begin phased launch
            """).first)
        #expect(item.title == "My VA 2.0 redesign")
        #expect(item.period == "2021-Q2")
    }

    @Test("the time part of a period with an aside", arguments: [
        ("Q2 2021 (April – June) goal", "Q2 2021"), ("Q3 2021 (July - September) goals", "Q3 2021"), ("H1 2025 milestones", "H1 2025"),
    ])
    func withAside(text: String, time: String) {
        #expect(WhenText.withAside(text) == time)
    }

    @Test("a text that says more than a time and its aside is none", arguments: [
        "Q2 2021", "Q2 2021 (the launch) goal", "Launch goal", "Q2 2021 launch plans",
    ])
    func notWithAside(text: String) {
        #expect(WhenText.withAside(text) == nil)
    }

    // MARK: F29, a team roadmap's dates and its own priorities

    @Test("a launch or completion date column is when the item was due, so it has a period")
    func completionDateColumn() {
        let found = items("""
            ## Completed projects

            |Project|Launch/Completion date|
            |---|---|
            |Direct deposit|December 19, 2022|
            |Notification settings|Completed August 2021|
            """)
        #expect(found.map(\.title) == ["Direct deposit", "Notification settings"])
        #expect(found.map(\.period) == ["2022-Q4", "August 2021"])
        #expect(found.allSatisfy { $0.metadata.status == .done })
    }

    @Test("column names ending in 'date' after a word for delivery are the due date", arguments: [
        "Launch date", "Completion date", "Launch/Completion date", "Release date", "Go live date", "Ship date",
    ])
    func deliveryDateKeys(key: String) {
        #expect(MetadataKey(spelling: key) == .due)
    }

    @Test("other dates are not the due date", arguments: ["Update date", "Date", "Review date"])
    func otherDateKeys(key: String) {
        #expect(MetadataKey(spelling: key) != .due)
    }

    @Test("a roadmap's own Priorities section is shown with it, with a note, and is no lane of items")
    func ownPrioritiesSection() throws {
        let (roadmap, diagnostics) = RoadmapParser().parse(read("""
            # My VA roadmap

            ## Priorities

            1. Elevate action items on My VA
            2. Show benefit status

            ## Current projects

            - My VA audit
            """, path: "roadmaps/my-va.md"))
        #expect(roadmap.items.map(\.title) == ["My VA audit"])
        #expect(roadmap.lanes.map(\.title) == ["Current projects"])
        let note = try #require(diagnostics.first { $0.code == .skippedSection })
        #expect(note.severity == .note)
        #expect(note.location.line == 3)
        #expect(roadmap.notes.contains { if case .list = $0.kind { true } else { false } })
    }

    @Test("a period's priorities stay a lane", arguments: ["## Q3 priorities", "## Priorities for 2027"])
    func periodPrioritiesStayALane(heading: String) {
        #expect(!RoadmapHeading.isOwnPriorities(String(heading.dropFirst(3))))
    }

    // MARK: F1, priorities labelled "O1:"

    static let codedStrategy = """
        # Strategy

        ## Priorities

        ### O1: Our digital experiences are the best way to access VA health care and benefits.

        1. CSAT (customer satisfaction) for our web products have increased by 5 points.
        2. Number of transactions processed using our products have increased by 25%.

        ### O2: Our platforms are the best way to deliver products at VA.

        1. Our platforms measure and improve the satisfaction of their internal users.
        """

    @Test("a priority's heading code names it, and the code with a part's number names that part")
    func codedPriorities() {
        let plan = loadWorkspace(["strategy.md": Self.codedStrategy, "objectives/2026-Q4.md": """
            # Q4 2026

            ## Create greater cohesion among logged-in tools

            Priorities: O1

            ## Support the OCTO OKRs

            Priorities: O1.2

            ## Platform satisfaction

            Priorities: o2.1
            """])
        #expect(plan.errors.isEmpty, "\(plan.errors)")
        let linked = Dictionary(uniqueKeysWithValues: plan.objectives.map { ($0.title, $0.resolved.priorities) })
        #expect(linked["Create greater cohesion among logged-in tools"] == ["our-digital-experiences-are-the-best-way-to"])
        #expect(linked["Support the OCTO OKRs"] == ["number-of-transactions-processed-using-our-products-have"])
        #expect(linked["Platform satisfaction"] == ["our-platforms-measure-and-improve-the-satisfaction-of"])
    }

    @Test("a code with a part's number that fits nothing does not propose the priority its number names")
    func codedMissProposesNoOtherNumber() throws {
        let plan = loadWorkspace(["strategy.md": Self.codedStrategy, "objectives/2026-Q4.md": "# Q4 2026\n\n## Support\n\nPriorities: X1.2\n"])
        let error = try #require(plan.diagnostics.first { $0.code == .unresolvedReference })
        #expect(!error.message.contains("our-platforms-are-the-best-way-to-deliver"), "\(error.message)")
    }

    // MARK: F10, a team heading over pillar-named objectives

    @Test("a heading over headings that each hold a table of key results is their team; they are the objectives")
    func teamOverObjectiveTables() {
        let plan = loadWorkspace(["strategy.md": minimalStrategy, "objectives/2026-Q4.md": """
            ## OKRs

            ### Platform

            #### Stability

            | KR | Current |
            |---|---|
            | Zero app store rejections | 0 |

            #### Productivity

            | KR | Current |
            |---|---|
            | New devs are up and running by the end of their first sprint | 100% |

            ### VA H&B App

            #### Retention

            | KR | Current |
            |---|---|
            | Increase 30 day retention by 10% | 68% |
            """])
        #expect(plan.objectives.map(\.title) == ["Stability", "Productivity", "Retention"])
        #expect(plan.objectives.map(\.metadata.team) == ["Platform", "Platform", "VA H&B App"])
        #expect(plan.objectives.map(\.keyResults.count) == [1, 1, 1])
    }

    @Test("an objective whose one part is a key-results table under its own heading stays one objective")
    func keyResultsHeadingStaysAPart() {
        let plan = loadWorkspace(["strategy.md": minimalStrategy, "objectives/2026-Q4.md": """
            ## OKRs

            ### Ship the platform

            We move every team onto it.

            #### Key results

            | KR | Current |
            |---|---|
            | Teams moved | 3 of 5 |
            """])
        #expect(plan.objectives.map(\.title) == ["Ship the platform"])
        #expect(plan.objectives.first?.keyResults.count == 1)
    }

    // MARK: F23, UTF-16

    @Test("a UTF-16 file with a byte-order mark is read, with a warning that says what it is", arguments: [String.Encoding.utf16LittleEndian, .utf16BigEndian])
    func utf16(encoding: String.Encoding) throws {
        let text = "## Q3 2026\n\n### Improve onboarding\n\n- [ ] 10 new members\n"
        let mark: [UInt8] = encoding == .utf16LittleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]
        let data = Data(mark) + (try #require(text.data(using: encoding)))
        let plan = loadWorkspace(data: ["strategy.md": Data("# S\n\n## Priorities\n\n1. **Onboarding**\n".utf8), "objectives/okrs.md": data])
        #expect(plan.objectives.map(\.title) == ["Improve onboarding"])
        #expect(!plan.codes.contains(.binaryFile))
        let warning = try #require(plan.diagnostics.first { $0.code == .utf16File })
        #expect(warning.severity == .warning)
        #expect(warning.location.path == "objectives/okrs.md")
        #expect(warning.fix?.contains("UTF-8") == true)
    }
}
