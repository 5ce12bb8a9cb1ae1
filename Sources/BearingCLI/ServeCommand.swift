import ArgumentParser
import BearingAlign
import BearingBuild
import BearingModel
import BearingParse
import BearingReport
import BearingServe
import Foundation

/// `bearing serve`: the site from memory on 127.0.0.1, rebuilt and reloaded as the files change.
struct ServeCommand: ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the planning site on 127.0.0.1 and reload open pages when the files change.",
        discussion: """
            The site is built in memory (nothing is written) and rebuilt about 100 ms after strategy.md, objectives/, \
            roadmaps/, bearing.yml or theme/ change; open pages reload by themselves. While the plan has errors the \
            last site without errors stays served, with the errors listed over every page at their file:line. \
            A taken port is replaced by a free one; --port 0 always asks for a free one. Stop with Ctrl-C.
            """
    )

    @OptionGroup var options: WorkspaceOptions
    @OptionGroup var alignment: AlignmentOptions

    @Option(help: ArgumentHelp("The port on 127.0.0.1 (0: any free port).", valueName: "n"))
    var port: UInt16 = 8411

    @Flag(help: "Open the site in the default browser (xdg-open, or open on macOS).")
    var open = false

    @Flag(help: "Watch by scanning the files four times a second instead of inotify (for network or container mounts).")
    var poll = false

    @Flag(help: "Do not read the plan's git history (trends, what changed, stale key results).")
    var noHistory = false

    func run(_ console: Console) throws -> Int32 {
        Self.stopOnSignals()
        let root = try options.root(console)
        if let today = alignment.today, Aligner.today(option: today, config: WorkspaceConfig()) == nil {
            throw ValidationError(DateText.todayError(today))
        }
        let vectors = try TokenVectors.bundled()
        // The history is read once, when serving starts: commits made while serving show after a restart; edits to
        // the files show at once (a figure changed since the last commit counts as a change today).
        let history = noHistory ? nil : BuildPipeline(root: root).history(vectors: Prefetch { vectors }, config: Self.settings(root),
                                                                           environment: console.environment) { console.error("bearing serve: " + $0) }
        let rebuilder = IncrementalRebuild(root: root, today: alignment.today, vectors: vectors, history: history)
        let poll = self.poll
        let site = LiveSite()
        let loop = ServeLoop(site: site, rebuilder: rebuilder, makeWatcher: { list in
            try Self.watcher(root: root, list: list, poll: poll, console: console)
        }, onRebuild: { Self.report($0, console: console) })
        let started = Date()
        let first = try loop.start()
        Self.printStatus(first, console: console, prefix: "built \(first.files.count) files in \(String(format: "%.2f", Date().timeIntervalSince(started))) s")
        let server = try SiteServer(site: site, port: port)
        let url = try UntilDone.run { () async throws -> String in
            Task { try await server.run() }
            return try await server.url()
        }
        if server.requestedPort != port { console.error("bearing serve: port \(port) is taken; using another") }
        console.print("bearing serve: \(url) (Ctrl-C to stop)")
        if open { Self.openBrowser(url, console: console) }
        while true { sleep(3600) }
    }

    /// bearing.yml's settings, for the paths the history walk asks git about; the defaults when there is none.
    private static func settings(_ root: String) -> WorkspaceConfig {
        guard let text = try? String(contentsOfFile: root + "/" + ConfigLoader.fileName, encoding: .utf8) else { return WorkspaceConfig() }
        return ConfigLoader.load(text).0
    }

    /// Ctrl-C, `kill` and a closed terminal stop the server, even when the parent started it with those signals
    /// blocked (a mask is inherited: Swift's concurrency threads block them, so a test or tool spawning `serve`
    /// from one would otherwise get a server that ignores them).
    static func stopOnSignals() {
        #if canImport(Glibc)
        var signals = sigset_t()
        sigemptyset(&signals)
        for signal in [SIGINT, SIGTERM, SIGHUP] { sigaddset(&signals, signal) }
        pthread_sigmask(SIG_UNBLOCK, &signals, nil)
        #endif
    }

    static func watcher(root: String, list: WatchList, poll: Bool, console: Console) throws -> any WorkspaceWatcher {
        if poll { return PollingWatcher(root: root, list: list) }
        #if canImport(Glibc)
        do {
            return try InotifyWatcher(root: root, list: list)
        } catch {
            console.error("bearing serve: \(error); watching by polling instead")
        }
        #endif
        return PollingWatcher(root: root, list: list)
    }

    static func report(_ rebuild: ServeLoop.Report, console: Console) {
        let names = rebuild.changed.sorted()
        let what = names.count == 1 ? names[0] : "\(names.count) files"
        printStatus(rebuild.served, console: console, prefix: "\(what) changed; rebuilt in \(String(format: "%.2f", rebuild.seconds)) s")
    }

    static func printStatus(_ served: ServedSite, console: Console, prefix: String) {
        guard !served.errors.isEmpty else { console.error("bearing serve: \(prefix)"); return }
        console.error("bearing serve: \(prefix); \(served.errors.count) error\(served.errors.count == 1 ? "" : "s")"
                   + (served.kept ? ", still serving the last build without errors:" : ", shown on the site:"))
        for error in served.errors { console.error("  " + DiagnosticFormatter.text(error)) }
    }

    static func openBrowser(_ url: String, console: Console) {
        #if os(macOS)
        let opener = "open"
        #else
        let opener = "xdg-open"
        #endif
        let folders = (console.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        guard let found = folders.map({ "\($0)/\(opener)" }).first(where: FileManager.default.isExecutableFile(atPath:)) else {
            console.error("bearing serve: no \(opener) to open a browser with; open \(url) yourself")
            return
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: found)
        process.arguments = [url]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { console.error("bearing serve: cannot open a browser (\(error)); open \(url) yourself") }
    }
}

/// Runs async work from a synchronous command and waits for its result.
enum UntilDone {
    static func run<T: Sendable>(_ work: @escaping @Sendable () async throws -> T) throws -> T {
        let box = ResultBox<T>()
        let done = DispatchSemaphore(value: 0)
        Task {
            do { box.result = .success(try await work()) } catch { box.result = .failure(error) }
            done.signal()
        }
        done.wait()
        guard let result = box.result else { throw CancellationError() }
        return try result.get()
    }

    /// Written by the task before it signals, read after the wait: never at the same time.
    private final class ResultBox<T>: @unchecked Sendable {
        var result: Result<T, any Error>?
    }
}
