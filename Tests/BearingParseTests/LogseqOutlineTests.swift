import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// Plans kept in Logseq: every line a bullet, headings as bullets, properties as `key:: value` under their block.
@Suite("Logseq outlines read as the headings, fields and tasks they show")
struct LogseqOutlineTests: TrialWorkspace {
    let strategy = """
        # Strategy

        ## Priorities

        1. **Self-serve growth**: sign up and see value in a day.
        2. **Enterprise reliability**: dashboards load fast and never lose data.
        """

    static let okrs = """
        title:: OKRs 2027 Q1
        quarter:: [[2027 Q1]]

        - # Make self-serve signup work in a day
          owner:: [[Dana Whitfield]]
          priority:: [[Self-serve growth]]
          collapsed:: true
        \t- KR: Time to first dashboard from 9 days to 1 day, now 4 days
        \t- KR: Three shop connectors live: 2/3
        \t  owner:: [[Marco Silva]]
        \t- DONE Launch the pricing page
        - # Dashboards load in under a second
          owner:: [[Sam Okafor]]
          priority:: [[Enterprise reliability]]
        \t- KR: p95 dashboard load from 3.2 s to 1 s, now 2.1 s
        \t- TODO Data-loss incidents at 0
        """

    @Test("heading bullets are objectives, their properties fields, their bullets key results")
    func objectives() throws {
        let plan = load(["objectives/okrs.md": Self.okrs])
        #expect(plan.errors.isEmpty, "\(plan.diagnostics.map { "\($0.location.line): \($0.message)" })")
        let objectives = plan.objectiveFiles.flatMap(\.objectives)
        #expect(objectives.map(\.title) == ["Make self-serve signup work in a day", "Dashboards load in under a second"])
        #expect(objectives.map(\.quarter) == [Quarter(year: 2027, number: 1), Quarter(year: 2027, number: 1)])
        #expect(objectives.map(\.metadata.owners) == [["Dana Whitfield"], ["Sam Okafor"]])
        #expect(objectives.map(\.resolved.priorities) == [["self-serve-growth"], ["enterprise-reliability"]])
        let first = try #require(objectives.first)
        #expect(first.keyResults.map(\.text) == ["Time to first dashboard from 9 days to 1 day, now 4 days", "Three shop connectors live: 2/3",
                                                 "Launch the pricing page"])
        #expect(first.keyResults.map(\.done) == [false, false, true])
        #expect(first.keyResults[1].owners == ["Marco Silva"])
        #expect(first.keyResults.first?.location.line == 8)
    }

    @Test("a roadmap outline's heading bullets are lanes and its tasks items with their status, owner and due date")
    func roadmap() throws {
        let items = items("""
            title:: Roadmap 2027

            - ## Now
            \t- DOING Guided onboarding checklist
            \t  team:: Growth
            \t  owner:: [[Dana Whitfield]]
            \t  DEADLINE: <2027-03-20 Sat>
            \t- DONE Query cache for large accounts
            - ## Next
            \t- LATER Usage-based billing
            \t  owner:: [[Priya Raman]]
            \t- CANCELED SSO for enterprise accounts
            """)
        #expect(items.map(\.title) == ["Guided onboarding checklist", "Query cache for large accounts", "Usage-based billing",
                                       "SSO for enterprise accounts"], "\(items)")
        #expect(items.map(\.lane) == ["Now", "Now", "Next", "Next"])
        #expect(items.map(\.metadata.status) == [.onTrack, .done, .notStarted, .dropped])
        #expect(items.map(\.metadata.owners) == [["Dana Whitfield"], [], ["Priya Raman"], []])
        #expect(items.first?.metadata.team == "Growth")
        #expect(items.first?.metadata.due == "2027-03-20")
    }

    @Test("a Markdown list with headings of its own, or without anything of Logseq's, is left as written")
    func plainMarkdownStays() {
        let plain = ["- Ship the connector", "- Launch pricing"]
        #expect(!LogseqOutline.isOutline(plain.map { Substring($0) }))
        let headed = ["## Now", "", "- DOING Ship the connector", "- Launch pricing"]
        #expect(!LogseqOutline.isOutline(headed.map { Substring($0) }))
        let obsidian = ["Priority:: Growth", "", "Some prose about the plan that goes on.", "", "More prose.", "- one", "- two"]
        #expect(!LogseqOutline.isOutline(obsidian.map { Substring($0) }))
    }
}
