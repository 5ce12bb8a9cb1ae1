import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// OKRs pasted from Google Docs or Notion, with no headings: an objective line (bold or "Objective N:"), a sentence
/// saying why, a "Key Results:" label and its list. The key results became objectives of their own and the objective
/// had none; "OCTO Objective 1:" was not an objective; a title took in the line after it; `check` said nothing.
@Suite("Heading-less OKRs: description before the key results, owned labels, titles that end at their line")
struct HeadinglessOKRsTests {
    func objectives(_ markdown: String, path: String = "objectives/2026-Q4.md") -> (ObjectivesFile, [Diagnostic]) {
        ObjectivesParser().parse(read(markdown, path: path))
    }

    @Test("a bold objective, a description and a bold `Key Results:` label: the list is its key results")
    func boldObjectiveWithDescription() {
        let (file, diagnostics) = objectives("""
            # Q4 2026 OKRs

            **Objective 1: Better experiences**

            Our digital experiences are the best way to access care.

            **Key Results:**
            - Customer satisfaction increased by 5 points.
            - Transactions increased by 25%.

            **Objective 2: Stronger platforms**

            Our platforms are the best way to deliver products.

            **Key Results:**
            - Deploys per week up to 10.
            """)
        #expect(file.objectives.map(\.title) == ["Better experiences", "Stronger platforms"])
        #expect(file.objectives.map(\.keyResults.count) == [2, 1])
        #expect(file.objectives.first?.body.contains("Our digital experiences") == true, "the description is the objective's text")
        #expect(!diagnostics.contains { $0.code == .keyResultsUnread })
    }

    @Test("plain `Objective 1:` paragraphs with a description, and a team named before the label (`OCTO Objective 2:`)")
    func plainAndOwnedLabels() {
        let (file, _) = objectives("""
            # 2024 OKRs

            Objective 1: Better experiences.

            Our digital experiences are the best way to access VA health care.

            Key Results:

            1. In-app customer satisfaction increased by 5 points.
            2. Number of transactions increased by 25%.

            OCTO Objective 2: Stronger platforms.

            Our platforms are the best way to deliver products at VA

            * Our platforms hit the elite level on deployment frequency.
            * Our platforms power twice as many interactions.

            Mobile Platform Objective 3: Stability.

            KRs:

            1. Change failure rate halved.
            """, path: "objectives/2024.md")
        #expect(file.objectives.map(\.title) == ["Better experiences", "Stronger platforms", "Stability"])
        #expect(file.objectives.map(\.keyResults.count) == [2, 2, 1])
        #expect(file.objectives.map(\.metadata.team) == [nil, "OCTO", "Mobile Platform"])
        #expect(file.objectives.map(\.code) == ["1", "2", "3"])
    }

    @Test("a labelled title ends at its line: the soft-wrapped line after it is the objective's text; a label alone takes the next line")
    func titleEndsAtItsLine() {
        let (file, _) = objectives("""
            # 2024 OKRs

            Objective 2: Productivity: Enable teams to build faster
            Same input, more output.

            Key results:
            - Velocity up 20%.

            Objective 3:
            Efficiency: Enable teams to build more with less
            Less input, more output.

            Key results:
            - Cloud cost down 10%.
            """, path: "objectives/2024.md")
        #expect(file.objectives.map(\.title) == ["Productivity: Enable teams to build faster", "Efficiency: Enable teams to build more with less"])
        #expect(file.objectives.map(\.keyResults.count) == [1, 1])
    }

    @Test("`Objective:` / `Why:` / `Key results:`: the why is the objective's text")
    func whyParagraph() {
        let (file, _) = objectives("""
            # Q4 2026

            Objective: Better experiences
            Why: our digital experiences should be the best way to get care.

            Key results:
            - Customer satisfaction up 5 points

            Objective: Faster delivery

            Key results:
            - Deploys per week up to 10
            """)
        #expect(file.objectives.map(\.title) == ["Better experiences", "Faster delivery"])
        #expect(file.objectives.map(\.keyResults.count) == [1, 1])
    }

    @Test("a `Key Results:` list with no objective above it is a warning, never a list of objectives")
    func keyResultsWithoutObjective() {
        let (file, diagnostics) = objectives("""
            # Q4 2026 OKRs

            Some words about the quarter.

            Key Results:

            - Customer satisfaction increased by 5 points.
            - Transactions increased by 25%.
            """)
        #expect(!file.objectives.contains { $0.title.hasPrefix("Customer satisfaction") })
        #expect(diagnostics.contains { $0.code == .keyResultsUnread && $0.location.line == 7 })
    }

    @Test("a heading labelled with its team (`### OCTO Objective 1: …`) names an objective")
    func ownedHeading() {
        #expect(TitleLabel.namesObjective("OCTO Objective 1: Better experiences"))
        let label = TitleLabel.parseObjective("Mobile Platform Objective 1: Stability")
        #expect(label.title == "Stability")
        #expect(label.team == "Mobile Platform")
        #expect(TitleLabel.parseObjective("Grow Objective-setting skills").title == "Grow Objective-setting skills")
    }
}
