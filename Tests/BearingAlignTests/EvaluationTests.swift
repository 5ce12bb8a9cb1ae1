import Testing
import BearingCore
@testable import BearingAlign

@Suite("Evaluation set")
struct EvaluationTests {
    @Test("inference reaches top-1 ≥ 0.85 on the shipped set and beats both baselines")
    func threshold() throws {
        let set = try EvaluationSet.load(from: Shared.repositoryRoot.appendingPathComponent("eval").path)
        #expect(set.organizations.count >= 2)
        #expect(set.organizations.map(\.items.count).reduce(0, +) >= 40)
        let result = Evaluator(vectors: Shared.vectors).evaluate(set)
        print("eval: bearing top-1 \(result.total.bearing.top1) top-2 \(result.total.bearing.top2); tf-idf \(result.total.tfidf.top1); majority \(result.total.majority.top1)")
        #expect(result.total.bearing.top1 >= 0.85)
        #expect(result.total.bearing.top1 > result.total.tfidf.top1)
        #expect(result.total.bearing.top1 > result.total.majority.top1)
        #expect(result.total.bearing.top2 >= result.total.bearing.top1)
    }

    @Test("the set is balanced across priorities")
    func balanced() throws {
        let set = try EvaluationSet.load(from: Shared.repositoryRoot.appendingPathComponent("eval").path)
        for organization in set.organizations {
            let counts = Dictionary(organization.items.map { ($0.expected, 1) }, uniquingKeysWith: +)
            #expect(Set(counts.keys) == Set(organization.strategy.topLevel.map(\.id)))
            #expect(Set(counts.values).count == 1, "\(organization.name): \(counts)")
        }
    }

    @Test("inference is deterministic")
    func deterministic() throws {
        let set = try EvaluationSet.load(from: Shared.repositoryRoot.appendingPathComponent("eval").path)
        let organization = set.organizations[0]
        let inferrer = PriorityInferrer(strategy: organization.strategy, vectors: Shared.vectors)
        let inputs = organization.items.map { PriorityInferrer.Input(text: $0.text) }
        #expect(inferrer.infer(inputs) == inferrer.infer(inputs))
    }

    @Test("an item missing its label is a clear error")
    func missingLabel() {
        let files = FileSystem.memory(["/set/a/strategy.md": "## Priorities\n\n1. **One.** {#one}\n", "/set/a/items.md": "---\nquarter: 2026-Q1\n---\n## Item\ntext\n"])
        #expect(throws: EvaluationSet.LoadError.self) { try EvaluationSet.load(from: "/set", fileSystem: files) }
    }

    @Test("BERT's tokenizer, reproduced: the classic examples")
    func wordPiece() {
        let tokenizer = Shared.vectors.tokenizer
        let pieces = { (word: String) in tokenizer.pieces(word).map { Shared.vectors.tokens[Int($0)] } }
        #expect(pieces("unaffable") == ["una", "##ffa", "##ble"] || pieces("unaffable") == ["un", "##aff", "##able"])
        #expect(pieces("playing") == ["playing"])
        #expect(WordPiece.basicTokens("Héllo, World! 3.5%") == ["hello", ",", "world", "!", "3", ".", "5", "%"])
        // The ASCII fast path and the Unicode path agree on ASCII text.
        let ascii = "Cut TOIL in half: 40->20 hours/week (now 31), e.g. [x] done_ok; a~b"
        #expect(WordPiece.asciiTokens(ascii) == WordPiece.unicodeTokens(ascii))
        #expect(WordPiece.asciiTokens("tab\there\u{7F}del") == WordPiece.unicodeTokens("tab\there\u{7F}del"))
        #expect(WordPiece.asciiTokens("café") == nil)
    }
}
