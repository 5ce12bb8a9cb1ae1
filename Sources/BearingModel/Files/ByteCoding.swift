/// Bytes of Bearing's own layout, for what the cache keeps between runs (`.bearing-cache/`): inferences and parsed
/// files. Little-endian; counts and small numbers in LEB128, strings as a length and UTF-8. A layout of its own rather
/// than JSON or `Codable`: read back without an intermediate tree, at a fraction of the bytes (docs/benchmarks.md).
package struct ByteWriter {
    package var bytes: [UInt8] = []
    /// The strings written with `interned`, by their order of first writing.
    private var interned: [String: UInt64] = [:]

    package init() {}

    package mutating func byte(_ value: UInt8) { bytes.append(value) }

    package mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }

    /// LEB128: most numbers here are small.
    package mutating func integer(_ value: UInt64) {
        var value = value
        while value >= 0x80 {
            bytes.append(UInt8(value & 0x7F) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
    }

    /// A signed number, zigzag-coded so that small negatives stay short.
    package mutating func int(_ value: Int) {
        let wide = Int64(value)
        integer(UInt64(bitPattern: (wide << 1) ^ (wide >> 63)))
    }

    package mutating func word(_ value: UInt64) { withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) } }

    package mutating func float(_ value: Float) { withUnsafeBytes(of: value.bitPattern.littleEndian) { bytes.append(contentsOf: $0) } }

    /// Keeps the bits, so a value read back is the one written.
    package mutating func double(_ value: Double) { word(value.bitPattern) }

    package mutating func string(_ text: String) {
        integer(UInt64(text.utf8.count))
        bytes.append(contentsOf: text.utf8)
    }

    package mutating func string(_ text: String?) {
        bool(text != nil)
        if let text { string(text) }
    }

    /// A string that repeats (a path, a lane's title): written once, then as its number. The reader's copies share
    /// one buffer too.
    package mutating func interned(_ text: String) {
        if let number = interned[text] {
            integer(number + 1)
        } else {
            integer(0)
            string(text)
            interned[text] = UInt64(interned.count)
        }
    }

    /// Starts the strings `interned` writes afresh: what follows reads without what came before (`ByteReader`'s
    /// `forgetInterned` at the same place), so its bytes can be copied into another file as they are.
    package mutating func forgetInterned() { interned = [:] }

    package mutating func strings(_ texts: [String]) {
        integer(UInt64(texts.count))
        for text in texts { string(text) }
    }

    /// The bytes written so far followed by their checksum, for `ByteReader(sealed:)`; nothing is written after.
    package mutating func sealed() -> [UInt8] {
        word(ByteChecksum.of(bytes, count: bytes.count))
        return bytes
    }

    /// An optional number: a flag, then the value.
    package mutating func double(_ value: Double?) {
        bool(value != nil)
        if let value { double(value) }
    }

    package mutating func int(_ value: Int?) {
        bool(value != nil)
        if let value { int(value) }
    }

    /// An enumeration by its raw name: a renamed case reads as a damaged file, never as another case.
    package mutating func name<Value: RawRepresentable<String>>(_ value: Value) { string(value.rawValue) }

    package mutating func name<Value: RawRepresentable<String>>(_ value: Value?) { string(value?.rawValue) }
}

/// What `ByteReader` throws: the bytes end early or say something no writer wrote. A reader of a cache treats either
/// as an empty cache.
package struct DamagedBytes: Error {
    package init() {}
}

/// Reads what `ByteWriter` wrote. Every read checks the bounds: a cache file can be cut short or overwritten by
/// anything.
package struct ByteReader {
    package let bytes: [UInt8]
    package var offset = 0
    /// Where the bytes to read end: before the checksum of sealed bytes.
    private let end: Int
    private var interned: [String] = []

    package init(_ bytes: [UInt8]) {
        self.bytes = bytes
        end = bytes.count
    }

    /// A reader of what `ByteWriter.sealed` made, when its checksum holds; nil for bytes changed since, cut short or
    /// made otherwise. A cache file's bytes can be damaged anywhere, and a changed letter of a kept title would read as a
    /// title: the checksum turns any such change into an empty cache.
    package init?(sealed bytes: [UInt8]) {
        guard bytes.count >= 8 else { return nil }
        let body = bytes.count - 8
        let stored = (0..<8).reduce(UInt64(0)) { $0 | UInt64(bytes[body + $1]) << (8 * UInt64($1)) }
        guard ByteChecksum.of(bytes, count: body) == stored else { return nil }
        self.bytes = bytes
        end = body
    }

    package var isAtEnd: Bool { offset == end }

    package mutating func byte() throws -> UInt8 {
        guard offset < end else { throw DamagedBytes() }
        defer { offset += 1 }
        return bytes[offset]
    }

    package mutating func bool() throws -> Bool {
        switch try byte() {
        case 0: false
        case 1: true
        default: throw DamagedBytes()
        }
    }

    package mutating func integer() throws -> UInt64 {
        var value: UInt64 = 0, shift: UInt64 = 0
        while true {
            let next = try byte()
            guard shift < 64 else { throw DamagedBytes() }
            value |= UInt64(next & 0x7F) << shift
            if next < 0x80 { return value }
            shift += 7
        }
    }

    package mutating func int() throws -> Int {
        let coded = try integer()
        return Int(truncatingIfNeeded: Int64(bitPattern: (coded >> 1) ^ (0 &- (coded & 1))))
    }

    /// A number small enough to count or index with (a damaged file can say anything).
    package mutating func count() throws -> Int {
        let value = try integer()
        guard value <= UInt64(end) else { throw DamagedBytes() }
        return Int(value)
    }

    package mutating func word() throws -> UInt64 {
        guard offset + 8 <= end else { throw DamagedBytes() }
        defer { offset += 8 }
        return (0..<8).reduce(UInt64(0)) { $0 | UInt64(bytes[offset + $1]) << (8 * UInt64($1)) }
    }

    package mutating func float() throws -> Float {
        guard offset + 4 <= end else { throw DamagedBytes() }
        defer { offset += 4 }
        return Float(bitPattern: (0..<4).reduce(UInt32(0)) { $0 | UInt32(bytes[offset + $1]) << (8 * UInt32($1)) })
    }

    package mutating func double() throws -> Double { Double(bitPattern: try word()) }

    package mutating func string() throws -> String {
        let length = try count()
        guard offset + length <= end else { throw DamagedBytes() }
        defer { offset += length }
        return String(decoding: bytes[offset..<offset + length], as: UTF8.self)
    }

    package mutating func internedString() throws -> String {
        let number = try integer()
        guard number > 0 else {
            let text = try string()
            interned.append(text)
            return text
        }
        guard number <= UInt64(interned.count) else { throw DamagedBytes() }
        return interned[Int(number - 1)]
    }

    /// Where the writer's `forgetInterned` was.
    package mutating func forgetInterned() { interned = [] }

    package mutating func optionalString() throws -> String? { try bool() ? try string() : nil }

    package mutating func strings() throws -> [String] {
        let count = try count()
        var texts: [String] = []
        texts.reserveCapacity(count)
        for _ in 0..<count { texts.append(try string()) }
        return texts
    }

    package mutating func optionalDouble() throws -> Double? { try bool() ? try double() : nil }

    package mutating func optionalInt() throws -> Int? { try bool() ? try int() : nil }

    package mutating func name<Value: RawRepresentable<String>>(_: Value.Type = Value.self) throws -> Value {
        guard let value = Value(rawValue: try string()) else { throw DamagedBytes() }
        return value
    }

    package mutating func optionalName<Value: RawRepresentable<String>>(_: Value.Type = Value.self) throws -> Value? {
        try bool() ? try name(Value.self) : nil
    }

    /// `count` values, each read by `read`.
    package mutating func array<Value>(_ read: (inout ByteReader) throws -> Value) throws -> [Value] {
        let count = try count()
        var values: [Value] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try read(&self)) }
        return values
    }
}

extension ByteWriter {
    /// A count, then each value written by `write`.
    package mutating func array<Value>(_ values: [Value], _ write: (inout ByteWriter, Value) -> Void) {
        integer(UInt64(values.count))
        for value in values { write(&self, value) }
    }
}

/// A 64-bit checksum of bytes, eight at a time: each step is a bijection of the running value for a given word, so any
/// change confined to one word changes the result, and damage spread wider is missed with a chance of 2⁻⁶⁴. Not a
/// defence against anyone who means harm, only against damaged files; a word at a time checks 30 MB in a few ms.
enum ByteChecksum {
    static func of(_ bytes: [UInt8], count: Int) -> UInt64 {
        bytes.withUnsafeBytes { buffer in
            var value = 0x9E37_79B9_7F4A_7C15 ^ UInt64(count)
            var offset = 0
            while offset + 8 <= count {
                value = mix(value, UInt64(littleEndian: buffer.loadUnaligned(fromByteOffset: offset, as: UInt64.self)))
                offset += 8
            }
            var last: UInt64 = 0
            for index in offset..<count { last |= UInt64(buffer[index]) << (8 * UInt64(index - offset)) }
            value = mix(value, last)
            value ^= value >> 29
            value &*= 0xBF58_476D_1CE4_E5B9
            return value ^ value >> 32
        }
    }

    private static func mix(_ value: UInt64, _ word: UInt64) -> UInt64 {
        let mixed = (value ^ word) &* 0xFF51_AFD7_ED55_8CCD
        return mixed ^ mixed >> 32
    }
}
