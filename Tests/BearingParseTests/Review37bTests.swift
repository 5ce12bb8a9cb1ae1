import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// Session 37's new rules tried on the same shapes in other organizations' files: a team named "Framework", and a lane
/// written as prose whose only list is its own fields or a legend.
@Suite("Review of session 37's rules on other files")
struct Review37bTests {
    /// A front-end organization's quarterly OKRs: areas at H2 ("## Framework team"), objectives at H3.
    static let frameworkTeam = """
        # Q1 2027 OKRs

        ## Framework team

        ### Make the router faster
        - Cut route resolution p95 from 40ms to 10ms
        - Ship lazy routes to 3 apps

        ## Framework OKRs

        ### Shrink the bundle
        - Bundle size from 300kB to 150kB

        ## Infra team

        ### Shorten deploys
        - Deploy time from 30 min to 8 min

        ## OKR Framework

        - **Objectives**: What we want to achieve (qualitative, inspirational)
        - **Key Results**: How we measure success (quantitative, time-bound)
        """

    @Test("a team named Framework holds its objectives; the OKR framework explained is still no objective")
    func frameworkTeam() {
        let plan = loadWorkspace(["strategy.md": minimalStrategy, "objectives/2027-Q1.md": Self.frameworkTeam])
        #expect(plan.objectives.map(\.title) == ["Make the router faster", "Shrink the bundle", "Shorten deploys"],
                "\(plan.objectives.map(\.title))")
        #expect(!plan.diagnostics.contains { $0.code == .unresolvedReference }, "\(plan.diagnostics)")
    }

    @Test("headings that are or are not about running the OKRs", arguments: [
        ("OKR Framework", true), ("The OKR framework", true), ("Objectives Framework", true), ("Framework team", false),
        ("Framework", false), ("Framework OKRs", false), ("Build an evaluation framework", false),
    ])
    func frameworkHeadings(title: String, aside: Bool) {
        #expect((HeadingRole.classify(title, level: 2, year: 2027, config: WorkspaceConfig()) == .aside) == aside, "\(title)")
    }

    /// A yearly roadmap whose work is written as H3 items, beside lanes written as prose: one with its fields in a list,
    /// one with a legend under its prose.
    static let proseLanes = """
        # Roadmap 2027

        ## Editor

        ### Ship the new editor

        Rebuild the editor on ProseMirror.

        ## Offline mode

        Offline mode lets users edit without a connection.

        - Owner: Alice
        - Status: in progress
        - Due: 2027-06-30

        ## Faster sync

        Sync will move to a CRDT engine so offline edits merge.

        **Legend:**

        - 🟢 on track
        - 🔴 at risk

        ## Better search

        We will rebuild search ranking with embeddings.
        """

    @Test("a prose lane whose only list is its fields, or a legend, is still an item beside heading items")
    func proseLaneWithFields() {
        let (roadmap, _) = RoadmapParser().parse(read(Self.proseLanes, path: "roadmaps/roadmap.md"))
        #expect(roadmap.items.map(\.title) == ["Ship the new editor", "Offline mode", "Faster sync", "Better search"],
                "\(roadmap.items.map(\.title))")
        #expect(roadmap.items.first { $0.title == "Offline mode" }?.metadata.owners == ["Alice"])
    }

    @Test("a list of work under a label that only sounds like a legend is work; a legend's terms are not")
    func legendLabelsOverWork() {
        let (roadmap, _) = RoadmapParser().parse(read("""
            # Platform roadmap

            ## Now

            **Naming conventions:**

            - Rename the public endpoints to kebab-case
            - Move the SDKs to the new names

            **Phase Numbering:**

            - Integer phases (1, 2, 3): Planned milestone work
            - Decimal phases (2.1, 2.2): Urgent insertions

            **API key:**

            - Rotate every customer's API keys quarterly
            """, path: "roadmaps/roadmap.md"))
        #expect(roadmap.items.map(\.title) == ["Rename the public endpoints to kebab-case", "Move the SDKs to the new names",
                                               "Rotate every customer's API keys quarterly"], "\(roadmap.items.map(\.title))")
    }

    @Test("`## June: Public launch` beside `## April: Private beta` is a month's milestone, though people: lists June Park")
    func monthBeforeColon() {
        let file = """
            # Q2 2027 OKRs

            ## April: Private beta
            - Invite 50 teams, now 20

            ## June: Public launch
            - 1,000 signups, now 0

            ## Mark: Ship the importer
            - Import 5 formats, now 2
            """
        let plan = loadWorkspace(["strategy.md": minimalStrategy, "bearing.yml": "people:\n  June Park: []\n  Mark Stone: []\n",
                                  "objectives/2027-Q2.md": file])
        #expect(plan.objectives.map(\.title) == ["April: Private beta", "June: Public launch", "Ship the importer"],
                "\(plan.objectives.map(\.title))")
        #expect(plan.objectives.map(\.metadata.owners) == [[], [], ["Mark Stone"]])
    }

    /// `**Depends on**:` as get-shit-done phases and other step plans write it of their last step.
    static func steps(_ dependsOn: String) -> String {
        """
        # Roadmap: Clinic booking

        ## Phase Details

        ### Phase 1: Foundation
        **Goal**: The app builds
        **Depends on**: Nothing (first phase)

        ### Phase 2: Booking Flow
        **Goal**: Patients can book
        **Depends on**: Phase 1

        ### Phase 3: Launch
        **Goal**: Patients use it
        **Depends on**: \(dependsOn)
        """
    }

    @Test("other wordings of \"all previous phases\" depend on every earlier phase; \"All of the above\" stays a name",
          arguments: [("All prior phases (1-2)", true), ("All phases above", true), ("All previous waves complete", true),
                      ("All the phases before this one", true), ("All of the previous phases", true), ("All of the above", false),
                      ("All other phases", false)])
    func allPreviousWordings(value: String, expands: Bool) {
        let plan = loadWorkspace(["strategy.md": minimalStrategy, "roadmaps/roadmap.md": Self.steps(value)])
        let last = plan.roadmapItems.last
        #expect(last?.title == "Launch")
        if expands {
            #expect(plan.errors.isEmpty, "\(plan.errors)")
            #expect(last?.resolved.dependsOn == ["roadmap/foundation", "roadmap/booking-flow"], "\(last?.resolved.dependsOn ?? [])")
        } else {
            #expect(plan.errors.contains { $0.code == .unresolvedReference }, "\(plan.errors)")
        }
    }
}

