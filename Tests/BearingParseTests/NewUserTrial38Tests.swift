import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// A new user's thirty-eighth trial: the `memory-bank/progress.md` an assistant keeps for its project (Cline's memory
/// bank: "What Works", "What's Left to Build" with `- [x] **Task 1.1**: …` tasks under phase headings, phases closed by
/// `- **Status**: Complete` and `- **Time**: ~2 hours`), and a web3 project's roadmap table with separate Year and
/// Quarter columns and an alarm clock for work that is scheduled.
@Suite("Real planning files: a new user's trial (38)")
struct NewUserTrial38Tests {
    func roadmap(_ markdown: String, path: String = "roadmaps/progress.md") -> (Roadmap, [Diagnostic]) {
        RoadmapParser().parse(read(markdown, path: path))
    }

    /// A memory bank's progress file: tasks whose bold lead is only their number, the title after the colon.
    static let progress = """
        # Progress: Recipe Box

        ## What's Left to Build

        #### Phase 1: Foundation (Tasks 1.0) - 100% Complete ✅
        - [x] **Task 1.1**: Project initialization with the web template
        - [x] **Task 1.2**: Database schema for recipes and tags
        - [ ] **Task 1.3**: Sign-in with e-mail links

        #### Phase 2: Sharing (Tasks 2.0) - 0% Complete
        - [ ] **Task 2.1**: Share a recipe by link
        - [ ] **Step 2.2**: Print view for a shared recipe
        """

    @Test("a bold task number before the colon is the task's number, not its title: the words after it are")
    func boldTaskNumber() {
        let (roadmap, _) = roadmap(Self.progress)
        let titles = roadmap.items.map(\.title)
        #expect(titles == ["Project initialization with the web template", "Database schema for recipes and tags",
                           "Sign-in with e-mail links", "Share a recipe by link", "Print view for a shared recipe"])
        let first = roadmap.items.first
        #expect(first?.metadata.custom.contains(CustomField(key: "Task", value: "1.1")) == true)
        #expect(first?.metadata.status == .done)
        #expect(roadmap.items.last?.metadata.custom.contains(CustomField(key: "Step", value: "2.2")) == true)
        // `Depends on: Task 1.1` still finds the task by its number, as it found the title "Task 1.1" before.
        #expect(ReferenceAlias.writtenTitle(first?.title ?? "", metadata: first?.metadata ?? Metadata())
                == "Task 1.1: Project initialization with the web template")
    }

    /// The memory bank's phase list: each phase a heading over what it covers, then its status and the time it took.
    static let phases = """
        # Progress: Recipe Box

        ## Implementation Phases

        ### Phase 1: Foundation ✅ COMPLETE
        - PR #1: Project setup and the first screen
        - **Status**: Complete
        - **Time**: ~2 hours

        ### Phase 2: Sharing (Pending)
        - PR #2-3: Share links and the print view
        - **Status**: Pending
        - **Time**: ~4 hours estimated
        """

    @Test("a phase closed by its status and the time it took is one item, not items titled Status and Time")
    func phaseClosedByStatusAndTime() {
        let (roadmap, diagnostics) = roadmap(Self.phases)
        #expect(roadmap.items.map(\.title) == ["Foundation", "Sharing"])
        #expect(roadmap.items.map(\.metadata.status) == [.done, .notStarted])
        #expect(roadmap.items.first?.body.contains("PR #1: Project setup") == true)
        #expect(!diagnostics.contains { $0.message.contains("Time") })
    }

    @Test("a Time bullet whose value is no duration closes no phase: the entries stay items")
    func timeWithoutDuration() {
        let (roadmap, _) = roadmap("""
            # Conference plan

            ## Sessions

            ### Day 1
            - Keynote on open data
            - **Status**: Confirmed
            - **Time**: after lunch
            """)
        #expect(roadmap.items.count == 3)
    }

    /// A roadmap table with the year and the quarter in two columns, and ⏰ for work that is scheduled.
    static let yearQuarter = """
        # Roadmap

        | Specification | Year | Quarter | Status |
        | ------------- | ---- | ------- | ------ |
        | Research | 2023 | Q2 | ✅ |
        | Partner keys | 2024 | Q1 | ⏰ |
        | SDK | 2024 | | ⏰ |
        """

    @Test("Year and Quarter columns are one period; the year is no unknown key; ⏰ is work not started")
    func yearAndQuarterColumns() {
        let (roadmap, diagnostics) = roadmap(Self.yearQuarter, path: "roadmaps/roadmap.md")
        let periods = Dictionary(uniqueKeysWithValues: roadmap.items.map { ($0.title, $0.period) })
        #expect(periods == ["Research": "2023-Q2", "Partner keys": "2024-Q1", "SDK": "2024"])
        let statuses = Dictionary(uniqueKeysWithValues: roadmap.items.map { ($0.title, $0.metadata.status) })
        #expect(statuses == ["Research": .done, "Partner keys": .notStarted, "SDK": .notStarted])
        #expect(diagnostics.isEmpty, "\(diagnostics)")
    }

    @Test("a Year column alone gives the row's year; a date column with its own year keeps it")
    func yearColumnAlone() {
        let (roadmap, diagnostics) = roadmap("""
            # Roadmap

            | Feature | Year | Status |
            |---|---|---|
            | Mobile app | 2027 | Planned |

            | Feature | Year | Date |
            |---|---|---|
            | Web app | 2027 | 2026-03-01 |
            """, path: "roadmaps/roadmap.md")
        let periods = Dictionary(uniqueKeysWithValues: roadmap.items.map { ($0.title, $0.period) })
        #expect(periods == ["Mobile app": "2027", "Web app": "2026-Q1"])
        #expect(diagnostics.isEmpty, "\(diagnostics)")
    }

    /// A release roadmap's introduction names its release cycles before the sections that detail them.
    static let cycles = """
        # Roadmap

        Our roadmap has three release cycles, each named after a galaxy.

        1. **Genesis**: The birth of the platform, a stage of testing and refining.
        2. **Galactica**: The expansion phase, where the network opens to the public.
        3. **Triangulum**: Integrations with machine learning tools.

        ## Release cycles

        ### Genesis (v0.1 - H1 2024)

        The platform's launch, with alpha and beta stages.

        ### Galactica (v1.0 - H1 2025)

        The main grid goes live.

        ### Triangulum (v1.X - H2 2025)

        Connectors for the main machine learning libraries.
        """

    @Test("an introduction whose bold leads name the sections below is no list of unread items")
    func introductionNamesSections() {
        let (roadmap, diagnostics) = roadmap(Self.cycles, path: "roadmaps/roadmap.md")
        #expect(roadmap.items.map(\.title) == ["Genesis", "Galactica", "Triangulum"])
        #expect(!diagnostics.contains { $0.code == .unreadRoadmapItems }, "\(diagnostics)")
        // A bold list before the lanes that names no section is still said to be unread.
        let (_, other) = self.roadmap(Self.cycles.replacingOccurrences(of: "**Triangulum**:", with: "**Whirlpool**:"),
                                 path: "roadmaps/roadmap.md")
        #expect(other.contains { $0.code == .unreadRoadmapItems })
    }

    /// A memory bank's progress summary: ✅ done, 🚧 in progress, ❌ not yet started.
    static let summary = """
        # Progress & Status: Recipe Box

        ## ✅ What Works / What is Done

        -   **Recipe import:** Paste a link and the recipe is read.

        ## 🚧 What is In Progress / Partially Implemented

        -   **Sharing:** Links work, permissions are next.

        ## ❌ What is Not Yet Started / Known Issues

        -   **Thorough Testing:** No end-to-end tests yet.
        -   **UI Polish:** Spacing and colours.

        ## ❌ Not doing

        -   **Desktop app:** The web app is enough.
        """

    @Test("a cross beside words that say the work is still to do is work not started, not dropped")
    func crossOverWorkToDo() {
        let (roadmap, _) = roadmap(Self.summary)
        #expect(roadmap.items.map(\.title) == ["Recipe import", "Sharing", "Thorough Testing", "UI Polish", "Desktop app"])
        #expect(roadmap.items.map(\.metadata.status) == [.done, .onTrack, .notStarted, .notStarted, .dropped])
    }
}
