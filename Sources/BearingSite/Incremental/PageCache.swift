import Foundation

/// Each page's bytes with a key of everything it was rendered from, to keep across builds in one process: a page
/// whose key is unchanged is neither rendered nor written again. Keys come from Swift's `Hasher`, which is seeded
/// per process, so a cache never leaves the process that made it.
public struct PageCache: Sendable {
    struct Entry: Sendable {
        var key: Int
        var bytes: Data
    }

    private var entries: [String: Entry] = [:]
    /// The search index's excerpts and words by item text.
    var search = SearchIndex.Memo()
    /// Each objective's hash for its page's key, while it is the same storage (`SiteRender.objectiveDigests`), and
    /// each roadmap's while it is equal (`SiteRender.roadmapDigests`).
    var objectives = SiteRender.KeptDigests()
    /// The templates as compiled for the last build, taken while their sources are the same (`TemplateLibrary.load`).
    var templates: TemplateLibrary?
    /// The workspace's images, read once until their size or time changes.
    var images: [String: SiteImages.Stamped] = [:]
    /// The pages rendered by the latest build (sorted): the ones whose key changed, and every page without a key.
    public private(set) var rendered: [String] = []
    /// The files of the latest build whose bytes differ from the build before (added ones included), sorted.
    public private(set) var changed: [String] = []

    public init() {}

    public var count: Int { entries.count }

    func bytes(_ path: String, key: Int) -> Data? {
        guard let entry = entries[path], entry.key == key else { return nil }
        return entry.bytes
    }

    func previous(_ path: String) -> Data? { entries[path]?.bytes }

    /// Replaces the entries with this build's pages; `rendered` lists those that were rendered.
    mutating func record(_ pages: [String: Entry], rendered: [String], changed: [String]) {
        entries = pages
        self.rendered = rendered.sorted()
        self.changed = changed.sorted()
    }
}
