import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// Every diagnostic code must be reachable from some input; this fails when a new code has no test.
@Suite("Diagnostic coverage")
struct DiagnosticCoverageTests {
    static let scenarios: [String: [String: String]] = [
        "config": ["bearing.yml": "titel: x\ntoday: yesterday\n", "strategy.md": minimalStrategy],
        "strategy": ["strategy.md": "---\nweights:\n  platform: 10\n  revenue: much\n---\n# S\n\n## Goal\n\nx\n"],
        "weights": ["strategy.md": "---\nweights:\n  platform: 10\n---\n" + minimalStrategy],
        "key result weights": ["strategy.md": minimalStrategy,
                               "objectives/2026-Q1.md": "## Grow\n\n- [ ] Members 3/10 [Weight: 40%]\n- [ ] Renewals 2/4 [Weight: 40%]\n"],
        "restated": ["strategy.md": minimalStrategy, "objectives/2026-Q1.md": "## Ship the forum\n\nA forum for members.\n",
                     "objectives/2026-Q1-report.md": "# 2026-Q1\n\n1. **Ship the forum**\n"],
        "teams": ["strategy.md": minimalStrategy, "objectives/2026-Q1-growth.md": "---\nteam: Growth\n---\n## Hire engineers\n\ntext\n",
                  "objectives/2026-Q1-platform.md": "---\nteam: Platform\n---\n## Hire engineers\n\ntext\n"],
        "objectives": [
            "strategy.md": minimalStrategy,
            "objectives/2026-Q2.md": "## A\ntext\n\n## FAQ\n- [ ] Ship the forum\n",
            "objectives/team.md": "## A\ntext\n",
            "objectives/2026-Q1.md": "---\nquarter: 2026-Q2\n---\nprose only\n",
            "objectives/2026-Q4.md": """
                ## One
                - Status: in limbo
                - Ownr: Ada
                - Owner: Grace
                - Effort: huge
                - Priorities: plat, platfrom, shared
                - [ ] latency currently 350ms
                - [x] adoption 1/2

                ## One

                ## Two
                """,
        ],
        "formats": [
            "strategy.md": minimalStrategy,
            "objectives/2026-Q3.md": """
                ## Tables and prose
                We will ship it.
                Status: done
                and more prose.

                | Key result | Status |
                |-------------- ---|---|
                | KR 1 | done |
                """,
        ],
        "key results": [
            "strategy.md": minimalStrategy,
            "objectives/2026-Q3.md": "Key results:\n\n- KR: left before any objective\n\n## A\n- [ ]Hire 2 engineers\n- [ ] 7 of 5 design partners live\n",
        ],
        "owners": ["strategy.md": minimalStrategy, "objectives/2026-Q4.md": "## A\nOwner: José Díaz\n\n## B\nOwner: Jose Diaz\n"],
        "ranks": ["strategy.md": minimalStrategy,
                  "roadmaps/now.md": "## Now\n\n### A\n\nPriority: P1\n\n### B\n\nPriority: P1\n\n### C\n\nPriority: P2\n"],
        "misplaced": ["strategy.md": minimalStrategy, "objectives/roadmap.md": "## Now\n\n### Ship it\n\n## Later\n\n### Grow it\n"],
        "fence": ["strategy.md": minimalStrategy, "objectives/2026-Q4.md": "## A\ntext\n\n```sh\nrun it\n\n## B\n- [ ] 1 of 2\n"],
        "periods": ["strategy.md": minimalStrategy, "objectives/fy22-q3.md": "## Q3 2026 launch\ntext\n",
                    "objectives/2026-Q3.md": "## OKRs\n- **Ship it.** x\n- **Fix it.** y\n\n### A\ntext\n"],
        "ambiguous": ["strategy.md": minimalStrategy + "\n4. **Platform extras.**\n", "objectives/2026-Q4.md": "## A\n- Priorities: plat\n"],
        "roadmaps": [
            "strategy.md": minimalStrategy,
            "roadmaps/items.md": "- **Before any lane.** x\n- **Also before.** y\n\n## Now\n\n| Key result | Status |\n|---|---|\n| KR 1 | done |\n",
            "roadmaps/prose.md": "# Plans\n\nWe will do good things.\n",
        ],
        "span": ["strategy.md": minimalStrategy, "roadmaps/r.md": "# Plan\n\n| Project | Status | Timeline |\n|---|---|---|\n| A | Done | Q1 2027, Q2 2027 |\n"],
        "term": ["strategy.md": minimalStrategy, "objectives/training.md": "# Training — 2026 Spring term\n\n## Run the workshops\n\nTwo a month.\n"],
        "restated item": ["strategy.md": minimalStrategy, "roadmaps/r.md": "## Backend\n- [x] Billing export\n\n## Frontend\n- [ ] Billing export\n"],
        "cycle": ["strategy.md": minimalStrategy, "roadmaps/r.md": "## Now\n### A\n- Depends on: a\n"],
        "image": ["strategy.md": minimalStrategy, "objectives/2026-Q1.md": "## A\n\n![diagram](images/missing.png)\n"],
        "indented": ["strategy.md": minimalStrategy, "objectives/2026-Q1.md": "## A\n\n\tOwner: Priya\n\tStatus: at-risk\n"],
        "template": ["strategy.md": minimalStrategy, "objectives/2026-Q1.md": "## A\n\n- [ ] A first key result, with a figure when there is one\n"],
        "files": [
            "bearing.yml": "max_file_size: 1KB\n",
            "objectives/2026-Q1.md": "",
            "roadmaps/index.md.njk": "## Now\n- A\n",
            "objectives/2026-Q2.md": "## A\n" + String(repeating: "x", count: 2000),
            "objectives/2026-Q3.md": "---\nquarter: [\n---\n## A\n" + String(repeating: ">", count: 200) + " deep\n",
        ],
    ]

    @Test("every diagnostic code is triggered by at least one input")
    func everyCode() {
        var seen = Set<DiagnosticCode>()
        for (_, files) in Self.scenarios { seen.formUnion(loadWorkspace(files).codes) }
        // Latin-1 text (not UTF-8), and a file with a NUL byte (binary).
        seen.formUnion(loadWorkspace(data: ["objectives/2026-Q1.md": Data("## A\n".utf8) + Data([0xC3, 0x28])]).codes)
        seen.formUnion(loadWorkspace(data: ["objectives/2026-Q1.md": Data("## A\n".utf8) + Data([0xFF, 0x0A, 0x00])]).codes)
        // UTF-16 with its byte-order mark (Windows PowerShell's `>`).
        seen.formUnion(loadWorkspace(data: ["objectives/2026-Q1.md": Data([0xFF, 0xFE, 0x23, 0x00, 0x20, 0x00, 0x41, 0x00])]).codes)
        let files = FileSystem.memory(["/ws/strategy.md": minimalStrategy])
        var broken = files
        broken.readFile = { _ in throw CocoaError(.fileReadNoPermission) }
        seen.formUnion(WorkspaceLoader(fileSystem: broken).load(root: "/ws").codes)
        var linked = FileSystem.memory(["/ws/strategy.md": minimalStrategy, "/ws/objectives/2026-Q1.md": "## A\n"])
        linked.realPath = { $0.hasSuffix("2026-Q1.md") ? "/elsewhere/2026-Q1.md" : $0 }
        seen.formUnion(WorkspaceLoader(fileSystem: linked).load(root: "/ws").codes)
        // The link stage's codes are triggered in BearingAlignTests (ScoringTests.declaredUnsupported); a stale key
        // result needs a git history, made in BearingCLITests (TrendTests).
        let missing = Set(DiagnosticCode.allCases).subtracting(seen).subtracting([.declaredUnsupported, .staleKeyResult])
        #expect(missing.isEmpty, "never triggered: \(missing.map(\.rawValue).sorted())")
    }
}
