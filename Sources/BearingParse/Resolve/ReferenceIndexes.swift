import BearingModel

/// Each kind's `ReferenceIndex` with a digest of the entries it was built from, kept across loads in one process
/// (`ParsedFiles` holds them for `serve`): after a one-file change the priorities', roadmaps' and usually the other
/// kinds' entries are unchanged, and building the objectives' index over 6,000 titles was a tenth of a rebuild.
///
/// With them, each file's resolved items (`Resolved`): a file resolves from its own items and from what every file
/// shares — the indexes, the strategy's priorities and words, the objectives' labels, the fiscal year — so when all of
/// that is what the last load had (`Context`) and the file's items are the ones it resolved then, its result is the
/// kept one. Resolving every item again made a copy of each of 6,000 objectives per rebuild; a kept result is the same
/// storage as the last plan's.
package struct ReferenceIndexes: Sendable {
    private var kept: [String: (digest: Int, index: ReferenceIndex)] = [:]
    /// The kinds whose index this load built afresh (`begin` empties it).
    private var rebuilt: Set<String> = []
    /// What the last load's files were resolved against; nil before any.
    private var context: Context?
    /// The last load's results, by file path.
    private var objectiveFiles: [String: Resolved<ObjectivesFile>] = [:]
    private var roadmaps: [String: Resolved<Roadmap>] = [:]
    /// How many files the latest load took from the kept results.
    package private(set) var reusedFiles = 0

    package init() {}

    /// What every file's references resolve against besides the indexes (`ReferenceResolver.resolve` reads nothing else
    /// of other files).
    struct Context: Equatable, Sendable {
        var priorities: [Priority]
        var words: Set<String>
        var fiscalYearStart: Int?
        var codes: ObjectiveCodes
    }

    /// One file as it was before resolving, as resolving left it, and the findings resolving it made, in order.
    struct Resolved<Value: Equatable & Sendable>: Sendable {
        var input: Value
        var output: Value
        var diagnostics: [Diagnostic]
    }

    /// The index of `entries`: the kept one when they are the same entries, in the same order.
    mutating func index(kind: String, _ entries: [ReferenceIndex.Entry]) -> ReferenceIndex {
        var hasher = Hasher()
        hasher.combine(entries)
        let digest = hasher.finalize()
        if let (kept, index) = kept[kind], kept == digest, index.entries == entries { return index }
        let index = ReferenceIndex(kind: kind, entries: entries)
        kept[kind] = (digest, index)
        rebuilt.insert(kind)
        return index
    }

    /// Starts a load: no index has been built for it yet.
    mutating func begin() { rebuilt = [] }

    /// Whether the kept results may answer in this load: no index was built afresh and `context` is the last load's.
    /// Whatever the answer, `context` is this load's from now on, and the results kept are only those this load records.
    mutating func settle(_ context: Context) -> Bool {
        let valid = rebuilt.isEmpty && self.context == context
        self.context = context
        if !valid {
            objectiveFiles = [:]
            roadmaps = [:]
        }
        return valid
    }

    /// The kept result of resolving `input`, when it is the file last resolved at its path.
    func objectives(_ input: ObjectivesFile) -> Resolved<ObjectivesFile>? {
        guard let kept = objectiveFiles[input.path], kept.input == input else { return nil }
        return kept
    }

    func roadmap(_ input: Roadmap) -> Resolved<Roadmap>? {
        guard let kept = roadmaps[input.path], kept.input == input else { return nil }
        return kept
    }

    /// Keeps this load's results and drops those of files it did not have.
    mutating func keep(objectives: [String: Resolved<ObjectivesFile>], roadmaps: [String: Resolved<Roadmap>], reused: Int) {
        objectiveFiles = objectives
        self.roadmaps = roadmaps
        reusedFiles = reused
    }
}
