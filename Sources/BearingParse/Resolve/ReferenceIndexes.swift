/// Each kind's `ReferenceIndex` with a digest of the entries it was built from, kept across loads in one process
/// (`ParsedFiles` holds them for `serve`): after a one-file change the priorities', roadmaps' and usually the other
/// kinds' entries are unchanged, and building the objectives' index over 6,000 titles was a tenth of a rebuild.
package struct ReferenceIndexes: Sendable {
    private var kept: [String: (digest: Int, index: ReferenceIndex)] = [:]

    package init() {}

    /// The index of `entries`: the kept one when they are the same entries, in the same order.
    mutating func index(kind: String, _ entries: [ReferenceIndex.Entry]) -> ReferenceIndex {
        var hasher = Hasher()
        hasher.combine(entries)
        let digest = hasher.finalize()
        if let (kept, index) = kept[kind], kept == digest, index.entries == entries { return index }
        let index = ReferenceIndex(kind: kind, entries: entries)
        kept[kind] = (digest, index)
        return index
    }
}
