import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// A new user's thirty-sixth trial: planning files written by the tools teams now plan with — the epics.md BMAD writes
/// (a public-sector service's epic breakdown), the docs/project-roadmap.md ClaudeKit writes (phases by quarter beside
/// the report around them) — and a foundation's OKR list.
@Suite("Real planning files: a new user's trial (36)")
struct NewUserTrial36Tests {
    func roadmap(_ markdown: String, path: String = "roadmaps/epics.md") -> (Roadmap, [Diagnostic]) {
        RoadmapParser().parse(read(markdown, path: path))
    }

    /// An epic breakdown: an overview, "## Epic List" naming each epic with its goal and what it delivers, then a
    /// section per epic over its stories.
    static let epics = """
        # Clinic app - Epic Breakdown

        ## Overview

        This document breaks the requirements down into epics and stories.

        ## Epic List

        ### Epic 1: Patient Sign-up

        Patients can create an account and book their first visit.

        **Delivers:**

        - Sign-up form with address lookup
        - Confirmation email

        **FRs covered:** FR1, FR2

        ---

        ### Epic 2: Reminders

        Patients get a reminder the day before a visit.

        **FRs covered:** FR3

        ## Epic 1: Patient Sign-up

        Patients can create an account and book their first visit.

        ### Story 1.1: Sign-up form

        As a **patient**,
        I want **to sign up with my email**,
        So that **I can book a visit**.

        **Acceptance Criteria:**

        **Given** I open the form
        **When** I submit a valid email
        **Then** my account is created

        ### Story 1.2: Confirmation email

        As a **patient**, I want a confirmation email.

        ## Epic 2: Reminders

        Patients get a reminder the day before a visit.

        ### Story 2.1: Reminder by text

        As a **patient**, I want a text the day before.
        """

    @Test("an epic list naming the file's epic sections adds no items: its entries introduce those epics' lanes")
    func epicListIntroducesLanes() throws {
        let (roadmap, diagnostics) = roadmap(Self.epics)
        #expect(roadmap.items.map(\.title) == ["Story 1.1: Sign-up form", "Story 1.2: Confirmation email", "Story 2.1: Reminder by text"])
        #expect(roadmap.lanes.map(\.title) == ["Epic 1: Patient Sign-up", "Epic 2: Reminders"])
        let first = try #require(roadmap.lanes.first)
        let intro = first.intro.map(\.plainText)
        // The goal is said once, first, then what the list adds about the epic.
        #expect(intro.filter { $0.contains("book their first visit") }.count == 1)
        #expect(intro.first?.contains("book their first visit") == true)
        #expect(intro.contains { $0.contains("Sign-up form with address lookup") })
        #expect(intro.contains { $0.contains("FR1, FR2") })
        #expect(diagnostics.allSatisfy { $0.severity != .error })
    }

    @Test("a list whose entries do not all name sections of the file is read as before")
    func partialListStaysALane() {
        let text = Self.epics.replacingOccurrences(of: "### Epic 2: Reminders\n", with: "### Epic 3: Billing\n")
        let (roadmap, _) = roadmap(text)
        #expect(roadmap.lanes.map(\.title).first == "Epic List")
        #expect(roadmap.items.count == 5)
    }

    /// A generated project roadmap: phases by quarter (the current one over its ticked tasks), beside the report around
    /// them — targets, risks, decisions, what it depends on, and a sign-off.
    static let projectRoadmap = """
        # Project Roadmap & Status

        ## Planned Roadmap (2026)

        ### Phase 1: Q1 2026 (Current - Mar 2026)

        **Focus**: Documentation and developer experience

        **Tasks**:

        - ✅ Developer documentation
        - ✅ Code standards
        - 🔄 Strict type checking rollout

        ### Phase 2: Q2 2026 (Apr - Jun 2026)

        **Focus**: Automation

        - Workflow builder
        - Rules engine

        ## Dependencies & Constraints

        ### External Dependencies

        - GitHub (sign-in)
        - Object storage

        ### Technical Constraints

        - PostgreSQL 15+
        - Chrome 90+

        ## Success Metrics

        ### Product Metrics

        | Metric | Target | Status |
        | --- | --- | --- |
        | Active users | 10K | Growing |

        ## Decision Log

        **Decision 1**: Move to the new component library

        - **Date**: 2026-02-01
        - **Owner**: Design system team

        ## Risk Assessment

        | Risk | Likelihood | Impact | Mitigation |
        | --- | --- | --- | --- |
        | Database scaling | Medium | High | Read replicas |

        ## Sign-Off

        This roadmap lists candidates, not commitments.
        """

    @Test("a generated roadmap's report around its phases is shown as notes, not read as work")
    func reportAroundPhases() {
        let (roadmap, diagnostics) = roadmap(Self.projectRoadmap, path: "roadmaps/project-roadmap.md")
        #expect(roadmap.lanes.map(\.title) == ["Planned Roadmap (2026)"])
        #expect(!roadmap.items.contains { ["GitHub (sign-in)", "Chrome 90+", "Product Metrics", "Sign-Off"].contains($0.title) })
        #expect(roadmap.notes.contains { $0.plainText.contains("Chrome 90+") })
        #expect(!diagnostics.contains { $0.code == .unknownKey })
    }

    @Test("a phase titled by its quarter groups its tasks in that quarter, as the next phases group their features")
    func phaseQuarterAndTasks() {
        let (roadmap, _) = roadmap(Self.projectRoadmap, path: "roadmaps/project-roadmap.md")
        let first = roadmap.items.filter { $0.group == "Phase 1: Q1 2026 (Current - Mar 2026)" }
        #expect(first.map(\.title) == ["Developer documentation", "Code standards", "Strict type checking rollout"])
        #expect(first.map(\.period) == ["2026-Q1", "2026-Q1", "2026-Q1"])
        #expect(first.map(\.metadata.status) == [.done, .done, .onTrack])
        #expect(roadmap.items.filter { $0.period == "2026-Q2" }.map(\.title) == ["Workflow builder", "Rules engine"])
    }

    @Test("a heading item over a list whose every entry carries a status mark stands as its marks say")
    func markedStepsGiveStatus() throws {
        let (roadmap, _) = roadmap("""
            # Roadmap

            ## Platform

            ### Search

            The new index, then the page over it.

            - ✅ Index every document
            - 🔄 Search page

            ### Billing

            Invoices by email.

            - Invoice template
            - Email sending
            """, path: "roadmaps/roadmap.md")
        #expect(try #require(roadmap.items.first { $0.title == "Search" }).metadata.status == .onTrack)
        #expect(try #require(roadmap.items.first { $0.title == "Billing" }).metadata.status == nil)
    }

    @Test("a generated roadmap's phase statuses read as work under way")
    func phaseStatusWords() {
        for said in ["Nearing Completion", "Active Development", "Feature Development"] {
            #expect(Status(reading: said) == .onTrack, "\(said)")
        }
    }

    /// A strategy's plan over several years, its objectives numbered and their initiatives due by year, given the year the
    /// team reports on in front matter.
    static let yearPlan = """
        ---
        period: 2026
        ---

        ## Princípio I – Governo centrado no cidadão

        ### Objetivo 1 - Prover serviços públicos digitais centrados no cidadão

        1. Iniciativa 1.1: Transformar 95% dos serviços digitalizáveis até 2026
        2. Iniciativa 1.2: Oferecer avaliação de satisfação em 80 serviços até 2026
        """

    @Test("a year in front matter is the file's period, as a year in its title or path is")
    func frontMatterYear() throws {
        let strategy = "# Estratégia\n\n## Prioridades\n\n1. **Serviços digitais.** Serviços simples.\n"
        for written in ["period: 2026", "quarter: 2026", "quarter: \"2026\""] {
            let plan = loadWorkspace(["strategy.md": strategy,
                                      "objectives/efgd.md": Self.yearPlan.replacingOccurrences(of: "period: 2026", with: written)])
            #expect(!plan.diagnostics.contains { $0.severity == .error }, "\(written)")
            #expect(try #require(plan.objectiveFiles.first).quarter?.description == "2026", "\(written)")
        }
        // A range of years is those years (Leftovers37Tests); one Bearing cannot place is an error that says which key it
        // read and what it takes, and only that error.
        let plan = loadWorkspace(["strategy.md": strategy, "objectives/efgd.md": Self.yearPlan.replacingOccurrences(of: "period: 2026", with: "period: 2024 onwards")])
        let errors = plan.diagnostics.filter { $0.severity == .error }
        let error = try #require(errors.first)
        #expect(errors.count == 1)
        #expect(error.location.line == 2)
        #expect(error.message.contains("`period: 2024 onwards`"))
        #expect(error.fix?.contains("`2026`") == true)
    }

    @Test("'Objetivo 1 -', 'Objectif 2 :', 'Ziel 3:' label an objective as 'Objective 1 -' does")
    func objectiveLabelsInOtherLanguages() {
        let strategy = "# Estratégia\n\n## Prioridades\n\n1. **Serviços digitais.** Serviços simples.\n"
        let plan = loadWorkspace(["strategy.md": strategy, "objectives/efgd.md": Self.yearPlan + """

            ### Objetivo 2 - Ofertar serviços públicos digitais inclusivos

            3. Iniciativa 2.1: Estabelecer padrão de acessibilidade digital até 2025
            4. Iniciativa 2.2: Aplicar o padrão em 50% dos serviços até 2026

            ## Principe II – Gouvernement intégré

            ### Objectif 3 : Améliorer la gouvernance des données

            - Publier la politique de données
            """])
        #expect(plan.objectives.map(\.title) == ["Prover serviços públicos digitais centrados no cidadão",
                                                 "Ofertar serviços públicos digitais inclusivos", "Améliorer la gouvernance des données"])
        #expect(plan.objectives.first?.group == "Princípio I – Governo centrado no cidadão")
        #expect(plan.objectives.first?.keyResults.count == 2)
    }
}
