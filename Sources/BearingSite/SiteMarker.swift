import Foundation

/// The file at the root of every site Bearing builds. Its presence is Bearing's permission to replace the
/// folder: a folder without it is someone else's, and Bearing never deletes it.
public enum SiteMarker {
    public static let name = ".bearing-site"
    /// Fixed bytes, so two builds stay byte-identical.
    static let bytes = Array("""
        This folder is a site built by Bearing (`bearing build`). Bearing replaces the whole folder on the next \
        build; it replaces no folder without this file.

        """.utf8)

    /// Whether `folder` carries the marker (as a regular file, not a link to one).
    static func isPresent(in folder: String) -> Bool {
        var status = stat()
        return lstat(folder + "/" + name, &status) == 0 && (status.st_mode & S_IFMT) == S_IFREG
    }
}

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
