import BearingAlign
import BearingModel
import BearingParse
@testable import BearingSite
import Testing

/// Hyperledger Grid's roadmap (trial 25) has a card whose documentation cell is a path with no space in it,
/// "docs/0.1/grid_location_smart_contract_specification.md": it ran past the card and was clipped at the lane's edge.
@Suite struct CardOverflowTests {
    @Test("a card's and a lane's long words and paths break rather than run past them")
    func longWordsBreak() throws {
        let css = try SiteBuilder.resource("assets/style", "css")
        #expect(css.contains(".card, .lane { overflow-wrap: anywhere; }"))
    }

    @Test("the link column, which does not wrap, wraps where a declaration says its text does not support it (trial 25b)")
    func unsupportedDeclarationWraps() throws {
        let css = try SiteBuilder.resource("assets/style", "css")
        // Without it, "declared — its text does not say how" ran past the quarter page's table at 1280 px.
        #expect(css.contains("table.items td:has(> .chip.unsupported), table.rows td:has(> .chip.unsupported) { white-space: normal; }"))
    }
}
