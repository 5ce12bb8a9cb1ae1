/// The anchor (HTML id) of an item: `item-` and its id made safe, `/` written `--`. Set on the item's heading when
/// it is parsed, so the heading and every link to it (search, roadmap cards) use the one value, whatever
/// formatting the heading's text carries.
package enum ItemAnchor {
    package static func make(_ id: String) -> String {
        var slashes = 0, safe = true
        for byte in id.utf8 {
            if byte == UInt8(ascii: "/") { slashes += 1 } else if !isSafe(byte) { safe = false; break }
        }
        if safe, let first = id.utf8.first, first != UInt8(ascii: ".") {
            // Written straight into the string's storage: every link to a roadmap item or an initiative comes here (6,600
            // calls per build at 200 files), and a byte array copied into a string cost ~4,800 instructions each.
            let prefix = "item-".utf8, count = prefix.count + id.utf8.count + slashes
            return String(unsafeUninitializedCapacity: count) { buffer in
                var at = 0
                for byte in prefix { buffer[at] = byte; at += 1 }
                for byte in id.utf8 {
                    if byte == UInt8(ascii: "/") {
                        buffer[at] = UInt8(ascii: "-")
                        buffer[at + 1] = UInt8(ascii: "-")
                        at += 2
                    } else {
                        buffer[at] = byte
                        at += 1
                    }
                }
                return at
            }
        }
        return "item-" + component(id.split(separator: "/", omittingEmptySubsequences: false).joined(separator: "--"))
    }

    /// A file-name-safe form: letters, digits, `-`, `_`, `.`; others become `-`.
    package static func component(_ text: String) -> String {
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

    package static func isSafe(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."): true
        default: false
        }
    }

    /// Gives the top-level heading on each `(line, id)` the anchor of that id, in place of a written `{#label}`
    /// (the label is already part of the id).
    package static func set(on blocks: inout [Block], headings: [(line: Int, id: String)]) {
        guard !headings.isEmpty else { return }
        var anchors: [Int: String] = [:]
        for (line, id) in headings where anchors[line] == nil { anchors[line] = make(id) }
        for index in blocks.indices {
            guard case .heading(let level, let content, _) = blocks[index].kind, let anchor = anchors[blocks[index].line] else { continue }
            blocks[index].kind = .heading(level: level, content: content, label: anchor)
        }
    }
}
