import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Page keys kept between builds (`PageStore`) are Swift `Hasher` values, and the runtime seeds `Hasher` at random in
/// each process unless `SWIFT_DETERMINISTIC_HASHING` is set when the process starts — it is read before `main`, so
/// setting it later does nothing. `bearing build`, the one command that keeps page keys, therefore starts itself again
/// once with it set, before any work (the same process id, arguments and environment otherwise). Random seeds guard a
/// long-lived table against keys chosen by an attacker to collide; a build's tables live for one run over its user's
/// own files. Where the executable cannot be started again, the build goes on and keeps no page from one run to the next.
enum StableHashing {
    static let variable = "SWIFT_DETERMINISTIC_HASHING"

    /// Starts the process again with deterministic hashing when `arguments` (without the program's name) are a build
    /// that keeps its pages and the process hashes at random; returns only when it does not.
    static func ensure(arguments: [String]) {
        #if os(Linux)
        guard arguments.first == "build", !arguments.contains("--no-cache"), getenv(variable) == nil else { return }
        setenv(variable, "1", 1)
        execv("/proc/self/exe", CommandLine.unsafeArgv)
        // Only reached when the executable could not be started again.
        unsetenv(variable)
        #endif
    }
}
