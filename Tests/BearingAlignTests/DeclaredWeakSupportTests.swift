import Testing
@testable import BearingAlign

/// `--explain` says what a declared link's support means: "the text supports it" only when the text is more related
/// to the priority than to everyday work (margin above 0); between the orphan line and 0 it is weak support, said as
/// such (trial 25b, F3: "the text supports it … margin -0.12").
@Suite("Declared link explanations at a negative margin")
struct DeclaredWeakSupportTests {
    @Test("a declared link above the orphan line with a negative margin is 'weak support', not 'the text supports it'")
    func weakSupport() throws {
        let id = "2026-q2/reduce-aws-spend"
        let alignment = align(plan(["strategy.md": FigureTextTests.costStrategy, "objectives/2026-Q2.md": FigureTextTests.objective(now: "$170k")]),
                              today: "2026-05-01")
        let link = try #require(alignment.links(of: id).first { $0.kind == .declared })
        let score = try #require(alignment.inferences[id]?.score(of: "cost"))
        // The premise: above the orphan line, below margin 0.
        #expect(score.margin < 0 && score.strength >= Calibration.orphanStrength, "\(score)")
        let margin = LinkBuilder.decimal(Double(score.margin)), strength = LinkBuilder.decimal(Double(score.strength))
        #expect(!link.explanation.contains("supports it"), "\(link.explanation)")
        #expect(link.explanation.hasPrefix("weak support: the text is less related to cost than to everyday work (margin \(margin)),"
                                           + " but not below the orphan line (-0.12): strength \(strength) (relatedness"), "\(link.explanation)")
        #expect(link.explanation.hasSuffix("so 0.7 + 0.3 × \(strength) = \(LinkBuilder.decimal(link.strength))"), "\(link.explanation)")
    }
}
