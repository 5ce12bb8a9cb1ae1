import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// Plans kept in an MkDocs site (Material for MkDocs with Python-Markdown's extensions): admonitions, foldable
/// admonitions, content tabs, `markdown` HTML blocks, attribute lists and icon shortcodes, as the theme's docs write them.
@Suite("MkDocs pages read as the site shows them")
struct MkDocsSiteTests: TrialWorkspace {
    let strategy = """
        # Lumen strategy 2027

        !!! abstract "Where we are going"
            Lumen helps clinics book, remind and follow up with patients.

        ## Priorities

        ### 1. Clinic groups { #clinic-groups }
        Win clinic groups of 10+ sites.

        ### 2. Reliability {: #reliability .lead }
        Reminders always go out.

        ### 3. Self-serve onboarding
        A single clinic goes live in a day.
        """

    @Test("a heading's attribute list names its id; the abstract admonition is no priority")
    func attributeListIDs() throws {
        let plan = load([:])
        let priorities = try #require(plan.strategy?.priorities)
        #expect(priorities.map(\.id) == ["clinic-groups", "reliability", "self-serve-onboarding"])
        #expect(priorities.map(\.title) == ["Clinic groups", "Reliability", "Self-serve onboarding"])
    }

    @Test("objectives in content tabs and key results in an admonition are read, at their own lines")
    func tabsAndAdmonitions() throws {
        let plan = load(["objectives/2027-Q1.md": """
            ---
            quarter: 2027-Q1
            ---

            # Q1 2027 OKRs

            :material-calendar: Reviewed every other Monday. See the [dashboard](https://example.com){ .md-button }

            === "Growth team"

                ## Win our first five clinic groups
                Priority: Clinic groups · Owner: Maya Chen

                - [ ] Signed clinic groups from 1 to 5, now 2
                - [x] Multi-site calendar in beta with 3 groups

                !!! warning "At risk"
                    Two pilots slipped to February because of procurement.

            === "Platform team"

                ## Make reminders boringly reliable
                Priority: Reliability · Owner: Tomás Ruiz

                - [ ] Reminder delivery rate from 98.2% to 99.9%, now 99.4%

                ??? info "How we measure delivery"
                    Delivered / scheduled reminders, daily.

            ## Make onboarding self-serve
            Priority: Self-serve onboarding · Owner: Priya Nair

            !!! note "Key results"
                - [ ] Clinics live within 24 hours of sign-up from 10% to 60%, now 25%
                - [ ] Support tickets per new clinic from 6 to 2, now 4
            """])
        #expect(plan.errors.isEmpty, "\(plan.diagnostics.map { "\($0.location.line): \($0.message)" })")
        let objectives = plan.objectiveFiles.flatMap(\.objectives)
        #expect(objectives.map(\.title) == ["Win our first five clinic groups", "Make reminders boringly reliable", "Make onboarding self-serve"])
        #expect(objectives.map(\.location.line) == [11, 22, 30])
        #expect(objectives.map(\.metadata.owners) == [["Maya Chen"], ["Tomás Ruiz"], ["Priya Nair"]])
        #expect(objectives.map(\.resolved.priorities) == [["clinic-groups"], ["reliability"], ["self-serve-onboarding"]])
        #expect(objectives.map { $0.keyResults.count } == [2, 1, 2])
        #expect(objectives.flatMap(\.keyResults).map(\.location.line) == [14, 15, 25, 34, 35])
        #expect(abs((objectives[0].keyResults[0].progress ?? 0) - 0.25) < 0.01)
        #expect(abs((objectives[2].keyResults[1].progress ?? 0) - 0.5) < 0.01)
        // No key result or title carries the site's markup.
        let words = objectives.flatMap { [$0.title] + $0.keyResults.map(\.text) }
        #expect(!words.contains { $0.contains("!!!") || $0.contains("===") || $0.contains("{") })
        // The next tab's title is no words of the objective before it.
        #expect(!objectives[0].body.contains("Platform team"))
    }

    static let milestones = """
        # Roadmap

        This page outlines the planned milestones.

        ### Legend

        <div style="
            display: flex;
            justify-content: center;
        " markdown>
        !!! success "Completed"
        !!! note "In progress"
        !!! abstract "Not started yet"
        </div>

        ### Milestones

        !!! success "Stakeholder workshop"
            Conducting a workshop with universities to gather requirements.

            This task is completed. Results: [User stories](dev/user-stories.md)

            [:material-package-variant-closed: Show Results](dev/user-stories.md){.md-button}

        !!! note "Prototype for one activity"
            A prototype for a single activity and a single storage backend.

        !!! abstract "Release in the plugin directory"
            Releasing to the wide public.
        """

    @Test("admonitions drawn as milestones, with a legend of what each type means, are the roadmap's items")
    func milestoneAdmonitions() throws {
        let plan = load(["roadmaps/roadmap.md": Self.milestones])
        let items = try #require(plan.roadmaps.first?.items)
        #expect(items.map(\.title) == ["Stakeholder workshop", "Prototype for one activity", "Release in the plugin directory"])
        #expect(items.map(\.metadata.status) == [.done, .onTrack, .notStarted])
        #expect(items.map(\.location.line) == [18, 25, 28])
        #expect(!plan.codes.contains(.noRoadmapItems))
    }

    @Test("an admonition first under an item's heading, titled by a status, is that item's status")
    func statusAdmonition() throws {
        let items = items("""
            # Roadmap

            ## Compression

            ### ✅ SVASQ-4 — Half-precision codes {#svasq-4}

            !!! success "Completed"
                Implemented and merged.

            Replace 8-bit codes with 4-bit codes.

            ### Product quantization { #pq }

            !!! info "In progress"
                Prototype on a branch.

            ### Learned rotations

            Split vectors first.

            !!! warning "At risk"
                A note further down is no status.
            """)
        #expect(items.map(\.id) == ["svasq-4", "pq", "roadmap/learned-rotations"])
        #expect(items.map(\.metadata.status) == [.done, .onTrack, nil])
    }

    @Test("without a legend, admonitions are callouts: principles and notes are no items")
    func admonitionsWithoutLegend() throws {
        let items = items("""
            # Development roadmap

            !!! abstract "Core loop goal"
                Strategy writing, submission, evaluation.

            ## Phase 0: Foundation (Completed)

            !!! success "Completed items"
                - Runner API unification
                - Validation pipeline

            ## Phase 1: Core loop

            ### Data supply automation
            Status: in progress

            ## Principles

            The following principles are always observed:

            !!! danger "Breaking change principle"
                Do not keep legacy for backward compatibility in the long term.

            !!! warning "Default-safe principle"
                Ambiguous settings downgrade to the safe mode.
            """)
        #expect(!items.map(\.title).contains { $0.localizedCaseInsensitiveContains("principle") })
        #expect(items.map(\.title).contains("Data supply automation"))
        #expect(!items.map(\.title).contains { $0.contains("!!!") })
    }

    @Test("a grid of cards in a markdown div is a list of items, without icons")
    func gridCards() throws {
        let items = items("""
            # Product roadmap

            ## Next

            <div class="grid cards" markdown>

            -   :material-account-group: __Group reporting__

                ---

                One report across every site of a group.

            -   :material-rocket-launch:{ .lg .middle } __Guided setup__

                ---

                A checklist that takes a clinic live in a day.

            </div>
            """)
        #expect(items.map(\.title) == ["Group reporting", "Guided setup"])
    }

    @Test("fenced code showing the syntax is left as written")
    func fencedExamples() {
        let text = """
            # How to write a milestone

            ```markdown
            !!! success "Shipped"
                Body
            === "Tab"
                Text
            ```
            """
        #expect(MkDocsMarkup.rewrite(text) == text)
        let rewritten = MkDocsMarkup.rewrite("!!! tip\n    Body\n\nAfter\n")
        #expect(rewritten == "> [!tip]\n> Body\n\nAfter\n")
        #expect(MkDocsMarkup.rewrite("??? custom-type \"Folded\"\n    One\n\n    Two\n") == "> [!note]- Folded\n> One\n>\n> Two\n")
    }

    @Test("Docusaurus admonitions in a Markdown page are callouts whose key results are read")
    func docusaurusAdmonitions() throws {
        let plan = load(["objectives/2027-Q1.md": """
            # Q1 2027 OKRs

            ## Make reminders boringly reliable
            Priority: Reliability

            :::info[Key results]

            - [ ] Reminder delivery rate from 98.2% to 99.9%, now 99.4%

            :::

            :::warning Watch
            The SMS provider changes its API in March.
            :::
            """])
        let objective = try #require(plan.objectiveFiles.first?.objectives.first)
        #expect(objective.keyResults.map(\.location.line) == [8])
        #expect(MkDocsMarkup.rewrite(":::tip[Ship it]\nNow\n:::\n") == "> [!tip] Ship it\n> Now\n\n")
        #expect(MkDocsMarkup.rewrite("::::danger\n:::note\nIn\n:::\n::::") == "> [!danger]\n> > [!note]\n> > In\n>\n")
    }

    @Test("a roadmap outside any site keeps its sentences that start with !!! or ???, braces in its words, and code")
    func lookAlikesInProse() throws {
        let items = items("""
            # Platform roadmap

            ## Now

            ### Billing migration
            Status: in progress

            !!! Deadline moved to March because of the audit

            Owner: Ana

            ### Search rewrite
            Status: planned

            ??? TBD whether we keep Solr

            Budget {x=5} units, maybe {.approx}. Use `{ .md-button }` for buttons, [docs](docs.md){ .md-button }.
            """)
        #expect(items.map(\.title) == ["Billing migration", "Search rewrite"])
        #expect(items[0].body.contains("!!! Deadline moved to March because of the audit"), "\(items[0].body)")
        #expect(items[1].body.contains("??? TBD whether we keep Solr"), "\(items[1].body)")
        #expect(items[1].body.contains("Budget {x=5} units"), "\(items[1].body)")
        #expect(items[1].body.contains("`{ .md-button }`"), "\(items[1].body)")
        #expect(!items[1].body.contains("{ .md-button }\n") && !items[1].body.hasSuffix("{ .md-button }."), "\(items[1].body)")
        // Chained attribute lists after a link (GitLab's handbook) all go.
        #expect(MkDocsMarkup.rewrite("1. Values: decide by [our values](/handbook/values/){:data-ga-name=\"our values\"}{:data-ga-location=\"body\"}, even if it is")
            == "1. Values: decide by [our values](/handbook/values/), even if it is")
        // An admonition of a type Material does not know is titled by its type, as the site titles it.
        #expect(MkDocsMarkup.rewrite("!!! milestone\n    Beta ships.\n") == "> [!note] Milestone\n> Beta ships.\n")
        #expect(MkDocsMarkup.rewrite("!!! note inline end\n    Beside.\n") == "> [!note]\n> Beside.\n")
    }

    @Test("Pandoc and Quarto divs: callouts with their titles, nested fences matched, other divs unwrapped, MyST left")
    func pandocDivs() throws {
        let roadmap = """
            ---
            title: "Roadmap 2027"
            format: html
            ---

            # Roadmap

            ## Now

            ### Billing migration
            Status: in progress

            ::: {.callout-warning title="Risk"}
            Vendor contract ends in June.
            :::

            ### Search rewrite
            Status: planned

            ::: Warning ::::::
            This is a warning.

            ::: Danger
            This is a warning within a warning.
            :::
            Still the outer warning.
            ::::::::::::::::::

            ### Importer
            Status: planned

            :::{note}
            MyST note inside.
            :::

            ::: columns
            ::: {.column width="40%"}
            Left
            :::
            :::
            """
        let rewritten = MkDocsMarkup.rewrite(roadmap).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(rewritten.count == roadmap.split(separator: "\n", omittingEmptySubsequences: false).count)
        #expect(rewritten[12] == "> [!warning] Risk")
        #expect(rewritten[19] == "> [!warning]")
        #expect(rewritten[22] == "> > [!danger]")
        #expect(rewritten[25] == "> Still the outer warning.")
        #expect(rewritten[26] == "")
        #expect(rewritten[31...33] == [":::{note}", "MyST note inside.", ":::"])
        #expect(rewritten[35...39] == ["", "", "Left", "", ""])
        #expect(rewritten[24] == ">")
        let items = items(roadmap)
        #expect(items.map(\.title) == ["Billing migration", "Search rewrite", "Importer"])
        #expect(items[0].body.contains("Vendor contract ends in June."))
        #expect(!items.contains { $0.body.contains("::::::") || $0.body.contains("callout") })
    }

    @Test("a legend's types are milestones after it: titles over text at the margin, not the notes above the legend")
    func legendMilestonesWithoutIndentedBodies() throws {
        let items = items("""
            ---
            hide:
              - navigation
            ---

            # Roadmap

            !!! success "About this page"
                The state of each feature, updated every release.

            <div class="roadmap-legend" markdown>
            !!! success "Done"
            !!! info "In Progress"
            !!! warning "Waiting in Queue"
            !!! danger "Planned"
            </div>

            ## Done

            ### Core functions

            ??? success "Music Engine (v0.1.0)"
            Music engine capable of replacing the original DM system in the scope of playing audio and switching songs based on game
            events.

            ??? success "Simple crossfade (v0.1.0)"
            Every music theme can opt-in for simple fade-in and fade-out transitions.

            ## In Progress

            ??? info "Transition Scheduler (v0.2.x)"
            Scheduler for executing advanced transitions between songs based on defined rules.

            ## Future Plans

            ??? question "New features?"
            We still may plan to implement some new features if they can provide value.

            ??? danger "Support late injection"
            Right now the plugin hooks early into Gothic initialization.
            """)
        let milestones = items.filter { $0.title.contains("(v0") || $0.title.contains("late injection") }
        #expect(milestones.map(\.title) == ["Music Engine (v0.1.0)", "Simple crossfade (v0.1.0)", "Transition Scheduler (v0.2.x)", "Support late injection"])
        #expect(milestones.map(\.metadata.status) == [.done, .done, .onTrack, .notStarted])
        #expect(milestones.map(\.location.line) == [22, 26, 31, 39])
        #expect(milestones[0].body.contains("Music engine capable"))
        #expect(!items.map(\.title).contains("About this page"))
        #expect(!items.map(\.title).contains("New features?"))
    }

    @Test("run from an MkDocs project's root, the plan under docs/ is named")
    func workspaceBelow() {
        let fileSystem = FileSystem.memory(["/site/mkdocs.yml": "site_name: x\n", "/site/docs/strategy.md": strategy])
        let loader = WorkspaceLoader(fileSystem: fileSystem)
        #expect(loader.findWorkspace(from: "/site") == nil)
        #expect(loader.workspacesBelow("/site") == ["docs"])
    }

    @Test("a legend's last entry, before a blank line, is a bold line as the others are")
    func legendLastEntry() {
        let lines = MkDocsMarkup.rewrite(Self.milestones).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[10...12] == ["**Completed**\\", "**In progress**\\", "**Not started yet**"], "\(lines[9...13])")
    }

    @Test("an admonition with an empty title has no title bar: its body is quoted, not titled by its type")
    func emptyTitle() {
        #expect(MkDocsMarkup.rewrite("!!! note \"\"\n    No title bar here.\n") == "\n> No title bar here.\n")
        #expect(MkDocsMarkup.rewrite("??? tip \"\"\n    Folded.\n") == "\n> Folded.\n")
    }

    @Test("a Docusaurus admonition in a list item is a callout there; mkdocstrings' unclosed fence takes no div's close")
    func colonFencesInListsAndAutodoc() {
        #expect(MkDocsMarkup.rewrite("1. Ship the importer\n\n    :::tip[Before you start]\n    Back up the recipes.\n    :::\n")
            == "1. Ship the importer\n\n    > [!tip] Before you start\n    > Back up the recipes.\n\n")
        // Indented four spaces with no list above, the fence is code, as CommonMark shows it.
        #expect(MkDocsMarkup.rewrite("Text\n\n    :::tip\n    Code\n    :::\n") == "Text\n\n    :::tip\n    Code\n    :::\n")
        #expect(MkDocsMarkup.rewrite("::: warning\n::: recipe_box\nThe importer's API.\n:::\n")
            == "> [!warning]\n> ::: recipe_box\n> The importer's API.\n\n")
        #expect(MkDocsMarkup.rewrite("::: warning\n::: recipes\n    options:\n      show_source: false\n:::\n")
            == "> [!warning]\n> ::: recipes\n>     options:\n>       show_source: false\n\n")
    }

    @Test("a legend milestone is a heading one level below a setext heading above it")
    func milestoneUnderSetextHeading() throws {
        let items = items("""
            Roadmap
            =======

            <div markdown>
            !!! success "Done"
            !!! info "In progress"
            </div>

            Now
            ---

            !!! info "Share page"
                A read-only page for a shared recipe.
            """)
        #expect(items.map(\.title) == ["Share page"], "\(items.map(\.title))")
        #expect(items.first?.lane == "Now", "\(items.map(\.lane))")
        #expect(items.first?.metadata.status == .onTrack)
    }

    @Test("run from a folder of an MkDocs project, the plan under the project's docs/ is named")
    func workspaceBesideTheFolder() {
        let fileSystem = FileSystem.memory(["/site/mkdocs.yml": "site_name: x\n", "/site/docs/strategy.md": strategy, "/site/src/app/main.py": "\n"])
        let loader = WorkspaceLoader(fileSystem: fileSystem)
        #expect(loader.workspacesBelow("/site/src/app") == ["../../docs"])
        #expect(loader.workspacesBelow("/site") == ["docs"])
        // No project root above: only the folder Bearing runs in is looked in.
        let loose = WorkspaceLoader(fileSystem: .memory(["/a/docs/strategy.md": strategy, "/a/b/notes.md": "\n"]))
        #expect(loose.workspacesBelow("/a/b") == [])
    }
}
