import Testing
@testable import BearingAlign

/// A declared link's explanation names the quantity its formula uses: the text's calibrated strength for the priority
/// (the explain table's strength column), not its relatedness (docs/scoring.md, section 1).
@Suite("Declared link explanations")
struct DeclaredExplanationTests {
    @Test("0.7 + 0.3 × the strength: the number named in the words is the one in the formula and in the text-fit table")
    func explanationUsesStrength() throws {
        let objectives = """
            ## Page nobody at night
            - Priorities: platform

            Automate the upgrades, the restarts and the on-call runbooks so that operations stay reliable and nobody
            is paged at night for routine incidents.
            """
        let alignment = align(plan(["strategy.md": smallStrategy, "objectives/2026-Q4.md": objectives]))
        let id = "2026-q4/page-nobody-at-night"
        let link = try #require(alignment.links(of: id).first { $0.kind == .declared })
        let inference = try #require(alignment.inferences[id])
        let score = try #require(inference.score(of: "platform"))
        let strength = LinkBuilder.decimal(Double(score.strength)), relatedness = LinkBuilder.decimal(Double(score.similarity))
        #expect(strength != relatedness, "the example needs the two to differ")
        #expect(link.explanation.contains("strength \(strength) (relatedness"), "\(link.explanation)")
        #expect(link.explanation.contains("relatedness \(relatedness)"), "\(link.explanation)")
        #expect(link.explanation.contains("0.7 + 0.3 × \(strength) = \(LinkBuilder.decimal(link.strength))"), "\(link.explanation)")
        #expect(!link.explanation.contains("relatedness to platform \(strength)"))
    }
}
