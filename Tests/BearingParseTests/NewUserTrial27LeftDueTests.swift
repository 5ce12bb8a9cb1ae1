import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// Left by trial 26b: "by end of March" in an item's words had no date, though its lane (`## 2025`) or the roadmap's
/// title gives the year. Without a year anywhere it stays no date: Bearing never takes this year by guess.
@Suite("New users' files (trial 27, left): a month without a year in an item's words")
struct NewUserTrial27LeftDueTests: TwoPriorityTrial {
    @Test("a month in an item's title or text is due in the year its lane gives")
    func monthInYearLane() {
        let read = items("""
            # Product roadmap

            ## 2025

            - Invoices by end of March
            - **Card payments.** We will ship card payments by early June.
            - Ledger export by the end of Q3

            ## 2026

            ### Mobile app

            The app will be in the stores by end of September.
            """)
        #expect(read.map(\.title) == ["Invoices by end of March", "Card payments", "Ledger export by the end of Q3", "Mobile app"])
        #expect(read.map(\.metadata.due) == ["end of March 2025", "early June 2025", "end of Q3 2025", "end of September 2026"], "\(read.map(\.metadata.due))")
        #expect(read.map(\.period) == ["March 2025", "June 2025", "2025-Q3", "September 2026"], "\(read.map(\.period))")
    }

    @Test("the quarter in a roadmap's title gives the year of a month in its theme lanes")
    func monthUnderDatedTitle() {
        let read = items("""
            # Quarterly Roadmap – Q1 2026

            ## Payments

            - Invoices by end of March
            """)
        #expect(read.first?.metadata.due == "end of March 2026")
        #expect(read.first?.period == "March 2026", "\(String(describing: read.first?.period))")
    }

    @Test("without a year in the plan a month alone is no due date, and a lowercase 'march' is a verb")
    func noYearNoDate() {
        let read = items("""
            # Product roadmap

            ## Now

            - Invoices by end of March

            ### Mobile app

            The app will be in the stores by end of March.

            ## 2025

            - Volunteers will march by the river
            """)
        #expect(read.map(\.metadata.due) == [nil, nil, nil], "\(read.map(\.metadata.due))")
    }
}
