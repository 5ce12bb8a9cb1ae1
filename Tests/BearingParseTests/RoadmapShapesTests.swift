import Testing
@testable import BearingModel
@testable import BearingParse

/// One snippet per roadmap shape real teams write (docs/format.md, "Roadmaps"), each checked for the items a reader
/// sees and for the entries that are not items.
@Suite("Roadmap shapes")
struct RoadmapShapesTests {
    func parse(_ markdown: String, path: String = "roadmaps/r.md", config: WorkspaceConfig = WorkspaceConfig()) -> (Roadmap, [Diagnostic]) {
        RoadmapParser(config: config).parse(read(markdown, path: path))
    }

    @Test("status shortcodes and emoji lead bullets: status read, symbol out of the title; legend and contents are not items")
    func statusBullets() {
        let (roadmap, diagnostics) = parse("""
            ## The Roadmap
            **Latest revision: August 2025**

            - [Introduction](#introduction)
            - [Status Legend](#status-legend)
            - [Functionality](#functionality)

            ## Introduction

            This roadmap captures high level actionable items.

            ## Status Legend

            ### Green :green_circle:
            - Group or person leading effort is identified.

            ### Red :red_square:
            - Consensus of the community is that the item is a priority.

            ## Functionality

            The core product is software.

            - :green_circle: Provide spectroscopic analysis tools.

            - :large_orange_diamond: Improve support for ASDF (e.g., coordinated packages).

            - 🔴 Support JIT compilation.
            """)
        #expect(diagnostics.isEmpty)
        #expect(roadmap.title == "The Roadmap")
        #expect(roadmap.lanes.map(\.title) == ["Functionality"])
        #expect(roadmap.items.map(\.title) == ["Provide spectroscopic analysis tools", "Improve support for ASDF (e.g., coordinated packages)",
                                               "Support JIT compilation"])
        #expect(roadmap.items.map(\.metadata.status) == [.onTrack, .atRisk, .offTrack])
        #expect(roadmap.items[0].id == "r/provide-spectroscopic-analysis-tools")
    }

    @Test("Now/Next/Later buckets of plain bullets, introduced by a sentence; a shipped lane is done; a loose date is the period")
    func buckets() {
        let (roadmap, _) = parse("""
            ---
            title: Roadmap
            ---

            Last updated 10 October 2024.

            ## Recently shipped

            We've released version 5.7.0, with many fixes.

            We've also recently:

            - introduced a new navigation component
            - updated the list of organisations

            ## Working on now

            We're:

            - making the guidance easier to find

            ## Future plans

            - Investigate Sass module system (mid 2022)
            """)
        #expect(roadmap.lanes.map(\.kind) == [.horizon, .horizon, .horizon])
        #expect(roadmap.items.map(\.title) == ["introduced a new navigation component", "updated the list of organisations",
                                               "making the guidance easier to find", "Investigate Sass module system"])
        // "Working on now" says its items are under way, as "Recently shipped" says they are done.
        #expect(roadmap.items.map(\.metadata.status) == [.done, .done, .onTrack, nil])
        #expect(roadmap.items.map(\.statusFrom) == [.lane, .lane, .lane, nil])
        #expect(roadmap.items[3].metadata.due == "mid 2022" && roadmap.items[3].period == "2022")
    }

    @Test("a 'Current initiatives' table beside 'Need volunteers for' and 'Completed' (Node.js TSC's H1s): the current ones are under way")
    func currentInitiatives() {
        let (roadmap, _) = parse("""
            # Strategic Initiatives

            At any one time the project has a number of strategic initiatives underway.

            # Current Initiatives

            | Initiative                | Champion                    | Links |
            |---------------------------|-----------------------------|-------|
            | Core Promise APIs         | [Matteo Collina][mcollina]  |       |
            | QUIC / HTTP3              | James M Snell               | https://github.com/nodejs/quic |

            # Need volunteers for

            | Initiative       | Champion | Links |
            |------------------|----------|-------|
            | Async Hooks      | ?        | https://github.com/nodejs/diagnostics/issues/124 |

            # Completed

            | Initiative         | Champion                  | Links |
            |--------------------|---------------------------|-------|
            | CVE Management     | Michael Dawson            | https://github.com/nodejs/security-wg/issues/33 |

            [mcollina]: https://github.com/mcollina
            """)
        #expect(roadmap.items.map(\.title) == ["Core Promise APIs", "QUIC / HTTP3", "Async Hooks", "CVE Management"])
        #expect(roadmap.items.map(\.metadata.status) == [.onTrack, .onTrack, nil, .done])
        #expect(roadmap.items.map(\.metadata.owners) == [["Matteo Collina"], ["James M Snell"], [], ["Michael Dawson"]])
        // "Current priorities" is a theme, not a status.
        #expect(RoadmapHeading.underway("Current priorities") == nil)
    }

    @Test("H3 subprojects inside a horizon are groups of their bullets; nested bullets are details; link bullets are items")
    func horizonGroups() {
        let (roadmap, _) = parse("""
            # Roadmap

            ## Recently Completed Work

            ### Ecosystem

            Several products now support attestations, including:

            - [NPM](https://github.blog/npm)
            - [Homebrew](https://blog.example.org/homebrew)

            ### Witness

            - Support for new Key Management Systems (KMS)
              - [AWS KMS](https://witness.dev/aws)
              - [GCP KMS](https://witness.dev/gcp)

            ## Near and Mid-term Work

            ### Others

            Policy WG continuing collaboration on a new policy specification.
            """)
        #expect(roadmap.items.map(\.title) == ["NPM", "Homebrew", "Support for new Key Management Systems (KMS)", "Others"])
        #expect(roadmap.items.map(\.group) == ["Ecosystem", "Ecosystem", "Witness", nil])
        #expect(roadmap.items.map(\.metadata.status) == [.done, .done, .done, nil])
        #expect(roadmap.items[2].body.contains("GCP KMS"))
        #expect(roadmap.lanes.map(\.kind) == [.horizon, .horizon])
    }

    @Test("setext H1, H2 themes with H3 items: a prose-only theme is an item; intro bullets and the review schedule are not")
    func yearlyThemes() {
        let (roadmap, _) = parse("""
            Roadmap
            =======

            The main focus of this year:

            - ITE-4: Support abstract artifact resource types
            - ITE-5: Use a new signing specification

            ## First class ITE support

            Prose about the year.

            ### ITE-4: abstract resource types

            We will add hashers.

            ### ITE-5: The move to DSSE

            We will support DSSE.

            ## CII Gold badge

            This year we will tick the missing boxes.

            ## Roadmap Review Schedule

            - End of April 2023
            - End of August 2023
            """)
        #expect(roadmap.title == "Roadmap")
        #expect(roadmap.items.map(\.title) == ["ITE-4: abstract resource types", "ITE-5: The move to DSSE", "CII Gold badge"])
        #expect(roadmap.lanes.map(\.title) == ["First class ITE support", "CII Gold badge"])
    }

    @Test("a theme over a generator's placeholder only is an empty lane showing it, not an item of its own", arguments: [
        "_No funding information yet._", "TBD", "To be added.", "Coming soon!", "Nothing planned yet.",
    ])
    func placeholderTheme(placeholder: String) {
        let (roadmap, _) = parse("""
            # Platform roadmap

            ## Now
            ### Faster builds
            Cut build time in half.

            ## Funding

            \(placeholder)

            ## Community

            We will mentor new contributors through the summer.
            """)
        #expect(roadmap.items.map(\.title) == ["Faster builds", "Community"])
        #expect(roadmap.lanes.map(\.title) == ["Now", "Funding", "Community"])
        // Shown with the lane (a bare "TBD" as a lane's text never was).
        #expect(roadmap.lanes[1].intro.count == (placeholder == "TBD" ? 0 : 1))
    }

    @Test("focus-area H3 groups with H4 sub-groups, bold sub-labels and goal lines; a year heading with completed lead-ins")
    func deliverablesAndTimeline() {
        let (roadmap, _) = parse("""
            # Napari Roadmap

            ## Roadmap focus areas

            ### Core technology

            - **API (Code interface):** The interface to the external world.

            ## Strategic deliverables

            ### Core technology

            Since its first commit, napari has grown.

            #### Core library

            **The core library aims to be a foundation.**

            **Architecture improvements**

            - Adopt the psygnal **event signaling library** throughout.
            - **Decouple rendering state** from layer model.

            *Benefits: web browser support.*

            ### User experience

            - Improve application **GUI**.
              - Add tools for 3D annotation.

            ## Timeline

            ### 2025

            The following items are active priorities for the project:

            - Modular canvas (API foundational work)

            The following items were completed recently:

            - Shape triangulation performance

            ### 2026 milestones and beyond

            This section will list commitments for 2026 and beyond.
            """)
        #expect(roadmap.lanes.map(\.title) == ["Strategic deliverables", "Timeline"])
        #expect(roadmap.items.map(\.title) == ["Adopt the psygnal event signaling library throughout", "Decouple rendering state",
                                               "Improve application GUI", "Modular canvas (API foundational work)", "Shape triangulation performance"])
        #expect(roadmap.items.map(\.group) == ["Core technology / Core library", "Core technology / Core library", "User experience", "2025", "2025"])
        #expect(roadmap.items.map(\.period) == [nil, nil, nil, "2025", "2025"])
        #expect(roadmap.items.map(\.metadata.status) == [nil, nil, nil, nil, .done])
    }

    @Test("a list that restates the file's sections is a summary, not items; a mixed bold and plain list is all items")
    func summaryAndMixedList() {
        let (roadmap, _) = parse("""
            # Roadmap 0.4

            ## For 0.4 series of releases - November 2020

            - Make the **data viewing** capabilities **bug-free and fast**.
            - Add accessible **documentation**, tutorials, and demos.

            ## Make the data viewing capabilities bug-free and fast

            We therefore want to tackle the following:

            - **Clean up and refactor much of our code**. It has grown unwieldy.
            - Add **physical coordinates**. We now have a world coordinate system.

            ## Provide accessible documentation, tutorials, and demos

            Quality documentation is high priority.

            ## Work prioritized for future roadmaps

            - Draggable and resizable layers #299 and #989.
            """)
        #expect(roadmap.items.map(\.title) == ["Clean up and refactor much of our code", "Add physical coordinates",
                                               "Draggable and resizable layers"])
        #expect(roadmap.items.count == 3)
        #expect(roadmap.lanes.last?.kind == .horizon)
    }

    @Test("project docs: description, staffing, meetings and labels are not lanes; term labels set periods; P-ranked H3 items")
    func projectDoc() {
        let (roadmap, _) = parse("""
            # Generative AI Observability

            ## Description

            Example Use Cases:

            - **Debugging**: Tracing provides causality.

            ## Major Priorities

            - P0: We must do this, or we will fail as a project
            - P1: One of our most important initiatives

            ### P0: Continued Investment in Artifacts

            The top priority.

            ### P1: Logs

            OpenTelemetry established a logging SIG in mid-2020, with two goals:

            1. Providing a performant path for capturing logs.

            ## Deliverables

            Immediate term:
            - Ship instrumentation libraries for OpenAI

            Long term:
            - Propose mature instrumentations upstream

            ## Staffing / Help Wanted

            - @drewby

            ## Timeline

            ### Step 1 Deliverables

            Expected due dates for step 1 proposals:
            * API review proposal: TBD
            * Compatibility proposal: Apr 2025

            ## Labels

            - `gen-ai`
            """)
        #expect(roadmap.lanes.map(\.title) == ["Major Priorities", "Deliverables", "Timeline"])
        #expect(roadmap.items.map(\.title) == ["Continued Investment in Artifacts", "Logs", "Ship instrumentation libraries for OpenAI",
                                               "Propose mature instrumentations upstream", "API review proposal", "Compatibility proposal"])
        #expect(roadmap.items[1].metadata.custom == [CustomField(key: "Rank", value: "P1")])
        #expect(roadmap.items.map(\.period) == [nil, nil, "Immediate term", "Long term", nil, "Apr 2025"])
        #expect(roadmap.items[4].metadata.due == "TBD")
    }

    @Test("month-range headings with team lead-ins: the team owns the item, the range is its period")
    func teamLeadIns() {
        let (roadmap, _) = parse("""
            # OSPO Book 2024 Roadmap

            ## What has been done?

            * Changed the footer text and default logo.

            ## What's next? - 2024 Roadmap

            ### January - March

            * DocTeam: Work with the community on the next chapter.

            * InfraTeam: Migrate the domain.

            ### May - September

            * DocTeam & ReviewtTeam: Finalize OSPO use cases.

            ## How can I get involved in this initiative?

            ### AMER Call

            * When: Every 2 months
            """)
        #expect(roadmap.items.map(\.title) == ["Changed the footer text and default logo", "Work with the community on the next chapter",
                                               "Migrate the domain", "Finalize OSPO use cases"])
        #expect(roadmap.items.map(\.metadata.team) == [nil, "DocTeam", "InfraTeam", "DocTeam & ReviewtTeam"])
        #expect(roadmap.items.map(\.period) == [nil, "January - March", "January - March", "May - September"])
        #expect(roadmap.items[0].metadata.status == .done)
        #expect(roadmap.lanes.count == 2)
        #expect(parse("## Now\n\n- Platform team: Ship quotas.\n").0.items.map(\.metadata.team) == ["Platform team"])
    }

    @Test("task boxes give a status; a quarter-named item under a year heading gets that quarter")
    func taskBoxesAndQuarters() {
        let (roadmap, _) = parse("""
            # SIG

            ## Timeline

            ### 2024

            - [x] Q1 Focus
                - [x] Kickoff
                - [ ] OTEP Approval
            - [ ] Q2 Focus
            """)
        #expect(roadmap.items.map(\.title) == ["Q1 Focus", "Q2 Focus"])
        #expect(roadmap.items.map(\.period) == ["2024-Q1", "2024-Q2"])
        #expect(roadmap.items.map(\.metadata.status) == [.done, .notStarted])
    }

    @Test("a table whose first column is a title gives one item per row with its metadata")
    func tableItems() {
        let (roadmap, diagnostics) = parse("""
            # Roadmap

            ## 2026-Q3

            | Item | Owner | Status |
            |---|---|---|
            | Usage dashboards | Ada | on track |
            | Quotas | @grace | done |
            """)
        #expect(diagnostics.isEmpty)
        #expect(roadmap.items.map(\.title) == ["Usage dashboards", "Quotas"])
        #expect(roadmap.items.map(\.metadata.owners) == [["Ada"], ["grace"]])
        #expect(roadmap.items.map(\.metadata.status) == [.onTrack, .done])
        #expect(roadmap.items.map(\.period) == ["2026-Q3", "2026-Q3"])
    }

    @Test("H1 sections are the lanes of a file with no H2; a completed-items file makes every item done")
    func h1LanesAndCompletedFile() {
        let (roadmap, _) = parse("""
            # Completed items

            - Revive dashboards for developers.

            # Other work

            ### Functionality

            - Compression support for FITS.
            """)
        #expect(roadmap.lanes.map(\.title) == ["Completed items", "Other work"])
        #expect(roadmap.items.map(\.group) == [nil, "Functionality"])
        #expect(roadmap.items.map(\.metadata.status) == [.done, nil])
        let (completed, _) = parse("# Roadmap Completed Items\n\n## July 2025\n\n### Learn\n\n- Update the website.\n")
        #expect(completed.items.map(\.metadata.status) == [.done])
        #expect(completed.lanes.map(\.kind) == [.period] && completed.items.first?.period == "July 2025")
    }

    @Test("roadmap-looking lists before the first lane, key-result tables in a lane and files with no items are warnings")
    func warnings() {
        let (_, before) = parse("- **Ship it.** now\n- 🟢 Fix it\n\n## Now\n\n- Work\n")
        #expect(before.map(\.code) == [.unreadRoadmapItems] && before.first?.location.line == 1)
        let (_, table) = parse("## Now\n\n| Key result | Status |\n|---|---|\n| KR 1 | done |\n")
        #expect(table.map(\.code) == [.unreadRoadmapItems])
        let (empty, prose) = parse("# Plans\n\nWe will do good things.\n")
        #expect(empty.items.isEmpty && prose.map(\.code) == [.noRoadmapItems])
        let (_, plain) = parse("Intro:\n\n- a plain list of notes\n\n## Now\n\n- Work\n")
        #expect(plain.isEmpty)
    }

    @Test("titles: long sentences are cut at a clause, ids stay short, and a bullet repeated under two groups keeps two ids")
    func titlesAndIDs() {
        let (roadmap, _) = parse("""
            ## Now

            ### Witness

            - Donation of the project to in-toto during KubeCon '23 - Chicago
            - Increase inclusion, diversity, and empowerment efforts within the Astropy Project and NumFOCUS communities, and improve our understanding.

            ### Archivista

            - Donation of the project to in-toto during KubeCon '23 - Chicago
            """)
        #expect(roadmap.items[1].title == "Increase inclusion, diversity, and empowerment efforts within the Astropy Project and…"
                || roadmap.items[1].title.count <= RoadmapBullet.maxTitleLength + 1)
        #expect(roadmap.items.allSatisfy { $0.id.split(separator: "/").last.map { $0.split(separator: "-").count <= Slug.maxWords } ?? false })
        #expect(Set(roadmap.items.map(\.id)).count == 3)
        #expect(roadmap.items[2].id == "r/archivista/donation-of-the-project-to-in-toto-during")
    }

    @Test("a lane with only prose keeps its text, for the page to show instead of an empty lane; a lane with items keeps its prose beside them")
    func proseOnlyLaneKeepsItsText() throws {
        let (roadmap, _) = parse("""
            # Roadmap

            ## Current status

            We are in the beta phase; most plugins are stable.

            ## Ongoing work

            Work we are doing now.

            - Search improvements
            - Plugin marketplace
            """)
        let status = try #require(roadmap.lanes.first { $0.title == "Current status" })
        #expect(status.intro.map(\.line) == [5])
        #expect(roadmap.lanes.first { $0.title == "Ongoing work" }?.intro.map(\.line) == [9])
        #expect(roadmap.items.map(\.title) == ["Search improvements", "Plugin marketplace"])
    }

    @Test("a table row's item text is what its other columns say beyond the fields shown (`Notes: …`), never the raw row")
    func tableRowText() {
        let (roadmap, _) = parse("""
            # Release roadmap

            ## Release 1.2

            | Feature | Status | Owner | What and why | Notes |
            |---|---|---|---|---|
            | Batch submission API | In progress | Ana | Clients send many at once | See [the RFC](https://example.org/rfc) |
            | Offline signing | Planned | Ben | | |

            """)
        let batch = roadmap.items.first { $0.title == "Batch submission API" }
        #expect(batch?.metadata.owners == ["Ana"])
        #expect(batch?.body == "Clients send many at once\nSee the RFC")
        #expect(batch?.blocks.first.map { dump([$0]) }?.contains("|") == false)
        // The cell's own Markdown: its link stays a link.
        guard case .paragraph(let inlines)? = batch?.blocks.first?.kind else { Issue.record("no paragraph"); return }
        #expect(inlines.contains(.link(destination: "https://example.org/rfc", content: [.text("the RFC")])))
        let signing = roadmap.items.first { $0.title == "Offline signing" }
        #expect(signing?.body == "" && signing?.blocks.isEmpty == true)
    }
}
