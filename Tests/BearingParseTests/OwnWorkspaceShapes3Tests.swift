import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// Shapes a new user brings from planning habits outside the English-speaking default: quarters written as trimesters
/// ("T1 2027", "1T27") or with a slash ("Q3/2027", "2027/Q4"), tracker statuses in camel case ("OnTrack"), and key
/// results that give a baseline and target with an arrow ("NPS 45 → 55, now 50") or a change with ↑/↓.
@Suite("A new user's own workspace: trimesters, slashed quarters, camel-case statuses, arrows")
struct OwnWorkspaceShapes3Tests {
    func objectives(_ markdown: String, path: String = "objectives/okrs.md") -> (ObjectivesFile, [Diagnostic]) {
        ObjectivesParser().parse(read(markdown, path: path))
    }

    // MARK: Quarters

    @Test("'T1 2027', '1T27', '1T 2027', '1Q27' are trimester quarters; 'T1 20 sites' and '3T 20 items' are not")
    func trimesters() {
        #expect(Quarter.find(in: "T1 2027")?.description == "2027-Q1")
        #expect(Quarter.find(in: "OKR T3-2027")?.description == "2027-Q3")
        #expect(Quarter.find(in: "2T27")?.description == "2027-Q2")
        #expect(Quarter.find(in: "Objetivos 4T 2026")?.description == "2026-Q4")
        #expect(Quarter.find(in: "1Q27 results")?.description == "2027-Q1")
        #expect(Quarter.find(in: "Wire T1 20 sites") == nil)
        #expect(Quarter.find(in: "Sort 3T 20 items") == nil)
        #expect(Quarter.find(in: "ST1 2027") == nil)
    }

    @Test("'Q3/2027' and '2027/Q4' are quarters, as 'Q3 2027' and '2027-Q4' are")
    func slashedQuarters() {
        #expect(Quarter.find(in: "Q3/2027")?.description == "2027-Q3")
        #expect(Quarter.find(in: "2027/Q4")?.description == "2027-Q4")
        #expect(Quarter.find(in: "Roadmap 2027 / Q1")?.description != "2027-Q2")
    }

    @Test("an okrs.md with one H2 per quarter, each written another way, plans each H3 in its quarter")
    func perQuarterSections() {
        let (file, _) = objectives("""
            # OKRs 2027

            ## T1 2027

            ### Happier customers
            - KR1: NPS 45 → 55 (now 50)

            ## 2T27

            ### Open Germany
            - KR1: 20 customers (from 0, now 4)

            ## Q3/2027

            ### Spain
            - KR1: 10 customers, now 2

            ## 2027/Q4

            ### Review
            - [ ] Post-mortems for every incident
            """)
        #expect(file.objectives.map(\.title) == ["Happier customers", "Open Germany", "Spain", "Review"])
        #expect(file.objectives.map { $0.quarter?.description } == ["2027-Q1", "2027-Q2", "2027-Q3", "2027-Q4"])
    }

    // MARK: Statuses

    @Test("camel-case tracker statuses: OnTrack, AtRisk, OffTrack, NotStarted, InProgress")
    func camelCaseStatus() {
        #expect(Status(reading: "OnTrack") == .onTrack)
        #expect(Status(reading: "AtRisk") == .atRisk)
        #expect(Status(reading: "OffTrack") == .offTrack)
        #expect(Status(reading: "NotStarted") == .notStarted)
        #expect(Status(reading: "InProgress") == .onTrack)
        #expect(Status(reading: "WiP") == .onTrack)
        #expect(Status(reading: "OnHoldish") == nil)
    }

    // MARK: Key results

    @Test("'NPS 45 → 55 (now 50)' is halfway from 45 to 55, not met")
    func arrowRange() {
        let reading = ProgressReader.read("NPS 45 → 55 (now 50)", checked: nil)
        #expect(reading.progress == 0.5)
        #expect(reading.source == .range)
        #expect(ProgressReader.read("Time to first answer 10 days -> 2 days, now 6 days", checked: nil).progress == 0.5)
    }

    @Test("a percentage after ↑ or ↓ is the change aimed for, not progress")
    func arrowChange() {
        let down = ProgressReader.read("Response time ↓ 30%", checked: nil)
        #expect(down.progress == nil)
        #expect(down.unread != nil)
        #expect(ProgressReader.read("Revenue ↑ 20%", checked: nil).progress == nil)
        #expect(ProgressReader.read("Docs translated: 40%", checked: nil).progress == 0.4)
    }

    // MARK: One file for every role

    @Test("a README.md named as strategy, objectives and roadmap is read as the strategy, and the other roles say they were not")
    func oneFileManyRoles() {
        let plan = loadWorkspace([
            "bearing.yml": "paths:\n  strategy: README.md\n  objectives: README.md\n  roadmaps: README.md\n",
            "README.md": minimalStrategy + "\n## OKRs — Q1 2027\n\n### O1: Ship\n- KR1: 3 of 5 teams\n",
        ])
        let skipped = plan.diagnostics.filter { $0.code == .skippedFile }
        #expect(skipped.map(\.location.path) == ["README.md", "README.md"])
        #expect(skipped.contains { $0.message.contains("read as the strategy only, not also as objectives") })
        #expect(skipped.contains { $0.message.contains("read as the strategy only, not also as a roadmap") })
        #expect(skipped.first?.severity == .warning)
    }
}
