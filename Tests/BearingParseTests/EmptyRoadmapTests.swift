import Testing
@testable import BearingModel
@testable import BearingParse

/// A roadmap started and left empty — only its title, or lanes with nothing under them — said nothing, while an
/// empty file and a roadmap with a sentence under its title were warned (trial 25b).
@Suite("Empty roadmaps")
struct EmptyRoadmapTests {
    @Test("a roadmap of only its title, or of empty lanes, is warned at line 1", arguments: [
        "# Mobile roadmap\n", "# Mobile roadmap\n\n## Now\n\n## Next\n",
    ])
    func empty(_ text: String) {
        let (roadmap, diagnostics) = RoadmapParser().parse(read(text, path: "roadmaps/mobile.md"))
        #expect(roadmap.items.isEmpty)
        #expect(diagnostics.contains { $0.code == .noRoadmapItems && $0.location.line == 1 })
    }
}
