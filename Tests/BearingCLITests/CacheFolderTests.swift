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

    /// Runs the built executable (through `loader` when given): page keys must match between two processes, which only
    /// a real second process shows.
    static func binary(_ arguments: [String], in folder: URL, loader: String? = nil) throws -> (status: Int32, stderr: String) {
        let binary = try #require(BearingBinary.executable, "the bearing executable was not built")
        let process = Process()
        process.executableURL = loader.map(URL.init(fileURLWithPath:)) ?? binary
        process.arguments = (loader == nil ? [] : [binary.path]) + arguments
        process.currentDirectoryURL = folder
        // As a user's shell starts it: the build sets deterministic hashing for itself.
        process.environment = ProcessInfo.processInfo.environment.filter { $0.key != "SWIFT_DETERMINISTIC_HASHING" }
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, text)
    }

    @Test("a second build, in a new process, links the pages whose inputs are unchanged and writes the same site")
    func keptPages() throws {
        let copy = try QueryCommandTests.copy()
        defer { try? FileManager.default.removeItem(at: copy) }
        let plain = try Self.binary(["build", "--no-cache", "--out", "plain", "--today", "2026-11-15", "--no-history"], in: copy)
        #expect(plain.status == 0, "\(plain.stderr)")
        func kept(_ run: (status: Int32, stderr: String)) -> Int? {
            run.stderr.split(separator: "\n").first { $0.contains("pages kept") }?.split(separator: " ").compactMap { Int($0) }.first
        }
        let arguments = ["build", "--timings", "--out", "cached", "--today", "2026-11-15", "--no-history"]
        let first = try Self.binary(arguments, in: copy), second = try Self.binary(arguments, in: copy)
        #expect(first.status == 0 && second.status == 0, "\(first.stderr)\n\(second.stderr)")
        #expect(kept(first) == 0)
        let pages = try String(contentsOf: copy.appendingPathComponent(".bearing-cache/pages.bin"), encoding: .utf8).split(separator: "\n").count - 1
        #expect(pages > 10)
        #expect(kept(second) == pages, "\(second.stderr)")
        #expect(try Self.tree(copy.appendingPathComponent("cached")) == (try Self.tree(copy.appendingPathComponent("plain"))))
    }

    @Test("after edits, builds in new processes answered from every cache file write the site a build without them writes")
    func keptParsesAndSearchTexts() throws {
        let copy = try QueryCommandTests.copy()
        defer { try? FileManager.default.removeItem(at: copy) }
        let cache = copy.appendingPathComponent(".bearing-cache")
        let arguments = ["build", "--today", "2026-11-15", "--no-history"]
        #expect(try Self.binary(arguments + ["--out", "cached"], in: copy).status == 0)
        for file in ["parsed.bin", "search.bin"] { #expect(FileManager.default.fileExists(atPath: cache.appendingPathComponent(file).path)) }
        let objectives = try #require(FileManager.default.subpaths(atPath: copy.appendingPathComponent("objectives").path)?.filter { $0.hasSuffix(".md") }.sorted())
        let file = copy.appendingPathComponent("objectives/" + objectives[0])
        let text = try String(contentsOf: file, encoding: .utf8)
        try (text + "\n## Train volunteers in first aid\n\nEvery volunteer holds a current certificate by June.\n").write(to: file, atomically: true, encoding: .utf8)
        for round in 0..<2 {
            let cached = try Self.binary(arguments + ["--out", "cached"], in: copy)
            let plain = try Self.binary(arguments + ["--no-cache", "--out", "plain"], in: copy)
            // The same warnings; the closing line names the folder and the time.
            func said(_ stderr: String) -> [Substring] { stderr.split(separator: "\n").filter { !$0.contains("written to") } }
            #expect(cached.status == plain.status && said(cached.stderr) == said(plain.stderr), "round \(round)")
            #expect(try Self.tree(copy.appendingPathComponent("cached")) == (try Self.tree(copy.appendingPathComponent("plain"))), "round \(round)")
        }
        let check = try Self.binary(["check", "--today", "2026-11-15", "--no-history"], in: copy)
        let plainCheck = try Self.binary(["check", "--today", "2026-11-15", "--no-history", "--no-cache"], in: copy)
        #expect(check.status == plainCheck.status && check.stderr == plainCheck.stderr)
    }

    @Test("started through the dynamic loader, build does not start the loader again: it builds, keeping no pages")
    func throughTheLoader() throws {
        let loader = "/lib64/ld-linux-x86-64.so.2"
        guard FileManager.default.isExecutableFile(atPath: loader) else {
            print("skipped: no \(loader) on this machine")
            return
        }
        let copy = try QueryCommandTests.copy()
        defer { try? FileManager.default.removeItem(at: copy) }
        let run = try Self.binary(["build", "--timings", "--today", "2026-11-15", "--no-history"], in: copy, loader: loader)
        let text = run.stderr
        #expect(run.status == 0, "\(text)")
        #expect(text.contains("pages written to") || text.contains("pages and data/ written to"), "\(text)")
        #expect(!FileManager.default.fileExists(atPath: copy.appendingPathComponent(".bearing-cache/pages.bin").path))
    }
}

