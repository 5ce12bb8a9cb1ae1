import Foundation

/// What is at a path, without following a symbolic link there.
enum PathKind: Equatable {
    case missing, folder, link, other

    init(_ path: String) {
        var status = stat()
        guard lstat(path, &status) == 0 else { self = .missing; return }
        switch status.st_mode & S_IFMT {
        case S_IFDIR: self = .folder
        case S_IFLNK: self = .link
        default: self = .other
        }
    }

    /// Whether the folder at `path` has no entries; nil when it cannot be read.
    static func isEmptyFolder(_ path: String) -> Bool? {
        guard let directory = opendir(path) else { return nil }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name != "." && name != ".." { return false }
        }
        return true
    }
}
