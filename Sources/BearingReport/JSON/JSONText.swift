/// JSON string literals written straight into bytes, escaped exactly as JSONEncoder escapes them
/// (with `.withoutEscapingSlashes`), plus what a JSON document needs to be safe inside a script:
/// U+2028 and U+2029 end a statement in older JavaScript, and `</` is written `<\/`.
package enum JSONText {
    /// `forScript: false` writes plain JSON, as JSONEncoder does, without the two script-only escapes.
    /// Runs of bytes that need no escape are copied whole; most text is one run.
    package static func append(_ text: String, to out: inout [UInt8], forScript: Bool = true) {
        out.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { bytes in
            var runStart = 0
            var index = 0
            func flush() { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index])) }
            while index < bytes.count {
                let byte = bytes[index]
                let escape: [UInt8]
                switch byte {
                case UInt8(ascii: "\""): escape = [0x5C, 0x22]
                case UInt8(ascii: "\\"): escape = [0x5C, 0x5C]
                case 0x08: escape = [0x5C, UInt8(ascii: "b")]
                case 0x09: escape = [0x5C, UInt8(ascii: "t")]
                case 0x0A: escape = [0x5C, UInt8(ascii: "n")]
                case 0x0C: escape = [0x5C, UInt8(ascii: "f")]
                case 0x0D: escape = [0x5C, UInt8(ascii: "r")]
                case 0..<0x20:
                    let hex = Array("0123456789abcdef".utf8)
                    escape = [0x5C, UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
                case UInt8(ascii: "/") where forScript && index > 0 && bytes[index - 1] == UInt8(ascii: "<"):
                    escape = [0x5C, 0x2F]
                case 0xE2 where forScript && index + 2 < bytes.count && bytes[index + 1] == 0x80
                    && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                    // U+2028 and U+2029 are E2 80 A8 and E2 80 A9.
                    flush()
                    out += Array(bytes[index + 2] == 0xA8 ? "\\u2028".utf8 : "\\u2029".utf8)
                    index += 3
                    runStart = index
                    continue
                default:
                    index += 1
                    continue
                }
                flush()
                out += escape
                index += 1
                runStart = index
            }
            flush()
        }
        out.append(UInt8(ascii: "\""))
    }
}
