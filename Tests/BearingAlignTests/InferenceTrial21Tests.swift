import Foundation
import Testing
import BearingModel
@testable import BearingAlign
import BearingReport

/// Inference on a new user's real files (trial 21): links a reader can check, or none (docs/scoring.md).
@Suite struct InferenceTrial21Tests {
    static let messaging = "# RobustMQ\n\n## Priorities\n\n1. Supports a variety of mainstream standard messaging protocols\n"
        + "2. Cloud native architecture with storage and compute separation\n3. High performance and low latency\n"

    static func item(_ alignment: Alignment, _ title: String) throws -> AlignedItem {
        try #require(alignment.items.first { $0.title == title })
    }

    @Test("an item in a script the vectors do not read has too little text to link, not a confident guess (F12)")
    func unreadScript() throws {
        #expect(ReadableScript.reads("résumé") && ReadableScript.reads("mqtt"))
        #expect(!ReadableScript.reads("的官网和技术文档"))
        let alignment = align(plan(["strategy.md": Self.messaging,
                                    "roadmaps/roadmap.md": "# Roadmap\n\n## 2025 H1\n\n- 完善 RobustMQ 的官网和技术文档\n- 完善 RobustMQ MQTT 的功能\n"]))
        let chinese = try Self.item(alignment, "完善 RobustMQ 的官网和技术文档")
        #expect(alignment.links(of: chinese.id).isEmpty)
        #expect(try #require(alignment.score(of: chinese.id)).tooLittleText)
        let explained = ExplainReport.render(chinese, alignment: alignment)
        #expect(explained.contains("in a script inference does not read"), "\(explained)")
        // Two Latin words remain ("robustmq", "mqtt"): it is linked, with them as its evidence or at most 0.4.
        let mixed = try Self.item(alignment, "完善 RobustMQ MQTT 的功能")
        for link in alignment.links(of: mixed.id) where link.kind == .inferred {
            #expect(!link.evidence.isEmpty || link.strength <= LinkBuilder.unevidencedCeiling)
            #expect(link.evidence.allSatisfy { ReadableScript.reads($0.term) })
        }
    }

    @Test("an inferred link with no word to show for it is at most 0.4, and says why")
    func unevidencedCeiling() {
        #expect(LinkBuilder.ceiling(0.89, unevidenced: true) == 0.4)
        #expect(LinkBuilder.ceiling(0.89, unevidenced: false) == 0.89)
        #expect(LinkBuilder.ceiling(0.3, unevidenced: true) == 0.3)
        #expect(LinkBuilder.ceilingNote(0.89, unevidenced: true).contains("no word of the text can be named as evidence"))
    }

    static let cooperative = "# Strategy\n\n## Priorities\n\n1. **Sustainable livelihoods.** Recurring revenue, a healthy pipeline and sound finances.\n"
        + "2. **Strong governance.** A co-operative structure that embodies our values.\n"
        + "3. **Effective remote organization.** Operations, infrastructure and a culture of accountability.\n"

    @Test("a word only one priority uses decides between close fits, and is never evidence for another (F7)")
    func distinctiveWord() throws {
        let alignment = align(plan(["strategy.md": Self.cooperative,
                                    "objectives/2026-Q4.md": "# Plan\n\n## Set up the operations workspace\n"]))
        let item = try Self.item(alignment, "Set up the operations workspace")
        let link = try #require(alignment.links(of: item.id).first)
        #expect(link.priority == "effective-remote-organization")
        #expect(link.evidence.contains(Evidence(term: "operations", kind: .exact)))
        // Whatever it is linked to, a word of another priority's text is not shown as related evidence for it.
        let inferrer = PriorityInferrer(strategy: alignment.strategy, vectors: Shared.vectors)
        let words = Shared.vectors.tokenizer.words("operations workspace")
        let governance = inferrer.evidence(inferrer.evidenceCandidates(words), profile: inferrer.wholeVectors[1], stems: inferrer.priorityStems[1],
                                           otherStems: inferrer.priorityStems[2])
        #expect(!governance.map(\.term).contains("operations"))
    }

    static let materials = "# Strategy\n\nThe foundation is prioritizing three goals:\n\n1. Fostering an Open Materials Science Community and Culture\n"
        + "2. Advancing the quality of open materials science tools\n3. Provide training necessary for an open materials science economy\n"

    @Test("a title that names one priority's own word is not pulled away by the words all priorities share (F5)")
    func sharedWordsDoNotWin() throws {
        let alignment = align(plan(["strategy.md": Self.materials,
                                    "objectives/2026-Q4.md": "# Plan\n\n## A Discord Community for Materials Science and Manufacturing\n\nWe accelerate sharing.\n"]))
        let item = try Self.item(alignment, "A Discord Community for Materials Science and Manufacturing")
        let link = try #require(alignment.links(of: item.id).first)
        #expect(link.priority.hasPrefix("fostering-an-open-materials-science-community"), "\(link)")
        #expect(link.evidence.contains(Evidence(term: "community", kind: .exact)))
    }

    @Test("a line an item repeats is template, not work: it does not drive the link (F4)")
    func repeatedLines() throws {
        let text = "Cohesion.\n\n#### KR: one\n\nThe following initiatives will impact this KR:\n\n- Notification work\n\n#### KR: two\n\nThe following initiatives will impact this KR:\n\n- Status dots\n"
        let kept = RepeatedLines.removed(text)
        #expect(!kept.contains("impact"))
        #expect(kept.contains("Notification work") && kept.contains("Status dots") && kept.contains("#### KR: one"))
        #expect(RepeatedLines.removed("Done\nDone\nShip it") == "Done\nDone\nShip it")
        let strategy = "# Strategy\n\n## Priorities\n\n1. **Experiences.** Our digital experiences are the best way to access health care and benefits.\n"
            + "2. **People.** Our people are empowered to make sustained impact.\n   - Our team health survey indicates that more than 75% feel they are having a high impact on our mission.\n"
        let inferrer = PriorityInferrer(strategy: try #require(plan(["strategy.md": strategy]).strategy), vectors: Shared.vectors)
        let inference = try #require(inferrer.inferCounting([.init(text: "Navigation for logged-in tools. " + text)]).inferences.first)
        #expect(!inference.evidence.map(\.term).contains("impact"))
    }
}
