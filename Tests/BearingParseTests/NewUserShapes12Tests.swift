import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// Shapes met on a twelfth round of real files: Countable's OKR handbook page, whose real objectives are
/// `#### Objective: …` headings under "## Process › ### Committed OKRs" below prose sections ("## Scope",
/// "## Examples"); Joystream's archived quarterly OKRs, whose personal objectives sit under "## `Bedeho` (@bedeho)"
/// and name a "Tracking Manager". Each snippet is written here in the real file's shape.
@Suite("New-user shapes, twelfth round")
struct NewUserShapes12Tests {
    func objectives(_ markdown: String, path: String = "objectives/2026-Q2.md") -> (ObjectivesFile, [Diagnostic]) {
        ObjectivesParser().parse(read(markdown, path: path))
    }

    // MARK: Headings labelled "Objective:" are objectives wherever they sit

    @Test("'#### Objective: …' under an aside is read, and the prose sections above it are not objectives")
    func labelledObjectivesUnderProse() throws {
        let (file, diagnostics) = objectives("""
            # Objectives and Key Results

            ## Purpose

            Teams who write their goals down are more likely to meet them.

            ## Scope

            How we use OKRs here. Each team has at least one objective.

            ## Examples (Comment Box)

            Objective: Help more people get comments on their sites.

            Good key results quantify the objective:
              * 50% more traffic on the homepage.
              * 30% more users who get a comment.

            ## Process

            At the start of each month:
              * Each team picks its top objective.
              * It should be ambitious but possible.

            ### How To Make Good Objectives
              * The most valuable wish the team can state.

            ### Committed OKRs

            Some things we never want to change: these are committed.

            #### Objective: Availability
            Our apps should never lose core functions for more than a few minutes.

              * Key Result: Test core workflows end to end each release.
              * Key Result: Fix or roll back a failing build within an hour.

            #### Objective: Responsiveness to Clients
            Clients see us as responsive.

              * Key Result: No inquiry waits more than a business day.
              * Key Result: No regression stays in production more than a business day.
            """)
        #expect(file.objectives.map(\.title) == ["Availability", "Responsiveness to Clients"])
        #expect(file.objectives.map(\.keyResults.count) == [2, 2])
        #expect(!diagnostics.contains { $0.code == .skippedSection })
    }

    @Test("a plain heading that groups labelled objectives is their group, not an objective holding them")
    func groupOverLabelledObjectives() throws {
        let (file, _) = objectives("""
            # Department OKRs

            ## Marketing
            #### Objective: Grow the newsletter
            - KR: 2,000 subscribers

            ## Support
            #### Objective: Answer faster
            - KR: first reply within 4 hours
            """)
        #expect(file.objectives.map(\.title) == ["Grow the newsletter", "Answer faster"])
    }

    @Test("counter-case: an unlabelled heading beside labelled ones at their level is still an objective")
    func unlabelledSiblingStays() throws {
        let (file, _) = objectives("""
            ## Objective 1: Grow the forum
            - [ ] 500 weekly posts

            ## Objective 2 – Ship the API
            - [x] Partners live

            ## Hiring
            - [ ] Two engineers joined
            """)
        #expect(file.objectives.map(\.title) == ["Grow the forum", "Ship the API", "Hiring"])
    }

    @Test("counter-case: with no labelled heading, a prose H2 such as 'Scope' is still an objective, and 'Process' an aside")
    func noLabelNoChange() throws {
        let (file, _) = objectives("""
            ## Scope
            Widen the scope of the public API to cover billing.

            ## Process
            - We meet monthly.
            """)
        #expect(file.objectives.map(\.title) == ["Scope"])
    }

    // MARK: Personal objectives belong to the person they are filed under

    @Test("objectives under '## `Bedeho` (@bedeho)' are that person's, whoever the tracking manager is")
    func personHeadingOwns() throws {
        let (file, _) = objectives("""
            # Quarterly OKRs

            ## Objective: `Expand the team`
            - **Tracking Manager:** Martin
            - **Key Results:**
              1. `Add 3 developers`

            # Personal OKRs

            ## `Bedeho` (@bedeho)

            ### Objective: `Make the project easier to understand`
            - **Tracked**: Weekly
            - **Key Results**:
              1. `Publish a whitepaper draft`
            """, path: "objectives/2019-Q1.md")
        #expect(file.objectives.map(\.metadata.owners) == [["Martin"], ["Bedeho"]])
        #expect(file.objectives.map(\.metadata.team) == [nil, nil])
    }

    @Test("a person label at the objectives' own level names the owner of those after it, over a tracking manager")
    func personLabelOwns() throws {
        let (file, _) = objectives("""
            # Personal OKRs

            ## `Bedeho` (@bedeho)

            ## Objective: `Improve technical productivity`
            - **Tracking Manager:** Martin
            - **Key Results:** Bedeho
              1. `Write the forum module`

            ## `Martin` (@bwhm)

            ## Objective: `Improve value as release manager`
            - **Tracking Manager:** Bedeho
            - **Key Results:** Martin
              1. `Finish the book`
            """, path: "objectives/2019-Q2.md")
        #expect(file.objectives.map(\.metadata.owners) == [["Bedeho"], ["Martin"]])
    }

    @Test("counter-case: an owner the objective names itself stays, and a team heading still gives a team")
    func declaredOwnerStays() throws {
        let (file, _) = objectives("""
            ## Ada (@ada)

            ### Objective: Faster builds
            - **Owner:** Grace
            - [ ] Builds under 5 minutes

            ## Platform team

            ### Objective: Fewer incidents
            - **Tracking Manager:** Martin
            - [ ] One incident a month
            """)
        #expect(file.objectives.map(\.metadata.owners) == [["Grace"], ["Martin"]])
        #expect(file.objectives.map(\.metadata.team) == [nil, "Platform"])
    }
}
