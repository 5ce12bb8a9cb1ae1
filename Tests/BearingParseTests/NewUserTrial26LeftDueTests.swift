import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// Trial 26b left these: a release's date written in its title or the first paragraph under it (Cerberus's "The release
/// is estimated to be ready in mid or late 2018.", "Release 2.0 by the end of 2018").
@Suite("New users' files (trial 26b, left): dates in words")
struct NewUserTrial26LeftDueTests: TwoPriorityTrial {
    @Test("a time that ends an item's title after by, before, until or in is when it is due", arguments: [
        ("Release 2.0 by the end of 2018", "end of 2018", "2018"),
        ("Drop Python 2 by end of Q3 2026", "end of Q3 2026", "2026-Q3"),
        ("Open the Lisbon office by the end of March 2027", "end of March 2027", "March 2027"),
        ("Ship the mobile app in H2 2026", "H2 2026", "2026-H2"),
        ("Hire a second nurse in early 2027", "early 2027", "2027"),
        ("Cut hosting costs by 20% by 2027", "2027", "2027"),
        ("Release 1.3 mid 2018", "mid 2018", "2018"),
    ])
    func dueInTitle(_ title: String, _ due: String, _ period: String) {
        for written in ["- \(title)", "### \(title)\n\nThe work in short."] {
            let item = items("# Roadmap\n\n## Roadmap\n\n\(written)\n").first
            #expect(item?.title == title)
            #expect(item?.metadata.due == due, "\(written)")
            #expect(item?.period == period, "\(written)")
        }
    }

    @Test("a sentence of an item's text that looks ahead to a time is when it is due")
    func dueInProse() {
        let read = items("""
            # Cerberus development and support roadmap

            ## Roadmap

            ### 1.3 release

            The release is estimated to be ready in mid or late 2018.
            The planned fixes and features are listed
            [here](https://github.com/pyeve/cerberus/milestone/6).

            ### 2.0 release

            After a series of release candidates, a final 2.0 with new features might be
            available by the end of 2018.

            ### Branching off 1.3.x

            After that release, a new branch `1.3.x` is created.

            #### Checklist

            - [ ] 1.3 is released.
            """) + items("# Roadmap\n\n## Later\n\n- **Search index.** We will move it to its own server by Q3 2026.\n")
        #expect(read.map(\.metadata.due) == ["mid or late 2018", "end of 2018", nil, "Q3 2026"], "\(read.map(\.metadata.due))")
        #expect(read.map(\.period) == ["2018", "2018", nil, "2026-Q3"])
    }

    @Test("a year that tells what happened, a release with no date, or a time mid-title is no due date", arguments: [
        "### Search index\n\nSince 2018 we run the index on one server; it is full.",
        "### Search index\n\nReleased in 2018, the index is slow. We will rewrite it.",
        "### Search index\n\nIn May 2018 we shipped the index; in 2019 it moved to its own server.",
        "### Current Status\n\nWe've received $5M in funding in 2024 and are on target to spend over $6M by the end of the year.",
        "### Up Next\n\nWe continue to hold monthly public meetings.\n\nOur 2024 Annual Report will be published in early January 2025.",
        "- Keep the 1.x API stable before v2.0",
        "- Support 1.3.x until a 2.0 replaces it",
        "- Move the 2018 archive to cold storage",
        "- Publish the 2026 report in print",
        "### Branching off 1.3.x\n\nThis one will continue to support Python 2 *at least* until December 31, 2019.",
    ])
    func noDue(_ written: String) {
        let item = items("# Roadmap\n\n## Later\n\n\(written)\n").first
        #expect(item != nil)
        #expect(item?.metadata.due == nil, "\(written): \(String(describing: item?.metadata.due))")
        #expect(item?.period == nil)
    }
}
