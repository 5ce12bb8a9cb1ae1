import Testing
@testable import BearingModel
@testable import BearingParse

/// What the third round of real files left unread, and shapes met on a fourth round: the prose of a heading read as
/// a group of items; a bullet that starts with a link and goes on with a sentence; a programme roadmap whose goals
/// are a table under "Motivation"; decision words (`Accepted`) in a Status line. Each snippet is written here in the
/// same shape as the real file.
@Suite("New-user shapes, fourth round")
struct NewUserShapes4Tests {
    func roadmap(_ markdown: String) -> (Roadmap, [Diagnostic]) {
        RoadmapParser().parse(read(markdown, path: "roadmaps/r.md"))
    }

    @Test("the prose of a heading read as a group of items is kept with the group, not dropped")
    func groupProse() throws {
        let (roadmap, _) = self.roadmap("""
            # Clinic roadmap

            ## Foundations

            ### Better tools for clinic staff

            Staff lose an hour a day to slow forms. We want that hour back.

            We'd like help to:

            - Faster intake forms
            - Offline mode for tablets

            Funding would cover design and development.

            #### Keyboard shortcuts

            Power users ask for them.

            ### Reports

            Several clinics asked for these, including:

            - Monthly export
            - Audit log
            """)
        #expect(roadmap.items.map(\.title) == ["Faster intake forms", "Offline mode for tablets", "Keyboard shortcuts", "Monthly export", "Audit log"])
        let lane = try #require(roadmap.lanes.first)
        #expect(lane.groups.map(\.title) == ["Better tools for clinic staff", "Reports"])
        let staff = dump(lane.groups[0].intro)
        #expect(staff.contains("Staff lose an hour a day") && staff.contains("We'd like help to") && staff.contains("Funding would cover"))
        // The H4 is an item of its own: its text is its body, not the group's.
        #expect(!staff.contains("Power users"))
        #expect(dump(lane.groups[1].intro).contains("Several clinics asked for these"))
    }

    @Test("a bullet that starts with a link and goes on with a sentence is titled by the link's text")
    func linkLedBullet() {
        let (roadmap, _) = self.roadmap("""
            # Tools roadmap

            ## Next

            - [Fully support pack-tool](https://example.org/pack)
              Pack-tool turns archives into installers, without rebuilding. It usually works.
            - [pack-lint](https://example.org/lint) Pack-lint checks an archive before upload.
            - [Create a shared build service](https://example.org/issues/25) to make releases faster
            - [Signed archives](https://example.org/sign): every upload carries a signature.
            """)
        #expect(roadmap.items.map(\.title) == ["Fully support pack-tool", "pack-lint",
                                               "Create a shared build service to make releases faster", "Signed archives"])
        // The sentence after the link is still the item's text.
        #expect(roadmap.items.first?.body.contains("Pack-tool turns archives into installers") == true)
    }

    @Test("a roadmap whose goals are a table under \"Motivation\" reads the table's rows as its items")
    func planTableUnderMotivation() throws {
        let (roadmap, diagnostics) = self.roadmap("""
            # Fast exports

            ## Summary

            Exports should finish in seconds.

            ## Motivation

            ### The status quo

            Exports take minutes.

            ### How we get there

            | Goal | Timespan | What and why |
            | --- | --- | --- |
            | (((ROADMAP ROWS: Fast exports))) |
            | Streaming writer | 2026 | Write rows as they are read |
            | Parallel export | 2026 and beyond | Use every core |
            | Columnar format | *Future* | Smaller files |

            ## Frequently asked questions

            None yet.
            """)
        #expect(roadmap.items.map(\.title) == ["Streaming writer", "Parallel export", "Columnar format"])
        #expect(roadmap.lanes.map(\.title) == ["How we get there"])
        #expect(roadmap.items.map(\.metadata.due) == ["2026", "2026 and beyond", "Future"])
        #expect(roadmap.items.first?.period == "2026")
        #expect(roadmap.items.first?.body.contains("Write rows as they are read") == true)
        #expect(!diagnostics.contains { $0.code == .noRoadmapItems || $0.code == .invalidValue }, "\(diagnostics)")
        // The section is still shown as the file wrote it.
        #expect(dump(roadmap.notes).contains("The status quo"))
    }

    @Test("a plan table whose rows are not filled in yet is named in the warning, at its line")
    func emptyPlanTable() throws {
        let (roadmap, diagnostics) = self.roadmap("""
            # Just add async

            ## Motivation

            ### How we get there

            | Goal | Timespan | What and why |
            | --- | --- | --- |
            | (((ROADMAP ROWS: Just add async))) |

            The goals are largely independent.
            """)
        #expect(roadmap.items.isEmpty)
        let warning = try #require(diagnostics.first { $0.code == .noRoadmapItems })
        #expect(warning.location.line == 7)
        #expect(warning.message.contains("How we get there") && warning.message.contains("no rows"))
    }

    @Test("a roadmap with a lane of items does not read tables under its Motivation as items")
    func planTableBesideLanes() {
        let (roadmap, _) = self.roadmap("""
            # Fast exports

            ## Motivation

            | Goal | Why |
            | --- | --- |
            | Happier clinics | Less waiting |

            ## Now

            - Streaming writer
            """)
        #expect(roadmap.items.map(\.title) == ["Streaming writer"])
    }

    @Test("`Status: Accepted` is a decision, not a delivery status: kept as written, no warning; `Not accepted` is dropped")
    func decisionStatuses() {
        for word in ["Accepted", "Approved", "approved.", "Committed"] {
            let (file, diagnostics) = ObjectivesParser().parse(read("""
                # Faster clinic search

                | Metadata | |
                | --- | --- |
                | Status | \(word) |

                Search should answer in under a second.
                """, path: "objectives/2026/search.md"))
            #expect(!diagnostics.contains { $0.code == .unknownStatus }, "\(word)")
            #expect(file.objectives.first?.metadata.status == nil, "\(word)")
            #expect(file.objectives.first?.metadata.custom == [CustomField(key: "Decision", value: word)], "\(word)")
        }
        #expect(Status(reading: "Proposed") == .notStarted)
        #expect(Status(reading: "Not accepted") == .dropped)
        #expect(Status(reading: "Rejected") == .dropped)
        // A word that is neither still warns.
        let (_, diagnostics) = ObjectivesParser().parse(read("## Search\n\nStatus: Sideways\n\nText.\n", path: "objectives/2026-Q1.md"))
        #expect(diagnostics.contains { $0.code == .unknownStatus })
    }

    @Test("a \"Priority\" section in prose beside an \"Epics\" section of H3s: the epics are the priorities, the prose is context")
    func prosePriorityBesideEpics() throws {
        let result = StrategyParser().parse(read("""
            # 2026 clinic roadmap

            ## 2026 Priority

            We will focus on a single priority: **Scheduling**. We will also keep supporting **Community growth**.

            ## 2026 Epics

            ### 1. Scheduling becomes production ready

            Solid APIs and an audit.

            ### 2. Support the growing community

            Docs and events.
            """, path: "strategy.md"))
        let strategy = result.strategy, diagnostics = result.diagnostics
        #expect(strategy.topLevel.map(\.title) == ["Scheduling becomes production ready", "Support the growing community"])
        #expect(!diagnostics.contains { $0.code == .noPriorities })
        // The prose is not lost: it is a section of the strategy.
        #expect(strategy.sections.map(\.title).contains("2026 Priority"))
    }

    @Test("quarters that only link to plans kept elsewhere hold no objectives, and the file is not one objective named by its title")
    func quartersOfLinks() throws {
        let (file, diagnostics) = ObjectivesParser().parse(read("""
            # Scheduling team OKRs

            We frame our work with quarterly OKRs.

            ## 2026 Q2

            - [Scheduling 2026 Q2 OKRs](https://example.org/sheet) (final)
            - [Planning thread](https://example.org/pull/1)

            ## 2026 Q1

            - [Scheduling 2026 Q1 OKRs](https://example.org/sheet1) (WIP)
            """, path: "OKR/SCHEDULING.md"))
        #expect(file.objectives.isEmpty)
        let warning = try #require(diagnostics.first { $0.code == .noObjectives })
        #expect(warning.message.contains("only link"), "\(warning.message)")
        // Beside real objectives, a list of links is still not one.
        let (docs, _) = ObjectivesParser().parse(read("""
            # Docs OKRs

            ## 2026 Q1

            1. Launch the docs site.
            2. Answer every new issue.

            For more detail:
            - [docs 2026 Q1 OKRs](https://example.org/sheet) (final)
            """, path: "OKR/docs.md"))
        #expect(docs.objectives.map(\.title) == ["Launch the docs site", "Answer every new issue"])
    }

    @Test("in an OKR file an objective's plain bullets are its key results")
    func okrFileBullets() {
        let (file, _) = ObjectivesParser().parse(read("""
            # Gateway team

            ## 2026 Q4 - Objectives and Key Results

            ### Gateway informs core development

            - **P0** - Traffic is mirrored to a staging gateway.
            - **P1** - Nightly profiles are published, 3/4 nodes so far.
              - a note about the profiles

            ### Our alerts are actionable

            Alerts should wake people only when it matters.

            - P1 - Every alert links to a runbook
            """, path: "objectives/gateway.md"))
        #expect(file.objectives.map(\.title) == ["Gateway informs core development", "Our alerts are actionable"])
        #expect(file.objectives.map(\.keyResults.count) == [2, 1])
        #expect(file.objectives.first?.keyResults.last?.progress == 0.75)
        // Outside an OKR file, bullets under an objective stay its details.
        let (plain, _) = ObjectivesParser().parse(read("""
            # Platform plan

            ## 2026 Q4

            ### Faster builds

            - cache the toolchain
            - split the test job
            """, path: "objectives/platform.md"))
        #expect(plain.objectives.first?.keyResults.isEmpty == true)
    }

    @Test("a scored OKR table: bold rows are objectives, the other rows key results graded by the latest score, owners kept")
    func scoredOKRTable() throws {
        let (file, diagnostics) = ObjectivesParser().parse(read("""
            # Scheduling team OKRs

            ## 2026 Q2

            | **Scheduling** | **Priority** | **Owner** | **Mid-Q Actual** | **Mid-Q Projection** | **End-Q** |
            | :---: | :---: | :---: | --- | --- | --- |
            | **** | P0-P4 |  | **0.3** | **0.6** | **0.4** |
            | **1 Finish the calendar** |  |  |  |  |  |
            | API documentation | **P0** | Ada | 0.6 | 0.7 | 0.5 |
            | Rework the website | **P0** | Grace, Lin |  | 0.8 |  |
            | Calendar client | P1 | Ada | 0.7 |  |  |
            |   |  |  |  |  |  |
            | **2 Scale to large clinics** |  |  |  |  |  |
            | *The following not likely to get done:* |  |  |  |  |  |
            | Streaming API | P3 |  |  |  |  |
            """, path: "OKR/SCHEDULING.md"))
        #expect(file.objectives.map(\.title) == ["Finish the calendar", "Scale to large clinics"])
        let first = try #require(file.objectives.first)
        #expect(first.keyResults.map(\.text) == ["API documentation", "Rework the website", "Calendar client"])
        // End-Q is the grade when given, else the mid-quarter actual; a projection is not progress.
        #expect(first.keyResults.map(\.progress) == [0.5, nil, 0.7])
        // Each row's Owner cell is its key result's; rows naming different people leave the objective no single owner
        // (docs/format.md, "A key result's own owner and status").
        #expect(first.keyResults.map(\.owners) == [["Ada"], ["Grace", "Lin"], ["Ada"]])
        #expect(first.metadata.owners == [])
        #expect(file.objectives.last?.keyResults.map(\.text) == ["Streaming API"])
        #expect(!diagnostics.contains { $0.code == .noObjectives })
    }

    @Test("an MDX heading that ends with team-member tags names its owners: the names are not part of the title")
    func trailingTeamMembers() {
        let plan = loadWorkspace(["strategy.md": "# Strategy\n\n## Priorities\n\n1. **Flags.** Fast flags.\n", "objectives/flags.mdx": """
            ### Q4 2025 Objectives

            #### Objective: Awesome documentation <TeamMember name="Ada Lovelace" photo />

            Docs as good as the best.

            #### Make local evaluation the default <TeamMember name="Ada Lovelace" photo /> <TeamMember name="Grace Hopper" photo />

            Faster and cheaper flags.

            #### Pair with <TeamMember name="Lin" /> on the SDK

            A name inside the title stays in it.
            """])
        #expect(plan.objectives.map(\.title) == ["Awesome documentation", "Make local evaluation the default", "Pair with Lin on the SDK"])
        #expect(plan.objectives.map(\.metadata.owners) == [["Ada Lovelace"], ["Ada Lovelace", "Grace Hopper"], []])
    }

    @Test("an initiative plan written from a template (Objective, Problem Statement, Key Outcomes, Scope, Timeline) is one objective")
    func initiativePlanTemplate() throws {
        let (file, diagnostics) = ObjectivesParser().parse(read("""
            # 😎 Initiative Plan: Website relaunch

            **Accountable Fellow:** @ada
            **Status:** IN PROGRESS
            **Due Date:** 2026-06-30

            ---

            ## 🎯 Objective

            Make the website the hub of the community.

            ## 🧠 Problem Statement

            The site is static.

            ## 🧾 Key Outcomes

            - Traffic to the learn pages doubles
            - Ten new contributors a month

            ## 🗺️ Scope

            | Category | Description |
            | --- | --- |
            | Must Have | New navigation |

            ## 🗓️ Timeline

            | Milestone | Owner | Deadline | Status |
            | --- | --- | --- | --- |
            | Phase 1 relaunch | @ada | 2026-06-30 | ⏳ |

            ## 📈 Updates Log

            None yet.
            """, path: "objectives/in-progress/website.md"))
        #expect(file.objectives.map(\.title) == ["Website relaunch"])
        let objective = try #require(file.objectives.first)
        #expect(objective.metadata.owners == ["ada"])
        #expect(objective.metadata.status == .onTrack)
        #expect(objective.metadata.due == "2026-06-30")
        #expect(objective.keyResults.map(\.text) == ["Traffic to the learn pages doubles", "Ten new contributors a month"])
        #expect(objective.body.contains("Phase 1 relaunch"))
        #expect(!diagnostics.contains { $0.code == .emptyObjective })
        // With no period written anywhere, it plans the quarter it is due in.
        #expect(objective.quarter?.description == "2026-Q2")
        #expect(!diagnostics.contains { $0.code == .noQuarter })
    }

    @Test("a README beside the plans that names no period is a page about them: a note, not objectives and a no-quarter error")
    func readmeBesidePlans() {
        let plan = loadWorkspace([
            "strategy.md": minimalStrategy,
            "objectives/README.md": "# How we write OKRs\n\nEach team writes a file per quarter.\n\n## Writing an objective\n\nKeep it short.\n\n## Scoring\n\nScore from 0.0 to 1.0.\n",
            "objectives/2026-Q4.md": "## Run one shared platform\n- Owner: Ada\n\nMove every hub.\n",
            "objectives/team/index.md": "---\nquarter: 2026-Q4\n---\n## Grow memberships\n- Owner: Lin\n\nSign up new members.\n",
            "roadmaps/README.md": "# About our roadmaps\n\nEach file is one team's roadmap.\n",
            "roadmaps/platform.md": "# Platform\n\n## Now\n\n- **Shared login**\n",
        ])
        #expect(plan.errorCount == 0 && plan.warningCount == 0, "\(plan.diagnostics.map { "\($0.location.path) \($0.message)" })")
        let notes = plan.diagnostics.filter { $0.severity == .note && $0.code == .skippedFile }.map(\.location.path).sorted()
        #expect(notes == ["objectives/README.md", "roadmaps/README.md"])
        // An index that names its period is read like any plan.
        #expect(plan.objectives.map(\.title).sorted() == ["Grow memberships", "Run one shared platform"])
        #expect(plan.roadmaps.map(\.title) == ["Platform"])
    }
}
