import BearingModel
import Foundation

/// The workspace's images the site shows, copied into `media/` under their workspace path (`images/a.png` →
/// `media/images/a.png`): one stable place per file, however many pages show it, and reached from each page by a
/// relative path, so it works from file:// and under any base path. Only files inside the workspace are copied —
/// never an absolute path, a path that climbs out of it, or a symbolic link that leads out (`MissingImages` warns).
package struct SiteImages: Sendable {
    static let folder = "media/"

    /// One image to copy: its path in the site and its file on disk.
    package struct Copy: Hashable, Sendable {
        package var path: String
        package var source: String
    }

    /// Sorted by path, each once.
    package let copies: [Copy]

    /// The images `plan` shows that are files inside `workspace`; none without a workspace.
    package init(plan: Plan, workspace: String?) {
        guard let workspace else { copies = []; return }
        var paths = Set<String>()
        for reference in plan.imageReferences {
            if case .local(let path) = ImageReference.target(of: reference.source, in: reference.file) { paths.insert(path) }
        }
        guard !paths.isEmpty else { copies = []; return }
        let root = Self.realPath(workspace) ?? workspace
        let prefix = root.hasSuffix("/") ? root : root + "/"
        copies = paths.sorted().compactMap { path in
            // Followed to the real file, which must still be inside the workspace and be a regular file.
            guard let real = Self.realPath(prefix + path), real.hasPrefix(prefix) else { return nil }
            var status = stat()
            guard stat(real, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return nil }
            return Copy(path: Self.folder + path, source: real)
        }
    }

    /// Where the image at workspace path `path` is shown from `page`, percent-encoded for an `src` or `href`.
    static func href(_ path: String, from page: String) -> String {
        SitePaths.root(of: page) + (folder + path).split(separator: "/", omittingEmptySubsequences: false)
            .map { $0.addingPercentEncoding(withAllowedCharacters: segment) ?? String($0) }.joined(separator: "/")
    }

    private static let segment = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~!$&'()*+,;=@")

    /// Each image's bytes, for a site held in memory (`serve`); an image that cannot be read is left out.
    func files() -> [(String, [UInt8])] {
        var memo: [String: Stamped] = [:]
        return files(memo: &memo).map { ($0, Array($1)) }
    }

    /// An image's bytes with the size and time they were read at.
    package struct Stamped: Sendable {
        var stamp: [Int]
        var bytes: Data
    }

    /// `files`, reading only the images whose size or time differs from `memo`'s (by site path), which is left
    /// holding this build's: a rebuild after a text edit reads no image again.
    func files(memo: inout [String: Stamped]) -> [(String, Data)] {
        var kept: [String: Stamped] = [:]
        var out: [(String, Data)] = []
        for copy in copies {
            guard let stamp = Self.stamp(copy.source) else { continue }
            if let known = memo[copy.path], known.stamp == stamp {
                kept[copy.path] = known
            } else if let bytes = try? Data(contentsOf: URL(fileURLWithPath: copy.source)) {
                kept[copy.path] = Stamped(stamp: stamp, bytes: bytes)
            }
            if let bytes = kept[copy.path]?.bytes { out.append((copy.path, bytes)) }
        }
        memo = kept
        return out
    }

    /// A regular file's size and modification time (seconds, nanoseconds); nil for anything else.
    static func stamp(_ path: String) -> [Int]? {
        var status = stat()
        guard stat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return nil }
        #if os(Linux)
        return [Int(status.st_size), Int(status.st_mtim.tv_sec), Int(status.st_mtim.tv_nsec)]
        #else
        return [Int(status.st_size), Int(status.st_mtimespec.tv_sec), Int(status.st_mtimespec.tv_nsec)]
        #endif
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
