import BearingModel

/// The search index's memo as bytes, for a store kept on disk between runs of the command line (`SearchStore` in
/// BearingBuild): after a one-file edit, cleaning every item's text for the index again was the largest part of a
/// build that kept its parsed files and pages (docs/benchmarks.md, "Session 28").
///
/// Layout (`ByteWriter`): the stamp, the memo's word table, then each text the latest index used: its title and body
/// (an entry answers only for its own text, compared whole), the start of its cleaned text, its words as numbers into
/// the table, and its latest excerpts with the words each leaves out; a checksum last (`ByteWriter.sealed`).
extension SearchIndex.Memo {
    /// The texts the latest index used, headed by `stamp`; nil when there are none.
    package func bytes(stamp: String) -> [UInt8]? {
        guard !entries.isEmpty else { return nil }
        var out = ByteWriter()
        out.bytes.reserveCapacity(entries.reduce(0) { $0 + $1.key.body.utf8.count + 200 })
        out.string(stamp)
        out.strings(spellings)
        out.integer(UInt64(entries.count))
        for (key, text) in entries.sorted(by: { ($0.key.title, $0.key.body) < ($1.key.title, $1.key.body) }) {
            out.string(key.title)
            out.string(String(key.body))
            out.string(text.plain)
            out.bool(text.more)
            // Numbered when the index used them (`finish` keeps only those).
            out.array(text.numbers) { $0.integer(UInt64(UInt32(bitPattern: $1))) }
            out.array(text.cuts) { out, cut in
                out.int(cut.length)
                out.string(cut.excerpt)
                out.array(cut.candidates.skipped) { $0.int($1) }
            }
        }
        return out.sealed()
    }

    /// The memo `bytes(stamp:)` wrote, when `bytes` start with `stamp` and read whole; nil otherwise.
    package init?(bytes: [UInt8], stamp: String) {
        guard var reader = ByteReader(sealed: bytes) else { return nil }
        do {
            guard try reader.string() == stamp else { return nil }
            let spellings = try reader.strings()
            var entries: [Key: Text] = [:]
            let count = try reader.count()
            entries.reserveCapacity(count)
            for _ in 0..<count {
                let title = try reader.string(), body = try reader.string(), plain = try reader.string(), more = try reader.bool()
                let numbers = try reader.array { reader in
                    let number = try reader.integer()
                    guard number < UInt64(spellings.count) else { throw DamagedBytes() }
                    return Int32(number)
                }
                let cuts = try reader.array { reader in
                    let length = try reader.int(), excerpt = try reader.string()
                    let skipped = try reader.array { reader in
                        let index = try reader.int()
                        guard numbers.indices.contains(index) else { throw DamagedBytes() }
                        return index
                    }
                    return (length: length, excerpt: excerpt, candidates: SearchIndex.Candidates(words: numbers, skipped: skipped))
                }
                var text = Text(plain: plain, more: more, words: [])
                text.numbers = numbers
                text.isNumbered = true
                text.cuts = cuts
                entries[Key(title: title, body: Substring(body))] = text
            }
            guard reader.isAtEnd else { return nil }
            self.init(entries: entries, spellings: spellings)
        } catch {
            return nil
        }
    }
}
