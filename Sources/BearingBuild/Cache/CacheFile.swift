import BearingModel
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One file of the workspace's `.bearing-cache/` folder (`InferenceStore` says what the folder is): where it is, the
/// stamp its bytes must start with — what it keeps, the layout's version and the executable's identity, nil when the
/// identity is unknown and nothing is kept — and where it is written.
struct CacheFile: Sendable {
    static let folderName = ".bearing-cache"

    let path: String
    let stamp: String?
    /// Writes the file on a thread of its own when given (`CacheWrites`), else before `save` returns.
    let writes: CacheWrites?

    init(folder: String, name: String, keeps: String, format: Int, build: String?, writes: CacheWrites? = nil) {
        path = folder + "/" + name
        stamp = build.map { "bearing \(keeps) \(format) \($0)" }
        self.writes = writes
    }

    /// What `decode` reads from the file's bytes under the stamp; nil without a stamp, a file or a good read.
    func load<Value>(_ decode: ([UInt8], String) -> Value?) -> Value? {
        guard let stamp, let bytes = Self.read(path) else { return nil }
        return decode(bytes, stamp)
    }

    /// Writes what `encode` makes under the stamp (nothing, when it makes nothing), whole or not at all (`AtomicFile`).
    /// Throws when the folder or the file cannot be written and the write is not on a thread of its own.
    func save(_ encode: @escaping @Sendable (String) -> [UInt8]?) throws {
        guard let stamp else { return }
        let path = path
        let write: @Sendable () throws -> Void = {
            guard let bytes = encode(stamp) else { return }
            try Self.makeFolder((path as NSString).deletingLastPathComponent)
            try AtomicFile.write(bytes, to: path)
        }
        if let writes { writes.start(write) } else { try write() }
    }

    /// The file's bytes, read straight into the array the reader takes (through `Data` they were held twice).
    static func read(_ path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
        let size = Int(status.st_size)
        var complete = true
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            while count < size {
                let got = Glibc.read(descriptor, buffer.baseAddress! + count, size - count)
                guard got > 0 else { complete = false; break }
                count += got
            }
        }
        return complete ? bytes : nil
    }

    /// The folder, with the files that keep it out of git and backups.
    static func makeFolder(_ folder: String) throws {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue { return }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
        let ignore = "# Bearing's cache (see docs/site.md): safe to delete, never to commit.\n*\n"
        let tag = "Signature: 8a477f597d28d172789f06886806bc55\n# This file marks Bearing's cache; see https://bford.info/cachedir/\n"
        try Data(ignore.utf8).write(to: URL(fileURLWithPath: folder + "/.gitignore"))
        try Data(tag.utf8).write(to: URL(fileURLWithPath: folder + "/CACHEDIR.TAG"))
    }
}
