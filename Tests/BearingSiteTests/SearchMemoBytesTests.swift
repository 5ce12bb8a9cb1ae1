@testable import BearingSite
import Testing

/// The search index's memo kept on disk between builds (`SearchIndex.Memo+Bytes`): an index made from a memo read
/// back is the index made from scratch, and it works out no text again.
@Suite("Search memo as bytes")
struct SearchMemoBytesTests {
    static let groups = [
        SearchIndex.Group(label: "2026-Q1", kind: "objective", entries: [
            .init(title: "Lend hotspots", href: "quarters/2026-q1/#lend-hotspots", owners: ["Ana"], priorities: [0],
                  body: "Patrons borrow **mobile hotspots** for two weeks.\n\n- KR: 120 loans a month (now 80)\n"),
            .init(title: "Story time", href: "quarters/2026-q1/#story-time", owners: [], priorities: [],
                  body: "Weekly picture-book readings for toddlers and parents, with rhymes, songs and a craft table that runs long enough to be cut."),
        ]),
        SearchIndex.Group(label: "Roadmap", kind: "roadmap-item", entries: [
            .init(title: "Ship the app", href: "roadmaps/app/#ship-the-app", owners: ["Bo"], priorities: [0],
                  body: "Café opening hours in the app, «with» accents and 日本語 text."),
        ]),
    ]
    static let priorities = [SearchIndex.Priority(number: "1", title: "Reach", href: "priorities/reach/")]

    @Test func anIndexFromTheMemoReadBackIsTheIndexMadeFromScratch() throws {
        var memo = SearchIndex.Memo()
        let first = SearchIndex.script(priorities: Self.priorities, groups: Self.groups, memo: &memo)
        #expect(memo.latestChanges == 3)
        let bytes = try #require(memo.bytes(stamp: "s"))
        var read = try #require(SearchIndex.Memo(bytes: bytes, stamp: "s"))
        #expect(read.entries.count == 3)
        #expect(SearchIndex.script(priorities: Self.priorities, groups: Self.groups, memo: &read) == first)
        #expect(read.latestChanges == 0)
        // An edited body is worked out again; the texts it no longer uses are let go.
        var edited = Self.groups
        edited[0].entries[1] = .init(title: "Story time", href: "quarters/2026-q1/#story-time", owners: [], priorities: [], body: "Readings on Saturdays.")
        var fresh = SearchIndex.Memo(), again = try #require(SearchIndex.Memo(bytes: bytes, stamp: "s"))
        #expect(SearchIndex.script(priorities: Self.priorities, groups: edited, memo: &again)
                    == SearchIndex.script(priorities: Self.priorities, groups: edited, memo: &fresh))
        #expect(again.latestChanges == 2)
    }

    @Test func bytesCutShortDamagedOrUnderAnotherStampAreNoMemo() throws {
        var memo = SearchIndex.Memo()
        _ = SearchIndex.script(priorities: Self.priorities, groups: Self.groups, memo: &memo)
        let bytes = try #require(memo.bytes(stamp: "s"))
        #expect(SearchIndex.Memo(bytes: bytes, stamp: "t") == nil)
        for cut in 0..<bytes.count { #expect(SearchIndex.Memo(bytes: Array(bytes[..<cut]), stamp: "s") == nil) }
        for position in bytes.indices {
            var damaged = bytes
            damaged[position] ^= 1 << UInt8(position % 8)
            #expect(SearchIndex.Memo(bytes: damaged, stamp: "s") == nil, "byte \(position)")
        }
    }
}
