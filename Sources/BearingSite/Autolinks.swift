/// Bare URLs in text become links, as GitHub shows them (the GFM spec's "extended autolinks"): `https://…`, `http://…`
/// and `www.…`. Plans written for GitHub put issue links on their own line (kubernetes/sig-release's roadmap has one under
/// every deliverable), and the site showed them as text nobody could click. Only the HTML is affected: the model keeps
/// the text as written, so titles, inference and the data files read what the user wrote.
enum Autolinks {
    /// A bare URL: its UTF-8 offsets in the text and the address to link to.
    struct Match: Equatable {
        var range: Range<Int>
        var href: String
    }

    /// The bare URLs of `text`, in order; empty for almost every text, found without copying it.
    static func matches(in text: String) -> [Match] {
        guard mayHold(text.utf8) else { return [] }
        let bytes = Array(text.utf8)
        var found: [Match] = []
        var index = 0
        while index < bytes.count {
            if let match = match(in: bytes, at: index) {
                found.append(match)
                index = match.range.upperBound
            } else {
                index += 1
            }
        }
        return found
    }

    /// `text` as HTML, its bare URLs as links.
    static func html(_ text: String) -> String? {
        let found = matches(in: text)
        guard !found.isEmpty else { return nil }
        let bytes = Array(text.utf8)
        var out = ""
        var last = 0
        for match in found {
            out += HTMLEscape.escape(String(decoding: bytes[last..<match.range.lowerBound], as: UTF8.self))
            let written = String(decoding: bytes[match.range], as: UTF8.self)
            out += "<a href=\"\(HTMLEscape.escape(HTMLRenderer.wellFormed(match.href)))\">\(HTMLEscape.escape(written))</a>"
            last = match.range.upperBound
        }
        return out + HTMLEscape.escape(String(decoding: bytes[last...], as: UTF8.self))
    }

    /// "://" or "www." somewhere: the only texts worth a closer look.
    private static func mayHold(_ utf8: String.UTF8View) -> Bool {
        var previous: (UInt8, UInt8, UInt8) = (0, 0, 0)
        for byte in utf8 {
            if byte == UInt8(ascii: "/"), previous.1 == UInt8(ascii: ":"), previous.2 == UInt8(ascii: "/") { return true }
            if byte == UInt8(ascii: "."), previous == (0x77, 0x77, 0x77) || previous == (0x57, 0x57, 0x57) { return true }
            previous = (previous.1, previous.2, byte)
        }
        return false
    }

    private static func match(in bytes: [UInt8], at start: Int) -> Match? {
        // Only where a word starts: after a space, the start, or `*`, `_`, `~`, `(` (GFM).
        if start > 0, !isSpace(bytes[start - 1]), !"*_~(".utf8.contains(bytes[start - 1]) { return nil }
        let prefix: String
        if hasPrefix(bytes, at: start, "https://") { prefix = "" }
        else if hasPrefix(bytes, at: start, "http://") { prefix = "" }
        else if hasPrefix(bytes, at: start, "www.") { prefix = "http://" }
        else { return nil }
        let domainStart = prefix.isEmpty ? start + (bytes[start + 4] == UInt8(ascii: "s") || bytes[start + 4] == UInt8(ascii: "S") ? 8 : 7) : start
        var end = domainStart
        while end < bytes.count, isDomain(bytes[end]) { end += 1 }
        guard isValidDomain(bytes[domainStart..<end]) else { return nil }
        while end < bytes.count, !isSpace(bytes[end]), bytes[end] != UInt8(ascii: "<") { end += 1 }
        end = trimmed(bytes, start: start, end: end)
        guard end > domainStart else { return nil }
        return Match(range: start..<end, href: prefix + String(decoding: bytes[start..<end], as: UTF8.self))
    }

    /// The end without trailing punctuation, an unbalanced `)` or an entity-like `&name;` (GFM's extended autolink path validation).
    private static func trimmed(_ bytes: [UInt8], start: Int, end: Int) -> Int {
        var end = end
        while end > start {
            let last = bytes[end - 1]
            if "?!.,:*_~'\"".utf8.contains(last) { end -= 1; continue }
            if last == UInt8(ascii: ")") {
                let opened = bytes[start..<end].count { $0 == UInt8(ascii: "(") }
                let closed = bytes[start..<end].count { $0 == UInt8(ascii: ")") }
                if closed > opened { end -= 1; continue }
            }
            if last == UInt8(ascii: ";"), let amp = bytes[start..<(end - 1)].lastIndex(of: UInt8(ascii: "&")),
               amp + 1 < end - 1, bytes[(amp + 1)..<(end - 1)].allSatisfy(isAlphanumeric) {
                end = amp
                continue
            }
            break
        }
        return end
    }

    /// Segments of letters, digits, `_` and `-` separated by periods, at least one period, no `_` in the last two.
    private static func isValidDomain(_ domain: ArraySlice<UInt8>) -> Bool {
        var named = domain.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        // A sentence's full stop after the domain ("see www.example.org.") is trimmed later, not part of it.
        if named.last?.isEmpty == true { named.removeLast() }
        guard named.count >= 2, named.allSatisfy({ !$0.isEmpty }) else { return false }
        return !named.suffix(2).contains { $0.contains(UInt8(ascii: "_")) }
    }

    private static func isDomain(_ byte: UInt8) -> Bool {
        isAlphanumeric(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".") || byte >= 0x80
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }

    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }

    /// Case-insensitive ASCII prefix.
    private static func hasPrefix(_ bytes: [UInt8], at start: Int, _ prefix: String) -> Bool {
        let wanted = Array(prefix.utf8)
        guard start + wanted.count <= bytes.count else { return false }
        for (offset, byte) in wanted.enumerated() where bytes[start + offset] | 0x20 != byte | 0x20 { return false }
        return true
    }
}
