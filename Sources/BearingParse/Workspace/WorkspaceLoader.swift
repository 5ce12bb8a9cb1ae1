import BearingModel
import Foundation

/// The pipeline up to a validated model: scan → read → parse → resolve.
/// Nothing is resolved before every file is parsed; every file is read even when others fail.
public struct WorkspaceLoader: Sendable {
    public var fileSystem: FileSystem
    /// Parses kept across loads (a history walk's revisions); nil parses every file.
    public var cache: ParseCache?

    public init(fileSystem: FileSystem = .disk, cache: ParseCache? = nil) {
        self.fileSystem = fileSystem
        self.cache = cache
    }

    /// Loads the workspace at `root` (an absolute or current-directory-relative folder).
    public func load(root: String) -> Plan {
        let scanner = WorkspaceScanner(fileSystem: fileSystem, root: root)
        let (config, configDigest, diagnostics) = loadConfig(scanner)
        let files = scanner.scan(config)
        let parsed = parseAll(files, scanner: scanner, config: config, configDigest: configDigest)
        var plan = Plan(config: config, strategy: parsed.strategy?.strategy, objectiveFiles: parsed.objectiveFiles,
                        roadmaps: parsed.roadmaps, diagnostics: diagnostics + files.diagnostics + parsed.diagnostics,
                        files: [files.strategy].compactMap { $0 } + files.objectives + files.roadmaps)
        plan.inputFingerprint = Self.fingerprint(config: configDigest, files: parsed.digests)
        if files.strategy == nil {
            plan.diagnostics.append(Diagnostic(.error, .missingStrategy, "no strategy: \(config.strategyPath) does not exist",
                                               at: SourceLocation(path: config.strategyPath, line: 1),
                                               fix: "write one (`bearing init` makes a starter), or set `paths: strategy:` in bearing.yml"))
        }
        ReferenceResolver().resolve(&plan, weights: config.weights.isEmpty ? parsed.strategy?.weights ?? [] : config.weights)
        plan.diagnostics.sort(by: Diagnostic.ordered)
        return plan
    }

    /// The `inputFingerprint` that `load` would give now, from reading the files without parsing them.
    public func inputFingerprint(root: String) -> String {
        let scanner = WorkspaceScanner(fileSystem: fileSystem, root: root)
        let (config, configDigest, _) = loadConfig(scanner)
        let files = scanner.scan(config)
        let reader = SourceFileReader(fileSystem: fileSystem, maxBytes: config.maxFileBytes)
        let digests = Parallel.map([files.strategy].compactMap { $0 } + files.objectives + files.roadmaps) { path in
            var bag = DiagnosticBag(path: path)
            let text = reader.read(absolutePath: scanner.absolute(path), displayPath: path, diagnostics: &bag)
            return (path, InputFingerprint.digest(text: text, size: fileSystem.fileSize(scanner.absolute(path))))
        }
        return Self.fingerprint(config: configDigest, files: digests)
    }

    private static func fingerprint(config: UInt64?, files: [(String, UInt64)]) -> String {
        var fingerprint = InputFingerprint()
        if let config { fingerprint.add(path: ConfigLoader.fileName, digest: config) }
        for (path, digest) in files.sorted(by: { $0.0 < $1.0 }) { fingerprint.add(path: path, digest: digest) }
        return fingerprint.text
    }

    /// bearing.yml's settings, the digest of its text (nil when there is none) and what was wrong with it.
    private func loadConfig(_ scanner: WorkspaceScanner) -> (WorkspaceConfig, UInt64?, [Diagnostic]) {
        var config = WorkspaceConfig()
        let path = scanner.absolute(ConfigLoader.fileName)
        if let outside = scanner.admission(of: ConfigLoader.fileName, config: config) { return (config, nil, [outside]) }
        guard fileSystem.fileExists(path) else { return (config, nil, []) }
        var bag = DiagnosticBag(path: ConfigLoader.fileName)
        let reader = SourceFileReader(fileSystem: fileSystem, maxBytes: config.maxFileBytes)
        let text = reader.read(absolutePath: path, displayPath: ConfigLoader.fileName, diagnostics: &bag)
        var found: [Diagnostic] = []
        if let text {
            let (loaded, more) = ConfigLoader.load(text)
            config = loaded
            found = more
        }
        return (config, InputFingerprint.digest(text: text, size: fileSystem.fileSize(path)), found + bag.items)
    }

    private struct Parsed {
        var strategy: StrategyParser.Result?
        var objectiveFiles: [ObjectivesFile] = []
        var roadmaps: [Roadmap] = []
        var diagnostics: [Diagnostic] = []
        /// Each file's `InputFingerprint.digest`, by path.
        var digests: [(String, UInt64)] = []
    }

    private func parseAll(_ files: WorkspaceScanner.Files, scanner: WorkspaceScanner, config: WorkspaceConfig, configDigest: UInt64?) -> Parsed {
        var parsed = Parsed()
        let reader = SourceFileReader(fileSystem: fileSystem, maxBytes: config.maxFileBytes)
        let markdown = MarkdownReader()
        let fileSystem = fileSystem, cache = cache
        /// Reads and parses one file; every file is independent until references are resolved.
        @Sendable func document(_ path: String) -> (MarkdownDocument?, [Diagnostic], UInt64) {
            var bag = DiagnosticBag(path: path)
            let text = reader.read(absolutePath: scanner.absolute(path), displayPath: path, diagnostics: &bag)
            let digest = InputFingerprint.digest(text: text, size: text == nil ? fileSystem.fileSize(scanner.absolute(path)) : nil)
            return (text.map { markdown.read($0, path: path) }, bag.items, digest)
        }
        /// The cache key of `path`, when there is a cache and the file system names the file's content.
        @Sendable func key(_ path: String) -> String? {
            guard cache != nil, let id = fileSystem.contentID?(scanner.absolute(path)) else { return nil }
            return ParseCache.key(path: path, contentID: id, config: configDigest)
        }
        @Sendable func parse<Value>(_ path: String, _ body: (MarkdownDocument) -> (Value, [Diagnostic])) -> ParseCache.Entry<Value> {
            let (read, diagnostics, digest) = document(path)
            guard let read else { return ParseCache.Entry(value: nil, diagnostics: diagnostics, digest: digest) }
            let (value, more) = body(read)
            return ParseCache.Entry(value: value, diagnostics: diagnostics + more, digest: digest)
        }
        let uncached = ParseCache()
        if let path = files.strategy {
            let strategyParser = StrategyParser(config: config)
            let entry = (cache ?? uncached).strategy(key(path)) {
                parse(path) { let result = strategyParser.parse($0); return (result, result.diagnostics) }
            }
            parsed.strategy = entry.value
            parsed.diagnostics += entry.diagnostics
            parsed.digests.append((path, entry.digest))
        }
        let objectivesParser = ObjectivesParser(config: config)
        for (path, entry) in zip(files.objectives, Parallel.map(files.objectives, { path in
            (cache ?? uncached).objectives(key(path)) { parse(path) { objectivesParser.parse($0) } }
        })) {
            if let file = entry.value { parsed.objectiveFiles.append(file) }
            parsed.diagnostics += entry.diagnostics
            parsed.digests.append((path, entry.digest))
        }
        let roadmapParser = RoadmapParser(config: config)
        for (path, entry) in zip(files.roadmaps, Parallel.map(files.roadmaps, { path in
            (cache ?? uncached).roadmap(key(path)) { parse(path) { roadmapParser.parse($0) } }
        })) {
            if let roadmap = entry.value { parsed.roadmaps.append(roadmap) }
            parsed.diagnostics += entry.diagnostics
            parsed.digests.append((path, entry.digest))
        }
        return parsed
    }

    /// The nearest folder, upward from `start`, holding `bearing.yml` or `strategy.md`.
    public func findWorkspace(from start: String) -> String? {
        var url = URL(fileURLWithPath: start).standardizedFileURL
        while true {
            let path = url.path
            if fileSystem.fileExists(path + "/" + ConfigLoader.fileName) || fileSystem.fileExists(path + "/strategy.md") { return path }
            let parent = url.deletingLastPathComponent()
            if parent.path == path { return nil }
            url = parent
        }
    }
}
