/// JSON string literals written straight into bytes, escaped exactly as JSONEncoder escapes them
/// (with `.withoutEscapingSlashes`), plus what a JSON document needs to be safe inside a script:
/// U+2028 and U+2029 end a statement in older JavaScript, and `</` is written `<\/`.
public enum JSONText {
    /// `forScript: false` writes plain JSON, as JSONEncoder does, without the two script-only escapes.
    public static func append(_ text: String, to out: inout [UInt8], forScript: Bool = true) {
        out.append(UInt8(ascii: "\""))
        var previous: UInt8 = 0
        var utf8 = text.utf8.makeIterator()
        while let byte = utf8.next() {
            switch byte {
            case UInt8(ascii: "\""): out += [0x5C, 0x22]
            case UInt8(ascii: "\\"): out += [0x5C, 0x5C]
            case 0x08: out += [0x5C, UInt8(ascii: "b")]
            case 0x09: out += [0x5C, UInt8(ascii: "t")]
            case 0x0A: out += [0x5C, UInt8(ascii: "n")]
            case 0x0C: out += [0x5C, UInt8(ascii: "f")]
            case 0x0D: out += [0x5C, UInt8(ascii: "r")]
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                out += [0x5C, UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
            case UInt8(ascii: "/") where forScript && previous == UInt8(ascii: "<"):
                out += [0x5C, 0x2F]
            case 0xE2 where forScript:
                // U+2028 and U+2029 are E2 80 A8 and E2 80 A9.
                guard let second = utf8.next() else { out.append(byte); break }
                guard second == 0x80, let third = utf8.next() else { out += [byte, second]; previous = second; continue }
                if third == 0xA8 || third == 0xA9 {
                    out += Array(third == 0xA8 ? "\\u2028".utf8 : "\\u2029".utf8)
                } else {
                    out += [byte, second, third]
                }
                previous = third
                continue
            default:
                out.append(byte)
            }
            previous = byte
        }
        out.append(UInt8(ascii: "\""))
    }
}
