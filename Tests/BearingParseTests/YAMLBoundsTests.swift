import Foundation
import Testing
@testable import BearingParse

@Suite("YAML alias expansion is bounded")
struct YAMLBoundsTests {
    /// Nine levels of nine aliases: 9⁹ nodes once expanded, from about 300 bytes.
    static func bomb(indent: String = "") -> String {
        var lines = [indent + "a: &a [x,x,x,x,x,x,x,x,x]"]
        let names = Array("abcdefghi")
        for level in 1..<names.count {
            let alias = "*\(names[level - 1])"
            lines.append(indent + "\(names[level]): &\(names[level]) [" + Array(repeating: alias, count: 9).joined(separator: ",") + "]")
        }
        return lines.joined(separator: "\n")
    }

    static let goodObjectives = "## Ship it\n- Owner: Ada\n- Priorities: platform\n"

    @Test("a bomb under an unused front-matter key is a diagnostic at its line, and the rest is read")
    func frontMatterBomb() {
        let bombed = "---\nquarter: 2026-Q1\nunused:\n" + Self.bomb(indent: "  ") + "\n---\n## Still read\n- Owner: Bo\n"
        let plan = loadWorkspace(["strategy.md": minimalStrategy, "objectives/2026-Q1.md": bombed,
                                  "objectives/2026-Q4.md": Self.goodObjectives])
        let found = plan.diagnostics.first { $0.code == .frontMatterInvalid }
        #expect(found?.location.path == "objectives/2026-Q1.md")
        #expect((4...12).contains(found?.location.line ?? 0))
        #expect(found?.message.contains("alias") == true)
        #expect(plan.objectives.map(\.title).sorted() == ["Ship it", "Still read"])
    }

    @Test("a bomb in bearing.yml is a diagnostic at its line, and the workspace still loads")
    func configBomb() {
        let plan = loadWorkspace(["bearing.yml": "title: T\n" + Self.bomb(), "strategy.md": minimalStrategy,
                                  "objectives/2026-Q4.md": Self.goodObjectives])
        let found = plan.diagnostics.first { $0.code == .configInvalid }
        #expect(found?.location.path == "bearing.yml")
        #expect((2...10).contains(found?.location.line ?? 0))
        #expect(plan.objectives.first?.resolved.priorities == ["platform"])
    }

    @Test("aliases as mapping keys are measured before Yams hashes the keys")
    func keyBomb() {
        let text = Self.bomb() + "\nj: {? *i : x, ? [*i, *i] : y}"
        guard case .failure(let failure) = YAMLReader.read(text) else { Issue.record("bomb was read"); return }
        #expect(failure.message.contains("alias"))
    }

    @Test("text that cannot be measured (a `*` inside a tag) is refused, not composed unbounded")
    func unmeasurable() {
        let text = "t: !x*y [1]\n" + Self.bomb()
        guard case .failure(let failure) = YAMLReader.read(text) else { Issue.record("bomb was read"); return }
        #expect(!failure.message.contains("\u{E000}"))
    }

    @Test("one long string repeated by aliases is bounded by bytes")
    func byteBomb() {
        let long = String(repeating: "x", count: 20_000)
        let text = "a: &a \(long)\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
        guard case .failure(let failure) = YAMLReader.read(text) else { Issue.record("bomb was read"); return }
        #expect(failure.message.contains("KiB"))
        #expect(failure.line == 3)
    }

    @Test("ordinary anchors, redefined anchors and stars in text still read")
    func ordinaryAnchors() throws {
        let text = """
        defaults: &defaults {owner: Ada, team: Platform}
        first: *defaults
        tag: &name one
        tag2: &name two
        later: *name
        note: this is *important* text
        quoted: "*not an alias*"
        """
        let value = try YAMLReader.read(text, lineOffset: 10).get()
        #expect(value?["first"]?["owner"]?.string == "Ada")
        #expect(value?["first"]?.line == 11)
        #expect(value?["later"]?.string == "two")
        #expect(value?["note"]?.string == "this is *important* text")
        #expect(value?["quoted"]?.string == "*not an alias*")
    }

    @Test("an undefined alias is still Yams' own error")
    func undefinedAlias() {
        guard case .failure(let failure) = YAMLReader.read("a: 1\nb: *missing\n") else { Issue.record("read"); return }
        #expect(failure.message.contains("undefined alias"))
        #expect(failure.line == 2)
    }
}
