import BearingAlign
import BearingModel
import BearingParse
@testable import BearingSite
import Testing

/// A plan of targets with no figures yet (moja global's "Targets for end of 2019": 33 key results, none with a current
/// value) has no grade; its dashboard said "No key results yet", as if Bearing had missed them.
@Suite struct GradeWithoutProgressTests {
    static let strategy = "# Strategy\n\n## Priorities\n\n1. **Funding.** Secure the money to keep going. {#funding}\n"

    static func pages(_ files: [String: String]) throws -> [String: String] {
        let (plan, alignment) = Site.memory(files)
        let pages = try SiteBuilder().render(plan: plan, alignment: alignment, options: .init())
        return Dictionary(pages.map { ($0.0, String(decoding: $0.1, as: UTF8.self)) }, uniquingKeysWith: { first, _ in first })
    }

    @Test("key results that state no progress leave no grade, and the dashboard says why instead of 'No key results yet'")
    func keyResultsWithoutProgress() throws {
        let objectives = "## Targets for end of 2019\n\n### Financial Resources\n* Sign two funding agreements\n* Submit a proposal to one more donor\n"
        let pages = try Self.pages(["strategy.md": Self.strategy, "objectives/2019.md": objectives])
        let index = try #require(pages["index.html"])
        #expect(!index.contains("No key results yet."))
        #expect(index.contains("No grade yet: none of the 2 key results states its progress"), "\(index)")
    }

    @Test("objectives with no key results at all still say 'No key results yet' (counter-case)")
    func noKeyResults() throws {
        let objectives = "---\nperiod: 2019\n---\n# 2019\n\n## Secure funding\n\nSign agreements with two donors.\n"
        let pages = try Self.pages(["strategy.md": Self.strategy, "objectives/2019.md": objectives])
        let index = try #require(pages["index.html"])
        #expect(index.contains("No key results yet."))
    }
}
