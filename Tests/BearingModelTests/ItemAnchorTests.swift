import Testing
@testable import BearingModel

/// An item's anchor is in its heading and in every link to it: ids of each shape give the anchor they always had.
@Suite("Item anchors")
struct ItemAnchorTests {
    @Test("safe ids keep their bytes and write / as --; other ids are made safe", arguments: [
        ("platform", "item-platform"),
        ("2026-q4/cut-operating-toil/automate-renewals", "item-2026-q4--cut-operating-toil--automate-renewals"),
        ("roadmap-0/item_1.2", "item-roadmap-0--item_1.2"),
        ("a//b/", "item-a----b--"),
        ("/lead", "item---lead"),
        (".hidden/x", "item-x.hidden--x"),
        ("café/été", "item-caf----t-"),
        ("has space/x", "item-has-space--x"),
        ("", "item-x"),
    ])
    func anchors(_ id: String, _ anchor: String) {
        #expect(ItemAnchor.make(id) == anchor)
    }
}
