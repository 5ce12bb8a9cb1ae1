import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// Objectives written one per line ("O1. …", a working group's list pasted from a sheet) had nowhere to declare their
/// priorities: an inline "(Priorities: …)" became words of the title, and `suggest --apply` skipped every one.
@Suite("Line objectives: inline fields, and suggest --apply writes them")
struct LineObjectiveFieldsTests {
    let text = """
        ## Objectives for 2026 Q4
        #### Finance WG
        O1. Improve onboarding for new members (Priorities: strong-governance)  
        O2. Reduce the recurring Finance workload — Priorities: sustainable-livelihoods  
        O3. Publish the annual report (Priorites: strong-governance)  
        O4. Hold a retreat (after the launch)

        """

    @Test("a trailing `(Priorities: …)` or `— Priorities: …` is the objective's, not its title's; a misspelt key is warned")
    func inlineFields() {
        let (file, diagnostics) = ObjectivesParser().parse(read(text, path: "objectives/okrs.md"))
        #expect(file.objectives.map(\.title) == ["Improve onboarding for new members", "Reduce the recurring Finance workload",
                                                 "Publish the annual report", "Hold a retreat (after the launch)"])
        #expect(file.objectives.map { $0.metadata.priorities.map(\.text) } == [["strong-governance"], ["sustainable-livelihoods"], [], []])
        #expect(file.objectives[0].metadata.priorities.first?.location.line == 3)
        #expect(diagnostics.contains { $0.code == .unknownKey && $0.location.line == 5 && ($0.fix ?? "").contains("Priorities") })
        #expect(file.objectives.map(\.metadata.team) == ["Finance", "Finance", "Finance", "Finance"])
    }

    @Test("suggest --apply writes `(Priorities: …)` at the end of a line objective, keeping its hard break")
    func applyWritesInline() throws {
        let source = "## Objectives for 2026 Q4\n#### Finance WG\nO1. Improve onboarding  \nO2. Reduce the workload\\\nO3. Plan the retreat\n"
        let first = try PrioritiesLineWriter.insert("governance", forItemAt: 3, in: source, path: "objectives/okrs.md").get().text
        #expect(first == "## Objectives for 2026 Q4\n#### Finance WG\nO1. Improve onboarding (Priorities: governance)  \nO2. Reduce the workload\\\nO3. Plan the retreat\n")
        let second = try PrioritiesLineWriter.insert("livelihoods", forItemAt: 4, in: first, path: "objectives/okrs.md").get().text
        #expect(second.contains("O2. Reduce the workload (Priorities: livelihoods)\\\n"))
        #expect(PrioritiesLineWriter.insert("x", forItemAt: 3, in: first, path: "objectives/okrs.md") == .failure(.alreadyDeclared))
        let (file, _) = ObjectivesParser().parse(read(second, path: "objectives/okrs.md"))
        #expect(file.objectives.map { $0.metadata.priorities.map(\.text) } == [["governance"], ["livelihoods"], []])
    }

    @Test("the field ending the paragraph's last line (read apart by the Markdown reader) is that line's objective's, and --apply writes it there")
    func lastLine() throws {
        let source = "## Objectives for 2026 Q4\n#### Finance WG\nO1. Improve onboarding (Priorities: governance)\nO2. Grow revenue (Priorities: livelihoods)\n\nText.\n"
        let (file, _) = ObjectivesParser().parse(read(source, path: "objectives/okrs.md"))
        #expect(file.objectives.map(\.title) == ["Improve onboarding", "Grow revenue"])
        #expect(file.objectives.map { $0.metadata.priorities.map(\.text) } == [["governance"], ["livelihoods"]])
        let plain = "## Objectives for 2026 Q4\n#### Finance WG\nO1. Improve onboarding\nO2. Grow revenue  \n"
        let written = try PrioritiesLineWriter.insert("livelihoods", forItemAt: 4, in: plain, path: "objectives/okrs.md").get().text
        #expect(written.hasSuffix("O2. Grow revenue (Priorities: livelihoods)  \n"))
        #expect(PrioritiesLineWriter.insert("x", forItemAt: 4, in: written, path: "objectives/okrs.md") == .failure(.alreadyDeclared))
    }
}
