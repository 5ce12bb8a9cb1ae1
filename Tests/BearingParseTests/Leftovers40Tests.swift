import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// Session 39's leftovers, each in the shape of the real file it was found in, with made-up content: a Zola site's
/// roadmap page with its shortcodes, a Hugo page's `param` shortcode and its section page beside a page of the same
/// name, the VA-style goal tracker read before the fiscal year is set, Kiro task files, a memory bank's phase lane.
@Suite("Leftovers of session 39 (40)")
struct Leftovers40Tests: TrialWorkspace {
    let strategy = "# Strategy\n\n## Priorities\n\n### Reliability\nKeep the service up.\n\n### Growth\nGrow adoption.\n"

    /// A Zola site's roadmap page: TOML front matter, an inline shortcode, a body shortcode over the lane's note, a
    /// fold of the next phase's work, and a stray `{% end %}` right under the last list.
    static let zolaPage = """
        +++
        title = "Product roadmap"
        +++

        {{ figure(src="roadmap.png", caption="Where we are going") }}

        ## Now

        {% note(title="Heads up") %}
        Dates below are targets, not promises.
        {% end %}

        - Offline mode
        - Audit log export

        ## Next

        {% details(summary="Phase 2") %}
        - Team spaces
        - SSO
        {% end %}

        ## Later

        - Plugins
        - Themes
        {% end %}
        """

    @Test("Zola's shortcodes are read as the site draws them: no `{% end %}` runs into an item's title, a note is a callout")
    func zolaShortcodes() throws {
        let plan = load(["roadmaps/product.md": Self.zolaPage])
        let roadmap = try #require(plan.roadmaps.first)
        #expect(roadmap.items.map(\.title) == ["Offline mode", "Audit log export", "Team spaces", "SSO", "Plugins", "Themes"],
                "\(roadmap.items.map(\.title))")
        #expect(roadmap.items.map(\.location.line) == [13, 14, 19, 20, 25, 26])
        let shown = (roadmap.intro + roadmap.lanes.flatMap(\.intro)).map(\.plainText).joined(separator: " ") + roadmap.items.map(\.body).joined(separator: " ")
        #expect(!shown.contains("{%") && !shown.contains("{{"), "\(shown)")
        let lines = read(Self.zolaPage, path: "roadmaps/product.md").lines.map(String.init)
        #expect(lines[4] == "")
        #expect(lines[8] == "> [!note] Heads up" && lines[9] == "> Dates below are targets, not promises.", "\(lines[8...10])")
        #expect(lines[26] == "")
    }

    @Test("Zola themes' callouts take their type from `type=`, `kind=` or a flag; calls that are not Zola's stay as written")
    func zolaCallouts() {
        let text = """
            {% admonition(type="warning", title="Risks") %}
            - Vendor SDK may slip
            {% end %}

            {% alert(note=true) %}
            Not compatible with the old client.
            {% end %}

            Starting from{{ footnote() }} one, see {{ url_for('home') }} and {%/* end */%}.

            ```
            {% note() %}
            ```
            """
        let lines = HugoShortcodes.rewrite(text).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(Array(lines[0...2]) == ["> [!warning] Risks", "> - Vendor SDK may slip", ""], "\(lines)")
        #expect(lines[4] == "> [!note]", "\(lines)")
        #expect(lines[8] == "Starting from one, see {{ url_for('home') }} and {%/* end */%}.", "\(lines[8])")
        #expect(lines[11] == "{% note() %}")
    }

    @Test("Hugo's `param` shortcode is the page's value, or the parameter's name in braces: never left out of the sentence")
    func hugoParam() throws {
        let plan = load(["roadmaps/product.md": """
            ---
            title: Product roadmap
            version: "2.4"
            ---

            ## Now

            - Release v{{< param "version" >}} to users
            - Drop support for v{{< param "oldVersion" >}}
            """])
        let titles = try #require(plan.roadmaps.first).items.map(\.title)
        #expect(titles == ["Release v2.4 to users", "Drop support for v{oldVersion}"], "\(titles)")
        let toml = "+++\ntitle = 'Releases'\n[params]\nversion = '3.1' # the next one\n+++\n\nShip {{< param version >}} in May.\n"
        #expect(HugoShortcodes.rewrite(toml).hasSuffix("Ship 3.1 in May.\n"))
    }

    @Test("a Docsy card keeps its header, and Hextra's untitled tabs take their names from the tabs' `items`")
    func cardsAndTabs() {
        let text = """
            {{< card header="**Mobile app**" >}}
            - Offline mode
            {{< /card >}}

            {{< tabs items="Web,Mobile" >}}
            {{< tab >}}
            - Dark mode
            {{< /tab >}}
            {{< tab >}}
            - Push alerts
            {{< /tab >}}
            {{< /tabs >}}
            """
        let lines = HugoShortcodes.rewrite(text).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == "**Mobile app**", "\(lines)")
        #expect(lines[5] == "**Web**" && lines[8] == "**Mobile**", "\(lines)")
    }

    @Test("a Hugo section page beside a page of its name is told apart from it, with no duplicate-id error")
    func sectionPageBesidePage() {
        let plan = load([
            "roadmaps/mobile.md": "---\ntitle: Mobile\n---\n\n## Now\n\n- **Offline mode**: sync.\n",
            "roadmaps/mobile/_index.md": "---\ntitle: Mobile section\n---\n\n## Next\n\n- **Push**: notifications.\n",
        ])
        #expect(!plan.codes.contains(.duplicateID), "\(plan.diagnostics)")
        #expect(plan.roadmaps.map(\.id).sorted() == ["mobile", "mobile-section"])
        #expect(plan.roadmaps.flatMap(\.items).map(\.id).sorted() == ["mobile-section/push", "mobile/offline-mode"])
    }

    @Test("a tracker whose every quarter is a fiscal period, read before the fiscal year is set, gets no 'add quarter:' error")
    func fiscalTrackerWithoutFiscalYear() {
        let (_, diagnostics) = ObjectivesParser(config: WorkspaceConfig())
            .parse(read(NewUserTrial39Tests.tracker, path: "objectives/goal-tracker.md"))
        #expect(!diagnostics.contains { $0.code == .noQuarter }, "\(diagnostics.map(\.message))")
        #expect(diagnostics.filter { $0.code == .fiscalPeriod }.map(\.location.line) == [7, 34])
    }

    @Test("a footnote mark after a title's words is not the title's")
    func footnoteMark() {
        let (file, _) = ObjectivesParser(config: NewUserTrial39Tests.fiscal).parse(read("""
            ## Quarterly Priorities for FY25Q3 (Apr, May, Jun 2025)

            | Priority ID | Description | Notes | End of Quarter Status |
            |---|---|---|---|
            | QP1 | **One Debt Letter:** Launch in production * | UX+FE+BE | Launched on April 30, 2025 |
            | QP2 | Rate limits for `*` routes | BE | In Progress |
            """, path: "objectives/goal-tracker.md"))
        #expect(file.objectives.map(\.title) == ["One Debt Letter: Launch in production", "Rate limits for * routes"], "\(file.objectives.map(\.title))")
    }

    @Test("'Done on' a date is done on that day; 'Complete on' a date may be its due date, and stays unread")
    func doneOnDate() {
        let plan = load(["objectives/2026-Q2.md": """
            # Q2 2026 objectives

            | Objective | Owner | Status |
            |---|---|---|
            | Cut p95 latency to 200ms | Dana | Done on 2026-05-01 |
            | Migrate billing | Sam | Done on June 3 |
            | Retire the old ledger | Ola | Complete on June 30 |
            | Launch the partner API | Lee | Done by June 30 |
            """])
        let status = plan.objectives.map(\.metadata.status)
        #expect(status == [.done, .done, nil, nil], "\(status)")
    }

    @Test("'Will be done on' a date, 'Should be done on', 'Expected done on': when the work is due, not done")
    func doneOnAsPlanDate() {
        // A roadmap table's Status cells saying when work will be done: each was read as done, its item closed before it began.
        let plan = load(["roadmaps/roadmap.md": """
            # Roadmap

            ## Q3

            | Item | Owner | Status |
            |------|-------|--------|
            | Migrate billing | Ana | Done on 2026-05-01 |
            | Audit logs | Cy | Will be done on 2026-09-30 |
            | Dark mode | Di | Should be done on Friday |
            | Export | Fi | Expected done on 2026-08-15 |
            | Import | Gu | All done on 2026-05-04 |
            """])
        let status = plan.roadmaps.flatMap(\.items).map(\.metadata.status)
        #expect(status == [.done, nil, nil, nil, .done], "\(status)")
    }

    @Test("Kiro: a plan of one task is read, and an optional task `[ ]*` is an entry that says it is optional")
    func kiroTasks() throws {
        let plan = load(["roadmaps/search.md": """
            # Implementation Plan

            - [ ] 1. Add search support
              - [x] 1.1 Write the search handler
                - _Requirements: 3.1_
              - [ ]* 1.2 Write property test for search
                - _Requirements: 3.2_
              - [x]* 1.3 Write unit tests for paging
            """])
        #expect(!plan.codes.contains(.unreadRoadmapItems), "\(plan.diagnostics)")
        let item = try #require(plan.roadmaps.first?.items.first)
        #expect(plan.roadmaps.first?.items.count == 1)
        #expect(item.title == "1. Add search support" || item.title == "Add search support", "\(item.title)")
        #expect(item.metadata.status == .onTrack || item.metadata.status == .notStarted)
        #expect(!item.body.contains("[ ]*") && !item.body.contains("[x]*"), "\(item.body)")
        #expect(item.body.contains("1.2 Write property test for search (optional)"), "\(item.body)")
        #expect(item.body.contains("1.3 Write unit tests for paging (optional, done)"), "\(item.body)")
        // At the margin, an optional task is a task of its own.
        let margin = items("# Implementation Plan\n\n- [x] 1. Set up pricing config\n- [ ]* 1.1 Write unit tests for pricing\n")
        #expect(margin.map(\.title) == ["1. Set up pricing config", "1.1 Write unit tests for pricing (optional)"], "\(margin.map(\.title))")
        #expect(margin.map(\.metadata.status) == [.done, .notStarted])
    }

    @Test("a lone `- **Time**: TBD` closing a phase lane's tasks is the phase's, not an item 'Time'")
    func loneClosingField() {
        let titles = items("""
            # Launch plan

            ## Phase 3: GA
            - [ ] **Task force**: Staff an on-call rotation for launch week
            - [ ] **Task 4**: Press release
            - **Time**: TBD

            ## Phase 4: Later
            - [ ] **Task 5**: Pricing page
            - [ ] **Task 6**: Pricing emails
            - **Docs**: the pricing guide
            """).map(\.title)
        #expect(titles == ["Task force", "Press release", "Pricing page", "Pricing emails", "Docs"], "\(titles)")
    }
}
