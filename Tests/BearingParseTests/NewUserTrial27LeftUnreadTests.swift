import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// Left by trial 27: a yearly plan whose measures are all targets ("30% reduction in development cycle time") had a
/// `progress-unread` warning at each of its 11 key results, the same fact about the file said 11 times.
@Suite("New users' files (trial 27, left): one warning for a plan with no current values")
struct NewUserTrial27LeftUnreadTests: TwoPriorityTrial {
    let plan = """
        # Top 3 Platform Engineering Objectives for 2025

        ## Objective 1: Developer Experience and Self-Service Platform

        **Potential Benefits/Measures:**

        - 30% reduction in development cycle time
        - 50% fewer support tickets to the platform team
        - Developer satisfaction above 80%

        ## Objective 2: Secure by Default Delivery

        **Potential Benefits/Measures:**

        - 95% of services on the paved road
        - 25% reduction in cloud spend without sacrificing performance

        """

    @Test("no key result states a current value: one progress-unread warning, at the first key result's line")
    func oneWarningForTheFile() throws {
        let loaded = load(["objectives/2025.md": plan])
        #expect(loaded.objectives.flatMap(\.keyResults).count == 5)
        let unread = loaded.diagnostics.filter { $0.code == .progressUnread }
        #expect(unread.count == 1, "\(unread.map(\.message))")
        let warning = try #require(unread.first)
        #expect(warning.location.path.hasSuffix("objectives/2025.md"))
        #expect(warning.location.line == 7)
        #expect(warning.message.contains("5 of its 5 key results"), "\(warning.message)")
        #expect(warning.message.contains("no current value"), "\(warning.message)")
    }

    @Test("counter-case: once one key result says where it stands, each without a current value is warned at its line")
    func warnedEachOnceSomeStateProgress() {
        let loaded = load(["objectives/2025.md": plan.replacingOccurrences(of: "- 95% of services on the paved road",
                                                                           with: "- 95% of services on the paved road (now 60%)")])
        let unread = loaded.diagnostics.filter { $0.code == .progressUnread }
        #expect(unread.map(\.location.line) == [7, 8, 9, 16], "\(unread.map(\.location.line)) \(unread.map(\.message))")
    }
}
