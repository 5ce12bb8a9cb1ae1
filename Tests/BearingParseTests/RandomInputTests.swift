import Testing
import TestSupport

/// Random documents built from the pieces real and hostile plans are made of, read in every role.
/// Any crash, trap or hang here would take the whole test process down, so passing means none happened.
@Suite("Random input")
struct RandomInputTests {
    static let pieces = [
        "## ", "### ", "# ", "- ", "  - ", "1. ", "- [ ] ", "- [x] ", "> ", "**", "*", "`", "```", "```{note}", ":::", ":::{admonition} T",
        "---", "+++", "(label)=", "{#id}", "Owner: ", "Status: ", "Priorities: ", "Depends on: ", "Objectives: ", "\"", ",", ":",
        "from ", " to ", ", now ", "%", "/", " of ", "score ", "0.5", "12", "2026-Q4", "Q3 2026", "End of Q1:", "platform", "ops",
        "\n", "\n\n", "\t", "<script>", "[x](javascript:y)", "é", "\u{0}", "\u{FEFF}", "\r\n", "[", "]", "{", "}", "—",
    ]

    static func document(seed: UInt64) -> String {
        var generator = SeededGenerator(state: seed)
        let count = Int.random(in: 0..<400, using: &generator)
        return (0..<count).map { _ in pieces.randomElement(using: &generator)! }.joined()
    }

    @Test("500 random documents as strategy, objectives and roadmap", arguments: 0..<5)
    func randomWorkspaces(batch: Int) {
        for seed in UInt64(batch * 100)..<UInt64(batch * 100 + 100) {
            let text = Self.document(seed: seed)
            let plan = loadWorkspace([
                "bearing.yml": seed % 7 == 0 ? text : "ignore_headings: [Notes]\n",
                "strategy.md": seed % 2 == 0 ? text : minimalStrategy + "\n" + text,
                "objectives/2026-Q4.md": text,
                "roadmaps/r.md": text,
            ])
            #expect(plan.diagnostics.allSatisfy { $0.location.line >= 1 && $0.location.column >= 1 }, "seed \(seed)")
        }
    }
}
