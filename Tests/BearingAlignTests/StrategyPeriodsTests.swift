import Foundation
import Testing
import BearingModel
import BearingParse
@testable import BearingAlign

/// Strategy versions: what counts as a change, how it is told, and which quarters each version scores.
@Suite("strategy periods")
struct StrategyPeriodsTests {
    static let before = """
        ---
        weights:
          platform: 60%
          grow-revenue: 40%
        ---
        # Strategy

        ## Priorities

        1. **Platform.** Run one shared platform. {#platform}
        2. **Grow revenue.** Grow recurring revenue.
        3. **Community.** Co-create with communities. {#community}
        """

    /// "Grow revenue" (an id from its title) renamed, Community dropped, Costs added, the weights moved.
    static let after = """
        ---
        weights:
          platform: 50%
          grow-recurring-revenue: 50%
        ---
        # Strategy

        ## Priorities

        1. **Platform.** Run one shared platform. {#platform}
        2. **Grow recurring revenue.** Grow recurring revenue.
        3. **Costs.** Spend less on hosting. {#costs}
        """

    static func strategy(_ text: String) throws -> Strategy { try #require(plan(["strategy.md": text]).strategy) }

    static func version(_ strategy: Strategy, _ day: String) -> StrategyVersion {
        StrategyVersion(strategy: strategy, commit: CommitInfo(commit: day, author: "Ana", email: "", date: day, committed: day), since: DateText.parse(day)!)
    }

    @Test("changes name renamed (same place, new id), added and removed priorities and moved weights")
    func changes() throws {
        let changes = StrategyChange.between(try Self.strategy(Self.before), try Self.strategy(Self.after)).map(\.text)
        #expect(changes == ["'Grow revenue' renamed 'Grow recurring revenue'", "+1 priority: 3 'Costs'", "−1 priority: 'Community'",
                            "weights changed: 'Platform' 60% → 50%, 'Grow recurring revenue' none → 50%, 'Grow revenue' 40% → none"], "\(changes)")
        // In one sentence: top-level priorities by title, sub-priorities counted, long titles cut.
        let summary = StrategyChange.summary(StrategyChange.between(try Self.strategy(Self.before), try Self.strategy(Self.after)))
        #expect(summary == "'Grow revenue' renamed 'Grow recurring revenue', +1 priority: 3 'Costs', −1 priority: 'Community', weights changed")
        let subs = try Self.strategy(Self.after.replacingOccurrences(of: "{#costs}", with: "{#costs}\n   - Fewer vendors. {#vendors}\n   - Cheaper hosting for every community we serve today. {#hosting}"))
        let added = StrategyChange.summary(StrategyChange.between(try Self.strategy(Self.after), subs))
        #expect(added == "+2 sub-priorities", "\(added)")
    }

    @Test("a quarter is scored against the version in force at its end, only when it ended before the latest took effect")
    func assignment() throws {
        let old = try Self.strategy(Self.before), new = try Self.strategy(Self.after)
        let versions = [Self.version(old, "2026-01-10"), Self.version(new, "2026-07-14")]
        let quarters = ["2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"].compactMap { Quarter.find(in: $0, fiscalStart: 1) }
        // 2025-Q4 ended before any version: today's strategy. Q1 and Q2 ended under the old one. Q3 ended after the change.
        #expect(StrategyPeriods.assign(quarters, versions: versions, current: new) == ["2026-Q1": 0, "2026-Q2": 0])
        // A change on the quarter's last day is in force for it.
        let onLastDay = [Self.version(old, "2026-01-10"), Self.version(new, "2026-06-30")]
        #expect(StrategyPeriods.assign(quarters, versions: onLastDay, current: new) == ["2026-Q1": 0])
        // Back to the old strategy in October: Q1 and Q2 read as today's, so only Q3 (under the new one) is re-scored.
        #expect(StrategyPeriods.assign(quarters, versions: versions + [Self.version(old, "2026-10-01")], current: old) == ["2026-Q3": 1])
        #expect(StrategyPeriods.assign(quarters, versions: [versions[0]], current: old) == [:])
    }
}
