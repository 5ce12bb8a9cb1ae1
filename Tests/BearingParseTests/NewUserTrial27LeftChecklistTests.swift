import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// Left by trials 26b and 27: a phase (Cerberus's `### Modernization and consolidation` over `#### Checklist`) or a
/// bullet whose steps are all unticked said nothing of how it stands.
@Suite("New users' files (trial 27, left): unticked checklists")
struct NewUserTrial27LeftChecklistTests: TwoPriorityTrial {
    @Test("a phase's checklist: none ticked is not started, some on track, all done")
    func checklistTicks() {
        let read = items("""
            # Cerberus development and support roadmap

            ## Roadmap

            ### Branching off 1.3.x

            After that release, a new branch `1.3.x` is created.

            #### Checklist

            - [x] The `README.rst` and `CONTRIBUTING.rst` are updated accordingly.
            - [ ] 1.3 is released.

            ### Modernization and consolidation

            This phase is designated to update the codebase with fundamental implications.

            #### Checklist

            - [ ] All Python 2 related code is removed.
            - [ ] Python 3 features that allow simpler code are applied where feasible.

            ### Documentation overhaul

            #### Checklist

            - [x] Move the docs to Sphinx.
            - [x] Publish them on Read the Docs.
            """)
        #expect(read.map(\.metadata.status) == [.onTrack, .notStarted, .done], "\(read.map(\.metadata.status))")
    }

    @Test("a bullet over an unticked task list is not started; under a lane of work under way the lane says how it stands")
    func unstartedSubtasks() {
        let planned = items("""
            # Roadmap

            ## Next

            - Plugin system
              - [ ] Define the API
              - [ ] Document the hooks
            - Search
              - [x] Index the docs
              - [ ] Rank the results
            """)
        #expect(planned.map(\.metadata.status) == [.notStarted, .onTrack], "\(planned.map(\.metadata.status))")
        let underway = items("""
            # Roadmap

            ## In progress

            - Plugin system
              - [ ] Define the API
              - [ ] Document the hooks
            """)
        #expect(underway.map(\.metadata.status) == [.onTrack], "\(underway.map(\.metadata.status))")
        let phase = items("""
            # Roadmap

            ## In progress

            ### Modernization and consolidation

            #### Checklist

            - [ ] All Python 2 related code is removed.
            - [ ] Python 3 features that allow simpler code are applied where feasible.
            """)
        #expect(phase.map(\.metadata.status) == [.onTrack], "\(phase.map(\.metadata.status))")
    }
}
