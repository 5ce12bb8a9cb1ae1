import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

extension Leftovers32Tests {
    /// Review 32b: a roadmap bullet continued by a labelled remark ("Note: this needs design review first", "Why: partners
    /// asked for it") was titled by the words before the remark's colon, "Fix the dashboard navigation Note" and "Ship the
    /// partner API Why": the name-and-description split took a colon on the bullet's second line for the first line's.
    @Test("a labelled remark on a line under a roadmap bullet is its text, not the end of its title")
    func remarkLine() throws {
        let (plan, _) = roadmap("""
            # Product roadmap

            ## Now

            - Fix the dashboard navigation
              Note: this needs design review first
            - Ship the partner API
              Why: partners asked for it in the survey
            - Dark mode: every page follows the system
            - Write the onboarding guide
              for new clinics in the north
            """)
        #expect(plan.items.map(\.title) == ["Fix the dashboard navigation", "Ship the partner API", "Dark mode",
                                            "Write the onboarding guide for new clinics in the north"])
        // The remark is not lost: the card's text still holds it.
        let shown = plan.items[0].blocks.map { block -> String in
            if case .paragraph(let content) = block.kind { return content.plainText }
            return ""
        }
        #expect(shown.contains { $0.contains("design review") }, "\(shown)")
    }
}
