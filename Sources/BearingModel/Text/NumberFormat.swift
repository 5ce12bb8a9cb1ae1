import Foundation

/// `String(format:)` for the two number formats the reports and pages print by the hundred thousand,
/// with the C library doing the printing: Foundation's format parsing cost more than the rest of
/// building a link's explanation. A test checks both against `String(format:)` on many values.
package enum NumberFormat {
    /// `String(format: "%.<digits>f", value)`.
    package static func fixed(_ value: Double, digits: Int) -> String {
        print(value, format: "%.\(digits)f")
    }

    /// `String(format: "%g", value)`.
    package static func general(_ value: Double) -> String {
        print(value, format: "%g")
    }

    private static func print(_ value: Double, format: String) -> String {
        let capacity = 48
        return withUnsafeTemporaryAllocation(of: CChar.self, capacity: capacity) { buffer in
            let count = withVaList([value]) { vsnprintf(buffer.baseAddress!, capacity, format, $0) }
            // A number too long for the buffer (1e300 in %f) is rare enough for the slow path.
            guard count >= 0, Int(count) < capacity else { return String(format: format, value) }
            return String(decoding: UnsafeRawBufferPointer(start: buffer.baseAddress!, count: Int(count)), as: UTF8.self)
        }
    }
}
