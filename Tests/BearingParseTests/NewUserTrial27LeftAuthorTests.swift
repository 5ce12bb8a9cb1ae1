import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// Left by trial 27: a platform lead's yearly objectives close with "## My Role in Driving These Objectives", a pitch
/// of its writer, which was a fourth objective (inferred to Developer experience, 0.69).
@Suite("New users' files (trial 27, left): a section about the plan's author")
struct NewUserTrial27LeftAuthorTests: TwoPriorityTrial {
    func objectives(closingWith heading: String) -> [String] {
        load(["objectives/2025.md": """
            # Top 3 Platform Engineering Objectives for 2025

            ## Objective 1: Developer Experience and Self-Service Platform

            **Potential Benefits/Measures:**

            - 30% reduction in development cycle time

            ## Objective 2: Secure by Default Delivery

            - 95% of services on the paved road

            \(heading)

            As a platform engineering leader, I will champion these objectives by aligning teams, securing budget and
            mentoring engineers to own the platform as a product.
            """]).objectiveFiles.first?.objectives.map(\.title) ?? []
    }

    @Test("a section about the author is no objective", arguments: [
        "## My Role in Driving These Objectives", "## My role", "## About me", "## About the Author", "## About the authors",
    ])
    func authorSection(_ heading: String) {
        #expect(objectives(closingWith: heading) == ["Developer Experience and Self-Service Platform", "Secure by Default Delivery"],
                "\(objectives(closingWith: heading))")
    }

    @Test("counter-case: first-person objectives stay objectives", arguments: ["## My objective: mentor two engineers", "## Grow my team to six"])
    func firstPersonObjective(_ heading: String) {
        #expect(objectives(closingWith: heading).count == 3, "\(objectives(closingWith: heading))")
    }
}
