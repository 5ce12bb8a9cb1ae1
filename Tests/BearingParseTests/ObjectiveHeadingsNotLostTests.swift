import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// A heading with an owner and measures under it is an objective, whatever word it starts with; one skipped as an aside
/// that holds such content is said at its line, never dropped in silence.
@Suite("Objective headings are never lost in silence")
struct ObjectiveHeadingsNotLostTests {
    func parse(_ markdown: String) -> (ObjectivesFile, [Diagnostic]) {
        ObjectivesParser().parse(read(markdown, path: "objectives/2027-Q1.md"))
    }

    @Test("'Meet the funding gap for 2027' is an objective; 'Meet our volunteers' introduces people")
    func meetIsAVerb() {
        let (file, diagnostics) = parse("""
            # Q1 2027 OKRs

            ## Meet the funding gap for 2027
            Owner: sam kaur

            - Secure £200k in new grants (now £80k)
            - Sign 3 corporate partners

            ## Meet our SLA for every member
            Owner: Sam

            ## Plan for 2027 budget
            Owner: Sam

            ## Deliver the 2027 conference
            Owner: Sam

            ## Meet our volunteers

            Anna runs the Tuesday shift.

            ## Meet the team

            Ada and Sam.

            ## Meet Ada Lovelace

            Our new lead.
            """)
        #expect(file.objectives.map(\.title) == ["Meet the funding gap for 2027", "Meet our SLA for every member", "Plan for 2027 budget",
                                                 "Deliver the 2027 conference"])
        #expect(file.objectives.first?.metadata.owners == ["sam kaur"])
        #expect(file.objectives.first?.keyResults.count == 2)
        #expect(!diagnostics.contains { $0.code == .skippedSection })
    }

    @Test("an aside holding an owner field or measures is warned about at its heading")
    func asideWithObjectiveContent() {
        let (file, diagnostics) = parse("""
            # Q1 2027 OKRs

            ## Answer every query
            Owner: Sam

            ## Why we exist
            Owner: Sam

            - Raise £200k in grants (now £80k)
            - Sign 3 partners (now 1)

            ## Background

            - Raise £200k in grants (now £80k)
            - Sign 3 partners (now 1)
            """)
        #expect(file.objectives.map(\.title) == ["Answer every query"])
        let skipped = diagnostics.filter { $0.code == .skippedSection }
        #expect(skipped.map(\.location.line) == [6, 12])
        #expect(skipped.first?.message.contains("owner field") == true)
        #expect(skipped.last?.message.contains("2 items stating a measure") == true)
    }

    @Test("an aside of prose or of plain bullets stays quiet")
    func plainAsidesQuiet() {
        let (_, diagnostics) = parse("""
            # Q1 2027 OKRs

            ## Answer every query
            Owner: Sam

            ## Background

            - We grew fast last year
            - Members asked for quicker answers

            ## Meet our volunteers

            - Anna
            - Ben
            """)
        #expect(!diagnostics.contains { $0.code == .skippedSection })
    }
}
