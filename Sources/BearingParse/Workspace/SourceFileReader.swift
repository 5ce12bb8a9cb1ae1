import BearingModel
import Foundation

/// Turns a file's bytes into text, or into a diagnostic when it cannot be read as Markdown:
/// too large, binary, empty, or not UTF-8 (then it is still read, with replacement characters).
struct SourceFileReader {
    let fileSystem: FileSystem
    let maxBytes: Int

    /// The file's text, or nil when it must be skipped; findings go to `diagnostics`.
    func read(absolutePath: String, displayPath: String, diagnostics: inout DiagnosticBag) -> String? {
        if let size = fileSystem.fileSize(absolutePath), size > maxBytes {
            diagnostics.error(.fileTooLarge, "file is \(Self.megabytes(size)), over the \(Self.megabytes(maxBytes)) limit; skipped",
                              fix: "split it, or raise `max_file_size` in bearing.yml")
            return nil
        }
        let data: Data
        do {
            data = try fileSystem.readFile(absolutePath)
        } catch {
            diagnostics.error(.unreadableFile, "cannot read file: \(error.localizedDescription)")
            return nil
        }
        if data.count > maxBytes {
            diagnostics.error(.fileTooLarge, "file is \(Self.megabytes(data.count)), over the \(Self.megabytes(maxBytes)) limit; skipped")
            return nil
        }
        // One copy into an array: checking Data byte by byte pays an exclusivity check per byte.
        let all = [UInt8](data)
        // Windows PowerShell's `>` and Notepad's "Unicode" write UTF-16 with a byte-order mark: every other byte of
        // ASCII text is NUL, so it is no binary file. Read it, and say what it is (git shows it as binary).
        if let (text, order) = Self.utf16(all) {
            diagnostics.warning(.utf16File, "file is UTF-16 (\(order)); read as such, but git diffs and most tools show it as binary, and `suggest --apply` leaves it alone",
                                fix: "re-save it as UTF-8 (`iconv -f UTF-16 -t UTF-8`, or your editor's \"Save with encoding\")")
            if text.allSatisfy(\.isWhitespace) {
                diagnostics.warning(.emptyFile, "file is empty")
                return nil
            }
            return text
        }
        if let zero = all.prefix(8192).firstIndex(of: 0) {
            diagnostics.error(.binaryFile, "binary file (a NUL byte at offset \(zero)); skipped",
                              line: Self.line(atOffset: zero, in: all[...]))
            return nil
        }
        let bytes = all.starts(with: [0xEF, 0xBB, 0xBF]) ? all.dropFirst(3) : all[...]
        let text: String
        if let valid = String(validating: bytes, as: UTF8.self) {
            text = valid
        } else {
            let offset = Self.firstInvalidUTF8Offset(bytes)
            let (line, column) = Self.position(ofOffset: offset, in: bytes)
            diagnostics.error(.notUTF8, "file is not valid UTF-8 (first bad byte at offset \(offset)); read with replacement characters",
                              line: line, column: column, fix: "re-save the file as UTF-8")
            text = String(decoding: bytes, as: UTF8.self)
        }
        if text.allSatisfy(\.isWhitespace) {
            diagnostics.warning(.emptyFile, "file is empty")
            return nil
        }
        return text
    }

    /// The text of bytes that start with a UTF-16 byte-order mark (FF FE little-endian, FE FF big-endian), without the
    /// mark, and which order it was; nil for any other bytes. Invalid sequences read as replacement characters.
    static func utf16(_ bytes: [UInt8]) -> (text: String, order: String)? {
        guard bytes.count >= 2 else { return nil }
        let little: Bool
        switch (bytes[0], bytes[1]) {
        case (0xFF, 0xFE): little = true
        case (0xFE, 0xFF): little = false
        default: return nil
        }
        // "FF FE 00 00" is UTF-32's mark, not UTF-16's.
        if little, bytes.count >= 4, bytes[2] == 0, bytes[3] == 0 { return nil }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = 2
        while index + 1 < bytes.count {
            let (a, b) = (UInt16(bytes[index]), UInt16(bytes[index + 1]))
            units.append(little ? a | b << 8 : a << 8 | b)
            index += 2
        }
        return (String(decoding: units, as: UTF16.self), little ? "little-endian" : "big-endian")
    }

    static func megabytes(_ bytes: Int) -> String {
        String(format: "%.1f MB", Double(bytes) / 1_048_576)
    }

    private static func line(atOffset offset: Int, in data: ArraySlice<UInt8>) -> Int {
        position(ofOffset: offset, in: data).line
    }

    /// 1-based line and byte column of a byte offset.
    private static func position(ofOffset offset: Int, in data: ArraySlice<UInt8>) -> (line: Int, column: Int) {
        var line = 1
        var lineStart = 0
        for (index, byte) in data.prefix(offset).enumerated() where byte == 0x0A {
            line += 1
            lineStart = index + 1
        }
        return (line, offset - lineStart + 1)
    }

    /// Offset of the first byte that does not begin or continue a valid UTF-8 sequence.
    private static func firstInvalidUTF8Offset(_ data: ArraySlice<UInt8>) -> Int {
        let bytes = [UInt8](data)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let length: Int
            switch byte {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return index
            }
            guard index + length <= bytes.count else { return index }
            for continuation in 1..<length where bytes[index + continuation] & 0xC0 != 0x80 { return index }
            index += length
        }
        return index
    }
}
