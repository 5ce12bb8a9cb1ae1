import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// Session 33's leftovers of the last session's real-input work, each in the shape a user brought.
@Suite("Leftovers 33: real shapes left by the last session")
struct Leftovers33Tests {
    /// Left 32: prose run on under a roadmap bullet that opens with a known key's word was read as the field: "Size:
    /// depends on the vendor." warned as an effort, "Lead: whoever is free that week." became an owner, and "After: the
    /// migration we finish the cutover of replicas." an unknown-dependency error.
    @Test("a line under a bullet that opens with a key but reads as a sentence stays the item's text")
    func implausibleContinuationValues() throws {
        let (roadmap, diagnostics) = RoadmapParser().parse(read("""
            # Platform roadmap

            ## Now

            - **Move to Postgres 16.** Upgrade the primary cluster.
              After: the migration we finish the cutover of replicas.
              Lead: whoever is free that week.
              Size: depends on the vendor.
            - **Retire the old API.** Turn off v1.
              Lead: @maria
              Size: M
              After: Move to Postgres 16
            - Fix the dashboard navigation
              Lead: Will Chen
              Effort: 2-3 hours
            """, path: "roadmaps/platform.md"))
        #expect(roadmap.items.map(\.title) == ["Move to Postgres 16", "Retire the old API", "Fix the dashboard navigation"])
        #expect(roadmap.items.map(\.metadata.owners) == [[], ["maria"], ["Will Chen"]])
        #expect(roadmap.items.map(\.metadata.effort) == [nil, 2, 2.5])
        #expect(roadmap.items.map { $0.metadata.dependsOn.map(\.text) } == [[], ["Move to Postgres 16"], []])
        // Each remark is said at its line (Leftovers34Tests): the key is a field's, and no value is read from it.
        #expect(diagnostics.filter { $0.code == .invalidValue }.map(\.location.line) == [6, 7, 8], "\(diagnostics)")
        // The sentences are the first item's text, shown on its card.
        let shown = roadmap.items[0].blocks.map { block -> String in
            if case .paragraph(let content) = block.kind { return content.plainText }
            return ""
        }.joined(separator: " ")
        #expect(shown.contains("whoever is free") && shown.contains("depends on the vendor"), "\(shown)")
    }

    /// Left 32: "Raise NPS to 40" over "- Target: 45" was graded against 45 (0.33 at 35 from 30) and nobody was told
    /// that the key result's words aim at 40, against which it is half way.
    @Test("a Target line that contradicts the figure the key result's words aim at is read, and said")
    func targetAgainstWords() {
        let (file, diagnostics) = ObjectivesParser(config: WorkspaceConfig()).parse(read("""
            # 2026 Q4

            ## Delight customers

            - [ ] Raise NPS to 40
              - Baseline: 30
              - Current: 35
              - Target: 45
            - [ ] Cut churn to 2%
              - Baseline: 4%
              - Current: 3%
              - Target: 2%
            - [ ] Reduce p95 latency to 200 ms
              - Baseline: 450 ms
              - Current: 300 ms
            """, path: "objectives/2026-Q4.md"))
        let results = file.objectives.first?.keyResults ?? []
        #expect(results.map { $0.progress.map { ($0 * 100).rounded() / 100 } } == [0.33, 0.5, 0.6])
        let said = diagnostics.filter { $0.message.contains("Target line") }
        #expect(said.map(\.location.line) == [5])
        #expect(said.first?.message.contains("aim at 40 but its Target line says 45") == true)
    }

    /// Left 32: a proposal's statuses (an RFC's, Rust's goals'): Postponed was an unknown-status warning and the goal had
    /// no status, while a "Postponed" lane already holds work put off (`dropped`), as Deferred does.
    @Test("proposal statuses: Proposed is not started, Implemented done, Rejected, Declined, Withdrawn and Postponed dropped; Accepted a decision", arguments: [
        ("Proposed", Status?.some(.notStarted), nil), ("Implemented", .done, nil), ("Rejected", .dropped, nil), ("Declined", .dropped, nil),
        ("Withdrawn", .dropped, nil), ("Postponed", .dropped, nil), ("Accepted", nil, "Accepted"), ("Approved", nil, "Approved"),
    ])
    func proposalStatuses(word: String, status: Status?, decision: String?) {
        let (file, diagnostics) = ObjectivesParser(config: WorkspaceConfig()).parse(read("""
            # Reborrow traits

            | Metadata | |
            | --- | --- |
            | Status | \(word) |

            Make reborrowing user-definable.
            """, path: "objectives/2026/reborrow.md"))
        #expect(file.objectives.first?.metadata.status == status)
        #expect(file.objectives.first?.metadata.custom.first { $0.key == "Decision" }?.value == decision)
        #expect(!diagnostics.contains { $0.code == .unknownStatus })
    }
}

/// Review 33: shapes the session's rules must not take from users.
@Suite("Review 33: fields, dependencies and boards the session's rules must keep")
struct Review33Tests {
    /// A dependency names an item, and item titles hold "is" and "that"; and one sentence-like field line must not
    /// turn the fields above it into text.
    @Test("a dependency on an item whose title holds 'is' or 'that' is read, and fields above a sentence-like one stay fields")
    func dependenciesAndFieldsAboveASentence() {
        let (roadmap, diagnostics) = RoadmapParser().parse(read("""
            # Product roadmap

            ## Now

            - **Checkout is fast.** Pages under a second.
            - **Search that works offline.** Indexed locally.
            - **Guided setup.** A checklist for new customers.
              Owner: Will Chen
              Depends on: Checkout is fast
              Size: M
            - **Invoices.** Sent monthly. Depends on: Search that works offline
            - **Billing.** Self-serve.
              Owner: Ana
              Size: depends on the vendor.
            """, path: "roadmaps/product.md"))
        #expect(roadmap.items.map(\.title) == ["Checkout is fast", "Search that works offline", "Guided setup", "Invoices", "Billing"])
        #expect(roadmap.items.map { $0.metadata.dependsOn.map(\.text) } == [[], [], ["Checkout is fast"], ["Search that works offline"], []])
        #expect(roadmap.items.map(\.metadata.owners) == [[], [], ["Will Chen"], [], ["Ana"]])
        #expect(roadmap.items[2].metadata.effort == 2)
        // The size that is no size warns, as it did before sentences were weighed.
        #expect(diagnostics.contains { $0.code == .invalidValue && $0.location.line == 14 })
    }

    /// `| [Now](#now) | [Next](#next) |` over sections that only say what each lane means: the table is the board.
    @Test("a board whose headers link to sections of prose keeps its items")
    func boardWithLinkedHeadersOverProse() {
        let (roadmap, _) = RoadmapParser().parse(read("""
            # Product roadmap

            | [Now](#now) | [Next](#next) | [Later](#later) |
            | --- | --- | --- |
            | Guided setup | Billing v2 | Partner API |
            | Audit logs | SSO | Mobile app |

            ## Now

            What we are working on this quarter.

            ## Next

            What comes after.

            ## Later

            Ideas.
            """, path: "roadmaps/product.md"))
        #expect(roadmap.items.map(\.title) == ["Guided setup", "Audit logs", "Billing v2", "SSO", "Partner API", "Mobile app"])
    }

    /// An empty objective right under the title, written at the level of the file's other objectives, above a team's H2.
    @Test("an empty heading under the title at the level the file's objectives use stays an objective")
    func emptyObjectiveAboveAGroup() {
        let plan = loadWorkspace([
            "strategy.md": "# Strategy\n\n## Priorities\n\n1. **Grow** {#grow}\n",
            "objectives/2026-Q4.md": "# OKRs 2026-Q4\n\n### Hire two engineers\n\n## Team Platform\n\n### Ship billing\n\n- Priorities: grow\n- [ ] Invoices sent: 0 of 10\n",
        ])
        #expect(plan.objectives.map(\.title) == ["Hire two engineers", "Ship billing"])
    }

    /// "**Phase 2:** Scale to partners." was the priority "Phase 2", id `phase-2`; the label stays a name of it.
    @Test("a priority named by its words after 'Phase 2:' is still found by 'Phase 2' and phase-2")
    func phaseLabelStillNamesThePriority() {
        let plan = loadWorkspace([
            "strategy.md": "# Strategy\n\n## Our priorities\n\n1. **Phase 1:** Build the core.\n2. **Phase 2:** Scale to partners.\n",
            "objectives/2026-Q4.md": "## Partner program\n- Priorities: phase-2\n- [ ] Partners: 0 of 3\n\n## Partner docs\n- Priorities: Phase 2\n- [ ] Docs: 0 of 3\n",
        ])
        #expect(plan.strategy?.priorities.map(\.id) == ["build-the-core", "scale-to-partners"])
        #expect(plan.objectives.map(\.resolved.priorities) == [["scale-to-partners"], ["scale-to-partners"]])
        #expect(plan.errors.isEmpty)
    }
}
