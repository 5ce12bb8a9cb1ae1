import Foundation
import Testing
@testable import BearingSite

/// A roadmap's own table of contents, as astropy's writes it (`[Functionality](#Functionality)`,
/// `[Fund Raising](#fund-raising)`), leads to its lanes on the site as it does on GitHub.
@Suite("Roadmap page: lanes carry GitHub's heading anchors")
struct BulletsTrial20SiteTests {
    @Test("a lane carries GitHub's anchor beside the site's own, and the file's links to it in any case reach it")
    func laneAnchors() throws {
        let page = try ReaderPass12Tests.roadmap("""
            # Roadmap

            - [Functionality](#Functionality)
            - [Infrastructure, Documentation](#Infrastructure-Documentation)
            - [Fund Raising](#fund-raising)

            ## Functionality

            - **Ship the mirror.** Mirror every release.

            ## Infrastructure, Documentation

            - **Faster builds.** Cache the toolchain.

            ## Fund Raising

            - **Grant proposals.** Write two.

            """)
        #expect(page.contains("<section class=\"lane\" id=\"functionality\" aria-labelledby=\"lane-0-Functionality\">"), "\(page)")
        #expect(page.contains("id=\"infrastructure-documentation\""))
        #expect(page.contains("id=\"fund-raising\""))
        #expect(page.contains("<h2 id=\"lane-0-Functionality\">"))
        #expect(page.contains("href=\"#functionality\""))
        #expect(page.contains("href=\"#infrastructure-documentation\""))
        #expect(page.contains("href=\"#fund-raising\""))
        #expect(!page.contains("href=\"#Functionality\""))
    }

    @Test("GitHub's anchor is left off a lane when another id on the page has it")
    func collidingAnchor() {
        let anchors = LaneAnchors(lanes: ["Notes", "Now", "Now", "lane 0"], taken: ["notes"])
        #expect(anchors.byLane == [1: "now"])
        #expect(LaneAnchors.github("Governance, Management, and Personnel") == "governance-management-and-personnel")
    }
}

@Suite("Roadmap page: status shortcodes show as emoji")
struct ShortcodeEmojiTests {
    @Test("a status shortcode in a card's text shows as its emoji; an unknown one stays as written")
    func cardShortcodes() throws {
        let page = try ReaderPass12Tests.roadmap("""
            # Roadmap

            ## Functionality

            - :green_circle: Provide spectroscopic tools.

              More text :large_orange_diamond: here, and :not_a_status: too.

            """)
        #expect(!page.contains(":green_circle:"), "\(page)")
        #expect(page.contains("🔶"))
        #expect(page.contains(":not_a_status:"))
    }
}
