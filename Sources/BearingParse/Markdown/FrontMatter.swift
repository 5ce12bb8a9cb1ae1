/// YAML front matter between `---` lines at the very top of a Markdown file.
struct FrontMatter {
    /// The YAML text, without its fences.
    var yaml: String
    /// Line number (1-based) of the opening `---`; YAML line 1 is the line after it.
    var openingLine: Int
    /// Number of lines the front matter occupies, fences included.
    var lineCount: Int

    /// Splits front matter off `lines`. An opening fence without a closing one is not front matter.
    static func split(_ lines: [Substring]) -> FrontMatter? {
        guard let first = lines.first, first.trimmingTrailingSpace == "---" else { return nil }
        for index in lines.indices.dropFirst() {
            let line = lines[index].trimmingTrailingSpace
            if line == "---" || line == "..." {
                return FrontMatter(yaml: lines[1..<index].joined(separator: "\n"), openingLine: 1, lineCount: index + 1)
            }
        }
        return nil
    }
}

extension Substring {
    var trimmingTrailingSpace: Substring {
        var end = endIndex
        while end > startIndex, let previous = self[..<end].last, previous == " " || previous == "\t" || previous == "\r" {
            end = index(before: end)
        }
        return self[startIndex..<end]
    }
}
