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
}
