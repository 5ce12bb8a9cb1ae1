import BearingAlign
import BearingModel
import BearingParse
@testable import BearingSite
import Testing

/// Key results kept in pages of their own (Notion's key-results database) on their objective's page: each with its own
/// figures, status and owner, though every one of them is at line 1 of its own file.
@Suite struct KeyResultPagesSiteTests {
    static let strategy = "# Strategy\n\n## Priorities\n\n- **Self-serve growth** — sign up and see value in a day\n"
    static let objectives = "objectives/OKRs 5e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b/Objectives 1a2b3c4d5e6f708192a3b4c5d6e7f809"
    static let keyResults = "objectives/OKRs 5e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b/Key Results 2b3c4d5e6f708192a3b4c5d6e7f8091a"

    static func page(_ files: [String: String]) -> String? {
        let (plan, alignment) = Site.memory(files)
        let pages = (try? SiteBuilder().render(plan: plan, alignment: alignment, options: .init())).map(Site.text) ?? [:]
        return pages.first { $0.key.hasPrefix("objectives/") && $0.value.contains("<h1>Make signup work in a day</h1>") }?.value
    }

    @Test("each key result's page shows its own status and owner on the objective's page")
    func ownStatusAndOwner() throws {
        let page = try #require(Self.page([
            "strategy.md": Self.strategy,
            Self.objectives + "/Make signup work in a day 0a1b2c3d4e5f60718293a4b5c6d7e8f9.md": """
                # Make signup work in a day

                Owner: Dana Whitfield
                Quarter: Q1 2027
                Priority: Self-serve growth
                """,
            Self.keyResults + "/First dashboard in a day 1b2c3d4e5f60718293a4b5c6d7e8f90a.md": """
                # First dashboard in a day

                Current Value: 4
                Objective: Make signup work in a day (../Objectives%201a2b3c4d5e6f708192a3b4c5d6e7f809/Make%20signup%20work%20in%20a%20day%200a1b2c3d4e5f60718293a4b5c6d7e8f9.md)
                Owner: Dana Whitfield
                Start Value: 9
                Status: On track
                Target Value: 1
                """,
            Self.keyResults + "/Three connectors live 2c3d4e5f60718293a4b5c6d7e8f90a1b.md": """
                # Three connectors live

                Current Value: 2
                Objective: Make signup work in a day (../Objectives%201a2b3c4d5e6f708192a3b4c5d6e7f809/Make%20signup%20work%20in%20a%20day%200a1b2c3d4e5f60718293a4b5c6d7e8f9.md)
                Owner: Marco Silva
                Status: At risk
                Target Value: 3
                """,
        ]))
        let connectors = try #require(page.range(of: "Three connectors live"))
        let line = page[connectors.upperBound...].prefix { $0 != "\n" }
        #expect(line.contains("at-risk") && line.contains("Marco Silva") && !line.contains("Dana"), "\(line)")
        let dashboard = try #require(page.range(of: "First dashboard in a day"))
        let first = page[dashboard.upperBound...].prefix { $0 != "\n" }
        #expect(first.contains("on-track") && first.contains("Dana Whitfield"), "\(first)")
    }
}
