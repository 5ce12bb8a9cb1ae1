import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// Shapes met on a fifteenth round of real files: a foundation's strategic plan that weighs its strengths, weaknesses,
/// opportunities and threats before naming its "Strategic Issues"; a research software project's sustainability goals
/// under "## Goals and Metrics"; and a civic-tech team's milestones file, grouped under H1s with one H2 per milestone
/// and `Dependencies:` written in code spans (`` `None` ``). Each snippet is written here in the real file's shape.
@Suite("New-user shapes, fifteenth round")
struct NewUserShapes15Tests {
    // MARK: A strategic plan with a SWOT analysis

    static let swotPlan = """
        # Example Foundation Strategic Plan, 2025-2026

        ## Vision

        We want every lab to write software it can trust.

        ### Reaching new disciplines

        Most training still leaves computing out.

        ### Better research

        Reliable code makes reliable results.

        ## Strengths, Weaknesses, Opportunities, and Threats

        ### Strength: Community

        Hundreds of volunteers teach our lessons.

        ### Weakness: Documentation

        Much of what we do is written down nowhere.

        ### Opportunity: Online delivery

        Teaching online would reach more people.

        ## Strategic Issues

        These are our primary focus for the near term:

        - Reporting and Transparency
        - Instructor Pipeline

        ### Reporting and Transparency

        Members need timely reports of what we do.

        ### Instructor Pipeline

        We should manage how instructors reach their first workshop.
        """

    @Test("a SWOT section's 'Opportunity: …' H3s are findings, not priorities; the plan's 'Strategic Issues' are")
    func swotIsNotThePriorities() throws {
        let strategy = StrategyParser().parse(read(Self.swotPlan, path: "strategy.md")).strategy
        #expect(strategy.priorities.filter { $0.parent == nil }.map(\.title) == ["Reporting and Transparency", "Instructor Pipeline"])
        #expect(strategy.priorities.first?.summary == "Members need timely reports of what we do.")
    }

    @Test("'## SWOT analysis' alone is not the priorities either, beside a '## Strategic Directions' list")
    func swotNamedAsSuch() throws {
        let strategy = StrategyParser().parse(read("""
            # Plan

            ## SWOT analysis

            - Strength: a loyal community
            - Threat: funding ends in 2027

            ## Strategic Directions

            - Diversify funding
            - Grow the instructor community
            """, path: "strategy.md")).strategy
        #expect(strategy.priorities.map(\.title) == ["Diversify funding", "Grow the instructor community"])
    }

    // MARK: Goals with their metrics

    static let goalsAndMetrics = """
        # Project Sustainability Goals, Metrics, and Measurement

        ## Overview: What does sustainability look like?

        A sustainable open-source software project:

        - Is responsive to changing needs of its community
        - Recruits new project members to compensate for attrition

        ## Goals and Metrics

        ### Responsiveness to Community Needs

        Metric: Response time to triage new issues.

        - Current: Need to measure
        - Target: 90% of issues reviewed within 2 working days

        ### Sustainable Maintainership

        Goal: The project should have a sufficient number of maintainers.

        Metric: Number of maintainers.

        - Current: 2
        - Target: 2 or more

        ### Project Security Posture

        Metric: Best-practices badge score.

        - Current: 78%
        - Target: 85%
        """

    @Test("'## Goals and Metrics' heads the goals: each H3 under it is an objective, not one objective for the whole file")
    func goalsAndMetricsHeadsObjectives() throws {
        let (file, _) = ObjectivesParser().parse(read(Self.goalsAndMetrics, path: "objectives/2026-H1.md"))
        #expect(file.objectives.map(\.title) == ["Responsiveness to Community Needs", "Sustainable Maintainership", "Project Security Posture"])
    }

    @Test("'## Metrics' alone is still an aside, and '## Objectives & KPIs' a container (counter-cases)")
    func metricsAloneStaysAside() {
        #expect(HeadingRole.classify("Metrics", level: 2, year: nil, config: WorkspaceConfig()) == .aside)
        #expect(HeadingRole.classify("Objectives & KPIs", level: 2, year: nil, config: WorkspaceConfig()) == .container)
        #expect(HeadingRole.classify("Goals and Metrics", level: 2, year: nil, config: WorkspaceConfig()) == .container)
        // A goal that names a metric in its own words stays a goal.
        #expect(HeadingRole.classify("Publish usage metrics", level: 2, year: nil, config: WorkspaceConfig()) == .candidate)
    }

    // MARK: Milestones grouped under H1s

    static let groupedMilestones = """
        # Project goals

        ## Define and publish core project goals
        Diagram short name: `Define-Goals`

        Dependencies: `None`

        Define and publish core project goals, with proposed key metrics for all goals.

        # Initial API deployment milestones

        ## CI-CD
        Diagram short name: `CI-CD`

        Dependencies: `Define-Goals`

        When commits are made to any branch, these should automatically:
        * Run lint suite
        * Run test suite

        Metrics:
        * Frequency of deploys to production

        ## CI-CD-Metrics
        Diagram short name: `CI-CD-Metrics`

        Dependencies: `CI-CD`

        Design and implement public metrics on CI-CD.

        # User interface milestones

        ## Design tooling
        Diagram short name: `Design-Tooling`

        Dependencies: `None`

        We must have effective tools for design.

        ### Prototyping

        A shared prototyping tool.

        ### Diagramming

        A diagramming tool everyone can open.

        # Communications Tooling

        ## Open source tools
        Diagram short name: `Open-Source-Tools`

        Dependencies: `Design-Tooling`

        Configure the following things in the open source repository:

        1. License
        2. Contributions guide

        # Appendix

        Here is a template to use for these descriptions.

        ## Milestone name
        Diagram short name: `-`

        Dependencies: `-` or `None`

        Short description.
        """

    @Test("H1 groups over H2 milestones with their own `Dependencies:` lines: the H1s are the lanes, each H2 one item")
    func h1GroupsOverH2Milestones() throws {
        let (roadmap, _) = RoadmapParser().parse(read(Self.groupedMilestones, path: "roadmaps/milestones.md"))
        #expect(roadmap.lanes.map(\.title) == ["Project goals", "Initial API deployment milestones", "User interface milestones",
                                               "Communications Tooling"])
        #expect(roadmap.items.map(\.title) == ["Define and publish core project goals", "CI-CD", "CI-CD-Metrics", "Design tooling",
                                               "Open source tools"])
        // The bullets and H3s in an item's body are its text, not items of their own; the appendix's template is no lane.
        #expect(!roadmap.items.contains { ["Run lint suite", "License", "Prototyping", "Milestone name"].contains($0.title) })
    }

    @Test("`Dependencies: \\`None\\`` names no dependency; `CI-CD` is the item CI-CD, not CI-CD-Metrics itself")
    func codeSpanNoneAndExactDependency() throws {
        let plan = loadWorkspace([
            "strategy.md": "## Priorities\n\n- Reliable delivery\n",
            "roadmaps/milestones.md": Self.groupedMilestones,
        ])
        #expect(!plan.diagnostics.contains { $0.message.contains("`None`") })
        #expect(!plan.diagnostics.contains { $0.code == .dependencyCycle })
        let metrics = try #require(plan.roadmapItems.first { $0.title == "CI-CD-Metrics" })
        #expect(metrics.resolved.dependsOn == ["milestones/ci-cd"])
    }

    @Test("'Diagram short name: `Define-Goals`' names the item for the `Dependencies:` of others; the line after it still leads")
    func shortNamesResolve() throws {
        let plan = loadWorkspace([
            "strategy.md": "## Priorities\n\n- Reliable delivery\n",
            "roadmaps/milestones.md": Self.groupedMilestones,
        ])
        #expect(!plan.diagnostics.contains { $0.code == .unresolvedReference })
        let ci = try #require(plan.roadmapItems.first { $0.title == "CI-CD" })
        #expect(ci.resolved.dependsOn == ["milestones/define-and-publish-core-project-goals"])
        let tools = try #require(plan.roadmapItems.first { $0.title == "Open source tools" })
        #expect(tools.resolved.dependsOn == ["milestones/design-tooling"])
        // The short name and the dependencies are the item's fields; its text starts after them.
        #expect(ci.metadata.custom.first == CustomField(key: "Diagram short name", value: "CI-CD"))
        #expect(ci.body.hasPrefix("When commits are made"))
    }

    @Test("a short name in prose, or of several words, names nothing (counter-case): the reference is still an error")
    func shortNameNeedsOneToken() {
        let plan = loadWorkspace([
            "strategy.md": "## Priorities\n\n- Reliable delivery\n",
            "roadmaps/r.md": "## Now\n\n### Set up CI\nShort name: the CI work\n\n### Ship docs\nDependencies: `CI-Work`\n",
        ])
        #expect(plan.diagnostics.contains { $0.code == .unresolvedReference })
    }

    @Test("a file of H1 themes whose H2s are lanes of their own items is read as before (counter-case)")
    func h1ThemesOverLanesUnchanged() throws {
        let (roadmap, _) = RoadmapParser().parse(read("""
            # Platform

            ## Now

            - **Faster builds.** Cache the toolchain.

            # Product

            ## Next

            - **Dark mode.** Follow the system setting.
            """, path: "roadmaps/board.md"))
        #expect(roadmap.items.map(\.title) == ["Faster builds", "Dark mode"])
    }

    // MARK: Areas under a skipped heading level, then a timeline

    static let areasAndTimeline = """
        The committee met in June. Below we describe the key areas over which it provides oversight and a timeline.

        ## Areas with Steering Committee oversight

        #### Community
        We value the involvement of everyone in our community.

        #### Instructor training
        We are committed to a community of practice around instruction.

        #### Finances
        The committee will continue to govern the budget.

        ## Timeline for implementing our goals

        #### Immediate concerns (now-six months)
        - Resolve issues with the installer
        - Connect with members and community organizers

        #### Long term (18+ months)
        - Focus on communities of practice
        """

    @Test("H4 areas straight under an H2 are its priorities; the timeline of when the goals are met is not")
    func areasUnderSkippedLevel() throws {
        let strategy = StrategyParser().parse(read(Self.areasAndTimeline, path: "strategy.md")).strategy
        #expect(strategy.priorities.map(\.title) == ["Community", "Instructor training", "Finances"])
        #expect(strategy.priorities.first?.summary == "We value the involvement of everyone in our community.")
    }
}
