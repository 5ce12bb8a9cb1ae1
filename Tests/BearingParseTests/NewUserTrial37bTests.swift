import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// A new user's thirty-seventh trial, second part: the task lists two spec-driven generators write and a new user puts in
/// `roadmaps/`. GitHub spec-kit's `specs/NNN-feature/tasks.md` (phases of `- [ ] T001 [P] [US1] …` tasks, then notes about
/// them: the format key, which phase waits for which, the MVP-first strategy), its `plan.md`, and Kiro's
/// `.kiro/specs/*/tasks.md` (numbered checkbox tasks over numbered sub-tasks).
@Suite("Real planning files: a new user's trial (37b)")
struct NewUserTrial37bTests {
    func roadmap(_ markdown: String, path: String = "roadmaps/tasks.md") -> (Roadmap, [Diagnostic]) {
        RoadmapParser().parse(read(markdown, path: path))
    }

    /// A spec-kit task list as its template writes it, with its own small feature.
    static let specKitTasks = """
        # Tasks: Recipe sharing

        **Input**: Design documents from `/specs/004-recipe-sharing/`
        **Prerequisites**: plan.md, spec.md

        ## Format: `[ID] [P?] [Story] Description`

        - **[P]**: Can run in parallel (different files, no dependencies)
        - **[Story]**: Which user story this task belongs to (e.g., US1, US2)
        - Include exact file paths in descriptions

        ## Path Conventions

        - **Web app**: `api/src/`, `web/src/`

        ---

        ## Phase 1: Setup (Shared Infrastructure)

        **Purpose**: Project initialization

        - [x] T001 Create api/ and web/ folders
        - [x] T002 [P] Configure the linter in web/.eslintrc

        ---

        ## Phase 2: User Story 1 - Share a recipe by link (Priority: P1) 🎯 MVP

        **Goal**: A cook shares a recipe with a link.

        - [ ] T003 [P] [US1] Add the share endpoint in api/src/share.ts
        - [ ] T004 [US1] Add the share button in web/src/Recipe.tsx

        **Checkpoint**: User Story 1 works on its own

        ---

        ## Dependencies & Execution Order

        ### Phase Dependencies

        - **Setup (Phase 1)**: No dependencies - can start immediately
        - **User Story 1 (Phase 2)**: Depends on Setup

        ### Parallel Opportunities

        - Tasks marked [P] in one phase can run together

        ---

        ## Parallel Example: User Story 1

        ```bash
        Task: "Add the share endpoint in api/src/share.ts"
        ```

        ---

        ## Implementation Strategy

        ### MVP First (User Story 1 Only)

        1. Complete Phase 1: Setup
        2. Complete Phase 2: User Story 1
        3. **STOP and VALIDATE**: Test User Story 1 on its own

        ### Incremental Delivery

        1. Setup → Foundation ready
        2. Add User Story 1 → Test → Demo (MVP!)

        ---

        ## Task Count Summary

        - Total: 4 tasks
        - Parallel: 2 tasks

        ## Notes

        - [P] tasks = different files, no dependencies
        - Commit after each task
        """

    @Test("spec-kit's tasks.md: its phases' tasks are the items; the format key, dependencies, examples and strategy are no lanes")
    func specKitTasksList() {
        let (roadmap, _) = roadmap(Self.specKitTasks)
        #expect(roadmap.items.count == 4, "\(roadmap.items.map(\.title))")
        #expect(roadmap.items.allSatisfy { $0.title.hasPrefix("T00") }, "\(roadmap.items.map(\.title))")
        #expect(Set(roadmap.items.map(\.lane)).count == 2, "\(roadmap.items.map(\.lane))")
        #expect(!roadmap.items.contains { ["[P]", "[Story]", "MVP First (User Story 1 Only)", "Complete Phase 1: Setup"].contains($0.title) })
        #expect(!roadmap.lanes.contains { $0.title.hasPrefix("Format") || $0.title.hasPrefix("Dependencies") || $0.title.hasPrefix("Implementation") },
                "\(roadmap.lanes.map(\.title))")
    }

    @Test("a notation key or a generator's notes section is no lane; a lane of work with a like word stays one",
          arguments: [("Format: `[ID] [P?] [Story?] Description`", false), ("Task Format", false), ("Format", false),
                      ("Dependencies & Execution Order", false), ("Dependencies and execution order", false),
                      ("Implementation Strategy", false), ("Parallel Example: User Story 2", false),
                      ("Task Count Summary", false), ("Path Conventions", false), ("Constitution Check", false),
                      ("Technical Context", false),
                      ("Format migration", true), ("Formats: CSV and Parquet export", true), ("Execution engine", true),
                      ("Implementation of the strategy page", true), ("Parallel uploads", true)])
    func notesAboutThePlan(title: String, work: Bool) {
        let (roadmap, _) = roadmap("# Roadmap\n\n## \(title)\n\n- Ship the booking page\n- Send reminder texts\n\n## Later\n\n- Add payments\n")
        let titles = roadmap.items.map(\.title)
        #expect(titles == (work ? ["Ship the booking page", "Send reminder texts", "Add payments"] : ["Add payments"]), "\(titles)")
    }

    @Test("Kiro's tasks.md: a numbered checkbox task is titled by its number and words, not by its number alone")
    func kiroNumberedTasks() {
        let (roadmap, _) = roadmap("""
            # Implementation Plan: Recipe sharing

            ## Tasks

            - [x] 1. Add the share endpoint
              - [x] 1.1 Write the handler in `api/src/share.ts`
                - Return 404 for a missing recipe
                - _Requirements: 1.1, 1.2_
            - [ ] 2. Checkpoint
              - Ensure all tests pass, ask the user if questions arise.
            - [ ] 3. `share_recipe` tool for the assistant
            """)
        let titles = roadmap.items.map(\.title)
        #expect(titles.count == 3, "\(titles)")
        #expect(titles == ["1. Add the share endpoint", "2. Checkpoint", "3. `share_recipe` tool for the assistant"]
                || titles == ["1. Add the share endpoint", "2. Checkpoint", "3. share_recipe tool for the assistant"], "\(titles)")
        #expect(roadmap.items.map(\.metadata.status).first == .done)
    }

    @Test("a task's number before its words is no sentence; a sentence after it still ends the title")
    func numberedSentence() {
        #expect(RoadmapBullet.title(of: "Ship the editor. Then the viewer") == "Ship the editor")
        #expect(RoadmapBullet.title(of: "2. Ship the editor. Then the viewer") == "2. Ship the editor")
        #expect(RoadmapBullet.title(of: "2.3. Ship the editor") == "2.3. Ship the editor")
        #expect(RoadmapBullet.title(of: "2. 40% faster builds") == "2. 40% faster builds")
        #expect(RoadmapBullet.title(of: "2.") == "2")
    }
}
