import BearingModel
import Foundation

/// Static token vectors distilled from all-MiniLM-L6-v2 (see scripts/distill/distill.py):
/// one int8 vector and one weight per WordPiece token. Immutable once loaded, so freely shared.
public struct TokenVectors: Sendable {
    public let dimensions: Int
    let tokenizer: WordPiece
    let tokens: [String]
    let weights: [Float]
    let scales: [Float]
    /// The file the vectors are read from, and where their int8 values start in it: read in place, because a copy
    /// was 7.8 MB of every build's peak memory (the bundled file is the executable's own static bytes).
    let file: Data
    let valuesOffset: Int
    /// Everyday work unrelated to any strategy (Resources/background-work.txt): the fixed background inference
    /// measures relatedness against. Shipped beside the vectors and loaded with them.
    public let background: [String]

    public enum LoadError: Error, CustomStringConvertible {
        case missing, malformed(String)
        public var description: String {
            switch self {
            case .missing: "token-vectors.bin is not embedded in this bearing executable (it was built without it)"
            case .malformed(let why): "token-vectors.bin is malformed: \(why)"
            }
        }
    }

    /// Whether `other` holds these vectors: O(1) for a copy of them (the arrays' and the bytes' storage is shared), a
    /// comparison of every value for vectors read apart.
    func isSame(as other: TokenVectors) -> Bool {
        guard dimensions == other.dimensions, valuesOffset == other.valuesOffset, tokens == other.tokens, weights == other.weights,
              scales == other.scales, background == other.background else { return false }
        let shared = file.withUnsafeBytes { mine in other.file.withUnsafeBytes { theirs in mine.baseAddress == theirs.baseAddress && mine.count == theirs.count } }
        return shared || file == other.file
    }

    /// The vectors shipped with Bearing, embedded in the executable.
    public static func bundled() throws -> TokenVectors {
        guard let bytes = EmbeddedFiles.bytes("BearingAlign/token-vectors.bin"), let base = bytes.baseAddress else {
            throw LoadError.missing
        }
        guard let bank = EmbeddedFiles.bytes("BearingAlign/background-work.txt") else { throw LoadError.missing }
        // No copy: the embedded bytes are static and live as long as the process.
        return try TokenVectors(data: Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: base), count: bytes.count, deallocator: .none),
                                background: backgroundLines(String(decoding: Data(bank), as: UTF8.self)))
    }

    /// The bank's items: one per line, without blank lines and `#` comments.
    static func backgroundLines(_ text: String) -> [String] {
        text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty && !$0.hasPrefix("#") }
    }

    public init(data: Data, background: [String] = []) throws {
        self.background = background
        var reader = ByteReader(data: data)
        guard reader.bytes(4) == Data("BRGV".utf8) else { throw LoadError.malformed("bad magic") }
        guard let version = reader.uint32(), version == 1 else { throw LoadError.malformed("unknown version") }
        guard let count = reader.uint32().map(Int.init), let dims = reader.uint32().map(Int.init),
              let vocabularyLength = reader.uint32().map(Int.init), let vocabulary = reader.bytes(vocabularyLength),
              let weights = reader.floats(count), let scales = reader.floats(count),
              reader.skip(count * dims) else { throw LoadError.malformed("truncated") }
        valuesOffset = reader.offset - count * dims
        file = data
        tokens = String(decoding: vocabulary, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard tokens.count == count else { throw LoadError.malformed("vocabulary has \(tokens.count) tokens, header says \(count)") }
        var index: [String: Int32] = [:]
        index.reserveCapacity(count)
        for (position, token) in tokens.enumerated() { index[token] = Int32(position) }
        tokenizer = WordPiece(index: index)
        dimensions = dims
        self.weights = weights
        self.scales = scales
    }

    /// The weighted mean of the text's token vectors (not normalised), and the weight behind it.
    func sum(_ words: [WordPiece.Word]) -> (vector: [Float], weight: Float) {
        var vector = [Float](repeating: 0, count: dimensions)
        var total: Float = 0
        for word in words {
            for id in word.pieces { total += add(Int(id), into: &vector) }
        }
        return (vector, total)
    }

    /// Adds token `id`'s weighted vector to `vector` and returns its weight.
    @discardableResult
    func add(_ id: Int, into vector: inout [Float], factor: Float = 1) -> Float {
        let weight = weights[id] * factor
        guard weight != 0 else { return 0 }
        let scale = scales[id] * weight
        let base = id * dimensions
        let count = min(dimensions, vector.count)
        // Through pointers: checked indexing of both arrays was most of embedding. Element by element as before,
        // so every sum is the same to the bit.
        file.withUnsafeBytes { file in
            vector.withUnsafeMutableBufferPointer { out in
                guard let start = file.baseAddress, let out = out.baseAddress else { return }
                let row = (start + valuesOffset).assumingMemoryBound(to: Int8.self) + base
                // Sixteen lanes at a time (the compiler left the plain loop scalar); each lane is the same
                // multiply then add as the scalar loop, so every sum is the same to the bit.
                var d = 0
                while d + 16 <= count {
                    let weights = SIMD16<Float>(UnsafeRawPointer(row + d).loadUnaligned(as: SIMD16<Int8>.self))
                    let sum = UnsafeRawPointer(out + d).loadUnaligned(as: SIMD16<Float>.self)
                    UnsafeMutableRawPointer(out + d).storeBytes(of: sum + weights * scale, as: SIMD16<Float>.self)
                    d += 16
                }
                while d < count {
                    out[d] = out[d] + Float(row[d]) * scale
                    d += 1
                }
            }
        }
        return weights[id]
    }

    /// Unit-length embedding of `text`, zero when it has no known word.
    public func embed(_ text: String) -> [Float] {
        let (vector, weight) = sum(tokenizer.words(text))
        return weight > 0 ? Vector.normalized(vector) : vector
    }
}

/// Reads the little-endian binary layout of token-vectors.bin.
private struct ByteReader {
    let data: Data
    var offset = 0

    mutating func bytes(_ count: Int) -> Data? {
        guard count >= 0, offset + count <= data.count else { return nil }
        defer { offset += count }
        return data.subdata(in: (data.startIndex + offset)..<(data.startIndex + offset + count))
    }

    /// Steps over `count` bytes without copying them; false when the data ends first.
    mutating func skip(_ count: Int) -> Bool {
        guard count >= 0, offset + count <= data.count else { return false }
        offset += count
        return true
    }

    mutating func uint32() -> UInt32? {
        bytes(4).map { $0.withUnsafeBytes { UInt32(littleEndian: $0.loadUnaligned(as: UInt32.self)) } }
    }

    mutating func floats(_ count: Int) -> [Float]? {
        bytes(count * 4).map { data in
            data.withUnsafeBytes { raw in (0..<count).map { Float(bitPattern: UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: $0 * 4, as: UInt32.self))) } }
        }
    }
}
