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
