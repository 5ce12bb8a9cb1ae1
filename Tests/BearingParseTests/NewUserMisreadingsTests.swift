import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// What new users' files were misread as in an earlier trial: several fields on one intro line, a current value
/// labelled by its period, a Goal column of targets, a bold "Key metrics" label, a north star after the priorities,
/// and issue links inside a roadmap item's words.
@Suite("New users' misreadings: field lines, period-labelled values, goal columns, metric labels, north stars, issue links")
struct NewUserMisreadingsTests {
    func objectives(_ markdown: String) -> (ObjectivesFile, [Diagnostic]) {
        ObjectivesParser().parse(read(markdown, path: "objectives/2026-Q2.md"))
    }

    // MARK: Several fields on one intro line

    @Test("an intro line of fields separated by ' · ', ' | ' or ';' is read field by field", arguments: [" · ", " | ", "; "])
    func severalIntroFieldsOnOneLine(separator: String) throws {
        let (file, _) = objectives("""
            # Platform & Infra OKRs

            Team: Platform & Infra\(separator)Lead: Kenji Mori

            ## Cut incident load

            - [ ] Pages from 20 to 5 a week, now 9
            """)
        #expect(file.team == "Platform & Infra")
        #expect(file.objectives.first?.metadata.team == "Platform & Infra")
        // The whole line is still the file's introduction, shown on its page.
        #expect(file.intro.contains("Lead: Kenji Mori"))
    }

    @Test("a separator with no key after it stays inside the value, and a bold key after a bar starts a field")
    func separatorsInsideAValue() {
        #expect(IntroFields.fields(in: "Team: Web; Mobile").map(\.value).map(\.trimmed) == ["Web; Mobile"])
        #expect(IntroFields.fields(in: "**Quarter:** Q2 2026 | **Team:** Search").map(\.key) == ["**Quarter", "**Team"])
        #expect(IntroFields.fields(in: "Docs: see | https://example.org/a").count == 1)
    }

    // MARK: A current value labelled by its period

    @Test("a figure in brackets labelled by a period, after the target, is the current value", arguments: [
        ("Reach 1,200 families (Q1: 340)", 28.0),
        ("Onboard 40 clinics (Oct: 12)", 30.0),
        ("Grow adoption to 60% (as of Nov: 45%)", 75.0),
        ("Reach 1,200 families (Q1 2026: 300)", 25.0),
    ])
    func periodLabelledCurrentValue(text: String, expected: Double) {
        let reading = ProgressReader.read(text, checked: nil)
        #expect(reading.progress.map { ($0 * 100).rounded() } == expected, "\(text)")
    }

    @Test("a baseline labelled by its period is where the measure started, not where it stands", arguments: [
        "Reach 1,200 families (Q1 2026 baseline: 300)", "Reach 1,200 families (baseline Q1: 300)", "Reach 1,200 families (Q1 target: 300)",
    ])
    func periodLabelledBaselineIsNotCurrent(text: String) {
        let reading = ProgressReader.read(text, checked: nil)
        #expect(reading.progress == nil, "\(text)")
    }

    // MARK: A bold "Key metrics" label

    @Test("a bold metrics label over a list, beside the key results, is the objective's text, not more key results", arguments: [
        "**Key metrics:**", "**Metrics we watch:**", "**Health metrics**", "Key metrics:",
    ])
    func boldMetricsLabelIsNotKeyResults(label: String) throws {
        // In a file that names OKRs every bullet of an objective was a key result; under "### Key results" every list was.
        for body in ["- Pages from 20 to 5 a week, now 9\n\n\(label)\n\n- Weekly active users 4,000\n- Uptime 99.9%",
                     "### Key results\n\n- Pages from 20 to 5 a week, now 9\n\n\(label)\n\n- Weekly active users 4,000\n- Uptime 99.9%"] {
            let (file, _) = objectives("# Q2 2026 OKRs\n\n## Cut incident load\n\n\(body)\n")
            let objective = try #require(file.objectives.first)
            #expect(objective.keyResults.map(\.text) == ["Pages from 20 to 5 a week, now 9"], "\(label)")
            #expect(objective.initiatives.isEmpty)
            #expect(objective.body.contains("Weekly active users 4,000"))
        }
    }

    @Test("an objective whose only measures are under a metrics label takes them as its key results")
    func metricsLabelAloneGivesKeyResults() throws {
        let (file, _) = objectives("# Q2 2026 OKRs\n\n## Cut incident load\n\n**Key metrics:**\n\n- Pages from 20 to 5 a week, now 9\n- Weekly active users 4,000\n")
        #expect(try #require(file.objectives.first).keyResults.count == 2)
    }

    // MARK: A Goal column of targets

    @Test("in a table of objectives, a Goal cell that states a figure is the row's target; one that names a priority is a reference")
    func goalColumnOfTargets() {
        #expect(PlanTable.readsAsTarget("300 schools"))
        #expect(PlanTable.readsAsTarget("95% of families"))
        #expect(!PlanTable.readsAsTarget("Family reach"))
        #expect(!PlanTable.readsAsTarget("Goal 2: Reach more families"))
        #expect(!PlanTable.readsAsTarget("2.1"))
        let plan = WorkspaceLoader(fileSystem: .memory([
            "/ws/strategy.md": Data("# Strategy\n\n## Our priorities\n\n### Reliable platform\n\nKeep it up.\n\n### Family reach\n\nReach families.\n".utf8),
            "/ws/objectives/2026-Q2.md": Data("""
                # 2026-Q2

                ## Grow families

                | Objective | Goal | Owner |
                |---|---|---|
                | Sign up schools | 300 schools | Ana |
                | Reach parents | Family reach | Ben |
                | Call parents | Famly raech | Cy |

                """.utf8),
        ])).load(root: "/ws")
        let initiatives = plan.objectives.first?.initiatives ?? []
        #expect(initiatives.map(\.title) == ["Sign up schools", "Reach parents", "Call parents"])
        #expect(initiatives.first?.resolved.priorities == [])
        #expect(initiatives.dropFirst().first?.resolved.priorities == ["family-reach"])
        // The target is not an unknown priority; a misspelt priority still is, at its line.
        let unresolved = plan.diagnostics.filter { $0.code == .unresolvedReference }
        #expect(unresolved.map(\.location.line) == [9], "\(unresolved.map(\.message))")
    }

    // MARK: Issue links in a roadmap item's words

    @Test("links to an issue tracker in a roadmap item's line are its issues, and its title keeps its words")
    func issueLinksInRoadmapItems() {
        let (roadmap, _) = RoadmapParser().parse(read("""
            # Roadmap

            ## Now

            - Faster sync ([#123](https://github.com/org/repo/issues/123))
            - Offline mode, see [PROJ-42](https://acme.atlassian.net/browse/PROJ-42) for the plan
            - Better docs ([guide](https://example.org/guide))
            """, path: "roadmaps/main.md"))
        #expect(roadmap.items.map(\.title) == ["Faster sync", "Offline mode, see PROJ-42 for the plan", "Better docs (guide)"])
        #expect(roadmap.items.map(\.metadata.issues) == [
            ["https://github.com/org/repo/issues/123"], ["https://acme.atlassian.net/browse/PROJ-42"], [],
        ])
    }
}
