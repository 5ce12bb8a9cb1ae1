import Foundation

/// File access as a small struct of closures, so tests run the whole pipeline on in-memory files.
public struct FileSystem: Sendable {
    /// Regular files and symbolic links below a folder (recursively, links not followed), as paths relative to
    /// it, sorted; nil if there is no such folder. Links are listed so the caller decides whether to follow them.
    public var listFiles: @Sendable (_ folder: String) -> [String]?
    public var readFile: @Sendable (_ path: String) throws -> Data
    public var fileExists: @Sendable (_ path: String) -> Bool
    /// Size in bytes without reading the file, so huge files are refused before they are loaded.
    public var fileSize: @Sendable (_ path: String) -> Int?
    /// The absolute path with every symbolic link resolved; nil when it does not exist (or a link is broken).
    public var realPath: @Sendable (_ path: String) -> String?
    /// An id that changes whenever the file's bytes do (git's object id for a revision's file); nil when the file
    /// system has none. A `ParseCache` parses a file once per id.
    public var contentID: (@Sendable (_ path: String) -> String?)? = nil
    /// Whether the path is a symbolic link that leads back to itself (`a.md -> b.md -> a.md`), so a link `realPath`
    /// cannot resolve is said to be a loop rather than a link to a file that does not exist.
    public var isLinkLoop: @Sendable (_ path: String) -> Bool = { _ in false }

    public init(listFiles: @escaping @Sendable (String) -> [String]?,
                readFile: @escaping @Sendable (String) throws -> Data,
                fileExists: @escaping @Sendable (String) -> Bool,
                fileSize: @escaping @Sendable (String) -> Int?,
                realPath: @escaping @Sendable (String) -> String? = { $0 }) {
        self.listFiles = listFiles
        self.readFile = readFile
        self.fileExists = fileExists
        self.fileSize = fileSize
        self.realPath = realPath
    }

    /// The real disk, through POSIX calls: Foundation's enumerator and attribute dictionaries were a visible
    /// share of loading a 2,000-file workspace, on one core before parsing starts.
    public static let disk = FileSystem(
        listFiles: { folder in
            var status = stat()
            guard stat(folder, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR else { return nil }
            var found: [String] = []
            DiskWalk.entries(in: folder, relative: "", into: &found)
            return found.sorted()
        },
        readFile: { path in
            // A link may lead to a FIFO or a device, where reading would block or never end.
            var status = stat()
            if stat(path, &status) == 0, status.st_mode & S_IFMT != S_IFREG {
                throw NotARegularFile()
            }
            return try Data(contentsOf: URL(fileURLWithPath: path))
        },
        fileExists: { path in FileManager.default.fileExists(atPath: path) },
        fileSize: { path in
            var status = stat()
            return stat(path, &status) == 0 ? Int(status.st_size) : nil
        },
        realPath: { path in
            guard let resolved = realpath(path, nil) else { return nil }
            defer { free(resolved) }
            return String(cString: resolved)
        }
    ).withLinkLoops { path in
        var status = stat()
        return stat(path, &status) != 0 && errno == ELOOP
    }

    private func withLinkLoops(_ test: @escaping @Sendable (String) -> Bool) -> FileSystem {
        var copy = self
        copy.isLinkLoop = test
        return copy
    }

    /// Files held in memory, keyed by absolute path; for tests.
    public static func memory(_ files: [String: String]) -> FileSystem {
        memory(files.mapValues { Data($0.utf8) })
    }

    public static func memory(_ files: [String: Data]) -> FileSystem {
        FileSystem(
            listFiles: { folder in
                let prefix = folder.hasSuffix("/") ? folder : folder + "/"
                let found = files.keys.filter { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count)) }
                return found.isEmpty ? nil : found.sorted()
            },
            readFile: { path in
                guard let data = files[path] else { throw CocoaError(.fileReadNoSuchFile) }
                return data
            },
            fileExists: { path in files[path] != nil || files.keys.contains { $0.hasPrefix(path + "/") } },
            fileSize: { path in files[path]?.count }
        )
    }
}

/// Reading something that is not a file (a folder, a FIFO, a device) is refused before it is opened.
struct NotARegularFile: LocalizedError {
    var errorDescription: String? { "it is not a regular file (a folder, a pipe or a device)" }
}

/// A recursive folder listing as FileManager's enumerator with `.skipsHiddenFiles` gives it: names starting
/// with `.` are skipped, only regular files and symbolic links are kept, and links are listed, not followed, so
/// a link loop cannot trap the walk and a link out of the workspace is never walked.
enum DiskWalk {
    /// The marker every site Bearing builds carries at its root (`SiteMarker` in BearingSite, which this module cannot see).
    static let siteMarker = ".bearing-site"

    static func isBuiltSite(_ folder: String) -> Bool {
        var status = stat()
        return lstat(folder + "/" + siteMarker, &status) == 0 && (status.st_mode & S_IFMT) == S_IFREG
    }

    static func entries(in folder: String, relative: String, into found: inout [String]) {
        guard let directory = opendir(folder) else { return }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            guard !name.hasPrefix(".") else { continue }
            let path = folder + "/" + name
            let child = relative.isEmpty ? name : relative + "/" + name
            var kind = entry.pointee.d_type
            if kind == UInt8(DT_UNKNOWN) {
                var status = stat()
                guard lstat(path, &status) == 0 else { continue }
                switch status.st_mode & S_IFMT {
                case S_IFDIR: kind = UInt8(DT_DIR)
                case S_IFREG: kind = UInt8(DT_REG)
                case S_IFLNK: kind = UInt8(DT_LNK)
                default: continue
                }
            }
            if kind == UInt8(DT_DIR) {
                // A site Bearing built (`_site/` in a workspace whose objectives are `.`) is output, never a source:
                // its pages would each be a `skipped-file` warning on every check after a build.
                guard !isBuiltSite(path) else { continue }
                entries(in: path, relative: child, into: &found)
            } else if kind == UInt8(DT_REG) || kind == UInt8(DT_LNK) {
                found.append(child)
            }
        }
    }
}
