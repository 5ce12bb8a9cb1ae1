import Foundation
import Testing

/// The workspace's `.bearing-cache/` folder, end to end: `check`, `report` and `build` keep what inference found there,
/// a build answered from it writes the same site, and `--no-cache` neither reads nor writes it.
@Suite("the .bearing-cache folder, end to end")
struct CacheFolderTests {
    static func tree(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for case let path as String in FileManager.default.enumerator(atPath: folder.path) ?? .init() {
            var isFolder: ObjCBool = false
            let url = folder.appendingPathComponent(path)
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue {
                files[path] = try Data(contentsOf: url)
            }
        }
        return files
    }

    @Test("a build answered from the cache writes the site a build without it writes")
    func sameSite() throws {
        let copy = try QueryCommandTests.copy()
        defer { try? FileManager.default.removeItem(at: copy) }
        let cache = copy.appendingPathComponent(".bearing-cache")
        let plain = try Bearing.run(["build", "--no-cache", "--out", "plain", "--today", "2026-11-15"], in: copy)
        #expect(plain.status == 0, "\(plain.stderr)")
        #expect(!FileManager.default.fileExists(atPath: cache.path))
        #expect(try Bearing.run(["check", "--today", "2026-11-15"], in: copy).status != 2)
        #expect(FileManager.default.fileExists(atPath: cache.appendingPathComponent("inference.bin").path))
        #expect(try String(contentsOf: cache.appendingPathComponent(".gitignore"), encoding: .utf8).hasSuffix("\n*\n"))
        let cached = try Bearing.run(["build", "--out", "cached", "--today", "2026-11-15"], in: copy)
        #expect(cached.status == 0, "\(cached.stderr)")
        #expect(try Self.tree(copy.appendingPathComponent("cached")) == (try Self.tree(copy.appendingPathComponent("plain"))))
        // The cache is no part of the plan: not a file read, not a problem reported.
        #expect(!(try Bearing.run(["check", "--today", "2026-11-15"], in: copy)).stderr.contains(".bearing-cache"))
    }
}
