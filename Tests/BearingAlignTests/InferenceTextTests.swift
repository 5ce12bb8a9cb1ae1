import Testing
@testable import BearingAlign

/// What inference reads of a planning text: the words a reader would recognize, none of the machinery of Markdown
/// or issue trackers.
@Suite("Text cleaning before inference")
struct InferenceTextTests {
    static func words(_ text: String) -> [String] {
        InferenceText.clean(text).lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
    }

    @Test("link targets and URLs go, link text stays", arguments: [
        ("See [the migration plan](https://github.com/org/repo/issues/123#issuecomment-35711) now", ["see", "the", "migration", "plan", "now"]),
        ("Read https://example.org/docs/setup?x=1 and www.example.com/page first", ["read", "and", "first"]),
        ("![architecture diagram](img/arch.png) attached", ["architecture", "diagram", "attached"]),
        ("Per [the guide][guide] today\n\n[guide]: https://example.org/guide", ["per", "the", "guide", "today"]),
        ("Autolink <https://example.org/x> here", ["autolink", "here"]),
    ])
    func links(text: String, expected: [String]) {
        #expect(Self.words(text) == expected)
    }

    @Test("code, @handles, issue numbers, commit hashes and emoji go", arguments: [
        ("Run `make deploy --prod` nightly", ["run", "nightly"]),
        ("Before:\n```swift\nlet cluster = Cluster()\n```\nafter", ["before", "after"]),
        ("Owner @jane-doe with @org/platform-team", ["owner", "with"]),
        ("Fixes #123 and org/repo#45, see 1a2b3c4d", ["fixes", "and", "see"]),
        ("Ship it 🚀✅ on time ⭐️", ["ship", "it", "on", "time"]),
        (":green_circle: Provide spectroscopy tools", ["provide", "spectroscopy", "tools"]),
    ])
    func machinery(text: String, expected: [String]) {
        #expect(Self.words(text) == expected)
    }

    @Test("MyST and kramdown markup go; a directive option line goes, prose led by a shortcode stays")
    func markup() {
        #expect(Self.words("(strategic-priorities)=\n## Grow {#grow .big}") == ["grow"])
        #expect(Self.words(":::{note}\n:class: tip\nShared hubs\n:::") == ["shared", "hubs"])
        #expect(Self.words("See {doc}`the guide`") == ["see"])
    }

    @Test("numbers and ordinary words are kept")
    func kept() {
        #expect(Self.words("Cut toil from 40 to 20 hours in Q3") == ["cut", "toil", "from", "40", "to", "20", "hours", "in", "q3"])
    }

    @Test("evidence is never a stop word, a frequent word, a URL piece or a handle")
    func evidence() throws {
        let loaded = plan(["strategy.md": """
            # Strategy

            ## Priorities

            1. **Security reviews.** Security and privacy reviews that pass on the first attempt. {#security}
            2. **Grow memberships.** More paying member communities. {#growth}
            """])
        let strategy = try #require(loaded.strategy)
        let inferrer = PriorityInferrer(strategy: strategy, vectors: Shared.vectors)
        let text = "Pass the state privacy audit with @sec-team, every call and burn down findings from https://github.com/org/audit/issues/35711 (#88)"
        let inference = try #require(inferrer.infer([.init(text: text)]).first)
        let terms = inference.evidence.map(\.term)
        #expect(!terms.isEmpty)
        for term in terms {
            #expect(!StopWords.contains(term), "\(term) is a stop word")
            #expect(!["github", "issuecomment", "35711", "88", "sec", "team", "org", "https", "every", "call", "the", "with"].contains(term), "\(term)")
        }
        #expect(terms.contains("privacy") || terms.contains("audit"), "\(terms)")
    }
}
