#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension String {
    /// The lines between `\n`s, empty ones included, split on the UTF-8 bytes. A line feed is always a grapheme
    /// cluster of its own (`\r\n` aside, which callers normalize first), so this equals `split(separator: "\n")`
    /// without breaking every Character of the file, which was a third of Markdown reading.
    public func splitLines() -> [Substring] {
        utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { Substring($0) }
    }

}

extension StringProtocol {
    /// Whether the text holds `byte`, looked for in its UTF-8 without bridging to Foundation.
    package func containsByte(_ byte: UInt8) -> Bool {
        // Through the contiguous bytes when there are (native strings): the generic view walked a whole file a byte
        // at a time and showed in the Markdown reader's profile.
        utf8.withContiguousStorageIfAvailable { bytes in
            guard let base = bytes.baseAddress else { return false }
            return memchr(base, Int32(byte), bytes.count) != nil
        } ?? utf8.contains(byte)
    }

    /// Whether the text holds `needle` byte for byte. `contains(_:)` with a string goes through Foundation's
    /// Unicode-aware search on Linux, which showed in the parsers' profile; the needles here are short ASCII markers.
    package func containsBytes(_ needle: StaticString) -> Bool {
        containsBytes(UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount))
    }

    /// `containsBytes` for a needle that is not a literal (a table of words).
    package func containsBytes(of needle: String) -> Bool {
        var needle = needle
        return needle.withUTF8 { containsBytes($0) }
    }

    private func containsBytes(_ pattern: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !pattern.isEmpty else { return true }
        // The candidates are found with `memchr` on the needle's first byte that is not a space (" ^" looks for "^"):
        // most needles' bytes are rare in prose, and the byte-at-a-time walk over whole files, 24 needles each, was
        // 2.4 % of a cold build's CPU at 2,000 files. Every start whose anchor byte matches is still compared in full.
        let anchor = pattern.firstIndex(where: { $0 != UInt8(ascii: " ") }) ?? 0
        let key = Int32(pattern[anchor])
        let search = { (bytes: UnsafeBufferPointer<UInt8>) -> Bool in
            guard bytes.count >= pattern.count, let base = bytes.baseAddress else { return false }
            // The anchor of the last start that leaves room for the whole needle.
            let lastAnchor = bytes.count - pattern.count + anchor
            var from = anchor
            while from <= lastAnchor {
                guard let hit = memchr(base + from, key, lastAnchor - from + 1) else { return false }
                let start = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit)) - anchor
                var index = 0
                while index < pattern.count, bytes[start + index] == pattern[index] { index += 1 }
                if index == pattern.count { return true }
                from = start + anchor + 1
            }
            return false
        }
        if let answer = utf8.withContiguousStorageIfAvailable(search) { return answer }
        return Array(utf8).withUnsafeBufferPointer(search)
    }
}
