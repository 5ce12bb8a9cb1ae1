import BearingParse
import BearingReport

/// The search index as a script (`window.BEARING_SEARCH = {…}`): a JSON file could not be fetched from file://.
enum SearchIndex {
    struct Entry: Sendable {
        var title, href, kind, `where`, text: String
    }

    /// Written by hand, in sorted key order, because the index is the largest file of the site and
    /// JSONEncoder plus three passes of string replacement took a second on a 24,000-entry plan.
    static func script(_ entries: [Entry]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(entries.reduce(64) { $0 + 64 + $1.title.utf8.count + $1.href.utf8.count + $1.text.utf8.count + $1.where.utf8.count })
        out += Array("window.BEARING_SEARCH = {\"entries\":[".utf8)
        // Each key with the punctuation before it, printed once rather than built for every entry.
        let keys = ["{\"href\":", ",\"kind\":", ",\"text\":", ",\"title\":", ",\"where\":"].map { Array($0.utf8) }
        for (index, entry) in entries.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            for (number, value) in [entry.href, entry.kind, entry.text, entry.title, entry.where].enumerated() {
                out += keys[number]
                JSONText.append(value, to: &out)
            }
            out.append(UInt8(ascii: "}"))
        }
        out += Array("]};\n".utf8)
        return out
    }
}
