import BearingModel
import BearingReport
import BearingSite
import Foundation

/// The pages a build left, kept between runs of the command line in the workspace's `.bearing-cache/` folder beside the
/// inference cache: each keyed page's key (`SiteRender.key`) and the stamp of the file written for it (`KeptPages`), so
/// that the next `build` into the same folder links every page whose inputs are unchanged instead of rendering it.
///
/// A page key is a Swift `Hasher` value, which the runtime seeds at random in each process unless it starts with
/// `SWIFT_DETERMINISTIC_HASHING` set (`bearing build` starts itself again with it, `StableHashing` in BearingCLI). The
/// file says which seeding made it (`probe`): a process seeded otherwise finds nothing in it rather than keys that
/// cannot match. The keys cover what each page is rendered from within one process of `serve`, which reads the history
/// once; between processes the rest goes into the file's stamp: the executable, the output folder, the day the plan is
/// scored for and the history's revisions. Anything else — another stamp, a damaged file — is no kept pages, never an
/// error.
package struct PageStore: Sendable {
    static let fileName = "pages.bin"
    /// Bumped when the file's shape changes.
    static let format = 1

    package let path: String
    /// The executable's identity; nil keeps nothing on disk.
    let build: String?

    package init(root: String) {
        self.init(folder: root + "/" + InferenceStore.folderName, build: BuildIdentity.current)
    }

    init(folder: String, build: String?) {
        path = folder + "/" + Self.fileName
        self.build = build
    }

    /// What a kept file must start with to be read for a build into `output` of a plan scored on `today` with `history`.
    /// The history by every revision it holds, not its newest alone: deepening a shallow clone moves its first revision
    /// and with it what pages say of key results unchanged since then.
    package func stamp(output: String, today: Date, history: PlanHistory?) -> String? {
        guard let build else { return nil }
        var context = Hasher()
        context.combine(output)
        context.combine(today)
        context.combine(history != nil)
        if let history {
            context.combine(history.isShallow)
            context.combine(history.revisions.count)
            for revision in history.revisions {
                context.combine(revision.commit)
                context.combine(revision.committed)
            }
        }
        return "bearing pages \(Self.format) \(build) \(Self.probe) \(context.finalize())"
    }

    /// One key of a fixed input: equal in two processes only when both hash alike, as page keys must.
    static var probe: Int {
        var hasher = Hasher()
        hasher.combine("bearing page keys")
        return hasher.finalize()
    }

    /// The pages kept under `stamp`, or none.
    package func load(stamp: String) -> KeptPages {
        guard let data = FileManager.default.contents(atPath: path) else { return KeptPages() }
        return Self.pages(in: Array(data), stamp: stamp) ?? KeptPages()
    }

    /// Keeps `pages` under `stamp`, unless they are the pages `loaded` under it (an unchanged site leaves the file as it
    /// is). Throws when the folder or file cannot be written.
    package func save(_ pages: KeptPages, stamp: String, loaded: KeptPages) throws {
        guard pages.pages != loaded.pages else { return }
        try CacheFile.makeFolder((path as NSString).deletingLastPathComponent)
        try AtomicFile.write(Self.bytes(pages, stamp: stamp), to: path)
    }

    /// Text, one page a line after the stamp: `key device inode size seconds nanoseconds path`. Page paths are Bearing's
    /// own (no line breaks); a line that does not read makes the whole file unread.
    static func bytes(_ kept: KeptPages, stamp: String) -> [UInt8] {
        var text = stamp + "\n"
        for (path, page) in kept.pages.sorted(by: { $0.key < $1.key }) where !path.contains("\n") {
            let file = page.file
            text += "\(page.key) \(file.device) \(file.inode) \(file.size) \(file.seconds) \(file.nanoseconds) \(path)\n"
        }
        return Array(text.utf8)
    }

    static func pages(in bytes: [UInt8], stamp: String) -> KeptPages? {
        var lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        guard lines.last?.isEmpty == true, let first = lines.first, String(decoding: first, as: UTF8.self) == stamp else { return nil }
        lines.removeLast()
        var pages: [String: KeptPages.Page] = [:]
        pages.reserveCapacity(lines.count)
        for line in lines.dropFirst() {
            let fields = line.split(separator: UInt8(ascii: " "), maxSplits: 6, omittingEmptySubsequences: false)
            guard fields.count == 7, let key = Int(String(decoding: fields[0], as: UTF8.self)),
                  let device = UInt64(String(decoding: fields[1], as: UTF8.self)), let inode = UInt64(String(decoding: fields[2], as: UTF8.self)),
                  let size = Int64(String(decoding: fields[3], as: UTF8.self)), let seconds = Int64(String(decoding: fields[4], as: UTF8.self)),
                  let nanoseconds = Int64(String(decoding: fields[5], as: UTF8.self)), !fields[6].isEmpty else { return nil }
            pages[String(decoding: fields[6], as: UTF8.self)] = .init(key: key, file: FileStamp(device: device, inode: inode, size: size,
                                                                                                 seconds: seconds, nanoseconds: nanoseconds))
        }
        return KeptPages(pages: pages)
    }
}
