import ArgumentParser
import BearingAlign
import BearingReport
import Foundation

/// `bearing rank FILE|-`: which proposals fit the strategy best, and why.
struct RankCommand: ConsoleCommand {
    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    static let configuration = CommandConfiguration(
        commandName: "rank",
        abstract: "Score proposals against the strategy's priorities and rank them, with reasons.",
        discussion: """
            Proposals are the H2 sections of the file, or its paragraphs and list items when it has none. \
            A proposal's score is its fit to its best priority, plus 0.2 when that priority has no work this quarter \
            and up to 0.1 when it gets less effort than its target weight (docs/scoring.md).
            """
    )

    @Argument(help: "A Markdown file of proposals, or - for standard input.")
    var file: String

    @OptionGroup var options: WorkspaceOptions
    @OptionGroup var alignment: AlignmentOptions

    @Option(help: "text or json.")
    var format: Format = .text

    func run(_ console: Console) throws -> Int32 {
        let text: String
        if file == "-" {
            text = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
        } else {
            guard let data = FileManager.default.contents(atPath: file) else { throw ValidationError("cannot read \(file)") }
            text = String(decoding: data, as: UTF8.self)
        }
        let proposals = ProposalRanker.proposals(in: text)
        guard !proposals.isEmpty else { throw ValidationError("no proposals in \(file): write one H2 section or paragraph per idea") }
        let (plan, aligned) = try alignment.align(try options.loadPlan(console), console: console)
        console.printErrors(of: plan)
        let ranked = ProposalRanker(vectors: try TokenVectors.bundled()).rank(proposals, alignment: aligned)
        switch format {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            encoder.keyEncodingStrategy = .convertToSnakeCase
            console.print(String(decoding: try encoder.encode(ranked), as: UTF8.self))
        case .text:
            for (position, proposal) in ranked.enumerated() {
                let flag = proposal.outOfScope == nil ? "" : "  [out of scope]"
                console.print("\(position + 1). \(proposal.title)  [score \(String(format: "%.2f", proposal.score))]\(flag)")
                for reason in proposal.reasons { console.print("   - \(reason)") }
            }
        }
        return 0
    }
}
