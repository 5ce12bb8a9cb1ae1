import BearingModel

/// Heading levels as a reader sees the outline rather than as written: `## Engineering` over `#### Ship the beta`
/// is a section and the sections in it, the H4s standing where H3s would. Files pasted from word processors and
/// filled-in templates skip levels often; read as written, the H4s were text of the H2, and "Engineering" became one
/// objective holding every key result of the team.
enum HeadingLevels {
    /// `blocks` with each heading under a grouping H2 (or deeper) raised to one level below it. A heading groups when
    /// it holds no list or table of its own: one that does is an objective, and an H4 inside it (`#### Tracking` over
    /// a table of scores) is one of its parts, as written. The relation to the page's H1 title is left as written, and
    /// so are headings with no gap above them.
    static func closingGaps(_ blocks: [Block]) -> [Block] {
        var result = blocks
        // The enclosing headings: level as written, level as read, and whether a list or table comes before the next heading.
        var stack: [(written: Int, read: Int, holdsWork: Bool)] = []
        for index in result.indices {
            guard case .heading(let written, let content, let label) = result[index].kind else { continue }
            while let top = stack.last, top.written >= written { stack.removeLast() }
            var read = written
            if let parent = stack.last, parent.read >= 2, !parent.holdsWork, written > parent.read + 1 { read = parent.read + 1 }
            if read != written { result[index].kind = .heading(level: read, content: content, label: label) }
            let holdsWork = result[(index + 1)...].prefix { if case .heading = $0.kind { false } else { true } }.contains { block in
                switch block.kind {
                case .list, .table: true
                default: false
                }
            }
            stack.append((written, read, holdsWork))
        }
        return result
    }
}
