import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// review39b's findings on the helpers' merges of session 39, each in the shape a real file writes it.
@Suite("Review 39b: the helpers' rules on ordinary files")
struct Review39bTests: TrialWorkspace {
    let strategy = "# Strategy\n\n## Priorities\n\n### Reliability\nKeep the service up.\n\n### Growth\nGrow adoption.\n"

    @Test("a done word before a due date is when the work is due, not that it is done: 'Complete by end of Q3', 'Done in Q4'")
    func doneWordBeforeDueDate() {
        let plan = load([
            "objectives/2026-Q3.md": """
                # Q3 2026 objectives

                | Objective | Owner | Status |
                |---|---|---|
                | Cut p95 latency to 200ms | Dana | Complete by September |
                | Migrate billing | Sam | Done in Q4 |
                | Launch the partner API | Lee | Launched on August 3, 2026 |
                | Retire the old ledger | Ola | Complete by PR #81 |
                """,
            "roadmaps/product.md": """
                # Product roadmap

                ## Now

                ### Billing export
                Status: Complete by end of Q3

                ### Audit log
                Status: Done by June 30

                ### Search
                Status: Finished on 2026-05-01

                ### Imports
                Status: Delivered by the partner team

                ### Webhooks
                Status: Blocked by the platform team
                """,
        ])
        let objectives = Dictionary(plan.objectives.map { ($0.title, $0.metadata.status) }, uniquingKeysWith: { first, _ in first })
        #expect(objectives["Cut p95 latency to 200ms"] == .some(nil))
        #expect(objectives["Migrate billing"] == .some(nil))
        #expect(objectives["Launch the partner API"] == .done)
        // "by" what did it, not when: done.
        #expect(objectives["Retire the old ledger"] == .done)
        let items = Dictionary((plan.roadmaps.first?.items ?? []).map { ($0.title, $0.metadata.status) }, uniquingKeysWith: { first, _ in first })
        #expect(items["Billing export"] == .some(nil))
        #expect(items["Audit log"] == .some(nil))
        #expect(items["Search"] == .done)
        #expect(items["Imports"] == .done)
        #expect(items["Webhooks"] == .offTrack)
        // Not read, the sentence is said: the owner learns it is no status.
        let said = plan.diagnostics.filter { $0.code == .unknownStatus }.map(\.message).joined(separator: " ")
        #expect(said.contains("Complete by September") && said.contains("Complete by end of Q3"), "\(said)")
    }

    @Test("a bold caption over a table of objectives is kept: a team it names owns the rows, other words group them")
    func captionKept() {
        let plan = load([
            "objectives/2026-Q3.md": """
                # Q3 2026

                ## Objectives

                **Platform team**

                | Objective | Owner | Status |
                |---|---|---|
                | Cut p95 latency | Dana | On track |
                | Zero-downtime deploys | Eli | At risk |

                **Primary Goals (May shift based on hiring)**

                | Objective | Owner | Status |
                |---|---|---|
                | Double trial signups | Fay | On track |

                **Stretch Goals**

                | Objective | Owner | Status |
                |---|---|---|
                | Self-serve upgrades | Gus | Not started |
                """,
        ])
        let byTitle = Dictionary(plan.objectives.map { ($0.title, $0) }, uniquingKeysWith: { first, _ in first })
        #expect(plan.objectives.count == 4, "\(plan.objectives.map(\.title))")
        #expect(byTitle["Cut p95 latency"]?.metadata.team == "Platform")
        #expect(byTitle["Zero-downtime deploys"]?.metadata.team == "Platform")
        #expect(byTitle["Double trial signups"]?.metadata.team == nil)
        #expect(byTitle["Double trial signups"]?.group == "Primary Goals (May shift based on hiring)")
        #expect(byTitle["Self-serve upgrades"]?.metadata.custom.contains { $0.value == "aspirational" } == true)
    }

    @Test("'Discovery' is a status only as a Status value: as a heading or a bold label it names a product area")
    func discoveryHeadingIsNoStatus() {
        let plan = load([
            "roadmaps/search.md": """
                # Search product roadmap

                ## Q4 2026

                ### Discovery

                - Related articles panel
                - Trending searches

                ### Indexing

                - Incremental reindex
                """,
            "objectives/2026-Q4.md": """
                # Q4 2026 OKRs

                ## Objectives

                **Discovery**

                - Improve content discovery on the home page
                - Launch topic pages

                | Objective | Owner | Status |
                |---|---|---|
                | Faster indexing | Ana | Discovery |
                """,
        ])
        let items = plan.roadmaps.first?.items ?? []
        #expect(items.filter { $0.group == "Discovery" }.count == 2)
        #expect(items.allSatisfy { $0.metadata.status == nil }, "\(items.map { ($0.title, $0.metadata.status) })")
        let titles = plan.objectives.map(\.title)
        #expect(titles.contains("Discovery"), "\(titles)")
        #expect(!titles.contains("Launch topic pages"), "\(titles)")
        #expect(plan.objectives.first { $0.title == "Faster indexing" }?.metadata.status == .onTrack)
    }
}
