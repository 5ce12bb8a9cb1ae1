import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

extension Leftovers32Tests {
    /// Left 31: a roadmap bullet with its fields on the lines under it, as a to-do app exports them, was one title —
    /// "Fix the dashboard navigation Effort: 2-3 hours", "Ship the partner API Owner: Ada Lovelace Status: in progress" —
    /// and its effort, owner and status read nowhere.
    @Test("`Key: value` lines continuing a roadmap bullet are its fields, not words of its title")
    func continuationFields() throws {
        let (plan, _) = roadmap("""
            # Product roadmap

            ## Now

            - Fix the dashboard navigation
              Effort: 2-3 hours
            - Ship the partner API
              Owner: Ada Lovelace
              Status: in progress
            - Write the onboarding guide
              for new clinics in the north
            """)
        #expect(plan.items.map(\.title) == ["Fix the dashboard navigation", "Ship the partner API",
                                            "Write the onboarding guide for new clinics in the north"])
        #expect(plan.items.map(\.metadata.effort) == [2.5, nil, nil])
        #expect(plan.items.map(\.metadata.effortWritten) == ["2-3 hours", nil, nil])
        #expect(plan.items.map(\.metadata.owners) == [[], ["Ada Lovelace"], []])
        #expect(plan.items.map(\.metadata.status) == [nil, .onTrack, nil])
        // The card shows the fields as fields: its text is not the title again with them.
        let shown = plan.items[1].blocks.map { block -> String in
            if case .paragraph(let content) = block.kind { return content.plainText }
            return ""
        }
        #expect(!shown.contains { $0.contains("Owner") }, "\(shown)")
    }
}
