/// A 64-bit FNV-1a hash of text, the same in every process and on every machine (Swift's `Hasher` is seeded per
/// process), so a cache keyed by it can be kept between builds. Callers that must not confuse two texts keep the
/// text beside the key and compare it.
package struct ContentHash: Sendable {
    package private(set) var value: UInt64 = 0xCBF2_9CE4_8422_2325

    package init() {}

    /// Adds the text's UTF-8 bytes and a separator, so ("ab", "c") and ("a", "bc") differ.
    package mutating func add(_ text: String) {
        // Over the contiguous bytes: every item's text is hashed on every build (the inference cache's keys), and
        // stepping through `utf8`'s indices cost twice the hashing itself.
        var text = text
        var value = value
        text.withUTF8 { bytes in for byte in bytes { value = (value ^ UInt64(byte)) &* 0x100_0000_01B3 } }
        self.value = value
        mix(0xFF)  // never a byte of UTF-8
    }

    private mutating func mix(_ byte: UInt8) {
        value = (value ^ UInt64(byte)) &* 0x100_0000_01B3
    }

    package static func of(_ text: String) -> UInt64 {
        var hash = ContentHash()
        hash.add(text)
        return hash.value
    }
}
