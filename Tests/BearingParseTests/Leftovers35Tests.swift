import BearingModel
@testable import BearingParse
import Testing

/// Session 35's leftovers: what session 34 left read wrongly or silently, each in the shape a real file writes it.
struct Leftovers35LaneTableTests: TrialWorkspace {
    let strategy = "## Our priorities\n\n### Faster dashboards\n\nDashboards load in under a second.\n\n### Reliable platform\n\nFewer incidents.\n"

    @Test("a lane's table with no column named for the work gives no items: a warning at the table names its header")
    func unreadLaneTable() throws {
        let plan = load(["roadmaps/roadmap.md": """
            # Product roadmap

            ## Now

            | Feature | Owner | Due |
            |---|---|---|
            | Tile cache | Ana | 2026-03 |

            ## Billing

            | Area | Change | Status |
            |---|---|---|
            | Invoices | Usage-based invoices | planned |
            | Taxes | EU VAT rules | planned |

            ## Compliance

            | Requirement | Rationale |
            |---|---|
            | Audit log export | customers ask for it |
            """])
        #expect(plan.roadmaps.first?.items.map(\.title) == ["Tile cache"])
        let warnings = plan.diagnostics.filter { $0.code == .unreadRoadmapItems }
        #expect(warnings.map(\.location.line) == [11, 18], "\(warnings)")
        #expect(warnings.first?.message.contains("`| Area | Change | Status |` under “Billing”") == true, "\(warnings)")
        #expect(warnings.first?.message.contains("2 rows") == true)
        #expect(warnings.last?.message.contains("`| Requirement | Rationale |`") == true)
    }

    @Test("tables a lane reads, and tables that hold no work (a risk register, the lane's fields), give no such warning")
    func readTablesAndNonWork() throws {
        let plan = load(["roadmaps/roadmap.md": """
            # Product roadmap

            ## Now

            | Epic | Notes | State |
            |---|---|---|
            | Columnar storage | hot tables | planned |

            ## Next

            | Initiative | Why | Size |
            |---|---|---|
            | Multi-region failover | outages | L |

            ## Later

            | Deliverable | Quarter |
            |---|---|
            | Self-serve SSO | Q3 2026 |

            | Story ID | Story | Status |
            |---|---|---|
            | S-12 | Export to CSV | planned |

            ## Risks we watch

            | Risk | Mitigation |
            |---|---|
            | Vendor delay | second vendor |

            ## Someday

            | Owner | Platform team |
            |---|---|
            """])
        #expect(plan.roadmaps.first?.items.map(\.title) == ["Columnar storage", "Multi-region failover", "Self-serve SSO", "Export to CSV"])
        #expect(!plan.codes.contains(.unreadRoadmapItems), "\(plan.diagnostics)")
    }

    @Test("a roadmap whose one lane is such a table: the warning names the table, not 'no roadmap items'")
    func onlyLane() throws {
        let plan = load(["roadmaps/roadmap.md": "# Roadmap\n\n## Billing\n\n| Area | Change | Status |\n|---|---|---|\n| Invoices | Usage-based invoices | planned |\n"])
        #expect(plan.roadmaps.first?.items.isEmpty == true)
        #expect(plan.diagnostics.filter { $0.code == .unreadRoadmapItems }.map(\.location.line) == [5])
    }
}
