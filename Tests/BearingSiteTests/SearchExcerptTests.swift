import Testing
@testable import BearingSite

/// Search excerpts read like the text: @handles name people and stay, and a table reads as its rows' cells, without
/// the delimiter row ("|---|---|") and the header row that lay it out.
@Suite("Search excerpts")
struct SearchExcerptTests {
    static let table = """
        | Key result | Target | Current |
        |---|---:|---|
        | Counties with a planner login | 20 | 12 |
        """

    @Test("an @handle stays in the excerpt, as written")
    func handlesKept() {
        let excerpt = SearchIndex.excerpt("Led by Priya Raman (@priya) with @data-team/core.")
        #expect(excerpt == "Led by Priya Raman (@priya) with @data-team/core.", "\(excerpt)")
    }

    @Test("a table's delimiter and header rows are not in the excerpt; its rows read as their cells")
    func tableAsCells() {
        let excerpt = SearchIndex.excerpt(Self.table)
        #expect(excerpt == "Counties with a planner login, 20, 12.", "\(excerpt)")
        let script = String(decoding: SearchIndex.script(priorities: [], groups: [.init(label: "q", kind: "objective", entries: [
            .init(title: "Heat dashboard", href: "objectives/q/heat-dashboard.html", owners: [], priorities: [], body: Substring(Self.table)),
            .init(title: "Owned work", href: "objectives/q/owned-work.html", owners: [], priorities: [], body: "Owner: Priya Raman (@priya)"),
        ])]), as: UTF8.self)
        #expect(script.contains("\"Counties with a planner login, 20, 12.\""), "\(script)")
        #expect(!script.contains("---"))
        #expect(script.contains("\"Owner: Priya Raman (@priya)\""), "\(script)")
    }

    @Test("a line of pipes outside a table, and a thematic break, are left as they were")
    func notATable() {
        #expect(SearchIndex.excerpt("Choose A | B before June.") == "Choose A B before June.")
        #expect(SearchIndex.excerpt("Before\n\n---\n\nAfter") == "Before --- After")
    }
}
