import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// F3: several priorities named in a title's parentheses.
@Suite("Reading: priorities in a title's parentheses (trial 22)")
struct TitleTagListsTrial22Tests {
    static let strategy = """
        # Strategy
        ## Our priorities
        1. **Reliable service.** Nothing goes down. {#reliability}
        2. **Self-serve onboarding.** A new customer starts without calling us. {#self-serve}
        3. **Partners build on us.** {#partners}
        """

    func declared(_ titles: [String]) -> [String: [String]] {
        let roadmap = "# Roadmap\n## 2026\n" + titles.map { "1. **\($0)**\n" }.joined()
        let plan = loadWorkspace(["strategy.md": Self.strategy, "roadmaps/r.md": roadmap])
        return Dictionary(uniqueKeysWithValues: plan.roadmaps.flatMap(\.items).map { ($0.title, $0.resolved.priorities) })
    }

    @Test("'(A / B)', '(A, B)', '(A & B)' declare both priorities when every part names one")
    func everyPartNamesAPriority() {
        let found = declared([
            "Implement a BOM (Self-serve onboarding / Partners build on us)",
            "Document the API (Partners build on us, Reliable service)",
            "Sign artifacts (reliability & partners)",
            "Publish keys (Reliable service)",
        ])
        #expect(found["Implement a BOM (Self-serve onboarding / Partners build on us)"] == ["self-serve", "partners"])
        #expect(found["Document the API (Partners build on us, Reliable service)"] == ["partners", "reliability"])
        #expect(found["Sign artifacts (reliability & partners)"] == ["reliability", "partners"])
        #expect(found["Publish keys (Reliable service)"] == ["reliability"])
    }

    @Test("a parenthesis with one part that names no priority declares none of it", arguments: [
        "Write the guide (docs, examples)",
        "Harden the API (partners, for now)",
        "Ship the CLI (v2 / v3)",
    ])
    func ordinaryParenthesis(title: String) {
        #expect(declared([title])[title] == [])
    }
}
