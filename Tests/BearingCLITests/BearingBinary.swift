import Foundation
import Testing

/// The built `bearing` executable, for the few tests where a real process matters: a build killed with SIGKILL
/// and two builds contending for the lock (BuildOutputTests), `serve` asked over HTTP and stopped with a signal
/// (ServeCommandTests), and the GitHub Action's scripts, which call `bearing` by path (ActionScriptTests).
/// Every other test runs the command in process (`Bearing`).
enum BearingBinary {
    /// `swift test` builds every product; the executable sits beside the test bundle.
    static var executable: URL? {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("bearing")
        let candidates = [beside, Bearing.packageRoot.appendingPathComponent(".build/debug/bearing")]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }
}
