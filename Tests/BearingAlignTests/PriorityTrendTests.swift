import Testing
@testable import BearingAlign

/// A priority's trend direction runs up to the current quarter: later quarters hold what is only planned (docs/scoring.md).
@Suite("Priority trends")
struct PriorityTrendTests {
    static func objective(_ title: String, _ priority: String) -> String {
        "## \(title)\n- Priorities: \(priority)\n\n"
    }

    @Test("quarters after the current one do not set the trend's direction")
    func futureQuartersLeftOut() throws {
        let files = [
            "strategy.md": smallStrategy,
            "objectives/2026-Q3.md": Self.objective("Run the shared platform", "platform") + Self.objective("Grow memberships", "revenue"),
            "objectives/2026-Q4.md": Self.objective("Harden the shared platform", "platform") + Self.objective("Renew memberships", "revenue"),
            // One planned item in each later quarter: 0% then 100% of their effort for revenue.
            "objectives/2027-Q1.md": Self.objective("Rebuild the platform", "platform"),
            "objectives/2027-Q2.md": Self.objective("Price memberships", "revenue"),
        ]
        let alignment = align(plan(files), today: "2026-11-15")
        let revenue = try #require(alignment.priorities.first { $0.priority == "revenue" })
        #expect(revenue.trend.map(\.quarter) == ["2026-Q3", "2026-Q4", "2027-Q1", "2027-Q2"], "planned quarters stay, for the heatmap")
        #expect(revenue.direction == "steady", "50% in Q3 and Q4; the planned 2027 quarters would have made it rising")
    }
}
