import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// What two new users' workspaces showed: a university HPC team's Baseline/Target/Actual tables (service levels,
/// yes/no answers with notes) and a hardware startup's OKR sheet pasted from a spreadsheet (figures in their own
/// columns, `n/a` where there is none yet).
@Suite("A new user's trial: table figures, service levels beside a baseline, answers with notes")
struct TableFiguresTrial16Tests {
    func objectives(_ markdown: String, path: String = "objectives/2026-Q4.md") -> ObjectivesFile {
        ObjectivesParser().parse(read(markdown, path: path)).0
    }

    func rounded(_ results: [KeyResult]) -> [Double?] {
        results.map { result in result.progress.map { ($0 * 1000).rounded() / 1000 } }
    }

    @Test("a written Baseline makes a service level a distance covered: below the baseline is 0, part of the way is a share")
    func serviceLevelBesideBaseline() throws {
        let file = objectives("""
            # 2026-Q4

            ## Keep the cluster up

            | Key result | Baseline | Target | Actual |
            |---|---|---|---|
            | Cluster availability | 99.3% | 99.5% | 98.9% |
            | Cluster availability after the upgrade | 97.8% | 99.5% | 99.1% |
            | Storage uptime | 99.1% | 99.5% | 99.5% |
            """)
        let results = try #require(file.objectives.first).keyResults
        #expect(rounded(results) == [0, 0.765, 1])
        #expect(results.allSatisfy { $0.progressSource == .range })
    }

    @Test("an Actual answer with a note after it (`Yes (12 Nov)`, `No – delayed`) is read as its answer")
    func answersWithNotes() throws {
        let file = objectives("""
            # 2026-Q4

            ## Sign the contract

            | Key result | Baseline | Target | Actual |
            |---|---|---|---|
            | Contract signed | No | Yes | Yes (12 Nov) |
            | Tender published | No | Yes | No – delayed to May |
            | Board approval | No | Yes | No (legal review) |
            | Cost-recovery rate agreed | – | Agreed | Agreed, with Finance |
            | Racks installed | 0 | 12 | TBD |
            """)
        let results = try #require(file.objectives.first).keyResults
        #expect(rounded(results) == [1, 0, 0, 1, nil])
        #expect(results.map(\.done) == [true, false, false, true, false])
    }

    @Test("a row of a pasted OKR sheet keeps its Target and Actual; `n/a` and an empty cell are no figure, and its status no 0")
    func sheetRowsKeepFigures() throws {
        let file = objectives("""
            # Growth OKRs — Q4 2026

            | # | Objective | Key Result | Owner | Target | Actual | % Complete | RAG |
            |---|---|---|---|---|---|---|---|
            | O1 | Holiday season: 90k weekly protected homes | WPH on Dec 31 | Jordan Lee | 90,000 | 78,400 | 87% | 🟢 |
            | | | Starter kits sold | Jordan Lee | 18,000 | 16,950 | 94% | 🟢 |
            | | | Return rate on holiday orders | Jordan Lee | < 5% | n/a | | ⚪ |
            """)
        let objective = try #require(file.objectives.first)
        let results = objective.keyResults
        #expect(results.map(\.text) == ["WPH on Dec 31", "Starter kits sold", "Return rate on holiday orders"])
        #expect(results[0].figures == KeyResultFigures(target: "90,000", current: "78,400"))
        #expect(results[2].figures == KeyResultFigures(target: "< 5%"), "n/a is no actual figure")
        #expect(rounded(results) == [0.87, 0.94, nil], "a row with no figure and no done status is unknown, not 0")
    }

    @Test("figures read as one phrase for a page or a report line")
    func figuresSummary() {
        #expect(KeyResultFigures(baseline: "99.3%", target: "99.5%", current: "98.9%").summary == "baseline 99.3%, target 99.5%, actual 98.9%")
        #expect(KeyResultFigures(target: "< 5%").summary == "target < 5%")
    }
}
