import BearingModel
import Foundation
import Testing
@testable import BearingAlign

/// The inference cache as bytes, for the store kept between runs: what is read back answers every text as placing it
/// would, bit for bit; bytes of another stamp, or damaged ones, are no cache at all.
@Suite("Inference cache bytes")
struct InferenceCacheBytesTests {
    /// A strategy with sub-priorities, so the bytes carry every part of an inference (sub-priority, the best one under
    /// each parent, evidence).
    static let strategy = """
        1. **Security reviews.** Security and privacy reviews that pass on the first attempt. {#security}
           - **Audits.** Pass the state privacy and security audits. {#audits}
           - **Training.** Train every volunteer on phishing. {#training}
        2. **Grow memberships.** More paying member communities. {#growth}
        """
    static let texts = ["Pass the state privacy audit", "Sign up ten new member communities", "Fix the build", "Train volunteers to spot phishing e-mails", "Pass the state privacy audit"]

    static func filled() throws -> (PriorityInferrer, InferenceCache, [PriorityInferrer.Input]) {
        let inferrer = try InferenceCacheTests.inferrer(strategy)
        let inputs = texts.map { PriorityInferrer.Input(text: $0, title: String($0.prefix(12)), owners: ["Ana"]) }
        var cache = InferenceCache()
        _ = inferrer.inferCounting(inputs, cache: &cache)
        return (inferrer, cache, inputs)
    }

    @Test func readBackAnswersAsPlaced() throws {
        let (inferrer, cache, inputs) = try Self.filled()
        #expect(cache.latestMisses == 4)  // the repeated text is placed once
        let bytes = try #require(cache.bytes(stamp: "test 1"))
        var read = try #require(InferenceCache(bytes: bytes, stamp: "test 1"))
        #expect(read.count == 4 && read.context == cache.context)
        #expect(inputs.contains { input in
            inferrer.inferCounting([input]).inferences[0].subPriority != nil
        }, "the strategy's sub-priorities are in some inference, so the bytes carry them")
        let placed = inputs.map { inferrer.inferCounting([$0]) }
        let answered = inferrer.inferCounting(inputs, cache: &read)
        #expect(read.latestMisses == 0)
        for (index, alone) in placed.enumerated() {
            #expect(answered.inferences[index] == alone.inferences[0])
            #expect(answered.meaningfulWords[index] == alone.meaningfulWords[0] && answered.tooThin[index] == alone.tooThin[0])
        }
    }

    @Test func anotherStampOrDamagedBytesAreNoCache() throws {
        let (_, cache, _) = try Self.filled()
        let bytes = try #require(cache.bytes(stamp: "test 1"))
        #expect(InferenceCache(bytes: bytes, stamp: "test 2") == nil)
        #expect(InferenceCache(bytes: bytes + [0], stamp: "test 1") == nil)
        // Cut anywhere, or one byte changed to anything, is never a crash; a cut is never a cache.
        for length in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 200)) {
            #expect(InferenceCache(bytes: Array(bytes.prefix(length)), stamp: "test 1") == nil)
        }
        for offset in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 100)) {
            var damaged = bytes
            damaged[offset] = 0xFF
            _ = InferenceCache(bytes: damaged, stamp: "test 1")
        }
    }

    @Test func aCacheThatPlacedNothingHasNoBytes() {
        #expect(InferenceCache().bytes(stamp: "test 1") == nil)
    }
}
