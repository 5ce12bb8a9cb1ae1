import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// F9 and F10: a misspelt front-matter key, and "Primary Focus" as the priorities heading.
@Suite("Reading: a misspelt front-matter key and a focus heading (trial 22)")
struct FrontMatterAndFocusTrial22Tests {
    @Test("`quater:` is read as `quarter:` and said at its own line with a did-you-mean")
    func misspeltQuarter() throws {
        let plan = loadWorkspace([
            "strategy.md": minimalStrategy,
            "objectives/plan-b.md": "---\nquater: 2020-Q2\nteam: Platform\n---\n# Plan\n\n## Grow builders\n\n- [ ] Hire 2 devs\n",
        ])
        #expect(!plan.codes.contains(.noQuarter))
        let warning = try #require(plan.diagnostics.first { $0.code == .unknownKey })
        #expect(warning.location.line == 2)
        #expect(warning.fix?.contains("`quarter`") == true)
        #expect(plan.objectiveFiles.first?.quarter?.description == "2020-Q2")
    }

    @Test("a focus heading holds the priorities", arguments: ["Primary Focus", "Focus", "Strategic focus", "Key focus areas"])
    func focusHeading(heading: String) {
        let plan = loadWorkspace(["strategy.md": """
            # SIG Release strategy
            ## \(heading)
            Establish a **consumable**, **introspectable**, and **secure** supply chain for Kubernetes.
            1. **Consumable**: Improving the usability of artifacts.
            1. **Introspectable**: It is clear for users how artifacts are built.
            1. **Secure**: The artifacts we produce are verified for their integrity.
            """])
        #expect(plan.strategy?.priorities.map(\.title) == ["Consumable", "Introspectable", "Secure"])
        #expect(!plan.codes.contains(.noPriorities))
    }

    @Test("with no priorities heading, the error points at the one section holding a list and names it")
    func noPrioritiesPointsAtList() throws {
        let plan = loadWorkspace(["strategy.md": "# S\n\nIntro.\n\n## What we build\n\n1. **Consumable**: usable.\n1. **Secure**: verified.\n"])
        let error = try #require(plan.diagnostics.first { $0.code == .noPriorities })
        #expect(error.location.line == 5)
        #expect(error.fix?.contains("priorities_heading: What we build") == true)
    }

    /// Sourcegraph's annual OKRs brought as the strategy: "## Company" over the company's objectives, each with its key
    /// results under it, then "## Marketing", "## Sales". The error named no section ("add `## Our priorities`").
    @Test("with no bold-titled list, the error names the first section whose list items each have points under them")
    func noPrioritiesPointsAtNestedList() throws {
        let plan = loadWorkspace(["strategy.md": """
            # FY2022 Annual OKRs

            > These OKRs are for fiscal year 2022.

            ## Company

            1. Make the product valuable to every developer
               - Reach N0 MAU
            1. Build a company that thrives amid rapid growth
               - Team satisfaction increases from start of year to end

            ## Marketing

            1. Scale awareness to reach more developers around the world
               - Organic search traffic up 30%
            1. Communicate Big Code problems to the largest enterprises
               - 3 customer stories per quarter
            """])
        let error = try #require(plan.diagnostics.first { $0.code == .noPriorities })
        #expect(error.location.line == 5)
        #expect(error.fix?.contains("priorities_heading: Company") == true, "\(error.fix ?? "")")
    }

    /// "## Company: FY2022" named in the advice unquoted was a YAML error once pasted into bearing.yml.
    @Test("the advice quotes a section title that YAML would misread")
    func adviceQuotesTitleWithColon() throws {
        let plan = loadWorkspace(["strategy.md": """
            # FY2022 Annual OKRs

            ## Company: FY2022

            1. Make the product valuable to every developer
               - Reach N0 MAU
            1. Build a company that thrives amid rapid growth
               - Team satisfaction increases
            """])
        let error = try #require(plan.diagnostics.first { $0.code == .noPriorities })
        #expect(error.fix?.contains(#"`priorities_heading: "Company: FY2022"`"#) == true, "\(error.fix ?? "")")
        #expect(StrategyParser.yamlValue("Company") == "Company")
        #expect(StrategyParser.yamlValue(#"Goals: "2022""#) == #""Goals: \"2022\"""#)
    }

    /// The same file once `priorities_heading: Company` is set, as the error advises, with Sourcegraph's "- KR:" labels:
    /// the key results were read as sub-priorities each called "KR" (duplicate-id error on the second).
    @Test("key results labelled KR under a listed priority are its success signal, not sub-priorities called KR")
    func keyResultsUnderListedPriority() throws {
        let plan = loadWorkspace(["bearing.yml": "priorities_heading: Company\n", "strategy.md": """
            # FY2022 Annual OKRs

            ## Company

            1. Make the product valuable to every developer
               - KR: Reach N0 MAU
               - KR: 3 customer stories per quarter
            1. Build a company that thrives amid rapid growth
               - KR: Team satisfaction increases from start of year to end

            ## Marketing

            1. Scale awareness to reach more developers around the world
               - Organic search traffic up 30%
            """])
        let priorities = try #require(plan.strategy?.priorities)
        #expect(priorities.map(\.title) == ["Make the product valuable to every developer", "Build a company that thrives amid rapid growth"])
        #expect(priorities.first?.successSignal == "Reach N0 MAU; 3 customer stories per quarter")
        #expect(!plan.diagnostics.contains { $0.code == .duplicateID })
        // Plain nested items stay sub-priorities (counter-case).
        let plain = loadWorkspace(["strategy.md": "# S\n\n## Priorities\n\n1. **Grow.** Grow.\n   - Reach new markets\n"])
        #expect(plain.strategy?.priorities.map(\.title) == ["Grow", "Reach new markets"])
    }
}
