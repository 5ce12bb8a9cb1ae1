import BearingModel
import Foundation

/// Applies `Priorities:` lines to one Markdown file on disk and changes nothing else: a UTF-8 byte-order mark,
/// the line endings and the permissions stay as they were, a file that ends up unchanged is not written at all
/// (so its modification time stays), and a read-only file is refused rather than replaced.
package enum PrioritiesFileWriter {
    /// One `Priorities: value` line for the item that starts at `line`.
    package struct Insertion: Sendable {
        package var line: Int
        package var value: String
        package init(line: Int, value: String) { self.line = line; self.value = value }
    }

    package struct Outcome {
        /// Lines written into the file (0 when it was left alone).
        package var written = 0
        /// Misspelt priorities keys corrected instead of adding a line beside them (none when the file was left alone).
        package var corrected: [PrioritiesLineWriter.Correction] = []
        /// Insertions that could not be made, with why; the rest of the file's were still made.
        package var skipped: [(line: Int, reason: String)] = []
        /// Why the whole file was left alone (read-only, unreadable, not UTF-8, or the write failed).
        package var refused: String?
    }

    private static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// Adds `insertions` to the file at `absolutePath`; `displayPath` is the path the parser reports.
    package static func apply(_ insertions: [Insertion], to absolutePath: String, displayPath: String) -> Outcome {
        var outcome = Outcome()
        guard let data = FileManager.default.contents(atPath: absolutePath) else {
            outcome.refused = "cannot be read; left alone"
            return outcome
        }
        let original = [UInt8](data)
        let hasMark = original.starts(with: byteOrderMark)
        // Line numbers come from the workspace loader, which reads the file without its mark, as this does.
        guard var text = String(validating: original.dropFirst(hasMark ? 3 : 0), as: UTF8.self) else {
            outcome.refused = "is not valid UTF-8; left alone (run `bearing check`)"
            return outcome
        }
        // Bottom-up, so each insertion leaves the line numbers of the ones still to come unchanged.
        for insertion in insertions.sorted(by: { $0.line > $1.line }) {
            switch PrioritiesLineWriter.insert(insertion.value, forItemAt: insertion.line, in: text, path: displayPath) {
            case .success(let edit):
                text = edit.text
                if let correction = edit.correction { outcome.corrected.append(correction) } else { outcome.written += 1 }
            case .failure(let failure):
                outcome.skipped.append((insertion.line, failure.description))
            }
        }
        let updated = (hasMark ? byteOrderMark : []) + Array(text.utf8)
        guard updated != original else {
            outcome.written = 0
            outcome.corrected = []
            return outcome
        }
        guard AtomicFile.isWritable(absolutePath) else {
            let keys = outcome.corrected.isEmpty ? "" : " and \(outcome.corrected.count) key correction\(outcome.corrected.count == 1 ? "" : "s")"
            outcome.refused = "is read-only; left alone, without its \(outcome.written) new Priorities: line\(outcome.written == 1 ? "" : "s")\(keys) (make it writable and run again)"
            outcome.written = 0
            outcome.corrected = []
            return outcome
        }
        do {
            try AtomicFile.write(updated, to: absolutePath)
        } catch {
            outcome.refused = "\(error)"
            outcome.written = 0
            outcome.corrected = []
        }
        return outcome
    }
}
