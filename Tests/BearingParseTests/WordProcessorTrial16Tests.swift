import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// What new users' own workspaces showed: objectives pasted from a word processor (numbered bold titles, fields
/// ended by hard breaks) read as one objective named after the file, a status mark ending a heading kept in its
/// title, and field lines shown as prose on the quarter page.
@Suite("New users' trial: numbered bold objectives, hard-break fields, trailing status marks")
struct WordProcessorTrial16Tests {
    func objectives(_ markdown: String, path: String = "objectives/2026-Q4.md") -> (ObjectivesFile, [Diagnostic]) {
        ObjectivesParser().parse(read(markdown, path: path))
    }

    @Test("`**1. Title**` over fields ended by hard breaks and a `**Key Results:**` list: one objective each")
    func numberedBoldWithHardBreakFields() throws {
        let (file, _) = objectives("""
            # Research Software Engineering — 2026 Q4 Objectives

            **1. Grow the pool through cost recovery**

            **Owner:** Dr. Elena Costa  
            **Priority:** growth  
            **Status:** On track

            **Key Results:**

            * KR1.1 Funded FTE from 2.0 to 4.0, now 3.0
            * KR1.2 Two new hires start (1 of 2)

            **2. Sustainability for every project**

            **Owner:** Wei Zhang  
            **Status:** At risk

            **Key Results:**

            * KR2.1 Projects with CI tests from 62% to 80%, now 71%

            **3. Train departmental champions**

            **Owner:** Wei Zhang  
            **Status:** Not started

            **Key Results:**

            * KR3.1 Session delivered to champions
            """)
        #expect(file.objectives.map(\.title) == ["Grow the pool through cost recovery", "Sustainability for every project", "Train departmental champions"])
        #expect(file.objectives.map(\.metadata.owners) == [["Dr. Elena Costa"], ["Wei Zhang"], ["Wei Zhang"]])
        #expect(file.objectives.map(\.metadata.status) == [.onTrack, .atRisk, .notStarted])
        #expect(file.objectives.map(\.keyResults.count) == [2, 1, 1])
        #expect(file.objectives.first?.metadata.priorities.map(\.text) == ["growth"])
        #expect(file.introBlocks.isEmpty, "the objectives' fields and labels are not the file's introduction")
    }

    @Test("the title and its fields in one paragraph, each line ended by a hard break")
    func titleAndFieldsInOneParagraph() throws {
        let (file, _) = objectives("""
            # Team plan

            **1. Ship the connector**  
            **Owner:** Ada  
            **Status:** At risk

            Key results:

            - Connector in beta, 2 of 4 customers

            **2. Grow the community**  
            Owner: Grace  
            Status: On track
            """)
        #expect(file.objectives.map(\.title) == ["Ship the connector", "Grow the community"])
        #expect(file.objectives.map(\.metadata.owners) == [["Ada"], ["Grace"]])
        #expect(file.objectives.map(\.metadata.status) == [.atRisk, .onTrack])
        #expect(file.objectives.map(\.keyResults.count) == [1, 0])
    }

    @Test("`**1\\. Objective: …**` and `**Objective 1: …**`: fields (a custom one among them), prose and hand-numbered key results stay the objective's")
    func labelledBoldWithProseAndCustomField() throws {
        for (first, second) in [("**1\\. Objective: Launch the service**", "**2\\. Objective: Make projects citable**"),
                                ("**Objective 1: Launch the service**", "**Objective 2: Make projects citable**")] {
            let (file, _) = objectives("""
                # Research Software Engineering — Objectives

                **Team:** Research Software Engineering

                \(first)

                **Lead:** Dr. Elena Costa

                **Funding line:** Central

                **Status:** On track

                We will offer time at a day rate that can be written into grant applications.

                **Key results**

                1\\. Day rate approved by Finance

                2\\. RSE pool from 7 FTE to 9 FTE, now 8 FTE

                \(second)

                **Lead:** Wei Zhang

                **Status:** At risk

                **Key results**

                1\\. Supported projects with CI tests: 11 of 22

                2\\. Supported projects with a CITATION.cff: 55%
                """)
            #expect(file.objectives.map(\.title) == ["Launch the service", "Make projects citable"], "\(first)")
            let launch = try #require(file.objectives.first)
            #expect(launch.metadata.status == .onTrack)
            #expect(launch.metadata.custom.map(\.key) == ["Funding line"])
            #expect(launch.keyResults.count == 2)
            #expect(launch.body.contains("day rate"), "the prose under the fields is the objective's text")
            #expect(file.objectives.last?.keyResults.count == 2)
            #expect(!file.intro.contains("day rate") && !file.intro.contains("On track"))
        }
    }

    @Test("a numbered bold paragraph with no fields or key results after it is a section of prose, not an objective")
    func numberedBoldProseStaysProse() throws {
        let (file, _) = objectives("""
            # Ship the connector

            **1. Background**

            Customers asked for it.

            **2. Approach**

            We build it in two steps.
            """)
        #expect(file.objectives.map(\.title) == ["Ship the connector"])
    }

    @Test("a status symbol ending an objective heading is its status and leaves its title")
    func trailingStatusMark() throws {
        let (file, _) = objectives("""
            # User Support

            ## Hit the 3-day resolution target 🟢

            - Owner: Marcus Lee

            ## Launch docs.rcds (one documentation site) 🟡

            - Owner: Aisha Bello
            - Status: done

            ## Ship the mobile app 🚀

            Text.
            """)
        #expect(file.objectives.map(\.title) == ["Hit the 3-day resolution target", "Launch docs.rcds (one documentation site)", "Ship the mobile app 🚀"])
        #expect(file.objectives.map(\.metadata.status) == [.onTrack, .done, nil], "a written Status wins over the mark")
    }

    @Test("`1. Objective: Launch` is numbered and labelled: both are left out of the title")
    func numberedLabel() {
        #expect(TitleLabel.parse("1. Objective: Launch the service").title == "Launch the service")
        #expect(TitleLabel.parse("1. CEO: IACV").title == "IACV")
    }

    @Test("the quarter page's introduction leaves out the lines the file's team and period were read from, and shows a paragraph of fields as fields")
    func introductionFields() {
        let (file, _) = objectives("""
            # Mobile App OKRs Q4 2026

            Owner: Priya Raman
            Quarter: Q4 2026
            Status: In progress
            Tags: Mobile, OKR, 2026

            Team: Firmware
            Mid-quarter check-in Nov 12. Scores are current, not final.

            ## Guided setup ships

            Text.
            """)
        let kinds = file.introBlocks.map(\.kind)
        guard kinds.count == 2, case .fields(let fields) = kinds[0], case .paragraph(let prose) = kinds[1] else {
            Issue.record("expected a fields block and a paragraph, got \(kinds)")
            return
        }
        #expect(fields.map(\.key) == ["Owner", "Status", "Tags"])
        #expect(prose.plainText.trimmed == "Mid-quarter check-in Nov 12. Scores are current, not final.")
        #expect(file.team == "Firmware")
    }
}
