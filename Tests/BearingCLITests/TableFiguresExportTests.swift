import Foundation
import Testing

/// A table key result's Baseline, Target and Actual cells are its figures: its text names only the measure, so an
/// export that kept only the text lost what it aimed at and where it stood.
@Suite("table key results' figures in the exports")
struct TableFiguresExportTests {
    static let files = [
        "strategy.md": "# Strategy\n\n## Priorities\n\n1. **Run a dependable service.** {#reliability}\n",
        "objectives/2026-Q4.md": """
            # 2026-Q4

            ## Keep Hopper alive

            - Priorities: reliability

            | Key result | Baseline | Target | Actual |
            |---|---|---|---|
            | Hopper availability | 99.3% | 99.5% | 98.9% |
            | Racks installed | 0 | 12 | TBD |

            - [ ] Write the runbook

            """,
    ]

    @Test("export --format csv --table key_results has baseline, target and current columns; JSON has figures")
    func figuresExported() throws {
        let root = try CIConveniencesTests.workspace(Self.files)
        defer { try? FileManager.default.removeItem(at: root) }
        let csv = try Bearing.run(["export", "--format", "csv", "--table", "key_results"], in: root)
        #expect(csv.status == 0, "\(csv.stderr)")
        let lines = csv.stdout.components(separatedBy: "\r\n")
        // `stretch` (migration v10) comes after `weight`: empty here, as no stretch figure is written.
        #expect(lines.first?.hasSuffix(",priority,baseline,target,current,owners,status,weight,stretch") == true, "\(csv.stdout)")
        #expect(lines.contains { $0.contains("Hopper availability") && $0.hasSuffix(",0,0.0,range,9,,99.3%,99.5%,98.9%,,,,") }, "\(csv.stdout)")
        #expect(lines.contains { $0.contains("Racks installed") && $0.hasSuffix(",,0,12,,,,,") }, "TBD is no figure: \(csv.stdout)")
        #expect(lines.contains { $0.contains("Write the runbook") && $0.hasSuffix(",,,,,,,,") }, "\(csv.stdout)")

        let json = try Bearing.run(["export", "--format", "json"], in: root)
        let compact = json.stdout.filter { !$0.isWhitespace }
        #expect(compact.contains(#""figures":{"baseline":"99.3%","current":"98.9%","target":"99.5%"}"#), "\(json.stdout)")
        #expect(compact.contains(#""figures":null"#))
    }
}
