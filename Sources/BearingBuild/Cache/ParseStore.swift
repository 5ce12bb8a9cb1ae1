import BearingModel
import BearingParse

/// Parsed files kept between runs of the command line, in the workspace's `.bearing-cache/` folder beside the
/// inferences (`InferenceStore`, which says what the folder is): a `build` or `check` after a one-file edit reads every
/// file but parses only those whose text changed. Parsing was over half the CPU of such a build on the 2,000-file
/// benchmark (docs/benchmarks.md, "Session 27").
///
/// An entry answers only for its own text under the bearing.yml it was parsed with (`ParsedFiles`), and the file only
/// for the executable that wrote it (`BuildIdentity`): a new Bearing may parse the same text differently.
package struct ParseStore: Sendable {
    /// Bumped when the file's shape changes.
    static let format = 13

    let file: CacheFile

    /// The cache file.
    package var path: String { file.path }

    /// The store of the workspace at `root`; `writes`, when given, writes the file on a thread of its own.
    package init(root: String, writes: CacheWrites? = nil) {
        self.init(folder: root + "/" + CacheFile.folderName, build: BuildIdentity.current, writes: writes)
    }

    init(folder: String, build: String?, writes: CacheWrites? = nil) {
        file = CacheFile(folder: folder, name: "parsed.bin", keeps: "parse cache", format: Self.format, build: build, writes: writes)
    }

    /// The files as the last run left them, or none.
    package func load() -> ParsedFiles {
        file.load { ParsedFiles(bytes: $0, stamp: $1) } ?? ParsedFiles()
    }

    /// Keeps `parsed` when the latest load parsed or forgot any file (an unchanged plan leaves the file as it is).
    package func save(_ parsed: ParsedFiles) throws {
        guard parsed.latestChanges > 0 else { return }
        try file.save { parsed.bytes(stamp: $0) }
    }
}
