import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
#if canImport(Glibc)
import Glibc
#endif
import Testing

/// `bearing serve` as a user runs it: a process on a copy of the example workspace, asked over HTTP. The page
/// reloading in a real browser is scripts/site-check/check_serve.py (run by scripts/test.sh).
@Suite("bearing serve, end to end")
struct ServeCommandTests {
    /// A running `bearing serve`, stopped by `stop`.
    final class Server: @unchecked Sendable {
        let process = Process()
        let url: String

        init(workspace: URL, arguments: [String] = ["--port", "0"]) throws {
            let binary = try #require(BearingBinary.executable, "the bearing executable was not built")
            process.executableURL = binary
            process.arguments = ["serve", "--workspace", workspace.path] + arguments
            let out = Pipe()
            process.standardOutput = out
            process.standardError = FileHandle.nullDevice
            try process.run()
            // The first line of standard output is the address, once the first build is served.
            var line = Data()
            while let byte = try out.fileHandleForReading.read(upToCount: 1), !byte.isEmpty, byte != Data("\n".utf8) { line += byte }
            let text = String(decoding: line, as: UTF8.self)
            guard let range = text.range(of: #"http://127\.0\.0\.1:\d+/"#, options: .regularExpression) else {
                process.terminate()
                throw CocoaError(.fileReadCorruptFile, userInfo: [NSLocalizedDescriptionKey: "no address in: \(text)"])
            }
            url = String(text[range])
        }

        func get(_ path: String) async throws -> (Int, String) {
            let (data, response) = try await URLSession.shared.data(from: try #require(URL(string: url + path)))
            return ((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data, as: UTF8.self))
        }

        func stop() {
            process.terminate()
            process.waitUntilExit()
        }
    }

    @Test("`bearing build` output has no trace of the reload script")
    func buildHasNoReloadScript() throws {
        let copy = try QueryCommandTests.copy()
        defer { try? FileManager.default.removeItem(at: copy) }
        let build = try Bearing.run(["build"], in: copy)
        #expect(build.status == 0, "\(build.stderr)")
        let site = copy.appendingPathComponent("_site")
        let walker = try #require(FileManager.default.enumerator(atPath: site.path))
        var checked = 0
        for case let path as String in walker where !path.hasSuffix(".db") {
            guard let data = FileManager.default.contents(atPath: site.appendingPathComponent(path).path) else { continue }
            let text = String(decoding: data, as: UTF8.self)
            for trace in ["__bearing", "live.js", "data-build", "bearing-serve"] { #expect(!text.contains(trace), "\(path) holds \(trace)") }
            checked += 1
        }
        #expect(checked > 20)
    }

    @Test("serves every page from memory with the reload script, writes nothing, and rebuilds after a file is saved")
    func servesAndRebuilds() async throws {
        let copy = try QueryCommandTests.copy()
        defer { try? FileManager.default.removeItem(at: copy) }
        let server = try Server(workspace: copy)
        defer { server.stop() }
        let (status, page) = try await server.get("index.html")
        #expect(status == 200)
        #expect(page.contains("<script src=\"/__bearing/live.js\" data-build=\""))
        let (scriptStatus, script) = try await server.get("__bearing/live.js")
        #expect(scriptStatus == 200 && script.contains("location.reload()"))
        let (cssStatus, css) = try await server.get("assets/style.css")
        #expect(cssStatus == 200 && !css.contains("__bearing"))
        #expect(try await server.get("no-such-page.html").0 == 404)
        #expect(!FileManager.default.fileExists(atPath: copy.appendingPathComponent("_site").path))

        // Rename the strategy's first priority in the file; the dashboard changes once the site is rebuilt.
        let strategy = copy.appendingPathComponent("strategy.md")
        let text = try String(contentsOf: strategy, encoding: .utf8)
        let title = try #require(text.range(of: #"\*\*[^*]+\*\*"#, options: .regularExpression))
        try (text.replacingCharacters(in: title, with: "**Zebra crossings everywhere.**")).write(to: strategy, atomically: true, encoding: .utf8)
        var rebuilt = ""
        for _ in 0..<600 where !rebuilt.contains("Zebra crossings everywhere") {
            try await Task.sleep(nanoseconds: 100_000_000)
            rebuilt = try await server.get("strategy.html").1
        }
        #expect(rebuilt.contains("Zebra crossings everywhere"))
        #expect(Self.build(of: rebuilt) != Self.build(of: page))
    }

    static func build(of page: String) -> String? {
        page.range(of: #"data-build="[^"]+""#, options: .regularExpression).map { String(page[$0]) }
    }

    #if canImport(Glibc)
    @Test("a taken port is replaced by a free one, and the address printed is the one served")
    func takenPort() async throws {
        // Hold a port on 127.0.0.1, listening, as another server would.
        let holder = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(holder) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(holder, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) } }
        #expect(bound == 0 && listen(holder, 1) == 0)
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(holder, $0, &length) } }
        let taken = UInt16(bigEndian: address.sin_port)

        let copy = try QueryCommandTests.copy()
        defer { try? FileManager.default.removeItem(at: copy) }
        let server = try Server(workspace: copy, arguments: ["--port", String(taken)])
        defer { server.stop() }
        #expect(server.url.hasPrefix("http://127.0.0.1:"))
        #expect(!server.url.hasSuffix(":\(taken)/"))
        #expect(try await server.get("").0 == 200)
    }
    #endif
}
