/// A digest of everything a build reads from the workspace: each input file's path and text (bearing.yml
/// included). The build stores it in planning.db so that `bearing query` can tell when the database was built
/// from other files than the workspace now holds. FNV-1a 64: it detects edits, it does not resist forgery.
package struct InputFingerprint: Sendable, Equatable {
    private var state: UInt64 = 0xcbf2_9ce4_8422_2325

    package init() {}

    /// The digest of one file's text as read (nil when the file was skipped; its size then stands for it).
    package static func digest(text: String?, size: Int?) -> UInt64 {
        var one = InputFingerprint()
        if var text {
            text.withUTF8 { one.add($0) }
        } else {
            one.add(Array("skipped \(size ?? -1)".utf8))
        }
        return one.state
    }

    /// Adds one file; files must be added in a fixed order (the loader sorts them by path).
    package mutating func add(path: String, digest: UInt64) {
        var path = path
        path.withUTF8 { add($0) }
        add([0])
        add(withUnsafeBytes(of: digest.littleEndian) { Array($0) })
    }

    /// Sixteen hex digits.
    package var text: String {
        let hex = String(state, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    private mutating func add<Bytes: Sequence<UInt8>>(_ bytes: Bytes) {
        for byte in bytes {
            state = (state ^ UInt64(byte)) &* 0x100_0000_01b3
        }
    }
}
