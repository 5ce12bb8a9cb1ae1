import BearingModel
@testable import BearingParse
import Testing

/// Session 34's review of the reading rules from left34 and trial34: shapes of other organizations' files that the new
/// rules misread.
struct Review34bTests: TrialWorkspace {
    let strategy = """
        # Strategy

        ## Priorities

        ### Grow revenue

        Win more paying customers and expand accounts.

        ### Reliable platform

        Keep the service up and fast.

        ### Developer experience

        Make the product a joy to build on.
        """

    @Test("team lanes under a title, each opening with its owner over a list of work, stay lanes of their items")
    func fieldedLanesOverLists() throws {
        let items = items("""
            # Acme Roadmap 2026

            ## Platform
            **Owner:** @alice
            **Status:** On track

            - Migrate to Postgres 16
            - Cut build times in half
            - Retire the legacy queue

            ## Mobile
            **Owner:** @bob

            - Offline mode
            - Push notifications

            ## Web
            **Owner:** @carol

            - New dashboard
            - Dark mode
            """)
        #expect(items.map(\.title) == ["Migrate to Postgres 16", "Cut build times in half", "Retire the legacy queue",
                                       "Offline mode", "Push notifications", "New dashboard", "Dark mode"], "\(items.map(\.title))")
        #expect(Set(items.map(\.lane)) == ["Platform", "Mobile", "Web"], "\(items.map(\.lane))")
    }

    @Test("`Priority: P1` on two objectives, `P2` on two, `P3` on one: the strategy's priorities by position, as documented")
    func objectivesSharingPositions() throws {
        let plan = load(["objectives/2026-Q1.md": """
            # Q1 2026 OKRs

            ## Objective: Win 20 new enterprise customers
            Priority: P1
            Owner: @dana

            - KR: Sign 20 contracts

            ## Objective: Expand existing accounts
            Priority: P1
            Owner: @eli

            - KR: Net revenue retention 115%

            ## Objective: Cut incidents in half
            Priority: P2
            Owner: @fay

            - KR: Sev1 incidents from 8 to 4

            ## Objective: Faster API
            Priority: P2
            Owner: @gus

            - KR: p95 latency under 200 ms

            ## Objective: Ship a public SDK
            Priority: P3
            Owner: @hal

            - KR: SDK 1.0 released
            """])
        let objectives = plan.objectiveFiles.flatMap(\.objectives)
        #expect(objectives.map(\.resolved.priorities) == [["grow-revenue"], ["grow-revenue"], ["reliable-platform"], ["reliable-platform"],
                                                           ["developer-experience"]], "\(objectives.map(\.resolved.priorities))")
        #expect(objectives.allSatisfy { objective in !objective.metadata.custom.contains { $0.key == "Rank" } })
    }

    @Test("`[Carried Over]`, `[BAU]`, `[Health]` before a key result say where it comes from, not who owns it")
    func provenanceTagsAreNoTeam() throws {
        let plan = load(["objectives/2026-Q1.md": """
            # Q1 2026 OKRs

            ## Objective: Make the platform reliable
            Owner: @fay

            - KR: [Carried Over] Cut Sev1 incidents from 8 to 4
            - KR: [BAU] Rotate on-call weekly
            - KR: [Health] Error budget burn below 1x
            - KR: [Legal] Sign DPA with vendors
            """])
        let results = try #require(plan.objectiveFiles.first?.objectives.first?.keyResults)
        #expect(results.map(\.owners) == [[], [], [], ["Legal"]], "\(results.map(\.owners))")
        #expect(results.map(\.text).first == "[Carried Over] Cut Sev1 incidents from 8 to 4", "\(results.map(\.text))")
    }
}

/// Headings that sort objectives by kind rather than by area name no team.
struct Review34bCategoryTests: TrialWorkspace {
    let strategy = "# Strategy\n\n## Priorities\n\n### Grow revenue\n\nSell more.\n"

    @Test("`## Carry Over` and `## Top Priorities` over objectives with owners and key results group them and name no team")
    func categoryHeadingsAreNoTeam() throws {
        let plan = load(["objectives/2026-Q1.md": """
            # Q1 2026 OKRs

            ## Carry Over

            ### Finish the billing migration
            Owner: @ana

            - KR: 100% of invoices on the new ledger

            ### Close the SOC 2 gaps
            Owner: @ben

            - KR: 0 open audit findings

            ## Top Priorities

            ### Launch the partner program
            Owner: @cy

            - KR: 10 partners signed

            ### Win 20 enterprise customers
            Owner: @dee

            - KR: 20 contracts signed

            ## Product

            ### Ship self-serve onboarding
            Owner: @eve

            - KR: 60% of signups activated
            """])
        let objectives = plan.objectiveFiles.flatMap(\.objectives)
        #expect(objectives.map(\.title) == ["Finish the billing migration", "Close the SOC 2 gaps", "Launch the partner program",
                                            "Win 20 enterprise customers", "Ship self-serve onboarding"], "\(objectives.map(\.title))")
        #expect(objectives.map(\.metadata.team) == [nil, nil, nil, nil, "Product"], "\(objectives.map(\.metadata.team))")
        #expect(objectives.map(\.group) == ["Carry Over", "Carry Over", "Top Priorities", "Top Priorities", "Product"],
                "\(objectives.map(\.group))")
    }
}

/// A table of contents at the top of an OKR page is no summary outline whose headings are only details.
struct Review34bContentsTests: TrialWorkspace {
    let strategy = "# Strategy\n\n## Priorities\n\n### Grow revenue\n\nSell more.\n\n### Reliable platform\n\nStay up.\n"

    @Test("an Overview linking to each objective and key result heading keeps every objective with its owner and steps")
    func contentsKeepObjectives() throws {
        let plan = load(["objectives/2026-Q1.md": """
            # Q1 2026 OKRs

            ## Overview

            * [Win 20 new enterprise customers](#win-20-new-enterprise-customers)
              * [Sign 20 contracts](#sign-20-contracts)
              * [Pipeline of 60 qualified leads](#pipeline-of-60-qualified-leads)
            * [Cut incidents in half](#cut-incidents-in-half)
              * [Sev1 incidents from 8 to 4](#sev1-incidents-from-8-to-4)

            ## Win 20 new enterprise customers

            Owner: @dana
            Status: on track

            ### Sign 20 contracts
            Owner: @dana

            ### Pipeline of 60 qualified leads
            Owner: @eli

            ## Cut incidents in half

            Owner: @fay

            ### Sev1 incidents from 8 to 4
            Owner: @fay
            """])
        let objectives = plan.objectiveFiles.flatMap(\.objectives)
        #expect(objectives.map(\.title) == ["Win 20 new enterprise customers", "Cut incidents in half"], "\(objectives.map(\.title))")
        #expect(objectives.first?.metadata.owners == ["dana"], "\(objectives.map(\.metadata.owners))")
    }
}
