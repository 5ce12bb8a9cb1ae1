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

    @Test("a table in a card keeps its words whole and scrolls, rather than breaking them into letters (trial 36)")
    func cardTablesKeepWords() throws {
        let css = try SiteBuilder.resource("assets/style", "css")
        // A four-column table under a roadmap phase broke "Area" and "Status" letter by letter in a 16rem lane.
        #expect(css.contains(".card .table-wrap :is(td, th), .lane .table-wrap :is(td, th) { overflow-wrap: break-word; }"))
        #expect(css.contains(".table-wrap { overflow-x: auto; }"))
    }

    @Test("the link column, which does not wrap, wraps where a declaration says its text does not support it (trial 25b)")
    func unsupportedDeclarationWraps() throws {
        let css = try SiteBuilder.resource("assets/style", "css")
        // Without it, "declared — its text does not say how" ran past the quarter page's table at 1280 px.
        #expect(css.contains("table.items td:has(> .chip.unsupported), table.rows td:has(> .chip.unsupported) { white-space: normal; }"))
    }
}
