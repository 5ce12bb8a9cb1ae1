import Foundation
import Testing
import BearingAlign
import BearingParse
@testable import BearingSite
import TestSupport

/// List pages summarize items in one line each, and search carries what finds an item rather than its text, so the
/// site grows by little more than the item pages themselves.
@Suite struct CompactPagesTests {
    static let strategy = """
    ## Priorities

    1. **Platform.** Run one shared platform. {#platform}
    2. **Careers.** Grow our people's careers. {#careers}

    """

    static let objectives = """
    # 2026-Q4

    ## Move every hub onto the shared platform

    - Owner: Priya Natarajan
    - Status: at-risk
    - Priorities: platform

    Consolidate the clusters onto one shared platform, retiring the bespoke deployments one community at a time.

    - [ ] 12/40 hubs migrated
    - [x] Runbook for the zebrafish cluster written

    """

    static func pages() throws -> [String: String] {
        let (plan, alignment) = Site.memory(["strategy.md": strategy, "objectives/2026-Q4.md": objectives])
        let files = try SiteBuilder().render(plan: plan, alignment: alignment, options: .init())
        return Site.text(files)
    }

    @Test("an objective's key results are list items whose box the stylesheet draws, and no page closes what HTML closes by itself")
    func keyResultBoxes() throws {
        let pages = try Self.pages()
        let page = try #require(pages.first { $0.key.hasPrefix("objectives/2026-q4/") }?.value)
        #expect(page.contains("<ul class=\"tasks\">\n<li>12/40 hubs migrated <span style=\"--p:30%\">30%</span>\n"))
        #expect(page.contains("<li class=\"done\">Runbook for the zebrafish cluster written "))
        #expect(!page.contains("<input"))
        for (path, html) in pages where path.hasSuffix(".html") {
            for tag in ["</li>", "</td>", "</tr>", "</th>", "</dt>", "</dd>"] { #expect(!html.contains(tag), "\(path): \(tag)") }
        }
        let css = try SiteBuilder.resource("assets/style", "css")
        #expect(css.contains("ul.tasks > li.done::before"))
    }

    @Test("every page's frame leaves out the tags HTML implies and the classes the stylesheet reaches by place")
    func compactFrame() throws {
        let pages = try Self.pages()
        let page = try #require(pages.first { $0.key.hasPrefix("objectives/2026-q4/") }?.value)
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">\n<meta charset=\"utf-8\">\n"), "\(page.prefix(300))")
        #expect(page.contains("<link rel=\"stylesheet\" href=\"../../assets/style.css\">\n<a class=\"skip\" href=\"#main\">"))
        #expect(page.contains("<header><a href=\"../../index.html\">"), "the site's name is the header's own link")
        #expect(page.contains("</nav></header>\n<main id=\"main\">\n"))
        for (path, html) in pages where path.hasSuffix(".html") {
            for tag in ["<head>", "</head>", "<body", "</body>", "</html>", "class=\"wrap\"", "class=\"brand\"", "class=\"page-", "class=\"kr\""] {
                #expect(!html.contains(tag), "\(path): \(tag)")
            }
        }
        let row = try #require(pages["quarters/2026-Q4.html"]?.components(separatedBy: "<tr>").last)
        #expect(row.contains("<td class=\"n yellow\">0.65<td>"), "a grade's band is its cell's class")
        // What the pages no longer say with classes, the stylesheet says by place.
        let css = try SiteBuilder.resource("assets/style", "css")
        for rule in ["body > main, .wrap {", "body > header > a, .brand {", "span[style^=\"--p:\"]::before", "td.yellow", "td.inferred {"] {
            #expect(css.contains(rule), "\(rule)")
        }
    }

    @Test("in a list of tasks, the one item that is no task is marked and gets no box")
    func plainItemAmongTasks() {
        let html = HTMLRenderer().render(MarkdownReader().read("- [x] Shipped\n- [ ] Not yet\n- A note on both\n", path: "-").blocks)
        #expect(html.contains("<ul class=\"tasks\">\n<li class=\"done\">Shipped "))
        #expect(html.contains("<li>Not yet "))
        #expect(html.contains("<li class=\"plain\">A note on both\n"))
        #expect(HTMLRenderer().render(MarkdownReader().read("- One\n- Two\n", path: "-").blocks) == "<ul>\n<li>One\n<li>Two\n</ul>\n")
    }

    @Test("an initiative's metadata list is one line of fields; a list that is not all metadata stays a list")
    func metadataListIsOneLine() {
        let render = { (markdown: String) in HTMLRenderer().render(MarkdownReader().read(markdown, path: "-").blocks) }
        #expect(render("### Upgrades without downtime\n\n- Owner: Grace Hopper\n- **Status:** at-risk\n- Priorities: upgrades\n")
                .contains("<p class=\"fields\">Owner: Grace Hopper · <strong>Status:</strong> at-risk · Priorities: upgrades</p>\n"))
        #expect(render("- Owner: Grace Hopper\n- Talk to the vendor: in October\n").contains("<ul>\n<li>Owner: Grace Hopper\n"))
        #expect(render("- [ ] Status: shipped to every hub\n").contains("<ul class=\"tasks\">"))
    }

    @Test("a sub-priority found by the same words as its parent does not list them again")
    func evidenceListedOnce() throws {
        let (plan, alignment) = Site.example()
        let files = try SiteBuilder().render(plan: plan, alignment: alignment, options: .init())
        let page = String(decoding: try #require(files.first { $0.0 == "objectives/2026-q4/cut-operating-toil-in-half.html" }).1, as: UTF8.self)
        #expect(page.components(separatedBy: "support, operations, automated, knowledge").count == 2, "\(page)")
        #expect(page.contains("inferred, strength 0.67 — words as above <small>sub-priority of declared 1;"))
    }

    @Test("a quarter page lists each objective in one row — owner, status, grade, strongest link — and leaves its key results to its page")
    func quarterRow() throws {
        let pages = try Self.pages()
        let quarter = try #require(pages["quarters/2026-Q4.html"])
        let row = try #require(quarter.components(separatedBy: "<tbody>\n").last?.components(separatedBy: "\n").first)
        #expect(row.contains(">Move every hub onto the shared platform</a>"))
        #expect(row.contains("<td>Priya Natarajan"))
        #expect(row.contains("<span class=\"status at-risk\">at-risk</span>"))
        #expect(row.contains("<td class=\"n yellow\">0.65<td>"))
        #expect(row.contains("href=\"../priorities/platform.html\"") && row.contains(">1 Platform</a> declared 1.00") && !row.contains("title="))
        #expect(!quarter.contains("hubs migrated"), "key results belong on the objective's page")
        let objective = try #require(pages.first { $0.key.hasPrefix("objectives/") }?.value)
        #expect(objective.contains("12/40 hubs migrated"))
    }

    @Test("the search index holds title, owner, priorities, an excerpt and key words, not the text")
    func searchIndex() throws {
        let index = try #require(try Self.pages()["assets/search-index.js"])
        #expect(index.contains("\"Move every hub onto the shared platform\""))
        #expect(index.contains("\"owners\":[\"Priya Natarajan\"]"))
        #expect(index.contains("[\"1\",\"Platform\",\"priorities/platform.html\"]"))
        #expect(index.contains("\"Consolidate the clusters onto one shared platform, retiring…\""))
        // A word past the excerpt is a key word, findable; the sentence is not there whole.
        #expect(index.contains("zebrafish"))
        #expect(!index.contains("bespoke deployments one community"))
        // The href is left out: search.js rebuilds it from the group's prefix, the title's slug and the suffix.
        #expect(index.contains("\"prefix\":\"objectives/2026-q4/\",\"suffix\":\".html\""))
        #expect(!index.contains("move-every-hub-onto-the-shared-platform"))
    }

    @Test("the search page without JavaScript lists every title by quarter, and no item's text")
    func searchFallback() throws {
        let page = try #require(try Self.pages()["search.html"])
        #expect(page.contains("<a href=\"objectives/2026-q4/move-every-hub-onto-the-shared-platform.html\">Move every hub onto the shared platform</a>"))
        #expect(page.contains("2026-Q4 <span class=\"muted\">1 objective</span>"))
        #expect(!page.contains("Consolidate the clusters"))
    }

    @Test("slugs are what search.js computes: ASCII letters and digits lowercased, other runs one dash; none for other scripts")
    func slug() {
        #expect(SearchIndex.slug("Move every hub onto the shared platform") == "move-every-hub-onto-the-shared-platform")
        #expect(SearchIndex.slug("  Don't -- stop: Q4/2026!  ") == "don-t-stop-q4-2026")
        #expect(SearchIndex.slug("Überall") == "")
    }

    @Test("an href that is not prefix + slug + suffix is kept whole")
    func explicitHref() {
        let entries: [SearchIndex.Entry] = [
            .init(title: "Alpha work", href: "objectives/q/alpha-work.html", owners: [], priorities: [], body: ""),
            .init(title: "Beta work", href: "objectives/q/beta-work.html", owners: [], priorities: [], body: ""),
            .init(title: "Gamma", href: "objectives/custom-label.html", owners: [], priorities: [], body: ""),
        ]
        let script = String(decoding: SearchIndex.script(priorities: [], groups: [.init(label: "q", kind: "objective", entries: entries)]), as: UTF8.self)
        #expect(script.contains("[\"Alpha work\"]"))
        #expect(script.contains("[\"Gamma\",\"\",\"\",\"\",\"\",\"objectives/custom-label.html\"]"))
    }

    @Test("owners and priorities are numbers in base 36, most used owner first, and empty fields at the end are left out")
    func idsInBase36() {
        let entries: [SearchIndex.Entry] = [
            .init(title: "Alpha", href: "q/alpha.html", owners: ["Ann"], priorities: [37], body: ""),
            .init(title: "Beta", href: "q/beta.html", owners: [], priorities: [], body: ""),
            .init(title: "Gamma", href: "q/gamma.html", owners: ["Bob", "Ann"], priorities: [0, 36], body: ""),
        ]
        let script = String(decoding: SearchIndex.script(priorities: [], groups: [.init(label: "q", kind: "objective", entries: entries)]), as: UTF8.self)
        #expect(script.contains("\"owners\":[\"Ann\",\"Bob\"]"))
        #expect(script.contains("[\"Alpha\",\"0\",\"11\"]"))
        #expect(script.contains("[\"Beta\"]"))
        #expect(script.contains("[\"Gamma\",\"1 0\",\"0 10\"]"))
    }

    @Test("8,000 items with long texts and many owners stay within the 1 MB budget; a small plan keeps every word")
    func budget() {
        var generator = SeededGenerator(state: 7)
        let vocabulary = (0..<3000).map { "word\($0)" }
        func text(_ count: Int) -> String { (0..<count).map { _ in vocabulary[Int.random(in: 0..<vocabulary.count, using: &generator)] }.joined(separator: " ") }
        func groups(_ count: Int) -> [SearchIndex.Group] {
            (0..<32).map { quarter in
                .init(label: "2026-Q\(quarter)", kind: "objective", entries: (0..<(count / 32)).map { n in
                    let title = "Objective \(quarter)-\(n) " + text(4)
                    return .init(title: title, href: "objectives/2026-q\(quarter)/\(SearchIndex.slug(title)).html", owners: ["Person \(n % 400)"],
                                 priorities: [n % 25, (n + 3) % 25], body: text(80)[...])
                })
            }
        }
        let large = SearchIndex.script(priorities: [], groups: groups(8000))
        #expect(large.count <= SearchIndex.budget, "\(large.count) bytes")
        #expect(large.count > SearchIndex.budget / 2, "the budget is there to be used: \(large.count) bytes")
        let small = String(decoding: SearchIndex.script(priorities: [], groups: [.init(label: "q", kind: "objective", entries: [
            .init(title: "One", href: "one.html", owners: [], priorities: [], body: "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron"),
        ])]), as: UTF8.self)
        #expect(small.contains("omicron"))
    }

    /// Twelve quarters of 2024–2026, fifteen objectives each on the platform priority, each with a key result.
    static func yearsOfPages() throws -> [String: String] {
        var files = ["strategy.md": strategy]
        for year in 2024...2026 {
            for quarter in 1...4 {
                var text = "# \(year)-Q\(quarter)\n\n"
                for number in 1...15 {
                    text += "## Migrate hub \(year)-\(quarter)-\(number) to the shared platform\n\n- Owner: Priya Natarajan\n- Priorities: platform\n\n"
                    text += "Move the hub onto the shared platform.\n\n- [x] Hub moved\n\n"
                }
                files["objectives/\(year)-Q\(quarter).md"] = text
            }
        }
        let (plan, alignment) = Site.memory(files)
        let rendered = try SiteBuilder().render(plan: plan, alignment: alignment, options: .init())
        return Site.text(rendered)
    }

    @Test("a priority served for years lists its ended quarters in full up to a row limit, older ones by title, and loses no item")
    func priorityPageListsOlderQuartersByTitle() throws {
        let page = try #require(try Self.yearsOfPages()["priorities/platform.html"])
        func section(_ quarter: String) throws -> Substring {
            let start = try #require(page.range(of: "<section aria-labelledby=\"in-\(quarter)\">"), "\(quarter)")
            let end = try #require(page[start.upperBound...].range(of: "</section>"))
            return page[start.lowerBound..<end.lowerBound]
        }
        // Today is in 2026-Q4, under way: in full. Ended quarters, newest first, in full until 100 rows: seven of 15.
        for quarter in ["2026-Q4", "2026-Q3", "2025-Q1"] {
            #expect(try section(quarter).contains("<table class=\"items"), "\(quarter)")
        }
        for quarter in ["2024-Q4", "2024-Q1"] {
            let listed = try section(quarter)
            #expect(!listed.contains("<table"), "\(quarter)")
            #expect(listed.components(separatedBy: "<li><a href=").count - 1 == 15, "\(quarter)")
        }
        #expect(page.components(separatedBy: "Earlier quarters by title").count - 1 == 1)
        // Every objective is still on the page, in a row or by title.
        for year in 2024...2026 {
            for quarter in 1...4 {
                for number in 1...15 { #expect(page.contains(">Migrate hub \(year)-\(quarter)-\(number) to the shared platform</a>")) }
            }
        }
    }

    @Test("a quarter's report charts the quarters up to it, at most eight, never the ones after it")
    func reportChartsStopAtTheirQuarter() throws {
        let pages = try Self.yearsOfPages()
        func charts(_ quarter: String) throws -> Substring {
            let page = try #require(pages["reports/\(quarter).html"])
            return page[try #require(page.range(of: "id=\"report-charts\""), "\(quarter)").lowerBound...]
        }
        let early = try charts("2024-Q2")
        #expect(early.contains(">2024-Q1<") && early.contains(">2024-Q2<"))
        #expect(!early.contains("2024-Q3") && !early.contains("2025-Q1"))
        let late = try charts("2026-Q4")
        #expect(late.contains(">2025-Q1<") && late.contains(">2026-Q4<"))
        #expect(!late.contains("2024-Q4"))
    }

    @Test("an href's parts around its title's slug are found by bytes where Foundation's backwards search finds them")
    func affixesByBytes() {
        let cases = [("plan", "objectives/2026-q4/plan.html"), ("a", "a/a/a.html"), ("x-y", "objectives/été/x-y-1.html"),
                     ("missing", "a.html"), ("ab", "ab"), ("long-slug-here", "x.html"), ("q4", "objectives/2026-q4/q4-q4.html")]
        for (slug, href) in cases {
            let foundation = href.range(of: slug, options: .backwards).map { (String(href[..<$0.lowerBound]), String(href[$0.upperBound...])) }
            let bytes = SearchIndex.around(slug, in: href)
            #expect(foundation?.0 == bytes?.0 && foundation?.1 == bytes?.1, "\(slug) in \(href)")
        }
    }

    @Test("an excerpt cut from the part of a text the memo keeps is the excerpt cut from the whole, at every length up to the longest")
    func keptSourceGivesTheSameExcerpts() {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["plan", "the", "**bold**", "- ", "+", "[x]", "été", "naïve", "数据", "`code`", "a\u{00A0}b", "\n", "#", "well-known", "x", "longwordwithoutspaces"]
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 0...60, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined(separator: " ")
            let (source, more) = SearchIndex.source(text)
            let end = SearchIndex.cut(plain: source, length: SearchIndex.excerptLength).end
            let kept = String(decoding: Array(source.utf8)[..<end], as: UTF8.self)
            let keptMore = end < source.utf8.count ? true : more
            for length in 1...SearchIndex.excerptLength {
                #expect(SearchIndex.excerpt(plain: kept, length: length, more: keptMore) == SearchIndex.excerpt(plain: source, length: length, more: more),
                        "\(length): \(text)")
            }
        }
    }
}
