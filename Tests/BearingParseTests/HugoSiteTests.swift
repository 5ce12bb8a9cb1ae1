import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// Plans kept in a Hugo (or Zola) site, in the shape of a real one (deevnet-docs: `content/docs/roadmap/`, a section per
/// area with its `_index.md`, one page per project, its phases folded in `{{% details %}}` shortcodes), with the TOML
/// front matter `hugo new` writes and the callouts and tabs of Hugo's common themes.
@Suite("Hugo sites read as the site shows them")
struct HugoSiteTests: TrialWorkspace {
    let strategy = """
        +++
        title = 'Homelab strategy 2027'
        date = 2026-11-02T10:00:00+01:00
        draft = false
        [weights]
        rebuild = "60%"
        radio = "40%"
        +++

        # Homelab strategy 2027

        ## Priorities

        ### Rebuild from bare metal {#rebuild}
        Every site can be rebuilt, air-gapped, from its builder.

        ### Radio and embedded {#radio}
        Software-defined radio and phone projects.
        """

    let project = """
        ---
        title: "Builder & Core Services"
        weight: 1
        tasks_completed: 30
        ---

        # Builder & Core Services

        Builder infrastructure and core services required to provision the site from bare metal.

        {{< overall-progress >}}

        **Legend:** ✅ Complete | 🔄 In Progress | ⏳ Planned

        ---

        {{% details "Substrate Provisioning — Complete" %}}
        ## Substrate Provisioning ✅

        Core infrastructure for building and deploying the substrate.

        - ✅ Builder Node Ansible Collection (`deevnet.builder`)
        - ✅ Full Air-Gap Support (Fedora Mirror)
        {{% /details %}}

        ---

        ## Network Automation 🔄

        - ✅ DNS Automation
        - 🔄 Access Switch Automation — see [Patch Automation]({{< ref "patch-automation" >}})
        - ⏳ Wireless AP automation

        {{< hint warning >}}
        **Blocked on firmware:** the access points need a firmware upgrade first.
        {{< /hint >}}
        """

    @Test("TOML front matter is the page's front matter: its title, team and weights are read, and it is no text of the page")
    func tomlFrontMatter() throws {
        let plan = load(["roadmaps/platform.md": """
            +++
            date = '2026-11-02T10:00:00+01:00'
            draft = false
            title = 'Platform roadmap'
            team = "Platform"
            tags = [
              "infra",  # the site's taxonomy
              'ops',
            ]
            +++

            ## Now

            - Ship the new status page — Owner: Sam
            """])
        #expect(plan.errors.isEmpty, "\(plan.errors)")
        #expect(plan.strategy?.title == "Homelab strategy 2027")
        #expect(plan.strategy?.weights == ["rebuild": 0.6, "radio": 0.4])
        let roadmap = try #require(plan.roadmaps.first)
        #expect(roadmap.title == "Platform roadmap")
        #expect(roadmap.items.map(\.title) == ["Ship the new status page"])
        #expect(roadmap.items.first?.location.line == 14)
        #expect(!roadmap.intro.contains { $0.plainText.contains("draft") })
    }

    @Test("a TOML slip is an error at its line, and the rest of the front matter is still read")
    func tomlSlip() throws {
        let plan = load(["roadmaps/platform.md": """
            +++
            title = Platform roadmap
            team = "Platform"
            +++

            ## Now

            - Ship the new status page
            """])
        let error = try #require(plan.errors.first { $0.code == .frontMatterInvalid })
        #expect(error.location.line == 2)
        #expect(error.message.contains("needs quotes"))
        #expect(plan.roadmaps.first?.items.count == 1)
    }

    @Test("shortcodes: a folded phase is its section, a closing shortcode runs into no title, a ref is its path, a hint a callout")
    func shortcodes() throws {
        let plan = load(["roadmaps/infrastructure/dvntm/builder.md": project])
        #expect(plan.errors.isEmpty, "\(plan.errors)")
        let roadmap = try #require(plan.roadmaps.first)
        #expect(roadmap.items.map(\.title) == [
            "Builder Node Ansible Collection", "Full Air-Gap Support (Fedora Mirror)",
            "DNS Automation", "Access Switch Automation", "Wireless AP automation",
        ])
        #expect(roadmap.items.map(\.metadata.status) == [.done, .done, .done, .onTrack, .notStarted])
        #expect(roadmap.items.map(\.lane) == ["Substrate Provisioning", "Substrate Provisioning", "Network Automation", "Network Automation", "Network Automation"])
        #expect(roadmap.items.map(\.location.line) == [22, 23, 30, 31, 32])
        let text = roadmap.intro.map(\.plainText).joined(separator: " ") + roadmap.items.map(\.body).joined(separator: " ")
        #expect(!text.contains("{{"))
        let switches = try #require(roadmap.items.first { $0.title == "Access Switch Automation" })
        #expect(switches.body.contains("patch-automation") || switches.blocks.contains { $0.plainText.contains("Patch Automation") })
    }

    @Test("a details shortcode folding more of a section, nested in another, or inside a hint, loses none of the items under it")
    func foldedItemsKept() throws {
        let plan = load(["roadmaps/platform.md": """
            # Platform

            ## Now

            - Ship the API

            {{% details "Phase 2 — Planned" %}}
            {{% details "Inner" %}}
            - Nested item
            {{% /details %}}
            - Outer item
            {{% /details %}}
            - After the fold
              {{% details "Sub notes" %}}
              - sub item
              {{% /details %}}
            - Last

            {{< hint warning >}}
            {{< details "Inside hint" >}}
            - Item in hint fold
            {{< /details >}}
            {{< /hint >}}
            """])
        let roadmap = try #require(plan.roadmaps.first)
        #expect(roadmap.items.map(\.title) == ["Ship the API", "Nested item", "Outer item", "After the fold", "Last"])
        #expect(roadmap.items.map(\.location.line) == [5, 9, 11, 13, 17])
        #expect(!roadmap.items.contains { $0.title.contains("{{") || $0.title.contains("details") })
        // In a callout, quoted, the fold is its title in bold over its list (no `<details>` running on over it).
        let lines = MarkdownReader().read("{{< hint warning >}}\n{{< details \"Inside hint\" >}}\n- Item in hint fold\n{{< /details >}}\n{{< /hint >}}\n",
                                          path: "roadmaps/x.md").lines.map(String.init)
        #expect(Array(lines.prefix(4)) == ["> [!warning]", "> **Inside hint**", "> - Item in hint fold", ">"])
    }

    @Test("a hint, a notice and a Docsy alert are callouts whose lists are read; tabs are their titles over their text")
    func calloutsAndTabs() {
        let reader = MarkdownReader()
        let document = reader.read("""
            ## Now

            {{< hint warning >}}
            Waiting on procurement.
            {{< /hint >}}

            {{% notice tip "Good to know" %}}
            - Reviewed monthly
            {{% /notice %}}

            {{% alert title="Risk" color="warning" %}}
            Vendor may slip.
            {{% /alert %}}

            {{< tabs "teams" >}}
            {{< tab "Growth" >}}
            - Self-serve signup
            {{< /tab >}}
            {{< /tabs >}}

            {{< highlight yaml >}}
            - not: a list item
            {{< /highlight >}}
            """, path: "roadmaps/x.md")
        let markdown = document.lines.map(String.init)
        #expect(markdown[2] == "> [!warning]")
        #expect(markdown[3] == "> Waiting on procurement.")
        #expect(markdown[6] == "> [!tip] Good to know")
        #expect(markdown[7] == "> - Reviewed monthly")
        #expect(markdown[10] == "> [!warning] Risk")
        #expect(markdown[14] == "" && markdown[15] == "**Growth**")
        #expect(markdown[20].hasPrefix("```") && markdown[20].hasSuffix("yaml"))
        #expect(markdown.count == 23)
    }

    @Test("a button shortcode keeps the words it shows, as a link to where it goes; a bare one is left out")
    func buttonWords() {
        let text = """
            Tell us what you think.

            {{< button link="https://forms.gle/x" style="secondary" text="Take the Community Survey" >}}

            {{< toc >}}
            """
        #expect(HugoShortcodes.rewrite(text) == "Tell us what you think.\n\n[Take the Community Survey](<https://forms.gle/x>)\n\n")
    }

    @Test("a shortcode in code, and a commented one, are left as written")
    func codeKept() {
        let text = """
            Write `{{< ref "x" >}}` to link a page, or show one as {{</* figure src="a.png" */>}}.

            ```
            {{< hint info >}}
            ```
            """
        #expect(HugoShortcodes.rewrite(text) == text)
    }

    @Test("`_index.md` is the section's page: read, a note when it holds no items, and a roadmap named after its folder when it does")
    func sectionPages() throws {
        let plan = load([
            "roadmaps/infrastructure/_index.md": """
                +++
                title = "Infrastructure Automation"
                +++

                # Infrastructure Automation

                Automated provisioning, patching, and management of on-premise infrastructure.

                {{< overall-progress >}}
                """,
            "roadmaps/radio/_index.md": """
                # Radio

                ## Now

                - CaribouLite backend
                """,
            "roadmaps/infrastructure/builder.md": project,
        ])
        #expect(!plan.diagnostics.contains { $0.message.contains("partial or draft") })
        let note = try #require(plan.diagnostics.first { $0.location.path == "roadmaps/infrastructure/_index.md" })
        #expect(note.severity == .note && note.code == .skippedFile)
        #expect(plan.roadmaps.map(\.id).sorted() == ["builder", "radio"])
        #expect(plan.roadmaps.first { $0.id == "radio" }?.items.first?.id.hasPrefix("radio/") == true)
    }

    @Test("two pages of one name in two sections are two roadmaps, told apart by their folders, with no error")
    func sameNameInTwoFolders() throws {
        let plan = load([
            "roadmaps/infrastructure/dvnt/builder.md": project,
            "roadmaps/infrastructure/dvntm/builder.md": project,
        ])
        #expect(!plan.codes.contains(.duplicateID), "\(plan.diagnostics)")
        #expect(plan.roadmaps.map(\.id).sorted() == ["builder", "dvntm-builder"])
        let ids = plan.roadmaps.flatMap(\.items).map(\.id)
        #expect(Set(ids).count == ids.count)
    }

    @Test("a page's legend says what its marks mean: ⏳ Planned is not started there, and under way on a page without one")
    func legendOfMarks() {
        let marked = "## Phase 1\n\n- ✅ Requirements\n- ⏳ Wireless AP automation\n"
        #expect(items(marked).map(\.metadata.status) == [.done, .onTrack])
        #expect(items("# Project\n\n**Legend:** ✅ Complete | 🔄 In Progress | ⏳ Planned\n\n" + marked).map(\.metadata.status) == [.done, .notStarted])
        #expect(items("# Project\n\nStatus key:\n- ⏳ pending\n- 🔄 in progress\n\n## ⏳ Phase 2\n\n- Ring generator\n").map(\.metadata.status) == [.notStarted])
    }

    @Test("a legend most of whose marks name no status (kinds of change, levels) gives no mark a status")
    func legendNotOfStatus() {
        let marked = "## Now\n\n- 🔴 Config format v2\n- 🟢 Plugin API\n- ✅ Core engine\n"
        let plain = items(marked).map(\.metadata.status)
        #expect(items("# Changes\n\n**Legend:** 🔴 Breaking · 🟢 New · 🟡 Deprecated · ⚠️ Experimental · ✅ Stable\n\n" + marked).map(\.metadata.status) == plain)
        #expect(items("# Course\n\nLegend: 🟢 beginner 🔴 advanced\n\n" + marked).map(\.metadata.status) == plain)
        #expect(items("# Project\n\n**Legend:** ✅ Complete | 🟢 New | 🔄 In Progress\n\n" + marked).map(\.metadata.status)[1] == .notStarted)
    }

    @Test("a list of the project's links under its title is no work left unread")
    func linksList() {
        let plan = load(["roadmaps/ma-bell.md": """
            # Ma Bell Project

            - **GitHub:** https://github.com/example/esp32-ma-bell-gateway
            - **Documentation:** [site](https://example.github.io/esp32-ma-bell-gateway/)

            ## Firmware Development 🔄

            - ✅ Call state machine implementation
            """])
        #expect(!plan.codes.contains(.unreadRoadmapItems), "\(plan.diagnostics)")
        #expect(plan.roadmaps.first?.items.count == 1)
    }

    @Test("a fold with more of its lane's work after it takes none of that work into its text")
    func foldBeforeWork() {
        let titles = items("""
            ## Next

            {{< details "Multi-site calendar" >}}
            Clinic groups book across sites.
            {{< /details >}}

            - Audit log export
            """).map(\.title)
        #expect(titles.contains("Audit log export"), "\(titles)")
        let folds = items("""
            ## Next

            {{< details "Multi-site calendar" >}}
            Clinic groups book across sites.
            {{< /details >}}

            {{< details "Audit log export" >}}
            CSV of every change.
            {{< /details >}}
            """).map(\.title)
        #expect(folds == ["Multi-site calendar", "Audit log export"])
    }

    @Test("a roadmap section kept elsewhere in the site is named as one folder to read")
    func sectionElsewhere() throws {
        let plan = loadWorkspace([
            "strategy.md": strategy,
            "content/docs/roadmap/_index.md": "# Roadmap\n",
            "content/docs/roadmap/esp32/ma-bell.md": project,
            "content/docs/roadmap/infrastructure/dvnt/builder.md": project,
            "content/docs/architecture/builder.md": "# Builder\n",
        ])
        let warning = try #require(plan.diagnostics.first { $0.code == .misplacedFile })
        #expect(warning.fix?.contains("`paths: { roadmaps: content/docs/roadmap }`") == true, "\(warning)")
        let found = WorkspaceLoader.plansElsewhere(root: "/ws", fileSystem: .memory([
            "/ws/content/docs/roadmap/esp32/ma-bell.md": Data(project.utf8),
            "/ws/content/docs/roadmap/infrastructure/dvnt/builder.md": Data(project.utf8),
            "/ws/OKRs/2027-Q1: growth.md": Data("# Objectives\n".utf8),
        ]))
        #expect(found.roadmaps?.setting == "content/docs/roadmap")
        #expect(found.roadmaps?.files == 2)
        #expect(found.objectives?.setting == "OKRs")
    }
}
