import BearingModel

/// The cache as bytes, for a store kept on disk between runs (`InferenceStore`). A layout of its own rather than JSON:
/// on the 2,000-file benchmark the JSON of 8,000 entries was 16.6 MB and raised the build's peak memory by 37 MiB (over
/// the memory target), these bytes are a fraction of that and are read without an intermediate tree.
///
/// Layout, little-endian: the stamp (a length and UTF-8), the context (8 bytes), a table of the strings the entries
/// repeat (priority ids, evidence words), then each entry: its text, its counts, its inference with strings as
/// indexes into the table. Floats keep their bits, so an answer from disk is the one placed.
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
        return out.bytes
    }

    /// The cache `bytes(stamp:)` wrote, when `bytes` start with `stamp` and read whole; nil otherwise.
    public init?(bytes: [UInt8], stamp: String) {
        var reader = ByteReader(bytes)
        guard reader.string() == stamp, let context = reader.word(), let count = reader.count() else { return nil }
        var strings: [String] = []
        strings.reserveCapacity(count)
        for _ in 0..<count {
            guard let text = reader.string() else { return nil }
            strings.append(text)
        }
        self.init(context: context)
        guard let entries = reader.count() else { return nil }
        for _ in 0..<entries {
            guard let text = reader.string(), let words = reader.count(), let thin = reader.byte(), let background = reader.float(),
                  let ranked = reader.count() else { return nil }
            var ranking: [PriorityMatch] = []
            for _ in 0..<ranked {
                guard let match = reader.match(strings) else { return nil }
                ranking.append(match)
            }
            var subPriority: PriorityMatch?
            guard let hasSub = reader.byte() else { return nil }
            if hasSub == 1 {
                guard let match = reader.match(strings) else { return nil }
                subPriority = match
            }
            guard let parents = reader.count() else { return nil }
            var subPriorities: [String: PriorityMatch] = [:]
            for _ in 0..<parents {
                guard let parent = reader.count(), parent < strings.count, let match = reader.match(strings) else { return nil }
                subPriorities[strings[parent]] = match
            }
            guard let evidenceCount = reader.count() else { return nil }
            var evidence: [Evidence] = []
            for _ in 0..<evidenceCount {
                guard let term = reader.count(), term < strings.count, let kind = reader.byte() else { return nil }
                evidence.append(Evidence(term: strings[term], kind: kind == 0 ? .exact : .related))
            }
            let inference = Inference(ranking: ranking, subPriority: subPriority, subPriorities: subPriorities, evidence: evidence, background: background)
            store(Entry(text: text, inference: inference, meaningfulWords: words, tooThin: thin == 1), key: ContentHash.of(text))
        }
        guard reader.isAtEnd else { return nil }
    }
}

private struct ByteWriter {
    var bytes: [UInt8] = []

    mutating func byte(_ value: UInt8) { bytes.append(value) }

    /// LEB128: most numbers here are small.
    mutating func integer(_ value: UInt64) {
        var value = value
        while value >= 0x80 {
            bytes.append(UInt8(value & 0x7F) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
    }

    mutating func word(_ value: UInt64) { withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) } }

    mutating func float(_ value: Float) { withUnsafeBytes(of: value.bitPattern.littleEndian) { bytes.append(contentsOf: $0) } }

    mutating func string(_ text: String) {
        integer(UInt64(text.utf8.count))
        bytes.append(contentsOf: text.utf8)
    }

    mutating func match(_ match: PriorityMatch, _ priority: UInt32) {
        integer(UInt64(priority))
        for value in [match.similarity, match.margin, match.strength, match.fit] { float(value) }
        byte(match.namedByTitle.map { $0 ? 2 : 1 } ?? 0)
    }
}

private struct ByteReader {
    let bytes: [UInt8]
    var offset = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var isAtEnd: Bool { offset == bytes.count }

    mutating func byte() -> UInt8? {
        guard offset < bytes.count else { return nil }
        defer { offset += 1 }
        return bytes[offset]
    }

    mutating func integer() -> UInt64? {
        var value: UInt64 = 0, shift: UInt64 = 0
        while let next = byte() {
            guard shift < 64 else { return nil }
            value |= UInt64(next & 0x7F) << shift
            if next < 0x80 { return value }
            shift += 7
        }
        return nil
    }

    /// An integer small enough to count or index with (a damaged file can say anything).
    mutating func count() -> Int? {
        guard let value = integer(), value <= UInt64(bytes.count) else { return nil }
        return Int(value)
    }

    mutating func word() -> UInt64? {
        guard offset + 8 <= bytes.count else { return nil }
        defer { offset += 8 }
        return (0..<8).reduce(UInt64(0)) { $0 | UInt64(bytes[offset + $1]) << (8 * UInt64($1)) }
    }

    mutating func float() -> Float? {
        guard offset + 4 <= bytes.count else { return nil }
        defer { offset += 4 }
        return Float(bitPattern: (0..<4).reduce(UInt32(0)) { $0 | UInt32(bytes[offset + $1]) << (8 * UInt32($1)) })
    }

    mutating func string() -> String? {
        guard let length = count(), offset + length <= bytes.count else { return nil }
        defer { offset += length }
        return String(decoding: bytes[offset..<offset + length], as: UTF8.self)
    }

    mutating func match(_ strings: [String]) -> PriorityMatch? {
        guard let priority = count(), priority < strings.count, let similarity = float(), let margin = float(), let strength = float(),
              let fit = float(), let named = byte() else { return nil }
        var match = PriorityMatch(priority: strings[priority], similarity: similarity, margin: margin, strength: strength, fit: fit)
        match.namedByTitle = named == 0 ? nil : named == 2
        return match
    }
}
