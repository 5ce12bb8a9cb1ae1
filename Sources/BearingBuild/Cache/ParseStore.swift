import BearingModel
import BearingParse
import Foundation

/// Parsed files kept between runs of the command line, in the workspace's `.bearing-cache/` folder beside the
/// inferences (`InferenceStore`, which says what the folder is): a `build` or `check` after a one-file edit reads every
/// file but parses only those whose text changed. Parsing was over half the CPU of such a build on the 2,000-file
/// benchmark (docs/benchmarks.md, "Session 27").
///
/// An entry answers only for its own text under the bearing.yml it was parsed with (`ParsedFiles`), and the file only
/// for the executable that wrote it (`BuildIdentity`): a new Bearing may parse the same text differently.
package struct ParseStore: Sendable {
    static let fileName = "parsed.bin"
    /// Bumped when the file's shape changes.
    static let format = 3

    /// The cache file.
    package let path: String
    /// The executable's identity; nil keeps nothing on disk.
    let build: String?
    /// Where `save` writes, when not before it returns.
    let writes: CacheWrites?

    /// The store of the workspace at `root`; `writes`, when given, writes the file on a thread of its own.
    package init(root: String, writes: CacheWrites? = nil) {
        self.init(folder: root + "/" + InferenceStore.folderName, build: BuildIdentity.current, writes: writes)
    }

    init(folder: String, build: String?, writes: CacheWrites? = nil) {
        path = folder + "/" + Self.fileName
        self.build = build
        self.writes = writes
    }

    private var stamp: String? { build.map { "bearing parse cache \(Self.format) \($0)" } }

    /// The files as the last run left them, or none.
    package func load() -> ParsedFiles {
        guard let stamp, let bytes = InferenceStore.read(path) else { return ParsedFiles() }
        return ParsedFiles(bytes: bytes, stamp: stamp) ?? ParsedFiles()
    }

    /// Keeps `parsed` when the latest load parsed or forgot any file (an unchanged plan leaves the file as it is). Throws when the
    /// folder or the file cannot be written.
    package func save(_ parsed: ParsedFiles) throws {
        guard let stamp, parsed.latestChanges > 0 else { return }
        let path = path
        let write: @Sendable () throws -> Void = {
            guard let bytes = parsed.bytes(stamp: stamp) else { return }
            try InferenceStore.makeFolder((path as NSString).deletingLastPathComponent)
            try AtomicFile.write(bytes, to: path)
        }
        if let writes { writes.start(write) } else { try write() }
    }
}
