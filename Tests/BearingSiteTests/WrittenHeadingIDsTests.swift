import Foundation
import BearingModel
@testable import BearingSite
import Testing

/// Review 29's two team files planning 2026-Q4: alpha's "## Overview" takes GitHub's anchor `overview`, and beta writes
/// `## Overview {#overview}`. Both are shown on the quarter page, which had two elements with the id "overview", and
/// beta's "[Overview](#overview)" could lead to alpha's heading.
@Suite("Written heading ids are unique on the page that shows them")
struct WrittenHeadingIDsTests {
    static let strategy = "# Strategy\n\n## Priorities\n\n1. **Reliable service.** Nothing goes down. {#reliability}\n"

    static let alpha = """
        # Objectives for 2026-Q4

        Alpha's intro paragraph. See [our overview](#overview).

        ## Overview

        Alpha overview text.

        ## Make the service dependable

        - **Owner:** Ada
        - **Priorities:** reliability

        - [ ] Pages per week from 12 to 3, now 7
        """

    static let beta = """
        # Objectives for 2026-Q4

        ## Overview {#overview}

        Beta overview text. See [beta notes](#notes).

        ## Keep the pager quiet

        - **Owner:** Grace
        - **Priorities:** reliability

        - [ ] Alerts with a runbook: 18 of 24

        ### Notes {#notes}

        Beta notes text, see [Overview](#overview).
        """

    static func ids(_ page: String) -> [String] {
        page.components(separatedBy: " id=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
    }

    /// The id of the heading element whose text follows it.
    static func id(before text: String, in page: String) -> String? {
        guard let end = page.range(of: text) else { return nil }
        let head = page[..<end.lowerBound]
        guard let open = head.range(of: " id=\"", options: .backwards) else { return nil }
        return String(head[open.upperBound...].prefix { $0 != "\"" })
    }

    @Test("a written {#overview} after another file's Overview is made unique, and the file's links to it follow it")
    func writtenIDAfterAnother() throws {
        let pages = try Site.pages(["strategy.md": Self.strategy, "objectives/alpha/2026-Q4.md": Self.alpha,
                                    "objectives/beta/2026-Q4.md": Self.beta])
        let page = try #require(pages["quarters/2026-Q4.html"])
        let ids = Self.ids(page)
        #expect(Set(ids).count == ids.count, "\(ids)")
        let alphaID = try #require(Self.id(before: ">Overview</h", in: page))
        let betaRange = try #require(page.range(of: "Beta overview text."))
        let betaHeading = try #require(page[..<betaRange.lowerBound].range(of: " id=\"", options: .backwards))
        let betaID = String(page[betaHeading.upperBound...].prefix { $0 != "\"" })
        #expect(alphaID != betaID)
        #expect(page.contains("href=\"#\(alphaID)\">our overview</a>"), "\(page)")
        // Beta's own "#overview" leads to beta's heading, wherever its "Notes" are shown.
        let all = pages.values.joined()
        #expect(all.contains("#\(betaID)\">Overview</a>"), "\(betaID)")
        #expect(SiteLinks.dead(in: pages.map { ($0.key, Data($0.value.utf8)) }).map(\.description) == [])
    }

    /// A MyST workspace writes a label before each heading it links to. Inside an objective's text or a quarter's notes
    /// the label's own element and its heading both took its name: `(background)=` over "### Background" gave the
    /// objective's page two elements with the id "background", and `(risks)=` in two teams' notes shown on one quarter
    /// page gave it four "risks".
    @Test("a MyST (label)= is made unique on the page that shows it, and a MyST reference to it follows it")
    func mystLabels() throws {
        let alpha = Self.alpha + "\n\n## Notes\n\n(risks)=\n### Risks\n\nAlpha risks, see [risks](risks).\n"
        let beta = """
            # Objectives for 2026-Q4

            ## Keep the pager quiet

            - [ ] Alerts with a runbook: 18 of 24

            (background)=
            ### Background

            Pager text. See [background](background).

            (risks)=
            ### Risks

            Noise.
            """
        let pages = try Site.pages(["strategy.md": Self.strategy, "objectives/alpha/2026-Q4.md": alpha,
                                    "objectives/beta/2026-Q4.md": beta])
        for (path, page) in pages where path.hasSuffix(".html") {
            let ids = Self.ids(page)
            #expect(Set(ids).count == ids.count, "\(path): \(ids)")
        }
        let objective = try #require(pages.first { $0.key.hasSuffix("keep-the-pager-quiet.html") }?.value)
        #expect(objective.contains("<span id=\"background\">"), "\(objective)")
        #expect(SiteLinks.dead(in: pages.map { ($0.key, Data($0.value.utf8)) }).map(\.description) == [])
    }

    @Test("a written id the page's own template uses ({#objectives} on a note) is made unique too")
    func writtenReservedID() throws {
        let text = Self.alpha + "\n\n## Risks {#objectives}\n\nThe pager may stay noisy. Back to [risks](#objectives).\n"
        let pages = try Site.pages(["strategy.md": Self.strategy, "objectives/2026-Q4.md": text])
        let page = try #require(pages["quarters/2026-Q4.html"])
        let ids = Self.ids(page)
        #expect(Set(ids).count == ids.count, "\(ids)")
        let risks = try #require(Self.id(before: ">Risks</h", in: page))
        #expect(risks != "objectives")
        #expect(page.contains("href=\"#\(risks)\">risks</a>"))
    }

    /// Review 30: `### Make onboarding fast {#fast}` is an objective shown on its own page, and the quarter's note
    /// "Overview of the quarter, see [fast](#fast)." led to `#fast` on the quarter page, where no element has that id.
    @Test("a link to an objective's written {#id} leads to the objective's page")
    func linkToObjectiveWrittenID() throws {
        let text = """
            # Objectives 2026-Q4

            ## Q4 2026

            Overview of the quarter, see [fast](#fast).

            ### Make onboarding fast {#fast}

            - **Priorities:** reliability

            - [ ] Onboarding time from 20 to 10 minutes, now 15
            """
        let pages = try Site.pages(["strategy.md": Self.strategy, "objectives/2026-Q4.md": text])
        let page = try #require(pages["quarters/2026-Q4.html"])
        #expect(page.contains("href=\"../objectives/fast.html\">fast</a>"), "\(page)")
        #expect(SiteLinks.dead(in: pages.map { ($0.key, Data($0.value.utf8)) }).map(\.description) == [])
    }
}

/// Review 30: an OpenSSF-style quarterly file ends with "## Up Next", a checklist of what the group does next. It is a
/// note of the file, shown below the quarter's table, and each of its task items was drawn with a key result's progress
/// bar ("0%", "progress unknown") though it is no key result.
@Suite("A quarter's notes are drawn as written")
struct QuarterNotesChecklistTests {
    static let objectives = """
        # Objectives for 2026-Q4

        ## Make the service dependable

        - [ ] Pages per week from 12 to 3, now 7

        ## Up Next

        - [ ] Publish the TAC minutes
        - [x] Book the December review
        - [ ] Hire 2 on-call engineers
        """

    @Test("a checklist in a quarter's notes is a checklist, with no key-result progress")
    func notesChecklist() throws {
        let pages = try Site.pages(["strategy.md": WrittenHeadingIDsTests.strategy, "objectives/2026-Q4.md": Self.objectives])
        let page = try #require(pages["quarters/2026-Q4.html"])
        let notes = try #require(page.range(of: "Publish the TAC minutes"))
        let after = page[notes.lowerBound...]
        let list = after[..<(after.range(of: "</ul>")?.lowerBound ?? after.endIndex)]
        #expect(list.contains("Hire 2 on-call engineers"))
        #expect(!list.contains("class=\"kr") && !list.contains("style=\"--p:"), "\(list)")
        #expect(page.contains("<li class=\"done\">Book the December review"), "\(page)")
        // The objective's own key result keeps its bar on its page.
        let objective = try #require(pages.first { $0.key.hasSuffix("make-the-service-dependable.html") }?.value)
        #expect(objective.contains("<span style=\"--p:"))
    }
}
