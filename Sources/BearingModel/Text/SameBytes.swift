import Foundation

extension StringProtocol {
    /// Whether the two texts are the same UTF-8 bytes. Swift's `==` says "café" composed (é, U+00E9) and decomposed
    /// (e + U+0301) are equal, but pages, reports and the search index copy the bytes: a cache that answers for a
    /// text by `==` would hand back the other spelling after an editor renormalized the file.
    package func hasSameBytes<Other: StringProtocol>(as other: Other) -> Bool {
        guard utf8.count == other.utf8.count else { return false }
        let fast = utf8.withContiguousStorageIfAvailable { mine in
            other.utf8.withContiguousStorageIfAvailable { theirs in
                mine.count == 0 || memcmp(mine.baseAddress!, theirs.baseAddress!, mine.count) == 0
            }
        }
        if let fast, let result = fast { return result }
        return utf8.elementsEqual(other.utf8)
    }
}
