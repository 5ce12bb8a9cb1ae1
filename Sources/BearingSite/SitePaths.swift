import BearingAlign
import BearingCore

/// Where each page lives in the site, as paths relative to its root. Links between pages are made
/// relative (`root` + path), so the site works from file:// and under any base path.
enum SitePaths {
    static func priority(_ id: String) -> String { "priorities/\(component(id)).html" }
    static func quarter(_ quarter: String) -> String { "quarters/\(component(quarter)).html" }
    static func report(_ quarter: String) -> String { "reports/\(component(quarter)).html" }
    static func roadmap(_ id: String) -> String { "roadmaps/\(component(id)).html" }
    /// "2026-q4/cut-toil" → objectives/2026-q4/cut-toil.html
    static func objective(_ id: String) -> String {
        // Every card on every list page links here: an id that is already a safe path is used as it is.
        if isSafePath(id) { return "objectives/" + id + ".html" }
        return "objectives/" + parts(id).map(component).joined(separator: "/") + ".html"
    }

    /// The page of any item: initiatives live on their objective's page, roadmap items on their roadmap's board.
    static func item(_ item: AlignedItem) -> String {
        switch item.kind {
        case .objective: objective(item.id)
        case .initiative: objective(item.parent ?? item.id) + "#" + anchor(item.id)
        case .roadmapItem: roadmap(item.roadmap ?? "") + "#" + anchor(item.id)
        }
    }

    /// `../` once per folder level of `path`.
    static func root(of path: String) -> String {
        String(repeating: "../", count: parts(path).count - 1)
    }

    /// The non-empty parts between `/`s; split on bytes when the text is ASCII, as every id and path almost always is.
    private static func parts(_ text: String) -> [String] {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return text.split(separator: "/").map(String.init) }
        return text.utf8.split(separator: UInt8(ascii: "/")).map { String(Substring($0)) }
    }

    /// A file-name-safe form: letters, digits, `-`, `_`, `.`; others become `-`.
    static func component(_ text: String) -> String {
        let safe: String
        if text.utf8.allSatisfy(isSafe) {
            safe = text
        } else if text.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) {
            // Every link on every page goes through here: plain ASCII ids are mapped byte by byte.
            safe = String(decoding: text.utf8.map { Self.isSafe($0) ? $0 : UInt8(ascii: "-") }, as: UTF8.self)
        } else {
            safe = String(text.map { $0.isASCII && ($0.isLetter || $0.isNumber || "-_.".contains($0)) ? $0 : "-" })
        }
        return safe.isEmpty || safe.hasPrefix(".") ? "x" + safe : safe
    }

    private static func isSafe(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."): true
        default: false
        }
    }

    static func anchor(_ id: String) -> String {
        if id.utf8.allSatisfy({ isSafe($0) || $0 == UInt8(ascii: "/") }), let first = id.utf8.first, first != UInt8(ascii: ".") {
            var bytes = Array("item-".utf8)
            bytes.reserveCapacity(id.utf8.count + 8)
            for byte in id.utf8 {
                if byte == UInt8(ascii: "/") { bytes += [UInt8(ascii: "-"), UInt8(ascii: "-")] } else { bytes.append(byte) }
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        return "item-" + component(id.split(separator: "/", omittingEmptySubsequences: false).joined(separator: "--"))
    }

    /// Whether `path` maps to itself: safe bytes in non-empty parts between single `/`s, none starting with `.`.
    static func isSafePath(_ path: String) -> Bool {
        var previous = UInt8(ascii: "/")
        for byte in path.utf8 {
            if byte == UInt8(ascii: "/") {
                if previous == UInt8(ascii: "/") { return false }
            } else if !isSafe(byte) || (byte == UInt8(ascii: ".") && previous == UInt8(ascii: "/")) {
                return false
            }
            previous = byte
        }
        return previous != UInt8(ascii: "/")
    }
}
