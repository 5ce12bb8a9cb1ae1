import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// A new user's thirty-ninth trial: a government product team's goal tracker (quarterly priorities in `| Priority ID |
/// Description | … | End of Quarter Status |` tables under "DRAFT Quarterly Priorities for FY25Q4 (July, August,
/// September 2025)", bold captions "**Primary Goals (…)**" and "**Stretch Goals (…)**" over the tables, sprint goals
/// under each quarter, an approvals checklist with a remark after its label), read with `fiscal_year_start: October`.
@Suite("Real planning files: a new user's trial (39)")
struct NewUserTrial39Tests {
    static var fiscal: WorkspaceConfig {
        var config = WorkspaceConfig()
        config.fiscalYearStart = 10
        return config
    }

    func objectives(_ markdown: String, config: WorkspaceConfig = Self.fiscal) -> (ObjectivesFile, [Diagnostic]) {
        ObjectivesParser(config: config).parse(read(markdown, path: "objectives/goal-tracker.md"))
    }

    /// The tracker's shape: the current quarter's heading marked DRAFT, captions over the priority tables, a sprint's
    /// goals with their approvals, and the quarter before it with its end-of-quarter statuses.
    static let tracker = """

        # Billing Team Goal Tracker
        _**Overview:** This tracker aligns sprint goals with quarterly priorities._

        ---

        ## DRAFT Quarterly Priorities for FY25Q4 (July, August, September 2025)
        *Quarter Sprints include 12, 13, 14*

        **Primary Goals (May shift based on stretch goal dependencies)**
        | Priority ID | Description | S.Epic | Relevant Dates |  Notes | End of Quarter Status |
        |---------------|---------------|---------------|---------------|---------------|---------------|
        | QP1 | **Invoice Dispute:** Launch in Production |[#8203](https://github.com/acme/billing/issues/8203)  | Launch in Production June/July | UX-BE | |
        | QP2 | **One Thing Per Page:** Launch in Production |[#1066](https://github.com/acme/billing/issues/1066)  | launch in early July | FE |  |

        **_Approvals:_** _(sent via email but approvals tracked here)_
         - [ ] Product owner approved end of quarter status of Quarterly Goals (0x/xx/25)

        ## Sprint Goals - Sprint: 12 [7/1/25 - 7/15/25]
        | Sprint Goal | QP Goal  | Reason if Not Complete | Update Date | End of Sprint Status |
        |--|--|--|--|--|
        |UX: Complete the user flows for the dispute form.| QP1 |--|--|--|
        |ENG: Create the dispute submission database schemas. | QP1 |--|--|Incomplete|

        **_Approvals:_** _(sent via email but approvals tracked here)_
         - [X] Ready to be sent for approvals (06/30/25)
         - [X] Product owner approved the Sprint Goals (07/02/25)

        **_Delivery + Notes:_**
        - [ ] All goals have been updated in the sprint chart

        ---

        ## Quarterly Priorities for FY25Q3 (Apr, May, Jun 2025)
        *Quarter Sprints include 5, 6, 7*

        **Primary Goals (May shift based on stretch goal dependencies)**

        | Priority ID | Description | S.Epic | Relevant Dates |  Notes |  End of Quarter Status |
        |-------------|---------------|-----------------|---------------|  ---------------|   ---------------|
        | QP1 | **One Debt Letter:** Launch in production | [#8417](https://github.com/acme/billing/issues/8417) | Early April 2025 | **[UX+FE+BE]** | Launched on April 30, 2025 |
        | QP2 | **Payment Wizard:** Launch updates in production | [#4813](https://github.com/acme/billing/issues/4813) | | **[UX+FE]** | In Progress - The accessibility review took longer than planned. |
        | QP3 | **Hardship Requests:** Discovery & Design Prototyping | [#1062](https://github.com/acme/billing/issues/1062) | | **[UX]** | Incomplete - UX is finishing the last 2 tickets for design and user flow. |

        **Stretch Goals (Known dependencies may impact)**
        | Priority ID | Description | S.Epic | Relevant Dates |  Notes |  End of Quarter Status |
        |-------------|---------------|-----------------|---------------|  ---------------| ---------------|
        | QP4 | **Repayment Plan:** Discovery & Design Prototyping | [#1068](https://github.com/acme/billing/issues/1068) | | **[UX]** | Blocked by the ledger team |
        """

    @Test("a period heading marked DRAFT is that period's: the current quarter's priorities are read, in that quarter")
    func draftPeriodHeading() {
        let (file, diagnostics) = objectives(Self.tracker)
        let current = file.objectives.filter { $0.quarter?.description == "FY2025-Q4" }.map(\.title)
        #expect(current == ["Invoice Dispute: Launch in Production", "One Thing Per Page: Launch in Production",
                            "Sprint Goals - Sprint: 12 [7/1/25 - 7/15/25]"])
        #expect(!diagnostics.contains { $0.code == .noQuarter }, "\(diagnostics.map(\.message))")
        // Without the fiscal year the heading still names a period: the warning asks for `fiscal_year_start:`.
        let (_, unset) = objectives(Self.tracker, config: WorkspaceConfig())
        #expect(unset.filter { $0.code == .fiscalPeriod }.map(\.location.line).first == 7)
    }

    @Test("a bold caption over a table of objectives names the table, it is no objective of its own")
    func captionsOverObjectiveTables() {
        let (file, _) = objectives(Self.tracker)
        let titles = file.objectives.map(\.title)
        #expect(!titles.contains { $0.hasPrefix("Primary Goals") || $0.hasPrefix("Stretch Goals") }, "\(titles)")
        #expect(titles.contains("Repayment Plan: Discovery & Design Prototyping"))
    }

    @Test("an 'Approvals:' label with a remark after it still labels a sign-off checklist, not key results")
    func approvalsWithRemark() throws {
        let (file, _) = objectives(Self.tracker)
        let sprint = try #require(file.objectives.first { $0.title.hasPrefix("Sprint Goals - Sprint: 12") })
        #expect(sprint.keyResults.isEmpty, "\(sprint.keyResults.map(\.text))")
        let quarter = file.objectives.filter { $0.quarter?.description == "FY2025-Q4" }
        #expect(quarter.allSatisfy { $0.keyResults.isEmpty }, "\(quarter.flatMap(\.keyResults).map(\.text))")
    }

    @Test("a status word before a remark or a date is the status: 'In Progress - …', 'Launched on April 30, 2025', 'Blocked by …'")
    func statusBeforeRemark() {
        let (file, _) = objectives(Self.tracker)
        let status = Dictionary(file.objectives.map { ($0.title, $0.metadata.status) }, uniquingKeysWith: { first, _ in first })
        #expect(status["One Debt Letter: Launch in production"] == .done)
        #expect(status["Payment Wizard: Launch updates in production"] == .onTrack)
        #expect(status["Repayment Plan: Discovery & Design Prototyping"] == .offTrack)
    }

    @Test("'Incomplete' is never taken for 'complete': the warning asks how the work stands instead")
    func incompleteIsNotComplete() {
        let (_, diagnostics) = objectives(Self.tracker)
        let incomplete = diagnostics.filter { $0.code == .unknownStatus && $0.message.contains("Incomplete") }
        #expect(!incomplete.isEmpty)
        for diagnostic in incomplete {
            #expect(!(diagnostic.fix ?? "").contains("`complete`"), "\(diagnostic.fix ?? "")")
        }
    }
}
