import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// A new user's thirty-seventh trial: the `.planning/ROADMAP.md` get-shit-done writes (a numbering legend over the phase
/// list, phase sections with `**Depends on**:` fields, a progress table that shortens the phases' names), and a
/// co-operative's handbook whose OKRs name a span of two quarters ("Objectives for 2020 Q1/2").
@Suite("Real planning files: a new user's trial (37)")
struct NewUserTrial37Tests {
    func roadmap(_ markdown: String, path: String = "roadmaps/roadmap.md") -> (Roadmap, [Diagnostic]) {
        RoadmapParser().parse(read(markdown, path: path))
    }

    /// A get-shit-done roadmap as its template writes it: the phase list under a numbering legend, then each phase's
    /// section, then the progress table.
    static let phases = """
        # Roadmap: Clinic booking

        ## Overview

        Clinic booking is built in three phases.

        ## Phases

        **Phase Numbering:**
        - Integer phases (1, 2, 3): Planned milestone work
        - Decimal phases (2.1, 2.2): Urgent insertions (marked with INSERTED)

        Decimal phases appear between their surrounding integers in numeric order.

        - [x] **Phase 1: Foundation** - Scaffold, database, health check
        - [x] **Phase 2: Booking Flow** - Patients book and cancel visits
        - [x] **Phase 2.1: Double-booking Fix** - Stop two patients taking one slot (INSERTED)
        - [ ] **Phase 3: Launch Readiness** - Load tests, audit, go-live

        ## Phase Details

        ### Phase 1: Foundation
        **Goal**: The app builds, deploys and answers its health check
        **Depends on**: Nothing (first phase)
        **Requirements**: INFRA-01
        **Success Criteria** (what must be TRUE):
          1. `make build` succeeds from a clean checkout
        **Plans**: 1 plan

        Plans:
        - [x] 01-01-PLAN.md -- Scaffold and health check

        ### Phase 2: Booking Flow
        **Goal**: Patients can book and cancel a visit
        **Depends on**: Phase 1
        **Plans**: 2 plans

        Plans:
        - [ ] 02-01-PLAN.md -- Booking form
        - [ ] 02-02-PLAN.md -- Cancel flow

        ### Phase 2.1: Double-booking Fix (INSERTED)
        **Goal**: One slot, one patient
        **Depends on**: Phase 2

        ### Phase 3: Launch Readiness
        **Goal**: The service is load-tested, audited and live
        **Depends on**: All previous phases
        **Plans**: 3 plans

        ## Progress

        | Phase | Plans Complete | Status | Completed |
        |-------|----------------|--------|-----------|
        | 1. Foundation | 1/1 | Complete | 2026-02-07 |
        | 2. Booking Flow | 2/2 | Complete | 2026-02-09 |
        | 2.1. Stop double-booking | 1/1 | Complete | 2026-02-10 |
        | 3. Go-live Readiness | 0/3 | Not started | - |
        """

    @Test("a numbering legend over the phase list is no work: its entries are not items, and the lane shows them")
    func numberingLegend() {
        let (roadmap, _) = roadmap(Self.phases)
        #expect(!roadmap.items.contains { $0.title.hasPrefix("Integer phases") || $0.title.hasPrefix("Decimal phases") })
        let shown = (roadmap.lanes.flatMap(\.intro) + roadmap.notes + roadmap.intro).map(\.plainText).joined(separator: "\n")
        #expect(shown.contains("Integer phases (1, 2, 3): Planned milestone work"))
    }

    @Test("a legend, key or numbering label over a list, in any lane, leads no items; a label that names work does",
          arguments: [("**Phase Numbering:**", false), ("Legend:", false), ("**Status key:**", false), ("Numbering:", false),
                      ("**Key deliverables:**", true), ("**Next up:**", true)])
    func legendLabels(label: String, work: Bool) {
        // A legend's entries define its terms; a list of work under a label that only sounds like one is work (Review37bTests).
        let entries = work ? "- Ship the booking page\n- Send reminder texts\n"
            : "- Integer phases (1, 2, 3): Planned milestone work\n- Decimal phases (2.1, 2.2): Urgent insertions\n"
        let (roadmap, _) = roadmap("# Roadmap\n\n## Now\n\n\(label)\n\(entries)")
        #expect(roadmap.items.map(\.title) == (work ? ["Ship the booking page", "Send reminder texts"] : []), "\(roadmap.items.map(\.title))")
    }

    @Test("a progress row that shortens its phase's name is that phase, by its number: no second item, and its status given")
    func progressRowsByPhaseNumber() {
        let (roadmap, _) = roadmap(Self.phases)
        #expect(roadmap.items.map(\.title) == ["Foundation", "Booking Flow", "Double-booking Fix (INSERTED)", "Launch Readiness"],
                "\(roadmap.items.map(\.title))")
        #expect(roadmap.items.map(\.metadata.status) == [.done, .done, .done, .notStarted])
    }

    @Test("unticked plans under a phase the summary ticks and the progress table calls Complete: the phase is done; alone, the ticks say")
    func stalePlanTicks() {
        let (roadmap, diagnostics) = roadmap(Self.phases)
        #expect(roadmap.items.first { $0.title == "Booking Flow" }?.metadata.status == .done)
        #expect(!diagnostics.contains { $0.code == .restatedItem }, "\(diagnostics)")
        let (alone, _) = self.roadmap("# Roadmap\n\n## Phase Details\n\n### Phase 1: Booking Flow\n**Goal**: Book a visit\n\nPlans:\n- [ ] 01-01-PLAN.md -- Form\n- [ ] 01-02-PLAN.md -- Cancel\n")
        #expect(alone.items.map(\.metadata.status) == [.notStarted])
    }

    @Test("a progress row whose phase number two phases share, or no phase has, or that shares no word with its phase, stays its own item")
    func progressRowNumberUnclear() {
        let markdown = """
            # Roadmap

            ## v1

            ### Phase 1: Platform foundation
            **Goal**: Build it

            ### Phase 2: Billing
            **Goal**: Charge for it

            ## v2

            ### Phase 1: Platform rewrite
            **Goal**: Build it again

            ## Progress

            | Phase | Plans Complete | Status |
            |-------|----------------|--------|
            | 1. Platform work | 1/1 | Complete |
            | 2. Search | 0/1 | Not started |
            | 4. Polish | 0/1 | Not started |
            """
        let (roadmap, _) = roadmap(markdown)
        #expect(roadmap.items.map(\.title) == ["Platform foundation", "Billing", "Platform rewrite", "Platform work", "Search", "Polish"],
                "\(roadmap.items.map(\.title))")
    }

    @Test("`Depends on: All previous phases` depends on every item before it in the roadmap, with no error")
    func allPreviousPhases() {
        let plan = loadWorkspace(["strategy.md": minimalStrategy, "roadmaps/roadmap.md": Self.phases])
        #expect(plan.errors.isEmpty, "\(plan.errors)")
        let last = plan.roadmapItems.last
        #expect(last?.title == "Launch Readiness")
        #expect(last?.resolved.dependsOn == ["roadmap/foundation", "roadmap/booking-flow", "roadmap/double-booking-fix-inserted"],
                "\(last?.resolved.dependsOn ?? [])")
    }

    @Test("\"all previous tasks\", \"all prior steps\", \"All earlier phases complete\" read so too; \"all of Phase 1\" is a name",
          arguments: [("All previous tasks", true), ("all prior steps", true), ("All earlier phases complete", true),
                      ("All previous work packages", true), ("All of the above", false)])
    func allPreviousWordings(value: String, expands: Bool) {
        let plan = loadWorkspace(["strategy.md": minimalStrategy, "roadmaps/r.md":
            "## Now\n\n### Design\n\n### Build\n\n### Release\n- Depends on: \(value)\n"])
        let last = plan.roadmapItems.last
        if expands {
            #expect(plan.errors.isEmpty, "\(plan.errors)")
            #expect(last?.resolved.dependsOn == ["r/design", "r/build"])
        } else {
            #expect(plan.errors.contains { $0.code == .unresolvedReference })
        }
    }

    @Test("two quarters written as a span over objectives are their half-year, or the year that holds both when they straddle halves", arguments: [
        ("Objectives for 2020 Q1/2", "2020-H1"), ("OKRs Q1/Q2 2020", "2020-H1"), ("OKRs Q1-Q2 2020", "2020-H1"),
        ("Goals Q3–Q4 2021", "2021-H2"), ("Goals 2021 Q3/4", "2021-H2"), ("OKRs Q1 & Q2 2020", "2020-H1"),
        ("OKRs Q2/Q3 2020", "2020"), ("OKRs Q2–Q3 2026", "2026"), ("OKRs Q2 2020", "2020-Q2"),
    ])
    func quarterSpans(title: String, period: String) {
        let plan = loadWorkspace(["strategy.md": minimalStrategy, "objectives/okrs.md":
            "# OKRs\n\n## \(title)\n\n#### Finance WG\n\nO1. Define robust processes for financial activities  \nO2. Reduce recurring finance workload\n"])
        #expect(plan.objectives.map { $0.quarter?.description } == [period, period], "\(plan.objectives.map { $0.quarter?.description }) \(plan.diagnostics)")
    }

    /// A foundation's annual OKRs as an assistant drafts them: an overview explaining the OKR framework, objectives as H3
    /// under area H2s with bold `**KR 1.1**:` key results over Target / Owner bullets, and an appendix scorecard.
    static let annualOKRs = """
        # Riverbend Foundation - Annual Goals & OKRs (2027)

        **Owner**: Executive Team

        ## Year 1 Overview

        ### OKR Framework

        **What are OKRs?**

        - **Objectives**: What we want to achieve (qualitative, inspirational)
        - **Key Results**: How we measure success (quantitative, time-bound)

        **Scoring**:

        - 0.0 - 0.3: Red (behind plan)
        - 0.7 - 1.0: Green (on track or exceeding)

        ## Education OKRs

        ### Objective 1: Train 1,000 teachers

        **Key Results**:

        **KR 1.1**: Launch the online course

        - **Target**: Course live by Q2
        - **Owner**: Communications Manager (part-time/contractor)

        **KR 1.2**: Train teachers

        - **Target**: 1,000 teachers trained
        - **Owner**: Program Manager + contractor

        ## Appendix: OKR Tracking Template

        ### Monthly OKR Scorecard

        **Notes**:

        - Scores of 0.3-0.5 are normal in early months
        - Flag anything <0.4 for attention
        """

    @Test("a section explaining the OKR framework and an appendix's scorecard are no objectives, and name no objective")
    func frameworkAndAppendix() {
        let plan = loadWorkspace(["strategy.md": minimalStrategy, "objectives/okrs-2027.md": Self.annualOKRs])
        #expect(plan.objectives.map(\.title) == ["Train 1,000 teachers"], "\(plan.objectives.map(\.title))")
        #expect(!plan.diagnostics.contains { $0.code == .unresolvedReference }, "\(plan.diagnostics)")
    }

    @Test("a role's bracket (\"(part-time/contractor)\") is no second owner: a slash inside brackets splits no names")
    func bracketedRole() {
        let plan = loadWorkspace(["strategy.md": minimalStrategy, "objectives/okrs-2027.md": Self.annualOKRs])
        let owners = plan.objectives.flatMap(\.keyResults).flatMap(\.owners)
        #expect(owners == ["Communications Manager", "Program Manager", "contractor"], "\(owners)")
        #expect(!plan.diagnostics.contains { $0.code == .ownerSpellings }, "\(plan.diagnostics)")
    }
}
