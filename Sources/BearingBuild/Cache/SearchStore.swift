import BearingModel
import BearingSite

/// The search index's memo kept between runs of the command line, in the workspace's `.bearing-cache/` folder
/// (`InferenceStore` says what the folder is): each item's cleaned text and words, so that `build` after an edit cleans
/// only the texts that changed. With parsed files and pages kept, cleaning every text again was the largest part of such
/// a build (docs/benchmarks.md, "Session 28").
///
/// An entry answers only for its own title and body (`SearchIndex.Memo`), and the file only for the executable that
/// wrote it (`BuildIdentity`).
package struct SearchStore: Sendable {
    /// Bumped when the file's shape changes.
    static let format = 2

    let file: CacheFile

    /// The cache file.
    package var path: String { file.path }

    /// The store of the workspace at `root`.
    package init(root: String) {
        self.init(folder: root + "/" + CacheFile.folderName, build: BuildIdentity.current)
    }

    init(folder: String, build: String?) {
        file = CacheFile(folder: folder, name: "search.bin", keeps: "search memo", format: Self.format, build: build)
    }

    /// The memo as the last build left it, or an empty one.
    package func load() -> SearchIndex.Memo {
        file.load { SearchIndex.Memo(bytes: $0, stamp: $1) } ?? SearchIndex.Memo()
    }

    /// Keeps `memo` when the latest index worked out or let go any text (an unchanged plan leaves the file as it is).
    /// Throws when the folder or the file cannot be written.
    package func save(_ memo: SearchIndex.Memo) throws {
        guard memo.latestChanges > 0 else { return }
        try file.save { memo.bytes(stamp: $0) }
    }
}
