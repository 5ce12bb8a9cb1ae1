import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// Quarter-named files outside the objectives folder are said (user32), but only files that speak of a plan: meeting
/// notes named for a half beside a strategy and roadmaps drew a warning no setting could silence (review32b).
@Suite("Quarter-named files outside the objectives folder")
struct MisplacedQuarterFilesTests {
    static let strategy = "# Strategy\n\n## Priorities\n\n### Reliability\n\nKeep the service up.\n"

    func load(_ files: [String: String]) throws -> Plan {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("bearing-misplaced-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: base) }
        for (path, text) in files {
            let url = base.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        return WorkspaceLoader().load(root: base.path)
    }

    @Test("OKRs named for a quarter in another folder are said; notes named for a half are not")
    func onlyPlans() throws {
        let okrs = try load(["strategy.md": Self.strategy, "okrs/2026-Q3.md": "# Q3\n\n## Objective: Fewer pages\n\n- KR1: Pages per week from 12 to 4\n"])
        #expect(okrs.diagnostics.contains { $0.code == .misplacedFile })
        let notes = try load(["strategy.md": Self.strategy, "roadmaps/platform.md": "# Platform\n\n## Now\n\n- Second region\n",
                              "notes/h1-2026.md": "# H1 2026 meeting notes\n\n- Ada to book the venue\n- Lunch at noon\n"])
        #expect(!notes.diagnostics.contains { $0.code == .misplacedFile }, "\(notes.diagnostics.map(\.message))")
    }
}
