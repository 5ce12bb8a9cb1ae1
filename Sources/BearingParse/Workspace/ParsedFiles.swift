import BearingModel

/// Each file of a workspace on disk as last parsed, by path and text, to keep across builds of one workspace (`serve`):
/// a file parses the same way whatever the other files say (references are resolved after every file is parsed), so
/// after a one-file change every other file is answered from here, and a watcher's list of changes spares even
/// reading them. Entries are valid only under the bearing.yml they were parsed with (`config`), since the folders,
/// labels and limits it sets change how a file reads. A plain value: whoever runs builds keeps it. (`ParseCache`
/// serves a history walk instead: it is keyed by the content ids git gives, without reading the files.)
public struct ParsedFiles: Sendable {
    /// One file as the loader last read it.
    struct Entry: Sendable {
        /// Kept to rule out two texts with one digest: an entry answers only for its own text.
        var text: String?
        var digest: UInt64
        var result: Result
        /// What reading and parsing the file found.
        var diagnostics: [Diagnostic]
        /// The entry's bytes as read from a file kept on disk (`ParsedFiles+Bytes`), copied as they are when the
        /// file is written again: encoding 2,000 unchanged files anew after a one-file edit was most of writing it.
        var encoded: ArraySlice<UInt8>? = nil
    }

    enum Result: Sendable {
        case strategy(StrategyParser.Result)
        case objectives(ObjectivesFile)
        case roadmap(Roadmap)
        /// The file could not be read as Markdown (too large, binary, empty); its diagnostics say why.
        case skipped

        /// Gives the file's model its headings' anchors and its targets.
        mutating func setAnchors(_ anchors: HeadingAnchors) {
            switch self {
            case .strategy(var parsed): parsed.strategy.anchors = anchors; self = .strategy(parsed)
            case .objectives(var file): file.anchors = anchors; self = .objectives(file)
            case .roadmap(var roadmap): roadmap.anchors = anchors; self = .roadmap(roadmap)
            case .skipped: break
            }
        }
    }

    /// The digest of the bearing.yml the entries were parsed under (nil: none, or a new cache).
    private(set) var config: UInt64?
    private(set) var entries: [String: Entry] = [:]
    /// The reference indexes of the last load, reused while their entries stay the same.
    var references = ReferenceIndexes()
    /// How many files the latest load took resolved from the last one's (`ReferenceIndexes.Resolved`), for
    /// `rebuild-bench`.
    public var reusedResolvedFiles: Int { references.reusedFiles }
    /// What each owner spelling of the last load says on its own, worked out once (`OwnerSpellings`).
    var owners = OwnerSpellings()
    /// The files the last load found, under `config`: a watcher's list of edits to files among them changes none
    /// of the folders, so the next load keeps these instead of walking the workspace again.
    var scan: WorkspaceScanner.Files?

    public init() {}

    /// Entries read back from bytes (`ParsedFiles+Bytes`), parsed under the bearing.yml of digest `config`.
    init(entries: [String: Entry], config: UInt64?) {
        self.entries = entries
        self.config = config
    }

    public var count: Int { entries.count }

    /// How many files the latest load parsed (the strategy aside), or forgot because they are gone: what a copy kept on
    /// disk would miss.
    public internal(set) var latestChanges = 0

    /// Drops every entry when bearing.yml is not the one the entries were parsed under.
    mutating func use(config digest: UInt64?) {
        if digest != config || entries.isEmpty {
            entries = [:]
            scan = nil
            config = digest
        }
    }

    /// The entry for `path` when it was parsed from exactly `text`, byte for byte (`hasSameBytes`: `==` takes "é" as one
    /// character and as "e" with an accent for the same text, and the model copies the bytes).
    func entry(_ path: String, text: String) -> Entry? {
        guard let entry = entries[path], let kept = entry.text, kept.hasSameBytes(as: text) else { return nil }
        return entry
    }

    /// The entry for `path` whatever its text now is: for a caller that knows the file has not changed.
    func unchecked(_ path: String) -> Entry? { entries[path] }

    mutating func store(_ entry: Entry, for path: String) { entries[path] = entry }

    /// Keeps only the files of `paths`, so a long-lived cache forgets deleted files.
    mutating func retain(_ paths: Set<String>) {
        let before = entries.count
        entries = entries.filter { paths.contains($0.key) }
        latestChanges += before - entries.count
    }
}
