import Foundation
import Testing
@testable import BearingModel

@Suite("Text helpers")
struct TextHelperTests {
    @Test("trims exactly what Foundation's whitespace sets trim, for every scalar of the Basic Multilingual Plane")
    func matchesFoundation() {
        for value in UInt32(0)...0xFFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = String(scalar) + "a" + String(scalar) + " b" + String(scalar) + String(scalar)
            #expect(text.trimmed == text.trimmingCharacters(in: .whitespacesAndNewlines), "U+\(String(value, radix: 16))")
            #expect(text.trimmedSpaces == text.trimmingCharacters(in: .whitespaces), "U+\(String(value, radix: 16))")
        }
        #expect("".trimmed == "" && " \r\n\t ".trimmed == "" && "\u{3000}x\u{2029}".trimmed == "x")
    }

    @Test("replacingAll replaces like Foundation's replacingOccurrences")
    func replacing() {
        let cases = [("1,200_000", ",", ""), ("a and b and", " and ", ","), ("in_progress", "_", "-"), ("", ",", ""), ("ééé,é", ",", "; "),
                     ("aaaa", "aa", "b"), ("x & y & z", " & ", ","), ("—_—", "_", " ")]
        for (text, needle, replacement) in cases {
            #expect(text.replacingAll(needle, with: replacement) == text.replacingOccurrences(of: needle, with: replacement), "\(text)")
        }
    }

    @Test("a file sink writes small and large chunks in order, and reports a failed file at close")
    func fileSink() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("sink-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        var expected: [UInt8] = []
        var sink = try FileSink(path: path)
        for round in 0..<40 {
            // Single bytes, short runs and chunks larger than the buffer, which bypass it.
            let chunk = [UInt8](repeating: UInt8(round), count: round % 7 == 0 ? 200_000 : round * 37)
            sink.append(UInt8(255 - round))
            sink.append(contentsOf: chunk)
            sink.append(contentsOf: chunk.lazy.map { $0 &+ 1 })
            expected.append(UInt8(255 - round))
            expected += chunk
            expected += chunk.map { $0 &+ 1 }
        }
        try sink.close()
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data(expected))
        #expect(throws: (any Error).self) { _ = try FileSink(path: "/nonexistent-folder/x") }
        if FileManager.default.fileExists(atPath: "/dev/full") {
            var full = try FileSink(path: "/dev/full")
            full.append(contentsOf: [UInt8](repeating: 1, count: 300_000))
            #expect(throws: (any Error).self) { try full.close() }
        }
    }

    @Test("fixed and general number formats print exactly what String(format:) prints")
    func numberFormats() {
        var generator = SystemRandomNumberGenerator()
        var values: [Double] = [0, -0.0, 0.005, 0.015, 0.125, 0.375, 2.675, 1e-7, 123456.785, -1.5, 0.5, 1.5, 2.5, 1e21, 1e300, -1e300,
                                .infinity, -.infinity, .nan, .ulpOfOne, .leastNonzeroMagnitude, .greatestFiniteMagnitude]
        for _ in 0..<20_000 {
            values.append(Double.random(in: -2...2, using: &generator))
            values.append(Double(Int.random(in: -100_000...100_000, using: &generator)) / 1000)
            values.append(Double(bitPattern: UInt64.random(in: 0...UInt64.max, using: &generator)))
        }
        for value in values {
            #expect(NumberFormat.fixed(value, digits: 2) == String(format: "%.2f", value), "\(value)")
            #expect(NumberFormat.fixed(value, digits: 0) == String(format: "%.0f", value), "\(value)")
            #expect(NumberFormat.general(value) == String(format: "%g", value), "\(value)")
        }
    }

    @Test("slugs keep exactly the ASCII characters Foundation calls alphanumeric")
    func slugCharacters() {
        for value in UInt32(0)..<0x80 {
            #expect(Slug.isASCIIAlphanumeric(value) == CharacterSet.alphanumerics.contains(Unicode.Scalar(value)!), "\(value)")
        }
        #expect(Slug.make("Grow the Network: 60 communities’ hubs!") == "grow-the-network-60-communities-hubs")
    }
}
