import Foundation

/// File access as a small struct of closures, so tests run the whole pipeline on in-memory files.
public struct FileSystem: Sendable {
    /// Regular files below a folder (recursively), as paths relative to it, sorted; nil if there is no such folder.
    public var listFiles: @Sendable (_ folder: String) -> [String]?
    public var readFile: @Sendable (_ path: String) throws -> Data
    public var fileExists: @Sendable (_ path: String) -> Bool
    /// Size in bytes without reading the file, so huge files are refused before they are loaded.
    public var fileSize: @Sendable (_ path: String) -> Int?

    public init(listFiles: @escaping @Sendable (String) -> [String]?,
                readFile: @escaping @Sendable (String) throws -> Data,
                fileExists: @escaping @Sendable (String) -> Bool,
                fileSize: @escaping @Sendable (String) -> Int?) {
        self.listFiles = listFiles
        self.readFile = readFile
        self.fileExists = fileExists
        self.fileSize = fileSize
    }

    /// The real disk, through POSIX calls: Foundation's enumerator and attribute dictionaries were a visible
    /// share of loading a 2,000-file workspace, on one core before parsing starts.
    public static let disk = FileSystem(
        listFiles: { folder in
            var status = stat()
            guard stat(folder, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR else { return nil }
            var found: [String] = []
            DiskWalk.regularFiles(in: folder, relative: "", into: &found)
            return found.sorted()
        },
        readFile: { path in try Data(contentsOf: URL(fileURLWithPath: path)) },
        fileExists: { path in FileManager.default.fileExists(atPath: path) },
        fileSize: { path in
            var status = stat()
            return stat(path, &status) == 0 ? Int(status.st_size) : nil
        }
    )

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

/// A recursive folder listing as FileManager's enumerator with `.skipsHiddenFiles` gives it: names starting
/// with `.` are skipped, symbolic links are neither followed nor listed, only regular files are kept.
enum DiskWalk {
    static func regularFiles(in folder: String, relative: String, into found: inout [String]) {
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
                kind = (status.st_mode & S_IFMT) == S_IFDIR ? UInt8(DT_DIR) : (status.st_mode & S_IFMT) == S_IFREG ? UInt8(DT_REG) : UInt8(DT_LNK)
            }
            if kind == UInt8(DT_DIR) {
                regularFiles(in: path, relative: child, into: &found)
            } else if kind == UInt8(DT_REG) {
                found.append(child)
            }
        }
    }
}
