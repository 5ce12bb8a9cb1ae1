import Foundation
import Testing
import BearingModel
import BearingParse
@testable import BearingAlign

enum Shared {
    /// Loaded once per process: 8 MB of vectors.
    static let vectors: TokenVectors = {
        do { return try TokenVectors.bundled() } catch { preconditionFailure("token vectors missing: \(error)") }
    }()

    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
}

func plan(_ files: [String: String]) -> Plan {
    WorkspaceLoader(fileSystem: .memory(Dictionary(uniqueKeysWithValues: files.map { ("/ws/" + $0.key, $0.value) }))).load(root: "/ws")
}

func align(_ plan: Plan, today: String = "2026-11-15") -> Alignment {
    Aligner(vectors: Shared.vectors).align(plan, today: DateText.parse(today)!)
}

let smallStrategy = """
---
weights:
  platform: 50%
  revenue: 50%
---
# Strategy

## Priorities

1. **Platform.** Run one shared platform. {#platform}
   - Shared stack for every community. {#shared-stack}
   - Reliable operations. {#ops}
2. **Revenue.** Grow recurring revenue. {#revenue}
   - Memberships cover core services. {#memberships}
3. **Community.** Co-create with communities. {#community}
"""
