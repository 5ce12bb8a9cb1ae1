import BearingModel
@testable import BearingParse
import Testing

/// PostHog's billing page: `### Pato` over Pato's goals. A first name is the owner when bearing.yml's `people:` names them.
struct Leftovers36PeopleTests: TrialWorkspace {
    let strategy = "## Our priorities\n\n### Grow revenue\n\nCustomers pay more.\n"

    private let billing = """
        ## Q2 2025 Objectives

        ### Pato

        - Pricing changes
            - API queries (new)
            - Error tracking (new)
        - IWA and revenue reporting solution

        ### Zach

        - RBAC - finish rollout + Enterprise add-on
        - Evaluate Orb

        ### Mine
        - Standardized reporting on lifecycle stages (churn, contraction, new revenue, expansion)
        """

    @Test("with `people:` listing them, each person heading's bullets are objectives the person owns")
    func firstNamesFromPeople() throws {
        let plan = load(["objectives/billing.mdx": billing,
                         "bearing.yml": "people:\n  Pato Molina: [pato]\n  Zach Waterfield: []\n  Mine Kansu: []\n"])
        let objectives = plan.objectiveFiles.flatMap(\.objectives)
        #expect(objectives.map(\.title) == ["Pricing changes", "IWA and revenue reporting solution", "RBAC - finish rollout + Enterprise add-on",
                                            "Evaluate Orb", "Standardized reporting on lifecycle stages (churn, contraction, new revenue, expansion)"])
        #expect(objectives.map(\.metadata.owners) == [["Pato Molina"], ["Pato Molina"], ["Zach Waterfield"], ["Zach Waterfield"], ["Mine Kansu"]])
        #expect(objectives.allSatisfy { $0.quarter?.description == "2025-Q2" })
    }

    @Test("without `people:`, one-word headings are not taken for people (a team called Gitaly reads as before)")
    func noPeopleNoGuess() throws {
        let plan = load(["objectives/billing.mdx": billing])
        #expect(plan.objectiveFiles.flatMap(\.objectives).map(\.title) == ["Pato", "Zach", "Mine"])
    }

    @Test("a first name two listed people share names neither")
    func sharedFirstName() throws {
        #expect(HeadingRole.configuredPerson("Sam", people: [Person(name: "Sam Kaur", spellings: []), Person(name: "Sam Lee", spellings: [])]) == nil)
        #expect(HeadingRole.configuredPerson("Sam Lee", people: [Person(name: "Sam Kaur", spellings: []), Person(name: "Sam Lee", spellings: [])]) == "Sam Lee")
    }
}

/// PostHog's exec page: `## What we're working on` over `- **Charles:** Sales playbook, …`.
struct Leftovers36PeopleWorkTests: TrialWorkspace {
    let strategy = "## Our priorities\n\n### Grow revenue\n\nCustomers pay more.\n"

    @Test("each person's work under an aside heading is said at the section, not left without a word")
    func peoplesWorkSaid() throws {
        let plan = load(["objectives/exec.mdx": """
            ## Q2 2025 goals

            - Hire aggressively so we can look after existing products/customers whilst starting new products
            - Reduce churn for all types of customers

            ## What we're working on

            - **Charles:** Sales playbook, customer success, and support
            - **James:** Marketing and AI-first products and features
            - **Tim:** Platform teams (infra, ingestion, devex) and new products
            """])
        #expect(plan.objectiveFiles.flatMap(\.objectives).count == 2)
        let said = plan.diagnostics.filter { $0.code == .skippedSection }
        #expect(said.map(\.location.line) == [6], "\(plan.diagnostics)")
        #expect(said.first?.message.contains("3 people's work, each led by their name (`Charles:`)") == true, "\(said)")
    }

    @Test("OpenSSF's report: bold topic labels under `## Overview` are no one's work")
    func topicLabels() throws {
        let plan = load(["objectives/2025-Q2.md": """
            ## Overview

            * **Alpha-Omega Roundtable**: We held a roundtable for partners at the Open Source Summit
            * **AI Library Reviews**: The security audit of 25 AI libraries has wrapped up
            * **Engagement**: We expanded our engagement with Node.js

            ## Ship the API

            Text.
            """])
        #expect(!plan.diagnostics.contains { $0.message.contains("people's work") }, "\(plan.diagnostics)")
    }

    @Test("a FAQ of bold questions, or bold labels that are fields, is no one's work")
    func notPeople() throws {
        let plan = load(["objectives/2025-Q2.md": """
            ## Ship the API

            Text.

            ## FAQ

            - **Why now?** Because.
            - **Owner:** Dana
            """])
        #expect(!plan.codes.contains(.skippedSection), "\(plan.diagnostics)")
    }
}
