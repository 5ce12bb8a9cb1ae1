import Foundation
import Testing
import TestSupport
import BearingModel
import BearingParse
import BearingAlign
@testable import BearingSite

/// Seeded mutations of the example workspace and of real teams' files (../shared/corpus), each run through the
/// whole pipeline in process: load, align, render every page. A crash takes the test process down, a hang is
/// reported by a watchdog, and a file that was not mutated must still be read with all of its items.
/// The longer run is `scripts/fuzz.sh --minutes 30`; every workspace it saves becomes a folder in Fixtures/fuzz/.
@Suite("Fuzz")
struct FuzzTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/fuzz")
    static let corpus = Site.repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus")
    static let corpusAbsent: Comment = "../shared/corpus is not beside the repository; the fuzz test mutates the example only"

    @Test("Seeded mutations of the example and corpus files never crash, hang or lose an unmutated file", arguments: 0..<4)
    func mutations(batch: Int) throws {
        let base = Self.exampleFiles()
        let donors = Self.corpusFiles()
        if donors.isEmpty { print("◇ Fuzz: \(Self.corpusAbsent)") }
        for seed in UInt64(batch * 60)..<UInt64(batch * 60 + 60) {
            var generator = SeededGenerator(state: seed &* 7919)
            var files = base
            if let donor = donors.randomElement(using: &generator), Bool.random(using: &generator) {
                let role = ["objectives/real.md", "roadmaps/real.md", "strategy.md"].randomElement(using: &generator)!
                files[role] = donor
            }
            let names = files.keys.sorted()
            let mutated = Set((0..<Int.random(in: 1...2, using: &generator)).map { _ in names.randomElement(using: &generator)! })
            for name in mutated.sorted() {
                for _ in 0..<Int.random(in: 1...3, using: &generator) {
                    files[name] = Mutation.apply(to: files[name]!, donors: donors, using: &generator)
                }
            }
            let untouched = files.filter { !mutated.contains($0.key) }
            // What the unmutated files give on their own: parsing is enough to count their items.
            let expected = Self.itemsPerFile(Self.load(untouched))
            let result = Self.runPipeline(files, seed: seed)
            guard let plan = result.plan else { continue }
            let found = Self.itemsPerFile(plan)
            for (path, count) in expected.sorted(by: { $0.key < $1.key }) where !mutated.contains(path) {
                #expect(found[path, default: 0] >= count, "seed \(seed): \(path) lost items after mutating \(mutated.sorted())")
            }
            for path in untouched.keys where path.hasSuffix(".md") {
                #expect(plan.files.contains(path), "seed \(seed): \(path) was not read")
            }
        }
    }

    @Test("Every workspace the longer fuzz run saved still builds")
    func savedFixtures() throws {
        let folders = (try? FileManager.default.contentsOfDirectory(atPath: Self.fixtures.path))?.sorted() ?? []
        for folder in folders {
            let root = Self.fixtures.appendingPathComponent(folder)
            var files: [String: Data] = [:]
            for (path, data) in Site.files(under: root) where path != "FUZZ.txt" { files[path] = data }
            let result = Self.runPipeline(files, seed: 0, label: folder)
            #expect(result.plan != nil, "fixture \(folder)")
        }
    }

    // MARK: - Running the pipeline under a watchdog

    static func load(_ files: [String: Data]) -> Plan {
        WorkspaceLoader(fileSystem: .memory(Dictionary(files.map { ("/ws/" + $0.key, $0.value) }, uniquingKeysWith: { a, _ in a }))).load(root: "/ws")
    }

    struct Result { var plan: Plan? }

    /// Load, align and render in memory on a thread of its own; a run still going after `limit` seconds is a
    /// recorded hang (its thread is abandoned: a CPU-bound loop cannot be cancelled, and the suite must finish).
    static func runPipeline(_ files: [String: Data], seed: UInt64, label: String? = nil, limit: TimeInterval = 60) -> Result {
        let box = ResultBox()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            let plan = load(files)
            let alignment = Aligner(vectors: Site.vectors).align(plan, today: Site.today)
            _ = try? SiteBuilder().render(plan: plan, alignment: alignment, options: .init(showProblems: true))
            box.plan = plan
            done.signal()
        }
        thread.stackSize = 8 << 20
        thread.start()
        if done.wait(timeout: .now() + limit) == .timedOut {
            Issue.record("\(label ?? "seed \(seed)"): the pipeline was still running after \(Int(limit)) s")
            save(files, as: label ?? "seed-\(seed)")
            return Result(plan: nil)
        }
        return Result(plan: box.plan)
    }

    final class ResultBox: @unchecked Sendable { var plan: Plan? }

    /// With BEARING_FUZZ_SAVE=DIR, a failing workspace is written to DIR/<name>/, ready to become a fixture.
    static func save(_ files: [String: Data], as name: String) {
        guard let folder = ProcessInfo.processInfo.environment["BEARING_FUZZ_SAVE"] else { return }
        for (path, data) in files {
            let url = URL(fileURLWithPath: folder).appendingPathComponent(name).appendingPathComponent(path)
            try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? data.write(to: url)
        }
    }

    static func itemsPerFile(_ plan: Plan?) -> [String: Int] {
        guard let plan else { return [:] }
        var counts: [String: Int] = [:]
        for objective in plan.objectives { counts[objective.location.path, default: 0] += 1 }
        for item in plan.roadmapItems { counts[item.location.path, default: 0] += 1 }
        return counts
    }

    // MARK: - Inputs

    static func exampleFiles() -> [String: Data] {
        var files: [String: Data] = [:]
        for name in ["bearing.yml", "strategy.md"] {
            files[name] = FileManager.default.contents(atPath: Site.repositoryRoot.appendingPathComponent(name).path)
        }
        for folder in ["objectives", "roadmaps"] {
            for name in (try? FileManager.default.contentsOfDirectory(atPath: Site.repositoryRoot.appendingPathComponent(folder).path)) ?? []
            where name.hasSuffix(".md") {
                files[folder + "/" + name] = FileManager.default.contents(atPath: Site.repositoryRoot.appendingPathComponent(folder + "/" + name).path)
            }
        }
        return files
    }

    /// Real teams' planning files under 200 KB, in a fixed order.
    static func corpusFiles() -> [Data] {
        guard let walker = FileManager.default.enumerator(atPath: corpus.path) else { return [] }
        var paths: [String] = []
        while let path = walker.nextObject() as? String {
            if [".md", ".mdx", ".markdown"].contains(where: { path.hasSuffix($0) }) { paths.append(path) }
        }
        return paths.sorted().compactMap { path in
            guard let data = FileManager.default.contents(atPath: corpus.appendingPathComponent(path).path), data.count < 200_000 else { return nil }
            return data
        }
    }
}

/// One random edit of a file's bytes, of the kinds that broke Bearing on real input: duplicated sections (ids),
/// deleted or swapped lines, hostile snippets, invalid UTF-8, lines spliced from another real file, heading levels
/// changed, truncation, a line repeated thousands of times, list nesting changed.
enum Mutation {
    static let snippets = [
        "## Hiring", "### Deep dives", "## Q3 2025 Objectives", "# ", "## ", "{#dup}", "## Same {#dup}", "(label)=",
        "- [ ]Text", "- [ ] 24/7 support", "- [ ] Uptime 99.9%", "- [ ] from 40 to 20, now 31", "KR: 3 of 5: 1 so far",
        "1. **CEO KR:** ship => 78%", "_Owners: @a, @b_", "Status: ✅", "Priorities: nowhere, 1, 9.9, P2.1", "Depends on: itself",
        "---", "---\nquarter: 2026-Q9\n---", "---\na: &a [x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a]\nc: [*b,*b,*b,*b,*b,*b,*b,*b]\n---",
        "| Objective | Owner | Status |\n|---|---|---|\n| Ship it | @a | 🟡 |", "|-------------- ---|", ":::{note}\nx\n:::",
        "<script>alert(1)</script>", "[x](javascript:alert(1))", "<TeamMember name=\"A\"/>", "import X from './x'",
        "## 中文目标", "## Цель", "## 🚀", "{#a+b}", "{#a-b}", "- **Title.** text", "Objective 1: b", "End of Q2:", "FY24-Q1",
        "\u{0}", "\u{FEFF}", "\r\n", "\t\t- nested", "      - deeper",
    ]

    static func apply(to data: Data, donors: [Data], using generator: inout SeededGenerator) -> Data {
        var lines = data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { Array($0) }
        func at() -> Int { Int.random(in: 0...lines.count, using: &generator) }
        func line() -> Int { Int.random(in: 0..<max(1, lines.count), using: &generator) }
        switch Int.random(in: 0..<10, using: &generator) {
        case 0 where !lines.isEmpty:
            let i = line(); lines.removeSubrange(i..<min(lines.count, i + Int.random(in: 1...8, using: &generator)))
        case 1 where !lines.isEmpty:
            let i = line(); let run = Array(lines[i..<min(lines.count, i + Int.random(in: 1...30, using: &generator))])
            lines.insert(contentsOf: run, at: at())
        case 2 where lines.count > 1:
            lines.swapAt(line(), line())
        case 3:
            for _ in 0..<Int.random(in: 1...4, using: &generator) { lines.insert(Array(snippets.randomElement(using: &generator)!.utf8), at: at()) }
        case 4 where !data.isEmpty:
            var bytes = Array(data)
            for _ in 0..<Int.random(in: 1...12, using: &generator) {
                bytes[Int.random(in: 0..<bytes.count, using: &generator)] = [0x00, 0xFF, 0xC3, 0x80, 0x23, 0x2D, 0x7B, 0x7C, 0x0A].randomElement(using: &generator)!
            }
            return Data(bytes)
        case 5 where !donors.isEmpty:
            let other = donors.randomElement(using: &generator)!.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
            let i = Int.random(in: 0..<max(1, other.count), using: &generator)
            lines.insert(contentsOf: other[min(i, other.count)..<min(other.count, i + 40)].map { Array($0) }, at: at())
        case 6 where !lines.isEmpty:
            for _ in 0..<Int.random(in: 1...5, using: &generator) {
                let i = line()
                let stripped = lines[i].drop { $0 == UInt8(ascii: "#") }
                lines[i] = Array(repeating: UInt8(ascii: "#"), count: Int.random(in: 0...6, using: &generator)) + (stripped.first == UInt8(ascii: " ") ? [] : [UInt8(ascii: " ")]) + stripped
            }
        case 7 where !data.isEmpty:
            return data.prefix(Int.random(in: 0...data.count, using: &generator))
        case 8 where !lines.isEmpty:
            let i = line(); lines.insert(contentsOf: Array(repeating: lines[i], count: [100, 500, 1000].randomElement(using: &generator)!), at: i)
        default:
            guard !lines.isEmpty else { break }
            let i = line()
            for k in i..<min(lines.count, i + Int.random(in: 1...10, using: &generator)) {
                lines[k] = Bool.random(using: &generator) ? Array(repeating: UInt8(ascii: " "), count: [1, 2, 4, 8].randomElement(using: &generator)!) + lines[k]
                    : Array(lines[k].drop { $0 == UInt8(ascii: " ") })
            }
        }
        return Data(lines.joined(separator: [UInt8(ascii: "\n")]))
    }
}
