import Testing
@testable import BearingModel
@testable import BearingParse

/// Kanban's status words and a did-you-mean that changed the meaning (trial 21, F24): `Status: Doing` was unknown, and
/// the hint proposed `done`.
@Suite("Status words of trial 21")
struct StatusWordsTrial21Tests {
    @Test("Trello's and Kanban boards' words are read", arguments: [
        ("Doing", Status.onTrack), ("DOING", .onTrack), ("To Do", .notStarted), ("TODO", .notStarted), ("Not started yet", .notStarted),
    ])
    func kanban(_ word: String, _ expected: Status) {
        #expect(Status(reading: word) == expected, "\(word)")
    }

    @Test("a did-you-mean never proposes a status two letters from a short word: it would change what the plan says")
    func noMeaningFlip() {
        #expect(MetadataValues.statusTypo("doing", among: Status.allCases.map(\.rawValue)) == nil)
        #expect(MetadataValues.statusTypo("dome", among: Status.allCases.map(\.rawValue)) == "done")
        #expect(MetadataValues.statusTypo("on-trak", among: Status.allCases.map(\.rawValue)) == "on-track")
        #expect(MetadataValues.statusTypo("in progres", among: ["in progress", "completed"]) == "in progress")
    }

    @Test("`Status: Doing` on a roadmap item is in progress, with no warning")
    func roadmapDoing() {
        let (file, diagnostics) = RoadmapParser().parse(read("""
            # Roadmap

            ## Q4 2023

            ### Web renderer

            Status: Doing
            """, path: "roadmaps/roadmap.md"))
        #expect(file.items.map(\.metadata.status) == [.onTrack])
        #expect(!diagnostics.contains { $0.code == .unknownStatus })
    }
}
