import ArgumentParser
import BearingAlign
import BearingBuild
import Foundation

/// `bearing rebuild-bench` (hidden): the in-process one-file rebuild that `serve` runs after a save, timed. It
/// builds once, then several times appends a line to one objectives file and rebuilds through one
/// `IncrementalBuild`, as the server does; the file is put back as it was at the end. `scripts/bench.sh --rebuild`
/// runs it on the 2,000-file workspace.
struct RebuildBenchCommand: ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "rebuild-bench", abstract: "Time one-file incremental rebuilds in process (for scripts/bench.sh).",
        shouldDisplay: false)

    @OptionGroup var options: WorkspaceOptions

    @Option(help: "Rebuilds to time.")
    var runs = 20

    @Option(help: ArgumentHelp("The workspace-relative file to edit (default: the first objectives file).", valueName: "path"))
    var file: String?

    @Flag(help: "List the pages each rebuild rendered and changed, and how many files it took resolved from the last load.")
    var listRendered = false

    @Option(help: ArgumentHelp("Write each changed file's bytes before and after each rebuild under this folder.", valueName: "folder"))
    var dump: String?

    func run(_ console: Console) throws -> Int32 {
        let root = try options.root(console)
        var build = IncrementalBuild(root: root, today: nil, vectors: try TokenVectors.bundled())
        let started = Date()
        let first = build.build(changed: nil)
        let cold = Date().timeIntervalSince(started)
        guard let target = file ?? first.plan.files.first(where: { $0 != first.plan.config.strategyPath }) else {
            throw ValidationError("no objectives file to edit in \(root)")
        }
        let url = URL(fileURLWithPath: root + "/" + target)
        let original = try Data(contentsOf: url)
        defer { try? original.write(to: url) }
        let stages = StageTimes()
        build.onStage = { stages.lap($0) }
        var times: [Double] = [], cpu: [Double] = [], rendered: [Int] = [], changed: [Int] = [], lines: [String] = []
        var previous = Dictionary((first.files ?? []).map { ($0.0, $0.1) }, uniquingKeysWith: { a, _ in a })
        for run in 1...max(1, runs) {
            var edited = original
            edited.append(Data("\nEdited for the rebuild benchmark, run \(run).\n".utf8))
            try edited.write(to: url)
            stages.start()
            let begin = Date(), used = Self.cpuSeconds()
            let result = build.build(changed: [target])
            times.append(Date().timeIntervalSince(begin))
            cpu.append(Self.cpuSeconds() - used)
            rendered.append(result.rendered.count)
            changed.append(result.changed.count)
            if listRendered {
                let kept = build.parses.reusedResolvedFiles, files = result.plan.files.count
                let pages = result.rendered.joined(separator: " "), changedFiles = result.changed.joined(separator: " ")
                lines.append("rebuild \(run): resolved files kept \(kept) of \(files); rendered \(result.rendered.count): \(pages); "
                             + "changed \(result.changed.count): \(changedFiles)")
            }
            let current = Dictionary((result.files ?? []).map { ($0.0, $0.1) }, uniquingKeysWith: { a, _ in a })
            if let dump {
                for path in result.changed {
                    for (side, files) in [("before", previous), ("after", current)] {
                        guard let bytes = files[path] else { continue }
                        let out = URL(fileURLWithPath: "\(dump)/run-\(run)/\(side)/\(path)")
                        try FileManager.default.createDirectory(at: out.deletingLastPathComponent(), withIntermediateDirectories: true)
                        try bytes.write(to: out)
                    }
                }
            }
            previous = current
        }
        let sorted = times.sorted()
        func ms(_ seconds: Double) -> String { String(format: "%.1f", seconds * 1000) }
        console.print("files: \(first.plan.files.count), pages: \(first.files?.count ?? 0), first build: \(ms(cold)) ms")
        console.print("one-file rebuild of \(target), \(times.count) runs: median \(ms(sorted[sorted.count / 2])) ms, "
              + "p95 \(ms(sorted[min(sorted.count - 1, Int((Double(sorted.count) * 0.95).rounded(.up)) - 1)])) ms, "
              + "min \(ms(sorted[0])) ms, max \(ms(sorted[sorted.count - 1])) ms")
        console.print("CPU per rebuild (both cores, median): \(ms(cpu.sorted()[cpu.count / 2])) ms")
        console.print("pages rendered per rebuild (median): \(rendered.sorted()[rendered.count / 2]), files changed: \(changed.sorted()[changed.count / 2])")
        for (stage, values) in stages.medians() { console.print("  \(stage.padding(toLength: 16, withPad: " ", startingAt: 0)) \(ms(values)) ms (median)") }
        for line in lines { console.print(line) }
        return 0
    }

    /// User and system CPU time of this process so far: on a busy machine the wall time says more about the others.
    static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1_000_000 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }
}

/// Each stage's duration per rebuild; laps come from the rebuilding thread one after another, hence `@unchecked`.
private final class StageTimes: @unchecked Sendable {
    private var last = Date()
    private var order: [String] = []
    private var values: [String: [Double]] = [:]

    func start() { last = Date() }

    func lap(_ stage: String) {
        let now = Date()
        if values[stage] == nil { order.append(stage) }
        values[stage, default: []].append(now.timeIntervalSince(last))
        last = now
    }

    func medians() -> [(String, Double)] {
        order.map { stage in
            let sorted = (values[stage] ?? [0]).sorted()
            return (stage, sorted[sorted.count / 2])
        }
    }
}
