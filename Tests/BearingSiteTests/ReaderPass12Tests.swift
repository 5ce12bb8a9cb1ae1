import BearingAlign
import BearingModel
@testable import BearingSite
import Testing

/// What a leader read on sites built from real files: in-toto's `- [NPM](…)` cards read their name twice and its
/// "Ongoing Work" had no status; every lane heading said "horizon" or "theme", words no writer used; a card's checklist
/// showed a 0 % or 100 % bar per box; GitLab's fiscal quarters, with no fiscal year set, were on no page a reader reaches.
@Suite struct ReaderPass12Tests {
    static let strategy = "# Strategy\n\n## Priorities\n\n1. **Attestations.** Supply chain attestations everywhere. {#attestations}\n"

    static func pages(_ files: [String: String]) throws -> [String: String] {
        try Site.pages(files)
    }

    static func roadmap(_ markdown: String) throws -> String {
        try #require(try pages(["strategy.md": strategy, "roadmaps/roadmap.md": markdown])["roadmaps/roadmap.html"])
    }

    /// The card whose heading is `heading`, from its heading to its end.
    static func card(_ heading: String, in page: String) throws -> Substring {
        let start = try #require(page.range(of: "<h3>\(heading)</h3>"), "no card \(heading)")
        let end = try #require(page[start.upperBound...].range(of: "</article>"))
        return page[start.upperBound..<end.lowerBound]
    }

    @Test("a card whose text is its title and a link reads the title once, as a linked heading; a cited issue joins it")
    func linkedTitle() throws {
        let page = try Self.roadmap("""
            # Roadmap

            ## Recently Completed Work

            - [NPM](https://github.blog/npm-provenance)
            - Ship the index ([issue](https://example.org/1))
            - Improvement of [CLO Monitor Scores](https://clomonitor.io/in-toto) to 99+
            - Add **linked multi-canvas support** ([#760](https://github.com/napari/napari/issues/760)) to allow orthogonal views, or linked views of two datasets.

            """)
        #expect(!(try Self.card("<a href=\"https://github.blog/npm-provenance\">NPM</a>", in: page)).contains("prose"), "\(page)")
        #expect(page.components(separatedBy: ">NPM<").count == 2, "the name once")
        #expect(!(try Self.card("Ship the index (<a href=\"https://example.org/1\">issue</a>)", in: page)).contains("prose"))
        #expect(!(try Self.card("Improvement of <a href=\"https://clomonitor.io/in-toto\">CLO Monitor Scores</a> to 99+", in: page)).contains("prose"))
        let canvas = try Self.card("Add <strong>linked multi-canvas support</strong> (<a href=\"https://github.com/napari/napari/issues/760\">#760</a>)", in: page)
        #expect(canvas.contains("<p>…to allow orthogonal views, or linked views of two datasets.</p>"), "\(canvas)")
    }

    @Test("the dashboard counts only what the plan has: no '0 roadmaps' beside objectives, no quarters beside roadmaps")
    func dashboardSummary() throws {
        let objectives = "---\nquarter: 2026-Q4\n---\n# Q4\n\n## Attest every release\n\n- [ ] Ship attestations\n"
        let roadmap = "# Roadmap\n\n## Now\n\n- Attest the builds\n"
        let onlyObjectives = try #require(try Self.pages(["strategy.md": Self.strategy, "objectives/2026-Q4.md": objectives])["index.html"])
        #expect(onlyObjectives.contains(". 1 objective across 1 quarter."), "\(onlyObjectives.prefix(2000))")
        #expect(!onlyObjectives.contains("0 roadmaps"))
        let onlyRoadmaps = try #require(try Self.pages(["strategy.md": Self.strategy, "roadmaps/r.md": roadmap])["index.html"])
        #expect(onlyRoadmaps.contains(". 1 roadmap item across 1 roadmap."), "\(onlyRoadmaps.prefix(2000))")
        #expect(!onlyRoadmaps.contains("0 quarters"))
        let neither = try #require(try Self.pages(["strategy.md": Self.strategy])["index.html"])
        #expect(neither.contains(". No objectives or roadmap items yet."), "\(neither.prefix(2000))")
        let both = try #require(try Self.pages(["strategy.md": Self.strategy, "objectives/2026-Q4.md": objectives, "roadmaps/r.md": roadmap])["index.html"])
        #expect(both.contains("objectives and roadmap items across 1 quarter and 1 roadmap."))
    }

    @Test("the shown card text: only punctuation after the title leaves none; words after a linked title go on below it")
    func shownText() {
        #expect(CardText.shown("Ship it", in: [.text("Ship it.")]) == CardText.Shown(heading: nil, text: nil))
        let link = Inline.link(destination: "x", content: [.text("Ruby Sass")])
        #expect(CardText.shown("drop support for Ruby Sass", in: [.text("drop support for "), link, .text(" in 2025, as announced")])
                == CardText.Shown(heading: [.text("drop support for "), link], text: [.text("…in 2025, as announced")]))
        // A title that stops inside a link cannot take half of it.
        #expect(CardText.shown("drop support for Ruby", in: [.text("drop support for "), link, .text(" soon")]) == nil)
        #expect(CardText.shown("Logs", in: [.text("OpenTelemetry established a logging SIG.")]) == nil)
    }

    @Test("a lane heading is the lane's name, with a period only when the name does not say it")
    func laneAsNamed() throws {
        let page = try Self.roadmap("""
            # Roadmap 2026

            ## Now

            - **Ship the mirror.** Mirror every release.

            ## Developer experience

            - **Faster builds.** Cache the toolchain.

            ## Q3 2026

            - **Signed releases.** Sign every artifact.

            """)
        #expect(page.contains("<h2 id=\"lane-0-Now\">Now</h2>"), "\(page)")
        #expect(page.contains("<h2 id=\"lane-1-Developer-experience\">Developer experience</h2>"))
        #expect(page.contains(">Q3 2026</h2>"))
        #expect(!page.contains(">horizon<") && !page.contains(">theme<") && !page.contains(">period<") && !page.contains("horizon ·"))
        let lane = Lane(title: "End of Q1", kind: .period, period: "2026-Q1", location: SourceLocation(path: "r.md"))
        #expect(SiteContent.shownPeriod(lane) == "2026-Q1")
    }

    @Test("a lane that says its items are ongoing gives those without a status its own, and the card says it came from the lane")
    func ongoingLane() throws {
        let markdown = """
            # Roadmap

            ## Ongoing Work

            - OpenSSF and groups
            - IETF
            - Package Repositories
              - Status: at risk

            ## Completed

            - Donation of attestation-verifier

            """
        let (plan, _) = Site.memory(["strategy.md": Self.strategy, "roadmaps/roadmap.md": markdown])
        #expect(plan.roadmapItems.map(\.metadata.status) == [.onTrack, .onTrack, .atRisk, .done])
        #expect(plan.roadmapItems.map(\.statusFrom) == [.lane, .lane, nil, .lane])
        let page = try Self.roadmap(markdown)
        let ietf = try Self.card("IETF", in: page)
        #expect(ietf.contains("<span class=\"status on-track\">on-track</span> <small>as its lane says</small>"), "\(ietf)")
        #expect(!(try Self.card("Package Repositories", in: page)).contains("as its lane says"))
    }

    @Test("in-toto's real roadmap: its ongoing work is on track, as its lane says", .enabled(if: CorpusWorkspaceTests.present, "../shared/corpus is absent: corpus tests skipped"))
    func inTotoOngoing() throws {
        let organization = try #require(CorpusWorkspaceTests.organizations.first { $0.name == "in-toto" })
        let plan = try CorpusWorkspaceTests.load(organization)
        let ongoing = plan.roadmapItems.filter { $0.location.path == "roadmaps/roadmap.md" && $0.lane == "Ongoing Work" }
        #expect(!ongoing.isEmpty)
        #expect(ongoing.allSatisfy { $0.metadata.status == .onTrack && $0.statusFrom == .lane }, "\(ongoing.map { ($0.title, $0.metadata.status) })")
        let completed = plan.roadmapItems.filter { $0.location.path == "roadmaps/roadmap.md" && $0.lane == "Recently Completed Work" }
        #expect(!completed.isEmpty && completed.allSatisfy { $0.metadata.status == .done })
    }

    @Test("a card's checkbox sub-items are its checklist: ticks, and one figure for the card")
    func checklist() throws {
        let page = try Self.roadmap("""
            # Roadmap

            ## Next

            - **Signed releases.** Sign every artifact.
              - [x] Keys in the vault
              - [ ] Sign the wheels
              - [x] Sign the containers
                - [ ] Verify in CI

            """)
        let card = try Self.card("Signed releases", in: page)
        #expect(card.contains("<span style=\"--p:50%\">2 of 4 done</span>"), "\(card)")
        #expect(card.contains("<li class=\"done\">Keys in the vault\n"))
        #expect(!card.contains("100%") && !card.contains(">0%<"))
    }

    static let fiscal = """
        # FY20-Q3 OKRs

        ## Grow the user base

        - [ ] KR: 10,000 new users

        ## Ship the product

        """

    @Test("objectives in a fiscal quarter that cannot be placed are listed, with the fix, and the dashboard says where")
    func unplaced() throws {
        let pages = try Self.pages(["strategy.md": Self.strategy, "objectives/FY20-Q3.md": Self.fiscal,
                                    "objectives/2026-Q3.md": "# 2026-Q3\n\n## Sign releases\n"])
        let quarters = try #require(pages["quarters/index.html"])
        let section = try #require(quarters.range(of: "<h2 id=\"unplaced\">In no quarter</h2>"), "\(quarters)")
        let listed = quarters[section.upperBound...]
        #expect(listed.contains("objectives/FY20-Q3.md"))
        #expect(listed.contains("add <code>fiscal_year_start:</code> to bearing.yml with the month the fiscal year starts in"))
        #expect(listed.contains(">Grow the user base</a>") && listed.contains(">Ship the product</a>"))
        #expect(!listed.contains("Sign releases"))
        let dashboard = try #require(pages["index.html"])
        #expect(dashboard.contains("2 objectives are in no quarter"), "\(dashboard)")
        #expect(dashboard.contains("href=\"quarters/index.html#unplaced\""))
        // A plan whose objectives are all in a quarter says nothing of the kind.
        let placed = try Self.pages(["strategy.md": Self.strategy, "objectives/2026-Q3.md": "# 2026-Q3\n\n## Sign releases\n"])
        #expect(!(placed["index.html"] ?? "").contains("in no quarter") && !(placed["quarters/index.html"] ?? "").contains("unplaced"))
    }

    @Test("GitLab's fiscal quarters with no fiscal year set: every objective is on some page a reader finds", .enabled(if: CorpusWorkspaceTests.present, "../shared/corpus is absent: corpus tests skipped"))
    func gitLabUnplaced() throws {
        var organization = try #require(CorpusWorkspaceTests.organizations.first { $0.name == "gitlab" })
        organization.config = "title: GitLab\n"
        let plan = try CorpusWorkspaceTests.load(organization)
        let unplaced = plan.objectives.filter { $0.quarter == nil }
        #expect(!unplaced.isEmpty)
        let alignment = Aligner(vectors: Site.vectors).align(plan, today: Site.today)
        let pages = try SiteBuilder().render(plan: plan, alignment: alignment, options: .init())
        let quarters = try #require(pages.first { $0.0 == "quarters/index.html" }.map { String(decoding: $0.1, as: UTF8.self) })
        let paths = SitePaths(plan: plan)
        for objective in unplaced {
            #expect(quarters.contains("href=\"../\(paths.objective(objective.id))\""), "\(objective.title) is listed")
        }
    }
}
