import BearingAlign
import BearingModel
import Foundation

extension SiteBuilder {
    /// `render`, taking each page whose key is unchanged from `cache` instead of rendering it, and recording in
    /// `cache` what this build rendered and which files changed. The result is byte for byte what `render` gives.
    /// `index`, when given, was made from `plan` (`SiteIndex`).
    public func render(plan: Plan, alignment: Alignment, options: Options, cache: inout PageCache, index: SiteIndex? = nil) throws -> [(String, Data)] {
        let site = try prepare(plan: plan, alignment: alignment, options: options, index: index, templates: cache.templates)
        cache.templates = site.templates
        let (inputs, digests) = site.keyInputs(kept: cache.objectives)
        cache.objectives = digests
        let known = cache
        // The search index beside the pages rather than after them: after a one-file change few pages are rendered,
        // and the index (over every item) would be most of a rebuild's time on one core while the other idled.
        let memo = cache.search
        let (pages, extras) = Parallel.both({ Parallel.map(site.jobs) { job -> (String, PageCache.Entry?, Data, Bool) in
            let key = site.key(job, inputs)
            let path = job.path(site.content)
            if let key, let bytes = known.bytes(path, key: key) { return (path, .init(key: key, bytes: bytes), bytes, false) }
            let (_, rendered) = site.render(job)
            let bytes = Data(rendered)
            return (path, key.map { .init(key: $0, bytes: bytes) }, bytes, true)
        } }, {
            var memo = memo
            let files = Result { try site.extras(memo: &memo) }
            return (files, memo)
        })
        var entries: [String: PageCache.Entry] = [:], rendered: [String] = [], changed: [String] = []
        var files: [(String, Data)] = []
        files.reserveCapacity(pages.count + 4)
        for (path, entry, bytes, wasRendered) in pages {
            // Pages without a key are kept too, under key 0, only so the next build can tell whether they changed.
            entries[path] = entry ?? .init(key: 0, bytes: bytes)
            if wasRendered {
                rendered.append(path)
                if known.previous(path) != bytes { changed.append(path) }
            }
            files.append((path, bytes))
        }
        for (path, bytes) in try extras.0.get() {
            let data = Data(bytes)
            if known.previous(path) != data { changed.append(path) }
            entries[path] = .init(key: 0, bytes: data)
            files.append((path, data))
        }
        for (path, data) in site.images.files(memo: &cache.images) {
            if known.previous(path) != data { changed.append(path) }
            entries[path] = .init(key: 0, bytes: data)
            files.append((path, data))
        }
        cache.record(entries, rendered: rendered, changed: changed)
        cache.search = extras.1
        return files.sorted { $0.0 < $1.0 }
    }
}
