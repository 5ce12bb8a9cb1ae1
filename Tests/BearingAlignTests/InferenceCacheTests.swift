import BearingModel
import Foundation
import Testing
@testable import BearingAlign

/// A cache of inferences by text gives the answers inference gives, answers what it holds without placing it again,
/// never answers for another text or another strategy.
@Suite("Inference cache")
struct InferenceCacheTests {
    static func inferrer(_ priorities: String) throws -> PriorityInferrer {
        let loaded = plan(["strategy.md": "# Strategy\n\n## Priorities\n\n" + priorities])
        return PriorityInferrer(strategy: try #require(loaded.strategy), vectors: Shared.vectors)
    }

    static let strategy = """
        1. **Security reviews.** Security and privacy reviews that pass on the first attempt. {#security}
        2. **Grow memberships.** More paying member communities. {#growth}
        """
    static let texts = ["Pass the state privacy audit", "Sign up ten new member communities", "Pass the state privacy audit", "Fix the build"]

    @Test func cachedAnswersAreTheAnswers() throws {
        let inferrer = try Self.inferrer(Self.strategy)
        let inputs = Self.texts.map(PriorityInferrer.Input.init)
        let plain = Self.texts.map { text in inferrer.inferCounting([.init(text: text)]) }
        var cache = InferenceCache()
        let first = inferrer.inferCounting(inputs, cache: &cache)
        #expect(cache.count == 3)  // the repeated text is placed once
        let second = inferrer.inferCounting(inputs, cache: &cache)
        for (index, alone) in plain.enumerated() {
            #expect(first.inferences[index] == alone.inferences[0] && second.inferences[index] == alone.inferences[0])
            #expect(first.meaningfulWords[index] == alone.meaningfulWords[0] && second.meaningfulWords[index] == alone.meaningfulWords[0])
            #expect(first.tooThin[index] == ContentWords.isTooThin(Self.texts[index]) && second.tooThin[index] == first.tooThin[index])
        }
    }

    @Test func aHeldTextIsNotPlacedAgainAndOnlyAnswersForItself() throws {
        let inferrer = try Self.inferrer(Self.strategy)
        let text = Self.texts[0]
        var cache = InferenceCache()
        _ = inferrer.inferCounting([.init(text: text)], cache: &cache)
        let planted = Inference(ranking: [], subPriority: nil, evidence: [], background: 42)
        cache.store(.init(text: text, inference: planted, meaningfulWords: 7, tooThin: false), key: ContentHash.of(text))
        #expect(inferrer.inferCounting([.init(text: text)], cache: &cache).inferences[0] == planted)
        // An entry under another text's key (a hash collision) is not that text's answer.
        cache.store(.init(text: "something else", inference: planted, meaningfulWords: 7, tooThin: false), key: ContentHash.of(Self.texts[1]))
        #expect(inferrer.inferCounting([.init(text: Self.texts[1])], cache: &cache).inferences[0] != planted)
    }

    @Test func anotherStrategyEmptiesTheCache() throws {
        var cache = InferenceCache()
        let text = Self.texts[0]
        let first = try Self.inferrer(Self.strategy)
        _ = first.inferCounting([.init(text: text)], cache: &cache)
        let planted = Inference(ranking: [], subPriority: nil, evidence: [], background: 42)
        cache.store(.init(text: text, inference: planted, meaningfulWords: 7, tooThin: false), key: ContentHash.of(text))
        let changed = try Self.inferrer(Self.strategy.replacingOccurrences(of: "first attempt", with: "second attempt"))
        #expect(changed.context != first.context)
        #expect(changed.inferCounting([.init(text: text)], cache: &cache).inferences[0] != planted)
        #expect(cache.context == changed.context)
    }

    @Test func contentHashIsStableAndSeparatesParts() {
        // FNV-1a 64 of the empty text (the separator byte alone), computed apart: the same in every process.
        #expect(ContentHash.of("") == 0xAF64_724C_8602_EB6E)
        var ab = ContentHash(), a = ContentHash()
        ab.add("ab"); ab.add("c")
        a.add("a"); a.add("bc")
        #expect(ab.value != a.value)
    }
}
