import BearingModel

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

    /// What can still be read of front matter that does not parse as a whole: each top-level `key: value` line that
    /// parses on its own and opens no block (the line after it is not indented). One slip — a colon in a title
    /// (`title: OKRs: Q1 2027`), an unclosed bracket — breaks the whole block for YAML, and losing the `quarter: 2027-Q1`
    /// beside it turned one error into a second, misleading one: "add front matter `quarter:`" to a file that has it.
    /// Nil when no line stands on its own.
    static func salvage(_ yaml: String, openingLine: Int) -> YAMLValue? {
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        var entries: [YAMLEntry] = []
        for (index, line) in lines.enumerated() {
            guard let first = line.first, !first.isWhitespace, first != "#", first != "-", line.contains(":") else { continue }
            let next = lines.dropFirst(index + 1).first { !$0.allSatisfy(\.isWhitespace) }
            if let next, let lead = next.first, lead.isWhitespace || lead == "-" { continue }
            guard case .success(let value?) = YAMLReader.read(String(line), lineOffset: openingLine + index),
                  case .mapping(let found, _) = value, found.count == 1,
                  !entries.contains(where: { $0.key.lowercased() == found[0].key.lowercased() }) else { continue }
            entries.append(found[0])
        }
        return entries.isEmpty ? nil : .mapping(entries, line: openingLine + 1)
    }
}

extension FrontMatter {
    /// A top-level line of a block of `key: value` lines that is a key and a value with no colon between them
    /// (`quarter 2027-Q2` above `team: Fleet`): YAML reads it as text, then fails on the line after it. Nil unless
    /// another top-level line of the block is a `key:` line, so a block that is not a mapping is not taken for one.
    static func keyWithoutColon(_ yaml: String, openingLine: Int) -> (line: Int, text: String, key: String, value: String)? {
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.contains(where: { keyed.firstMatch(in: String($0)) != nil }) else { return nil }
        for (index, line) in lines.enumerated() {
            let text = String(line.trimmingTrailingSpace)
            guard !text.contains(":"), let groups = bare.firstMatch(in: text), let key = groups[1], let value = groups[2] else { continue }
            return (openingLine + 1 + index, text, key, value)
        }
        return nil
    }

    private static let keyed = Pattern(#"^[A-Za-z_][A-Za-z0-9_-]*:(\s|$)"#)
    private static let bare = Pattern(#"^([A-Za-z_][A-Za-z0-9_-]{0,30})[ \t]+([^\s#].*)$"#)
}

/// The metadata header Pelican and MultiMarkdown read (`Title: Five-year Strategic Plan` / `Slug: plan` at the very
/// top, ended by the first blank line): front matter in another syntax, read as such rather than shown as a paragraph.
enum MetadataHeader {
    /// The header's `key: value` pairs (keys lowercased) and the number of lines it takes, or nil when the file does not
    /// open with `Title:` or a line of the header is not `Key: value`.
    static func split(_ lines: [Substring]) -> (value: YAMLValue, lineCount: Int)? {
        guard let first = lines.first, first.lowercased().hasPrefix("title:") else { return nil }
        var entries: [YAMLEntry] = []
        for (index, line) in lines.enumerated() {
            let text = line.trimmingTrailingSpace
            if text.isEmpty { return entries.isEmpty ? nil : (.mapping(entries, line: 1), index) }
            guard let groups = field.firstMatch(in: String(text)), let key = groups[1], let value = groups[2] else { return nil }
            entries.append(YAMLEntry(key: key.lowercased(), value: .scalar(value, line: index + 1), line: index + 1))
        }
        return nil
    }

    private static let field = Pattern(#"^([A-Za-z][A-Za-z0-9_-]{0,30}):\s+(\S.*)$"#)
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
