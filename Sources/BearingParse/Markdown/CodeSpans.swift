/// The code spans of a line of Markdown as written, for the rewrites that run before cmark reads the text (Obsidian's,
/// Hugo's) and must leave what is inside backticks alone.
enum CodeSpans {
    /// Each span from its opening run of backticks to the next run of as many; a run with no closing run opens no
    /// span (CommonMark's rule, without its line-joining, which the callers' single lines do not need).
    static func ranges(in text: Substring) -> [Range<String.Index>] {
        guard text.contains("`") else { return [] }
        var spans: [Range<String.Index>] = []
        var index = text.startIndex
        while let open = text[index...].firstIndex(of: "`") {
            let run = text[open...].prefix { $0 == "`" }
            var search = run.endIndex
            var closed: String.Index?
            while let next = text[search...].firstIndex(of: "`") {
                let closing = text[next...].prefix { $0 == "`" }
                if closing.count == run.count { closed = closing.endIndex; break }
                search = closing.endIndex
            }
            guard let closed else { index = run.endIndex; continue }
            spans.append(open..<closed)
            index = closed
        }
        return spans
    }
}
