import Testing
@testable import BearingParse

@Suite("Writing a Priorities: line")
struct PrioritiesLineWriterTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var text: String
        var line: Int
        var inserted: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "bold bullet metadata", text: "# Q\n\n## A\n- **Owner:** Ada\n- **Status:** on-track\n\nBody.\n", line: 3, inserted: "- **Priorities:** platform"),
        Case(name: "bold key, colon outside", text: "## A\n**Owner**: Ada\n\nBody.\n", line: 1, inserted: "**Priorities**: platform"),
        Case(name: "plain lines", text: "## A\nOwner: Ada\nStatus: done\n\nBody.\n", line: 1, inserted: "Priorities: platform"),
        Case(name: "metadata list running into key results", text: "## A\n- Owner: Ada\n- [ ] 1/2\n", line: 1, inserted: "- Priorities: platform"),
        Case(name: "no metadata, blank line after heading", text: "## A\n\nBody.\n", line: 1, inserted: "Priorities: platform"),
        Case(name: "no metadata, text right under heading", text: "## A\nBody right here.\n", line: 1, inserted: "Priorities: platform"),
        Case(name: "initiative heading", text: "## A\ntext\n\n### B\n\nMore.\n", line: 4, inserted: "Priorities: platform"),
        Case(name: "last line without newline", text: "## A", line: 1, inserted: "Priorities: platform"),
        Case(name: "bold list item", text: "## Now\n\n- **Thing.** Does it.\n- **Other.** Too.\n", line: 3, inserted: "  - Priorities: platform"),
        Case(name: "bold list item with nested metadata", text: "## Now\n\n- **Thing.** Does it.\n  - Owner: Ada\n\n- **Other.**\n", line: 3, inserted: "  - Priorities: platform"),
        // Joystream's objectives: bold fields in a list that also holds the key results, so the reader does not take the
        // list as metadata; the field joins the list in its style rather than standing above it as a bare line (trial 22, F14).
        Case(name: "bold field list holding the key results", text: "## Objective: ship\n- **KR Measurement Deadline**: End of Q1\n- **Tracked**: Weekly\n- **Key Results**:\n  1. Draft the framework\n  2. Learn Rust\n",
             line: 1, inserted: "- **Priorities**: platform"),
        Case(name: "a key result list right under the heading keeps the plain line", text: "## A\n- Hire two engineers: done\n- Ship it: 50%\n",
             line: 1, inserted: "Priorities: platform"),
        Case(name: "CRLF line endings", text: "## A\r\n- Owner: Ada\r\n\r\nBody.\r\n", line: 1, inserted: "- Priorities: platform\r"),
    ]

    @Test("only the new line is added, and the item reads back with it", arguments: cases)
    func roundTrip(_ example: Case) throws {
        let result = try PrioritiesLineWriter.insert("platform", forItemAt: example.line, in: example.text, path: "x.md").get().text
        var lines = result.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { String(String.UnicodeScalarView($0)) }
        let index = try #require(lines.firstIndex(of: example.inserted), "\(result.debugDescription)")
        lines.remove(at: index)
        var restored = lines.joined(separator: "\n")
        // The one case that also adds a blank line to keep the new line out of the paragraph below it.
        if example.name == "no metadata, text right under heading" { restored = restored.replacingOccurrences(of: "## A\n\nBody", with: "## A\nBody") }
        if example.name.hasPrefix("a key result list") { restored = restored.replacingOccurrences(of: "## A\n\n- Hire", with: "## A\n- Hire") }
        #expect(restored == example.text)
        #expect(PrioritiesLineWriter.declares("platform", itemAt: example.line + (index < example.line ? 1 : 0), in: result, path: "x.md"))
    }

    @Test("items that already declare priorities are left alone")
    func alreadyDeclared() {
        #expect(PrioritiesLineWriter.insert("platform", forItemAt: 1, in: "## A\n- Priorities: revenue\n", path: "x.md") == .failure(.alreadyDeclared))
    }

    @Test("a line that starts no item is refused")
    func noItem() {
        #expect(PrioritiesLineWriter.insert("platform", forItemAt: 2, in: "## A\ntext\n", path: "x.md") == .failure(.noItem(line: 2)))
    }

    @Test("bare carriage-return files are refused rather than rewritten")
    func oldMac() {
        #expect(PrioritiesLineWriter.insert("platform", forItemAt: 1, in: "## A\rtext\r", path: "x.md") == .failure(.oldMacLineEndings))
    }

    @Test("a misspelt priorities key is corrected in place, its value kept, and no second line is added",
          arguments: [
              ("## A\nOwner: Ada\nPriorites: growth\n\nBody.\n", 1, "## A\nOwner: Ada\nPriorities: growth\n\nBody.\n", 3, "Priorites"),
              ("## A\n- **Owner:** Ada\n- **Priorites:** growth\n", 1, "## A\n- **Owner:** Ada\n- **Priorities:** growth\n", 3, "Priorites"),
              ("## Now\n\n- **Thing.** Does it.\n  - priorty: growth\n", 3, "## Now\n\n- **Thing.** Does it.\n  - priority: growth\n", 4, "priorty"),
              ("## A\r\nPRIORITES: growth\r\n\r\nBody.\r\n", 1, "## A\r\nPRIORITIES: growth\r\n\r\nBody.\r\n", 2, "PRIORITES"),
          ])
    func misspeltKey(_ text: String, _ item: Int, _ expected: String, _ keyLine: Int, _ written: String) throws {
        let edit = try PrioritiesLineWriter.insert("platform", forItemAt: item, in: text, path: "x.md").get()
        #expect(edit.text == expected)
        #expect(edit.correction?.line == keyLine)
        #expect(edit.correction?.written == written)
        #expect(edit.correction?.value == "growth")
        #expect(PrioritiesLineWriter.misspeltKey(forItemAt: item, in: text, path: "x.md") == edit.correction)
        #expect(PrioritiesLineWriter.insert("platform", forItemAt: item, in: edit.text, path: "x.md") == .failure(.alreadyDeclared))
    }

    @Test("the misspelt keys of many items, from one reading of their file, are each item's own")
    func misspeltKeysOfManyItems() throws {
        // A file of many objectives (a fuzzed one had 5,000 and took `suggest` minutes when read again per item).
        var text = "# 2026-Q4\n\n"
        for index in 0..<40 {
            text += "## Objective \(index)\n" + (index % 3 == 0 ? "priorty: growth\n" : "Owner: Ada\n") + "\nBody.\n\n"
        }
        text += "- **Thing.** Does it.\n  - priorty: growth\n"
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).indices.map { $0 + 1 }
        let together = PrioritiesLineWriter.misspeltKeys(forItemsAt: lines, in: text, path: "x.md")
        #expect(together.count == 15)
        for line in lines { #expect(together[line] == PrioritiesLineWriter.misspeltKey(forItemAt: line, in: text, path: "x.md")) }
    }
}

