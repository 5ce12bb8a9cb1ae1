import Testing
@testable import BearingParse

@Suite("Strategy parser")
struct StrategyParserTests {
    @Test("list shape: bold titles, sub-priorities, explicit ids and positions")
    func listShape() {
        let result = StrategyParser().parse(read(minimalStrategy, path: "strategy.md"))
        let strategy = result.strategy
        #expect(result.diagnostics.isEmpty)
        #expect(strategy.priorities.map(\.id) == ["platform", "shared-stack", "ops", "revenue", "memberships", "community"])
        #expect(strategy.priorities.map(\.number) == ["1", "1.1", "1.2", "2", "2.1", "3"])
        #expect(strategy.priority("platform")?.summary == "Run one shared platform.")
        #expect(strategy.priority("ops")?.parent == "platform")
        #expect(strategy.priority("community")?.explicitID == false)
        #expect(strategy.priority("revenue")?.location.line == 8)
    }

    @Test("a priority described apart reads its section as the H3 shape does: quote summary and success signal")
    func describedApartQuoteAndSignal() {
        let text = """
            # Strategy

            ## Our priorities

            1. **Reliable service.** Nothing goes down. {#reliability}
            2. **Partners build on us** {#partners}

            ## Priorities in depth

            ### Partners build on us

            > Other products integrate with ours.

            - Every endpoint documented.

            We will know this is working when a partner ships without talking to us.
            """
        let strategy = StrategyParser().parse(read(text, path: "strategy.md")).strategy
        #expect(strategy.priority("partners")?.summary == "Other products integrate with ours.")
        #expect(strategy.priority("partners")?.successSignal == "We will know this is working when a partner ships without talking to us.")
        #expect(strategy.priority("reliability")?.summary == "Nothing goes down.")
    }

    @Test("H3 shape: quote summary, bullets and success signal")
    func headingShape() {
        let text = """
            # Strategy

            ## Our guiding policy

            > Standardize the commodity.

            (strategic-priorities)=
            ## Where we focus

            ### Platform and infrastructure

            > Automate the commodity infrastructure.

            - Automate our baseline: Minimize manual effort.
            - **Focus freed capacity:** solve problems that benefit everyone.

            **We will know this is working when** toil is under 20%.

            ### Business Development:

            - Build a sales system.
            """
        let result = StrategyParser().parse(read(text))
        let strategy = result.strategy
        #expect(result.diagnostics.isEmpty)
        #expect(strategy.topLevel.map(\.title) == ["Platform and infrastructure", "Business Development"])
        #expect(strategy.priority("platform-and-infrastructure")?.summary == "Automate the commodity infrastructure.")
        #expect(strategy.priority("platform-and-infrastructure")?.successSignal == "We will know this is working when toil is under 20%.")
        #expect(strategy.children(of: "platform-and-infrastructure").map(\.title) == ["Automate our baseline", "Focus freed capacity"])
        #expect(strategy.sections.map(\.kind) == [.policy])
    }

    @Test("a strategy without a priorities section is an error at line 1")
    func noPriorities() {
        let result = StrategyParser().parse(read("# Strategy\n\n## Goal\n\nBe great.\n"))
        #expect(result.diagnostics.map(\.code) == [.noPriorities])
    }

    @Test("a priorities section with nothing in it is an error at its heading")
    func emptyPriorities() {
        let result = StrategyParser().parse(read("# S\n\n## Priorities\n\nTo be decided.\n"))
        #expect(result.diagnostics.map(\.code) == [.noPriorities])
        #expect(result.diagnostics.first?.location.line == 3)
    }

    @Test("weights in front matter, with bad values reported")
    func weights() {
        let result = StrategyParser().parse(read("---\nweights:\n  platform: 60%\n  revenue: lots\n---\n" + minimalStrategy))
        #expect(result.weights.map(\.reference.text) == ["platform"])
        #expect(result.weights.first?.value == 0.6)
        #expect(result.diagnostics.map(\.code) == [.weightsInvalid])
        #expect(result.diagnostics.first?.location.line == 4)
    }

    @Test("2i2c strategy, October 2025: 4 priorities with 4, 3, 3 and 4 sub-priorities",
          .enabled(if: Corpus.isPresent, Corpus.absent))
    func corpusListShape() throws {
        let result = StrategyParser().parse(try Corpus.document("team-compass/strategy/strategy_2025-10-16_f738b26.md"))
        let strategy = result.strategy
        #expect(result.diagnostics.isEmpty)
        #expect(strategy.topLevel.count == 4)
        #expect(strategy.topLevel.map { strategy.children(of: $0.id).count } == [4, 3, 3, 4])
        #expect(strategy.topLevel.first?.title == "Build a shared and standardized technology platform and service")
        #expect(strategy.children(of: strategy.topLevel[2].id).map(\.title) == ["Within communities", "Between communities", "With open source"])
        #expect(strategy.sections.map(\.kind) == [.challenge, .goal, .theory])
    }

    @Test("2i2c strategy, December 2025 and current: 3 H3 priorities with summaries and success signals",
          .enabled(if: Corpus.isPresent, Corpus.absent),
          arguments: ["team-compass/strategy/strategy_2025-12-05_643a68d.md", "team-compass/strategy/strategy_2026_HEAD.md"])
    func corpusHeadingShape(file: String) throws {
        let result = StrategyParser().parse(try Corpus.document(file))
        let strategy = result.strategy
        #expect(result.diagnostics.isEmpty)
        #expect(strategy.topLevel.map(\.title) == ["Platform and infrastructure", "Services and community relationships", "Business Development"])
        #expect(strategy.topLevel.allSatisfy { $0.successSignal?.hasPrefix("We will know this is working when") == true })
        #expect(strategy.topLevel.allSatisfy { strategy.children(of: $0.id).count == 2 })
        if file.contains("643a68d") {
            #expect(strategy.topLevel.allSatisfy { $0.summary?.isEmpty == false })
            #expect(strategy.topLevel[0].summary == "Automate the commodity infrastructure to focus on network-wide enhancements.")
        }
        #expect(strategy.sections.contains { $0.kind == .policy })
    }

    @Test("every 2i2c strategy version parses without a crash", .enabled(if: Corpus.isPresent, Corpus.absent),
          arguments: ["about-strategy_2021_bootstrap.md", "strategy_2022-11_b8c6f86.md", "strategy_2025-05-05_b035347.md",
                      "strategy_2025-10-15_90f1ab4.md", "strategy_2025-11-25_44c792f.md"])
    func corpusOtherVersions(file: String) throws {
        let result = StrategyParser().parse(try Corpus.document("team-compass/strategy/" + file))
        // Only the honest finding is allowed: older pages have no priorities section at all.
        #expect(result.diagnostics.allSatisfy { $0.code == .noPriorities })
        if file.hasPrefix("strategy_2025-1") { #expect(result.strategy.topLevel.count == 4) }
    }
}
