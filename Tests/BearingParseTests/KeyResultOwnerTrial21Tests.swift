import Testing
@testable import BearingModel
@testable import BearingParse

/// Key-result owners in the spellings a new user's trial found unread (trial 21, F31): handles set off by dashes
/// inside the words, a `(DRI: …)` bracket before a done mark, a bare handle at the end before the figure reported.
@Suite("Key-result owners of trial 21")
struct KeyResultOwnerTrial21Tests {
    func keyResults(_ markdown: String) throws -> [KeyResult] {
        let (file, _) = ObjectivesParser().parse(read(markdown, path: "objectives/2026-Q4.md"))
        return try #require(file.objectives.first).keyResults
    }

    @Test("`— @ina —`, `(DRI: …) ✅` and a bare `@handle` are owners, and leave the words")
    func owners() throws {
        let results = try keyResults("""
            # 2026-Q4

            ## Improve support

            - [ ] Publish docs for top 5 inquiries — @ina — due Dec 1
            - [x] Pick a chatbot tool (DRI: Matthias) ✅
            - [ ] Cut unnecessary tickets by 50% @valentin 20%
            - [ ] Reply to every ticket within a day (Lead: Ana Souza)
            - [ ] Write the handbook, assigned to @maria
            """)
        #expect(results.map(\.owners) == [["ina"], ["Matthias"], ["valentin"], ["Ana Souza"], ["maria"]])
        #expect(results.map(\.text) == [
            "Publish docs for top 5 inquiries — due Dec 1", "Pick a chatbot tool ✅", "Cut unnecessary tickets by 50% 20%",
            "Reply to every ticket within a day", "Write the handbook",
        ])
        #expect(results[2].progress == 0.2)
        #expect(results[1].done)
    }

    @Test("words in brackets that are no owner field, and handles inside the words, stay the key result's")
    func notOwners() throws {
        let results = try keyResults("""
            # 2026-Q4

            ## Improve support

            - [ ] Cut lead time (lead time to first reply)
            - [ ] Answer @mentions on the forum within a day
            - [ ] Mail support@example.org replies within a day
            """)
        #expect(results.allSatisfy { $0.owners.isEmpty }, "\(results.map(\.owners))")
        #expect(results[0].text == "Cut lead time (lead time to first reply)")
    }
}
