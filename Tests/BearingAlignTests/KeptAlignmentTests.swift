import BearingModel
import BearingParse
import Foundation
import Testing
@testable import BearingAlign

/// A rebuild in process keeps the last build's aligned items (`AlignedItem.Kept`), each item's inference key
/// (`InferenceCache.itemKeys`) and each scope's score with what it read (`Scorer.ScopeMemo`). Whatever is kept, an
/// alignment with the kept cache must equal one from nothing: same items, links, scores, scopes and priorities.
@Suite("Aligned items and scope scores kept between builds")
struct KeptAlignmentTests {
    static func expectSame(_ kept: Alignment, _ fresh: Alignment, _ step: String) {
        #expect(kept.items == fresh.items, "\(step): items")
        #expect(kept.links == fresh.links, "\(step): links")
        #expect(kept.itemScores == fresh.itemScores, "\(step): item scores")
        #expect(kept.scopes == fresh.scopes, "\(step): scopes")
        #expect(kept.priorities == fresh.priorities, "\(step): priorities")
    }

    @Test("every step of a series of edits aligns with the kept cache as from nothing")
    func seriesAlignsAsFromNothing() throws {
        var cache = InferenceCache()
        let aligner = Aligner(vectors: Shared.vectors)
        let today = DateText.parse("2026-11-15")!
        // The same files twice (everything taken), then edits that move one scope, another quarter, the weights.
        let steps = OwnLinksCacheTests.steps + [
            ("the same files again", OwnLinksCacheTests.files(OwnLinksCacheTests.objectives)),
            ("the file's quarter moved", OwnLinksCacheTests.files(OwnLinksCacheTests.objectives.replacingOccurrences(
                of: "quarter: 2026-Q4", with: "quarter: 2026-Q3"))),
            ("a key result ticked", OwnLinksCacheTests.files(OwnLinksCacheTests.objectives.replacingOccurrences(
                of: "Make the nightly build green again.", with: "Make the nightly build green again.\n\n- [x] Nightly build green"))),
            ("weights set", OwnLinksCacheTests.files(OwnLinksCacheTests.objectives, strategy: "---\nweights:\n  security: 70%\n  growth: 30%\n---\n"
                + OwnLinksCacheTests.strategy)),
        ]
        for (name, files) in steps {
            let loaded = plan(files)
            Self.expectSame(aligner.align(loaded, today: today, cache: &cache), aligner.align(loaded, today: today), name)
        }
    }

    @Test("a kept scope score is not taken for another day")
    func anotherDay() throws {
        var cache = InferenceCache()
        let aligner = Aligner(vectors: Shared.vectors)
        let loaded = plan(OwnLinksCacheTests.files(OwnLinksCacheTests.objectives
            .replacingOccurrences(of: "Make the nightly build green again.", with: "Make the nightly build green again.\n\n- [ ] Nightly build green: 2 of 5")))
        for day in ["2026-10-02", "2026-12-20", "2027-02-01"] {
            let today = DateText.parse(day)!
            Self.expectSame(aligner.align(loaded, today: today, cache: &cache), aligner.align(loaded, today: today), day)
        }
    }

    @Test("an unchanged objective's items are the last build's; a changed one's are made again")
    func unchangedItemsAreKept() throws {
        var cache = InferenceCache()
        let aligner = Aligner(vectors: Shared.vectors)
        let today = DateText.parse("2026-11-15")!
        var loaded = plan(OwnLinksCacheTests.files(OwnLinksCacheTests.objectives))
        let first = aligner.align(loaded, today: today, cache: &cache)
        let second = aligner.align(loaded, today: today, cache: &cache)
        #expect(first.items.count == second.items.count)
        #expect(zip(first.items, second.items).allSatisfy { $0.isIdentical(to: $1) })
        // A write to an objective copies its storage: its items are made again, from the new text.
        loaded.objectiveFiles[0].objectives[0].title = "Pass the federal privacy audit"
        let third = aligner.align(loaded, today: today, cache: &cache)
        #expect(third.items[0].title == "Pass the federal privacy audit")
        #expect(!third.items[0].isIdentical(to: second.items[0]))
        Self.expectSame(third, aligner.align(loaded, today: today), "an objective's title written")
    }
}
