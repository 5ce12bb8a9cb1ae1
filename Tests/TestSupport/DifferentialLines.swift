import Foundation

/// Lines to compare a fast scanner with the regular expression it stands in for: every line of the real plans in
/// ../shared/corpus and of the project's own Markdown, each also without its list marker (several expressions are
/// anchored at the start), and seeded random strings built from the pieces the expressions look for, ASCII and not.
public enum DifferentialLines {
    /// The repository root (this file is Tests/TestSupport/DifferentialLines.swift).
    public static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    public static let corpus = repository.deletingLastPathComponent().appendingPathComponent("shared/corpus")
    public static var corpusIsPresent: Bool { FileManager.default.fileExists(atPath: corpus.path) }

    /// The Markdown lines of the corpus (when present) and of the repository's own files.
    public static func fileLines() -> [String] {
        var lines: [String] = []
        for root in [corpus, repository.appendingPathComponent("objectives"), repository.appendingPathComponent("roadmaps"),
                     repository.appendingPathComponent("docs"), repository.appendingPathComponent("README.md"),
                     repository.appendingPathComponent("strategy.md")] {
            for file in markdownFiles(under: root) {
                guard let text = try? String(contentsOf: file, encoding: .utf8) else { continue }
                for line in text.split(omittingEmptySubsequences: true, whereSeparator: \.isNewline) {
                    let line = String(line)
                    lines.append(line)
                    let bare = line.drop { " \t-*+>#".contains($0) }.replacingOccurrences(of: "[ ] ", with: "").replacingOccurrences(of: "[x] ", with: "")
                    if bare != line { lines.append(String(bare)) }
                }
            }
        }
        return lines
    }

    private static func markdownFiles(under root: URL) -> [URL] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isFolder) else { return [] }
        guard isFolder.boolValue else { return [root] }
        let all = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? []
        return all.filter { ["md", "njk", "markdown", "txt"].contains($0.pathExtension) || $0.lastPathComponent.hasSuffix(".md.njk") }
            .sorted { $0.path < $1.path }
    }

    /// Pieces of the shapes the parsers' expressions match (dates, versions, ratios, labels, markup), plus words,
    /// separators and non-ASCII characters that stand near them (ſ and K fold to ASCII letters without case).
    static let pieces = [
        "24/7", "24 x 7", "24×7", "KR", "KR 1:", "KR1.2 -", "Key result 3:", "Key Result", "key results", "krs", "CEO KR:", "2026-03-31",
        "3/31/2026", "3/31", "31/3", "by", "due", "until", "end of", "Mar", "March", "sept", "3rd", "in", "2026", "1999", "Q3", "H1",
        "FY24", "v2", "v2.3", "1.2.3", "Python", "3.12", "release", "uptime", "availability", "SLA", "99.9%", "99.95 %", "%", "2-3",
        "2 - 3", "4–5", "—", "0", "5", "12", "40", "1,200", "75K", "$3", "€4", "/", "of", "now", "currently", "so far", "to date",
        "at", "score", "0.6", "done", "=>", "-->", "from", "to", "ſ", "K", "é", "٣", "۵", "\u{00A0}", "\t", ":", "::", ":::", "```",
        "`", "[", "]", "](", "](http://x.y)", "[a][b]", "<!--", "-->", "<b>", "<https://x.y>", "https://a.b/c", "www.x.org", "{#id}",
        "{.c}", "{ref}", "(label)=", "@ada", "@org/team", "#12", "org/repo#3", "deadbeef1", "abc1234", "Tasks", "**", "_", "#", "-",
        ".", "Hire", "engineers", "Adoption", "hubs migrated", "\r\n", "\n", "🎯", "✅", "Owner", "Ada",
    ]

    /// `count` seeded random strings of 1–12 pieces joined by nothing, a space or punctuation.
    public static func random(count: Int, seed: UInt64) -> [String] {
        var generator = SeededGenerator(state: seed)
        let joins = ["", " ", " ", " ", ", ", ": ", ". ", " (", ") "]
        return (0..<count).map { _ in
            let length = Int.random(in: 1...12, using: &generator)
            return (0..<length).map { _ in pieces.randomElement(using: &generator)! + joins.randomElement(using: &generator)! }.joined()
        }
    }

    /// The file lines and `randomCount` random strings.
    public static func all(randomCount: Int = 6_000, seed: UInt64 = 15) -> [String] {
        fileLines() + random(count: randomCount, seed: seed)
    }
}
