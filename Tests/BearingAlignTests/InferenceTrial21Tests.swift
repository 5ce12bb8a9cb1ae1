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
}
