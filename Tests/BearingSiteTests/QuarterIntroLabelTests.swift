import Foundation
import Testing
import BearingAlign
import BearingModel
import BearingParse
@testable import BearingSite

/// The introductions on a quarter page, one per file planning the quarter, are each under a name that says whose
/// they are: a file with no H1 is not labelled with the quarter the page is about.
@Suite struct QuarterIntroLabelTests {
    static let strategy = """
        # Lab strategy

        ## Priorities

        1. **Open data.** Publish what we measure.
        2. **Teaching.** Train the next cohort.
        """

    static func intros(_ files: [String: String]) throws -> [String] {
        let (plan, alignment) = Site.memory(["strategy.md": strategy].merging(files) { a, _ in a })
        let rendered = try SiteBuilder().render(plan: plan, alignment: alignment, options: .init())
        let page = try #require(rendered.first { $0.0 == "quarters/2027-Q1.html" }.map { String(decoding: $0.1, as: UTF8.self) })
        return page.components(separatedBy: "<h2 class=\"intro-title\">").dropFirst().map { String($0.prefix { $0 != "<" }) }
    }

    @Test("a file with no H1 in objectives/imaging/ is labelled 'imaging', beside the files labelled by their team or title")
    func folder() throws {
        let labels = try Self.intros([
            "objectives/genomics/2027-Q1.md": "# Genomics group — Q1 2027\n\nWe sequence.\n\n## Sequence the pilot cohort\n- [ ] 40/100 samples\n",
            "objectives/imaging/2027-Q1.md": "Our notes for the quarter.\n\n## Calibrate the new microscope\n- [ ] 2/4 lenses\n",
            "objectives/teaching-2027-Q1.md": "---\nteam: Teaching\nquarter: 2027-Q1\n---\nThe course.\n\n## Run the methods course\n- [ ] 3/10 sessions\n",
        ])
        #expect(labels.sorted() == ["Genomics group — Q1 2027", "Teaching", "imaging"], "\(labels)")
        #expect(!labels.contains("2027-Q1"))
    }

    @Test("a file with no H1 whose objectives all name one team is labelled by that team; in the objectives folder itself, by its file name")
    func teamFieldsAndFileName() throws {
        let labels = try Self.intros([
            "objectives/2027-Q1.md": "Whole-lab notes.\n\n## Open the archive\n- [ ] 1/2 boxes\n",
            "objectives/2027-Q1-outreach.md": "---\nquarter: 2027-Q1\n---\nOutreach notes.\n\n## Visit schools\n- Team: Outreach\n- [ ] 1/4 visits\n\n## Host a lab day\n- Team: Outreach\n- [ ] 0/1 days\n",
        ])
        #expect(labels.sorted() == ["2027-Q1.md", "Outreach"], "\(labels)")
    }

    @Test("a period folder is no label: objectives/2027/imaging/Q1.md is imaging's")
    func periodFolder() {
        let file = ObjectivesFile(path: "objectives/imaging/2027/Q1.md", quarter: Quarter(year: 2027, number: 1), title: "2027-Q1", intro: "", objectives: [])
        #expect(file.label(objectiveRoots: ["objectives"]) == "imaging")
        let root = ObjectivesFile(path: "plans/okrs/2027/Q1.md", quarter: Quarter(year: 2027, number: 1), title: "2027-Q1", intro: "", objectives: [])
        #expect(root.label(objectiveRoots: ["plans/okrs"]) == "Q1.md")
    }
}
