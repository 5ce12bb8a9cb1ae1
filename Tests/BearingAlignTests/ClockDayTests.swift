import Foundation
import Testing
@testable import BearingAlign
import BearingModel
import BearingParse

/// Two builds of the same files on one day gave different `planning.db` files (trial 25b, F8): the pace was worked out
/// from the clock's instant, so `pace_elapsed` moved by the second.
@Suite("The clock's day")
struct ClockDayTests {
    @Test("without --today, scores are for the clock's day at midnight UTC, whatever the time of day")
    func midnight() throws {
        let morning = try #require(ISO8601DateFormatter().date(from: "2026-12-04T06:01:02Z"))
        let evening = try #require(ISO8601DateFormatter().date(from: "2026-12-04T23:59:59Z"))
        let first = Aligner.today(option: nil, config: WorkspaceConfig(), clock: morning)
        #expect(first == Aligner.today(option: nil, config: WorkspaceConfig(), clock: evening))
        #expect(first == Aligner.today(option: "2026-12-04", config: WorkspaceConfig()))
    }

    @Test("the pace of a quarter is the same at any time of the day")
    func pace() throws {
        let morning = try #require(ISO8601DateFormatter().date(from: "2026-11-10T01:00:00Z"))
        let evening = try #require(ISO8601DateFormatter().date(from: "2026-11-10T22:00:00Z"))
        let plan = plan(["strategy.md": smallStrategy, "objectives/2026-Q4.md": "## Ship the platform\n\n- [ ] Ship it\n"])
        let aligner = Aligner(vectors: Shared.vectors)
        let scopes = [morning, evening].map { clock in
            aligner.align(plan, today: Aligner.today(option: nil, config: plan.config, clock: clock)!).scopes
        }
        #expect(scopes.first?.contains { $0.pace != nil } == true)
        #expect(scopes[0] == scopes[1])
    }
}
