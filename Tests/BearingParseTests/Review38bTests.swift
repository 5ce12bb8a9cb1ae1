import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// review38b's findings on the helpers' merges, each in the shape a real file writes it.
@Suite("Review 38b: the helpers' rules on ordinary files")
struct Review38bTests: TrialWorkspace {
    let strategy = "# Strategy\n\n## Priorities\n\n### 1. Growth\nMore paying teams.\n\n### 2. Developer experience\nFaster builds.\n"

    @Test("a task list titled after its feature, over spec-kit's header, is read: a kind word inside a title names no design document")
    func taskBreakdownIsRead() {
        let tasks = items("""
            # Task Breakdown: Contract Renewal Reminders

            **Feature**: 004-renewals | **Branch**: `004-renewals` | **Spec**: [spec.md](spec.md)

            ## Phase 1: Setup

            - [x] T001 Create the reminders module
            - [ ] T002 Schedule the renewal job
            - [ ] T003 Send the reminder e-mail
            """)
        #expect(tasks.count == 3)
        let design = items("""
            # Design: platform roadmap 2027

            ## Overview
            - Move builds to the new runners

            ## Architecture
            - Split the monolith's billing module

            ## Data models
            - One schema for invoices

            ## Testing strategy
            - Contract tests for every service
            """)
        #expect(design.count >= 3)
    }

    @Test("a cross over work decided against stays dropped, even when its words say 'to do'")
    func notToDoIsDropped() {
        let dropped = items("""
            # Roadmap

            ## ❌ Not to do this year

            - Native desktop app

            ## ❌ Things we decided not to do

            - Self-hosted edition
            """)
        #expect(dropped.map(\.metadata.status) == [.dropped, .dropped])
    }

    @Test("a plain objectives file's front matter `priority: 2` names the strategy's second priority")
    func numericPriorityOutsideObsidian() {
        let plan = load(["objectives/2027-Q1-growth.md": """
            ---
            quarter: 2027-Q1
            priority: 1
            tags: [okr, growth]
            ---

            # Win more paying teams

            - [ ] Paying teams from 400 to 600, now 450
            """])
        let objective = plan.objectiveFiles.first?.objectives.first
        #expect(objective?.resolved.priorities == ["growth"])
        #expect(!plan.diagnostics.contains { $0.message.contains("how urgent") })
    }

    @Test("hashtags stay in titles of files that are no Obsidian notes: a tags: key, [[_TOC_]] or TOML's [[bin]] say nothing")
    func hashtagsOutsideObsidian() {
        let titled = items("""
            ---
            title: Roadmap
            tags: [roadmap]
            ---

            # Roadmap

            [[_TOC_]]

            ## Now

            - Announce every release in #releases
            - Deprecate the v1 API for #partners

            ```toml
            [[bin]]
            name = "bearing"
            ```
            """)
        #expect(titled.map(\.title) == ["Announce every release in #releases", "Deprecate the v1 API for #partners"])
    }
}
