import BearingAlign
import BearingModel
import Foundation

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
    package static let folderName = CacheFile.folderName
    /// Bumped when the file's shape changes.
    static let format = 2

    let file: CacheFile

    /// The cache file.
    package var path: String { file.path }

    /// The store of the workspace at `root`; `writes`, when given, writes the file on a thread of its own.
    package init(root: String, writes: CacheWrites? = nil) {
        self.init(folder: root + "/" + Self.folderName, build: BuildIdentity.current, writes: writes)
    }

    init(folder: String, build: String?, writes: CacheWrites? = nil) {
        file = CacheFile(folder: folder, name: "inference.bin", keeps: "inference cache", format: Self.format, build: build, writes: writes)
    }

    /// The cache as the last run left it, or an empty one.
    package func load() -> InferenceCache {
        file.load { InferenceCache(bytes: $0, stamp: $1) } ?? InferenceCache()
    }

    /// Keeps the entries of the texts the latest run asked for, when it placed any the cache did not hold (an unchanged
    /// plan leaves the file as it is).
    package func save(_ cache: InferenceCache) throws {
        guard cache.latestMisses > 0 else { return }
        try file.save { cache.bytes(stamp: $0) }
    }
}
