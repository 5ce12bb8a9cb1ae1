import Foundation

/// Where rendered bytes go: an array in memory, or a file through a buffer. The large data files
/// (planning.json, the CSV tables) are printed straight to disk so they are never held whole.
package protocol ByteOutput {
    mutating func append(_ byte: UInt8)
    mutating func append<Bytes: Sequence>(contentsOf bytes: Bytes) where Bytes.Element == UInt8
}

extension Array: ByteOutput where Element == UInt8 {}

/// A file written through a 64 KiB buffer. A failed write is kept and thrown by `close`, so printers can
/// append without handling errors at every byte.
package struct FileSink: ByteOutput {
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    private var failure: Int32?
    private static let capacity = 1 << 16

    /// Creates (or truncates) the file at `path`.
    package init(path: String) throws {
        descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        buffer.reserveCapacity(Self.capacity)
    }

    package mutating func append(_ byte: UInt8) {
        buffer.append(byte)
        if buffer.count >= Self.capacity { flush() }
    }

    package mutating func append<Bytes: Sequence>(contentsOf bytes: Bytes) where Bytes.Element == UInt8 {
        // A chunk as large as the buffer goes straight to the file rather than growing the buffer to hold it.
        if bytes.underestimatedCount >= Self.capacity {
            flush()
            let descriptor = descriptor
            if failure != nil { return }
            if let result = bytes.withContiguousStorageIfAvailable({ Self.write(UnsafeRawBufferPointer($0), to: descriptor) }) {
                failure = result
                return
            }
        }
        buffer.append(contentsOf: bytes)
        if buffer.count >= Self.capacity { flush() }
    }

    /// Writes what is buffered and closes the file; throws the first error of any write.
    package mutating func close() throws {
        flush()
        if Foundation.close(descriptor) != 0, failure == nil { failure = errno }
        if let failure { throw POSIXError(POSIXErrorCode(rawValue: failure) ?? .EIO) }
    }

    private mutating func flush() {
        if failure == nil { failure = buffer.withUnsafeBytes { Self.write($0, to: descriptor) } }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Writes all of `bytes` to an open file, through short writes and interruptions; the errno of a failed
    /// write, else nil. The one write loop: the site's pages, the streamed data files and `AtomicFile` use it.
    package static func write(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32) -> Int32? {
        guard let base = bytes.baseAddress else { return nil }
        var written = 0
        while written < bytes.count {
            let result = Foundation.write(descriptor, base + written, bytes.count - written)
            if result < 0 {
                if errno != EINTR { return errno }
            } else {
                written += result
            }
        }
        return nil
    }
}
