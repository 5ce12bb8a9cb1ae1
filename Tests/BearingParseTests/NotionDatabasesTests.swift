import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// Notion's OKR workspaces: an Objectives database and a Key Results database related to each other, exported as
/// Markdown (one page a file, named with its page id, in a folder named after its database).
@Suite("Notion's related objectives and key results databases")
struct NotionDatabasesTests: TrialWorkspace {
    let strategy = """
        # Strategy

        ## Priorities

        1. **Self-serve growth**: sign up and see value in a day.
        2. **Enterprise reliability**: dashboards load fast and never lose data.
        """

    static let root = "objectives/OKRs 2027 5e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b"
    static let objectivesFolder = root + "/Objectives 1a2b3c4d5e6f708192a3b4c5d6e7f809"
    static let keyResultsFolder = root + "/Key Results 2b3c4d5e6f708192a3b4c5d6e7f8091a"

    static let signup = """
        # Make self-serve signup work in a day

        Key Results: Time to first dashboard under 1 day (../Key%20Results%202b3c4d5e6f708192a3b4c5d6e7f8091a/Time%20to%20first%20dashboard%20under%201%20day%201b2c3d4e5f60718293a4b5c6d7e8f90a.md), Three shop connectors live (../Key%20Results%202b3c4d5e6f708192a3b4c5d6e7f8091a/Three%20shop%20connectors%20live%202c3d4e5f60718293a4b5c6d7e8f90a1b.md)
        Owner: Dana Whitfield
        Priority: Self-serve growth
        Quarter: Q1 2027
        Status: On track
        """

    static let firstDashboard = """
        # Time to first dashboard under 1 day

        Current Value: 4
        Objective: Make self-serve signup work in a day (../Objectives%201a2b3c4d5e6f708192a3b4c5d6e7f809/Make%20self-serve%20signup%20work%20in%20a%20day%200a1b2c3d4e5f60718293a4b5c6d7e8f9.md)
        Owner: Dana Whitfield
        Start Value: 9
        Status: On track
        Target Value: 1
        """

    static let connectors = """
        # Three shop connectors live

        Current Value: 2
        Objective: Make self-serve signup work in a day (../Objectives%201a2b3c4d5e6f708192a3b4c5d6e7f809/Make%20self-serve%20signup%20work%20in%20a%20day%200a1b2c3d4e5f60718293a4b5c6d7e8f9.md)
        Owner: Marco Silva
        Status: At risk
        Target Value: 3
        """

    static var files: [String: String] {
        [
            objectivesFolder + "/Make self-serve signup work in a day 0a1b2c3d4e5f60718293a4b5c6d7e8f9.md": signup,
            keyResultsFolder + "/Time to first dashboard under 1 day 1b2c3d4e5f60718293a4b5c6d7e8f90a.md": firstDashboard,
            keyResultsFolder + "/Three shop connectors live 2c3d4e5f60718293a4b5c6d7e8f90a1b.md": connectors,
        ]
    }

    @Test("each key result's page is a key result of its objective, with its figures, status and owner")
    func keyResultPages() throws {
        let plan = load(Self.files)
        #expect(plan.errors.isEmpty, "\(plan.diagnostics.map { "\($0.location.line): \($0.message)" })")
        let objectives = plan.objectiveFiles.flatMap(\.objectives)
        #expect(objectives.map(\.title) == ["Make self-serve signup work in a day"])
        let objective = try #require(objectives.first)
        #expect(objective.quarter == Quarter(year: 2027, number: 1))
        #expect(objective.keyResults.map(\.text) == ["Time to first dashboard under 1 day", "Three shop connectors live"])
        #expect(objective.keyResults.map(\.owners) == [["Dana Whitfield"], ["Marco Silva"]])
        #expect(objective.keyResults.map(\.status) == [.onTrack, .atRisk])
        #expect(objective.keyResults.map(\.figures?.target) == ["1", "3"])
        #expect(objective.keyResults.map(\.figures?.current) == ["4", "2"])
        let progress = objective.keyResults.map(\.progress)
        #expect(progress[0].map { abs($0 - 0.625) < 0.001 } == true, "\(progress)")
        #expect(progress[1].map { abs($0 - 2.0 / 3) < 0.001 } == true, "\(progress)")
        // Each key result is where its page is, for its diagnostics and its link.
        #expect(objective.keyResults.first?.location.path == Self.keyResultsFolder + "/Time to first dashboard under 1 day 1b2c3d4e5f60718293a4b5c6d7e8f90a.md")
    }

    @Test("the objective's relation alone names its key results when their pages were not exported")
    func relationAlone() throws {
        let plan = load([Self.objectivesFolder + "/Make self-serve signup work in a day 0a1b2c3d4e5f60718293a4b5c6d7e8f9.md": Self.signup])
        let objective = try #require(plan.objectiveFiles.flatMap(\.objectives).first)
        #expect(objective.keyResults.map(\.text) == ["Time to first dashboard under 1 day", "Three shop connectors live"])
        #expect(objective.keyResults.first?.location.line == 3)
    }

    @Test("a page whose only other property is its quarter still names its key results")
    func relationBesideQuarterOnly() throws {
        let plan = load([Self.objectivesFolder + "/Grow revenue 0a1b2c3d4e5f60718293a4b5c6d7e8f9.md": """
            # Grow revenue

            Key Results: MRR to 60k (../Key%20Results%202b3c4d5e6f708192a3b4c5d6e7f8091a/MRR%20to%2060k%201b2c3d4e5f60718293a4b5c6d7e8f90a.md), Churn under 2% (../Key%20Results%202b3c4d5e6f708192a3b4c5d6e7f8091a/Churn%20under%202%25%202c3d4e5f60718293a4b5c6d7e8f90a1b.md)
            Quarter: Q1 2027
            """])
        let objective = try #require(plan.objectiveFiles.flatMap(\.objectives).first)
        #expect(objective.keyResults.map(\.text) == ["MRR to 60k", "Churn under 2%"])
        #expect(objective.keyResults.first.map { [$0.location.line, $0.location.column] } == [3, 14])
    }

    @Test("a key result's page whose objective is not in the workspace is said, not dropped")
    func orphanPage() throws {
        let plan = load([Self.keyResultsFolder + "/Three shop connectors live 2c3d4e5f60718293a4b5c6d7e8f90a1b.md": Self.connectors])
        #expect(plan.objectiveFiles.flatMap(\.objectives).isEmpty)
        let warning = try #require(plan.diagnostics.first { $0.code == .unresolvedReference })
        #expect(warning.severity == .warning)
        #expect(warning.location.line == 4)
        #expect(!plan.codes.contains(.noQuarter))
    }

    @Test("a relation to another page is read by the page's title, wherever a reference is written")
    func relationReferences() {
        #expect(NotionRelation.pages(in: "Grow revenue (../Objectives%201a2b/Grow%20revenue%200a1b.md)")?.map(\.title) == ["Grow revenue"])
        #expect(NotionRelation.pages(in: "[A](a.md), [B, and C](../b%20c.md)")?.map(\.title) == ["A", "B, and C"])
        #expect(NotionRelation.pages(in: "../Events%202e94ae45e5a748078004f261e2ef5504/A%20Letter%20Delivered%2030c4fe04a118409ea8563041a7a70fb2.md, ../Events%202e94ae45e5a748078004f261e2ef5504/Intro%2030c4fe04a118409ea8563041a7a70fb3.md")?.map(\.title)
                == ["A Letter Delivered", "Intro"])
        #expect(NotionRelation.pages(in: "Ship the editor (see notes)") == nil)
        #expect(NotionRelation.pages(in: "Read docs/plan.md first") == nil)
        // A roadmap item's page related to its objective links to it.
        let plan = load([
            Self.objectivesFolder + "/Make self-serve signup work in a day 0a1b2c3d4e5f60718293a4b5c6d7e8f9.md": Self.signup,
            "roadmaps/roadmap.md": """
                # Roadmap

                ## Now

                ### Guided onboarding checklist

                Objective: Make self-serve signup work in a day (../objectives/OKRs%202027%205e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b/Objectives%201a2b3c4d5e6f708192a3b4c5d6e7f809/Make%20self-serve%20signup%20work%20in%20a%20day%200a1b2c3d4e5f60718293a4b5c6d7e8f9.md)
                """,
        ])
        #expect(!plan.codes.contains(.unresolvedReference), "\(plan.diagnostics.map(\.message))")
        #expect(plan.roadmaps.first?.items.first?.resolved.objectives.count == 1)
    }

    @Test("a page whose title holds brackets or a comma is read by its title: Notion leaves them as they are in the path")
    func titlesWithBracketsAndCommas() throws {
        let p50 = "Time to first dashboard (p50) under 1 day 1b2c3d4e5f60718293a4b5c6d7e8f90a.md"
        let docs = "Connectors, docs and templates live 2c3d4e5f60718293a4b5c6d7e8f90a1b.md"
        let encoded = { (name: String) in "../Key%20Results%202b3c4d5e6f708192a3b4c5d6e7f8091a/" + name.replacingOccurrences(of: " ", with: "%20") }
        #expect(NotionRelation.pages(in: "Time to first dashboard (p50) under 1 day (\(encoded(p50))), Connectors, docs and templates live (\(encoded(docs)))")?
            .map(\.title) == ["Time to first dashboard (p50) under 1 day", "Connectors, docs and templates live"])
        #expect(NotionRelation.pages(in: "\(encoded(p50)), \(encoded(docs))")?.map(\.title)
                == ["Time to first dashboard (p50) under 1 day", "Connectors, docs and templates live"])
        #expect(NotionRelation.pages(in: "[Time to first dashboard (p50) under 1 day](\(encoded(p50)))")?.count == 1)

        let objective = """
            # Make self-serve signup work in a day

            Key Results: Time to first dashboard (p50) under 1 day (\(encoded(p50))), Connectors, docs and templates live (\(encoded(docs)))
            Owner: Dana Whitfield
            Quarter: Q1 2027
            Status: On track
            """
        let page = { (title: String) in
            """
            # \(title)

            Current Value: 2
            Objective: Make self-serve signup work in a day (../Objectives%201a2b3c4d5e6f708192a3b4c5d6e7f809/Make%20self-serve%20signup%20work%20in%20a%20day%200a1b2c3d4e5f60718293a4b5c6d7e8f9.md)
            Target Value: 3
            """
        }
        let plan = load([
            Self.objectivesFolder + "/Make self-serve signup work in a day 0a1b2c3d4e5f60718293a4b5c6d7e8f9.md": objective,
            Self.keyResultsFolder + "/" + p50: page("Time to first dashboard (p50) under 1 day"),
            Self.keyResultsFolder + "/" + docs: page("Connectors, docs and templates live"),
        ])
        let results = try #require(plan.objectiveFiles.flatMap(\.objectives).first?.keyResults)
        #expect(results.map(\.text) == ["Time to first dashboard (p50) under 1 day", "Connectors, docs and templates live"])
        #expect(results.map(\.figures?.target) == ["3", "3"])
    }

    @Test("a key result's page with text under its properties is still its objective's key result, its text said to be unshown")
    func keyResultPageWithText() throws {
        var files = Self.files
        files[Self.keyResultsFolder + "/Three shop connectors live 2c3d4e5f60718293a4b5c6d7e8f90a1b.md"] = Self.connectors + """


            We ship Shopify first, then WooCommerce.

            - Shopify: done
            - WooCommerce: in review
            """
        let plan = load(files)
        #expect(plan.errors.isEmpty, "\(plan.diagnostics.map { "\($0.location.line): \($0.message)" })")
        let objectives = plan.objectiveFiles.flatMap(\.objectives)
        #expect(objectives.map(\.title) == ["Make self-serve signup work in a day"])
        #expect(objectives.first?.keyResults.map(\.text) == ["Time to first dashboard under 1 day", "Three shop connectors live"])
        #expect(objectives.first?.keyResults.last?.figures?.current == "2")
        let note = try #require(plan.diagnostics.first { $0.code == .keyResultsUnread })
        #expect(note.severity == .note && note.location.line == 9, "\(note)")
    }

    @Test("the parent page's links to its databases' tables are an index, and the tables beside their folders are noted")
    func indexAndTables() throws {
        var files = Self.files
        files[Self.root + ".md"] = """
            # OKRs 2027

            Our company OKRs.

            [Objectives](OKRs%202027%205e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b/Objectives%201a2b3c4d5e6f708192a3b4c5d6e7f809.csv)

            [Key Results](OKRs%202027%205e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b/Key%20Results%202b3c4d5e6f708192a3b4c5d6e7f8091a.csv)
            """
        files[Self.root + "/Key Results 2b3c4d5e6f708192a3b4c5d6e7f8091a.csv"] = "Name,Current Value\nThree shop connectors live,2\n"
        let plan = load(files)
        #expect(plan.diagnostics.filter { $0.severity != .note }.isEmpty, "\(plan.diagnostics.map(\.message))")
        let table = try #require(plan.diagnostics.first { $0.location.path.hasSuffix(".csv") })
        #expect(table.severity == .note && table.message.contains("Key Results 2b3c4d5e6f708192a3b4c5d6e7f8091a/"), "\(table.message)")
    }

    /// Notion's Roadmap template: a page over an inline database of work, one page per item.
    static let roadmapFiles: [String: String] = {
        let page = "roadmaps/Roadmap 7c6d5e4f30211a2b3c4d5e6f7a8b9c0d"
        let database = page + "/Roadmap 3a4b5c6d7e8f90a1b2c3d4e5f6a7b8c9"
        return [
            page + ".md": """
                # Roadmap

                What we are building this year.

                [Roadmap](Roadmap%207c6d5e4f30211a2b3c4d5e6f7a8b9c0d/Roadmap%203a4b5c6d7e8f90a1b2c3d4e5f6a7b8c9.csv)
                """,
            database + ".csv": "Name,Assign,Quarter,Status\nUsage-based billing,Priya Raman,Q2 2027,Not started\n",
            database + "/Usage-based billing 5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e.md": """
                # Usage-based billing

                Assign: Priya Raman
                Quarter: Q2 2027
                Status: Not started
                Team: Billing
                """,
            database + "/Guided onboarding checklist 4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d.md": """
                # Guided onboarding checklist

                Assign: Dana Whitfield
                Date: January 12, 2027 → March 20, 2027
                Priority: Self-serve growth
                Quarter: Q1 2027
                Status: In progress
                Team: Growth

                A checklist on the first dashboard that walks a new store through connecting its shop.

                ## Open questions

                - Which connectors come first?
                """,
            database + "/Query cache for large accounts 6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f.md": """
                # Query cache for large accounts

                Assign: Sam Okafor
                Priority: Enterprise reliability
                Quarter: Q1 2027
                Status: Done
                Team: Platform
                """,
        ]
    }()

    @Test("a roadmap database's pages are one roadmap, each page an item in the lane of its quarter")
    func roadmapDatabase() throws {
        let plan = load(Self.roadmapFiles)
        #expect(plan.diagnostics.filter { $0.severity != .note }.isEmpty, "\(plan.diagnostics.map { "\($0.location.path):\($0.location.line): \($0.message)" })")
        #expect(plan.roadmaps.count == 1)
        let roadmap = try #require(plan.roadmaps.first)
        #expect(roadmap.title == "Roadmap" && roadmap.id == "roadmap")
        #expect(roadmap.lanes.map(\.title) == ["Q1 2027", "Q2 2027"])
        #expect(roadmap.items.map(\.title) == ["Guided onboarding checklist", "Query cache for large accounts", "Usage-based billing"])
        #expect(roadmap.items.map(\.metadata.owners) == [["Dana Whitfield"], ["Sam Okafor"], ["Priya Raman"]])
        #expect(roadmap.items.map(\.metadata.status) == [.onTrack, .done, .notStarted])
        #expect(roadmap.items.map(\.metadata.team) == ["Growth", "Platform", "Billing"])
        #expect(roadmap.items.first?.metadata.due == "March 20, 2027")
        #expect(roadmap.items.first?.resolved.priorities == ["self-serve-growth"])
        #expect(roadmap.items.first?.body.contains("Which connectors come first?") == true)
        // The page over the database introduces the roadmap.
        #expect(roadmap.intro.map(\.plainText).contains("What we are building this year."))
        #expect(roadmap.intro.count == 1, "the link to the database's table is left out: \(roadmap.intro.map(\.plainText))")
        #expect(roadmap.items.first?.location.path.hasSuffix("Guided onboarding checklist 4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d.md") == true)
    }

    @Test("a Notion page of lanes is a roadmap of its own, not one item")
    func roadmapPageOfLanes() throws {
        let plan = load(["roadmaps/Team A 1f2e3d4c5b6a79881f2e3d4c5b6a7988/Roadmap 9a8b7c6d5e4f30211a2b3c4d5e6f7a8b.md": """
            # Roadmap

            ## Now

            - Guided onboarding checklist

            ## Next

            - Usage-based billing
            """])
        #expect(plan.roadmaps.first?.items.map(\.title) == ["Guided onboarding checklist", "Usage-based billing"])
        #expect(plan.roadmaps.first?.database == nil)
    }
}
