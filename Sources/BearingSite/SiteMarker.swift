import Foundation

/// The file at the root of every site Bearing builds. Its presence is Bearing's permission to replace the
/// folder: a folder without it is someone else's, and Bearing never deletes it.
package enum SiteMarker {
    package static let name = ".bearing-site"
    /// Fixed bytes, so two builds stay byte-identical.
    static let bytes = Array("""
        This folder is a site built by Bearing (`bearing build`). Bearing replaces the whole folder on the next \
        build, keeping what you add beside its own pages at the top (a CNAME, a robots.txt, a folder of your own); \
        it replaces no folder without this file.

        """.utf8)

    /// The names Bearing writes at the top of a site, whether this build writes them or not (`data/` only with
    /// `--data`, `media/` only with images): one of them in the previous site is Bearing's, stale or current, and
    /// goes with it. Any other name there is something the user put beside the pages, kept by the next build
    /// (`OutputWriter.Folders.keepAdded`). `SiteOutputNamesTests` fails when a build writes a name not listed here.
    package static let ownedNames: Set<String> = [
        name, "index.html", "review.html", "alignment.html", "scoring.html", "search.html", "strategy.html",
        "assets", "data", "media", "objectives", "priorities", "quarters", "reports", "roadmaps",
    ]

    /// Whether `folder` carries the marker (as a regular file, not a link to one).
    static func isPresent(in folder: String) -> Bool {
        var status = stat()
        return lstat(folder + "/" + name, &status) == 0 && (status.st_mode & S_IFMT) == S_IFREG
    }
}
