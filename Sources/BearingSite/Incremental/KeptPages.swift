import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What a build into a folder left of its keyed pages (`SiteRender.key`), for the next build into the same folder: each
/// page's key and the stamp of the file it is. A page whose key is unchanged and whose file is still the one written is
/// linked into the new site instead of rendered (`SiteBuilder.build(kept:)`); the command line keeps these between
/// runs (`PageStore` in BearingBuild), as `serve` keeps a `PageCache` in memory.
package struct KeptPages: Sendable, Equatable {
    package struct Page: Sendable, Equatable {
        package var key: Int
        package var file: FileStamp

        package init(key: Int, file: FileStamp) {
            self.key = key
            self.file = file
        }
    }

    /// By the page's path in the site.
    package var pages: [String: Page]
    /// How many pages the build that made this took from the build before instead of rendering them.
    package var reused = 0

    package init(pages: [String: Page] = [:], reused: Int = 0) {
        self.pages = pages
        self.reused = reused
    }
}

/// A file as `stat` tells it apart: its device and inode (a file replaced by another is another), its size and its
/// modification time to the nanosecond (a file written again in place has a new one). rsync and make judge a file
/// unchanged by less.
package struct FileStamp: Sendable, Equatable {
    package var device: UInt64
    package var inode: UInt64
    package var size: Int64
    package var seconds: Int64
    package var nanoseconds: Int64

    package init(device: UInt64, inode: UInt64, size: Int64, seconds: Int64, nanoseconds: Int64) {
        self.device = device
        self.inode = inode
        self.size = size
        self.seconds = seconds
        self.nanoseconds = nanoseconds
    }

    /// The stamp of the regular file at `path` (not followed when it is a symbolic link); nil for anything else.
    package init?(_ path: String) {
        var status = stat()
        guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
        device = UInt64(status.st_dev)
        inode = UInt64(status.st_ino)
        size = Int64(status.st_size)
        #if os(Linux)
        seconds = Int64(status.st_mtim.tv_sec)
        nanoseconds = Int64(status.st_mtim.tv_nsec)
        #else
        seconds = Int64(status.st_mtimespec.tv_sec)
        nanoseconds = Int64(status.st_mtimespec.tv_nsec)
        #endif
    }
}

extension KeptPages {
    /// A keyed page as one build made it: its path, key and file, and whether it was taken from the build before.
    struct Written: Sendable {
        var path: String
        var page: Page
        var reused: Bool
    }
}
