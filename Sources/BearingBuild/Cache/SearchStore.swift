import BearingModel
import BearingSite
import Foundation

/// The search index's memo kept between runs of the command line, in the workspace's `.bearing-cache/` folder
/// (`InferenceStore` says what the folder is): each item's cleaned text and words, so that `build` after an edit cleans
/// only the texts that changed. With parsed files and pages kept, cleaning every text again was the largest part of such
/// a build (docs/benchmarks.md, "Session 28").
///
/// An entry answers only for its own title and body (`SearchIndex.Memo`), and the file only for the executable that
/// wrote it (`BuildIdentity`).
package struct SearchStore: Sendable {
    static let fileName = "search.bin"
    /// Bumped when the file's shape changes.
    static let format = 2

    /// The cache file.
    package let path: String
    /// The executable's identity; nil keeps nothing on disk.
    let build: String?

    /// The store of the workspace at `root`.
    package init(root: String) {
        self.init(folder: root + "/" + InferenceStore.folderName, build: BuildIdentity.current)
    }

    init(folder: String, build: String?) {
        path = folder + "/" + Self.fileName
        self.build = build
    }

    private var stamp: String? { build.map { "bearing search memo \(Self.format) \($0)" } }

    /// The memo as the last build left it, or an empty one.
    package func load() -> SearchIndex.Memo {
        guard let stamp, let bytes = InferenceStore.read(path) else { return SearchIndex.Memo() }
        return SearchIndex.Memo(bytes: bytes, stamp: stamp) ?? SearchIndex.Memo()
    }

    /// Keeps `memo` when the latest index worked out or let go any text (an unchanged plan leaves the file as it is).
    /// Throws when the folder or the file cannot be written.
    package func save(_ memo: SearchIndex.Memo) throws {
        guard let stamp, memo.latestChanges > 0, let bytes = memo.bytes(stamp: stamp) else { return }
        try InferenceStore.makeFolder((path as NSString).deletingLastPathComponent)
        try AtomicFile.write(bytes, to: path)
    }
}
