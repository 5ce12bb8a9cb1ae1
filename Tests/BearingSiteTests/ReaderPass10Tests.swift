import BearingModel
@testable import BearingSite
import Testing

/// What a leader reads on real roadmaps: OpenTelemetry ranks its priorities in their headings ("### P0: Continued
/// Investment…"), and the card must still say P0 once the title drops it; a sentence bullet whose first clause became
/// the card's title (OpenTelemetry's "A specification for distributed traces and metrics, which defines…", GOV.UK's
/// "working out how the Design System might need to change…") is not read twice.
@Suite struct ReaderPass10Tests {
    static let strategy = "# Strategy\n\n## Priorities\n\n1. **Telemetry.** Telemetry should be universal. {#telemetry}\n"

    static func roadmap(_ markdown: String) throws -> String {
        let (plan, alignment) = Site.memory(["strategy.md": strategy, "roadmaps/roadmap.md": markdown])
        let pages = try SiteBuilder().render(plan: plan, alignment: alignment, options: .init())
        let page = try #require(pages.first { $0.0 == "roadmaps/roadmap.html" })
        return String(decoding: page.1, as: UTF8.self)
    }

    @Test("a rank written in an item's heading is shown on its card")
    func rankShown() throws {
        let html = try Self.roadmap("""
            # Roadmap

            ## Major Priorities

            ### P0: Continued Investment in Artifacts

            The top priority will always be telemetry.

            ### P2: Profiling

            Distributed profiling of telemetry.

            """)
        #expect(html.contains(#"<span class="rank">P0</span> "#), "\(html)")
        #expect(html.contains(#"<span class="rank">P2</span> "#))
        #expect(html.contains("<h3>Continued Investment in Artifacts</h3>"))
    }

    @Test("a bullet whose first clause is the card's title goes on from where the title stops")
    func titleNotRepeated() throws {
        let html = try Self.roadmap("""
            # Roadmap

            ## What We've Accomplished

            - A specification for distributed traces and metrics, which defines the objects
              used to represent each telemetry signal.
            - SDKs for twelve languages that allow developers to capture telemetry from
              their services and to create their own custom telemetry.

            """)
        #expect(html.contains("<h3>A specification for distributed traces and metrics</h3>"), "\(html)")
        #expect(html.contains("<p>…which defines the objects"))
        #expect(!html.contains("<p>A specification for distributed"))
        // A title cut short ends in "…"; the text goes on where it stopped.
        #expect(!html.contains("<p>SDKs for twelve"))
        #expect(html.contains("<p>…and to create their own custom telemetry.</p>") || html.contains("<p>…to create their own custom telemetry.</p>")
                || html.contains("<p>…their services and to create their own custom telemetry.</p>"))
    }

    @Test("a paragraph that does not open with the title, or links inside its words, is kept whole")
    func otherTextKept() {
        #expect(CardText.after("Logs", in: [.text("OpenTelemetry established a logging SIG.")]) == nil)
        #expect(CardText.after("drop support for Ruby Sass", in: [.text("drop support for "), .link(destination: "x", content: [.text("Ruby Sass")])]) == nil)
        #expect(CardText.after("Ship it", in: [.text("Ship it.")]) == nil)
        #expect(CardText.after("Ship the mirror", in: [.text("Ship the"), .softBreak, .text("mirror, then the index")]) == [.text("…then the index")])
    }

    @Test("the stop after a bold title is not left at the head of the card's text")
    func stopAfterBoldTitle() throws {
        let html = try Self.roadmap("""
            # Roadmap

            ## Now

            - **Make our development cycle more participatory and iterative**.
              - **Roadmap**: Our roadmapping must invite regular participation.
            - **Speed up the time it takes to deploy improvements**. As new development happens, it must be deployed.
            - **Land our sales.** This will ensure revenue.

            """)
        #expect(html.contains("<p>As new development happens, it must be deployed.</p>"), "\(html)")
        #expect(!html.contains("<p>."))
        #expect(!html.contains("<p>. "))
        #expect(html.contains("<p>This will ensure revenue.</p>"))
    }

    @Test("a lane's lead-in between its lists stays above the list it introduces, and its text after them below the cards")
    func laneTextInOrder() throws {
        let html = try Self.roadmap("""
            # Roadmap

            ## Deliverables

            Prototypes in the following areas:

            * The CI system
            * The CD system

            Current, non-complete list of Deliverables:

            * Semantic Convention Updates
            * Specification Updates

            ### Existing Related Solutions

            | Vendor | Prototype |
            |--------|-----------|
            | GitHub | Receiver |

            """)
        func at(_ text: String) throws -> String.Index { try #require(html.range(of: text), "\(text) in \(html)").lowerBound }
        #expect(try at("Prototypes in the following areas:") < at("<h3>The CI system</h3>"))
        #expect(try at("<h3>The CD system</h3>") < at("Current, non-complete list of Deliverables:"))
        #expect(try at("Current, non-complete list of Deliverables:") < at("<h3>Semantic Convention Updates</h3>"))
        #expect(try at("<h3>Specification Updates</h3>") < at("Existing Related Solutions"))
        #expect(try at("<h3>Specification Updates</h3>") < at("<td>GitHub"))
    }
}
