import BearingBuild
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Page keys kept between builds (`PageStore`) are Swift `Hasher` values, and the runtime seeds `Hasher` at random in
/// each process unless `SWIFT_DETERMINISTIC_HASHING` is set when the process starts — it is read before `main`, so
/// setting it later does nothing. `bearing build`, the one command that keeps page keys, therefore starts itself again
/// once with it set, before any work (the same process id, arguments and environment otherwise). Random seeds guard a
/// long-lived table against keys chosen by an attacker to collide; a build's tables live for one run over its user's
/// own files, and a pull request that crafted colliding page paths would only slow its own build. Where the executable
/// cannot be started again, or the variable is set otherwise, the build goes on and keeps no page from one run to the next.
enum StableHashing {
    static let variable = "SWIFT_DETERMINISTIC_HASHING"

    /// Whether this process hashes deterministically, as the runtime was told when it started: only then may a build
    /// read or write kept pages (a build seeded at random would replace good keys with keys no later run can match).
    static var isActive: Bool { getenv(variable).map { String(cString: $0) == "1" } ?? false }

    /// Starts the process again with deterministic hashing when `arguments` (without the program's name) are a build
    /// that keeps its pages and the variable is not set; returns only when it does not. Not when Bearing was started
    /// through the dynamic loader: `/proc/self/exe` is then the loader (`RunningExecutable`).
    static func ensure(arguments: [String]) {
        #if os(Linux)
        guard arguments.first == "build", !arguments.contains("--no-cache"), getenv(variable) == nil, RunningExecutable.isProcessImage else { return }
        setenv(variable, "1", 1)
        execv("/proc/self/exe", CommandLine.unsafeArgv)
        // Only reached when the executable could not be started again.
        unsetenv(variable)
        #endif
    }
}
