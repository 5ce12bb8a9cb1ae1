import BearingAlign
import BearingModel
import BearingParse
@testable import BearingSite
import Testing

/// What a leader read on sites built from real files, pass 14: 2i2c's strategy showed its footnotes as literal
/// "[^gsbs]" brackets; 2i2c's quarter tables had Owner, Status and Grade columns nobody filled; GitLab's sub-priority
/// pages began "From the strategy" with their own title again, and H3 priorities with the summary already shown as lede.
@Suite struct ReaderPass14Tests {
    static func pages(_ files: [String: String]) throws -> [String: String] {
        try Site.pages(files)
    }

    static func html(_ markdown: String) -> String {
        HTMLRenderer().render(MarkdownReader().read(markdown, path: "-").blocks)
    }

    @Test("a footnote reference is a superscript link to its note, listed after the text; the definition's brackets are gone")
    func footnotes() {
        let html = Self.html("""
            We carry out our [theory of impact](./theory.md)[^gsbs], as measured.[^1] Unknown[^nope] stays.

            [^gsbs]: This is inspired by the [Good Strategy](https://example.org/gsbs) framework.

            [^1]: First note.
            [^two]: Second note,
            over two lines.

            """)
        #expect(html.contains("<a href=\"./theory.md\">theory of impact</a><sup class=\"fnref\"><a href=\"#fn-3-gsbs\">1</a></sup>, as measured.<sup class=\"fnref\"><a href=\"#fn-5-1\">2</a></sup>"), "\(html)")
        #expect(html.contains("Unknown[^nope] stays."), "a reference nothing defines stays text: \(html)")
        #expect(html.contains("<ol class=\"footnotes\">\n<li id=\"fn-3-gsbs\">This is inspired by the <a href=\"https://example.org/gsbs\">Good Strategy</a> framework.\n<li id=\"fn-5-1\">First note.\n<li id=\"fn-6-two\">Second note,\nover two lines.\n</ol>"), "\(html)")
        #expect(!html.contains("[^gsbs]") && !html.contains("[^1]") && !html.contains("[^two]"), "\(html)")
    }

    @Test("a footnote definition in a code block, or quoted inline as code, stays code; text without definitions is untouched")
    func footnotesInCode() {
        let html = Self.html("""
            Write `[^1]` for a note.

            ```markdown
            [^1]: A definition shown as an example.
            ```

            """)
        #expect(html.contains("<code>[^1]</code>"), "\(html)")
        #expect(html.contains("<pre><code class=\"language-markdown\">[^1]: A definition shown as an example.\n</code></pre>"), "\(html)")
        #expect(!html.contains("footnotes"), "\(html)")
        let plain = Self.html("A [^label] and [^x]: in the middle of a line.\n")
        #expect(plain == "<p>A [^label] and [^x]: in the middle of a line.</p>\n", "\(plain)")
    }

    @Test("`[^1]: https://…` is a link reference definition to CommonMark: its reference reads as a superscript, not '^1'")
    func footnoteAsLinkDefinition() {
        let html = Self.html("Measured.[^1]\n\n[^1]: https://example.org/source\n")
        #expect(html.contains("Measured.<sup class=\"fnref\"><a href=\"https://example.org/source\">1</a></sup>"), "\(html)")
    }

    @Test("a quarter's table shows no Owner, Status or Grade column that no objective fills, and keeps those one does")
    func emptyColumns() throws {
        let strategy = "# Strategy\n\n## Priorities\n\n### Reliability {#rel}\n\nReliable hubs for every community.\n"
        let bare = "---\nquarter: 2026-Q4\n---\n# Q4\n\n## Make hubs reliable for communities\n\nReliable hubs.\n\n## Upgrade every hub\n\nReliable hubs, upgraded.\n"
        let pages = try Self.pages(["strategy.md": strategy, "objectives/2026-Q4.md": bare])
        let quarter = try #require(pages["quarters/2026-Q4.html"])
        #expect(quarter.contains("<thead><tr><th scope=\"col\">Objective<th scope=\"col\" class=\"col-link\">Serves most</thead>"), "\(quarter)")
        #expect(!quarter.contains("<td class=\"n\">") && !quarter.contains("<td><td"), "\(quarter)")
        let priority = try #require(pages["priorities/rel.html"])
        #expect(priority.contains("<th scope=\"col\">Item<th scope=\"col\" class=\"col-link\">Link</thead>"), "\(priority)")

        let owned = "---\nquarter: 2026-Q4\n---\n# Q4\n\n## Make hubs reliable for communities\n\n- Owner: Ada\n\n## Upgrade every hub\n\nReliable hubs, upgraded.\n"
        let withOwner = try #require(try Self.pages(["strategy.md": strategy, "objectives/2026-Q4.md": owned])["quarters/2026-Q4.html"])
        #expect(withOwner.contains("<th scope=\"col\">Objective<th scope=\"col\" class=\"col-owner\">Owner<th scope=\"col\" class=\"col-link\">Serves most</thead>"), "\(withOwner)")
        // The row without an owner keeps its empty cell: every row has as many cells as the header.
        #expect(withOwner.contains("Upgrade every hub</a><td><td"), "\(withOwner)")
    }

    @Test("a sub-priority written as a list item does not repeat its name under 'From the strategy'; a summary shown as lede is not repeated")
    func priorityBodyWithoutHeader() throws {
        let strategy = """
            # Strategy

            ## Priorities

            ### 1) Customer Results
            Ensure that we are the default when customers buy.

            1. Even easier to buy
                1. Dedicated hosting
                1. Consumption add-ons
            1. Prove value
                1. Advocate training

            ### 2) Grow careers
            Careers grow here. And more text than the summary says.

            """
        let pages = try Self.pages(["strategy.md": strategy])
        let sub = try #require(pages.first { $0.key.hasPrefix("priorities/even-easier") }?.value)
        let body = try #require(sub.range(of: "From the strategy")).upperBound
        let tail = sub[body...]
        #expect(!tail.contains("Even easier to buy"), "\(tail)")
        #expect(tail.contains("<div class=\"prose\"><ol>\n<li>Dedicated hosting\n<li>Consumption add-ons\n</ol>"), "\(tail)")
        let top = try #require(pages.first { $0.key.hasPrefix("priorities/customer-results") }?.value)
        #expect(top.components(separatedBy: "Ensure that we are the default when customers buy.").count == 2, "the lede only: \(top)")
        #expect(DetailPagesProbe.withoutHeader(["Careers grow here. And more text than the summary says."], title: "Grow careers", summary: "Careers grow here.")
                    == 1, "a paragraph saying more than the summary stays")
    }
}

extension ReaderPass14Tests {
    static let strategy = "# Strategy\n\n## Priorities\n\n1. **Attestations.** Supply chain attestations everywhere. {#attestations}\n"

    @Test("a quarter whose every item says too little to link has its gaps, coverage and orphans unjudged, not all priorities gaps")
    func nothingJudged() throws {
        let objectives = "---\nquarter: 2026-Q4\n---\n# Q4\n\n### 1. CEO\n\n### 2. CEO\n\n### 3. CEO\n"
        let pages = try Self.pages(["strategy.md": Self.strategy, "objectives/2026-Q4.md": objectives])
        let dashboard = try #require(pages["index.html"])
        #expect(dashboard.contains("<p>Not judged: no item in 2026-Q4 says enough to link to a priority.</p>"), "\(dashboard)")
        #expect(!dashboard.contains("Priorities with no work"), "\(dashboard)")
        #expect(dashboard.contains("<p>None judged.</p>") && !dashboard.contains("all work serves a priority"), "\(dashboard)")
        #expect(dashboard.contains("<span class=\"kpi-value\">–</span> <span class=\"kpi-label\">priorities covered</span> <span class=\"kpi-note\">none judged</span>"), "\(dashboard)")
        let quarter = try #require(pages["quarters/2026-Q4.html"])
        #expect(quarter.contains("3 objectives, none saying enough to link to a priority."), "\(quarter)")
    }

    @Test("a strategy without sub-priorities gets no '100% of sub-priorities' under its coverage")
    func noSubPriorityNote() throws {
        let objectives = "---\nquarter: 2026-Q4\n---\n# Q4\n\n## Attest every release with supply chain attestations\n"
        let dashboard = try #require(try Self.pages(["strategy.md": Self.strategy, "objectives/2026-Q4.md": objectives])["index.html"])
        #expect(dashboard.contains("<span class=\"kpi-label\">priorities covered</span>\n"), "\(dashboard)")
        #expect(!dashboard.contains("of sub-priorities"), "\(dashboard)")
    }

    @Test("a strategy with no target weights has a 'Share of effort by priority' chart, with no Target column of '–'")
    func shareWithoutWeights() throws {
        let objectives = "---\nquarter: 2026-Q4\n---\n# Q4\n\n## Attest every release with supply chain attestations\n"
        let pages = try Self.pages(["strategy.md": Self.strategy, "objectives/2026-Q4.md": objectives])
        for path in ["index.html", "review.html", "strategy.html"] {
            let page = try #require(pages[path])
            #expect(!page.contains("target weights</h2>") && !page.contains("Weights against actual effort"), "\(path): \(page)")
            #expect(page.contains("Share of effort by priority"), "\(path)")
            #expect(!page.contains("<th scope=\"col\">Target"), "\(path)")
        }
    }

    @Test("a plan that names no owner gets a sentence on the review, not a table whose one row is 'No owner named'")
    func reviewWithoutOwners() throws {
        let objectives = "---\nquarter: 2026-Q4\n---\n# Q4\n\n## Attest every release with supply chain attestations\n"
        let review = try #require(try Self.pages(["strategy.md": Self.strategy, "objectives/2026-Q4.md": objectives])["review.html"])
        #expect(review.contains("<p>No work names an owner (<code>Owner:</code> on an objective or item).</p>"), "\(review)")
        #expect(!review.contains("No owner named"))
    }

    @Test("item tables size their columns by name, so leaving one out does not hand its width to the next")
    func columnWidthsByName() throws {
        let css = try SiteBuilder.resource("assets/style", "css")
        #expect(css.contains("table.rows th.col-owner { width: 20%; }") && css.contains("table.rows th.col-link { width: 17.5rem; }"))
        let objectives = "---\nquarter: 2026-Q4\n---\n# Q4\n\n## Attest every release with supply chain attestations\n"
        let quarter = try #require(try Self.pages(["strategy.md": Self.strategy, "objectives/2026-Q4.md": objectives])["quarters/2026-Q4.html"])
        #expect(quarter.contains("<table class=\"items rows\">") && quarter.contains("<th scope=\"col\" class=\"col-link\">Serves most</thead>"), "\(quarter)")
        // A table with every column keeps the classless header its places size: a large plan's 885 tables do not grow.
        let full = "---\nquarter: 2026-Q4\n---\n# Q4\n\n## Attest every release with supply chain attestations\n\n- Owner: Ada\n- Status: on-track\n\n- [x] Attest the builds\n"
        let fullPage = try #require(try Self.pages(["strategy.md": Self.strategy, "objectives/2026-Q4.md": full])["quarters/2026-Q4.html"])
        #expect(fullPage.contains("<table class=\"items\">\n<caption"), "\(fullPage)")
        #expect(fullPage.contains("<thead><tr><th scope=\"col\">Objective<th scope=\"col\">Owner<th scope=\"col\">Status<th scope=\"col\">Grade<th scope=\"col\">Serves most</thead>"), "\(fullPage)")
    }
}

extension ReaderPass14Tests {
    @Test("cards right under their group's heading do not repeat the group, nor a period that is the heading; a card with nothing to say has no empty meta line")
    func cardsUnderGroupHeading() throws {
        let roadmap = """
            # Roadmap

            ## Strategic deliverables

            ### Core technology

            Our core needs simplifying.

            - Attest the builds
            - Sign the releases

            ## Timeline

            ### 2025

            The following items are active priorities:

            - Publish the index
            - Rotate the keys

            """
        let page = try #require(try Self.pages(["strategy.md": Self.strategy, "roadmaps/roadmap.md": roadmap])["roadmaps/roadmap.html"])
        #expect(page.components(separatedBy: "Core technology").count == 2, "the heading only: \(page)")
        #expect(!page.contains("<span class=\"period\">2025</span>"), "\(page)")
        #expect(!page.contains("<p class=\"meta\"></p>"), "\(page)")
    }
}

extension ReaderPass14Tests {
    @Test("an objective written as one numbered bold line does not repeat its title as its whole text")
    func objectiveBodyWithoutTitle() throws {
        let objectives = "---\nperiod: 2025\n---\n# 2025\n\n### 2025 Strategic Goals:\n\n1. **Develop Shared Goals with Partner Communities**\n2. **Recognize TODO contributors**\n"
        let pages = try Self.pages(["strategy.md": Self.strategy, "objectives/2025.md": objectives])
        let page = try #require(pages.first { $0.key.hasPrefix("objectives/") && $0.value.contains("<h1>Develop Shared Goals") }?.value, "\(pages.keys.sorted())")
        #expect(page.components(separatedBy: "Develop Shared Goals with Partner Communities").count == 3, "the <title> and the <h1> only: \(page)")
    }

    @Test("a sub-priority's link explanation names its parent by number, not by id")
    func explanationNamesParent() throws {
        let strategy = """
            # Strategy

            ## Priorities

            ### Help strengthen value across business strategy {#help-strengthen-value-across-business}

            Value for businesses, security and AI.

            1. **Partner communities.** Develop shared goals with partner communities and ecosystems.
            2. **Legal frameworks.** Link enterprise practice to public-interest legal frameworks.

            """
        let objectives = "---\nquarter: 2026-Q4\n---\n# Q4\n\n## Develop shared goals with partner communities and ecosystems\n\nShared goals with partner communities.\n"
        let pages = try Self.pages(["strategy.md": strategy, "objectives/2026-Q4.md": objectives])
        let page = try #require(pages.first { $0.key.hasPrefix("objectives/2026-q4/") }?.value)
        #expect(page.contains("<small>sub-priority of 1;"), "\(page)")
        #expect(!page.contains("sub-priority of help-strengthen"), "\(page)")
    }
}

extension ReaderPass14Tests {
    @Test("roadmaps sharing a title get a row each in the alignment matrix, with their own counts and pages")
    func roadmapsWithOneTitle() throws {
        let pages = try Self.pages(["strategy.md": Self.strategy,
                                    "roadmaps/roadmap.md": "# Roadmap\n\n## Now\n\n- Attest the builds\n",
                                    "roadmaps/roadmap-2021.md": "# Roadmap\n\n## Now\n\n- Attest the releases\n- Sign the attestations\n"])
        let matrix = try #require(pages["alignment.html"])
        #expect(matrix.contains("<a href=\"roadmaps/roadmap.html\">Roadmap: Roadmap (roadmap)</a>"), "\(matrix)")
        #expect(matrix.contains("<a href=\"roadmaps/roadmap-2021.html\">Roadmap: Roadmap (roadmap-2021)</a>"), "\(matrix)")
        #expect(!matrix.contains("3 of 3 items"), "each row counts its own roadmap's items: \(matrix)")
    }
}

/// `SiteContent.withoutHeader` on paragraphs of plain text: how many blocks it keeps.
private enum DetailPagesProbe {
    static func withoutHeader(_ paragraphs: [String], title: String, summary: String?) -> Int {
        let blocks = paragraphs.enumerated().map { Block(.paragraph([.text($1)]), line: $0 + 1, endLine: $0 + 1) }
        return SiteContent.withoutHeader(blocks, title: title, summary: summary).count
    }
}
