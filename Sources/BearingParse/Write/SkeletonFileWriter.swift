import BearingModel
import Foundation

/// Adds a block of new lines to a Markdown file (`bearing new`) and changes nothing else: the lines already
/// there stay byte for byte, a UTF-8 byte-order mark and CRLF line endings are kept, and the file is replaced
/// atomically with its permissions. The block is set apart from its neighbours by one blank line each side.
package enum SkeletonFileWriter {
    private static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// Inserts `block` (lines without endings) after the last non-blank line before 0-based line `index` (the end
    /// of the file when nil) of the file at `path`; returns the 1-based line the block's first line now has.
    package static func insert(_ block: [String], before index: Int?, into path: String) throws -> Int {
        guard let data = FileManager.default.contents(atPath: path) else { throw AtomicFile.Failure(description: "cannot read \(path)") }
        let original = [UInt8](data)
        let hasMark = original.starts(with: byteOrderMark)
        guard let text = String(validating: original.dropFirst(hasMark ? 3 : 0), as: UTF8.self) else {
            throw AtomicFile.Failure(description: "\(path) is not valid UTF-8; left alone (run `bearing check`)")
        }
        if text.contains("\r"), !text.contains("\r\n") {
            throw AtomicFile.Failure(description: "\(path) ends lines with a bare carriage return; convert it to \\n or \\r\\n first")
        }
        guard AtomicFile.isWritable(path) else { throw AtomicFile.Failure(description: "\(path) is read-only; left alone") }
        let (updated, line) = inserting(block, before: index, into: text)
        try AtomicFile.write((hasMark ? byteOrderMark : []) + Array(updated.utf8), to: path)
        return line
    }

    /// `text` with `block` inserted, and the 1-based line of the block's first line.
    package static func inserting(_ block: [String], before index: Int?, into text: String) -> (String, Int) {
        let crlf = text.contains("\r\n")
        // Split on the scalar: in Swift "\r\n" is one Character. Existing lines keep their own "\r".
        var lines = text.isEmpty ? [] : text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { String(String.UnicodeScalarView($0)) }
        let endedWithNewline = lines.last == ""
        if endedWithNewline { lines.removeLast() }
        var at = min(index ?? lines.count, lines.count)
        while at > 0, lines[at - 1].allSatisfy(\.isWhitespace) { at -= 1 }
        let ending = crlf ? "\r" : ""
        // The last line of a file with no final newline gets one, since lines now follow it.
        if at == lines.count, at > 0, !endedWithNewline { lines[at - 1] += ending }
        var inserted = (at == 0 ? [] : [""]) + block
        if at < lines.count, !lines[at].allSatisfy(\.isWhitespace) { inserted.append("") }
        lines.insert(contentsOf: inserted.map { $0 + ending }, at: at)
        let last = lines.count - 1
        let newlineAtEnd = endedWithNewline || at + inserted.count > last
        return (lines.joined(separator: "\n") + (newlineAtEnd ? "\n" : ""), at + (at == 0 ? 1 : 2))
    }
}
