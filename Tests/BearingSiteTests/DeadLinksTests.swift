import Foundation
import Testing
import BearingAlign
import BearingModel
@testable import BearingSite

/// No link of the site leads nowhere (`SiteLinks`): a heading that is no item gets the anchor GitHub gives it, and a
/// file's own links — to its headings in any case, to a MyST target, to another file of the workspace — lead where
/// they lead on GitHub, on whichever page the heading is shown.
@Suite("Dead links")
struct DeadLinksTests {
    static let strategy = """
        # Strategy

        See [how we measure](#how-we-measure) and [the roadmap](roadmaps/roadmap.md#later).

        ## Priorities

        ### Reliable platform

        Keep the platform up.

        #### Background

        Outages cost members. See [our values](our-values).

        ## How we measure

        Uptime, monthly.

        (our-values)=
        ## Values

        Care.
        """

    static let objectives = """
        # 2026-Q4

        ## Cut certificate toil

        Fewer manual renewals. See [Background](#Background), [the next one](#background-1) and [Risks](#risks).

        ### Background

        Renewals are manual.

        ### Automate the *renewal* runbook

        - [ ] 3 of 10 renewals automated

        ## Raise uptime

        [Back to the runbook](#automate-the-renewal-runbook), [the strategy's goal](../strategy.md#how-we-measure).

        ### Background

        Second background.

        ### Risks

        Few.
        """

    static let roadmap = """
        # Roadmap

        [Later](#later) · [Notes](#Notes)

        ## Now

        - **Ship the mirror.** Mirror every release.

        ## Later

        - **Faster builds.** Cache the toolchain.

        ## Notes

        Nothing yet.
        """

    static func site() throws -> [String: String] {
        let (plan, alignment) = Site.memory(["strategy.md": strategy, "objectives/2026-Q4.md": objectives, "roadmaps/roadmap.md": roadmap])
        let files = try SiteBuilder().render(plan: plan, alignment: alignment, options: .init())
        #expect(SiteLinks.dead(in: files, sources: plan.files).map(\.description) == [])
        return Site.text(files)
    }

    @Test("a heading that is no item gets GitHub's anchor, '-1' after a repeat, and the file's links reach it in any case and from any page")
    func proseHeadings() throws {
        let pages = try Self.site()
        let first = try #require(pages["objectives/2026-q4/cut-certificate-toil.html"])
        let second = try #require(pages["objectives/2026-q4/raise-uptime.html"])
        #expect(first.contains("<h2 id=\"background\">Background</h2>"))
        #expect(second.contains("<h2 id=\"background-1\">Background</h2>"))
        #expect(first.contains("<a href=\"#background\">Background</a>"))
        // A heading shown on another page: the link goes there.
        #expect(first.contains("<a href=\"../../objectives/2026-q4/raise-uptime.html#background-1\">the next one</a>"))
        #expect(first.contains("<a href=\"../../objectives/2026-q4/raise-uptime.html#risks\">Risks</a>"))
        // An initiative's heading, by GitHub's anchor: the initiative's own anchor, on its objective's page.
        #expect(second.contains("<a href=\"../../objectives/2026-q4/cut-certificate-toil.html#item-2026-q4--cut-certificate-toil--automate-the-renewal-runbook\">"))
        // Another file of the workspace: its page, at the heading.
        #expect(second.contains("<a href=\"../../strategy.html#ctx-how-we-measure\">"))
    }

    @Test("a strategy's links reach its sections, a MyST target and a roadmap's lane; a roadmap's reach its lanes and notes")
    func otherFiles() throws {
        let pages = try Self.site()
        let strategy = try #require(pages["strategy.html"])
        #expect(strategy.contains("<a href=\"#ctx-how-we-measure\">how we measure</a>"))
        #expect(strategy.contains("<a href=\"roadmaps/roadmap.html#later\">the roadmap</a>"))
        let priority = try #require(pages["priorities/reliable-platform.html"])
        #expect(priority.contains("<h2 id=\"background\">Background</h2>"))
        #expect(priority.contains("<a href=\"../strategy.html#ctx-our-values\">our values</a>"))
        let roadmap = try #require(pages["roadmaps/roadmap.html"])
        #expect(roadmap.contains("<a href=\"#later\">Later</a>"))
        // "Notes" is the id of the page's notes: the heading of that name is "notes-1", and the link to it follows.
        #expect(roadmap.contains("<h2 id=\"notes-1\">Notes</h2>"))
        #expect(roadmap.contains("<a href=\"#notes-1\">Notes</a>"))
    }

    @Test("the example workspace's site has no dead link")
    func example() throws {
        let (plan, alignment) = Site.example()
        let files = try SiteBuilder().render(plan: plan, alignment: alignment, options: .init(showProblems: true))
        #expect(SiteLinks.dead(in: files, sources: plan.files).map(\.description) == [])
    }

    @Test("the checker finds a dead in-page link, a missing page, a link to a source file and a repeated id")
    func checker() {
        let page = Data("""
            <main id="main"><h2 id="a">A</h2><h2 id="a">A</h2>
            <a href="#a"></a><a href="#b"></a><a href="x.html"></a><a href="index.html#main"></a><a href="index.html#c"></a>
            <a href="notes.md"></a><a href="https://example.org/#z"></a><a href="/handbook/"></a><a href="../elsewhere.md"></a>
            """.utf8)
        let dead = SiteLinks.dead(in: [("index.html", page)], sources: ["roadmaps/notes.md"]).map(\.description)
        #expect(dead == ["index.html: #b (no such id on the page)", "index.html: x.html (no such page)",
                         "index.html: index.html#c (no such id on the page)", "index.html: notes.md (a workspace file, not its page)",
                         "index.html: #a (id given twice)"])
    }
}
