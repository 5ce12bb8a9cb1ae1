import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The file Bearing's code was loaded from, found in `/proc/self/maps` by the address of code of this module. It is
/// the file behind `/proc/self/exe` when Bearing is started as itself, and not when it is started through the dynamic
/// loader (`ld-linux-x86-64.so.2 bearing build`, as portable bundles do): `/proc/self/exe` is then the loader, whose
/// build ID is no identity of Bearing's and which cannot be started again with Bearing's arguments.
package enum RunningExecutable {
    struct Mapping {
        var path: String
        var device: (major: UInt64, minor: UInt64)
        var inode: UInt64
    }

    static let mapping: Mapping? = find()

    /// Whether `/proc/self/exe` is the file Bearing's code came from: only then is its build ID Bearing's, and only then
    /// can the process start itself again.
    package static let isProcessImage: Bool = {
        #if os(Linux)
        guard let mapping else { return false }
        var status = stat()
        guard stat("/proc/self/exe", &status) == 0 else { return false }
        return UInt64(status.st_ino) == mapping.inode && UInt64(status.st_dev) == makeDevice(mapping.device)
        #else
        return false
        #endif
    }()

    /// The file holding Bearing's code: `/proc/self/exe` when that is it (the running image, even if the file on disk
    /// has been replaced since), else the mapped file's path; nil when neither can be told.
    package static var file: String? {
        isProcessImage ? "/proc/self/exe" : mapping.flatMap { $0.path.hasSuffix(" (deleted)") ? nil : $0.path }
    }

    private static func find() -> Mapping? {
        #if os(Linux)
        let marker: @convention(c) () -> Void = {}
        let address = UInt(bitPattern: unsafeBitCast(marker, to: UnsafeRawPointer.self))
        guard let maps = try? String(contentsOfFile: "/proc/self/maps", encoding: .utf8) else { return nil }
        for line in maps.split(separator: "\n") {
            if let mapping = Self.mapping(line, holding: address) { return mapping }
        }
        #endif
        return nil
    }

    /// The file of a line of `/proc/self/maps` (`start-end perms offset major:minor inode path`) when its range holds
    /// `address`.
    static func mapping(_ line: Substring, holding address: UInt) -> Mapping? {
        let fields = line.split(separator: " ", maxSplits: 5, omittingEmptySubsequences: true)
        guard fields.count == 6 else { return nil }
        let range = fields[0].split(separator: "-")
        guard range.count == 2, let start = UInt(range[0], radix: 16), let end = UInt(range[1], radix: 16), start <= address, address < end else { return nil }
        let device = fields[3].split(separator: ":")
        guard device.count == 2, let major = UInt64(device[0], radix: 16), let minor = UInt64(device[1], radix: 16),
              let inode = UInt64(fields[4]), inode != 0 else { return nil }
        let path = fields[5].trimmingCharacters(in: .whitespaces)
        guard path.hasPrefix("/") else { return nil }
        return Mapping(path: path, device: (major, minor), inode: inode)
    }

    /// glibc's `makedev`, which Swift's Glibc module does not export.
    static func makeDevice(_ device: (major: UInt64, minor: UInt64)) -> UInt64 {
        let (major, minor) = device
        return ((major & 0xFFFF_F000) << 32) | ((major & 0xFFF) << 8) | ((minor & 0xFFFF_FF00) << 12) | (minor & 0xFF)
    }
}
