import Foundation

/// An exclusive lock on one output, so two builds into it run one after the other. It is an `flock` on a fixed
/// file beside the output: the kernel releases it when its holder exits, even by SIGKILL, so no lock is ever
/// left stale, and a build that finds it taken knows another build is really running.
struct BuildLock {
    let path: String
    private let descriptor: Int32

    /// Takes the lock at `path`. When another build holds it, calls `waiting` once, then retries until `timeout`
    /// seconds have passed.
    static func acquire(_ path: String, output: String, timeout: Double, waiting: (String) -> Void) throws -> BuildLock {
        let deadline = Date().addingTimeInterval(timeout)
        var announced = false
        while true {
            let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
            guard descriptor >= 0 else { throw WriteError("create the lock file", path, errno: errno) }
            if flock(descriptor, LOCK_EX | LOCK_NB) == 0 {
                // The previous holder removes the file before it lets go; a lock on a removed file guards
                // nothing, so lock the file that is there now.
                if isStillAt(path, descriptor) { return BuildLock(path: path, descriptor: descriptor) }
                close(descriptor)
                continue
            }
            let code = errno
            close(descriptor)
            guard code == EWOULDBLOCK || code == EINTR else { throw WriteError("lock", path, errno: code) }
            guard Date() < deadline else {
                throw WriteError(description: "cannot build into \(output): another build into it is still running after "
                                 + "\(Int(timeout)) s (it holds \(path)); wait for it to finish and build again")
            }
            if !announced {
                waiting("waiting for another build into \(output) to finish (it holds \(path))")
                announced = true
            }
            usleep(50_000)
        }
    }

    /// Removes the lock file, then lets go: a build waiting on the old file notices it is gone and retries.
    func release() {
        unlink(path)
        close(descriptor)
    }

    private static func isStillAt(_ path: String, _ descriptor: Int32) -> Bool {
        var held = stat(), there = stat()
        return fstat(descriptor, &held) == 0 && stat(path, &there) == 0 && held.st_dev == there.st_dev && held.st_ino == there.st_ino
    }
}
