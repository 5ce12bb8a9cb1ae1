import ArgumentParser
import BearingAlign
import BearingParse
import Foundation

/// `bearing eval`: how well inference finds the right priority on a labelled set, beside baselines.
struct EvalCommand: ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Measure priority inference on a labelled evaluation set, beside two baselines.",
        discussion: """
            A set is a folder of organizations, each a sub-folder with strategy.md and items.md (an objectives \
            file whose items carry an `Expected: <priority id>` line). Prints top-1 and top-2 accuracy for Bearing, \
            the full MiniLM sentence model (the set's reference.json, from scripts/distill/reference.py), plain TF-IDF \
            cosine, and always-the-most-common-priority. See eval/README.md and docs/scoring.md.
            """
    )

    @Option(help: "The evaluation set folder.")
    var set = "eval"

    @Flag(help: "List the items Bearing placed wrongly.")
    var misses = false

    @Flag(help: "Print the loaded set as JSON (priorities, item texts, labels, unrelated work, background bank), for scripts/distill/reference.py.")
    var dump = false

    @Option(help: "Fail (exit 1) when Bearing's top-1 accuracy is below this.")
    var minimumTop1: Double?

    func run(_ console: Console) throws -> Int32 {
        guard FileManager.default.fileExists(atPath: set) else { throw ValidationError("no evaluation set at \(set)") }
        let loaded = try EvaluationSet.load(from: set)
        let vectors = try TokenVectors.bundled()
        if dump {
            console.print(try String(decoding: JSONEncoder().encode(loaded.dump(background: vectors.background)), as: UTF8.self))
            return 0
        }
        let result = Evaluator(vectors: vectors).evaluate(loaded)
        console.print(EvaluationTable.render(result, misses: misses), terminator: "")
        if let minimumTop1, result.total.bearing.top1 < minimumTop1 {
            throw CommandFailure("bearing eval: top-1 \(EvaluationTable.format(result.total.bearing.top1)) is below \(EvaluationTable.format(minimumTop1))")
        }
        return 0
    }
}

/// The evaluation as an aligned text table.
enum EvaluationTable {
    static func render(_ result: Evaluator.Result, misses: Bool) -> String {
        let header = ["set", "items", "bearing top-1", "top-2", "full model top-1", "top-2", "tf-idf top-1", "top-2", "majority top-1", "top-2",
                      "orphan precision", "recall", "aligned flagged"]
        let rows = (result.rows + [result.total]).map { row in
            let accuracy = row.items == 0 ? Array(repeating: "–", count: 8)
                : [format(row.bearing.top1), format(row.bearing.top2), row.reference.map { format($0.top1) } ?? "–",
                   row.reference.map { format($0.top2) } ?? "–", format(row.tfidf.top1), format(row.tfidf.top2),
                   format(row.majority.top1), format(row.majority.top2)]
            return [row.name, "\(row.items + row.unrelated)"] + accuracy
                + [row.orphanPrecision.map(format) ?? "–", row.orphanRecall.map(format) ?? "–", "\(row.alignedFlagged)/\(row.items)"]
        }
        let widths = header.indices.map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { column, cell in
                column == 0 ? cell.padding(toLength: widths[0], withPad: " ", startingAt: 0)
                            : String(repeating: " ", count: widths[column] - cell.count) + cell
            }.joined(separator: "  ")
        }
        var out = ([header] + rows).map(line).joined(separator: "\n") + "\n"
        for skipped in result.skipped { out += "note: \(skipped)\n" }
        if misses {
            out += "\nmisplaced:\n" + result.misses.map { "  \($0.set): \($0.item) — expected \($0.expected), got \($0.predicted)" }.joined(separator: "\n") + "\n"
        }
        return out
    }

    static func format(_ value: Double) -> String { String(format: "%.3f", value) }
}
