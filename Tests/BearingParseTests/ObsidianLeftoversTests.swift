import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// What an Obsidian vault writes that was still read as its markup: wikilinks in roadmap items' titles and owners, the
/// themes' alternate task boxes, a Kanban board's archive, tags in titles, image embeds and an urgency in a note's
/// properties.
@Suite("Obsidian notes: titles, boxes, archive, tags and properties as Obsidian shows them")
struct ObsidianLeftoversTests: TrialWorkspace {
    let strategy = """
        # Acme Strategy 2027

        ## Priorities

        ### 1. Self-serve growth
        Grow revenue from teams who sign up on their own.

        ### 2. Reliability
        Never lose or double-charge a payment.

        ### 3. Enterprise readiness
        Meet the security needs of companies with 500 seats.
        """

    @Test("a wikilink in a roadmap item's title reads as its words, its id is made from them, and the written id still resolves")
    func wikilinkTitles() throws {
        let plan = load(["roadmaps/platform.md": """
            ---
            tags: [roadmap]
            ---
            # Platform roadmap

            ## Now
            - [[Pricing experiment]] for EU — Owner: [[Priya Shah]]
            - ![[pricing-chart.png]] Pricing page redesign
            - [[Roadmap/Billing v2|Billing v2]]: a new invoice engine

            ### Ship [[SAML SSO|single sign-on]]
            Owner: [[People/Dana Lee|Dana Lee]]

            Needed by the first enterprise customers.

            ### Audit log export
            Depends on: platform/ship-saml-sso-single-sign-on
            """])
        #expect(plan.errors.isEmpty, "\(plan.diagnostics.map { "\($0.location.line): \($0.message)" })")
        let items = try #require(plan.roadmaps.first?.items)
        #expect(items.map(\.title) == ["Pricing experiment for EU", "Pricing page redesign", "Billing v2", "Ship single sign-on", "Audit log export"])
        #expect(items.map(\.metadata.owners) == [["Priya Shah"], [], [], ["Dana Lee"], []])
        #expect(items[3].id == "platform/ship-single-sign-on")
        #expect(items[3].aliases == ["platform/ship-saml-sso-single-sign-on"])
        #expect(items[1].id == "platform/pricing-page-redesign")
        #expect(items[4].resolved.dependsOn == ["platform/ship-single-sign-on"])
    }

    @Test("`— Owner: [[Priya Shah]]` on an objective names Priya Shah, one person with the Priya Shah written elsewhere")
    func wikilinkOwners() throws {
        let plan = load([
            "objectives/2027-Q1.md": "# Q1 2027\n\n## Make payments boringly reliable — Owner: [[Priya Shah]]\n\n- [ ] Payment success rate from 97.1% to 99.5%, now 98.9%\n\n## Grow [[Strategy#1. Self-serve growth|self-serve]] revenue\n\n- [ ] Self-serve ARR from $1.2M to $2M, now $1.5M\n",
            "roadmaps/r.md": "# R\n\n## Now\n\n### Card vault region move\nOwner: Priya Shah\n",
        ])
        let objectives = try #require(plan.objectiveFiles.first?.objectives)
        #expect(objectives.map(\.title) == ["Make payments boringly reliable", "Grow self-serve revenue"])
        #expect(objectives.first?.metadata.owners == ["Priya Shah"])
        #expect(objectives.last?.id.hasSuffix("grow-self-serve-revenue") == true)
        #expect(!plan.codes.contains(.ownerSpellings))
    }

    @Test("the themes' `[>]`, `[<]`, `[!]` and `[?]` boxes are open work; other box characters stay as written")
    func alternateBoxes() throws {
        let plan = load([
            "objectives/2027-Q1/Make payments boringly reliable.md": """
                ---
                quarter: 2027-Q1
                ---
                # Make payments boringly reliable

                ## Key results
                - [x] Retry failed payments automatically
                - [>] Move invoices to the new store
                - [!] Rotate the card-vault keys 📅 2027-03-01
                - [?] Offline receipts for the mobile app
                """,
            "roadmaps/r.md": """
                # Roadmap

                ## Next
                - [>] Move invoices to the new store
                - [<] Dunning emails v2
                - [b] Reading list for the team
                """,
        ])
        let results = try #require(plan.objectiveFiles.first?.objectives.first?.keyResults)
        #expect(results.map(\.text) == ["Retry failed payments automatically", "Move invoices to the new store", "Rotate the card-vault keys", "Offline receipts for the mobile app"])
        #expect(results.map(\.done) == [true, false, false, false])
        let items = try #require(plan.roadmaps.first?.items)
        #expect(items.map(\.title) == ["Move invoices to the new store", "Dunning emails v2", "[b] Reading list for the team"])
        #expect(items.map(\.metadata.status) == [.notStarted, .notStarted, nil])
    }

    static let board = """
        ---

        kanban-plugin: basic

        ---

        ## Backlog

        - [ ] Usage-based pricing @{2027-05-01} #growth
        - [ ] Audit log export #enterprise #team/platform
        - [ ] Fix the crash in the C# SDK (#1234)


        ## Done

        **Complete**
        - [x] New pricing page @{2027-01-20}




        ***

        ## Archive

        - [x] Old invoice PDF layout @{2026-11-02}
        - [x] Stripe webhooks v1 #growth

        %% kanban:settings
        ```
        {"kanban-plugin":"basic","list-collapse":[false,false]}
        ```
        %%
        """

    @Test("a Kanban board's archive (`***` then `## Archive`) is a lane of finished work")
    func kanbanArchive() throws {
        let items = items(Self.board)
        let archived = items.filter { $0.lane == "Archive" }
        #expect(archived.map(\.title) == ["Old invoice PDF layout", "Stripe webhooks v1"])
        #expect(archived.map(\.metadata.status) == [.done, .done])
        #expect(archived.allSatisfy { $0.statusFrom == nil || $0.statusFrom == .lane })
        // Cards archived with their boxes all unticked (a board that shows no checkboxes) are finished work too.
        let unticked = self.items(Self.board.replacingOccurrences(of: "- [x] Old", with: "- [ ] Old").replacingOccurrences(of: "- [x] Stripe", with: "- [ ] Stripe"))
        #expect(unticked.filter { $0.lane == "Archive" }.map(\.metadata.status) == [.done, .done])
        // A roadmap that is no board keeps an "Archive" section as it was.
        let plain = self.items("# Roadmap\n\n## Now\n\n- Ship SSO\n\n***\n\n## Archive\n\n- Old idea\n")
        #expect(plain.first { $0.title == "Old idea" }?.metadata.status == nil)
    }

    @Test("a card's tags leave its title for its Tags field; `#1234` and `C#` are no tags")
    func cardTags() throws {
        let plan = load(["roadmaps/board.md": Self.board, "roadmaps/other.md": "# Other\n\n## Now\n\n### Metering\nDepends on: board/usage-based-pricing-growth\n"])
        #expect(plan.errors.isEmpty, "\(plan.diagnostics.map { "\($0.location.line): \($0.message)" })")
        let items = try #require(plan.roadmaps.first { $0.id == "board" }?.items)
        #expect(items.prefix(3).map(\.title) == ["Usage-based pricing", "Audit log export", "Fix the crash in the C# SDK (#1234)"])
        #expect(items.prefix(3).map { $0.metadata.custom.first { $0.key == "Tags" }?.value } == ["#growth", "#enterprise #team/platform", nil])
        #expect(items[0].metadata.due == "2027-05-01")
        #expect(items[0].id == "board/usage-based-pricing")
        #expect(plan.roadmaps.first { $0.id == "other" }?.items.first?.resolved.dependsOn == ["board/usage-based-pricing"])
    }

    @Test("tags opening or closing an item of an Obsidian note are its tags; in other files a `#channel` stays in the words")
    func noteTags() throws {
        let note = items("""
            ---
            tags: [roadmap]
            ---
            # Platform

            Related: [[Strategy]]

            ## Now
            - Self-serve checkout redesign #growth
            - #team/platform Move the card vault
            - Announce the beta in #releases
            """)
        #expect(note.map(\.title) == ["Self-serve checkout redesign", "Move the card vault", "Announce the beta in"])
        let plain = items("# Platform\n\n## Now\n\n- Announce the beta in #releases\n- PR: [[WIP] Add support](https://example.com/pull/1)\n")
        #expect(plain.first?.title == "Announce the beta in #releases")
    }

    @Test("`priority: 1` in a note's properties is how urgent it is, said in a note; quoted, or as `priorities:`, it names the first priority")
    func urgencyProperty() throws {
        func objective(_ frontMatter: String) -> (Objective?, Plan) {
            let plan = load(["objectives/2027-Q1/Ship SSO.md": "---\nquarter: 2027-Q1\n\(frontMatter)\n---\n# Ship SSO\n\nOwner: [[Priya Shah]]\n\n- [ ] 3 customers on SSO, now 1\n"])
            return (plan.objectiveFiles.first?.objectives.first, plan)
        }
        let (urgent, plan) = objective("priority: 1")
        #expect(urgent?.metadata.priorities.isEmpty == true)
        #expect(urgent?.metadata.custom.first { $0.key == "Importance" }?.value == "1")
        #expect(plan.diagnostics.contains { $0.code == .metadataUnread && $0.severity == .note && $0.location.line == 3 })
        #expect(objective("priority: \"1\"").0?.resolved.priorities == ["self-serve-growth"])
        #expect(objective("priorities: 2").0?.resolved.priorities == ["reliability"])
    }

    @Test("with both Strategy.md and STRATEGY.md the error names both and how to choose")
    func twoCapitalisedStrategies() throws {
        let files = ["Strategy.md": strategy, "STRATEGY.md": strategy, "objectives/2027-Q1.md": "# Q1 2027\n\n## Ship billing v2\n\n- [ ] Invoices sent on day 1\n"]
        let fileSystem = FileSystem.memory(Dictionary(uniqueKeysWithValues: files.map { ("/ws/" + $0.key, $0.value) }))
        let plan = WorkspaceLoader(fileSystem: fileSystem).load(root: "/ws")
        let error = try #require(plan.diagnostics.first { $0.code == .missingStrategy })
        #expect(error.message.contains("STRATEGY.md") && error.message.contains("Strategy.md"), "\(error.message)")
        #expect(error.fix?.contains("paths: { strategy:") == true)
    }
}
