/// Finds every task item (`- [ ] …` / `- [x] …`) in a run of blocks, nested lists and directives included,
/// and reads its progress.
struct KeyResultCollector {
    let path: String

    func collect(_ blocks: [Block], diagnostics: inout DiagnosticBag) -> [KeyResult] {
        var results: [KeyResult] = []
        for block in blocks { visit(block, into: &results, diagnostics: &diagnostics) }
        return results
    }

    private func visit(_ block: Block, into results: inout [KeyResult], diagnostics: inout DiagnosticBag) {
        switch block.kind {
        case .list(_, let items):
            for item in items {
                if let done = item.task {
                    results.append(keyResult(item, done: done, diagnostics: &diagnostics))
                }
                for inner in item.blocks { visit(inner, into: &results, diagnostics: &diagnostics) }
            }
        case .quote(let inner), .directive(_, _, _, let inner, _):
            for block in inner { visit(block, into: &results, diagnostics: &diagnostics) }
        case .table:
            results += tableKeyResults(block)
        default:
            break
        }
    }

    private func keyResult(_ item: ListItem, done: Bool, diagnostics: inout DiagnosticBag) -> KeyResult {
        var text = ""
        if case .paragraph(let content)? = item.blocks.first?.kind { text = content.plainText.trimmed }
        let reading = ProgressReader.read(text, checked: done)
        if let problem = reading.problem {
            diagnostics.warning(.progressUnreadable, "key result progress cannot be read: \(problem)", line: item.line, column: item.column)
        } else if done, reading.progress < 1, reading.source != .checkbox, reading.source != .score {
            // A score grades a finished key result (0.7 is a good OKR grade), so only measured forms can contradict the box.
            diagnostics.warning(.checkedIncomplete, "key result is checked but its text says \(Int((reading.progress * 100).rounded()))%",
                                line: item.line, column: item.column, fix: "update the figure, or uncheck the box until it is reached")
        }
        return KeyResult(text: text, done: done, progress: reading.progress, progressSource: reading.source,
                         location: SourceLocation(path: path, line: item.line, column: item.column))
    }
}
