import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// F18: a lane of declined ideas.
@Suite("Reading: a lane of declined ideas (trial 22)")
struct DeclinedLaneTrial22Tests {
    @Test("items of a 'Never' or 'Not planned' lane are dropped; a theme that starts with 'Never' is not", arguments: [
        ("## Never", Status.dropped),
        ("## Not planned", Status.dropped),
        ("## Won't do", Status.dropped),
        ("## Declined", Status.dropped),
        ("## Never lose a message", nil),
    ] as [(String, Status?)])
    func declinedLane(lane: String, status: Status?) throws {
        let (roadmap, _) = RoadmapParser().parse(read("""
            # ZPLKit TODO
            ## Later
            - [ ] **Bound the concurrency of `send()`.** Deferred because it needs a design.
            \(lane)
            Decisions rather than history: these have been considered and declined.

            - **SF Symbols icon support** - Apple licensing prohibits redistribution.
            """, path: "roadmaps/TODO.md"))
        let item = try #require(roadmap.items.first { $0.title.hasPrefix("SF Symbols") })
        #expect(item.metadata.status == status)
        #expect(roadmap.items.first?.metadata.status != .dropped)
    }
}
