import BearingAlign
import BearingModel
import BearingParse
@testable import BearingSite
import Testing

/// What a leader read on sites built from real files, pass 13: OpenTelemetry's `> [!IMPORTANT]` showed as the literal
/// text "[!IMPORTANT]"; the problems banner showed a fix's backticks raw ("`{#other-id}`"); every card of in-toto's
/// "Recently Completed Work" lane said "done as its lane says".
@Suite struct ReaderPass13Tests {
    static let strategy = "# Strategy\n\n## Priorities\n\n1. **Attestations.** Supply chain attestations everywhere. {#attestations}\n"

    static func pages(_ files: [String: String], options: SiteBuilder.Options = .init()) throws -> [String: String] {
        try Site.pages(files, options: options)
    }

    @Test("a GitHub alert is an admonition titled as GitHub titles it; a quote that only looks like one stays a quote")
    func githubAlerts() {
        let markdown = """
            # Generative AI Observability

            > [!IMPORTANT]
            > This project extends LLM Semantic Conventions project

            > [!note]
            > The release cadence of contrib repo needs to support
            > releasing components frequently.
            >
            > A second paragraph.

            > [!WARNING] Read this first

            > [!SHOUT]
            > Not an alert.

            """
        let blocks = MarkdownReader().read(markdown, path: "-").blocks
        let html = HTMLRenderer().render(blocks)
        #expect(html.contains("<aside class=\"admonition important\" role=\"note\"><p class=\"admonition-title\">Important</p>\n<p>This project extends LLM Semantic Conventions project</p>\n</aside>"), "\(html)")
        #expect(html.contains("<aside class=\"admonition note\" role=\"note\"><p class=\"admonition-title\">Note</p>\n<p>The release cadence of contrib repo needs to support\nreleasing components frequently.</p>\n<p>A second paragraph.</p>\n</aside>"), "\(html)")
        #expect(!html.contains("[!IMPORTANT]") && !html.contains("[!note]"))
        // Words after the marker are the callout's title, as Obsidian reads them (GitHub shows them as text); a name
        // neither GitHub nor Obsidian knows stays a quote.
        #expect(html.contains("<aside class=\"admonition warning\" role=\"note\"><p class=\"admonition-title\">Read this first</p>\n</aside>"), "\(html)")
        #expect(html.contains("[!SHOUT]"))
    }

    @Test("the problems banner sets a fix's backticked text as code, on every page and on the dashboard")
    func problemsBannerCode() throws {
        let strategy = "# Strategy\n\n## Priorities\n\n### Reliability {#rel}\n\nText.\n\n### Resilience {#rel}\n\nText.\n"
        let pages = try Self.pages(["strategy.md": strategy], options: .init(showProblems: true))
        for path in ["index.html", "strategy.html"] {
            let page = try #require(pages[path])
            #expect(page.contains("<code>{#other-id}</code>"), "\(path): \(page.prefix(3000))")
            #expect(!page.contains("`{#other-id}`"), "\(path)")
        }
    }

    @Test("a lane whose every item is done as its name says says so once, not on each card; a lane of mixed origins keeps each card's")
    func laneStatusOnce() throws {
        let page = try #require(try Self.pages(["strategy.md": Self.strategy, "roadmaps/roadmap.md": """
            # Roadmap

            ## Recently Completed Work

            - Attest the builds
            - Sign the releases
            - Publish the index

            ## Done

            - Rotate the keys
            - Audit the signers
              - Status: at risk

            """])["roadmaps/roadmap.html"])
        #expect(page.components(separatedBy: "as its lane says").count == 2, "one card of the mixed lane says it: \(page)")
        #expect(page.components(separatedBy: "as the lane's name says").count == 2, "the all-done lane says it once")
        let completed = try #require(page.range(of: "Recently Completed Work"))
        let next = try #require(page.range(of: "</section>", range: completed.upperBound..<page.endIndex))
        let lane = page[completed.upperBound..<next.lowerBound]
        #expect(lane.components(separatedBy: "class=\"status done\"").count == 2, "\(lane)")
    }

    @Test("objectives with too little text to link are neither an alignment index of 0 nor '0 of 3' orphans")
    func unjudgedFigures() throws {
        let objectives = "---\nquarter: 2026-Q4\n---\n# Q4\n\n### 1. CEO\n\n### 2. CEO\n\n### 3. CEO\n"
        let page = try #require(try Self.pages(["strategy.md": Self.strategy, "objectives/2026-Q4.md": objectives])["quarters/2026-Q4.html"])
        #expect(page.contains("<span class=\"kpi-value\">–</span> <span class=\"kpi-label\">alignment index</span> <span class=\"kpi-note\">3 items say too little to link</span>"), "\(page)")
        #expect(!page.contains("0 of 3 items"))
        #expect(page.contains("<span class=\"kpi-label\">orphan work</span> <span class=\"kpi-note\">none judged</span>"))
    }

    @Test("a plan of roadmaps only has no empty 'This quarter so far' and no table of priorities graded '–' on its review")
    func reviewWithoutObjectives() throws {
        let page = try #require(try Self.pages(["strategy.md": Self.strategy, "roadmaps/r.md": "# Roadmap\n\n## Now\n\n- Attest the builds\n"])["review.html"])
        #expect(!page.contains("This quarter so far"), "\(page)")
        #expect(!page.contains("Grade, ended quarters"))
        #expect(page.contains("No objectives yet: grades and pace come from the key results of each quarter's objectives."))
    }

    @Test("on a phone the review's standings wrap their figure headers and keep room for a priority's name")
    func standingsOnPhone() throws {
        let css = try SiteBuilder.resource("assets/style", "css")
        let phone = try #require(css.range(of: "@media (max-width: 40rem) {"))
        let block = css[phone.upperBound...]
        #expect(block.contains("table.standings thead th.n { white-space: normal; }"))
        #expect(block.contains("table.standings td:first-child { min-width: 8rem; }"))
    }

    @Test("a MyST link with no text ('Our [](./service-model.md) describes …') reads its file's name, not nothing")
    func emptyLinkText() {
        let html = HTMLRenderer().render(MarkdownReader().read("Our [](./service-model.md) describes it; see [](https://example.org/).\n", path: "-").blocks)
        #expect(html.contains("Our <a href=\"./service-model.md\">service model</a> describes it"), "\(html)")
        #expect(html.contains("see <a href=\"https://example.org/\">https://example.org/</a>."), "\(html)")
    }

    @Test("objectives with no key result get no standings of '–' on the review, and one year's heatmap is 'in 2025', not '2025 to 2025'")
    func reviewWithoutKeyResults() throws {
        let objectives = "---\nperiod: 2025\n---\n# 2025\n\n## Attest every release\n\nSupply chain attestations for every release.\n"
        let pages = try Self.pages(["strategy.md": Self.strategy, "objectives/2025.md": objectives])
        let review = try #require(pages["review.html"])
        #expect(!review.contains("Grade, ended quarters"), "\(review)")
        #expect(review.contains("No key results yet."))
        #expect(review.contains("roadmap items placed in the quarter), in 2025."), "\(review)")
    }
}
