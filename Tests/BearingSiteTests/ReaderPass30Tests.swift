import BearingAlign
import BearingModel
import BearingParse
@testable import BearingSite
import Testing

/// What a leader read on sites built from real plans (the repository's example, OpenSSF's TAC reports, GitLab's OKR
/// pages, napari's roadmaps), pass 30: a quarter whose grade read 0.70 was coloured yellow (its mean was 0.698); a
/// row said "1/3 KRs" where the objective's page said "1 of 3 key results measured"; the strategy page titled the
/// user's "Our priorities" section "Priorities" and moved it below the sections written after it; a review said
/// "0 of 0" at risk for a priority with no objective now.
@Suite struct ReaderPass30Tests {
    static let strategy = "# Strategy\n\n## Our priorities\n\n1. **Reliable platform.** Keep every hub up. {#platform}\n2. **Revenue.** Grow recurring revenue. {#revenue}\n"

    @Test("a grade is banded as it reads: 0.698 shows 0.70 and is green, as the scoring page says 0.7 and above is")
    func bandAsRead() throws {
        #expect(Grade.band(0.698) == "green")
        #expect(Grade.band(0.3951) == "yellow")
        #expect(Grade.band(0.694) == "yellow")
        #expect(Grade.band(0.698, commitment: .committed, ended: true) == "yellow")
        #expect(Grade.band(0.696, commitment: .committed, ended: true) == "yellow", "0.70 as read: a miss, not red")
        let objectives = """
            # 2026-Q3

            ## Keep every hub up

            - Priorities: platform

            - [ ] Hubs upgraded without downtime: 349/500

            """
        let pages = try Site.pages(["strategy.md": Self.strategy, "objectives/2026-Q3.md": objectives])
        let quarter = try #require(pages["quarters/2026-Q3.html"])
        #expect(quarter.contains("<td class=\"n green\">0.70"), "\(quarter)")
        #expect(!quarter.contains("yellow"), "\(quarter)")
    }
}

extension ReaderPass30Tests {
    static let twoQuarters = [
        "objectives/2026-Q3.md": """
            # 2026-Q3

            ## Keep every hub up

            - Priorities: platform

            - [ ] Hubs upgraded without downtime: 3/4
            - [ ] Median time to recover from 4 hours to 1 hour
            - [ ] Incident classes with a runbook from 2 to 12

            ## Sign ten institutions

            - Priorities: revenue

            - [x] Ten institutional contracts signed

            """,
        "objectives/2026-Q4.md": """
            # 2026-Q4

            ## Automate hub upgrades

            - Priorities: platform
            - Status: at-risk

            Every hub upgrade is still done by hand, with downtime for the hub.

            - [ ] Hubs upgraded without downtime from 10 to 40, now 12

            """,
    ]

    @Test("a row's grade over some key results says so in the words of the objective's page, not as '1/3 KRs'")
    func coverageWording() throws {
        let pages = try Site.pages(Self.twoQuarters.merging(["strategy.md": Self.strategy]) { a, _ in a })
        let quarter = try #require(pages["quarters/2026-Q3.html"])
        let objective = try #require(pages["objectives/2026-q3/keep-every-hub-up.html"])
        #expect(objective.contains("1 of 3 key results measured"), "\(objective)")
        #expect(quarter.contains("<small>1 of 3 key results measured</small>"), "\(quarter)")
        let priority = try #require(pages["priorities/platform.html"])
        #expect(priority.contains("<small>1 of 3 key results measured</small>"), "\(priority)")
        for (path, page) in pages where path.hasSuffix(".html") {
            #expect(!page.contains(" KRs</small>"), "\(path)")
        }
    }

    @Test("the review counts work at risk now only for a priority with objectives now: none is '–', not '0 of 0'")
    func noZeroOfZero() throws {
        let pages = try Site.pages(Self.twoQuarters.merging(["strategy.md": Self.strategy]) { a, _ in a })
        let review = try #require(pages["review.html"])
        #expect(!review.contains("0 of 0"), "\(review)")
        #expect(review.contains("<strong>1 of 1</strong>"), "\(review)")
    }
}

extension ReaderPass30Tests {
    @Test("the strategy page titles the priorities with the user's heading and shows them where the document has them")
    func prioritiesInPlace() throws {
        let strategy = """
            # How we win in 2027

            ## The challenge

            Communities run their own servers and lose their weekends.

            ## Our 3 priorities for 2027

            1. **Reliable platform.** Keep every hub up. {#platform}
            2. **Revenue.** Grow recurring revenue. {#revenue}
            3. **Open source.** Contribute upstream first. {#open}

            ## Putting strategy into practice

            Each quarter's objectives name the priority they serve.

            """
        let page = try #require(try Site.pages(["strategy.md": strategy])["strategy.html"])
        #expect(page.contains("<h2 id=\"tree-title\">Our 3 priorities for 2027</h2>"), "\(page)")
        #expect(!page.contains(">Priorities</h2>"), "\(page)")
        let challenge = try #require(page.range(of: "The challenge</h2>")), tree = try #require(page.range(of: "id=\"tree-title\""))
        let practice = try #require(page.range(of: "Putting strategy into practice</h2>"))
        #expect(challenge.lowerBound < tree.lowerBound && tree.lowerBound < practice.lowerBound, "in the document's order: \(page)")

        // Priorities with no heading of their own (a list under the title) keep the site's word, after the sections.
        let listed = "# Strategy\n\nWe focus on:\n\n1. **Reliable platform.** Keep every hub up.\n2. **Revenue.** Grow recurring revenue.\n\n## Why\n\nBecause.\n"
        let plain = try #require(try Site.pages(["strategy.md": listed])["strategy.html"])
        #expect(plain.contains("<h2 id=\"tree-title\">Priorities</h2>"), "\(plain)")
    }
}

extension ReaderPass30Tests {
    @Test("at phone width a URL written as its own link breaks and nested lists indent less, so no page scrolls sideways")
    func phoneWidth() throws {
        let css = try SiteBuilder.resource("assets/style", "css")
        #expect(css.contains("main p, main li, main dd { overflow-wrap: break-word; }"))
        let phone = try #require(css.range(of: "@media (max-width: 40rem) {")).upperBound
        let end = try #require(css.range(of: "\n}\n", range: phone..<css.endIndex)).lowerBound
        #expect(css[phone..<end].contains("main li > ul, main li > ol { padding-left: 1.1rem; }"))
    }
}

extension ReaderPass30Tests {
    @Test("a priority's share in the weights chart is not struck through by its target's mark")
    func weightFigureClearOfMark() throws {
        let (plan, alignment) = Site.example()
        let pages = Site.text(try SiteBuilder().render(plan: plan, alignment: alignment, options: .init()))
        let page = try #require(pages["strategy.html"])
        let chart = try #require(page.range(of: "<figure class=\"chart\" id=\"chart-weights-")).lowerBound
        let rows = page[chart...].components(separatedBy: "<rect class=\"bar-plain\"").dropFirst()
        var marks = 0
        for row in rows {
            func number(after marker: String) -> Double? {
                guard let start = row.range(of: marker)?.upperBound, let end = row[start...].firstIndex(of: "\"") else { return nil }
                return Double(row[start..<end])
            }
            guard let mark = number(after: "<line class=\"target\" x1=\"") else { continue }
            let figure = try #require(number(after: "\n<text x=\""))
            marks += 1
            // The figure ("22%") spans about 30 px from its x: the mark is before it or after it, never across it.
            #expect(mark < figure - 2 || mark > figure + 30, "mark at \(mark) crosses the figure at \(figure): \(row)")
        }
        #expect(marks == 4)
    }
}

extension ReaderPass30Tests {
    @Test("the stakeholder update and the heatmap beside it give a share of 1/8 as the same figure")
    func sharesAgree() throws {
        let (plan, alignment) = Site.example()
        let pages = Site.text(try SiteBuilder().render(plan: plan, alignment: alignment, options: .init()))
        let report = try #require(pages["reports/2026-Q3.html"])
        // Revenue's one item of eight in 2026-Q3: 12.5%.
        #expect(report.contains("<td class=\"h1\">13%<span class=\"visually-hidden\"> (1 item)</span>"), "the heatmap: \(report)")
        #expect(report.contains("effort share 25% → 13%"), "the update: \(report)")
        #expect(!report.contains("→ 12%"), "\(report)")
    }
}
