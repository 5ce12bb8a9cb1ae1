import BearingModel

/// RFC 4180 CSV, shared by the report and the database's CSV files.
package enum CSV {
    package static func render(_ rows: [[String]]) -> String {
        var out: [UInt8] = []
        for row in rows { appendRow(row, to: &out) }
        return String(decoding: out, as: UTF8.self)
    }

    /// One record and its `\r\n`, as `render` writes each row.
    package static func appendRow<Output: ByteOutput>(_ fields: [String], to out: inout Output) {
        for (index, text) in fields.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            var text = text
            text.withUTF8 { appendField($0, to: &out) }
        }
        out.append(contentsOf: [0x0D, 0x0A])
    }

    /// `field` of the UTF-8 text in `bytes`, appended to `out`: the database's CSV tables are printed from
    /// SQLite's own buffers without making a String of every cell.
    package static func appendField<Output: ByteOutput>(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout Output) {
        let formula = bytes.first.map { "=+-@".utf8.contains($0) && Double(String(decoding: bytes, as: UTF8.self)) == nil } ?? false
        let quoted = bytes.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }
        if quoted { out.append(UInt8(ascii: "\"")) }
        if formula { out.append(UInt8(ascii: "'")) }
        if quoted {
            for byte in bytes {
                if byte == UInt8(ascii: "\"") { out.append(byte) }
                out.append(byte)
            }
            out.append(UInt8(ascii: "\""))
        } else {
            out.append(contentsOf: bytes)
        }
    }

    /// Quotes fields holding commas, quotes or line breaks, doubling inner quotes. A leading `=`, `+`, `-` or `@`
    /// that is not part of a number gets a `'` so spreadsheets do not run the cell as a formula.
    package static func field(_ text: String) -> String {
        var value = text
        if let first = value.utf8.first, "=+-@".utf8.contains(first), Double(value) == nil { value = "'" + value }
        // Byte checks: every character that needs quoting is ASCII, and there are millions of fields.
        guard value.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }) else { return value }
        var quoted = "\""
        for scalar in value.unicodeScalars {
            if scalar == "\"" { quoted += "\"" }
            quoted.unicodeScalars.append(scalar)
        }
        return quoted + "\""
    }
}
