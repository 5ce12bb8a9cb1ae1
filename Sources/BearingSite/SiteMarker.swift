import Foundation

/// The file at the root of every site Bearing builds. Its presence is Bearing's permission to replace the
/// folder: a folder without it is someone else's, and Bearing never deletes it.
package enum SiteMarker {
    package static let name = ".bearing-site"
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
