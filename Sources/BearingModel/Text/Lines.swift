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
        utf8.withContiguousStorageIfAvailable { $0.contains(byte) } ?? utf8.contains(byte)
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
        guard let first = pattern.first else { return true }
        let search = { (bytes: UnsafeBufferPointer<UInt8>) -> Bool in
            guard bytes.count >= pattern.count else { return false }
            for start in 0...(bytes.count - pattern.count) where bytes[start] == first {
                var index = 1
                while index < pattern.count, bytes[start + index] == pattern[index] { index += 1 }
                if index == pattern.count { return true }
            }
            return false
        }
        if let answer = utf8.withContiguousStorageIfAvailable(search) { return answer }
        return Array(utf8).withUnsafeBufferPointer(search)
    }
}
