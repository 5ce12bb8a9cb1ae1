import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// A file copied from last quarter and renamed (or given `quarter:`) keeps last quarter's title. Its objectives went to
/// the title's quarter, against the documented order (front matter, else file name, else title) and against the
/// warning, which said the file was for the other quarter.
@Suite("A file copied from last quarter: front matter and file name win over the title")
struct CopiedQuarterTests {
    @Test("front matter `quarter:` wins over the title's period, and the warning says which was used", arguments: [
        ("---\nquarter: 2026-Q4\n---\n# Goals for Q3 2026\n\n## Improve onboarding\n\nText.\n", "objectives/okrs.md", "front matter"),
        ("# Goals for Q3 2026\n\n## Improve onboarding\n\nText.\n", "objectives/2026-Q4.md", "file name"),
        ("# Goals for Q3 2026\n\n## Improve onboarding\n\nText.\n", "objectives/2026-Q4/okrs.md", "file name"),
        ("# Goals for Q3 2026\n\n1. **Improve onboarding**\n2. **Cut costs**\n", "objectives/2026-Q4.md", "file name"),
    ])
    func statedPeriodWins(text: String, path: String, source: String) throws {
        let (file, diagnostics) = ObjectivesParser().parse(read(text, path: path))
        #expect(file.quarter?.description == "2026-Q4")
        #expect(!file.objectives.isEmpty)
        #expect(file.objectives.allSatisfy { $0.quarter?.description == "2026-Q4" && $0.id.hasPrefix("2026-q4/") }, "\(file.objectives.map(\.id))")
        let warning = try #require(diagnostics.first { $0.code == .quarterMismatch })
        #expect(warning.message.contains("the \(source) says 2026-Q4"), "\(warning.message)")
        #expect(warning.message.contains("planned for 2026-Q4"))
    }

    @Test("period headings inside the file still place their objectives")
    func periodHeadingsKeepTheirPeriods() {
        let (file, _) = ObjectivesParser().parse(read("# Plan 2026\n\n## Q3 2026\n\n### A\ntext\n\n## Q4 2026\n\n### B\ntext\n", path: "objectives/plan.md"))
        #expect(file.objectives.map { $0.quarter?.description } == ["2026-Q3", "2026-Q4"])
    }
}
