import ArgumentParser
import BearingAlign
import BearingCore
import Foundation

/// `bearing suggest`: inferred links for items that declare none; `--apply` writes them in.
struct SuggestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "suggest",
        abstract: "List items without declared priorities and what inference proposes; --apply writes a Priorities: line.",
        discussion: """
            --apply adds one `Priorities:` line to each item whose suggestion is at least --threshold strong, \
            in the style of the item's metadata, and changes nothing else in the file. Files with encoding \
            problems are never written.
            """
    )

    @OptionGroup var options: WorkspaceOptions
    @OptionGroup var alignment: AlignmentOptions

    @Flag(help: "Write the suggestions into the Markdown files.")
    var apply = false

    @Option(help: "Only suggestions at least this strong are applied (0…1).")
    var threshold = Suggestions.applyThreshold

    func run() throws {
        let root = try options.root()
        let (plan, aligned) = try alignment.align(WorkspaceLoader().load(root: root))
        printErrors(of: plan)
        let suggestions = Suggestions.make(aligned, threshold: threshold)
        if suggestions.isEmpty { print("every objective and roadmap item declares its priorities"); return }
        for suggestion in suggestions {
            let mark = suggestion.applicable ? "+" : "?"
            let hint = suggestion.subPriority.map { "; closest sub-priority \($0)" } ?? ""
            print("\(mark) \(suggestion.path):\(suggestion.line): \(suggestion.title) → Priorities: \(suggestion.priority)  "
                  + "(strength \(String(format: "%.2f", suggestion.strength)); \(suggestion.evidence.joined(separator: ", "))\(hint))")
        }
        guard apply else {
            printError("bearing suggest: \(suggestions.filter(\.applicable).count) of \(suggestions.count) at or above \(threshold); run with --apply to write them")
            return
        }
        try write(suggestions.filter(\.applicable), root: root, plan: plan)
    }

    private func write(_ suggestions: [Suggestion], root: String, plan: Plan) throws {
        let unsafe = Set(plan.diagnostics.filter { [.notUTF8, .binaryFile, .fileTooLarge, .unreadableFile].contains($0.code) }.map(\.location.path))
        var written = 0
        for (path, group) in Dictionary(grouping: suggestions, by: \.path).sorted(by: { $0.key < $1.key }) {
            guard !unsafe.contains(path) else { printError("skipped \(path): it has encoding problems (run `bearing check`)"); continue }
            let url = URL(fileURLWithPath: path.hasPrefix("/") ? path : root + "/" + path)
            var text = try String(contentsOf: url, encoding: .utf8)
            // Bottom-up, so each insertion leaves the line numbers of the ones still to come unchanged.
            for suggestion in group.sorted(by: { $0.line > $1.line }) {
                switch PrioritiesLineWriter.insert(suggestion.priority, forItemAt: suggestion.line, in: text, path: path) {
                case .success(let updated): text = updated; written += 1
                case .failure(let failure): printError("skipped \(path):\(suggestion.line): \(failure)")
                }
            }
            try AtomicFile.write(Data(text.utf8), to: url)
        }
        print("wrote \(written) Priorities: line\(written == 1 ? "" : "s")")
    }
}

/// Writes a file by writing a temporary file beside it and renaming it over the original.
enum AtomicFile {
    static func write(_ data: Data, to url: URL) throws {
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).bearing-\(ProcessInfo.processInfo.processIdentifier)")
        try data.write(to: temporary)
        if let attributes = try? FileManager.default.attributesOfItem(atPath: url.path), let permissions = attributes[.posixPermissions] {
            try? FileManager.default.setAttributes([.posixPermissions: permissions], ofItemAtPath: temporary.path)
        }
        guard rename(temporary.path, url.path) == 0 else {
            try? FileManager.default.removeItem(at: temporary)
            throw CocoaError(.fileWriteUnknown)
        }
    }
}
