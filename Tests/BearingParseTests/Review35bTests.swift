import BearingModel
@testable import BearingParse
import Testing

/// Shapes of other organizations' files where session 35's rules misfired (review35b): a `<details>` block of notes
/// inside a roadmap item, sibling `### Team: …` / `### Status: …` section titles, a person tag after "with help from",
/// a lane's table of people.
@Suite("Review 35b: session 35's rules on other shapes")
struct Review35bTests: TrialWorkspace {
    let strategy = "## Our priorities\n\n### Faster search\n\nSearch is fast.\n"

    @Test("a `<details>` block after a roadmap item's own words folds its notes: the item stays an item")
    func detailsAfterItemWords() throws {
        let items = items("""
            # Roadmap

            ## Now

            ### Faster search

            We index incrementally so results appear within a second.

            <details>
            <summary>Design notes</summary>

            We evaluated three engines.
            </details>

            ### Offline mode

            Pages work without a network.

            <details>
            <summary>Open questions</summary>

            - How big can the cache get?
            - What about conflicts?
            </details>

            ## Next

            ### Billing v2

            Usage-based plans.
            """)
        // Read as sections, "Design notes" was an item and "Faster search" its group.
        #expect(items.map(\.title) == ["Faster search", "Offline mode", "Billing v2"], "\(items.map(\.title))")
        #expect(items.map(\.group) == [nil, nil, nil])
    }

    @Test("`<details>` blocks under a group's introduction ending with a colon are still its sections; after other words they are not")
    func detailsAfterIntroduction() throws {
        func headings(_ text: String) -> [String] {
            read(text, path: "objectives/content.md").blocks.compactMap { block -> String? in
                if case .heading(let level, let content, _) = block.kind { "\(level) \(content.plainText)" } else { nil }
            }
        }
        let blocks = """
            <details>
            <summary>2x-ing product comparisons</summary>

            **Owner:** Natalia Amorim

            </details>

            <details>
            <summary>Better high-level messaging</summary>

            **Owner:** Ian Vanagas

            </details>
            """
        #expect(headings("## Editorial\n\nOur editorial objectives this quarter:\n\n" + blocks)
                == ["2 Editorial", "3 2x-ing product comparisons", "3 Better high-level messaging"])
        #expect(headings("## Editorial\n\n" + blocks) == ["2 Editorial", "3 2x-ing product comparisons", "3 Better high-level messaging"])
        #expect(headings("## Editorial\n\nWe write the blog and the newsletter.\n\n" + blocks) == ["2 Editorial"])
    }

    @Test("sibling headings of one key (`### Team: Platform`, `### Team: Growth`) title sections: each stays an item")
    func siblingFieldHeadings() throws {
        let items = items("""
            # Roadmap

            ## Q1 2027

            ### Team: Platform

            We will move the build farm to ARM and cut CI time by half.

            ### Team: Growth

            We will redesign onboarding and add usage-based pricing.

            ## Q2 2027

            ### Status: Shipped

            The new editor went out to every customer in April.

            ### Status: Next up

            Collaborative comments and mentions.

            ### Smarter alerts

            Alerts grouped by incident.
            """)
        #expect(items.map(\.title) == ["Team: Platform", "Team: Growth", "Status: Shipped", "Status: Next up", "Smarter alerts"],
                "\(items.map(\.title))")
        // The lane took no status from a sibling heading, so the last item has none either.
        #expect(items.last?.metadata.status == nil)
    }

    @Test("a person tag after 'with help from' closing a bold title stays in its words; one after the title names its owner")
    func personTagInSentence() throws {
        let plan = load(["objectives/team.mdx": """
            ---
            quarter: 2027-Q1
            ---

            **Objective 1: Ship the new SDKs with help from <TeamMember name="Ana Lopez" />**  
            Motivation: Customers ask for Go.

            * Release Python and Go SDKs

            **Objective 2: Make ingestion reliable <TeamMember name="Rory Shanks" />**  
            Motivation: Data loss hurts trust.

            * Zero data loss incidents
            """])
        #expect(plan.objectives.map(\.title) == ["Ship the new SDKs with help from Ana Lopez", "Make ingestion reliable"],
                "\(plan.objectives.map(\.title))")
        #expect(plan.objectives.map(\.metadata.owners) == [[], ["Rory Shanks"]])
    }

    @Test("a lane's table of people or contacts is no unread work")
    func peopleTables() throws {
        let plan = load(["roadmaps/roadmap.md": """
            # Roadmap 2027

            ## Q1 2027

            - Faster search

            ## Team

            | Name | Role |
            | --- | --- |
            | Dana | Lead |

            ## Contacts

            | Area | Contact |
            | --- | --- |
            | Search | @dana |

            ## Q2 2027

            | Area | Change | Status |
            | --- | --- | --- |
            | Search | Typo tolerance | Planned |
            """])
        // Only the table of work (`| Area | Change | Status |`) is warned about.
        #expect(plan.diagnostics.filter { $0.code == .unreadRoadmapItems }.map(\.location.line) == [21], "\(plan.diagnostics)")
    }
}
