import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// Left by trials 26b and 27: a role or team before a key result's number (`#### CEO KR1: Grow ARR to $10M`) left the
/// text and took its owner with it.
@Suite("New users' files (trial 27, left): key-result owners in labels")
struct NewUserTrial27LeftOwnerTests: TwoPriorityTrial {
    func keyResults(_ lines: String) -> [KeyResult] {
        load(["objectives/2025-Q3.md": """
            # Quarterly OKRs - Q3 2025

            ## 🎯 Company OKRs (Technology's Contribution)

            ### Company Objective 1: Win the mid-market segment

            \(lines)
            """]).objectives.first?.keyResults ?? []
    }

    @Test("a role or team before a key result's number is its owner, unless it names one otherwise", arguments: [
        ("#### CEO KR1: Grow ARR to $10M\n- **Current Progress**: 60%", "Grow ARR to $10M", ["CEO"]),
        ("#### Technology KR1: Ship SSO and audit logs\n- **Current Progress**: 60% - SAML done", "Ship SSO and audit logs", ["Technology"]),
        ("#### VP of Customer Success KR 2 - Cut churn to 3%", "Cut churn to 3%", ["VP of Customer Success"]),
        ("#### Technology KR1: Ship SSO and audit logs\n- **Owner**: Platform team", "Ship SSO and audit logs", ["Platform team"]),
        ("- CEO KR1: Grow ARR to $10M", "Grow ARR to $10M", ["CEO"]),
        ("- CEO KR1: Grow ARR to $10M (Owner: Dana)", "Grow ARR to $10M", ["Dana"]),
        // A quarter, an objective's code or a kind of key result says which one it is, not who answers for it.
        ("- Q3 KR1: Grow ARR to $10M", "Grow ARR to $10M", []),
        ("- O1 KR1: Grow ARR to $10M", "Grow ARR to $10M", []),
        ("- Stretch KR1: Grow ARR to $10M", "Grow ARR to $10M", []),
        ("- KR1: Grow ARR to $10M", "Grow ARR to $10M", []),
        // Without a number, a label ending on a colon is read the same; without the colon the words stay as written.
        ("- CEO KR: Grow ARR to $10M", "Grow ARR to $10M", ["CEO"]),
        ("- Stretch KR: Grow ARR to $10M", "Grow ARR to $10M", []),
        ("- CEO KR Grow ARR to $10M", "CEO KR Grow ARR to $10M", []),
    ])
    func ownerInLabel(_ lines: String, _ text: String, _ owners: [String]) {
        let results = keyResults(lines)
        #expect(results.map(\.text) == [text], "\(results.map(\.text))")
        #expect(results.first?.owners == owners, "\(lines): \(String(describing: results.first?.owners))")
    }

    @Test("a table row's label names the owner when the table has no Owner cell for it")
    func ownerInTableLabel() {
        let results = keyResults("""
            | Key result | Target | Current |
            |---|---|---|
            | CEO KR1: Grow ARR | $10M | $6M |
            | Technology KR2: Ship SSO | 1 | 0 |
            """)
        #expect(results.map(\.text) == ["Grow ARR", "Ship SSO"], "\(results.map(\.text))")
        #expect(results.map(\.owners) == [["CEO"], ["Technology"]], "\(results.map(\.owners))")
    }
}
