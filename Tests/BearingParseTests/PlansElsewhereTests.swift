import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// A new user's plan kept where Bearing does not look by default: `check` must not say "no problems" about a plan it
/// did not read.
@Suite("Plans outside the default folders are read or pointed at")
struct PlansElsewhereTests {
    private let strategy = "# Strategy\n\n## Priorities\n\n- **Reliability** {#reliability}\n"
    private let roadmap = "# Roadmap\n\n## Now\n\n- Billing v2\n\n## Next\n\n- Single sign-on\n"

    @Test("a ROADMAP.md at the root is a warning naming the setting that reads it", arguments: [
        ("ROADMAP.md", "ROADMAP.md"), ("docs/roadmap.md", "docs/roadmap.md"), ("Roadmap/Product Roadmap.md", "Roadmap/Product Roadmap.md"),
    ])
    func roadmapElsewhere(_ path: String, _ setting: String) throws {
        let plan = loadWorkspace(["strategy.md": strategy, path: roadmap])
        let warning = try #require(plan.diagnostics.first { $0.code == .misplacedFile })
        #expect(warning.location.path == path)
        #expect(warning.message.contains("no roadmap is read"))
        #expect(warning.fix?.contains("paths: { roadmaps: \(setting) }") == true)
    }

    @Test("a vault's Roadmap folder of several boards is named as the folder")
    func roadmapFolder() throws {
        let plan = loadWorkspace(["strategy.md": strategy, "Roadmap/Product.md": roadmap, "Roadmap/Platform.md": roadmap])
        let warning = try #require(plan.diagnostics.first { $0.code == .misplacedFile })
        #expect(warning.fix?.contains("paths: { roadmaps: Roadmap }") == true)
    }

    @Test("no warning once roadmaps are read, or for a file that only mentions a roadmap")
    func noWarning() {
        #expect(!loadWorkspace(["strategy.md": strategy, "roadmaps/product.md": roadmap, "ROADMAP.md": roadmap]).codes.contains(.misplacedFile))
        #expect(!loadWorkspace(["strategy.md": strategy, "notes/roadmap-review-notes.md": roadmap]).codes.contains(.misplacedFile))
    }

    @Test("objective notes in a quarter's folder are pointed at")
    func quarterFolder() throws {
        let plan = loadWorkspace(["strategy.md": strategy, "roadmaps/r.md": roadmap,
                                  "OKRs/2027-Q1/Grow revenue.md": "# Grow revenue\n\n## Key results\n- [ ] 3 contracts signed, now 1\n"])
        let warning = try #require(plan.diagnostics.first { $0.code == .misplacedFile })
        #expect(warning.location.path == "OKRs/2027-Q1/Grow revenue.md")
        #expect(warning.fix?.contains("paths: { objectives: OKRs }") == true)
    }

    @Test("Objectives/ and Roadmaps/ are the default folders when the lower-case ones are absent")
    func capitalisedFolders() {
        let plan = loadWorkspace(["strategy.md": strategy, "Roadmaps/product.md": roadmap,
                                  "Objectives/2027-Q1.md": "# Q1 2027\n\n## Ship billing v2\n\n- [ ] Invoices sent on day 1\n"])
        #expect(plan.roadmaps.count == 1)
        #expect(plan.objectiveFiles.flatMap(\.objectives).count == 1)
        #expect(!plan.codes.contains(.misplacedFile))
    }
}
