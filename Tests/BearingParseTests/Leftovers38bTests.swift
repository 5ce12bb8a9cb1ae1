import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// The helpers' leftovers of session 37, in the real files' shapes with made-up content: spec-kit's and Kiro's design
/// documents put among the roadmaps, spec-kit's decorations, get-shit-done's roadmap cards, and smaller shapes.
@Suite("Leftovers of session 37 (38b)")
struct Leftovers38bTests: TwoPriorityTrial {
    /// spec-kit's `plan.md` as `/speckit.plan` writes it, for a feature of its own.
    static let specKitPlan = """
        # Implementation Plan: Recipe sharing

        **Branch**: `004-recipe-sharing` | **Date**: 2027-02-01 | **Spec**: [spec.md](spec.md)
        **Input**: Feature specification from `/specs/004-recipe-sharing/spec.md`

        **Note**: This template is filled in by the `/speckit.plan` command.

        ## Summary

        Let a cook share a recipe by link, with a read-only page for people without an account.

        ## Technical Context

        **Language/Version**: TypeScript 5.4
        **Primary Dependencies**: Fastify, React
        **Storage**: PostgreSQL 16
        **Testing**: vitest, Playwright

        ## Constitution Check

        *GATE: Must pass before Phase 0 research.*

        ### Principle I: Tests first ✅ PASS
        - Contract tests written before the endpoint

        ### Principle II: Small pieces ✅ PASS
        - One endpoint, one page

        ## Project Structure

        ```text
        api/src/share.ts
        web/src/SharePage.tsx
        ```

        ## Phase 0: Outline & Research

        ### Research Task 1: Link tokens
        - Signed tokens or random ids?

        ## Phase 2: Task Breakdown

        *This section describes what the /tasks command will do — NOT executed by /plan*

        - Generate tasks from the contracts and the data model
        - Each contract → contract test task [P]

        ## Next Steps

        1. Run `/speckit.tasks` to create tasks.md
        """

    /// spec-kit's `spec.md`: user stories with Given/When/Then scenarios, requirements and success criteria.
    static let specKitSpec = """
        # Feature Specification: Recipe sharing

        **Feature Branch**: `004-recipe-sharing`
        **Created**: 2027-01-28
        **Status**: Draft
        **Input**: User description: "let cooks share a recipe by link"

        ## User Scenarios & Testing *(mandatory)*

        ### User Story 1 - Share a recipe by link (Priority: P1)

        A cook copies a link to one recipe and sends it to a friend.

        **Why this priority**: Sharing is the feature.

        **Acceptance Scenarios**:

        1. **Given** a saved recipe, **When** the cook taps Share, **Then** a link is copied
        2. **Given** a shared link, **When** a friend opens it, **Then** the recipe shows read-only

        ---

        ### User Story 2 - Revoke a link (Priority: P2)

        A cook stops sharing a recipe.

        ## Requirements *(mandatory)*

        ### Functional Requirements

        - **FR-001**: System MUST create a link per shared recipe
        - **FR-002**: System MUST let the owner revoke a link

        ## Success Criteria *(mandatory)*

        ### Measurable Outcomes

        - **SC-001**: 30% of active cooks share a recipe in the first month
        - **SC-002**: A shared page loads in under 1 second
        """

    /// Kiro's `requirements.md`: a user story and acceptance criteria per requirement.
    static let kiroRequirements = """
        # Requirements Document

        ## Introduction

        Cooks can share a recipe with people who have no account.

        ## Requirements

        ### Requirement 1

        **User Story:** As a cook, I want to share a recipe by link, so that friends can read it.

        #### Acceptance Criteria

        1. WHEN a cook taps Share THEN the system SHALL copy a link
        2. WHEN the link is opened THEN the system SHALL show the recipe read-only

        ### Requirement 2

        **User Story:** As a cook, I want to revoke a link, so that I control who reads my recipes.

        #### Acceptance Criteria

        1. WHEN a cook revokes a link THEN the system SHALL answer 404 for it
        """

    /// Kiro's `design.md`.
    static let kiroDesign = """
        # Design Document

        ## Overview

        A share endpoint makes a signed link; a read-only page renders it.

        ## Architecture

        - `api/src/share.ts` signs and checks tokens
        - `web/src/SharePage.tsx` renders the page

        ## Components and Interfaces

        - `POST /recipes/:id/share` returns `{ url }`

        ## Error Handling

        - A revoked or unknown token answers 404

        ## Testing Strategy

        - Contract tests for the endpoint
        """

    @Test("spec-kit's plan.md and spec.md, Kiro's requirements.md and design.md among the roadmaps: one note each at the title, no items",
          arguments: [("plan.md", specKitPlan, "spec-kit's implementation plan"), ("spec.md", specKitSpec, "spec-kit's feature specification"),
                      ("requirements.md", kiroRequirements, "Kiro's requirements document"), ("design.md", kiroDesign, "a design document")])
    func designDocumentsAreNoRoadmaps(file: String, markdown: String, kind: String) {
        let plan = load(["roadmaps/004-recipe-sharing/\(file)": markdown, "roadmaps/004-recipe-sharing/tasks.md": NewUserTrial37bTests.specKitTasks])
        let roadmaps = plan.roadmaps.map(\.path)
        #expect(roadmaps == ["roadmaps/004-recipe-sharing/tasks.md"], "\(roadmaps)")
        #expect(plan.roadmaps.flatMap(\.items).count == 4)
        let said = plan.diagnostics.filter { $0.location.path.hasSuffix(file) }
        #expect(said.count == 1, "\(said)")
        #expect(said.first?.code == .skippedFile && said.first?.severity == .note && said.first?.location.line == 1, "\(said)")
        #expect(said.first?.message.contains(kind) == true, "\(said)")
    }

    @Test("the same documents among the objectives are no objectives either")
    func designDocumentsAreNoObjectives() {
        let plan = load(["objectives/spec.md": Self.specKitSpec, "objectives/2027-Q1.md": "## Grow sharing\n\n- [ ] 30% of cooks share a recipe\n"])
        #expect(plan.objectives.map(\.title) == ["Grow sharing"], "\(plan.objectives.map(\.title))")
        #expect(plan.diagnostics.filter { $0.location.path == "objectives/spec.md" }.map(\.code) == [.skippedFile])
    }

    @Test("a roadmap titled as an implementation plan, or Kiro's task list, is still read",
          arguments: ["# Implementation Plan: 2027\n\n## Q1 2027\n\n- Ship the share page\n- Revoke links\n",
                      "# Implementation Plan\n\n- [x] 1. Ship the share page\n- [ ] 2. Revoke links\n",
                      "# Design roadmap\n\n## Overview\n\nWhat the design team does.\n\n## Now\n\n- Ship the share page\n- Revoke links\n",
                      "# Feature Specification roadmap\n\n## Now\n\n- Ship the share page\n- Revoke links\n"])
    func lookalikesStayRoadmaps(markdown: String) {
        let plan = load(["roadmaps/plan.md": markdown])
        #expect(plan.roadmaps.flatMap(\.items).count == 2, "\(plan.roadmaps.flatMap(\.items).map(\.title))")
        #expect(!plan.codes.contains(.skippedFile))
    }

    /// A get-shit-done roadmap's phase cards: a field block closed by the label of its success criteria, and one of fields
    /// alone.
    static let gsdRoadmap = """
        # Roadmap: Recipe box

        ## Phases

        - [x] **Phase 1: Storage** - keep every recipe
        - [ ] **Phase 2: Sharing** - links for friends
        - [ ] **Phase 3: Launch** - open the doors

        ## Phase Details

        ### Phase 1: Storage
        **Goal**: Every recipe a cook saves is kept with its photos
        **Depends on**: Nothing (first phase)
        **Requirements**: STORE-01, STORE-02
        **Success Criteria** (what must be TRUE):
          1. A saved recipe survives a restart
          2. Photos up to 10 MB are kept

        Plans:
        - [x] 01-01-PLAN.md -- schema and migrations

        ### Phase 2: Sharing
        **Goal**: A cook shares a recipe by link
        **Depends on**: Phase 1

        ### Phase 3: Launch
        **Goal**: Anyone can sign up
        **Depends on**: All of Phases 1–2
        """

    @Test("`Depends on: All of Phases 1–2` depends on each phase named")
    func allOfPhases() {
        let plan = load(["roadmaps/ROADMAP.md": Self.gsdRoadmap])
        let items = plan.roadmaps.flatMap(\.items)
        #expect(plan.errors.isEmpty, "\(plan.errors)")
        #expect(items.last?.resolved.dependsOn == items.prefix(2).map(\.id), "\(items.last?.resolved.dependsOn ?? [])")
    }

    @Test("two quarters of one year each written with the year are their half-year", arguments: [
        ("Q3 2027 – Q4 2027", "2027-H2"), ("Q1 2027 - Q2 2027", "2027-H1"), ("2027 Q3 – 2027 Q4", "2027-H2"),
        ("Q2 2027 to Q3 2027", "2027-Q3"), ("Q4 2026 – Q1 2027", "2026-Q4"), ("Q3–Q4 2027", "2027-H2"),
    ])
    func quarterSpanWithYears(written: String, period: String) {
        #expect(Quarter.find(in: written)?.description == period)
        let plan = load(["roadmaps/plan.md": "# Plan\n\n## \(written)\n\n- Ship the share page\n"])
        #expect(plan.roadmaps.first?.lanes.first?.period == period, "\(plan.roadmaps.first?.lanes.map(\.period) ?? [])")
    }
}
