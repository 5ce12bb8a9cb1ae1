import Foundation

/// File access as a small struct of closures, so tests run the whole pipeline on in-memory files.
public struct FileSystem: Sendable {
    /// Regular files below a folder (recursively), as paths relative to it, sorted; nil if there is no such folder.
    public var listFiles: @Sendable (_ folder: String) -> [String]?
    public var readFile: @Sendable (_ path: String) throws -> Data
    public var fileExists: @Sendable (_ path: String) -> Bool
    /// Size in bytes without reading the file, so huge files are refused before they are loaded.
    public var fileSize: @Sendable (_ path: String) -> Int?

    public init(listFiles: @escaping @Sendable (String) -> [String]?,
                readFile: @escaping @Sendable (String) throws -> Data,
                fileExists: @escaping @Sendable (String) -> Bool,
                fileSize: @escaping @Sendable (String) -> Int?) {
        self.listFiles = listFiles
        self.readFile = readFile
        self.fileExists = fileExists
        self.fileSize = fileSize
    }

    /// The real disk.
    public static let disk = FileSystem(
        listFiles: { folder in
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else { return nil }
            let root = URL(fileURLWithPath: folder).standardizedFileURL
            guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey],
                                                              options: [.skipsHiddenFiles]) else { return [] }
            var found: [String] = []
            for case let url as URL in walker where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
                let full = url.standardizedFileURL.path
                found.append(String(full.dropFirst(root.path.count).drop(while: { $0 == "/" })))
            }
            return found.sorted()
        },
        readFile: { path in try Data(contentsOf: URL(fileURLWithPath: path)) },
        fileExists: { path in FileManager.default.fileExists(atPath: path) },
        fileSize: { path in (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue }
    )

    /// Files held in memory, keyed by absolute path; for tests.
    public static func memory(_ files: [String: String]) -> FileSystem {
        memory(files.mapValues { Data($0.utf8) })
    }

    public static func memory(_ files: [String: Data]) -> FileSystem {
        FileSystem(
            listFiles: { folder in
                let prefix = folder.hasSuffix("/") ? folder : folder + "/"
                let found = files.keys.filter { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count)) }
                return found.isEmpty ? nil : found.sorted()
            },
            readFile: { path in
                guard let data = files[path] else { throw CocoaError(.fileReadNoSuchFile) }
                return data
            },
            fileExists: { path in files[path] != nil || files.keys.contains { $0.hasPrefix(path + "/") } },
            fileSize: { path in files[path]?.count }
        )
    }
}
