import BearingAlign
import BearingModel
@testable import BearingReport
import Foundation
import Testing

/// A plan with errors is scored all the same, but "alignment 98/100" beside "7 errors" read as final: `bearing report`
/// says, beside the figures, that they are provisional and what the errors do to them (docs/scoring.md, section 6).
@Suite struct ProvisionalFiguresTests {
    static let strategy = """
        # Strategy

        ## Strategic priorities

        1. **Growth** {#growth}: grow the number of paying members and keep them.
           - **Retention** {#retention}: keep members renewing each year.
        2. **Platform** {#platform}: a reliable hosting platform for research teams.
        3. **Team** {#team}: a team that lasts, with clear career ladders.
        """

    static let objectives = """
        # Objectives 2026-Q4

        ## Raise membership renewals
        - Priorities: p9
        - [ ] Renewal rate from 70% to 85%, now 78%

        ## Improve platform uptime
        - Priorities: platfrom
        - [x] Incident runbook published

        ## Improve platform uptime
        - Priorities: platform
        - [ ] 3/4 regions on the new stack

        ## Hire two engineers
        - Priorities: team, nonexistent
        - [ ] 1/2 hired

        ## Keep the lights on
        - Priorities: platform
        - Depends on: nothing-here
        """

    func plan(_ objectives: String = Self.objectives) -> Plan {
        loadWorkspace(["strategy.md": Self.strategy, "objectives/2026-Q4.md": objectives])
    }

    @Test("the items whose priority references matched nothing are counted, not the one whose only miss is a dependency")
    func counts() throws {
        let provisional = try #require(ProvisionalFigures(plan()))
        #expect(provisional.errors == 5)
        #expect(provisional.unresolvedItems == ["2026-q4/raise-membership-renewals", "2026-q4/improve-platform-uptime",
                                                "2026-q4/hire-two-engineers"])
        #expect(provisional.duplicateIDs == 1)
        #expect(provisional.reason == "5 errors in the plan (3 items name a priority or objective that matches nothing and are "
                                      + "scored without it; 1 id is used twice)")
        #expect(provisional.short == "provisional: 5 errors")
    }

    @Test("a plan without errors has final figures")
    func noErrors() {
        let clean = plan("# Objectives 2026-Q4\n\n## Raise membership renewals\n- Priorities: growth\n- [ ] 1/2 done\n")
        #expect(clean.errorCount == 0)
        #expect(ProvisionalFigures(clean) == nil)
    }

    @Test("the text report says so under the figures, not only in its last line")
    func textReport() {
        let plan = plan()
        let lines = TextReport(alignment: align(plan), plan: plan, quarter: nil, style: ReportStyle(color: false)).render()
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let workspace = lines.firstIndex { $0.hasPrefix("Workspace") } ?? -1
        let provisional = lines.firstIndex { $0.hasPrefix("Provisional") } ?? -1
        #expect(workspace >= 0 && provisional > workspace && provisional <= workspace + 3, "\(lines)")
        #expect(lines[max(provisional, 0)].contains("5 errors in the plan (3 items name a priority or objective that matches nothing"))
        #expect(lines[max(provisional, 0)].hasSuffix("run `bearing check`"))
    }

    @Test("the JSON report has a provisional object, null when the plan has no errors")
    func json() throws {
        let plan = plan()
        let object = try JSONSerialization.jsonObject(with: Data(ReportDocument(plan: plan, alignment: align(plan)).json().utf8)) as? [String: Any]
        let provisional = try #require(object?["provisional"] as? [String: Any])
        #expect(provisional["errors"] as? Int == 5)
        #expect(provisional["duplicate_ids"] as? Int == 1)
        #expect(provisional["unread_files"] as? Int == 0)
        #expect((provisional["unresolved_items"] as? [String])?.count == 3)
        #expect((provisional["reason"] as? String)?.hasPrefix("5 errors in the plan") == true)

        let clean = loadWorkspace(["strategy.md": Self.strategy, "objectives/2026-Q4.md": "## A\n- Priorities: growth\n"])
        let cleanObject = try JSONSerialization.jsonObject(with: Data(ReportDocument(plan: clean, alignment: align(clean)).json().utf8)) as? [String: Any]
        #expect(cleanObject?.keys.contains("provisional") == true)
        #expect(cleanObject?["provisional"] is NSNull)
    }

    @Test("each unknown reference in JSON carries every valid id; its fix keeps only the did-you-mean")
    func candidatesInJSON() throws {
        let plan = plan()
        let object = try JSONSerialization.jsonObject(with: Data(ReportDocument(plan: plan, alignment: align(plan)).json().utf8)) as? [String: Any]
        let diagnostics = try #require(object?["diagnostics"] as? [[String: Any]])
        let typo = try #require(diagnostics.first { ($0["message"] as? String)?.contains("platfrom") == true })
        #expect(typo["fix"] as? String == "did you mean `platform` (“Platform”)?")
        let candidates = try #require(typo["candidates"] as? [String: Any])
        #expect(candidates["kind"] as? String == "priority")
        #expect(candidates["ids"] as? [String] == ["growth", "platform", "team", "retention"])
        // A finding that is not about a reference has no candidates field at all.
        let duplicate = try #require(diagnostics.first { $0["code"] as? String == "duplicate-id" })
        #expect(duplicate["candidates"] == nil)
    }
}
