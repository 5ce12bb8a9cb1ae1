import BearingModel
import Foundation

/// The pipeline up to a validated model: scan → read → parse → resolve.
/// Nothing is resolved before every file is parsed; every file is read even when others fail.
public struct WorkspaceLoader: Sendable {
    public var fileSystem: FileSystem
    /// Parses kept across loads (a history walk's revisions); nil parses every file.
    public var cache: ParseCache?
    /// The settings to read a tree with when it has no bearing.yml of its own: a revision committed before
    /// bearing.yml was (a team adopting Bearing in a repository that already holds months of plans) is read with the
    /// settings the workspace has now, or its `okrs/` folder would be read as no plan at all. Nil: the defaults.
    public var settingsWhenAbsent: Settings?

    /// A bearing.yml as read: its settings and the digest of its text.
    public struct Settings: Sendable {
        public var config: WorkspaceConfig
        public var digest: UInt64
    }

    public init(fileSystem: FileSystem = .disk, cache: ParseCache? = nil, settingsWhenAbsent: Settings? = nil) {
        self.fileSystem = fileSystem
        self.cache = cache
        self.settingsWhenAbsent = settingsWhenAbsent
    }

    /// The bearing.yml of the workspace at `root` on `fileSystem`, when it has one that can be read.
    public static func settings(root: String, fileSystem: FileSystem = .disk) -> Settings? {
        let path = WorkspaceScanner(fileSystem: fileSystem, root: root).absolute(ConfigLoader.fileName)
        guard fileSystem.fileExists(path), let data = try? fileSystem.readFile(path), let text = String(data: data, encoding: .utf8) else { return nil }
        return Settings(config: ConfigLoader.load(text).0, digest: InputFingerprint.digest(text: text, size: data.count))
    }

    /// Plans a team already keeps where a new workspace does not look (a site's `content/docs/roadmap/`, `okrs/2027-Q1.md`),
    /// each as the `paths:` value that reads them and the number of files: what `bearing init` points bearing.yml at
    /// rather than writing starter files beside a team's own plan.
    package struct PlansFound: Sendable {
        package struct Place: Sendable {
            /// The `paths:` value, as YAML: a folder, a file, or a flow list of files.
            package var setting: String
            package var files: Int
        }

        package var objectives: Place?
        package var roadmaps: Place?
    }

    package static func plansElsewhere(root: String, fileSystem: FileSystem = .disk) -> PlansFound {
        let scanner = WorkspaceScanner(fileSystem: fileSystem, root: root)
        let config = WorkspaceConfig()
        return PlansFound(objectives: scanner.objectivesElsewhere(config, read: []).map { .init(setting: $0.yaml, files: $0.found.count) },
                          roadmaps: scanner.roadmapsElsewhere(config, read: []).map { .init(setting: $0.yaml, files: $0.found.count) })
    }

    /// Loads the workspace at `root` (an absolute or current-directory-relative folder).
    public func load(root: String) -> Plan {
        var parsed = ParsedFiles()
        return load(root: root, parsed: &parsed)
    }

    /// `load`, answering each file whose text is unchanged from `parsed` and adding the others. When `changed` is
    /// given (workspace-relative paths of files or folders, from a file watcher), a file of `parsed` outside it is
    /// trusted without being read again; nil reads every file and compares its text.
    public func load(root: String, parsed previous: inout ParsedFiles, changed: Set<String>? = nil) -> Plan {
        let scanner = WorkspaceScanner(fileSystem: fileSystem, root: root)
        let (loadedConfig, configDigest, diagnostics) = loadConfig(scanner)
        let config = Self.withStrategyAsNamed(loadedConfig, scanner: scanner)
        previous.use(config: configDigest ?? 0)
        let files = Self.onlyEdits(changed, of: previous.scan, scanner: scanner) ?? scanner.scan(config)
        previous.scan = files
        let parsed = parseAll(files, scanner: scanner, config: config, configDigest: configDigest, previous: &previous, changed: changed)
        var plan = Plan(config: config, strategy: parsed.strategy?.strategy, objectiveFiles: parsed.objectiveFiles,
                        roadmaps: parsed.roadmaps, diagnostics: diagnostics + files.diagnostics + parsed.diagnostics,
                        files: [files.strategy].compactMap { $0 } + files.objectives + files.roadmaps)
        plan.inputFingerprint = Self.fingerprint(config: configDigest, files: parsed.digests)
        if files.strategy == nil, let (first, others) = Self.rivalStrategies(config, scanner: scanner) {
            // `Strategy.md` and `STRATEGY.md` side by side (a case-sensitive file system holds both): either may be the
            // strategy, and reading one would leave the other unread without a word.
            plan.diagnostics.append(Diagnostic(.error, .missingStrategy,
                                               "no strategy: \(config.strategyPath) does not exist, and \(([first] + others).joined(separator: " and ")) both do; Bearing reads neither rather than guess which is the strategy",
                                               at: SourceLocation(path: first, line: 1),
                                               fix: "set `paths: { strategy: \(first) }` in bearing.yml (or the other), or rename the one that is the strategy to strategy.md"))
        } else if let strategy = files.strategy {
            plan.diagnostics += Self.unreadStrategies(beside: strategy, config, scanner: scanner)
        } else if files.strategy == nil {
            plan.diagnostics.append(Diagnostic(.error, .missingStrategy, "no strategy: \(config.strategyPath) does not exist",
                                               // Named in bearing.yml: said where it was named, as a missing objectives folder is.
                                               at: config.pathLines[config.strategyPath].map { SourceLocation(path: ConfigLoader.fileName, line: $0) }
                                                   ?? SourceLocation(path: config.strategyPath, line: 1),
                                               fix: Self.movedStrategy(config.strategyPath, scanner: scanner).map {
                                                   "\($0) exists: set `paths: { strategy: \($0) }` in bearing.yml, or move it back"
                                               } ?? "write one (`bearing init` makes a starter), or set `paths: strategy:` in bearing.yml"))
        }
        previous.retain(Set(plan.files))
        // Notion databases exported a page a file: key results under their objectives, work items in one roadmap.
        plan.diagnostics += KeyResultPages.attach(&plan)
        RoadmapPages.merge(&plan)
        // Before references are resolved, so that a title without its owner's name is the one they find.
        BracketedOwners.take(&plan, spellings: &previous.owners)
        ReferenceResolver().resolve(&plan, weights: config.weights.isEmpty ? parsed.strategy?.weights ?? [] : config.weights,
                                    indexes: &previous.references)
        plan.diagnostics += OwnerNames.unify(&plan, spellings: &previous.owners)
        plan.diagnostics += MissingImages(fileSystem: fileSystem, root: root).diagnostics(plan)
        plan.diagnostics.sort(by: Diagnostic.ordered)
        return plan
    }

    /// The last load's files, when every change a watcher reported is an edit of one of them that is still a file:
    /// the walk (2,000 paths listed, resolved and checked for links, 4 % of a one-file rebuild) would find the same.
    /// A new, removed or renamed file, a folder, a path through a link or anything else in the list walks the workspace
    /// again.
    private static func onlyEdits(_ changed: Set<String>?, of last: WorkspaceScanner.Files?, scanner: WorkspaceScanner) -> WorkspaceScanner.Files? {
        guard let changed, !changed.isEmpty, let last else { return nil }
        let known = Set([last.strategy].compactMap { $0 } + last.objectives + last.roadmaps)
        for path in changed {
            let absolute = scanner.absolute(path)
            guard known.contains(path), scanner.fileSystem.fileExists(absolute), scanner.fileSystem.listFiles(absolute) == nil,
                  // No link on the way to it: a link may have been pointed elsewhere, which the walk would check again.
                  scanner.fileSystem.realPath(absolute)?.hasSuffix("/" + path) == true else { return nil }
        }
        return last
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
        guard fileSystem.fileExists(path) else {
            guard let settings = settingsWhenAbsent else { return (config, nil, []) }
            return (Self.present(settings.config, scanner: scanner), settings.digest, [])
        }
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

    /// The ways people capitalise the strategy's file name: Obsidian and Notion title a note `Strategy.md`.
    package static let strategyNames = ["strategy.md", "Strategy.md", "STRATEGY.md"]

    /// `config` reading the strategy from `Strategy.md` when bearing.yml names none and `strategy.md` is absent: a file
    /// system that ignores case (macOS, Windows) reads it already, and the same workspace must not lose its strategy on
    /// Linux CI.
    /// So are the folders `Objectives/` and `Roadmaps/` when bearing.yml names none and the lower-case ones are absent.
    private static func withStrategyAsNamed(_ config: WorkspaceConfig, scanner: WorkspaceScanner) -> WorkspaceConfig {
        var config = config
        let defaults = WorkspaceConfig()
        let exists = { (path: String) in scanner.fileSystem.fileExists(scanner.absolute(path)) }
        if config.strategyPath == defaults.strategyPath, config.pathLines[config.strategyPath] == nil, !exists(config.strategyPath) {
            let found = strategyNames.dropFirst().filter(exists)
            if found.count == 1 { config.strategyPath = found[0] }
        }
        if config.objectivePaths == defaults.objectivePaths, config.pathLines["objectives"] == nil, !exists("objectives"), exists("Objectives") {
            config.objectivePaths = ["Objectives"]
        }
        if config.roadmapPaths == defaults.roadmapPaths, config.pathLines["roadmaps"] == nil, !exists("roadmaps"), exists("Roadmaps") {
            config.roadmapPaths = ["Roadmaps"]
        }
        return config
    }

    /// `STRATEGY.md` beside the `strategy.md` that is read (a file system that tells case apart holds both): the other is
    /// not read, which is said. Nothing when bearing.yml names the strategy, or on a file system that ignores case, where
    /// both names open the one file (the same bytes).
    private static func unreadStrategies(beside strategy: String, _ config: WorkspaceConfig, scanner: WorkspaceScanner) -> [Diagnostic] {
        guard config.pathLines[config.strategyPath] == nil, strategyNames.contains(strategy) else { return [] }
        let fileSystem = scanner.fileSystem
        let read = try? fileSystem.readFile(scanner.absolute(strategy))
        return strategyNames.filter { name in
            guard name != strategy, fileSystem.fileExists(scanner.absolute(name)) else { return false }
            return fileSystem.fileSize(scanner.absolute(name)) != read?.count || (try? fileSystem.readFile(scanner.absolute(name))) != read
        }.map { other in
            Diagnostic(.warning, .skippedFile, "\(other) is not read: \(strategy) beside it is the strategy, and a workspace has one",
                       at: SourceLocation(path: other, line: 1),
                       fix: "move what \(other) says into \(strategy) and remove it, or set `paths: { strategy: \(other) }` in bearing.yml to read it instead")
        }
    }

    /// The strategy's capitalised names (`strategyNames`) that exist, when bearing.yml names no strategy, there is no
    /// `strategy.md`, and more than one does: the first, and the others.
    private static func rivalStrategies(_ config: WorkspaceConfig, scanner: WorkspaceScanner) -> (String, [String])? {
        guard config.strategyPath == WorkspaceConfig().strategyPath, config.pathLines[config.strategyPath] == nil else { return nil }
        let found = strategyNames.dropFirst().filter { scanner.fileSystem.fileExists(scanner.absolute($0)) }
        guard found.count >= 2, let first = found.first else { return nil }
        return (first, Array(found.dropFirst()))
    }

    /// A file elsewhere in the workspace with the missing strategy's file name (`docs/strategy.md` after a
    /// `git mv strategy.md docs/`): the one the setting should name, when there is exactly one.
    private static func movedStrategy(_ path: String, scanner: WorkspaceScanner) -> String? {
        let name = (path.split(separator: "/").last.map(String.init) ?? path).lowercased()
        let found = scanner.fileSystem.listFiles(scanner.absolute("."))?.filter {
            ($0.split(separator: "/").last.map(String.init) ?? $0).lowercased() == name && $0 != path
        } ?? []
        return found.count == 1 ? found[0] : nil
    }

    /// `config` for a tree that does not hold its bearing.yml: a path it names that the tree lacks is read from its
    /// default place (the folder renamed to `okrs/` in the commit that added bearing.yml was `objectives/` before),
    /// and no path is said to be missing at a line of a file the tree does not have.
    private static func present(_ config: WorkspaceConfig, scanner: WorkspaceScanner) -> WorkspaceConfig {
        var config = config
        let defaults = WorkspaceConfig()
        let exists = { (path: String) in scanner.fileSystem.fileExists(scanner.absolute(path)) }
        if !exists(config.strategyPath) { config.strategyPath = defaults.strategyPath }
        let objectives = config.objectivePaths.filter(exists), roadmaps = config.roadmapPaths.filter(exists)
        config.objectivePaths = objectives.isEmpty ? defaults.objectivePaths : objectives
        config.roadmapPaths = roadmaps.isEmpty ? defaults.roadmapPaths : roadmaps
        config.pathLines = [:]
        return config
    }

    private struct Parsed {
        var strategy: StrategyParser.Result?
        var objectiveFiles: [ObjectivesFile] = []
        var roadmaps: [Roadmap] = []
        var diagnostics: [Diagnostic] = []
        /// Each file's `InputFingerprint.digest`, by path.
        var digests: [(String, UInt64)] = []
    }

    private func parseAll(_ files: WorkspaceScanner.Files, scanner: WorkspaceScanner, config: WorkspaceConfig, configDigest: UInt64?,
                          previous: inout ParsedFiles, changed: Set<String>?) -> Parsed {
        let reader = SourceFileReader(fileSystem: fileSystem, maxBytes: config.maxFileBytes)
        let markdown = MarkdownReader()
        let strategyParser = StrategyParser(config: config), objectivesParser = ObjectivesParser(config: config)
        let roadmapParser = RoadmapParser(config: config)
        let fileSystem = fileSystem, cache = cache, known = previous
        /// The `ParseCache` key of `path`, when there is one and the file system names the file's content.
        @Sendable func key(_ path: String) -> String? {
            guard cache != nil, let id = fileSystem.contentID?(scanner.absolute(path)) else { return nil }
            return ParseCache.key(path: path, contentID: id, config: configDigest)
        }
        /// Reads and parses one file.
        @Sendable func parse(_ path: String, kind: Kind) -> ParsedFiles.Entry {
            var bag = DiagnosticBag(path: path)
            let text = reader.read(absolutePath: scanner.absolute(path), displayPath: path, diagnostics: &bag)
            // A file whose reading found something (UTF-16, bytes that are not UTF-8) neither answers from nor leaves an
            // entry: its text is the same as that of other bytes (the file re-saved as UTF-8 as the warning asks, a bad
            // byte now U+FFFD) whose reading finds nothing, and the kept entry would say what the old bytes were.
            let cleanRead = bag.items.isEmpty
            if let text, cleanRead, let cached = known.entry(path, text: text) { return cached }
            let digest = InputFingerprint.digest(text: text, size: text == nil ? fileSystem.fileSize(scanner.absolute(path)) : nil)
            guard let text else { return ParsedFiles.Entry(text: nil, digest: digest, result: .skipped, diagnostics: bag.items) }
            let document = markdown.read(text, path: path)
            var result: ParsedFiles.Result, found: [Diagnostic]
            // spec-kit's plan.md and spec.md, Kiro's requirements.md: they say what to build, not the work (tasks.md).
            if kind != .strategy, let design = DesignDocument.recognise(document) {
                let role = kind == .roadmap ? "a roadmap" : "objectives"
                let folder = kind == .roadmap ? "roadmaps" : "objectives"
                let note = Diagnostic(.note, .skippedFile,
                    "not read as \(role): “\(document.title ?? FileName.stem(path))” is \(design.kind) (\(design.evidence)), a design document that says what to build, not a plan of work; no items are read from it",
                    at: SourceLocation(path: path, line: design.line, column: 1),
                    fix: "the work is the feature's task list (tasks.md), read as a roadmap; to stop this note, name only the task lists in `paths: { \(folder): … }`")
                return ParsedFiles.Entry(text: cleanRead ? text : nil, digest: digest, result: .skipped, diagnostics: bag.items + document.diagnostics + [note])
            }
            switch kind {
            case .strategy:
                let parsed = strategyParser.parse(document)
                (result, found) = (.strategy(parsed), parsed.diagnostics)
            case .objectives:
                let (file, more) = objectivesParser.parse(document)
                if file.quarter == nil, let lanes = ObjectivesParser.roadmapLanes(document) {
                    // A roadmap saved among the objectives: its lanes are not objectives called "Now" and "Later" with
                    // no quarter. (The history walk's cache keeps objectives only, so past revisions skip it.)
                    let (roadmap, roadmapFound) = roadmapParser.parse(document)
                    let names = lanes.titles.prefix(3).joined(separator: ", ")
                    let warning = Diagnostic(.warning, .misplacedFile,
                                             "read as a roadmap: it names no quarter and its sections are roadmap lanes (\(names)), not objectives",
                                             at: SourceLocation(path: path, line: lanes.line, column: 1),
                                             fix: "move it to the roadmaps folder, or give it a quarter if its sections are objectives")
                    (result, found) = (.roadmap(roadmap), [warning] + roadmapFound)
                    break
                }
                (result, found) = (.objectives(file), more)
            case .roadmap:
                let (roadmap, more) = roadmapParser.parse(document)
                if roadmap.items.isEmpty, ObjectivesParser.isAboutThePlan(path) {
                    // A README or index beside the roadmaps explains them: not a roadmap with nothing on it.
                    let note = WorkspaceScanner.isSectionPage(path)
                        ? Diagnostic(.note, .skippedFile, "not read as a roadmap: the `_index` page over its folder's pages has no items; the pages are read on their own",
                                     at: SourceLocation(path: path, line: 1, column: 1))
                        : Diagnostic(.note, .skippedFile, "not read as a roadmap: a \(FileName.stem(path)) page with no items is about the roadmaps, not one of them",
                                     at: SourceLocation(path: path, line: 1, column: 1), fix: "to stop this note, move it out of the roadmaps folder")
                    (result, found) = (.skipped, document.diagnostics + [note])
                } else {
                    (result, found) = (.roadmap(roadmap), more)
                }
            }
            result.setAnchors(HeadingAnchors(document.blocks))
            return ParsedFiles.Entry(text: cleanRead ? text : nil, digest: digest, result: result, diagnostics: bag.items + found)
        }
        /// One file from `previous` when the watcher did not report it, else from the history walk's `ParseCache`
        /// when the file system names its content, else read (and parsed only when its text changed).
        @Sendable func entry(_ path: String, kind: Kind) -> ParsedFiles.Entry {
            if let changed, !Self.isChanged(path, in: changed), let cached = known.unchecked(path) { return cached }
            guard let cache, let key = key(path) else { return parse(path, kind: kind) }
            func wrap<Value>(_ entry: ParseCache.Entry<Value>, _ result: (Value) -> ParsedFiles.Result) -> ParsedFiles.Entry {
                ParsedFiles.Entry(text: nil, digest: entry.digest, result: entry.value.map(result) ?? .skipped, diagnostics: entry.diagnostics)
            }
            func unwrap<Value>(_ entry: ParsedFiles.Entry, _ value: (ParsedFiles.Result) -> Value?) -> ParseCache.Entry<Value> {
                ParseCache.Entry(value: value(entry.result), diagnostics: entry.diagnostics, digest: entry.digest)
            }
            switch kind {
            case .strategy:
                return wrap(cache.strategy(key) { unwrap(parse(path, kind: kind)) { if case .strategy(let v) = $0 { v } else { nil } } }, ParsedFiles.Result.strategy)
            case .objectives:
                return wrap(cache.objectives(key) { unwrap(parse(path, kind: kind)) { if case .objectives(let v) = $0 { v } else { nil } } }, ParsedFiles.Result.objectives)
            case .roadmap:
                return wrap(cache.roadmap(key) { unwrap(parse(path, kind: kind)) { if case .roadmap(let v) = $0 { v } else { nil } } }, ParsedFiles.Result.roadmap)
            }
        }
        let work = [files.strategy].compactMap { $0 }.map { ($0, Kind.strategy) } + files.objectives.map { ($0, Kind.objectives) }
            + files.roadmaps.map { ($0, Kind.roadmap) }
        var parsed = Parsed()
        previous.latestChanges = 0
        for ((path, _), found) in zip(work, Parallel.map(work) { entry($0.0, kind: $0.1) }) {
            // Entries from the history walk's cache carry no text and are not kept here.
            if found.text != nil || cache == nil {
                if found.isKeptOnDisk, known.unchecked(path)?.digest != found.digest { previous.latestChanges += 1 }
                previous.store(found, for: path)
            }
            parsed.diagnostics += found.diagnostics
            parsed.digests.append((path, found.digest))
            switch found.result {
            case .strategy(let result): parsed.strategy = result
            case .objectives(let file): parsed.objectiveFiles.append(file)
            case .roadmap(let roadmap): parsed.roadmaps.append(roadmap)
            case .skipped: break
            }
        }
        return parsed
    }

    private enum Kind: Sendable { case strategy, objectives, roadmap }

    /// Whether `path` or a folder holding it is in `changed` (a watcher may report a folder for what happened in it).
    static func isChanged(_ path: String, in changed: Set<String>) -> Bool {
        var folder = Substring(path)
        while true {
            if changed.contains(String(folder)) { return true }
            guard let slash = folder.lastIndex(of: "/") else { return false }
            folder = folder[..<slash]
        }
    }

    /// Where a documentation site keeps its pages: MkDocs and Docusaurus under `docs/` (Docusaurus also
    /// `website/docs/`), Hugo under `content/`, handbooks under their own folder.
    static let siteFolders = ["docs", "doc", "handbook", "planning", "plans", "content", "website/docs", "docs/planning", "docs/strategy",
                              "content/docs", "content/planning", "src/content/docs"]

    /// The folders below `start`, or below the root of the project it is in, among `siteFolders`, that hold
    /// `bearing.yml` or a strategy file, relative to `start` (`docs`, `../docs`): run from the root of an MkDocs project,
    /// whose plan is under `docs/`, or from another of its folders (`src/`), Bearing names the folder to pass instead of
    /// only saying there is no workspace. The project's root is the nearest folder upward holding `.git`, `mkdocs.yml`
    /// or a Docusaurus config; without one only `start` is looked in.
    public func workspacesBelow(_ start: String) -> [String] {
        var folders = [URL(fileURLWithPath: start).standardizedFileURL]
        // Upward to the project's root, when a marker says where it is.
        while !Self.projectMarkers.contains(where: { fileSystem.fileExists(Self.joined(folders[folders.count - 1].path, $0)) }) {
            let parent = folders[folders.count - 1].deletingLastPathComponent()
            guard parent.path != folders[folders.count - 1].path, folders.count < 8 else {
                folders = [folders[0]]
                break
            }
            folders.append(parent)
        }
        for (depth, folder) in folders.enumerated() {
            let found = Self.siteFolders.filter { site in
                let path = Self.joined(folder.path, site)
                return fileSystem.fileExists(path + "/" + ConfigLoader.fileName) || Self.strategyNames.contains { fileSystem.fileExists(path + "/" + $0) }
            }
            if !found.isEmpty { return found.map { String(repeating: "../", count: depth) + $0 } }
        }
        return []
    }

    private static func joined(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    /// What a project's root folder holds: a repository, an MkDocs or a Docusaurus site's settings.
    static let projectMarkers = [".git", "mkdocs.yml", "mkdocs.yaml", "docusaurus.config.js", "docusaurus.config.ts"]

    /// The nearest folder, upward from `start`, holding `bearing.yml` or `strategy.md`.
    public func findWorkspace(from start: String) -> String? {
        var url = URL(fileURLWithPath: start).standardizedFileURL
        while true {
            let path = url.path
            if fileSystem.fileExists(path + "/" + ConfigLoader.fileName) || Self.strategyNames.contains(where: { fileSystem.fileExists(path + "/" + $0) }) {
                return path
            }
            let parent = url.deletingLastPathComponent()
            if parent.path == path { return nil }
            url = parent
        }
    }
}
