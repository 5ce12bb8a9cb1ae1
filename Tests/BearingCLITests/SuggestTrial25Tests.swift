import Foundation
import Testing

/// Trial 25a F10: on js-ipfs's OKR file (objectives as bold paragraphs) `suggest` listed six "+" lines and `--apply`
/// then wrote none, saying "wrote 0 Priorities: lines" on stdout and the reasons only on stderr.
@Suite struct SuggestTrial25Tests {
    static func workspace(_ okrs: String) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("bearing-suggest-25-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("objectives"), withIntermediateDirectories: true)
        try Data("""
            # js-ipfs strategy 2018

            ## Priorities

            - **Reliability and performance.** The daemon runs for days without crashing and handles large data sets.
            - **Contributor and user experience.** Documentation, the website and onboarding make it easy to contribute.
            """.utf8).write(to: root.appendingPathComponent("strategy.md"))
        try Data(okrs.utf8).write(to: root.appendingPathComponent("objectives/OKR.md"))
        return root
    }

    @Test("--apply writes the Priorities: lines it listed under bold-paragraph objectives")
    func appliesUnderBoldParagraphs() throws {
        let root = try Self.workspace("""
            # Quarterly Objectives and Key Results

            ## 2018 Q3

            **New user/contributor experience is extraordinary**

            - js.ipfs.io website is finished and published with documentation - @diasdavid
            - Onboard 2 new full time contributors - @diasdavid

            **Daemon is as reliable as it can be**

            - A Daemon runs for 10 days without a crash - @alanshaw
            - js-ipfs can handle 1TB of data, both Node.js and Browser - @hugomrdias
            """)
        defer { try? FileManager.default.removeItem(at: root) }
        let listed = try Bearing.run(["suggest", "--today", "2018-08-01"], in: root)
        let offered = listed.stdout.split(separator: "\n").filter { $0.hasPrefix("+ ") }.count
        try #require(offered == 2, "\(listed.stdout)\(listed.stderr)")
        let run = try Bearing.run(["suggest", "--apply", "--today", "2018-08-01"], in: root)
        #expect(run.stdout.contains("wrote 2 Priorities: lines"), "\(run.stdout)\(run.stderr)")
        #expect(!run.stderr.contains("skipped"))
        let check = try Bearing.run(["suggest", "--today", "2018-08-01"], in: root)
        #expect(check.stdout.contains("every objective and roadmap item declares its priorities"), "\(check.stdout)")
    }

    @Test("what --apply could not write is counted in its summary")
    func summaryCountsSkips() throws {
        let root = try Self.workspace("""
            # OKRs 2018 Q3

            | Objective | Owner |
            |---|---|
            | The daemon runs for days without crashing on large data sets | @alanshaw |
            """)
        defer { try? FileManager.default.removeItem(at: root) }
        let run = try Bearing.run(["suggest", "--apply", "--today", "2018-08-01"], in: root)
        try #require(run.stderr.contains("skipped objectives/OKR.md:5"), "\(run.stdout)\(run.stderr)")
        #expect(run.stdout.contains("wrote 0 Priorities: lines; 1 suggestion could not be written"), "\(run.stdout)")
    }
}
