import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// Trial 26b left this: Cerberus's roadmap writes its phases as H3s, each over a `#### Checklist` of the phase's steps
/// (and one over `#### Undecided issues`); the phases were groups whose ticked steps were the roadmap's items.
@Suite("New users' files (trial 26b, left): a phase over its checklist")
struct NewUserTrial26LeftChecklistTests {
    @Test("an H3 over `#### Checklist` is one piece of work, its checklist the steps that say how far it has come")
    func phaseOverChecklist() {
        let files = [
            "/ws/strategy.md": "## Priorities\n\n- **Python 3** {#py3}\n",
            "/ws/roadmaps/roadmap.md": """
                # Cerberus development and support roadmap

                ## Roadmap

                ### 1.3 release

                The release is estimated to be ready in mid or late 2018.

                ### Branching off 1.3.x

                After that release, a new branch `1.3.x` is created.

                #### Checklist

                - [x] The `README.rst` and `CONTRIBUTING.rst` are updated accordingly.
                - [ ] 1.3 is released.
                - [ ] 1.3.x branch is created.

                ### Modernization and consolidation

                This phase is designated to update the codebase with fundamental
                implications.

                #### Checklist

                - [ ] All Python 2 related code is removed.
                - [ ] Python 3 features that allow simpler code are applied where feasible.

                #### Undecided issues

                - Which Python version will be the minimum to support?
                """,
        ]
        let items = WorkspaceLoader(fileSystem: .memory(files)).load(root: "/ws").roadmaps.first?.items ?? []
        #expect(items.map(\.title) == ["1.3 release", "Branching off 1.3.x", "Modernization and consolidation"], "\(items.map(\.title))")
        #expect(items.map(\.metadata.status) == [nil, .onTrack, .notStarted], "\(items.map(\.metadata.status))")
        #expect(items.last?.body.contains("All Python 2 related code is removed") == true)
    }
}
