#if canImport(Glibc)
import Glibc
#endif

/// Process-wide allocator settings, made once before any work.
enum Allocator {
    /// glibc serves a large block from the heap once a block that size has been freed (its mmap threshold
    /// rises), and a build frees many: page bodies, the search index, printed JSON. Heap blocks freed on one
    /// worker thread's arena are not reused by the other's, so the resident set grew 20 MiB past the live
    /// heap, by a different amount each run. A fixed threshold keeps blocks of 1 MiB and more mapped and
    /// returns them to the system when freed (docs/benchmarks.md: peak 136–155 MiB → 135–140 MiB every run).
    /// 256 KiB held the peak lower still but mapped and zeroed so many blocks that 10× the files took 12×.
    static func tune() {
        #if canImport(Glibc)
        // mallopt is declared in <malloc.h>, which the Glibc module does not export; look it up instead.
        typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
        let mmapThreshold: Int32 = -3  // M_MMAP_THRESHOLD
        guard let symbol = dlsym(nil, "mallopt") else { return }
        _ = unsafeBitCast(symbol, to: Mallopt.self)(mmapThreshold, 1024 * 1024)
        #endif
    }
}
