import BearingModel

/// The cache as bytes, for a store kept on disk between runs (`InferenceStore`). A layout of its own rather than JSON:
/// on the 2,000-file benchmark the JSON of 8,000 entries was 16.6 MB and raised the build's peak memory by 37 MiB (over
/// the memory target), these bytes are a fraction of that and are read without an intermediate tree.
///
/// Layout (`ByteWriter`): the stamp (a length and UTF-8), the context (8 bytes), a table of the strings the entries
/// repeat (priority ids, evidence words), then each entry: its text, its counts, its inference with strings as
/// indexes into the table. Floats keep their bits, so an answer from disk is the one placed. A
/// checksum last (`ByteWriter.sealed`): a damaged file is an empty cache.
extension InferenceCache {
    /// How many texts the latest `inferCounting` placed itself instead of answering from the cache.
    public var latestMisses: Int { latestPlaced }

    /// The entries of the texts the latest `inferCounting` asked for, headed by `stamp` (what the reader must match:
    /// the layout's version and the executable's identity); nil for a cache that never answered one.
    public func bytes(stamp: String) -> [UInt8]? {
        guard let context else { return nil }
        var seen = Set<UInt64>()
        let kept = latestKeys.compactMap { key -> Entry? in seen.insert(key).inserted ? entries[key] : nil }
        // The strings the entries repeat, first: the table goes before the entries that point into it, and one buffer
        // of the whole is written (a second buffer and their join tripled the bytes held at once).
        var table: [String: UInt32] = [:], strings: [String] = []
        func add(_ text: String) {
            if table[text] == nil {
                table[text] = UInt32(strings.count)
                strings.append(text)
            }
        }
        for inference in kept.map(\.inference) {
            for match in inference.ranking + [inference.subPriority].compactMap({ $0 }) + inference.subPriorities.values { add(match.priority) }
            for parent in inference.subPriorities.keys { add(parent) }
            for evidence in inference.evidence { add(evidence.term) }
        }
        var out = ByteWriter()
        out.bytes.reserveCapacity(kept.reduce(0) { $0 + $1.text.utf8.count + 40 + 24 * $1.inference.ranking.count })
        out.string(stamp)
        out.word(context)
        out.integer(UInt64(strings.count))
        for text in strings { out.string(text) }
        out.integer(UInt64(kept.count))
        for entry in kept {
            out.string(entry.text)
            out.integer(UInt64(entry.meaningfulWords))
            out.byte(entry.tooThin ? 1 : 0)
            let inference = entry.inference
            out.float(inference.background)
            out.integer(UInt64(inference.ranking.count))
            for match in inference.ranking { out.match(match, table[match.priority]!) }
            out.byte(inference.subPriority == nil ? 0 : 1)
            if let sub = inference.subPriority { out.match(sub, table[sub.priority]!) }
            out.integer(UInt64(inference.subPriorities.count))
            for (parent, match) in inference.subPriorities.sorted(by: { $0.key < $1.key }) {
                out.integer(UInt64(table[parent]!))
                out.match(match, table[match.priority]!)
            }
            out.integer(UInt64(inference.evidence.count))
            for evidence in inference.evidence {
                out.integer(UInt64(table[evidence.term]!))
                out.byte(evidence.kind == .exact ? 0 : 1)
            }
        }
        return out.sealed()
    }

    /// The cache `bytes(stamp:)` wrote, when `bytes` start with `stamp` and read whole; nil otherwise.
    public init?(bytes: [UInt8], stamp: String) {
        guard var reader = ByteReader(sealed: bytes) else { return nil }
        do {
            guard try reader.string() == stamp else { return nil }
            let context = try reader.word()
            let strings = try reader.strings()
            self.init(context: context)
            let entries = try reader.count()
            for _ in 0..<entries {
                let text = try reader.string(), words = try reader.count(), thin = try reader.byte(), background = try reader.float()
                let ranking = try reader.array { try $0.match(strings) }
                let subPriority = try reader.bool() ? try reader.match(strings) : nil
                var subPriorities: [String: PriorityMatch] = [:]
                for _ in 0..<(try reader.count()) {
                    let parent = try reader.index(strings)
                    subPriorities[parent] = try reader.match(strings)
                }
                let evidence = try reader.array { reader in
                    let term = try reader.index(strings)
                    return Evidence(term: term, kind: try reader.byte() == 0 ? .exact : .related)
                }
                let inference = Inference(ranking: ranking, subPriority: subPriority, subPriorities: subPriorities, evidence: evidence, background: background)
                store(Entry(text: text, inference: inference, meaningfulWords: words, tooThin: thin == 1), key: ContentHash.of(text))
            }
            guard reader.isAtEnd else { return nil }
        } catch {
            return nil
        }
    }
}

extension ByteWriter {
    fileprivate mutating func match(_ match: PriorityMatch, _ priority: UInt32) {
        integer(UInt64(priority))
        for value in [match.similarity, match.margin, match.strength, match.fit] { float(value) }
        byte(match.namedByTitle.map { $0 ? 2 : 1 } ?? 0)
    }
}

extension ByteReader {
    /// The string at a table index the bytes give.
    fileprivate mutating func index(_ strings: [String]) throws -> String {
        let index = try count()
        guard index < strings.count else { throw DamagedBytes() }
        return strings[index]
    }

    fileprivate mutating func match(_ strings: [String]) throws -> PriorityMatch {
        let priority = try index(strings)
        let similarity = try float(), margin = try float(), strength = try float(), fit = try float(), named = try byte()
        var match = PriorityMatch(priority: priority, similarity: similarity, margin: margin, strength: strength, fit: fit)
        match.namedByTitle = named == 0 ? nil : named == 2
        return match
    }
}
