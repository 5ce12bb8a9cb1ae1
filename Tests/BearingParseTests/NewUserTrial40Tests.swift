import Testing
@testable import BearingModel
@testable import BearingParse

/// A new user's fortieth trial: the UK's Government Digital Strategy (2012), written for kramdown with headings that
/// have no space after their hashes (`##09 Principles and actions`, `####Action 01: …`), its 14 actions grouped under 11
/// principles; and Azure DevOps' public roadmap, whose initiatives describe themselves in bullets and list their features
/// in HTML tables by quarter, a shipped feature's quarter drawn with a tick (`<img src="checkmark.png" alt="Done">2025 Q3`);
/// and an engineering team's Q1 capacity plan, whose teams' work is numbered bold items with their owner, status and
/// timeline nested under each, grouped by "**Completed/Near Complete (January):**"-style labels.
@Suite("Real planning files: a new user's trial (40)")
struct NewUserTrial40Tests {
    static let digitalStrategy = """
        ##09 Principles and actions

        We have 14 actions, which we group under 11 principles.

        Departments will publish their own digital strategies by the end of 2012
        setting out how they and their agencies and arm's length bodies will
        apply these principles to transform their own services to make them
        digital by default.

        ### Principle: Improve departmental digital leadership

        *"Proven leadership in digital transformation"*

        ####Action 01: Departmental and transactional agency boards will include an active digital leader

        {include action01-case-study.md}

        -   departments will have in place engaged, active,
            board-level leadership of service transformation
        -   Digital Leaders will lead on development and delivery of
            departmental digital strategies

        [Read how departments are responding to this action »](/digital/strategy/actions/01/)
        {: .action-dep-response}

        ####Action 02: Services handling over 100,000 transactions each year will be re-designed, operated and improved by a skilled, experienced and empowered Service Manager

        -   Service Managers will be in place for new and redesigned
            transactions from April 2013

        ### Principle: Develop digital capability throughout the civil service

        *“Becoming a digital civil service”*

        ####Action 03: All departments will ensure that they have appropriate digital capability in-house, including specialist skills

        -   departments will have sufficient specialist capability to assess
            and manage their portfolio of digital services

        #####Fast Stream and Future Leaders

        Digital skills and leadership will be incorporated into the new
        government-wide approach to active corporate management.
        """

    @Test("kramdown's headings without a space are headings: the principles are the priorities, their actions the sub-priorities")
    func headingsWithoutSpace() {
        let result = StrategyParser().parse(read(Self.digitalStrategy, path: "strategy.md"))
        let priorities = result.strategy.priorities
        #expect(priorities.filter { $0.parent == nil }.map(\.title)
                    == ["Improve departmental digital leadership", "Develop digital capability throughout the civil service"],
                "\(priorities.map(\.title))")
        let actions = priorities.filter { $0.parent != nil }
        #expect(actions.map(\.title).map { String($0.prefix(40)) } == [
            "Departmental and transactional agency bo", "Services handling over 100,000 transacti", "All departments will ensure that they ha",
        ], "\(actions.map(\.title))")
        #expect(actions.first?.parent == priorities.first?.id)
        #expect(!result.diagnostics.contains { $0.code == .noPriorities }, "\(result.diagnostics.map(\.message))")
        // The page's intro is prose, not "##09 Principles and actions" as a paragraph.
        let shown = (result.strategy.introBlocks + result.strategy.prioritiesIntroBlocks).map(\.plainText).joined(separator: " ")
        #expect(!shown.contains("##"), "\(shown)")
    }

    @Test("the space is added only where a heading was meant: tags, code and other hash runs stay as written")
    func headingSpaceOnlyForHeadings() {
        #expect(HeadingWithoutSpace.spaced("##09 Principles and actions") == "## 09 Principles and actions")
        #expect(HeadingWithoutSpace.spaced("   ####Action 01: Leaders") == "   #### Action 01: Leaders")
        #expect(HeadingWithoutSpace.spaced("##Goals##") == "## Goals ##")
        #expect(HeadingWithoutSpace.spaced("#okr") == nil)
        #expect(HeadingWithoutSpace.spaced("#todo fix the build") == nil)
        #expect(HeadingWithoutSpace.spaced("## Goals") == nil)
        #expect(HeadingWithoutSpace.spaced("##-") == nil)
        #expect(HeadingWithoutSpace.spaced("    ##code") == nil)
        #expect(HeadingWithoutSpace.spaced("#######Seven") == nil)
        let page = "# Notes\n\n```c\n##define PASTE\n```\n\n##Goals\n"
        #expect(HeadingWithoutSpace.rewrite(page) == "# Notes\n\n```c\n##define PASTE\n```\n\n## Goals\n")
        #expect(HeadingWithoutSpace.rewrite("# Notes\n\n#okr #q3\n") == "# Notes\n\n#okr #q3\n")
        #expect(!HeadingWithoutSpace.mayHold("# Title\n\n## Goals\n\n- #tag\n"))
        #expect(HeadingWithoutSpace.mayHold("# Title\n\n##Goals\n"))
    }

    static let azureRoadmap = """
        # Azure DevOps Roadmap

        ## Initiatives

        ### GitHub Advanced Security for Azure DevOps

        GitHub Advanced Security for Azure DevOps (GHAzDO) brings additional security features to Azure DevOps under an additional license.

        The main capabilities of GitHub Advanced Security for Azure DevOps are:

        - *Secret Scanning:* Detect and remediate plaintext secrets in your git repositories.
        - *Code Scanning:* Search for potential security vulnerabilities and coding errors in your code using CodeQL or a third-party tool.

        Upcoming capabilities we expect to deliver include: 
        <table>
            <thead>
                <tr>
                    <th>Feature</th>
                    <th>Area</th>
                    <th>Quarter</th>
                </tr>
            </thead>
            <tbody>
              <tr>
                <td><a href="/azure/devops/release-notes/roadmap/2024/ghazdo/secret-validity" data-raw-source="[Determine detected partner secrets validity](/azure/devops/release-notes/roadmap/2024/ghazdo/secret-validity)">Determine detected partner secrets validity</a></td>
                <td>GitHub Advanced Security for Azure DevOps</td>
                <td><img src="roadmap/2023/media/checkmark.png" alt="Done">2025 Q3</td>
              </tr>
              <tr>
                <td><a href="/azure/devops/release-notes/roadmap/2025/ghazdo/boards-linking" data-raw-source="[Link Boards items to Advanced Security Alerts](/azure/devops/release-notes/roadmap/2025/ghazdo/boards-linking)">Link Boards items to Advanced Security Alerts</a></td>
                <td>GitHub Advanced Security for Azure DevOps</td>
                <td>2025 Q4</td>
              </tr>
              <tr>
                <td><a href="/azure/devops/release-notes/roadmap/2024/ghazdo/dependabot" data-raw-source="[Automatically fix detected dependency scanning vulnerabilities with Dependabot security updates](/azure/devops/release-notes/roadmap/2024/ghazdo/dependabot)">Automatically fix detected dependency scanning vulnerabilities with Dependabot security updates</a></td>
                <td>GitHub Advanced Security for Azure DevOps</td>
                <td>Future</td>
              </tr>
           </tbody>
        </table>

        ### Improved Boards + GitHub Integration

        These recent investments include:

        <table>
            <thead>
                <tr>
                    <th>Feature</th>
                    <th>Area</th>
                    <th>Quarter</th>
                 </tr>
            </thead>
            <tbody>
              <tr>
                 <td>
                    <a href="/azure/devops/release-notes/2025/sprint-252-update#github-integration-linking-the-merge-commit">Auto link the merge commit</a>
                 </td>
                 <td>Boards</td>
                 <td><img src="roadmap/2023/media/checkmark.png" alt="Done" />2025 Q1</td>
              </tr>
              <tr>
                 <td><a href="/azure/devops/release-notes/roadmap/2026/boards-increase-repo-limit">Increase limit of connected GitHub repositories</a></td>
                 <td>Boards</td>
                 <td>2026 Q1</td>
              </tr>
            </tbody>
        </table>
        """

    @Test("an initiative's features, scheduled by quarter beside the bullets that describe it, are its items (Azure DevOps)")
    func scheduledFeaturesBesideDescription() {
        let (roadmap, _) = RoadmapParser().parse(read(Self.azureRoadmap, path: "roadmaps/features-timeline.md"))
        let titles = roadmap.items.map(\.title)
        #expect(titles == ["Determine detected partner secrets validity", "Link Boards items to Advanced Security Alerts",
                           "Automatically fix detected dependency scanning vulnerabilities with Dependabot security updates",
                           "Auto link the merge commit", "Increase limit of connected GitHub repositories"], "\(titles)")
        #expect(roadmap.items.first?.group == "GitHub Advanced Security for Azure DevOps")
        #expect(roadmap.items.first?.period == "2025-Q3", "\(roadmap.items.map(\.period))")
        // The bullets that say what the initiative is stay its text, shown above its features.
        let intro = roadmap.lanes.flatMap(\.groups).first { $0.title == "GitHub Advanced Security for Azure DevOps" }?.intro ?? []
        #expect(intro.contains { if case .list = $0.kind { true } else { false } }, "\(intro.map(\.plainText))")
    }

    @Test("a tick drawn in a cell, its alt text a status, is the row's status; its words are the cell's without it")
    func statusPictureInCell() {
        let (roadmap, _) = RoadmapParser().parse(read(Self.azureRoadmap, path: "roadmaps/features-timeline.md"))
        let status = Dictionary(roadmap.items.map { ($0.title, $0.metadata.status) }, uniquingKeysWith: { first, _ in first })
        #expect(status["Determine detected partner secrets validity"] == .done, "\(status)")
        #expect(status["Auto link the merge commit"] == .done, "\(status)")
        #expect(status["Link Boards items to Advanced Security Alerts"] != .done, "\(status)")
        let merged = roadmap.items.first { $0.title == "Auto link the merge commit" }
        #expect(merged?.metadata.due == "2025 Q1", "\(String(describing: merged?.metadata.due))")
        // The same in a Markdown table: `![Done](check.png)` before the quarter.
        let (plain, _) = RoadmapParser().parse(read("""
            ## Initiatives

            ### Search

            | Feature | Quarter |
            |---|---|
            | Commits search | ![Done](media/checkmark.png) 2025 Q4 |
            | PR search | 2026 Q2 |
            """, path: "roadmaps/roadmap.md"))
        #expect(plain.items.map(\.metadata.status) == [.done, nil], "\(plain.items.map(\.metadata.status))")
        #expect(plain.items.first?.period == "2025-Q4", "\(plain.items.map(\.period))")
    }

    @Test("a heading with its own fields stays one piece of work, its dated table its schedule")
    func fieldedHeadingKeepsItsSchedule() {
        let (roadmap, _) = RoadmapParser().parse(read("""
            ## Next

            ### Faster search

            Owner: Ada Lovelace

            - Index commits and pull requests.
            - Rank by recency.

            | Step | Due |
            |---|---|
            | Prototype | 2026 Q1 |
            | Rollout | 2026 Q2 |
            """, path: "roadmaps/roadmap.md"))
        #expect(roadmap.items.map(\.title) == ["Faster search"], "\(roadmap.items.map(\.title))")
    }

    static let allFeatures = """
        ## Azure DevOps Services

        <table>
            <thead>
                <tr>
                    <th>Timeframe</th>
                    <th>Feature</th>
                    <th>Area</th>
                </tr>
            </thead>
            <tbody>       
              <td rowspan="2"><strong>2025 Q4</strong></td>
              <td><a href="/azure/devops/release-notes/roadmap/2023/commits-search" data-raw-source="[Commits search](/azure/devops/release-notes/roadmap/2023/commits-search)">Commits search</a></td>
                <td>General</td>
              </tr>
              <tr>
                 <td><a href="/azure/devops/release-notes/roadmap/2024/stage-traceability" data-raw-source="[Stage-level traceability](/azure/devops/release-notes/roadmap/2024/stage-traceability)">Stage-level traceability</a></td>
                 <td>Pipelines</td>
              </tr>
              <td rowspan="2"><strong>2026 Q1</strong></td>
                <td><a href="/azure/devops/release-notes/roadmap/large-agents" data-raw-source="[Large hosted agents](/azure/devops/release-notes/roadmap/large-agents)">Large hosted agents</a></td>
                <td>Pipelines</td>
              </tr>     
              <tr>
                <td><a href="/azure/devops/release-notes/roadmap/track-repo-cloning" data-raw-source="[Track repo cloning](/azure/devops/release-notes/roadmap/track-repo-cloning)">Track repo cloning</a></td>
                <td>Repos</td>
              </tr>
           </tbody>
        </table>
        ---

        ## How to provide feedback
        """

    @Test("an HTML table whose timeframe cell spans its features' rows, each timeframe's first row with no <tr>, is read (Azure DevOps)")
    func rowSpanningTimeframes() {
        let (roadmap, diagnostics) = RoadmapParser().parse(read(Self.allFeatures, path: "roadmaps/features-timeline.md"))
        #expect(roadmap.items.map(\.title) == ["Commits search", "Stage-level traceability", "Large hosted agents", "Track repo cloning"],
                "\(roadmap.items.map(\.title))")
        #expect(roadmap.items.map(\.period) == ["2025-Q4", "2025-Q4", "2026-Q1", "2026-Q1"], "\(roadmap.items.map(\.period))")
        #expect(roadmap.items.map { $0.metadata.custom.first { $0.key == "Area" }?.value } == ["General", "Pipelines", "Pipelines", "Repos"]
                    || roadmap.items.allSatisfy { !$0.body.isEmpty }, "\(roadmap.items.map(\.metadata.custom))")
        #expect(!diagnostics.contains { $0.code == .unreadRoadmapItems }, "\(diagnostics.map(\.message))")
        // A header cell over two header rows is more than a grid of one header can say: the table stays HTML.
        let twoHeaderRows = read("<table>\n<tr><th rowspan=\"2\">Item</th><th>2025</th></tr>\n<tr><th>Q1</th></tr>\n<tr><td>Search</td><td>Yes</td></tr>\n</table>\n")
        #expect(twoHeaderRows.blocks.allSatisfy { if case .html = $0.kind { true } else { false } })
    }

    static let capacityPlan = """
        # Q1 2026 Capacity Planning - Growth & Engagement Teams

        **Planning Period:** January 1 - March 31, 2026 (Q1 2026)
        **Teams:** Growth (GRO) + Engagement (CE)

        ---

        ## 🎯 Q1 2026 Strategic Priorities

        ### Growth Team (GRO) Priorities

        **Source:** Product Features data curated from 1H slide engineering deck

        **Completed/Near Complete (January):**

        1. **Partner Info Pass to Voice AI** (XS, P1) - [GRO-1196](https://pointdf.atlassian.net/browse/GRO-1196)
           - **Timeline:** Jan 15, 2026 (completed)
           - **Owner:** David Conger
           - **Status:** ✅ Completed - Need configuration on Feather side

        2. **What You Get Calculator** (XS, P1) - [GRO-1180](https://pointdf.atlassian.net/browse/GRO-1180)
           - **Timeline:** Jan 29, 2026
           - **Owner:** Tomas Herrera
           - **Status:** ✅ All in-scope work shipped Jan 26, 2026.
           - **Slack:** #proj-estimate-what-you-get

        **In Progress/Upcoming (Feb-Mar):**

        3. **Promo Cap Productization** (TBD, P1)
           - **Timeline:** Mid February
           - **Owner:** Robert Cox
           - **Status:** Will pick up once SMS login is wrapped up (Jan 30, 2026)
           - **Slack:** #proj-promo-cap

        ### Engagement Team (CE) Priorities

        **In Progress (January-February):**

        2. **Login via SMS** (BE: XS, FE: S, P0) - [PRD](link)
           - **Timeline:** Pending Twilio approval (3-week SLA, submitted week of Jan 18, 2026)
           - **Owner:** Pratheesh Harikumar
           - **Status:** ⚠️ BLOCKED - Awaiting Twilio approval
           - **Risk:** External dependency blocking progress

        **Upcoming (Feb-Mar):**

        3. **Structured Follow-up Support** (??, P1) - [PRD: Structured Follow Ups](link)
           - **Timeline:** Feb-Mar 2026
           - **Owner:** TBD (CE team support for UW dependency)
           - **Status:** Reviewed initial requirements with Glen (Dec 17, 2025)
        """

    @Test("a team's numbered bold work items, each over its owner, status and timeline, are its objective's initiatives")
    func fieldedWorkItemsAreInitiatives() {
        let (file, diagnostics) = ObjectivesParser().parse(read(Self.capacityPlan, path: "objectives/q1-2026-capacity-plan.md"))
        let growth = file.objectives.first { $0.title.hasPrefix("Growth Team") }
        #expect(growth?.initiatives.map(\.title) == ["Partner Info Pass to Voice AI", "What You Get Calculator", "Promo Cap Productization"],
                "\(file.objectives.map { ($0.title, $0.initiatives.map(\.title)) })")
        #expect(growth?.initiatives.map(\.metadata.owners) == [["David Conger"], ["Tomas Herrera"], ["Robert Cox"]],
                "\(String(describing: growth?.initiatives.map(\.metadata.owners)))")
        #expect(growth?.initiatives.first?.metadata.status == .done)
        #expect(growth?.keyResults.isEmpty == true, "\(String(describing: growth?.keyResults.map(\.text)))")
        // One item under each label: two in the section, so both are its work.
        let engagement = file.objectives.first { $0.title.hasPrefix("Engagement Team") }
        #expect(engagement?.initiatives.map(\.title) == ["Login via SMS", "Structured Follow-up Support"],
                "\(String(describing: engagement?.initiatives.map(\.title)))")
        // Its fields are read as the initiative's: "Risk" is a field of its own, no misspelt German "Frist" (due).
        #expect(!diagnostics.contains { $0.code == .unknownKey }, "\(diagnostics.map(\.message))")
        #expect(MetadataReader.nearKey("Risk", value: "External dependency blocking progress") == nil)
        #expect(MetadataReader.nearKey("Taem", value: "Platform") == "team")
        #expect(MetadataReader.nearKey("Stauts", value: "off track") == "status")
        #expect(MetadataReader.nearKey("Date", value: "February 30, 2027 → March 20, 2027") != nil)
    }

    @Test("measures with an owner under each stay key results; one fielded item alone stays the objective's text")
    func measuresWithOwnersStayKeyResults() {
        let (file, _) = ObjectivesParser().parse(read("""
            ## Faster builds

            - **Cut p95 build time from 12 to 6 minutes, now 9**
              - Owner: Ada Lovelace
            - **Cache hit rate from 40% to 80%, now 55%**
              - Owner: Grace Hopper

            ## Calmer nights

            1. **Runbook for every alert**
               - Owner: Ada Lovelace
               - Status: on track
            """, path: "objectives/2026-Q1.md"))
        #expect(file.objectives.first?.keyResults.count == 2, "\(String(describing: file.objectives.first?.keyResults.map(\.text)))")
        #expect(file.objectives.first?.initiatives.isEmpty == true)
        #expect(file.objectives.last?.initiatives.isEmpty == true, "\(String(describing: file.objectives.last?.initiatives.map(\.title)))")
    }
}
