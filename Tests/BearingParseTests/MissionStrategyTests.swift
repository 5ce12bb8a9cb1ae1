import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// A public body's digital strategy of missions: "## Our missions" over "### Mission 1: …" sections, each labelling its
/// parts ("Outcomes", "How we'll measure it") with H4s or bold lines, a "Not in scope" list, and team plans that name the
/// mission they serve in a `Mission:` field. Written here in the shape of a council's strategy.
@Suite("A strategy of missions")
struct MissionStrategyTests {
    static func strategy(bold: Bool) -> String {
        func label(_ text: String) -> String { bold ? "**\(text)**" : "#### \(text)" }
        return """
            # Digital Strategy 2025 to 2028

            ## Foreword

            This strategy sets out five missions.

            ## Our missions

            ### Mission 1: Services people can use first time

            Residents can complete our most-used services online, first time.

            \(label("Outcomes"))

            - Our top 20 transactions meet the Service Standard
            - Residents only tell us things once

            \(label("How we'll measure it"))

            - Completion rate for top 20 transactions from 61% to 85%
            - Avoidable contact down 30% by March 2028

            \(label("Why it matters"))

            - Too many forms are still PDFs

            ### Mission 2: Data we can trust and use

            We hold one accurate record of each resident.

            \(label("Outcomes"))

            - A single resident and property index

            \(label("How we'll measure it"))

            - Duplicate records reduced from 240,000 to under 20,000

            ## Not in scope

            - Replacing the social care case management system (covered by another programme)
            - Schools' IT
            """
    }

    @Test("'## Our missions' is the priorities section without priorities_heading, and 'Mission N:' leaves the titles and ids")
    func missionsSection() throws {
        for bold in [false, true] {
            let result = StrategyParser().parse(read(Self.strategy(bold: bold), path: "strategy.md"))
            #expect(!result.diagnostics.contains { $0.code == .noPriorities })
            let top = result.strategy.topLevel
            #expect(top.map(\.title) == ["Services people can use first time", "Data we can trust and use"])
            #expect(top.first?.id == "services-people-can-use-first-time")
            #expect(result.strategy.priorityWords == ["mission", "missions"])
        }
    }

    @Test("Part labels are no sub-priorities: outcome bullets are, measure bullets are the success signal, 'Why it matters' is text")
    func partLabels() throws {
        for bold in [false, true] {
            let strategy = StrategyParser().parse(read(Self.strategy(bold: bold), path: "strategy.md")).strategy
            let first = try #require(strategy.topLevel.first)
            #expect(strategy.children(of: first.id).map(\.title) == ["Our top 20 transactions meet the Service Standard",
                                                                   "Residents only tell us things once"], "bold: \(bold)")
            #expect(strategy.children(of: first.id).map(\.number) == ["1.1", "1.2"])
            #expect(first.successSignal == "How we'll measure it: Completion rate for top 20 transactions from 61% to 85%; Avoidable contact down 30% by March 2028")
            #expect(first.summary == "Residents can complete our most-used services online, first time.")
            #expect(strategy.priorities.count == 5, "bold: \(bold)")
            #expect(!strategy.priorities.contains { ["outcomes", "how-we-ll-measure-it", "why-it-matters"].contains($0.id) })
        }
    }

    @Test("The part-label words")
    func roles() {
        #expect(PriorityPartLabel.role(of: "How we’ll measure it:") == .measures)
        #expect(PriorityPartLabel.role(of: "Success measures") == .measures)
        #expect(PriorityPartLabel.role(of: "KPIs") == .measures)
        #expect(PriorityPartLabel.role(of: "What success looks like") == .measures)
        #expect(PriorityPartLabel.role(of: "Outcomes") == .parts)
        #expect(PriorityPartLabel.role(of: "What we'll do") == .parts)
        #expect(PriorityPartLabel.role(of: "Principles") == .text)
        #expect(PriorityPartLabel.role(of: "Risks") == .text)
        #expect(PriorityPartLabel.role(of: "API evolution") == nil)
        #expect(PriorityPartLabel.role(of: "Improve measures of child poverty") == nil)
    }

    static func workspace(_ objectives: String) -> Plan {
        loadWorkspace(["strategy.md": strategy(bold: true), "objectives/2026-Q3.md": objectives])
    }

    @Test("'Mission 1', the old labelled id and title words resolve; 1.3 is no longer a measure")
    func references() {
        let plan = Self.workspace("""
            # Q3 2026

            ## Repairs online

            Priorities: Mission 1, mission-1-services-people-can-use-first-time

            ## Data index

            Priorities: Data we can trust, 2.1
            """)
        let objectives = plan.objectives
        #expect(objectives[0].resolved.priorities == ["services-people-can-use-first-time"])
        #expect(objectives[1].resolved.priorities == ["data-we-can-trust-and-use", "a-single-resident-and-property-index"])
        #expect(plan.errors.isEmpty, "\(plan.errors)")
    }

    @Test("A field named with the strategy's word for its priorities links them, and is no custom field")
    func missionField() {
        let plan = Self.workspace("""
            # Q3 2026

            ## Repairs online

            Owner: Priya
            Mission: 1, 2.1

            ## Data index

            - **Owner:** Sam
            - **Mission:** Mission 2

            ## Kiosk

            - Owner: Lee
            - Mission: Mission 7
            """)
        let objectives = plan.objectives
        #expect(objectives[0].resolved.priorities == ["services-people-can-use-first-time", "a-single-resident-and-property-index"])
        #expect(objectives[0].metadata.custom.isEmpty)
        #expect(objectives[1].resolved.priorities == ["data-we-can-trust-and-use"])
        // An unknown mission is an error at its line, not a field kept in silence.
        #expect(plan.errors.contains { $0.code == .unresolvedReference && $0.location.line == 16 }, "\(plan.errors)")
    }

    @Test("A field named with another word stays custom; a sentence under the strategy's word stays the item's aim")
    func otherFields() {
        let plan = Self.workspace("""
            # Q3 2026

            ## Repairs online

            Owner: Priya
            Budget: £20k
            Missions: residents report repairs online unaided
            """)
        // A field block whose last value is a long sentence ("Help every resident report repairs online without
        // calling us") is read as prose, fields and all (`MetadataReader`): five words keep it a field block.
        #expect(plan.objectives[0].metadata.custom.map(\.key) == ["Budget", "Missions"])
        #expect(plan.objectives[0].resolved.priorities.isEmpty)
    }

    @Test("The strategy's non-goals are read from its 'Not in scope' section, remarks and all")
    func nonGoals() {
        let strategy = StrategyParser().parse(read(Self.strategy(bold: true), path: "strategy.md")).strategy
        #expect(NonGoals.of(strategy).map(\.text) == ["Replacing the social care case management system (covered by another programme)",
                                                     "Schools' IT"])
    }
}

/// Trial 22, F11: tektoncd's roadmap used as a strategy. "## Mission and Vision" is taken by its name; the goals its
/// authors wrote further down are said to be there, with how to read them instead.
@Suite struct PrioritiesChoiceNoteTests {
    static let text = """
        # Tekton roadmap

        ## Mission and Vision

        - Tekton API conformance across as many CI/CD platforms as possible
        - A rich catalog of high quality, reusable Tasks

        ## Roadmap

        ### 2023 Goals

        #### Goal: Stable pipelines

        - Pipelines reach v1.

        #### Goal: Supply chain security

        - Signed provenance for every build.

        """

    @Test func theOtherSectionIsNamed() throws {
        let result = StrategyParser().parse(MarkdownReader().read(Self.text, path: "strategy.md"))
        #expect(result.strategy.priorities.count == 2)
        let note = try #require(result.diagnostics.first { $0.severity == .note && $0.message.contains("2023 Goals") })
        #expect(note.location.line == 3)
        #expect(note.message.contains("\"Mission and Vision\"") && note.message.contains("(line 10)"))
        #expect(note.fix?.contains("priorities_heading: 2023 Goals") == true)
        var config = WorkspaceConfig()
        config.prioritiesHeadings = ["2023 Goals"]
        let chosen = StrategyParser(config: config).parse(MarkdownReader().read(Self.text, path: "strategy.md"))
        #expect(chosen.strategy.topLevel.map(\.title) == ["Stable pipelines", "Supply chain security"], "\(chosen.strategy.priorities.map(\.title))")
        #expect(!chosen.diagnostics.contains { $0.severity == .note })
    }

    @Test func aPrioritiesHeadingNeedsNoNote() {
        let text = "# S\n\n## Our priorities\n\n- Reliable service\n- Self-serve onboarding\n\n## Later\n\n### Goals\n\n- Something\n"
        #expect(!StrategyParser().parse(MarkdownReader().read(text, path: "strategy.md")).diagnostics.contains { $0.severity == .note })
    }
}
