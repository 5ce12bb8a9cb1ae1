import BearingAlign
import BearingModel
import Foundation
@testable import BearingReport
import Testing

/// A chief of staff's plan (trial 26a): 2026-Q3 serves growth and reliability; in 2026-Q4 "Renew the office lease"
/// declares `Priorities: product-led-growth` while its text says nothing of growth (`declared-unsupported`).
enum OfficeLeasePlan {
    static let strategy = """
        # Acme strategy 2026

        ## Strategic priorities

        1. **Product-led growth** {#product-led-growth}
           People sign up on their own, reach value in the product within a day, and upgrade to a paid plan without talking to sales: self-serve onboarding, activation, trials and in-product upgrades.
        2. **Win enterprise accounts** {#enterprise}
           Large companies buy annual contracts through a sales team: security reviews, single sign-on, procurement, account executives and renewals.
        3. **Reliable platform** {#reliability}
           The service stays up and fast: uptime, incident response, on-call, latency and capacity.
        """
    static let q3 = """
        # 2026-Q3

        ## Self-serve onboarding that reaches value in a day
        - Owner: Priya
        - Status: done

        Rebuild the signup and onboarding flow so new users activate on their own and upgrade from the trial in the product.

        - [x] Activation rate from 20% to 35%, now 36%
        - [ ] Trial-to-paid conversion 8%, now 6%

        ## Cut incidents and pages on call
        - Owner: Sam
        - Status: done

        Reduce incident count and on-call pages; improve uptime and latency of the service.

        - [x] Uptime 99.9%, now 99.95%
        """
    static let enterprise = """
        # 2026-Q4

        ## Close three enterprise contracts
        - Owner: Dana
        - Status: on-track

        Pass security reviews, ship single sign-on and close annual contracts with three large companies through the sales team.

        - [ ] 3 enterprise contracts signed, now 1
        """
    static func lease(declaring: Bool) -> String {
        """


        ## Renew the office lease
        - Owner: Lee
        - Status: on-track
        \(declaring ? "- Priorities: product-led-growth\n" : "")
        Negotiate the renewal of the office lease with the landlord before it expires in January, and compare two other buildings nearby on rent and commute.

        - [ ] Lease signed by 15 December
        """
    }
    static let leaseID = "2026-q4/renew-the-office-lease"
    static let q4 = Quarter(year: 2026, number: 4)

    static func plan(lease: Bool?) -> Plan {
        loadWorkspace(["strategy.md": strategy, "objectives/2026-Q3.md": q3,
                       "objectives/2026-Q4.md": enterprise + (lease.map { Self.lease(declaring: $0) } ?? "")])
    }
}

/// `report --quarter 2026-Q4` printed the whole plan's priority table (items, effort, grades) above that quarter's gaps
/// and orphans: product-led growth read "1 item, 33%" from its Q3 objective while its Q4 row in the gaps said "1 declared
/// item, not supported by its text". The table, and `scores.priorities` in JSON, are now the quarter's.
@Suite struct QuarterPriorityTableTests {
    @Test("report --quarter: the priority table is the quarter's, not the whole plan's")
    func quarterTable() throws {
        let plan = OfficeLeasePlan.plan(lease: true)
        let alignment = align(plan)
        let text = TextReport(alignment: alignment, plan: plan, quarter: OfficeLeasePlan.q4, style: ReportStyle(color: false)).render()
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("Priorities in 2026-Q4") }, "\(text)")
        // Product-led growth's only work in 2026-Q4 is the lease, which does not serve it; its Q3 objective is not Q4's.
        let growth = try #require(lines.first { $0.hasPrefix("1 Product-led growth") })
        #expect(growth.split(separator: " ").dropFirst(3).prefix(2) == ["0", "0%"], "\(growth)")
        let enterprise = try #require(lines.first { $0.hasPrefix("2 Win enterprise accounts") })
        #expect(enterprise.split(separator: " ").dropFirst(4).prefix(3) == ["1", "100%", "–"], "\(enterprise)")
        // 2026-Q4 is under way: its grade is a pace ("now"), not a grade of an ended quarter.
        #expect(enterprise.contains("  –  0.33"), "\(enterprise)")
        let whole = TextReport(alignment: alignment, plan: plan, quarter: nil, style: ReportStyle(color: false)).render()
        let wholeGrowth = try #require(whole.split(separator: "\n").first { $0.hasPrefix("1 Product-led growth") })
        #expect(wholeGrowth.split(separator: " ").dropFirst(3).prefix(2) == ["1", "33%"], "\(wholeGrowth)")
    }

    @Test("report --quarter --format json: scores.priorities are the quarter's")
    func quarterJSON() throws {
        let plan = OfficeLeasePlan.plan(lease: true)
        let alignment = align(plan)
        func priorities(_ quarter: Quarter?) throws -> [String: [String: Any]] {
            let json = try ReportDocument(plan: plan, alignment: alignment, quarter: quarter).json()
            let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
            let list = try #require((object["scores"] as? [String: Any])?["priorities"] as? [[String: Any]])
            return Dictionary(uniqueKeysWithValues: list.map { ($0["priority"] as? String ?? "", $0) })
        }
        let q4 = try priorities(OfficeLeasePlan.q4), all = try priorities(nil)
        #expect(q4["product-led-growth"]?["items"] as? Int == 0)
        #expect(q4["enterprise"]?["items"] as? Int == 1 && q4["enterprise"]?["effort_share"] as? Double == 1)
        #expect((q4["enterprise"]?["trend"] as? [[String: Any]])?.last?["quarter"] as? String == "2026-Q4")
        #expect(all["product-led-growth"]?["items"] as? Int == 1)
    }
}
