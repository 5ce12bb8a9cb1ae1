import Foundation
import Testing

@Suite("build --data and export --format csv, end to end")
struct DataFilesTests {
    @Test("build writes planning.db by default, adds JSON and CSV with --data json,csv, and export prints the same CSV")
    func dataOnRequest() throws {
        let copy = try QueryCommandTests.copy()
        defer { try? FileManager.default.removeItem(at: copy) }
        let data = copy.appendingPathComponent("_site/data")
        #expect(try Bearing.run(["build"], in: copy).status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: data.path) == ["planning.db"])
        let index = try String(contentsOf: copy.appendingPathComponent("_site/index.html"), encoding: .utf8)
        #expect(index.contains("href=\"data/planning.db\"") && !index.contains("planning.json"))

        let build = try Bearing.run(["build", "--data", "json,csv"], in: copy)
        #expect(build.status == 0, "\(build.stderr)")
        let names = Set(try FileManager.default.contentsOfDirectory(atPath: data.path))
        #expect(names.isSuperset(of: ["planning.db", "planning.json", "objectives.csv", "scores.csv", "meta.csv"]))
        #expect(try String(contentsOf: copy.appendingPathComponent("_site/index.html"), encoding: .utf8).contains("href=\"data/planning.json\""))

        let export = try Bearing.run(["export", "--format", "csv", "--table", "objectives"], in: copy)
        #expect(export.status == 0, "\(export.stderr)")
        #expect(export.stdout == (try String(contentsOf: data.appendingPathComponent("objectives.csv"), encoding: .utf8)))
        #expect(try Bearing.run(["export", "--format", "csv"], in: copy).status == 2)
        #expect(try Bearing.run(["export", "--format", "csv", "--table", "search"], in: copy).status == 2)
        #expect(try Bearing.run(["build", "--data", "xml"], in: copy).status == 2)
    }

    @Test("build --data none writes no data/ and links none; query then answers from a fresh build")
    func noData() throws {
        let copy = try QueryCommandTests.copy()
        defer { try? FileManager.default.removeItem(at: copy) }
        let build = try Bearing.run(["build", "--data", "none"], in: copy)
        #expect(build.status == 0, "\(build.stderr)")
        #expect(!FileManager.default.fileExists(atPath: copy.appendingPathComponent("_site/data").path))
        #expect(!(try String(contentsOf: copy.appendingPathComponent("_site/index.html"), encoding: .utf8)).contains("data/"))
        let query = try Bearing.run(["query", "SELECT count(*) AS n FROM objectives", "--format", "csv"], in: copy)
        #expect(query.stdout == "n\r\n13\r\n")
        #expect(query.stderr.contains("--data none"))
    }
}
