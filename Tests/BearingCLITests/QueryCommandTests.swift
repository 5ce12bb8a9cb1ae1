import Foundation
import Testing

@Suite("bearing query, end to end")
struct QueryCommandTests {
    /// A copy of the example workspace, removed by the caller.
    static func copy() throws -> URL {
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("bearing-query-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: copy, withIntermediateDirectories: true)
        for name in ["strategy.md", "bearing.yml", "objectives", "roadmaps"] {
            try FileManager.default.copyItem(at: Bearing.packageRoot.appendingPathComponent(name), to: copy.appendingPathComponent(name))
        }
        return copy
    }

    /// A copy of the example workspace, built once, removed by the caller.
    static func builtCopy() throws -> URL {
        let copy = try copy()
        let build = try Bearing.run(["build"], in: copy)
        #expect(build.status == 0, "\(build.stderr)")
        return copy
    }

    static let duplicates = "SELECT 1 AS a, 2 AS a, 'x' AS a_2, 2.5 AS b, NULL AS c"

    @Test("duplicate column names are suffixed in every format, JSON keeps numbers numeric and NULL null")
    func duplicateColumns() throws {
        let copy = try Self.builtCopy()
        defer { try? FileManager.default.removeItem(at: copy) }
        let json = try Bearing.run(["query", Self.duplicates, "--format", "json"], in: copy)
        #expect(json.status == 0, "\(json.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        let row = try #require(rows.first)
        #expect(Set(row.keys) == ["a", "a_3", "a_2", "b", "c"])
        #expect((row["a"] as? NSNumber)?.intValue == 1)
        #expect((row["a_3"] as? NSNumber)?.intValue == 2)
        #expect(row["a_2"] as? String == "x")
        #expect((row["b"] as? NSNumber)?.doubleValue == 2.5)
        #expect(row["c"] is NSNull)
        // Keys in column order, numbers unquoted.
        #expect(json.stdout.contains("\"a\" : 1,\n    \"a_3\" : 2,\n    \"a_2\" : \"x\",\n    \"b\" : 2.5,\n    \"c\" : null"))

        let csv = try Bearing.run(["query", Self.duplicates, "--format", "csv"], in: copy)
        #expect(csv.stdout.hasPrefix("a,a_3,a_2,b,c\r\n1,2,x,2.5,\r\n"))
        let table = try Bearing.run(["query", Self.duplicates], in: copy)
        #expect(table.stdout.hasPrefix("a  a_3  a_2  b    c"))
    }

    @Test("without a built site, query answers from a fresh build of the workspace and says so")
    func withoutSite() throws {
        let copy = try Self.copy()
        defer { try? FileManager.default.removeItem(at: copy) }
        let run = try Bearing.run(["query", "SELECT count(*) AS n FROM objectives", "--format", "csv"], in: copy)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "n\r\n13\r\n", "the example's 13 objectives, as CSV (RFC 4180 line ends)")
        #expect(run.stderr.contains("no site built yet"))
        #expect(!FileManager.default.fileExists(atPath: copy.appendingPathComponent("_site").path), "the site is not written")
    }

    @Test("SELECT * over a join prints every column of both tables")
    func joinStar() throws {
        let copy = try Self.builtCopy()
        defer { try? FileManager.default.removeItem(at: copy) }
        let run = try Bearing.run(["query", "SELECT * FROM objectives o JOIN initiatives i ON i.objective = o.id LIMIT 1", "--format", "json"], in: copy)
        #expect(run.status == 0, "\(run.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
        #expect(rows.first?["id"] as? String != rows.first?["id_2"] as? String)
        #expect(rows.first?["line"] is NSNumber)
    }

    @Test("after a file changes, query answers from the current files and says so; --no-rebuild warns")
    func staleness() throws {
        let copy = try Self.builtCopy()
        defer { try? FileManager.default.removeItem(at: copy) }
        let count = "SELECT count(*) AS n FROM objectives"
        let before = try Bearing.run(["query", count, "--format", "csv"], in: copy)
        #expect(before.stderr.isEmpty)
        let built = try #require(Int(before.stdout.split(separator: "\r\n").last ?? ""))

        let file = copy.appendingPathComponent("objectives/2026-Q4.md")
        try (String(contentsOf: file, encoding: .utf8) + "\n## A brand new objective\n\nText.\n").write(to: file, atomically: true, encoding: .utf8)
        let fresh = try Bearing.run(["query", count, "--format", "csv"], in: copy)
        #expect(fresh.stdout == "n\r\n\(built + 1)\r\n")
        #expect(fresh.stderr.contains("changed since"))
        let stale = try Bearing.run(["query", count, "--format", "csv", "--no-rebuild"], in: copy)
        #expect(stale.stdout == "n\r\n\(built)\r\n")
        #expect(stale.stderr.contains("warning"))

        #expect(try Bearing.run(["build"], in: copy).status == 0)
        let rebuilt = try Bearing.run(["query", count, "--format", "csv"], in: copy)
        #expect(rebuilt.stdout == "n\r\n\(built + 1)\r\n")
        #expect(rebuilt.stderr.isEmpty)
    }
}
