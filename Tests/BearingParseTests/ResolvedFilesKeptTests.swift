import BearingModel
import Foundation
import Testing
@testable import BearingParse

/// A load that keeps the last load's parses (`serve`, `rebuild-bench`) takes each unchanged file's resolved items from
/// it when nothing they resolve against changed (`ReferenceIndexes.Resolved`). Every step below edits the example
/// workspace and compares the kept load with a fresh one: the files, the items' references and every finding.
@Suite struct ResolvedFilesKeptTests {
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The example workspace as text, by workspace-relative path.
    static func example() throws -> [String: String] {
        var files: [String: String] = [:]
        for path in ["bearing.yml", "strategy.md", "objectives/2026-Q2.md", "objectives/2026-Q3.md", "objectives/2026-Q4.md",
                     "roadmaps/2026-plan.md", "roadmaps/platform.md"] {
            files[path] = try String(contentsOf: repositoryRoot.appendingPathComponent(path), encoding: .utf8)
        }
        return files
    }

    static func load(_ files: [String: String], parsed: inout ParsedFiles) -> Plan {
        let disk = FileSystem.memory(Dictionary(uniqueKeysWithValues: files.map { ("/ws/" + $0.key, $0.value) }))
        return WorkspaceLoader(fileSystem: disk).load(root: "/ws", parsed: &parsed)
    }

    struct Step: Sendable {
        var name: String
        /// Whether the other files' results may be kept after it: false when it changes what every file resolves against.
        var keepsOthers: Bool
        var edit: @Sendable (inout [String: String]) throws -> Void
    }

    struct Missing: Error { var text: String }

    static func replace(_ files: inout [String: String], _ path: String, _ old: String, _ new: String) throws {
        guard let text = files[path], text.contains(old) else { throw Missing(text: "\(old) in \(path)") }
        files[path] = text.replacingOccurrences(of: old, with: new)
    }

    static let steps: [Step] = [
        Step(name: "an objective's text", keepsOthers: true) { files in
            try replace(&files, "objectives/2026-Q4.md", "Engineers still spend too much time", "Engineers still spend a lot of time")
        },
        Step(name: "a priority reference in one file", keepsOthers: true) { files in
            try replace(&files, "objectives/2026-Q4.md", "- **Priorities:** platform\n", "- **Priorities:** revenue, platfrom\n")
        },
        Step(name: "an objective renamed, its id with it, which the roadmap names", keepsOthers: false) { files in
            try replace(&files, "objectives/2026-Q4.md", "## Cut operating toil in half", "## Cut operating toil by half")
        },
        Step(name: "the roadmap follows the rename", keepsOthers: true) { files in
            try replace(&files, "roadmaps/platform.md", "Objectives: cut operating toil in half", "Objectives: cut operating toil by half")
        },
        Step(name: "an objective added", keepsOthers: false) { files in
            try replace(&files, "objectives/2026-Q3.md", "## Upstream-first contribution budget", """
                ## Open the hub catalog to partners

                - Owner: Aiko Tanaka
                - Priorities: co-creation

                Partners publish their own environments in the catalog.

                ## Upstream-first contribution budget
                """)
        },
        Step(name: "a roadmap item names the new objective", keepsOthers: true) { files in
            try replace(&files, "roadmaps/platform.md", "Objectives: 2026-q4/make-co-funding-a-repeatable-process",
                        "Objectives: 2026-q4/make-co-funding-a-repeatable-process, open the hub catalog to partners")
        },
        Step(name: "an objective removed", keepsOthers: false) { files in
            try replace(&files, "objectives/2026-Q3.md", "## Open the hub catalog to partners", "Open the hub catalog to partners.")
        },
        Step(name: "objectives labelled O1 and O2, and a roadmap item naming O2", keepsOthers: false) { files in
            try replace(&files, "objectives/2026-Q4.md", "## Make co-funding a repeatable process", "## O2: Make co-funding a repeatable process")
            try replace(&files, "objectives/2026-Q4.md", "## Cut operating toil by half", "## O1: Cut operating toil by half")
            try replace(&files, "roadmaps/platform.md", "Objectives: cut operating toil by half", "Objectives: O2")
        },
        Step(name: "a priority's words in the strategy", keepsOthers: false) { files in
            try replace(&files, "strategy.md", "with reliable operations, responsive support", "with reliable upgrades, fast support")
        },
        Step(name: "a priority's title in the strategy", keepsOthers: false) { files in
            try replace(&files, "strategy.md", "**Grow reliable and recurring revenue streams", "**Grow dependable and recurring revenue streams")
        },
        Step(name: "the fiscal year in bearing.yml", keepsOthers: false) { files in
            files["bearing.yml"] = (files["bearing.yml"] ?? "") + "\nfiscal_year_start: 4\n"
        },
        Step(name: "an owner spelled anew in one file", keepsOthers: true) { files in
            try replace(&files, "objectives/2026-Q4.md", "- **Owner:** Priya Natarajan", "- **Owner:** priya natarajan")
        },
        // Owner names are worked out per spelling once and kept (`OwnerSpellings`): the names shown, the hints and the
        // notes must follow each edit as a fresh load's do.
        Step(name: "an owner written as a handle in another file", keepsOthers: true) { files in
            try replace(&files, "objectives/2026-Q2.md", "- Owner: Aiko Tanaka", "- Owner: aiko.tanaka")
        },
        Step(name: "an owner written with an initial, a title and a remark", keepsOthers: true) { files in
            try replace(&files, "objectives/2026-Q4.md", "- Owner: Marcus Bell", "- Owner: M. Bell")
            try replace(&files, "objectives/2026-Q4.md", "- Owner: Jonas Weber", "- Owners: Dr. Jonas  Weber (PhD), Leah Okafor, PhD")
        },
        Step(name: "a first name alone on a roadmap item", keepsOthers: true) { files in
            try replace(&files, "roadmaps/platform.md", "- Owner: Jonas Weber", "- Owner: Jonas")
        },
        Step(name: "an owner in brackets after a roadmap item's title", keepsOthers: false) { files in
            try replace(&files, "roadmaps/2026-plan.md", "**Turn the roadmap into a sales asset.**", "**Turn the roadmap into a sales asset (Priya)**")
        },
        Step(name: "the owners as first written", keepsOthers: true) { files in
            try replace(&files, "objectives/2026-Q4.md", "- Owner: M. Bell", "- Owner: Marcus Bell")
            try replace(&files, "objectives/2026-Q4.md", "- Owners: Dr. Jonas  Weber (PhD), Leah Okafor, PhD", "- Owner: Jonas Weber")
            try replace(&files, "objectives/2026-Q4.md", "- **Owner:** priya natarajan", "- **Owner:** Priya Natarajan")
        },
    ]

    @Test("every step of a series of edits loads as a fresh load does, keeping unchanged files' results only when it may")
    func seriesMatchesFreshLoads() throws {
        var files = try Self.example()
        var parsed = ParsedFiles()
        _ = Self.load(files, parsed: &parsed)
        for step in Self.steps {
            try step.edit(&files)
            let kept = Self.load(files, parsed: &parsed)
            var fresh = ParsedFiles()
            let full = Self.load(files, parsed: &fresh)
            #expect(kept.objectiveFiles == full.objectiveFiles, "\(step.name): the objectives")
            #expect(kept.roadmaps == full.roadmaps, "\(step.name): the roadmaps")
            #expect(kept.strategy == full.strategy, "\(step.name): the strategy")
            #expect(kept.diagnostics == full.diagnostics, "\(step.name): the findings")
            let files = kept.objectiveFiles.count + kept.roadmaps.count
            if step.keepsOthers {
                // Every file but the edited one is kept.
                #expect(parsed.references.reusedFiles == files - 1, "\(step.name): files kept")
            } else {
                #expect(parsed.references.reusedFiles == 0, "\(step.name): nothing kept")
            }
        }
    }

    @Test("a load with nothing changed keeps every file's result, and the same items")
    func unchangedKeepsAll() throws {
        let files = try Self.example()
        var parsed = ParsedFiles()
        let first = Self.load(files, parsed: &parsed)
        let second = Self.load(files, parsed: &parsed)
        #expect(parsed.references.reusedFiles == first.objectiveFiles.count + first.roadmaps.count)
        #expect(second.objectiveFiles == first.objectiveFiles)
        #expect(second.roadmaps == first.roadmaps)
        #expect(second.diagnostics == first.diagnostics)
    }
}
