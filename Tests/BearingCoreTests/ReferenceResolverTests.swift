import Testing
@testable import BearingCore

@Suite("References")
struct ReferenceResolverTests {
    func objectives(_ priorities: String) -> String {
        "## Objective\n- Owner: Ada\n- Priorities: \(priorities)\n"
    }

    @Test("by id, position, title prefix and words in order; case-insensitive", arguments: [
        ("platform", ["platform"]), ("PLATFORM", ["platform"]), ("1", ["platform"]), ("P1.2", ["ops"]), ("2.1", ["memberships"]),
        ("\"Reliable operations\"", ["ops"]), ("Shared stack", ["shared-stack"]), ("shared every", ["shared-stack"]),
        ("revenue, 1, platform", ["revenue", "platform"]), ("community", ["community"]),
    ])
    func resolves(text: String, expected: [String]) {
        let plan = loadWorkspace(["strategy.md": minimalStrategy, "objectives/2026-Q4.md": objectives(text)])
        #expect(plan.diagnostics.isEmpty)
        #expect(plan.objectives.first?.resolved.priorities == expected)
    }

    @Test("an unknown reference is an error at its column with a did-you-mean")
    func unresolved() throws {
        let plan = loadWorkspace(["strategy.md": minimalStrategy, "objectives/2026-Q4.md": objectives("platfrom")])
        let diagnostic = try #require(plan.diagnostics.first)
        #expect(plan.diagnostics.count == 1)
        #expect(diagnostic.code == .unresolvedReference)
        #expect(diagnostic.location == SourceLocation(path: "objectives/2026-Q4.md", line: 3, column: 15))
        #expect(diagnostic.fix == "did you mean `platform`?")
    }

    @Test("an ambiguous prefix names the candidates")
    func ambiguous() {
        let plan = loadWorkspace(["strategy.md": minimalStrategy + "\n4. **Platform extras.**\n", "objectives/2026-Q4.md": objectives("plat")])
        #expect(plan.codes == [.ambiguousReference])
        #expect(plan.diagnostics.first?.message.contains("`platform`") == true)
    }

    @Test("duplicate ids are errors naming both places")
    func duplicates() {
        let plan = loadWorkspace([
            "strategy.md": minimalStrategy + "\n4. **Another.** {#platform}\n",
            "objectives/2026-Q4.md": "## Same\ntext\n\n## Same\ntext\n",
        ])
        let duplicates = plan.diagnostics.filter { $0.code == .duplicateID }
        #expect(duplicates.count == 2)
        #expect(duplicates.contains { $0.location.path == "strategy.md" && $0.message.contains("strategy.md:5:") })
        #expect(duplicates.contains { $0.location.line == 4 && $0.message.contains("objectives/2026-Q4.md:1:1") })
    }

    @Test("roadmap links: depends on (preferring the same roadmap), objectives, roadmaps")
    func roadmapLinks() {
        let plan = loadWorkspace([
            "strategy.md": minimalStrategy,
            "objectives/2026-Q4.md": "## Cut toil\n- Roadmap: platform\n- Priorities: platform\n",
            "roadmaps/platform.md": "## Now\n### Upgrades\n- Objectives: cut toil\n- Priorities: ops\n\n### Quotas\n- Depends on: upgrades\n- Priorities: ops\n",
            "roadmaps/other.md": "## Now\n### Upgrades\n- Priorities: ops\n",
        ])
        #expect(plan.diagnostics.isEmpty)
        let items = Dictionary(uniqueKeysWithValues: plan.roadmapItems.map { ($0.id, $0) })
        #expect(items["platform/upgrades"]?.resolved.objectives == ["2026-q4/cut-toil"])
        #expect(items["platform/quotas"]?.resolved.dependsOn == ["platform/upgrades"])
        #expect(plan.objectives.first?.resolved.roadmaps == ["platform"])
    }

    @Test("dependency cycles are errors listing the cycle once")
    func cycles() {
        let plan = loadWorkspace([
            "strategy.md": minimalStrategy,
            "roadmaps/r.md": "## Now\n### A\n- Depends on: b\n\n### B\n- Depends on: c\n\n### C\n- Depends on: a\n\n### D\n- Depends on: d\n",
        ])
        let cycles = plan.diagnostics.filter { $0.code == .dependencyCycle }.map(\.message)
        #expect(cycles == ["dependency cycle: `r/a` → `r/b` → `r/c` → `r/a`", "dependency cycle: `r/d` → `r/d`"])
    }

    @Test("weights resolve and are scaled to 100% with a warning")
    func weights() {
        let plan = loadWorkspace(["strategy.md": "---\nweights:\n  platform: 30\n  2: 30\n---\n" + minimalStrategy])
        #expect(plan.codes == [.weightsSum])
        #expect(plan.strategy?.weights == ["platform": 0.5, "revenue": 0.5])
    }

    @Test("bearing.yml weights override the strategy's")
    func configWeights() {
        let plan = loadWorkspace(["bearing.yml": "weights:\n  platform: 100%\n", "strategy.md": "---\nweights:\n  revenue: 1\n---\n" + minimalStrategy])
        #expect(plan.diagnostics.isEmpty)
        #expect(plan.strategy?.weights == ["platform": 1])
    }
}
