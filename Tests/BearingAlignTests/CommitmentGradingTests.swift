import BearingModel
import Testing
@testable import BearingAlign

/// Google's two kinds of OKR graded as a leader reads them: a committed objective is met only at 1.0 once its period
/// has ended and may fall less far behind while it runs; an aspirational one (or one that does not say) keeps the
/// usual bands, where 0.7 is a success.
@Suite struct CommitmentGradingTests {
    /// Q3 2026 has ended by 2026-11-15: two objectives at 0.8, one committed, one aspirational.
    static let ended = """
        ---
        quarter: 2026-Q3
        ---
        ## Answer every member query within two days (committed)
        - Priorities: memberships
        - [ ] 4/5 regions answering in two days

        ## Launch online sign-up — aspirational
        - Priorities: revenue
        - [ ] 4/5 sign-up steps online
        """

    func objective(_ alignment: Alignment, _ words: String) throws -> AlignedItem {
        try #require(alignment.items.first { $0.kind == .objective && $0.title.contains(words) })
    }

    @Test("the marker is the objective's commitment; one without a marker has none")
    func readsTheKind() throws {
        let alignment = align(plan(["strategy.md": smallStrategy, "objectives/2026-Q3.md": Self.ended + "\n## Renew the contract\n- Priorities: revenue\n- [ ] 1/2 quotes\n"]))
        #expect(try objective(alignment, "Answer").commitment == .committed)
        #expect(try objective(alignment, "sign-up").commitment == .aspirational)
        #expect(try objective(alignment, "Renew").commitment == nil)
    }

    @Test("ended: a committed 0.8 is a yellow miss, an aspirational 0.8 is green; the quarter is yellow at best")
    func endedBands() throws {
        let alignment = align(plan(["strategy.md": smallStrategy, "objectives/2026-Q3.md": Self.ended]))
        let committed = try objective(alignment, "Answer"), aspirational = try objective(alignment, "sign-up")
        #expect(committed.progress == 0.8 && aspirational.progress == 0.8)
        #expect(alignment.band(of: committed) == "yellow")
        #expect(Grade.isMissedCommitment(committed, today: alignment.today))
        #expect(alignment.band(of: aspirational) == "green")
        #expect(!Grade.isMissedCommitment(aspirational, today: alignment.today))
        let quarter = try #require(alignment.scope(.quarter, "2026-Q3"))
        #expect(quarter.grade == 0.8)
        #expect(quarter.gradeBand == "yellow", "a quarter whose committed objective ended at 0.8 is not green")
    }

    @Test("ended: a committed objective at 1.0 is green, below 0.7 red; the quarter is green when nothing was missed")
    func endedMetAndFar() throws {
        let met = Self.ended.replacingOccurrences(of: "4/5 regions", with: "5/5 regions")
        let alignment = align(plan(["strategy.md": smallStrategy, "objectives/2026-Q3.md": met]))
        #expect(alignment.band(of: try objective(alignment, "Answer")) == "green")
        #expect(alignment.scope(.quarter, "2026-Q3")?.gradeBand == "green")
        let far = align(plan(["strategy.md": smallStrategy, "objectives/2026-Q3.md": Self.ended.replacingOccurrences(of: "4/5 regions", with: "3/5 regions")]))
        #expect(far.band(of: try objective(far, "Answer")) == "red", "0.6 on a commitment is far short")
        #expect(Grade.band(0.6) == "yellow", "the same 0.6 stretched for is yellow")
    }

    @Test("while its quarter runs a committed objective takes the usual bands: its grade is a pace")
    func runningBands() throws {
        let running = Self.ended.replacingOccurrences(of: "2026-Q3", with: "2026-Q4")
        let alignment = align(plan(["strategy.md": smallStrategy, "objectives/2026-Q4.md": running]))
        #expect(alignment.band(of: try objective(alignment, "Answer")) == "green")
        #expect(alignment.scope(.quarter, "2026-Q4")?.gradeBand == "green")
    }

    @Test("halfway through the quarter 0.35 is behind pace for a committed objective, not for an aspirational one")
    func pace() throws {
        let file = """
            ---
            quarter: 2026-Q4
            ---
            ## Answer every member query within two days (committed)
            - Priorities: memberships
            - [ ] Regions answering in two days from 0 to 20, now 7

            ## Launch online sign-up (stretch)
            - Priorities: revenue
            - [ ] Sign-up steps online from 0 to 20, now 7

            ## Renew the cluster contract
            - Priorities: revenue
            - [ ] Quotes in from 0 to 20, now 7
            """
        // 2026-11-15 is 49% of Q4.
        let alignment = align(plan(["strategy.md": smallStrategy, "objectives/2026-Q4.md": file]), today: "2026-11-15")
        let paces = alignment.items.filter { $0.kind == .objective }.map { alignment.behindPace($0).map { ($0 * 100).rounded() } }
        #expect(paces == [49, nil, nil], "0.35 at 49%: more than 0.1 below the line for the committed one, within 0.25 for the others")
        // In the first third nothing is judged, committed or not.
        let early = align(plan(["strategy.md": smallStrategy, "objectives/2026-Q4.md": file]), today: "2026-10-20")
        #expect(early.items.allSatisfy { early.behindPace($0) == nil })
    }

    @Test("a dropped committed objective is no miss; one marked done whose key results read 0.8 still is")
    func droppedOrDone() throws {
        let dropped = Self.ended.replacingOccurrences(of: "- Priorities: memberships", with: "- Priorities: memberships\n- Status: dropped")
        let alignment = align(plan(["strategy.md": smallStrategy, "objectives/2026-Q3.md": dropped]))
        #expect(!Grade.isMissedCommitment(try objective(alignment, "Answer"), today: alignment.today))
        // The team's "done" does not meet the key results: the grade says how far they got.
        let done = align(plan(["strategy.md": smallStrategy, "objectives/2026-Q3.md": Self.ended.replacingOccurrences(of: "- Priorities: memberships", with: "- Priorities: memberships\n- Status: done")]))
        #expect(Grade.isMissedCommitment(try objective(done, "Answer"), today: done.today))
    }

    @Test("Type: Committed, OKR type: stretch and front matter commitment: are read as the kind")
    func fieldsAndFrontMatter() throws {
        let fields = """
            ---
            quarter: 2026-Q3
            ---
            ## Answer every member query within two days
            - Type: Committed
            - Priorities: memberships
            - [ ] 4/5 regions

            ## Launch online sign-up
            - OKR type: stretch goal
            - Priorities: revenue
            - [ ] 4/5 steps
            """
        let alignment = align(plan(["strategy.md": smallStrategy, "objectives/2026-Q3.md": fields]))
        #expect(try objective(alignment, "Answer").commitment == .committed)
        #expect(try objective(alignment, "sign-up").commitment == .aspirational)
        let front = "---\nquarter: 2026-Q3\ncommitment: committed\n---\n## Answer every member query\n- Priorities: memberships\n- [ ] 4/5 regions\n\n## Launch sign-up (aspirational)\n- Priorities: revenue\n- [ ] 4/5 steps\n"
        let fromFront = align(plan(["strategy.md": smallStrategy, "objectives/2026-Q3.md": front]))
        #expect(try objective(fromFront, "Answer").commitment == .committed)
        #expect(try objective(fromFront, "sign-up").commitment == .aspirational, "its own marker wins over the file's")
        let otherTool = "---\nquarter: 2026-Q3\ntype: docs\n---\n## Answer every member query\n- Priorities: memberships\n- [ ] 4/5 regions\n"
        let docs = align(plan(["strategy.md": smallStrategy, "objectives/2026-Q3.md": otherTool]))
        #expect(try objective(docs, "Answer").commitment == nil, "`type: docs` is another tool's key")
    }
}
