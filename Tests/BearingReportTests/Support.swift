import BearingAlign
import BearingModel
import BearingParse
import Foundation
import Testing

/// Where the shared 2i2c corpus lives when the repository is checked out beside `shared/`.
enum Corpus {
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/corpus/2i2c")

    static var isPresent: Bool { FileManager.default.fileExists(atPath: root.path) }

    /// Shown by Swift Testing as the reason a corpus test was skipped.
    static let absent: Comment = "../shared/corpus/2i2c is not beside the repository; corpus tests skipped"

    static func text(_ relative: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(relative), encoding: .utf8)
    }
}

enum Shared {
    /// Loaded once per process: 8 MB of vectors.
    static let vectors: TokenVectors = {
        do { return try TokenVectors.bundled() } catch { preconditionFailure("token vectors missing: \(error)") }
    }()

    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
}

/// Loads an in-memory workspace; keys are workspace-relative paths.
func loadWorkspace(_ files: [String: String]) -> Plan {
    WorkspaceLoader(fileSystem: .memory(Dictionary(uniqueKeysWithValues: files.map { ("/ws/" + $0.key, $0.value) }))).load(root: "/ws")
}

func align(_ plan: Plan, today: String = "2026-11-15") -> Alignment {
    Aligner(vectors: Shared.vectors).align(plan, today: DateText.parse(today)!)
}

let minimalStrategy = """
# Strategy

## Priorities

1. **Platform.** Run one shared platform. {#platform}
   - Shared stack for every community. {#shared-stack}
   - Reliable operations. {#ops}
2. **Revenue.** Grow reliable recurring revenue. {#revenue}
   - Memberships cover core services. {#memberships}
3. **Community.** Co-create with communities.
"""
