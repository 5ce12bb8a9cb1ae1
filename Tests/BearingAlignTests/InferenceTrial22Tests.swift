import Foundation
import Testing
import BearingModel
@testable import BearingAlign

/// Inference on a new user's real files (trial 22): the template is not the work, a title that names a priority is
/// linked to it, and a sub-priority's own bullets are its text (docs/scoring.md).
@Suite struct InferenceTrial22Tests {
    static let joystream = "# Joystream strategy\n\n## Priorities\n\n"
        + "1. **Launch a functional, upgradable video platform.** Governed and operated by a vibrant community.\n"
        + "2. **Building power.** Grow the team of builders: developers, infrastructure providers.\n"
        + "3. **Platform awareness.** Grow the community of readers, publishers and content curators.\n"

    static func item(_ alignment: Alignment, _ title: String) throws -> AlignedItem {
        try #require(alignment.items.first { $0.title == title })
    }

    @Test("field labels and a list of names after one are template, not work; the values stay (F1)")
    func labelsAndNames() {
        let removed = TemplateText.removed("- **Key Results:** Martin, Bedeho and Mokhtar\n"
            + "Outcome: Definition of the life cycle\n- **Tracked**: Every other Tuesday\nKR Measurement Deadline: end of Q1\n"
            + "Improve the docs: rewrite the tutorial\n")
        for gone in ["Key Results", "Martin", "Mokhtar", "Outcome", "Tracked", "Measurement"] { #expect(!removed.contains(gone), "\(gone) in \(removed)") }
        for kept in ["Definition of the life cycle", "Every other Tuesday", "end of Q1", "Improve the docs: rewrite the tutorial"] {
            #expect(removed.contains(kept), "\(kept) not in \(removed)")
        }
        // An owner's name is not what the work is about, wherever it stands.
        #expect(!TemplateText.removed("Martin leads the hiring of rust developers", owners: ["Martin"]).contains("Martin"))
    }

    @Test("a title that holds a priority's name is linked to it, above names and labels in the body (F1)")
    func titleNamesPriority() throws {
        let objectives = "# 2019 Q2\n\n## Objective: `Increase the Joystream building power`\n- **Tracked:** Every other Tuesday\n"
            + "- **Tracking Manager:** Martin\n- **Key Results:** Martin, Bedeho and Mokhtar\n  1. `Add 1 full time rust developer (ewd)`\n"
            + "\n## Grow the building team\n\nHire two more people for the office.\n"
        let alignment = align(plan(["strategy.md": Self.joystream, "objectives/2019-Q2.md": objectives]))
        let named = try Self.item(alignment, "Increase the Joystream building power")
        let link = try #require(alignment.links(of: named.id).first)
        #expect(link.priority == "building-power")
        #expect(link.strength >= Double(PriorityInferrer.titleNameStrength))
        #expect(link.explanation.contains("the title names it"))
        #expect(!link.evidence.map(\.term).contains { ["mokhtar", "martin", "results", "tracking", "tracked"].contains($0) }, "\(link.evidence)")
        // "building" alone is not the name: every word of it must be in the title. A one-word name ("Security") or a
        // sub-priority's ("Within communities") is a topic many titles mention, never a name a title holds.
        #expect(PriorityInferrer.nameStems("Security") == nil && PriorityInferrer.nameStems("Building power") == Set(["building", "power"].map(Stems.stem)))
        let unnamed = try Self.item(alignment, "Grow the building team")
        #expect(alignment.links(of: unnamed.id).allSatisfy { !$0.explanation.contains("the title names it") })
    }

    @Test("a sub-priority's own bullets are its text: a word only they hold links the item to it (F6)")
    func subPriorityDetail() throws {
        let strategy = "# Tekton\n\n## Goals\n\n### Enable and Encourage Adoption\n\nIncrease Tekton adoption and usage.\n\n"
            + "* Identify and define critical user journeys.\n* Documentation upgrades\n  * Onboarding documentation for new adopters\n\n"
            + "### Develop new features and advance maturity of Tekton\n\n* Catalog\n  * ArtifactHub migration for the Tekton Hub\n"
            + "  * Verified catalog tasks migrated to git based versioning\n* Security\n  * Hermetic builds Alpha\n  * Signing PipelineRuns\n\n"
            + "### Improve our own Infrastructure\n\n* LTS testing\n* Demonstrate SLSA with Tekton's own CI\n* Fuzz testing\n"
        let parsed = plan(["strategy.md": strategy, "roadmaps/r.md": "# Roadmap\n\n## 2023\n\n### Hub move\n\nArtifactHub migration for the Tekton Hub.\n\n"
                           + "### Fuzzing\n\nFuzz testing of the controller.\n"])
        let catalog = try #require(parsed.strategy?.priority("catalog"))
        #expect(PriorityInferrer.childText(catalog).contains("ArtifactHub"))
        #expect(!PriorityInferrer.childText(catalog).contains("* Catalog"))
        let alignment = align(parsed)
        let move = alignment.links(of: try Self.item(alignment, "Hub move").id).map(\.priority)
        #expect(move == ["develop-new-features-and-advance-maturity-of-tekton", "catalog"], "\(move)")
    }

    @Test("placeholders are never evidence; a placeholder word inside a sentence is a word (F14)")
    func placeholders() throws {
        let removed = TemplateText.removed("| KR | Final Score | Grading Notes |\n|---|---|---|\n| Weekly demos | xxx | NA |\n| Sprint reviews | 0.5 | TBD |\n"
            + "- TODO\nLorem ipsum dolor sit amet\nOwner: N/A\n")
        for gone in ["xxx", "NA", "TBD", "TODO", "Lorem", "N/A", "Final Score", "Grading"] { #expect(!removed.contains(gone), "\(gone) in \(removed)") }
        #expect(removed.contains("Weekly demos") && removed.contains("Sprint reviews"))
        #expect(TemplateText.removed("Provide TODO repo maintenance so resources stay findable").contains("TODO repo"))
        let objectives = "# 2019 Q1\n\n## Establish critical routines for future productivity\n\n| KR | Final Score |\n|---|---|\n"
            + "| Weekly demos | xxx |\n| Sprint reviews | xxx |\n"
        let alignment = align(plan(["strategy.md": Self.joystream, "objectives/2019-Q1.md": objectives]))
        let item = try Self.item(alignment, "Establish critical routines for future productivity")
        for link in alignment.links(of: item.id) { #expect(!link.evidence.map(\.term).contains("xxx"), "\(link.evidence)") }
    }
}
