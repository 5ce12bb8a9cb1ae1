import BearingModel

/// Parsed files as bytes, for a store kept on disk between runs of the command line (`ParseStore` in BearingBuild): a
/// build after a one-file edit reads every file, but parses only the edited one. Reading 2,000 files' models back
/// costs a fraction of parsing them (docs/benchmarks.md, "Session 28").
///
/// Layout (`ByteWriter`): the stamp, the bearing.yml digest the files were parsed under, then each file: its path and
/// the length of the rest, its text (an entry answers only for its own text, compared whole), its digest, its
/// diagnostics and its model, with strings interned within the entry so that an unchanged entry's bytes are copied into
/// the next file as they are; a checksum last (`ByteWriter.sealed`). The strategy is not kept: one file, parsed every time.
extension ParsedFiles.Entry {
    /// Whether `bytes` keeps it: an entry with its text (one without never answers) and not the strategy.
    var isKeptOnDisk: Bool {
        guard text != nil else { return false }
        if case .strategy = result { return false }
        return true
    }
}

extension ParsedFiles {
    /// The entries with a text and a model of objectives or a roadmap, headed by `stamp`; nil when there are none.
    public func bytes(stamp: String) -> [UInt8]? {
        let kept = entries.filter(\.value.isKeptOnDisk).sorted { $0.key < $1.key }
        guard !kept.isEmpty else { return nil }
        var out = ByteWriter()
        out.bytes.reserveCapacity(kept.reduce(0) { $0 + ($1.value.encoded?.count ?? 4 * ($1.value.text?.utf8.count ?? 0)) + 64 })
        out.string(stamp)
        out.bool(config != nil)
        if let config { out.word(config) }
        out.integer(UInt64(kept.count))
        for (path, entry) in kept {
            out.string(path)
            if let encoded = entry.encoded {
                out.integer(UInt64(encoded.count))
                out.bytes.append(contentsOf: encoded)
                continue
            }
            var body = ByteWriter()
            body.string(entry.text)
            body.word(entry.digest)
            body.array(entry.diagnostics) { $0.diagnostic($1) }
            switch entry.result {
            case .objectives(let file): body.byte(1); body.objectivesFile(file)
            case .roadmap(let roadmap): body.byte(2); body.roadmap(roadmap)
            case .skipped: body.byte(3)
            case .strategy: preconditionFailure("filtered out above")
            }
            out.integer(UInt64(body.bytes.count))
            out.bytes.append(contentsOf: body.bytes)
        }
        return out.sealed()
    }

    /// The files `bytes(stamp:)` wrote, when `bytes` start with `stamp` and read whole; nil otherwise.
    public init?(bytes: [UInt8], stamp: String) {
        guard var reader = ByteReader(sealed: bytes) else { return nil }
        do {
            guard try reader.string() == stamp else { return nil }
            let config = try reader.bool() ? try reader.word() : nil
            var entries: [String: Entry] = [:]
            let count = try reader.count()
            entries.reserveCapacity(count)
            for _ in 0..<count {
                let path = try reader.string(), length = try reader.count(), start = reader.offset
                // Each entry's strings are interned within it, so its bytes stand alone (`Entry.encoded`).
                reader.forgetInterned()
                let text = try reader.optionalString(), digest = try reader.word()
                let diagnostics = try reader.array { try $0.diagnostic() }
                let result: Result
                switch try reader.byte() {
                case 1: result = .objectives(try reader.objectivesFile())
                case 2: result = .roadmap(try reader.roadmap())
                case 3: result = .skipped
                default: throw DamagedBytes()
                }
                guard reader.offset == start + length else { throw DamagedBytes() }
                entries[path] = Entry(text: text, digest: digest, result: result, diagnostics: diagnostics,
                                      encoded: reader.bytes[start..<reader.offset])
            }
            guard reader.isAtEnd else { return nil }
            self.init(entries: entries, config: config)
        } catch {
            return nil
        }
    }
}
