extension String {
    /// Every occurrence of `needle` replaced, comparing UTF-8 bytes. Foundation's `replacingOccurrences`
    /// bridges to UTF-16 on Linux and was a visible share of parsing; the needles here are short ASCII.
    package func replacingAll(_ needle: String, with replacement: String) -> String {
        let pattern = Array(needle.utf8)
        guard let first = pattern.first else { return self }
        let bytes = Array(utf8)
        guard bytes.contains(first) else { return self }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == first, index + pattern.count <= bytes.count, bytes[index..<index + pattern.count].elementsEqual(pattern) {
                out += replacement.utf8
                index += pattern.count
            } else {
                out.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
