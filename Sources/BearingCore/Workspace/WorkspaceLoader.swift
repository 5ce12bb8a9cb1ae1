import Foundation

/// The pipeline up to a validated model: scan → read → parse → resolve.
/// Nothing is resolved before every file is parsed; every file is read even when others fail.
public struct WorkspaceLoader: Sendable {
    public var fileSystem: FileSystem

    public init(fileSystem: FileSystem = .disk) { self.fileSystem = fileSystem }

    /// Loads the workspace at `root` (an absolute or current-directory-relative folder).
    public func load(root: String) -> Plan {
        var diagnostics: [Diagnostic] = []
        let scanner = WorkspaceScanner(fileSystem: fileSystem, root: root)
        var config = WorkspaceConfig()
        if let outside = scanner.admission(of: ConfigLoader.fileName, config: config) {
            diagnostics.append(outside)
        } else if fileSystem.fileExists(scanner.absolute(ConfigLoader.fileName)) {
            var bag = DiagnosticBag(path: ConfigLoader.fileName)
            let reader = SourceFileReader(fileSystem: fileSystem, maxBytes: config.maxFileBytes)
            if let text = reader.read(absolutePath: scanner.absolute(ConfigLoader.fileName), displayPath: ConfigLoader.fileName, diagnostics: &bag) {
                let (loaded, found) = ConfigLoader.load(text)
                config = loaded
                diagnostics += found
            }
            diagnostics += bag.items
        }
        let files = scanner.scan(config)
        let parsed = parseAll(files, scanner: scanner, config: config)
        var plan = Plan(config: config, strategy: parsed.strategy?.strategy, objectiveFiles: parsed.objectiveFiles,
                        roadmaps: parsed.roadmaps, diagnostics: diagnostics + files.diagnostics + parsed.diagnostics,
                        files: [files.strategy].compactMap { $0 } + files.objectives + files.roadmaps)
        if files.strategy == nil {
            plan.diagnostics.append(Diagnostic(.error, .missingStrategy, "no strategy: \(config.strategyPath) does not exist",
                                               at: SourceLocation(path: config.strategyPath, line: 1),
                                               fix: "write one (`bearing init` makes a starter), or set `paths: strategy:` in bearing.yml"))
        }
        ReferenceResolver().resolve(&plan, weights: config.weights.isEmpty ? parsed.strategy?.weights ?? [] : config.weights)
        plan.diagnostics.sort(by: Diagnostic.ordered)
        return plan
    }

    private struct Parsed {
        var strategy: StrategyParser.Result?
        var objectiveFiles: [ObjectivesFile] = []
        var roadmaps: [Roadmap] = []
        var diagnostics: [Diagnostic] = []
    }

    private func parseAll(_ files: WorkspaceScanner.Files, scanner: WorkspaceScanner, config: WorkspaceConfig) -> Parsed {
        var parsed = Parsed()
        let reader = SourceFileReader(fileSystem: fileSystem, maxBytes: config.maxFileBytes)
        let markdown = MarkdownReader()
        /// Reads and parses one file; every file is independent until references are resolved.
        @Sendable func document(_ path: String) -> (MarkdownDocument?, [Diagnostic]) {
            var bag = DiagnosticBag(path: path)
            let text = reader.read(absolutePath: scanner.absolute(path), displayPath: path, diagnostics: &bag)
            return (text.map { markdown.read($0, path: path) }, bag.items)
        }
        if let path = files.strategy {
            let (read, found) = document(path)
            parsed.diagnostics += found
            if let read {
                let result = StrategyParser(config: config).parse(read)
                parsed.strategy = result
                parsed.diagnostics += result.diagnostics
            }
        }
        let objectivesParser = ObjectivesParser(config: config)
        for (file, found) in Parallel.map(files.objectives, { path -> (ObjectivesFile?, [Diagnostic]) in
            let (read, diagnostics) = document(path)
            guard let read else { return (nil, diagnostics) }
            let (file, more) = objectivesParser.parse(read)
            return (file, diagnostics + more)
        }) {
            if let file { parsed.objectiveFiles.append(file) }
            parsed.diagnostics += found
        }
        let roadmapParser = RoadmapParser(config: config)
        for (roadmap, found) in Parallel.map(files.roadmaps, { path -> (Roadmap?, [Diagnostic]) in
            let (read, diagnostics) = document(path)
            guard let read else { return (nil, diagnostics) }
            let (roadmap, more) = roadmapParser.parse(read)
            return (roadmap, diagnostics + more)
        }) {
            if let roadmap { parsed.roadmaps.append(roadmap) }
            parsed.diagnostics += found
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
