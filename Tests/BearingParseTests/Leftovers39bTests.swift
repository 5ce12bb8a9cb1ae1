import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// The helpers' leftovers of session 38, in the real files' shapes with made-up content (a recipe app): a roadmap's
/// lanes by runs of years, a memory bank's half-filled task boxes, a docs site's releases each over one bullet of
/// prose, and a goals list that restates the objective headings under it with their owners.
@Suite("Leftovers of session 38 (39b)")
struct Leftovers39bTests: TwoPriorityTrial {
    @Test("a lane of several years plans its items for all of them, not for the first", arguments: [
        ("2027–2028", "2027-2028"), ("2027 - 2029", "2027-2029"), ("2029", "2029"), ("2027-28", "2027-28"),
    ])
    func multiYearLanes(written: String, period: String) {
        let plan = load(["roadmaps/plan.md": "# Digital services roadmap\n\n## \(written)\n\n- **Single sign-on**: one login for every service.\n"])
        let items = plan.roadmaps.flatMap(\.items)
        #expect(items.map(\.period) == [period], "\(items.map(\.period))")
        #expect(plan.roadmaps.first?.lanes.first?.period == period)
    }

    /// Cline's memory bank `progress.md`, as GeniusReads writes it: a phase's tasks with `[~]` for one skipped.
    static let progress = """
        # Progress: RecipeBox

        ## What's Left to Build 📋

        #### Phase 1: Foundation (Tasks 1.0) - 100% Complete ✅
        - [x] **Task 1.1**: Project initialization with the app template
        - [~] **Task 1.2**: TypeScript strict mode (SKIPPED - current config sufficient)

        #### Phase 2: Sync (Tasks 2.0) - 0% Complete
        - [ ] **Task 2.1**: Sync engine with conflict resolution
        - [~] **Task 2.2**: Background sync worker
        """

    @Test("`[~]` is a box: work under way, or let go when its words say it was skipped or superseded")
    func halfFilledBoxes() {
        let plan = load(["roadmaps/progress.md": Self.progress])
        let items = plan.roadmaps.flatMap(\.items)
        #expect(items.map(\.title) == ["Project initialization with the app template", "TypeScript strict mode (SKIPPED - current config sufficient)",
                                       "Sync engine with conflict resolution", "Background sync worker"], "\(items.map(\.title))")
        #expect(items.map(\.metadata.status) == [.done, .dropped, .notStarted, .onTrack], "\(items.map(\.metadata.status))")
        #expect(!items.contains { $0.title.contains("[~]") })
    }

    @Test("a key result with `[~]` is under way, not a title starting \"[~]\"")
    func halfFilledKeyResult() {
        let plan = load(["objectives/2027-Q1.md": "## Grow sharing\n\n- [~] 30% of cooks share a recipe\n- [x] Share page live\n"])
        let results = plan.objectives.flatMap(\.keyResults)
        #expect(results.first?.text.hasPrefix("30% of cooks") == true, "\(results.map(\.text))")
    }

    /// A docs site's roadmap (Epicentral Labs): months in `<details>`, a release label over one bullet of prose, and
    /// a release over its features.
    static let releases = """
        # Roadmap

        ## Q3 - 2027

        <details>
          <summary>July 2027</summary>

          - **v0.1.0 Release**

            - With the release of `v0.1.0`, cooks as well as the recipe clubs will be able to share what they cook with each other.

          - **v0.3.0 Release**

            - Sharing Explained. Improvise new look to the recipe page.

          - **v0.4.0 Release**

            - Share links
            - Revoke links

          - **v0.5.0 Release**

            - Offline mode

        </details>
        """

    @Test("a release over one bullet of prose is one item titled by the release; over its features it groups them")
    func releaseOverItsDescription() {
        let plan = load(["roadmaps/roadmap.md": Self.releases])
        let items = plan.roadmaps.flatMap(\.items)
        #expect(items.map(\.title) == ["v0.1.0 Release", "v0.3.0 Release", "Share links", "Revoke links", "Offline mode"], "\(items.map(\.title))")
        #expect(items.first?.body.contains("cooks as well as the recipe clubs") == true, "\(items.first?.body ?? "")")
        #expect(items[2].group?.hasSuffix("v0.4.0 Release") == true, "\(items.map(\.group))")
    }

    /// review36b's shape: a period's goals listed with their owners, then each goal a heading with its key results.
    static let restatedGoals = """
        # RecipeBox objectives, Q3 2027

        ## Q3 2027 Goals

        - Objective 1: Make capture instant (Owner: Priya)
        - Objective 2: Grow adoption (Owner: Lee)

        ### Make capture instant

        - [ ] Save a recipe from a link in under 2 seconds

        ### Grow adoption

        - [ ] 10,000 weekly active users
        """

    @Test("a goals list restating the headings under it gives them its owners, with no warning that it is unread")
    func restatedGoalsOverHeadings() {
        let plan = load(["objectives/2027-Q3.md": Self.restatedGoals])
        #expect(plan.objectives.map(\.title) == ["Make capture instant", "Grow adoption"], "\(plan.objectives.map(\.title))")
        #expect(plan.objectives.map(\.metadata.owners) == [["Priya"], ["Lee"]], "\(plan.objectives.map(\.metadata.owners))")
        #expect(!plan.codes.contains(.unreadObjectives), "\(plan.diagnostics)")
        #expect(plan.errors.isEmpty)
    }

    @Test("a list naming other goals than the headings under it is still said to be unread")
    func otherListStillWarned() {
        let markdown = Self.restatedGoals.replacingOccurrences(of: "Objective 2: Grow adoption", with: "Objective 2: Win the clubs")
        let plan = load(["objectives/2027-Q3.md": markdown])
        #expect(plan.codes.contains(.unreadObjectives), "\(plan.diagnostics)")
        #expect(plan.objectives.allSatisfy { $0.metadata.owners.isEmpty })
    }
}
