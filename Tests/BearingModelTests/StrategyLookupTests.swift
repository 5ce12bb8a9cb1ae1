import Testing
import BearingModel

/// `Strategy` answers priorities by id, children and top level from an index kept with `priorities`: the answers must
/// be those of scanning the list, including after the list or one of its priorities changes.
@Suite("Strategy lookups")
struct StrategyLookupTests {
    static let here = SourceLocation(path: "strategy.md")

    static func sample() -> Strategy {
        Strategy(path: "strategy.md", title: "Strategy", priorities: [
            Priority(id: "a", number: "1", title: "A", location: Self.here),
            Priority(id: "a1", number: "1.1", title: "A one", parent: "a", location: Self.here),
            Priority(id: "b", number: "2", title: "B", location: Self.here),
            Priority(id: "a2", number: "1.2", title: "A two", parent: "a", location: Self.here),
            Priority(id: "a", number: "3", title: "A again", location: Self.here),
        ])
    }

    @Test("by id the first of a repeated id; children and top level in document order")
    func lookups() {
        let strategy = Self.sample()
        #expect(strategy.priority("a")?.title == "A")
        #expect(strategy.priority("missing") == nil)
        #expect(strategy.children(of: "a").map(\.id) == ["a1", "a2"])
        #expect(strategy.children(of: "b").isEmpty)
        #expect(strategy.topLevel.map(\.number) == ["1", "2", "3"])
    }

    @Test("a changed list or priority is what the lookups answer")
    func changes() {
        var strategy = Self.sample()
        strategy.priorities[0].title = "A renamed"
        #expect(strategy.priority("a")?.title == "A renamed")
        strategy.priorities[2].parent = "a"
        #expect(strategy.children(of: "a").map(\.id) == ["a1", "b", "a2"])
        #expect(strategy.topLevel.map(\.id) == ["a", "a"])
        strategy.priorities.removeFirst()
        #expect(strategy.priority("a")?.title == "A again")
        strategy.priorities = []
        #expect(strategy.priority("a1") == nil && strategy.topLevel.isEmpty)
    }
}
