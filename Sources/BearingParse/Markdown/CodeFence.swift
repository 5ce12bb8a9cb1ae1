/// Fenced code met while a line-for-line rewrite (`MkDocsMarkup`, `ObsidianMarkup`) walks a page: what a fence holds is
/// code, never markup to rewrite. A fence opens with three or more backticks or tildes indented at most three spaces,
/// and closes with a line of at least as many of the same mark and nothing else.
struct CodeFence {
    private var open: (marker: Character, count: Int)?

    /// Whether `line` is a fence line or inside fenced code, noting a fence it opens or closes.
    mutating func holds(_ line: String) -> Bool {
        if let open {
            if let closing = Self.marker(line), closing.marker == open.marker, closing.count >= open.count,
               line.trimmed.allSatisfy({ $0 == open.marker }) { self.open = nil }
            return true
        }
        guard let opening = Self.marker(line) else { return false }
        open = opening
        return true
    }

    private static func marker(_ line: String) -> (marker: Character, count: Int)? {
        let trimmed = line.drop { $0 == " " }
        guard line.count - trimmed.count <= 3, let first = trimmed.first, first == "`" || first == "~" else { return nil }
        let count = trimmed.prefix { $0 == first }.count
        return count >= 3 ? (first, count) : nil
    }

    /// The line after a page's front matter (`---` … `---` or `...` at the very top, or TOML's `+++` … `+++`); 0 when
    /// there is none.
    static func frontMatterEnd(_ lines: [String]) -> Int {
        guard let first = lines.first?.trimmed, first == "---" || first == "+++" else { return 0 }
        for index in lines.indices.dropFirst() {
            let line = lines[index].trimmed
            if first == "+++" ? line == "+++" : line == "---" || line == "..." { return index + 1 }
        }
        return 0
    }
}
