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

    // MARK: A period's OKRs with the organization's name beside it

    @Test("'## 2017 OKRs WEVOLVER' over H3 objectives is the 2017 period, and a later '## Q2 OKRs WEVOLVER' is 2017-Q2")
    func periodBesideName() throws {
        let (file, diagnostics) = objectives("""
            # OKRs

            ## 2017 OKRs WEVOLVER
            *What are OKRs? Read more elsewhere.*

            ### Build team + culture
            - hire 2 software developers
            - write the handbook

            ### Be profitable
            - reach 15,000 a month

            ---

            ## Q2 OKRs WEVOLVER
            ### Build team + culture
            - hire 1 full stack developer
            """, path: "objectives/OKRs.md")
        #expect(file.objectives.map(\.title) == ["Build team + culture", "Be profitable", "Build team + culture"])
        #expect(file.objectives.map { $0.quarter?.description } == ["2017", "2017", "2017-Q2"])
        #expect(!diagnostics.contains { $0.code == .noQuarter })
    }

    @Test("counter-case: a heading with a period and a name but no OKR word, over H3s, is still one objective with initiatives")
    func namedHeadingWithoutOKRWordStays() throws {
        let (file, _) = objectives("""
            ## Launch 2025
            The public launch.

            ### Press kit
            Ready a week before.

            ### Partners
            Three partners on stage.
            """, path: "objectives/2025-Q3.md")
        #expect(file.objectives.map(\.title) == ["Launch 2025"])
        #expect(file.objectives.first?.initiatives.map(\.title) == ["Press kit", "Partners"])
    }

    // MARK: A fiscal year written alone

    @Test("'# OCTO FY26 goals supported' plans fiscal year 2026 when the workspace sets its start, and says so when it does not")
    func fiscalYearTitle() throws {
        let markdown = """
            # OCTO FY26 goals supported

            ### Objective 1:  Optimize software delivery for Veteran impact.

            - **Key Result 1.1:** All C100 products have a documented Product Vision.
            """
        var config = WorkspaceConfig()
        config.fiscalYearStart = 10
        let (file, diagnostics) = ObjectivesParser(config: config).parse(read(markdown, path: "objectives/OCTO FY26 goals supported.md"))
        #expect(file.quarter?.description == "FY2026")
        #expect(file.quarter?.start.year == 2025 && file.quarter?.start.month == 10)
        #expect(!diagnostics.contains { $0.severity == .error })
        let (unset, warned) = objectives(markdown, path: "objectives/OCTO FY26 goals supported.md")
        #expect(unset.quarter == nil)
        #expect(warned.map(\.code) .contains(.fiscalPeriod))
        #expect(!warned.contains { $0.code == .noQuarter })
    }

    @Test("counter-case: fiscal quarters read as before, a fiscal range 'FY24-25' and words after FY are no fiscal year")
    func fiscalYearCounterCases() {
        #expect(Quarter.find(in: "FY24-Q1", fiscalStart: 2)?.description == "FY2024-Q1")
        #expect(Quarter.find(in: "FY2026", fiscalStart: 10)?.description == "FY2026")
        #expect(Quarter.find(in: "Budget FY24-25", fiscalStart: 10) == nil)
        #expect(Quarter.find(in: "FY26x plan", fiscalStart: 10) == nil)
        #expect(Quarter.find(in: "FY26", fiscalStart: nil) == nil)
        #expect(Quarter.fiscalMention(in: "OCTO FY26 goals") == "FY26")
    }

    // MARK: Numbers in names are not counts

    @Test("'100% of C-100 systems have delivered …' states a target: C-100 is a name, not 100 delivered")
    func numberInName() {
        let reading = ProgressReader.read(
            "100% of C-100 systems have delivered at least one release that directly addresses a documented user pain point.", checked: nil)
        #expect(reading.progress == nil)
        #expect(reading.unread != nil)
        // Counter-case: a count marked as done is still read.
        #expect(ProgressReader.read("Onboard 12 clinics; 5 done so far", checked: nil).progress.map { ($0 * 100).rounded() } == 42)
        #expect(ProgressReader.read("Fix COVID-19 forms: 3 of 4 shipped", checked: nil).progress == 0.75)
    }

    @Test("'an NPS score of 30 or higher' is a target, not an unreadable score; 'score 0.6' and 'score: 7' read as before")
    func scoreAsMeasure() {
        let target = ProgressReader.read("Deliver 10 trainings that achieve an NPS score of 30 or higher.", checked: nil)
        #expect(target.problem == nil)
        #expect(target.unread != nil)
        #expect(ProgressReader.read("Ship the guide, score 0.6", checked: nil).progress == 0.6)
        #expect(ProgressReader.read("Ship the guide, score: 7", checked: nil).problem != nil)
    }

    // MARK: What a priority rests on is not a part of it

    @Test("'#### Assumptions' under a strategy's '### Development Strategy' is its text, not a sub-priority; other H4s still are")
    func assumptionsUnderPriority() throws {
        let strategy = try #require(StrategyParser().parse(read("""
            # WHAT
            ## STRATEGY
            ### Product Vision
            - Provide a central repository for hardware projects.
            - Enable public and private projects.

            ### Development Strategy
            First build a great repository (get problem/solution fit).

            #### Assumptions
            - One solution fits whole multidisciplinary teams.

            #### Future Technology Ideas
            - Leveraging AI to support people while they engineer.
            """, path: "strategy.md")).strategy)
        let development = try #require(strategy.priorities.first { $0.title == "Development Strategy" })
        #expect(strategy.priorities.filter { $0.parent == development.id }.map(\.title) == ["Future Technology Ideas"])
        #expect(development.body.contains("One solution fits whole multidisciplinary teams."))
        #expect(strategy.priorities.filter { $0.parent == "product-vision" }.count == 2)
    }

    @Test("a closing '# Notes' with its own text is a section of the strategy, not the last priority's text; '# HOW' over H2s is not one")
    func closingNotes() throws {
        let strategy = try #require(StrategyParser().parse(read("""
            # WHY
            ## MISSION
            Enable anyone, anywhere to develop hardware.

            # HOW
            ## APPROACH
            Decentralized collaboration on hardware projects.

            # WHAT
            ## STRATEGY
            ### Product Vision
            - Provide a central repository.

            ### Development Strategy
            #### Future Technology Ideas
            - Leveraging AI to support engineering.

            # Notes
            *(expressed for example by K. Kelly, What Technology Wants, 2011).
            """, path: "strategy.md")).strategy)
        #expect(strategy.sections.map(\.title) == ["MISSION", "APPROACH", "Notes"])
        #expect(strategy.sections.last?.body.contains("K. Kelly") == true)
        #expect(!strategy.priorities.contains { $0.body.contains("K. Kelly") })
        #expect(strategy.priorities.filter { $0.parent == nil }.map(\.title) == ["Product Vision", "Development Strategy"])
        #expect(strategy.sections.first { $0.title == "APPROACH" }?.body.contains("Decentralized collaboration") == true)
    }

    // MARK: A named roadmap bullet whose description is a sentence

    @Test("'- Service Mesh Integration: While we have …' is titled by its name, as its lower-case siblings are")
    func capitalizedNameBeforeSentence() throws {
        let (roadmap, _) = RoadmapParser().parse(read("""
            Roadmap
            =======

            ### Integration with other projects

            - Service Mesh Integration: While we have
            good Istio integration, expand to other projects such as
            Linkerd, cilium

            ### Adoption of upstream APIs

            - Kubernetes APIs: keep up to date with Kubernetes API changes
            - Note: This list is reviewed every release cycle by maintainers.
            - Q3 2026: Ship the gateway support to all users
            - Trust Anchor Sets
            """, path: "roadmaps/roadmap.md"))
        let titles = roadmap.items.map(\.title)
        #expect(titles.first == "Service Mesh Integration")
        // Counter-cases: one capitalized word ("Note") or a period before the colon is no name.
        #expect(titles.contains("Kubernetes APIs"))
        #expect(!titles.contains("Note"))
        #expect(!titles.contains("Q3 2026"))
        #expect(titles.contains("Trust Anchor Sets"))
    }
}
