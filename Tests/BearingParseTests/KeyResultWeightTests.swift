import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// A key result's weight, in the shapes OKR files write it: a bracket of fields after its words (`[Target: 60%, Weight:
/// 40%]`), a bracket after its label (`KR2 (weight 30%):`), a `Weight:` field line under it, a table's Weight column.
/// Before, the weight was only hidden from the progress figure and stayed in the key result's words.
@Suite("Key result weights")
struct KeyResultWeightTests {
    static let strategy = "# Strategy\n\n## Priorities\n\n- **Adoption**: more reviewers use the tool.\n"

    func plan(_ objectives: String) -> Plan {
        loadWorkspace(["strategy.md": Self.strategy, "objectives/2026-Q4.md": objectives])
    }

    func objective(_ plan: Plan, _ title: String) throws -> Objective {
        try #require(plan.objectives.first { $0.title == title })
    }

    @Test("a bracket of fields after the words gives the weight and the target, and leaves the words")
    func bracketFields() throws {
        let plan = plan("""
            # Q4 2026

            ## Win reviewers over

            **Key Results:**
            - KR1: Achieve >60% approval rate by Month 3 [Target: 60%, Weight: 40%]
            - KR2: Onboard 20 review teams, 5 so far [Target: 1,000 reviews, Weight: 35%]
            - KR3: Publish the reviewer guide (weight 25%)
            """)
        let reviewers = try objective(plan, "Win reviewers over")
        #expect(reviewers.keyResults.map(\.text) == ["Achieve >60% approval rate by Month 3", "Onboard 20 review teams, 5 so far",
                                                     "Publish the reviewer guide"])
        #expect(reviewers.keyResults.map(\.weight) == [KeyResultWeight(value: 40, percent: true), KeyResultWeight(value: 35, percent: true),
                                                       KeyResultWeight(value: 25, percent: true)])
        #expect(reviewers.keyResults.map { $0.figures?.target } == ["60%", "1,000 reviews", nil])
        // The progress read is what it was with the bracket in the words: 5 of 20, the weight no figure.
        #expect(reviewers.keyResults[1].progress == 0.25)
        #expect(!plan.diagnostics.contains { $0.code == .keyResultWeights })
    }

    @Test("a bracket after the label, a Weight line under the item and a dash field are weights")
    func labelAndFieldLines() throws {
        let plan = plan("""
            # Q4 2026

            ## Cut churn

            - KR1 (weight 30%): Churn from 8% to 5%, now 6.5%
            - KR2: Win back 40 accounts, 10 so far
              - Weight: 50%
            - KR3: Ship the exit survey — Weight: 20%
            """)
        let churn = try objective(plan, "Cut churn")
        #expect(churn.keyResults.map(\.weight?.shown) == ["30%", "50%", "20%"])
        #expect(churn.keyResults.map(\.text) == ["Churn from 8% to 5%, now 6.5%", "Win back 40 accounts, 10 so far", "Ship the exit survey"])
        #expect(churn.keyResults[0].progress == 0.5)
    }

    @Test("Weight lines under key-result headings are bare-number weights")
    func headingFields() throws {
        let plan = plan("""
            # Q4 2026

            ## Faster reviews

            ### KR 1: Median review time from 5 days to 2 days

            - **Current:** 3.5 days
            - **Weight:** 2

            ### KR 2: Reviewer guide published

            - **Status:** done
            - **Weight:** 1
            """)
        let faster = try objective(plan, "Faster reviews")
        #expect(faster.keyResults.map(\.weight) == [KeyResultWeight(value: 2, percent: false), KeyResultWeight(value: 1, percent: false)])
        #expect(faster.keyResults.map(\.text) == ["Median review time from 5 days to 2 days", "Reviewer guide published"])
    }

    @Test("a key-result table's Weight column weighs each row; a cell that is no weight is said")
    func tableColumn() throws {
        let plan = plan("""
            # Q4 2026

            ## Grow the community

            | Key result | Weight | Target | Current |
            |---|---|---|---|
            | Monthly contributors | 50% | 200 | 150 |
            | Meetups held | 30% | 10 | 4 |
            | Mentors signed up | high | 20 | 5 |
            """)
        let community = try objective(plan, "Grow the community")
        #expect(community.keyResults.map(\.weight?.shown) == ["50%", "30%", nil])
        #expect(community.keyResults.map { $0.figures?.target } == ["200", "10", "20"])
        let warned = plan.diagnostics.filter { $0.code == .keyResultWeights }
        #expect(warned.map(\.location.line) == [9], "\(warned)")
        #expect(warned.first?.message.contains("`high`") == true)
    }

    @Test("a bare number under a Weight (%) header is a percentage")
    func percentHeader() throws {
        let plan = plan("""
            # Q4 2026

            ## Grow signups

            | Key result | Weight (%) | Target | Current | Status |
            |---|---|---|---|---|
            | Signups per week | 40 | 1000 | 500 | ❌ |
            | Activation rate | 60 | 40% | 10% | On track |
            """)
        let signups = try objective(plan, "Grow signups")
        #expect(signups.keyResults.map(\.weight?.shown) == ["40%", "60%"])
        #expect(!plan.diagnostics.contains { $0.code == .keyResultWeights })
    }

    @Test("percentages that do not add up to 100% are warned at the first weighted key result, with their sum")
    func sumWarning() throws {
        let plan = plan("""
            # Q4 2026

            ## Win reviewers over

            - KR1: Approval rate 45% of 60% [Weight: 40%]
            - KR2: Onboard 20 review teams, 5 so far [Weight: 30%]
            - KR3: Guides 1/4 [Weight: 20%]

            ## Cut churn

            - KR1: Win back 40 accounts, 10 so far [Weight: 50%]
            - KR2: Exit survey answers 30/60 [Weight: 50%]
            """)
        let warned = plan.diagnostics.filter { $0.code == .keyResultWeights }
        #expect(warned.count == 1)
        let warning = try #require(warned.first)
        #expect(warning.location.path.hasSuffix("objectives/2026-Q4.md"))
        #expect(warning.location.line == 5)
        #expect(warning.message.contains("add up to 90% (40% + 30% + 20%), not 100%"), "\(warning.message)")
    }

    @Test("a bracket with a part that is no field stays in the words, and words about weight are no weight")
    func notWeights() throws {
        let plan = plan("""
            # Q4 2026

            ## Faster pages

            - [ ] Page weight from 2 MB to 1 MB, now 1.5 MB
            - [ ] Ship the image pipeline (see RFC 12, weight 2)
            - [ ] Launch transparent weighted appdex measure of availability
            """)
        let pages = try objective(plan, "Faster pages")
        #expect(pages.keyResults.map(\.weight) == [nil, nil, nil])
        #expect(pages.keyResults[1].text == "Ship the image pipeline (see RFC 12, weight 2)")
        #expect(pages.keyResults[0].progress == 0.5)
    }

    @Test("a bracket of fields before a status set off after the words is still read")
    func bracketBeforeStatus() throws {
        let plan = plan("""
            # Q4 2026

            ## Ship the queue

            - [ ] KR1: Ship the queue [Weight: 40%, Owner: Ana] - ✅ Done
            - [ ] KR2: Ship the index (weight 60%) — At risk
            """)
        let queue = try objective(plan, "Ship the queue")
        #expect(queue.keyResults.map(\.text) == ["Ship the queue", "Ship the index"])
        #expect(queue.keyResults.map(\.weight?.shown) == ["40%", "60%"])
        #expect(queue.keyResults[0].owners == ["Ana"])
        #expect(queue.keyResults.map(\.status) == [.done, .atRisk])
    }

    @Test("a weight of 0 beside percentages is on their scale, not a mix")
    func zeroWeight() throws {
        let plan = plan("""
            # Q4 2026

            ## Price it right

            - [x] KR1: Launch the partner page (weight 0)
            - [ ] KR2: Ship the pricing page => 50% (weight 60%)
            - [ ] KR3: Publish the price list => 100% (weight 40%)
            """)
        let pricing = try objective(plan, "Price it right")
        #expect(pricing.keyResults.map(\.weight?.shown) == ["0", "60%", "40%"])
        #expect(!plan.diagnostics.contains { $0.code == .keyResultWeights })
        let grade = try #require(KeyResultWeights.mean(pricing.keyResults))
        #expect(abs(grade - 0.7) < 0.001)
    }

    @Test("a Weight line above the item's figure lines is read, and the figures still give the progress")
    func weightLineBeforeFigures() throws {
        let plan = plan("""
            # Q4 2026

            ## Close deals

            - KR1: Close 30 deals
              Weight: 2
              Current: 16
            - KR2: Close 20 deals (5 closed)
              Weight: 40%
              Baseline: 2
            """)
        let deals = try objective(plan, "Close deals")
        #expect(deals.keyResults.map(\.weight?.shown) == ["2", "40%"])
        #expect(deals.keyResults.map(\.text) == ["Close 30 deals Current: 16", "Close 20 deals (5 closed) Baseline: 2"])
        #expect(deals.keyResults[0].progress.map { ($0 * 1000).rounded() } == 533)
        #expect(deals.keyResults[1].progress.map { ($0 * 1000).rounded() } == 167)
    }

    @Test("weights survive the parsed-file cache")
    func bytes() throws {
        let files = ["strategy.md": Self.strategy, "objectives/2026-Q4.md": """
            # Q4 2026

            ## Cut churn

            - KR1 (weight 30%): Churn from 8% to 5%, now 6.5%
            - KR2: Win back 40 accounts, 10 so far [Target: 40, Weight: 2.5]
            """]
        var parsed = ParsedFiles()
        let plan = ParsedFilesBytesTests.load(files, parsed: &parsed)
        let bytes = try #require(parsed.bytes(stamp: "test"))
        let copy = try #require(ParsedFiles(bytes: bytes, stamp: "test"))
        guard case .objectives(let read)? = copy.entries["/ws/objectives/2026-Q4.md"]?.result ?? copy.entries.values.first?.result else {
            Issue.record("the objectives file was not kept")
            return
        }
        #expect(read == plan.objectiveFiles.first)
        #expect(read.objectives.first?.keyResults.map(\.weight?.shown) == ["30%", "2.5"])
    }
}
