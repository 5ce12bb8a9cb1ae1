import Foundation
import Testing

/// A release lane's "#### Theme: …" says what the release is about: the export keeps it with the lane, and a lane
/// without one is written as before.
@Suite("a lane's theme in the export")
struct LaneSummaryExportTests {
    static let files = [
        "strategy.md": "# Strategy\n\n## Priorities\n\n1. **Data quality and lineage.** Profiling and end-to-end lineage. {#quality}\n",
        "roadmaps/roadmap.md": """
            # Roadmap

            ## 0.5 Release - Oct 19th, 2021

            #### Theme: Data quality and Lineage


            ### Support for Lineage
            * Lineage related schemas and APIs

            ## 0.6 Release - Nov 17th, 2021

            * Salesforce CRM connector

            """,
    ]

    @Test("export --format json writes a lane's theme as its summary, and no summary key for a lane without one")
    func themeExported() throws {
        let root = try CIConveniencesTests.workspace(Self.files)
        defer { try? FileManager.default.removeItem(at: root) }
        let json = try Bearing.run(["export", "--format", "json"], in: root)
        #expect(json.status == 0, "\(json.stderr)")
        let compact = json.stdout.filter { !$0.isWhitespace }
        #expect(compact.contains("\"period\":\"2021-Q4\",\"summary\":\"DataqualityandLineage\",\"title\":\"0.5Release-Oct19th,2021\""), "\(json.stdout)")
        #expect(compact.contains("\"period\":\"2021-Q4\",\"title\":\"0.6Release-Nov17th,2021\""), "\(json.stdout)")
    }
}
