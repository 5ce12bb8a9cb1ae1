import BearingAlign
import BearingModel
import BearingParse
@testable import BearingSite
import Testing

/// What a leader read on sites built from the shapes a new user brings (OwnWorkspaceShapes tests), pass 15: an OKR sheet
/// and a paragraph of 'O1.' lines showed twice on the quarter page, once as its introduction and once as its
/// objectives; an Obsidian callout with a title (`> [!note] Living document`) showed "[!note]" literally; a wikilink
/// titling a table row showed its brackets; a trailing `#tag` stayed in a priority's one-line summary.
@Suite struct ReaderPass15Tests {
    static func pages(_ files: [String: String]) throws -> [String: String] {
        try Site.pages(files)
    }

    static let strategy = "# Strategy\n\n## Priorities\n\n- **Enterprise readiness** — big customers can buy\n- **Activation** — new users succeed\n"

    @Test("an OKR sheet, or a paragraph of 'O1.' and 'KR 1.1' lines, is the quarter's objectives, not also its introduction")
    func objectivesNotIntro() throws {
        let sheet = """
            # OKR tracker — 2027 Q1

            Reviewed every Friday.

            | # | Objective | Key Result | Owner | % Complete |
            |---|---|---|---|---|
            | O1 | Enterprise readiness | SAML SSO GA | Kim | 100% |
            | O2 | Activation | Median time to first dashboard | Raj | 50% |

            """
        let quarter = try #require(try Self.pages(["strategy.md": Self.strategy, "objectives/2027-Q1.md": sheet])["quarters/2027-Q1.html"])
        #expect(quarter.contains("<div class=\"prose intro\"><p>Reviewed every Friday.</p>\n</div>"), "\(quarter)")
        #expect(!quarter.contains("SAML SSO GA"), "the sheet's key results are on the objectives' pages, not in an intro: \(quarter)")
        #expect(quarter.contains("Enterprise readiness</a>"), "\(quarter)")

        let lines = "# Q1 2027 Objectives\n\nO1. Enterprise readiness\n  KR 1.1 SCIM provisioning GA\nO2. Activation\n  KR 2.1 Day-1 activation ≥ 50%\n"
        let coded = try #require(try Self.pages(["strategy.md": Self.strategy, "objectives/2027-Q1.md": lines])["quarters/2027-Q1.html"])
        #expect(!coded.contains("prose intro") && !coded.contains("SCIM"), "\(coded)")
        #expect(coded.contains("Activation</a>"), "\(coded)")
    }

    @Test("an Obsidian callout's title is its title; a folding mark and Obsidian's own types are read; other words stay a quote")
    func obsidianCallouts() {
        let html = HTMLRenderer().render(MarkdownReader().read("""
            > [!note] Living document
            > We revisit this every quarter.

            > [!info]- Sources
            > The board deck.

            > [!danger]
            > Budget is frozen.

            > [!SHOUT] Not a callout

            """, path: "-").blocks)
        #expect(html.contains("<aside class=\"admonition note\" role=\"note\"><p class=\"admonition-title\">Living document</p>\n<p>We revisit this every quarter.</p>\n</aside>"), "\(html)")
        #expect(html.contains("<aside class=\"admonition note\" role=\"note\"><p class=\"admonition-title\">Sources</p>\n<p>The board deck.</p>\n</aside>"), "\(html)")
        #expect(html.contains("<aside class=\"admonition caution\" role=\"note\"><p class=\"admonition-title\">Danger</p>\n<p>Budget is frozen.</p>\n</aside>"), "\(html)")
        #expect(!html.contains("[!note]") && !html.contains("[!info]") && !html.contains("[!danger]"), "\(html)")
        #expect(html.contains("<blockquote>\n<p>[!SHOUT] Not a callout</p>"), "\(html)")
    }

    @Test("a wikilink titling a strategy table's row is the priority's name; a trailing #tag is not part of its summary")
    func tablePriorityMarks() throws {
        let strategy = """
            # Strategy 2027

            ## Strategic pillars

            | Pillar | What it means | Owner |
            |---|---|---|
            | [[Community growth]] | More contributors #community #q1 | Maya |
            | Win small teams | Self-serve onboarding, ticket #42 | Dana |

            """
        let pages = try Self.pages(["strategy.md": strategy])
        let page = try #require(pages["strategy.html"])
        #expect(!page.contains("[[Community growth]]"), "\(page)")
        #expect(page.contains("<p class=\"summary\">More contributors</p>"), "\(page)")
        #expect(page.contains("Self-serve onboarding, ticket #42"), "a number after # is text: \(page)")
        let priority = try #require(pages["priorities/community-growth.html"])
        #expect(priority.contains("Community growth</h1>") && !priority.contains("[[Community growth]]"), "\(priority)")
        #expect(priority.contains("<p class=\"lede\">More contributors</p>"), "\(priority)")
        #expect(TrailingTags.removed(from: "#growth") == "#growth", "a summary that is only a tag keeps it")
    }

    @Test("a roadmap item's due date, a gantt task's or a 'Due:' line's, is on its card, once")
    func ganttDue() throws {
        let gantt = """
            # 2027 roadmap

            ```mermaid
            gantt
                dateFormat  YYYY-MM-DD
                section Reliability
                Multi-region failover     :done,    a1, 2027-01-05, 45d
            ```

            """
        let page = try #require(try Self.pages(["strategy.md": Self.strategy, "roadmaps/gantt.md": gantt])["roadmaps/gantt.html"])
        // 45 days from 5 January end at the start of 19 February (Mermaid's end is exclusive): due the 18th.
        #expect(page.contains("<span class=\"period\">2027-Q1</span> <small>due 2027-02-18</small> <span class=\"status done\">"), "\(page)")
        let written = "# Roadmap\n\n## Now\n\n### Multi-region failover\n\nDue: 2027-02-19\n\nTwo regions.\n"
        let plain = try #require(try Self.pages(["strategy.md": Self.strategy, "roadmaps/plan.md": written])["roadmaps/plan.html"])
        // A 'Due:' line is read into the item's fields and out of its text: the card showed no due date at all.
        #expect(plain.components(separatedBy: "2027-02-19").count == 2 && plain.contains("<small>due 2027-02-19</small>"), "\(plain)")
    }

    @Test("a board cell led by a status mark ('✅ Setup wizard') does not repeat its title under the card")
    func boardCellMark() throws {
        let board = "# Roadmap\n\n| Area | Done | Q1 2027 | Q2 2027 |\n|---|---|---|---|\n| Onboarding | Invite flow | ✅ Setup wizard | Templates |\n"
        let page = try #require(try Self.pages(["strategy.md": Self.strategy, "roadmaps/board.md": board])["roadmaps/board.html"])
        #expect(page.contains("Setup wizard</h3>") && !page.contains("✅ Setup wizard"), "\(page)")
    }

    @Test("a bold-led pillar's paragraph, its number, title and summary, is not repeated under 'From the strategy'")
    func boldLedPillarPage() throws {
        let strategy = """
            # Strategy

            ## Pillars

            **1. Win small teams** — self-serve onboarding, a free tier that converts.

            **2. Trustworthy data** — accurate ingestion, no data loss.

            Audited twice a year.

            """
        let pages = try Self.pages(["strategy.md": strategy])
        let first = try #require(pages["priorities/win-small-teams.html"])
        #expect(!first.contains("<strong>1. Win small teams</strong>") && !first.contains("From the strategy"), "\(first)")
        let second = try #require(pages["priorities/trustworthy-data.html"])
        #expect(!second.contains("<strong>2. Trustworthy data</strong>") && second.contains("<p>Audited twice a year.</p>"), "\(second)")
    }
}
