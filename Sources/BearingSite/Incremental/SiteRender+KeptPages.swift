import Foundation
#if canImport(Glibc)
import Glibc
#endif

extension SiteRender {
    /// Puts `job`'s page into `staging`: linked from the site being replaced when `kept` has it under `key` and its file
    /// there is still the one that build wrote, rendered and written otherwise. A page without a key is always rendered
    /// and is not kept (nil).
    func write(_ job: PageJob, key: Int?, kept: KeptPages, into staging: OutputWriter.Staging) throws -> KeptPages.Written? {
        let path = job.path(content)
        if let key, let previous = staging.previous.map({ $0 + "/" + path }), let page = kept.pages[path], page.key == key,
           FileStamp(previous) == page.file, link(previous, staging.root + "/" + path) == 0 {
            return .init(path: path, page: page, reused: true)
        }
        let (_, bytes) = render(job)
        try staging.write(path, bytes)
        guard let key, let file = FileStamp(staging.root + "/" + path) else { return nil }
        return .init(path: path, page: .init(key: key, file: file), reused: false)
    }
}
