import ArgumentParser
import BearingAlign
import BearingModel
import BearingParse
import Foundation

/// `bearing suggest`: inferred links for items that declare none; `--apply` writes them in.
struct SuggestCommand: ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "suggest",
        abstract: "List items without declared priorities and what inference proposes; --apply writes a Priorities: line.",
        discussion: """
            --apply adds one `Priorities:` line to each item whose suggestion is at least --threshold strong, \
            in the style of the item's metadata, and changes nothing else in the file: its byte-order mark, line \
            endings and permissions are kept, and a file that gains no line is not written. Files with encoding \
            problems are never written; a read-only file is reported and left alone (exit 1). Each file is replaced \
            atomically through `.<name>.bearing-tmp` beside it, which the next --apply removes if a run was killed. \
            An item whose metadata misspells the key (`Priorites: growth`) has that key corrected in place, its \
            value kept, instead of a second line.
            """
    )

    @OptionGroup var options: WorkspaceOptions
    @OptionGroup var alignment: AlignmentOptions

    @Flag(help: "Write the suggestions into the Markdown files.")
    var apply = false

    @Option(help: "Only suggestions at least this strong are applied (0…1).")
    var threshold = Suggestions.applyThreshold

    func run(_ console: Console) throws -> Int32 {
        let root = try options.root(console)
        let (plan, aligned) = try alignment.align(WorkspaceLoader().load(root: root), console: console)
        console.printErrors(of: plan)
        let suggestions = Suggestions.make(aligned, threshold: threshold).map { Self.byCode($0, strategy: aligned.strategy) }
        if suggestions.isEmpty { console.print("every objective and roadmap item declares its priorities"); return 0 }
        let misspelt = Self.misspeltKeys(suggestions, root: root)
        for suggestion in suggestions {
            console.print(Self.line(suggestion))
            if let fix = misspelt[suggestion.path + ":\(suggestion.line)"] {
                let action = suggestion.applicable ? "--apply corrects that key instead of adding a line" : "correct that key (--apply leaves items below the threshold alone)"
                console.print("    \(suggestion.path):\(fix.line) declares it as `\(fix.written): \(fix.value)`, a misspelt `\(fix.corrected):`; \(action)")
            }
        }
        guard apply else {
            console.error("bearing suggest: \(suggestions.filter(\.applicable).count) of \(suggestions.count) at or above \(threshold); run with --apply to write them")
            return 0
        }
        AtomicFile.removeLeftovers(beside: plan.files.map { Self.absolute($0, root: root) })
        var progress = Progress()
        write(suggestions.filter(\.applicable), root: root, plan: plan, progress: &progress, console: console)
        let corrected = progress.corrected == 0 ? "" : "; corrected \(progress.corrected) misspelt key\(progress.corrected == 1 ? "" : "s")"
        // What it could not write is counted here too: "wrote 0" after six "+" lines, the skips only on stderr, read as done.
        let skipped = progress.skipped == 0 ? "" : "; \(progress.skipped) suggestion\(progress.skipped == 1 ? "" : "s") could not be written (see `skipped` above)"
        console.print("wrote \(progress.written) Priorities: line\(progress.written == 1 ? "" : "s")\(corrected)\(skipped)")
        if !progress.refused.isEmpty { return 1 }
        return 0
    }

    /// The suggestion naming each priority by the code its heading gives it ("O1" for "### O1: Our digital experiences…"),
    /// as the writer's own references do, rather than by a slug of its title; only a code that names that priority alone.
    static func byCode(_ suggestion: Suggestion, strategy: Strategy) -> Suggestion {
        func named(_ id: String) -> String {
            guard let code = strategy.priority(id)?.code, ReferenceResolver().resolvePriority(code, in: strategy).id == id else { return id }
            return code
        }
        var result = suggestion
        result.priority = named(suggestion.priority)
        result.subPriority = suggestion.subPriority.map(named)
        return result
    }

    private static func line(_ suggestion: Suggestion) -> String {
        let mark = suggestion.applicable ? "+" : "?"
        let hint = suggestion.subPriority.map { "; closest sub-priority \($0)" } ?? ""
        if !suggestion.unresolved.isEmpty {
            // --apply adds no second line beside one that names no priority: the listing says what to correct instead.
            let written = suggestion.unresolved.map { "`\($0)`" }.joined(separator: ", ")
            return "\(mark) \(suggestion.path):\(suggestion.line): \(suggestion.title) declares \(written), which names no priority; "
                + "correct it to `Priorities: \(suggestion.priority)`  (strength \(String(format: "%.2f", suggestion.strength)); "
                + "\(suggestion.evidence.isEmpty ? "no word to name as evidence" : suggestion.evidence.joined(separator: ", "))\(hint))"
        }
        return "\(mark) \(suggestion.path):\(suggestion.line): \(suggestion.title) → Priorities: \(suggestion.priority)  "
            + "(strength \(String(format: "%.2f", suggestion.strength)); \(suggestion.evidence.isEmpty ? "no word to name as evidence" : suggestion.evidence.joined(separator: ", "))\(hint))"
    }

    /// The suggested items whose metadata misspells the priorities key, by "path:line": --apply corrects those keys.
    private static func misspeltKeys(_ suggestions: [Suggestion], root: String) -> [String: PrioritiesLineWriter.Correction] {
        var found: [String: PrioritiesLineWriter.Correction] = [:]
        for (path, group) in Dictionary(grouping: suggestions, by: \.path) {
            guard let data = FileManager.default.contents(atPath: absolute(path, root: root)) else { continue }
            let text = String(decoding: data.starts(with: [0xEF, 0xBB, 0xBF]) ? data.dropFirst(3) : data, as: UTF8.self)
            for (line, fix) in PrioritiesLineWriter.misspeltKeys(forItemsAt: group.map(\.line), in: text, path: path) { found["\(path):\(line)"] = fix }
        }
        return found
    }

    private static func absolute(_ path: String, root: String) -> String {
        path.hasPrefix("/") ? path : root + "/" + path
    }

    /// What --apply has done.
    private struct Progress {
        var written = 0
        /// Misspelt priorities keys corrected in place instead.
        var corrected = 0
        /// Suggestions the writer could not place (no item at the line, a table row…).
        var skipped = 0
        /// Files left alone as a whole (read-only, unreadable, or the write failed).
        var refused = Set<String>()
    }

    private func write(_ suggestions: [Suggestion], root: String, plan: Plan, progress: inout Progress, console: Console) {
        let unsafe = Set(plan.diagnostics.filter { [.notUTF8, .utf16File, .binaryFile, .fileTooLarge, .unreadableFile].contains($0.code) }.map(\.location.path))
        for (path, group) in Dictionary(grouping: suggestions, by: \.path).sorted(by: { $0.key < $1.key }) {
            guard !unsafe.contains(path) else { console.error("skipped \(path): it has encoding problems (run `bearing check`)"); continue }
            let insertions = group.map { PrioritiesFileWriter.Insertion(line: $0.line, value: $0.priority) }
            let outcome = PrioritiesFileWriter.apply(insertions, to: Self.absolute(path, root: root), displayPath: path)
            for (line, reason) in outcome.skipped.sorted(by: { $0.line < $1.line }) { console.error("skipped \(path):\(line): \(reason)") }
            progress.skipped += outcome.skipped.count
            // The item declared its priorities under a misspelt key: what it says is kept, and the suggestion is not added.
            for fix in outcome.corrected.sorted(by: { $0.line < $1.line }) {
                let suggested = group.filter { $0.line < fix.line }.max { $0.line < $1.line }
                let instead = suggested.flatMap { $0.priority == fix.value ? nil : "; the suggested `Priorities: \($0.priority)` was not added" } ?? ""
                console.print("corrected \(path):\(fix.line): `\(fix.written):` → `\(fix.corrected):`, keeping its value `\(fix.value)`\(instead)")
            }
            if let reason = outcome.refused {
                console.error("\(path): error: file \(reason)")
                progress.refused.insert(path)
            }
            progress.written += outcome.written
            progress.corrected += outcome.corrected.count
        }
    }
}
