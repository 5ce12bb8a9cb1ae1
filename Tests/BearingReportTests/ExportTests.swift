import Foundation
import Testing
@testable import BearingReport

@Suite("Export")
struct ExportTests {
    static let workspace = [
        "strategy.md": minimalStrategy,
        "objectives/2026-Q4.md": "## Cut toil\n- Owner: Ada\n- Status: on-track\n- Priorities: platform\n- [ ] from 40 to 20, now 30\n\n### Upgrades\ntext\n",
        "roadmaps/platform.md": "## Now\n### Upgrades\n- Depends on: quotas\n\n### Quotas\n- Objectives: cut toil\n",
    ]

    func exported(_ files: [String: String]) throws -> [String: Any] {
        let json = try ExportDocument(loadWorkspace(files)).json()
        return try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    }

    @Test("the documented keys are present, with null for absent values")
    func schema() throws {
        let document = try exported(Self.workspace)
        #expect(Set(document.keys) == ["schema_version", "title", "strategy", "priorities", "objectives", "roadmaps", "roadmap_items", "diagnostics"])
        let priorities = try #require(document["priorities"] as? [[String: Any]])
        #expect(Set(priorities[0].keys).isSuperset(of: ["id", "number", "title", "parent", "summary"]))
        #expect(priorities[0]["parent"] is NSNull)
        #expect(priorities[1]["parent"] as? String == "platform")
        let objective = try #require((document["objectives"] as? [[String: Any]])?.first)
        #expect(Set(objective.keys).isSuperset(of: ["id", "quarter", "title", "owners", "status", "priorities", "key_results", "initiatives"]))
        #expect(objective["quarter"] as? String == "2026-Q4")
        #expect(objective["priorities"] as? [String] == ["platform"])
        let keyResult = try #require((objective["key_results"] as? [[String: Any]])?.first)
        #expect(keyResult["progress"] as? Double == 0.5 && keyResult["done"] as? Bool == false)
        #expect(((objective["initiatives"] as? [[String: Any]])?.first?["id"] as? String) == "2026-q4/cut-toil/upgrades")
        let item = try #require((document["roadmap_items"] as? [[String: Any]])?.first)
        #expect(Set(item.keys).isSuperset(of: ["id", "roadmap", "lane", "period", "title", "priorities", "depends_on"]))
        #expect(item["depends_on"] as? [String] == ["platform/quotas"])
        #expect(item["period"] is NSNull)
    }

    @Test("the same input gives the same bytes")
    func deterministic() throws {
        let first = try ExportDocument(loadWorkspace(Self.workspace)).json()
        let second = try ExportDocument(loadWorkspace(Self.workspace)).json()
        #expect(first == second)
    }

    @Test("a workspace with errors still exports, with its diagnostics")
    func withErrors() throws {
        var files = Self.workspace
        files["objectives/2026-Q3.md"] = "## Bad\n- Priorities: nowhere\n"
        let document = try exported(files)
        #expect((document["objectives"] as? [Any])?.count == 2)
        let diagnostics = try #require(document["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.first?["code"] as? String == "unresolved-reference")
        #expect(diagnostics.first?["line"] as? Int == 2)
    }
}

@Suite("CSV")
struct CSVTests {
    @Test("quoting, formula guard, numbers left alone", arguments: [
        ("plain", "plain"), ("a,b", "\"a,b\""), ("say \"hi\"", "\"say \"\"hi\"\"\""), ("line\nbreak", "\"line\nbreak\""),
        ("=SUM(A1)", "'=SUM(A1)"), ("@cmd", "'@cmd"), ("-0.5", "-0.5"), ("+1", "+1"), ("-x", "'-x"),
    ])
    func field(input: String, expected: String) {
        #expect(CSV.field(input) == expected)
    }
}
