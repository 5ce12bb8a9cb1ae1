import Foundation
import Testing

/// Ids become file names: two ids must never write one file, and no name may outgrow what file systems allow.
@Suite("page file names, end to end")
struct PageNameTests {
    @Test("`{#a+b}` and `{#a-b}` get a page each: neither overwrites the other")
    func distinctPages() throws {
        let workspace = try DuplicateIDTests.workspace([
            "objectives/2026-Q4.md": "## First plus {#a+b}\n- Priorities: ops\n\n## Second minus {#a-b}\n- Priorities: ops\n",
            "strategy.md": DuplicateIDTests.strategy + "3. **Plus.** {#x+y}\n4. **Minus.** {#x-y}\n",
        ])
        defer { try? FileManager.default.removeItem(at: workspace) }
        let site = workspace.appendingPathComponent("_site")
        let run = try Bearing.run(["build", "--workspace", workspace.path])
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        for (folder, titles) in [("objectives", ["First plus", "Second minus"]), ("priorities", ["Plus", "Minus"])] {
            let pages = try FileManager.default.contentsOfDirectory(atPath: site.appendingPathComponent(folder).path).filter { $0.hasPrefix("a-b") || $0.hasPrefix("x-y") }
            #expect(pages.count == 2, "\(folder): \(pages)")
            let texts = try pages.map { try String(contentsOf: site.appendingPathComponent(folder).appendingPathComponent($0), encoding: .utf8) }
            for title in titles { #expect(texts.filter { $0.contains(title) }.count >= 1, "\(title) has no page") }
        }
        // Every link to the second page leads to it, not to the first.
        let quarter = try String(contentsOf: site.appendingPathComponent("quarters/2026-Q4.html"), encoding: .utf8)
        #expect(quarter.contains("href=\"../objectives/a-b.html\"") && quarter.contains("href=\"../objectives/a-b-2.html\""))
    }

    @Test("a 300-byte id passes check and builds, each file name within 255 bytes")
    func longNames() throws {
        let word = String(repeating: "long", count: 75)
        let workspace = try DuplicateIDTests.workspace([
            "objectives/2026-Q4.md": "## \(word)\n- Priorities: ops\n\n## \(word) too\n- Priorities: ops\n\n## Labelled {#\(word)x}\n- Priorities: ops\n",
            "roadmaps/\(String(repeating: "r", count: 200)).md": "## Now\n### \(word)\n- Priorities: ops\n",
            "strategy.md": DuplicateIDTests.strategy + "3. **Long.** {#\(word)}\n",
        ])
        defer { try? FileManager.default.removeItem(at: workspace) }
        #expect(try Bearing.run(["check", "--workspace", workspace.path]).status == 0)
        let run = try Bearing.run(["build", "--workspace", workspace.path])
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        let site = workspace.appendingPathComponent("_site")
        let files = try #require(FileManager.default.subpathsOfDirectory(atPath: site.path) as [String]?)
        #expect(files.allSatisfy { $0.split(separator: "/").allSatisfy { $0.utf8.count <= 255 } })
        #expect(files.filter { $0.hasPrefix("objectives/2026-q4/longlong") }.count == 2)
        #expect(files.filter { $0.hasPrefix("objectives/longlong") }.count == 1)
        #expect(files.contains { $0.hasPrefix("priorities/longlong") })
    }
}
