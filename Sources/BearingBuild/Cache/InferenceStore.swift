import BearingAlign
import BearingModel
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The inference cache kept between runs of the command line, in the workspace's `.bearing-cache/` folder: what each
/// item's text is linked to (`InferenceCache`), so that `check` and `build` after an edit place only the texts that
/// changed. Inference is a fifth of a full build's CPU on the 2,000-file benchmark (docs/benchmarks.md).
///
/// The folder is Bearing's own, like `.pytest_cache` or `.ruff_cache`: it ignores itself in git (a `.gitignore` of
/// `*`), carries a `CACHEDIR.TAG` so backup tools skip it, and may be deleted at any time. A CI job that keeps it
/// between runs gets the same saving. An entry answers only for its own text, under the strategy and vectors it was
/// made with (`PriorityInferrer.context`) and by the executable that made it (`BuildIdentity`); anything else, an
/// unreadable file included, is an empty cache, never an error: a cache can only make a run faster, not different.
package struct InferenceStore: Sendable {
    package static let folderName = ".bearing-cache"
    static let fileName = "inference.bin"
    /// Bumped when the file's shape changes.
    static let format = 2

    /// The cache file.
    package let path: String
    /// The executable's identity; nil keeps nothing on disk.
    let build: String?
    /// Where `save` writes, when not before it returns.
    let writes: CacheWrites?

    /// The store of the workspace at `root`; `writes`, when given, writes the file on a thread of its own.
    package init(root: String, writes: CacheWrites? = nil) {
        self.init(folder: root + "/" + Self.folderName, build: BuildIdentity.current, writes: writes)
    }

    init(folder: String, build: String?, writes: CacheWrites? = nil) {
        path = folder + "/" + Self.fileName
        self.build = build
        self.writes = writes
    }

    /// What the file must start with to be read: the layout's version and the executable's identity.
    private var stamp: String? { build.map { "bearing inference cache \(Self.format) \($0)" } }

    /// The cache as the last run left it, or an empty one.
    package func load() -> InferenceCache {
        guard let stamp, let bytes = Self.read(path) else { return InferenceCache() }
        return InferenceCache(bytes: bytes, stamp: stamp) ?? InferenceCache()
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

    /// Keeps the entries of the texts the latest run asked for, when it placed any the cache did not hold (an unchanged
    /// plan leaves the file as it is). Throws when the folder or the file cannot be written.
    package func save(_ cache: InferenceCache) throws {
        guard let stamp, cache.latestMisses > 0 else { return }
        let path = path
        let write: @Sendable () throws -> Void = {
            guard let bytes = cache.bytes(stamp: stamp) else { return }
            try Self.makeFolder((path as NSString).deletingLastPathComponent)
            try AtomicFile.write(bytes, to: path)
        }
        if let writes { writes.start(write) } else { try write() }
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
