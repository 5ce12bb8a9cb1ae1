import Testing
@testable import BearingModel

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

    @Test("a title's tag that names a priority exactly is its declared link when it declares none; other brackets say nothing")
    func titleTags() {
        let roadmap = """
            # Roadmap

            ## Now

            - **Publish packages to the community repository (Revenue)**
            - **[Platform] Freeze the test grid**
            - **Shared login for every hub [shared-stack]**
            - **Move the build to the new cluster (phase 2)**
            - **Retire the old bucket (1)**
            - **Price the support plans (Revenue)**
              - Priorities: community

            """
        let plan = loadWorkspace(["strategy.md": minimalStrategy, "roadmaps/now.md": roadmap])
        #expect(plan.diagnostics.isEmpty, "\(plan.diagnostics.map(\.message))")
        let declared = Dictionary(plan.roadmapItems.map { ($0.title, $0.resolved.priorities) }, uniquingKeysWith: { a, _ in a })
        #expect(declared["Publish packages to the community repository (Revenue)"] == ["revenue"])
        #expect(declared["[Platform] Freeze the test grid"] == ["platform"])
        #expect(declared["Shared login for every hub [shared-stack]"] == ["shared-stack"])
        // A step or a count is not a priority's number; an explicit line wins over the tag.
        #expect(declared["Move the build to the new cluster (phase 2)"] == [])
        #expect(declared["Retire the old bucket (1)"] == [])
        #expect(declared.first { $0.key.hasPrefix("Price the support plans") }?.value == ["community"])
    }

    @Test("an unknown reference is an error at its column with a did-you-mean")
    func unresolved() throws {
        let plan = loadWorkspace(["strategy.md": minimalStrategy, "objectives/2026-Q4.md": objectives("platfrom")])
        let diagnostic = try #require(plan.diagnostics.first)
        #expect(plan.diagnostics.count == 1)
        #expect(diagnostic.code == .unresolvedReference)
        #expect(diagnostic.location == SourceLocation(path: "objectives/2026-Q4.md", line: 3, column: 15))
        #expect(diagnostic.fix == "did you mean `platform` (“Platform”)?")
        // The valid ids travel beside the fix, printed once after all the findings (ProblemListingTests).
        #expect(diagnostic.candidates == ReferenceCandidates(kind: "priority", ids: ["platform", "revenue", "community", "shared-stack", "ops", "memberships"]))
    }

    /// Priorities whose ids say little about their titles, as teams that name ids for brevity write them.
    static let wordyStrategy = """
        # Strategy

        ## Priorities

        1. **Always dependable, reliable service.** Keep every hub up. {#reliability}
        2. **Reach break-even by 2027.** Fees cover costs. {#sustainability}
        3. **Grow memberships.** More members, and onboarding that keeps them. {#growth}
           - Onboarding new members. {#onboarding-flow}
           - Renewals at the end of each year. {#renewals}
        4. **Open science.** Share what we build. {#open}
           - Open data for every scientist. {#open-data}
           - Open source scientific software first. {#open-source}
        """

    @Test("a word that names no id gets a did-you-mean from the words of priority titles and the valid ids", arguments: [
        ("dependable", "reliability", "Always dependable, reliable service"), ("break-even", "sustainability", "Reach break-even by 2027"),
        ("reliabilty", "reliability", "Always dependable, reliable service"), ("membership", "growth", "Grow memberships"),
        ("costs", "sustainability", "Reach break-even by 2027"),
    ])
    func wordDidYouMean(text: String, id: String, title: String) throws {
        let plan = loadWorkspace(["strategy.md": Self.wordyStrategy, "objectives/2026-Q4.md": objectives(text)])
        let diagnostic = try #require(plan.diagnostics.first)
        #expect(plan.codes == [.unresolvedReference])
        #expect(diagnostic.message == "unknown priority `\(text)`")
        #expect(diagnostic.fix == "did you mean `\(id)` (“\(title)”)?")
        #expect(diagnostic.candidates?.ids == ["reliability", "sustainability", "growth", "open", "onboarding-flow", "renewals", "open-data", "open-source"])
    }

    @Test("the valid ids are all kept, top-level first; a line that repeats them with each finding is capped")
    func validIDsCapped() throws {
        let many = (1...12).map { "\($0). **Area number \($0).** {#area-\($0)}" }.joined(separator: "\n")
        let plan = loadWorkspace(["strategy.md": "# S\n\n## Priorities\n\n" + many + "\n", "objectives/2026-Q4.md": objectives("zzz")])
        #expect(plan.diagnostics.first?.fix == nil)
        #expect(plan.diagnostics.first?.candidates?.ids == (1...12).map { "area-\($0)" })
        #expect(plan.diagnostics.first?.candidates?.line(limit: 8) == "valid priority ids: area-1, area-2, area-3, area-4, area-5, area-6, area-7, area-8, … (4 more)")
    }

    @Test("a word that fits a priority and its sub-priority links to the sub-priority, with a warning naming both", arguments: [
        // The child's title starts with the word; the parent's summary says it too.
        ("onboarding", "onboarding-flow", "fits both `growth` (“Grow memberships”) and its sub-priority `onboarding-flow` (“Onboarding new members”); linked to the sub-priority"),
        // A prefix of both titles: the parent and its child are found together.
        ("open s", "open-source", "fits both `open` (“Open science”) and its sub-priority `open-source` (“Open source scientific software first”); linked to the sub-priority"),
        ("renew", "renewals", nil),
        // Only the child fits ("da" starts no word of the parent's): no warning.
        ("open da", "open-data", nil),
    ])
    func parentAndChild(text: String, id: String, message: String?) {
        let plan = loadWorkspace(["strategy.md": Self.wordyStrategy, "objectives/2026-Q4.md": objectives(text)])
        #expect(plan.objectives.first?.resolved.priorities == [id])
        if let message {
            #expect(plan.codes == [.parentAndChildReference])
            #expect(plan.diagnostics.first?.message == "priority reference `\(text)` \(message)")
            #expect(plan.diagnostics.first?.severity == .warning)
            #expect(plan.diagnostics.first?.location.line == 3)
        } else {
            #expect(plan.diagnostics.isEmpty)
        }
    }

    @Test("words that fit a priority and several of its sub-priorities stay with the priority, with a warning", arguments: ["open sci", "open scien"])
    func parentAndChildren(text: String) {
        let plan = loadWorkspace(["strategy.md": Self.wordyStrategy, "objectives/2026-Q4.md": objectives(text)])
        #expect(plan.objectives.first?.resolved.priorities == ["open"])
        #expect(plan.codes == [.parentAndChildReference])
        #expect(plan.diagnostics.first?.message == "priority reference `\(text)` fits both `open` (“Open science”) and its sub-priorities `open-data` (“Open data for every scientist”), `open-source` (“Open source scientific software first”); linked to the priority")
        #expect(plan.diagnostics.first?.fix == "write the id you mean: `open` or `open-data` or `open-source`")
    }

    @Test("a whole title or an id is never a parent-and-child warning")
    func exactIsSilent() {
        let plan = loadWorkspace(["strategy.md": Self.wordyStrategy, "objectives/2026-Q4.md": objectives("growth, \"Onboarding new members\", open-data")])
        #expect(plan.diagnostics.isEmpty)
        #expect(plan.objectives.first?.resolved.priorities == ["growth", "onboarding-flow", "open-data"])
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

    @Test("cycles among items that depend on nothing are found, at their places, in the order of the items")
    func cyclesAmongIndependentItems() {
        let plan = loadWorkspace([
            "strategy.md": minimalStrategy,
            "roadmaps/r.md": "## Now\n### E\n\n### F\n- Depends on: g\n\n### G\n- Depends on: e, h\n\n### H\n- Depends on: f\n\n"
                + "### I\n\n### J\n- Depends on: i, j\n",
        ])
        let cycles = plan.diagnostics.filter { $0.code == .dependencyCycle }
        #expect(cycles.map(\.message) == ["dependency cycle: `r/f` → `r/g` → `r/h` → `r/f`", "dependency cycle: `r/j` → `r/j`"])
        #expect(cycles.map(\.location.line) == [5, 16])
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
