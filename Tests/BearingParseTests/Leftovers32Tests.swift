import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// Session 32's leftovers of the last session's findings and reviews, each in the shape of the file it was seen in.
@Suite("Leftovers 32: misreadings left by the last session")
struct Leftovers32Tests {
    func objectives(_ markdown: String, path: String = "objectives/2026-Q4.md") -> (ObjectivesFile, [Diagnostic]) {
        ObjectivesParser(config: WorkspaceConfig()).parse(read(markdown, path: path))
    }

    /// Trial 31, Sourcegraph's FY23 plan: "KR: 3/3 monthly releases do not require a patch within 7 days of release" read
    /// 3 of 3 done, so the objective graded 1.00 on one key result that states only what must hold.
    @Test("a fraction opening a statement of what must hold of the things it counts is a target, not a count done")
    func leadingQuantifier() {
        let (file, diagnostics) = objectives("""
            # FY23 Q1

            ## Scale our business and increase operational maturity

            - KR: 3/3 monthly releases do not require a patch within 7 days of release
            - KR: 2 of 3 incidents must have a postmortem within 5 days
            - KR: 1/3 partners signed
            - KR: 2/4 services migrated
            """)
        let results = file.objectives.first?.keyResults ?? []
        #expect(results.map(\.progress) == [nil, nil, 1.0 / 3, 0.5])
        #expect(diagnostics.filter { $0.code == .progressUnread }.map(\.location.line) == [5, 6])
    }

    /// Review 31a: after an arrow a bare count is where the measure stands against the target before it ("10 new
    /// teammates onboarded. => 7 onboarded."), but "Raise NPS to 40 => 35" read 0.875: NPS is a level, and a verb of
    /// change before "to 40" says it stood somewhere before; 35 of 40 is no share of the distance covered.
    @Test("a level aimed at with `to N` before the arrow needs its start; with one, the count after the arrow is read against it")
    func levelAfterArrow() {
        let (file, diagnostics) = objectives("""
            # 2026-Q4

            ## Delight our customers

            1. Raise NPS to 40 => 35
            2. Raise NPS from 30 to 40 => 35
            3. Reduce open tickets from 60 to 20 => 40
            4. 10 new teammates onboarded. => 7 onboarded.
            5. Hire 4 engineers => 3 hired
            """)
        let results = file.objectives.first?.keyResults ?? []
        #expect(results.map(\.progress) == [nil, 0.5, 0.5, 0.7, 0.75])
        let unread = diagnostics.filter { $0.code == .progressUnread || $0.code == .progressUnreadable }
        #expect(unread.map(\.location.line) == [5])
        #expect(unread.first?.message.contains("`from A to 40 => 35`") == true)
    }

    /// Review 31b: "NPS 45, up from 30 (target 50)" was unknown, and "Reduce page size to 1 MB, from 2 MB, now 1.5 MB"
    /// read as a falling target with no start.
    @Test("a figure up from a start beside a named target is where it stands; a start after the target counts")
    func startAfterTarget() {
        let (file, _) = objectives("""
            # 2026-Q4

            ## Delight our customers

            - NPS 45, up from 30 (target 50)
            - Reduce page size to 1 MB, from 2 MB, now 1.5 MB
            - Grow weekly signups to 400, from 200, currently 300
            - Win rate of 40% on enterprise deals, up from 25%
            """)
        let results = file.objectives.first?.keyResults ?? []
        #expect(results.map(\.progress) == [0.75, 0.5, 0.5, nil])
    }
}
