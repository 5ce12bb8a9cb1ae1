import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// A council's plans pasted from Confluence: measures in a table's Measures column, under a "Measures" heading, as
/// plain bullets beside task items, and as plain bullets after a list of fields. Each was read without its figures.
@Suite("A new user's trial: measures wherever a plan writes them")
struct MeasuresTrial16Tests {
    func objectives(_ markdown: String) -> (ObjectivesFile, [Diagnostic]) {
        ObjectivesParser().parse(read(markdown, path: "objectives/2026-Q4.md"))
    }

    func percents(_ results: [KeyResult]) -> [Double?] {
        results.map { $0.progress.map { ($0 * 100).rounded() } }
    }

    @Test("a key-result cell's own figures are its progress when no column says how far it got, and a target alone warns")
    func keyResultCellFigures() throws {
        let (file, diagnostics) = objectives("""
            # Council tax — Q3 2026/27

            | Goal | Measures | Owner | RAG | Target date |
            |---|---|---|---|---|
            | Direct debit set-up works first time | First-time success from 62% to 85%, now 81% | Sam Reid | Green | 31 December 2026 |
            | Housing Benefit changes online | 60% of changes reported online (currently 52%) | Aisha Khan | Green | 31 December 2026 |
            | Annual billing emails instead of paper | 25,000 households on e-billing | Sam Reid | Amber | 31 March 2027 |
            """)
        #expect(file.objectives.count == 3)
        let results = file.objectives.flatMap(\.keyResults)
        #expect(results.map(\.text) == ["First-time success from 62% to 85%, now 81%", "60% of changes reported online (currently 52%)",
                                        "25,000 households on e-billing"])
        #expect(percents(results) == [83, 87, nil])
        #expect(file.objectives.map(\.metadata.status) == [.onTrack, .onTrack, .atRisk])
        let unread = diagnostics.filter { $0.code == .progressUnread }
        #expect(unread.map(\.location.line) == [7])
    }

    @Test("a status without a figure leaves a key-result row's progress unknown, not 0: Green says how it goes, not how far")
    func statusIsNotProgress() throws {
        let (file, _) = objectives("""
            # Plan

            ## Second

            | Key result | Owner | RAG |
            |---|---|---|
            | First-time success from 62% to 85%, now 81% | Sam Reid | Green |
            | Publish the register | Femi Adebayo | Amber |
            | Retire the paper form | Femi Adebayo | Done |
            | Move the archive | Femi Adebayo | Not started |
            """)
        let results = try #require(file.objectives.first).keyResults
        #expect(percents(results) == [83, nil, 100, 0])
        #expect(results.map(\.done) == [false, false, true, false])
    }

    @Test("a Measures heading labels its objective's key results and is no initiative; Success looks like over prose adds none")
    func measuresHeading() throws {
        let (file, _) = objectives("""
            # Housing services – Q3

            ## Outcome 1: Tenants can book a repair appointment online

            - **Owner:** Priya Shah
            - **RAG status:** Green

            ### Measures

            - Online repair reports from 38% to 65%, now 61%
            - Repairs appointments booked online: 1,850 of 3,000
            - Calls chasing a repair down 20% (currently 12%)
            - Appointment booking live for plumbing and electrics ✅

            ### Success looks like

            Tenants pick a slot that suits them and get a reminder by text the day before.

            - Fewer missed appointments
            - Tenants trust the service
            """)
        let objective = try #require(file.objectives.first)
        #expect(file.objectives.count == 1)
        #expect(objective.initiatives.isEmpty)
        #expect(objective.keyResults.count == 4)
        #expect(percents(objective.keyResults) == [85, 62, 60, 100])
    }

    @Test("headings that say how an objective is measured label its key results, whatever words they use")
    func measureHeadings() throws {
        for heading in ["How we'll measure it", "Measures of success", "Success measures", "KPIs", "Success looks like"] {
            let (file, _) = objectives("""
                # Plan

                ## Cut failed claims

                Owner: Aisha Khan

                ### \(heading)

                - Claims returned for missing evidence from 30% to 15%, now 22%
                - Claims decided within 10 days: 450 of 600
                """)
            let objective = try #require(file.objectives.first)
            #expect(objective.initiatives.isEmpty, "\(heading)")
            #expect(percents(objective.keyResults) == [53, 75], "\(heading)")
        }
    }

    @Test("a plain bullet that states a measure's progress, beside task items, is a key result of the same list")
    func measuredBulletBesideTasks() throws {
        let (file, _) = objectives("""
            # Plan

            ## Damp and mould reports triaged within 24 hours

            - **Owner:** Ngozi Adeyemi
            - **Target date:** 31 March 2027

            Following Awaab's Law, every report must be triaged quickly.

            - Reports triaged within 24 hours from 45% to 95%, now 70%
            - [x] Photo upload added to the report form
            - [ ] Surveyor queue integrated with the repairs system
            - Speak to the surveyors about their queue
            """)
        let objective = try #require(file.objectives.first)
        #expect(objective.keyResults.map(\.text) == ["Reports triaged within 24 hours from 45% to 95%, now 70%",
                                                     "Photo upload added to the report form",
                                                     "Surveyor queue integrated with the repairs system"])
        #expect(percents(objective.keyResults) == [50, 100, 0])
    }

    @Test("plain bullets after a list of fields, a blank line between, are the objective's key results: CommonMark's one list")
    func measuresAfterFieldItems() throws {
        let (file, diagnostics) = objectives("""
            # Data team – H2 2026/27 goals

            ## Resident index live for Council tax, Housing and Waste

            - **Owner:** Marta Nowak
            - **Status:** On track
            - **Target date:** 31 March 2027

            - Duplicate resident records from 240,000 to 20,000, now 150,000
            - Services reading from the index: 1 of 3

            ## Data sharing agreements register

            - **Owner:** Femi Adebayo
            - **Status:** Not started
            - **Notes:** review every agreement, then publish
              the register on the intranet

            - Agreements reviewed
            - Register published
            """)
        #expect(file.objectives.count == 2)
        let index = file.objectives[0]
        #expect(index.metadata.owners == ["Marta Nowak"])
        #expect(index.metadata.status == .onTrack)
        #expect(index.keyResults.map(\.text) == ["Duplicate resident records from 240,000 to 20,000, now 150,000",
                                                 "Services reading from the index: 1 of 3"])
        #expect(percents(index.keyResults) == [41, 33])
        // A field that wraps is still a field, and bullets that measure nothing stay the objective's words.
        let register = file.objectives[1]
        #expect(register.metadata.owners == ["Femi Adebayo"])
        #expect(register.metadata.status == .notStarted)
        #expect(register.keyResults.isEmpty)
        #expect(!diagnostics.contains { $0.severity == .error })
    }
}
