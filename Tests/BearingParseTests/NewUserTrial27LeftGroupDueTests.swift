import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// Left by trial 26b: a group's intro that says when its work is due ("### Payments" over "Target: end of Q2 2026.")
/// did not reach the items under it, which had no period.
@Suite("New users' files (trial 27, left): a date in a group's intro")
struct NewUserTrial27LeftGroupDueTests: TwoPriorityTrial {
    @Test("a group's Target line or forward-looking first sentence is the period of its items that state no date", arguments: [
        "Target: end of Q2 2026.",
        "**Target:** end of Q2 2026",
        "We will finish these by the end of Q2 2026.",
    ])
    func groupIntroDate(_ intro: String) {
        let read = items("""
            # Product roadmap

            ## Next

            ### Payments

            \(intro)

            #### Card payments

            Take cards at checkout.

            #### Refunds

            Self-serve refunds, due in Q4 2026.

            #### Invoices

            We expect to ship invoices in Q3 2026.
            """)
        #expect(read.map(\.title) == ["Card payments", "Refunds", "Invoices"], "\(read.map(\.title))")
        #expect(read.map(\.group) == ["Payments", "Payments", "Payments"])
        // Refunds and Invoices say when they are due themselves.
        #expect(read.map(\.period) == ["2026-Q2", "2026-Q4", "2026-Q3"], "\(intro): \(read.map(\.period))")
    }

    @Test("a month in a group's intro takes the lane's year; a group with no intro keeps the lane's period")
    func groupIntroYear() {
        let read = items("""
            # Product roadmap

            ## 2025

            ### Payments

            Target: end of March.

            #### Card payments

            Take cards at checkout.

            #### Refunds

            Self-serve refunds.

            ### Search

            #### Index the docs

            A search box on every page.

            #### Rank the results

            By how often pages are read.

            We will revisit ranking by the end of Q4 2026.
            """)
        #expect(read.map(\.title) == ["Card payments", "Refunds", "Index the docs", "Rank the results"], "\(read.map(\.title))")
        #expect(read.map(\.period) == ["March 2025", "March 2025", "2025", "2025"], "\(read.map(\.period))")
    }
}
