import Foundation
import Testing

/// Session 29's new users, on workspaces written by hand: a founder's first OKR file, and the usual slips — a colon in
/// a front-matter title, a symbolic link loop, a quarter file named `2027-Q5.md` or `Q1.md`, a priority listed twice.
/// Each runs `bearing check` in process and reads what the user would read.
@Suite("new users' slips, session 29")
struct NewUserTrial29Tests {
    static let strategy = """
        # Acme Robotics Strategy 2027

        ## Our 3 priorities for 2027

        1. **Land 20 paying customers** - we need revenue and proof the product works.
        2. **Make the robot reliable** - uptime above 99% so customers trust it on night shifts.
        3. **Build a great team** - hire senior engineers and keep the ones we have.

        """

    static func workspace(_ files: [String: String], links: [String: String] = [:]) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("bearing-user29-\(UUID().uuidString)")
        for (path, text) in ["strategy.md": strategy].merging(files, uniquingKeysWith: { _, new in new }) {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        for (path, target) in links {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.createSymbolicLink(atPath: url.path, withDestinationPath: target)
        }
        return root
    }

    static let objective = "# Q1 2027 OKRs\n\n## Close our first big customers\nPriorities: 1\n\n- [ ] Sign 5 new contracts (2/5)\n"

    @Test("a colon in a front-matter title breaks its YAML, and the `quarter:` beside it is still the file's quarter")
    func colonInTitleKeepsQuarter() throws {
        let workspace = try Self.workspace([
            "objectives/plan.md": "---\ntitle: OKRs: Q1 2027\nquarter: 2027-Q1\nowner: Maria\n---\n\n## Close our first big customers\nPriorities: 1\n\n- [ ] Sign 5 new contracts (2/5)\n",
        ])
        defer { try? FileManager.default.removeItem(at: workspace) }
        let check = try Bearing.run(["check", "--workspace", workspace.path, "--no-cache"])
        #expect(check.status == 1)
        // The YAML error stays, at its line, and says what was still read; no second error sends the writer to add the
        // `quarter:` the file already has.
        #expect(check.stdout.contains("objectives/plan.md:2:"), "\(check.stdout)")
        #expect(check.stdout.contains("[front-matter-invalid]"))
        #expect(check.stdout.contains("(`quarter`, `owner`) and the rest of the file were still read"), "\(check.stdout)")
        #expect(!check.stdout.contains("[no-quarter]"), "\(check.stdout)")
        let export = try Bearing.run(["export", "--workspace", workspace.path])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(export.stdout.utf8)) as? [String: Any])
        let objectives = try #require(object["objectives"] as? [[String: Any]])
        #expect(objectives.map { $0["quarter"] as? String } == ["2027-Q1"])
    }

    @Test("front matter whose block value is broken keeps no line of that block")
    func brokenBlockIsNotSalvaged() throws {
        // `weights:` opens a block; its bad indentation must not let `weights` through as an empty value.
        let workspace = try Self.workspace([
            "objectives/plan.md": "---\nquarter: 2027-Q1\nweights:\n  a: 1\n b: 2\n---\n\n## Close our first big customers\nPriorities: 1\n",
        ])
        defer { try? FileManager.default.removeItem(at: workspace) }
        let check = try Bearing.run(["check", "--workspace", workspace.path, "--no-cache"])
        #expect(check.stdout.contains("[front-matter-invalid]"), "\(check.stdout)")
        #expect(check.stdout.contains("(`quarter`) and the rest"), "\(check.stdout)")
        #expect(!check.stdout.contains("[no-quarter]"))
    }

    @Test("a symbolic link loop is called a loop, not a link to a file that does not exist")
    func linkLoop() throws {
        let workspace = try Self.workspace(["objectives/2027-Q1.md": Self.objective],
                                           links: ["objectives/loop1.md": "loop2.md", "objectives/loop2.md": "loop1.md"])
        defer { try? FileManager.default.removeItem(at: workspace) }
        let check = try Bearing.run(["check", "--workspace", workspace.path, "--no-cache"])
        #expect(check.status == 1)
        let lines = check.stdout.split(separator: "\n").filter { $0.contains("loop") }
        #expect(lines.count == 2, "\(check.stdout)")
        for line in lines {
            #expect(line.contains("is a symbolic link loop"), "\(line)")
            #expect(!line.contains("does not exist"), "\(line)")
        }
    }

    @Test("a quarter file named 2027-Q5, 2028-Q03 or Q1 is told what its name says, not to add `quarter: 2026-Q4`")
    func wronglyNamedQuarterFiles() throws {
        let body = "## Close our first big customers\nPriorities: 1\n\n- [ ] Sign 5 new contracts (2/5)\n"
        let workspace = try Self.workspace(["objectives/2027-Q5.md": body, "objectives/2028-Q03.md": body, "objectives/Q1.md": body,
                                            "objectives/plans.md": body])
        defer { try? FileManager.default.removeItem(at: workspace) }
        let check = try Bearing.run(["check", "--workspace", workspace.path, "--no-cache"])
        let lines = check.stdout.split(separator: "\n").map(String.init)
        func line(_ path: String) -> String { lines.first { $0.hasPrefix(path + ":") } ?? "" }
        #expect(line("objectives/2027-Q5.md").contains("the file name says `2027-Q5`, but a year has four quarters, Q1 to Q4"), "\(check.stdout)")
        #expect(line("objectives/2027-Q5.md").contains("`2027-Q1.md` … `2027-Q4.md`"))
        #expect(line("objectives/2028-Q03.md").contains("write it as `2028-Q3`"), "\(check.stdout)")
        #expect(line("objectives/Q1.md").contains("the file name says Q1 but names no year"), "\(check.stdout)")
        // A name that says nothing of a quarter keeps the general advice.
        #expect(line("objectives/plans.md").contains("add front matter `quarter: 2026-Q4`, or name the file `2026-Q4.md`"))
        #expect(lines.filter { $0.contains("[no-quarter]") }.count == 4)
    }

    @Test("a priority listed twice is told where a list item takes its id, not only a heading")
    func duplicatePriorityListItem() throws {
        let workspace = try Self.workspace([
            "strategy.md": "# Strategy\n\n## Priorities\n\n1. **Growth** - more customers\n2. **Growth** - more revenue\n",
            "objectives/2027-Q1.md": "# Q1 2027\n\n## Sell more\nPriorities: growth\n",
        ])
        defer { try? FileManager.default.removeItem(at: workspace) }
        let check = try Bearing.run(["check", "--workspace", workspace.path, "--no-cache"])
        let line = check.stdout.split(separator: "\n").first { $0.contains("[duplicate-id]") } ?? ""
        #expect(line.hasPrefix("strategy.md:6:1: error: duplicate priority id `growth`"), "\(check.stdout)")
        #expect(line.contains("at the end of its heading (or of its list item's first line)"), "\(line)")
    }

    @Test("several fields on one line, as a founder separates them, are each a field: the priority is declared, the owner is a name")
    func fieldsOnOneLine() throws {
        let file = """
            # Q1 2027 OKRs

            ## Close our first big customers
            **Owner:** Maria · **Priority:** 1

            - [ ] Sign 5 new contracts (2/5)

            ## Robot uptime
            **Owner:** Tom | **Priority:** 2

            ## Hiring plan
            Owner: Sam · Priority: 3

            ## Senior engineers
            Owner: Sam, Priority: 3

            ## Keep the team
            **Owner**: Sam **Priority**: 3

            ## Second pilot site
            - **Owner:** Maria · **Priority:** 1 · **Status:** at risk

            ## Shared hiring
            Owners: Sam, Jo

            """
        let workspace = try Self.workspace(["objectives/2027-Q1.md": file])
        defer { try? FileManager.default.removeItem(at: workspace) }
        let check = try Bearing.run(["check", "--workspace", workspace.path, "--no-cache", "--today", "2027-02-15"])
        #expect(!check.stdout.contains("owner-spellings"), "\(check.stdout)")
        let export = try Bearing.run(["export", "--workspace", workspace.path, "--today", "2027-02-15"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(export.stdout.utf8)) as? [String: Any])
        let objectives = try #require(object["objectives"] as? [[String: Any]])
        let read = objectives.map { ($0["title"] as? String ?? "", $0["owners"] as? [String] ?? [], $0["priorities"] as? [String] ?? []) }
        let expected: [(String, [String], [String])] = [
            ("Close our first big customers", ["Maria"], ["land-20-paying-customers"]),
            ("Robot uptime", ["Tom"], ["make-the-robot-reliable"]),
            ("Hiring plan", ["Sam"], ["build-a-great-team"]),
            ("Senior engineers", ["Sam"], ["build-a-great-team"]),
            ("Keep the team", ["Sam"], ["build-a-great-team"]),
            ("Second pilot site", ["Maria"], ["land-20-paying-customers"]),
            ("Shared hiring", ["Sam", "Jo"], []),
        ]
        #expect(read.count == expected.count, "\(read)")
        for (got, want) in zip(read, expected) {
            #expect(got.0 == want.0 && got.1 == want.1 && got.2 == want.2, "\(got) is not \(want)")
        }
        let pilot = objectives.first { $0["title"] as? String == "Second pilot site" }
        #expect(pilot?["status"] as? String == "at-risk")
        // A reference that does not resolve is still said at its own column on the shared line.
        try "# Q1 2027\n\n## Close\n**Owner:** Maria · **Priority:** custmers\n".write(
            to: workspace.appendingPathComponent("objectives/2027-Q1.md"), atomically: true, encoding: .utf8)
        let broken = try Bearing.run(["check", "--workspace", workspace.path, "--no-cache", "--today", "2027-02-15"])
        #expect(broken.stdout.contains("objectives/2027-Q1.md:4:34: error: unknown priority `custmers`"), "\(broken.stdout)")
    }

    @Test("a folder with no workspace says how to start one")
    func noWorkspaceSaysInit() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bearing-user29-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let check = try Bearing.run(["check"], in: folder)
        #expect(check.status == 2)
        #expect(check.stderr.contains("pass --workspace DIR, or start one here with `bearing init`"), "\(check.stderr)")
    }

    @Test("a flat workspace (`objectives: .`) checks clean after a build: its site, bearing.yml and `./` are no findings")
    func flatWorkspaceAfterBuild() throws {
        let workspace = try Self.workspace([
            "bearing.yml": "title: Flat plan\npaths:\n  objectives: .\n",
            "2027-Q1.md": "# Q1 2027\n\n## Close our first big customers\nPriorities: 1\n\n- [ ] Sign 5 new contracts (2/5)\n",
            "notes.txt": "call Maria\n",
        ])
        defer { try? FileManager.default.removeItem(at: workspace) }
        let before = try Bearing.run(["check", "--workspace", workspace.path, "--no-cache", "--today", "2027-02-15"])
        let build = try Bearing.run(["build", "--workspace", workspace.path, "--no-cache", "--today", "2027-02-15"])
        #expect(build.status == 0, "\(build.stderr)")
        let after = try Bearing.run(["check", "--workspace", workspace.path, "--no-cache", "--today", "2027-02-15"])
        for run in [before, after] {
            // The one file that is really not read is still said, under its own name.
            #expect(run.stdout.split(separator: "\n").map(String.init) == [
                "notes.txt:1:1: warning: notes.txt is not read: only Markdown files (.md, .markdown, .mdx) are; rename it to .md if it is Markdown (a `.md.njk` template usually is), or move it out of the folder [skipped-file]",
            ], "\(run.stdout)")
        }
        let export = try Bearing.run(["export", "--workspace", workspace.path, "--today", "2027-02-15"])
        #expect(export.stdout.contains("\"path\" : \"2027-Q1.md\""), "\(export.stdout.prefix(2000))")
    }

    @Test("a priority position that names nothing is told how the strategy is numbered")
    func positionHints() throws {
        let workspace = try Self.workspace([
            "strategy.md": "# Strategy\n\n## Priorities\n\n1. **Growth** - more customers\n2. **Revenue** - more money\n3. **Reliability** - uptime\n   - **Monitoring**: see problems first\n",
            "objectives/2027-Q1.md": "# Q1 2027\n\n## Monitor everything\nPriorities: 3.5, 4, 2.1, 3.1\n",
        ])
        defer { try? FileManager.default.removeItem(at: workspace) }
        let check = try Bearing.run(["check", "--workspace", workspace.path, "--no-cache"])
        let lines = check.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains("objectives/2027-Q1.md:4:13: error: unknown priority `3.5`; priority 3's sub-priorities are 3.1; write one of those, or an id [unresolved-reference]"), "\(check.stdout)")
        #expect(lines.contains("objectives/2027-Q1.md:4:18: error: unknown priority `4`; the strategy numbers its priorities 1 to 3; write one of those, or an id [unresolved-reference]"), "\(check.stdout)")
        #expect(lines.contains("objectives/2027-Q1.md:4:21: error: unknown priority `2.1`; priority 2 has no sub-priorities; write `2` or an id [unresolved-reference]"), "\(check.stdout)")
        #expect(lines.filter { $0.contains("[unresolved-reference]") }.count == 3)
    }
}
