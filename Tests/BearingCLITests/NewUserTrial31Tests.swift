import Foundation
import Testing

/// Session 31's new user, a bike-share co-op's first quarter written from nothing: a strategy whose priorities list is
/// followed by a "### Success looks like", an objectives file with a code block left open mid-edit, front matter with a
/// key missing its colon, a file saved as `.markdown`, and the Markdown update for leadership. Each runs the command in
/// process and reads what the user would read.
@Suite("new user's quarter, session 31")
struct NewUserTrial31Tests {
    static let strategy = """
        ---
        weights:
          fleet-health: 40%
          rider-app: 35%
          city-partners: 25%
        ---

        # Pedalwise strategy

        ## Why we exist

        A bike within five minutes' walk of every member, working, every morning.

        ## What we will focus on

        1. **Keep the fleet rideable.** Fewer broken bikes, faster repairs. {#fleet-health}
           - Predictive maintenance from ride telemetry. {#predictive}
           - Repair vans reach a reported bike the same day. {#same-day}
        2. **An app riders love.** Unlocking, paying and reporting a fault take seconds. {#rider-app}
        3. **Cities as partners.** Docking space and bike lanes negotiated with each city. {#city-partners}

        ### Success looks like

        We will know this is working when fewer than one bike in twenty is out of service.

        """

    static let objectives = """
        # Fleet team, Q1 2027

        ## Fix broken bikes within a day

        - **Owner:** Tomás Ruiz
        - **Priorities:** fleet-health, same-day

        - [ ] Median time to repair from 52 hours to 24 hours, now 40

        """

    static func workspace(_ files: [String: String], strategy: String = strategy) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("bearing-user31-\(UUID().uuidString)")
        for (path, text) in ["strategy.md": strategy].merging(files, uniquingKeysWith: { _, new in new }) {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        return root
    }

    static func exported(_ workspace: URL) throws -> [String: Any] {
        let export = try Bearing.run(["export", "--workspace", workspace.path])
        return try #require(try JSONSerialization.jsonObject(with: Data(export.stdout.utf8)) as? [String: Any])
    }

    @Test("a priorities list with ids, then one `### Success looks like`: the list is the priorities, the H3 a section")
    func titledListOverOneHeading() throws {
        let workspace = try Self.workspace(["objectives/2027-Q1.md": Self.objectives])
        defer { try? FileManager.default.removeItem(at: workspace) }
        let check = try Bearing.run(["check", "--workspace", workspace.path, "--no-cache"])
        #expect(!check.stdout.contains("[unresolved-reference]"), "\(check.stdout)")
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        let object = try Self.exported(workspace)
        let priorities = try #require(object["priorities"] as? [[String: Any]])
        #expect(priorities.compactMap { $0["id"] as? String } == ["fleet-health", "predictive", "same-day", "rider-app", "city-partners"])
        let strategy = try #require(object["strategy"] as? [String: Any])
        let sections = try #require(strategy["sections"] as? [[String: Any]])
        #expect(sections.compactMap { $0["title"] as? String }.contains("Success looks like"), "\(sections)")
    }

    @Test("H3s that restate the list's titles are still read as the priorities, with their text")
    func restatingHeadingsStayPriorities() throws {
        let strategy = """
            # Strategy

            ## Our focus

            1. **Keep the fleet rideable**
            2. **An app riders love**

            ### Keep the fleet rideable

            > Fewer broken bikes.

            ### An app riders love

            > Unlock in seconds.

            """
        let workspace = try Self.workspace([:], strategy: strategy)
        defer { try? FileManager.default.removeItem(at: workspace) }
        let priorities = try #require(try Self.exported(workspace)["priorities"] as? [[String: Any]])
        #expect(priorities.compactMap { $0["summary"] as? String } == ["Fewer broken bikes.", "Unlock in seconds."], "\(priorities)")
    }

    @Test("counter-case: a bold list of principles before the priority H3s leaves the H3s the priorities")
    func principlesListOverPriorityHeadings() throws {
        let strategy = """
            # Strategy

            ## Strategic priorities

            Three principles guide every choice:

            - **Open.** Everything we build is public.
            - **Fair.** Members decide together.
            - **Frugal.** We spend what we earn.

            ### Grow the community

            More members in every city.

            ### Fund the work

            Grants and dues that cover the costs.

            """
        let workspace = try Self.workspace([:], strategy: strategy)
        defer { try? FileManager.default.removeItem(at: workspace) }
        let priorities = try #require(try Self.exported(workspace)["priorities"] as? [[String: Any]])
        #expect(priorities.compactMap { $0["title"] as? String } == ["Grow the community", "Fund the work"], "\(priorities)")
        let single = strategy.replacingOccurrences(of: "### Fund the work\n\nGrants and dues that cover the costs.\n", with: "")
            .replacingOccurrences(of: "### Grow the community", with: "### Priority: grow the community")
        let one = try Self.workspace([:], strategy: single)
        defer { try? FileManager.default.removeItem(at: one) }
        let named = try #require(try Self.exported(one)["priorities"] as? [[String: Any]])
        #expect(named.compactMap { $0["title"] as? String } == ["grow the community"], "\(named)")
    }

    @Test("a code block left open hides the objectives after it: said at the fence, naming the first heading it hides")
    func unclosedFence() throws {
        let objectives = Self.objectives + "## Try the checker\n\n```sh\nbearing check\n\n## Predict failures\n- Priorities: predictive\n- [ ] Telemetry from 3 of 5 e-bikes\n"
        let workspace = try Self.workspace(["objectives/2027-Q1.md": objectives])
        defer { try? FileManager.default.removeItem(at: workspace) }
        let check = try Bearing.run(["check", "--workspace", workspace.path, "--no-cache"])
        #expect(check.stdout.contains("objectives/2027-Q1.md:11:1: warning: this code block is never closed"), "\(check.stdout)")
        #expect(check.stdout.contains("`## Predict failures` at line 14"), "\(check.stdout)")
        #expect(check.stdout.contains("[unclosed-code-block]"))
        #expect(check.status == 0)
        // Closed, it is a code block like any other, and the objective after it is read.
        let closed = objectives.replacingOccurrences(of: "bearing check\n", with: "bearing check\n```\n")
        try closed.write(to: workspace.appendingPathComponent("objectives/2027-Q1.md"), atomically: true, encoding: .utf8)
        let again = try Bearing.run(["check", "--workspace", workspace.path, "--no-cache"])
        #expect(!again.stdout.contains("[unclosed-code-block]"), "\(again.stdout)")
        let titles = try #require(try Self.exported(workspace)["objectives"] as? [[String: Any]]).compactMap { $0["title"] as? String }
        #expect(titles.contains("Predict failures"), "\(titles)")
    }

    @Test("a file that only ends in an open code block is no warning: it hides nothing")
    func trailingOpenFenceHidesNothing() throws {
        let workspace = try Self.workspace(["objectives/2027-Q1.md": Self.objectives + "```sh\nbearing check\n"])
        defer { try? FileManager.default.removeItem(at: workspace) }
        let check = try Bearing.run(["check", "--workspace", workspace.path, "--no-cache"])
        #expect(!check.stdout.contains("[unclosed-code-block]"), "\(check.stdout)")
    }

    @Test("a front-matter key without its colon is said at its own line, with the line to write")
    func keyWithoutColon() throws {
        let workspace = try Self.workspace(["objectives/fleet/2027-Q1.md": "---\nquarter 2027-Q1\nteam: Fleet\n---\n\n" + Self.objectives])
        defer { try? FileManager.default.removeItem(at: workspace) }
        let check = try Bearing.run(["check", "--workspace", workspace.path, "--no-cache"])
        #expect(check.stdout.contains("objectives/fleet/2027-Q1.md:2:1: error: front matter is not valid YAML: `quarter 2027-Q1` has no colon after its key `quarter`"),
                "\(check.stdout)")
        #expect(check.stdout.contains("write `quarter: 2027-Q1`"), "\(check.stdout)")
        #expect(!check.stdout.contains("mapping values are not allowed"), "\(check.stdout)")
    }

    @Test("a `.markdown` file is read as Markdown, as GitHub shows it")
    func markdownExtension() throws {
        let workspace = try Self.workspace(["objectives/2027-Q1.markdown": Self.objectives])
        defer { try? FileManager.default.removeItem(at: workspace) }
        let check = try Bearing.run(["check", "--workspace", workspace.path, "--no-cache"])
        #expect(!check.stdout.contains("[skipped-file]"), "\(check.stdout)")
        let objectives = try #require(try Self.exported(workspace)["objectives"] as? [[String: Any]])
        #expect(objectives.compactMap { $0["quarter"] as? String } == ["2027-Q1"], "\(objectives)")
    }

    @Test("the Markdown update lists an objective under a priority it declares but its text does not support, never 'no objective'")
    func declaredBesideAnotherPriority() throws {
        let objectives = """
            # App team, Q1 2027

            ## Report a fault from the app
            - Owner: Mei Chen
            - Priority: rider-app, city-partners

            Riders report a broken bike from the app in a few taps.

            - [ ] Fault reports from the app: 40 of 100

            """
        let workspace = try Self.workspace(["objectives/2027-Q1.md": objectives])
        defer { try? FileManager.default.removeItem(at: workspace) }
        let report = try Bearing.run(["report", "--workspace", workspace.path, "--no-cache", "--format", "markdown", "--today", "2027-02-15"])
        let section = try #require(report.stdout.components(separatedBy: "### 3. Cities as partners").last?.components(separatedBy: "## ").first)
        #expect(!section.contains("No objective this quarter"), "\(report.stdout)")
        #expect(section.contains("Declared, but its text does not say how it serves this priority"), "\(report.stdout)")
        #expect(section.contains("Report a fault from the app"), "\(report.stdout)")
    }

    @Test("a priority named in other words of its id and title gets a did-you-mean: `city partnerships` for `city-partners`")
    func wordsOfAnIdSuggestIt() throws {
        let objectives = Self.objectives.replacingOccurrences(of: "fleet-health, same-day", with: "fleet-health, city partnerships")
        let workspace = try Self.workspace(["objectives/2027-Q1.md": objectives])
        defer { try? FileManager.default.removeItem(at: workspace) }
        let check = try Bearing.run(["check", "--workspace", workspace.path, "--no-cache"])
        #expect(check.stdout.contains("unknown priority `city partnerships`; did you mean `city-partners` (“Cities as partners”)?"), "\(check.stdout)")
    }

    @Test("`new objective` with one objectives file per team asks which, rather than writing into the first")
    func newObjectiveAsksWhichTeamFile() throws {
        let workspace = try Self.workspace(["objectives/fleet/2027-Q1.md": Self.objectives,
                                            "objectives/app/2027-Q1.md": "# App team, Q1 2027\n\n## Unlock in under three seconds\n- Priorities: rider-app\n"])
        defer { try? FileManager.default.removeItem(at: workspace) }
        let before = try String(contentsOf: workspace.appendingPathComponent("objectives/app/2027-Q1.md"), encoding: .utf8)
        let new = try Bearing.run(["new", "objective", "--workspace", workspace.path, "--title", "Cut the repair backlog",
                                   "--priority", "same-day", "--today", "2027-02-01"])
        #expect(new.status == 2, "\(new.stdout)\(new.stderr)")
        #expect(new.stderr.contains("2 files plan 2027-Q1 (objectives/app/2027-Q1.md, objectives/fleet/2027-Q1.md); pass --file"), "\(new.stderr)")
        #expect(try String(contentsOf: workspace.appendingPathComponent("objectives/app/2027-Q1.md"), encoding: .utf8) == before)
        let chosen = try Bearing.run(["new", "objective", "--workspace", workspace.path, "--title", "Cut the repair backlog",
                                      "--priority", "same-day", "--today", "2027-02-01", "--file", "objectives/fleet/2027-Q1.md"])
        #expect(chosen.status == 0, "\(chosen.stderr)")
        #expect(try String(contentsOf: workspace.appendingPathComponent("objectives/fleet/2027-Q1.md"), encoding: .utf8).contains("## Cut the repair backlog"))
    }
}
