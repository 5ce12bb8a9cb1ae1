import Foundation
import Testing
import BearingModel
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

    @Test("two lanes of one name get GitHub's anchor and its '-1'; a lane whose anchor the site's layout has gets none")
    func collidingAnchor() throws {
        let page = try ReaderPass12Tests.roadmap("""
            # Roadmap

            See [the second Now](#now-1).

            ## Now

            - **Ship the mirror.** Mirror every release.

            ## Main

            - **Faster builds.** Cache the toolchain.

            ## Now

            - **Grant proposals.** Write two.

            """)
        #expect(page.contains("<section class=\"lane\" id=\"now\" aria-labelledby=\"lane-0-Now\">"), "\(page)")
        #expect(page.contains("<section class=\"lane\" aria-labelledby=\"lane-1-Main\">"))
        #expect(page.contains("<section class=\"lane\" id=\"now-1\" aria-labelledby=\"lane-2-Now\">"))
        #expect(page.contains("href=\"#now-1\""))
        #expect(HeadingAnchors.slug("Governance, Management, and Personnel") == "governance-management-and-personnel")
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
