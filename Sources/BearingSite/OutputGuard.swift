import BearingModel
import BearingParse
import Foundation

/// Why Bearing will not build into an output: one line naming the path and what to do instead.
package struct OutputRefusal: Error, CustomStringConvertible {
    package let description: String
}

/// Decides whether a site may be written at an output path. Bearing replaces only a folder it built (one
/// carrying `SiteMarker`), an empty folder, or nothing; and never the workspace, a folder holding it, or a
/// folder inside or holding one of its source folders. Symbolic links are resolved first, so the rules apply
/// to the folder that would really be replaced.
package struct OutputGuard: Sendable {
    /// The workspace, resolved; nil when building outside one (tests, library use).
    let workspace: String?
    /// Source folders and files, resolved, with the workspace-relative names the messages use.
    let sources: [(path: String, name: String)]

    /// Checks only what holds for any output: a folder Bearing built, an empty folder, or nothing.
    package init() {
        workspace = nil
        sources = []
    }

    /// Checks also that the output leaves the workspace at `root` and its sources (the configured objective and
    /// roadmap paths, the strategy and `theme/`) alone.
    package init(workspace root: String, config: WorkspaceConfig) {
        let workspace = Self.resolve(root)
        self.workspace = workspace
        let names = config.objectivePaths + config.roadmapPaths + [config.strategyPath, ConfigLoader.fileName, "theme"]
        // A source path that is the workspace itself (`objectives: .`) would forbid every output inside it; the
        // workspace has its own rules.
        sources = names.map { name in (Self.resolve(name.hasPrefix("/") ? name : workspace + "/" + name), name) }.filter { $0.path != workspace }
    }

    /// The folder a site at `output` would replace, with symbolic links resolved; throws `OutputRefusal` when
    /// that folder must not be replaced.
    package func check(_ output: String) throws -> String {
        let target = Self.resolve(output)
        let written = Self.lexical(output)
        let shown = target == written ? written : "\(written) (a link to \(target))"
        func refuse(_ why: String, _ todo: String) -> OutputRefusal {
            OutputRefusal(description: "refusing to build into \(shown): \(why); \(todo)")
        }
        let kind = PathKind(target)
        if kind == .link { throw refuse("it is a symbolic link that leads nowhere (a loop?)", "point it at a folder, or choose another --out") }
        if kind == .other { throw refuse("it is a file, not a folder", "choose a folder, such as --out _site") }
        if kind == .missing, let file = Self.fileAbove(target) {
            throw refuse("\(file) is a file, so no folder can be made inside it", "choose another --out")
        }
        if let workspace {
            if target == workspace { throw refuse("it is the workspace itself", "choose a folder inside it, such as --out _site") }
            if Self.contains(target, workspace) {
                throw refuse("it holds the workspace \(workspace), which the build would delete", "choose a folder inside the workspace, such as --out _site")
            }
        }
        for source in sources {
            if target == source.path { throw refuse("it is the workspace's source \(source.name)", "choose another folder, such as --out _site") }
            if Self.contains(source.path, target) {
                throw refuse("it is inside the source folder \(source.name)", "choose a folder outside the sources, such as --out _site")
            }
            if Self.contains(target, source.path) && PathKind(source.path) != .missing {
                throw refuse("it holds the source \(source.name), which the build would delete", "choose a folder outside the sources, such as --out _site")
            }
        }
        if kind == .folder && !SiteMarker.isPresent(in: target) {
            switch PathKind.isEmptyFolder(target) {
            case true?: break
            case false? where Self.looksLikeEarlierSite(target):
                throw refuse("it has no \(SiteMarker.name) file, as sites built by earlier versions of Bearing do",
                             "if it is such a site, delete it (rm -r \(Self.quoted(target))) and build again; else choose another --out")
            case false?:
                throw refuse("it is a folder Bearing did not build (it has no \(SiteMarker.name) file) and it is not empty",
                             "choose a new or empty folder; or move its files out, build, and move them back (a build "
                             + "keeps what you add at the top of a site it built, such as a CNAME)")
            case nil: throw refuse("its contents cannot be read", "check its permissions, or choose another --out")
            }
        }
        return target
    }

    /// Whether `path` is `folder` or lies below it (both resolved).
    static func contains(_ folder: String, _ path: String) -> Bool {
        path == folder || folder == "/" || path.hasPrefix(folder + "/")
    }

    /// Whether `folder` has the shape of a site built before sites carried the marker. Only the message uses
    /// this: such a folder is still not replaced, since a shape proves nothing about who made it.
    static func looksLikeEarlierSite(_ folder: String) -> Bool {
        ["index.html", "data/planning.db", "assets"].allSatisfy { PathKind(folder + "/" + $0) != .missing }
    }

    static func quoted(_ path: String) -> String {
        path.allSatisfy { $0.isLetter || $0.isNumber || "/._-".contains($0) } ? path : "'" + path.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// The nearest existing folder above `path` (resolved) when it is not a folder but a file.
    static func fileAbove(_ path: String) -> String? {
        var url = URL(fileURLWithPath: path)
        while url.path != "/" {
            url.deleteLastPathComponent()
            switch PathKind(url.path) {
            case .missing: continue
            case .folder: return nil
            case .link, .other: return url.path
            }
        }
        return nil
    }

    /// `path` made absolute, with `.` and `..` applied as written, without looking at the disk. Made absolute first:
    /// Foundation standardizes `planning/..` (`--workspace planning --out ..`) to "/".
    static func lexical(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        return URL(fileURLWithPath: absolute).standardized.path
    }

    /// `path` made absolute with every symbolic link on it followed, including the last one, and `.` and `..`
    /// applied to the real folders. Parts that do not exist yet are kept as written, so a link to a folder not
    /// yet created resolves to that folder.
    static func resolve(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var pending = Array(absolute.split(separator: "/").map(String.init).reversed())
        var current: [String] = []
        var links = 0
        while let part = pending.popLast() {
            if part == "." || part.isEmpty { continue }
            if part == ".." { _ = current.popLast(); continue }
            let candidate = "/" + (current + [part]).joined(separator: "/")
            // A loop of links (or more than the kernel's own limit of 40) is left unresolved; `check` refuses it.
            guard PathKind(candidate) == .link, links < 40, let target = readLink(candidate) else {
                current.append(part)
                continue
            }
            links += 1
            if target.hasPrefix("/") { current = [] }
            pending += target.split(separator: "/").map(String.init).reversed()
        }
        return "/" + current.joined(separator: "/")
    }

    static func readLink(_ path: String) -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink(path, &buffer, buffer.count - 1)
        guard count > 0 else { return nil }
        return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
