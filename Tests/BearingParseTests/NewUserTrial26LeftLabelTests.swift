import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// Trial 26b left this: an OKR page's `#### Technology KR1:` headings kept their label in the key result's text.
@Suite("New users' files (trial 26b, left): qualified key-result labels")
struct NewUserTrial26LeftLabelTests: TwoPriorityTrial {
    @Test("a numbered key-result label leaves the text, whatever team or area qualifies it", arguments: [
        ("#### Technology KR1: Ship SSO and audit logs", "Ship SSO and audit logs"),
        ("#### KR1: Ship SSO and audit logs", "Ship SSO and audit logs"),
        ("#### KR 1.1: Ship SSO and audit logs", "Ship SSO and audit logs"),
        ("#### Key Result 2 — Ship SSO and audit logs", "Ship SSO and audit logs"),
        ("#### Engineering KR2 - Ship SSO and audit logs", "Ship SSO and audit logs"),
        ("#### CEO KR: Ship SSO and audit logs", "Ship SSO and audit logs"),
    ])
    func qualifiedLabel(_ heading: String, _ text: String) {
        let plan = load(["objectives/2025-Q3.md": """
            # Quarterly OKRs - Q3 2025

            ## 🎯 Company OKRs (Technology's Contribution)

            ### Company Objective 1: Win the mid-market segment

            \(heading)
            - **Owner**: Platform team
            - **Current Progress**: 60% - SAML done
            """])
        #expect(plan.objectives.first?.keyResults.map(\.text) == [text], "\(String(describing: plan.objectives.first?.keyResults.map(\.text)))")
    }
}
