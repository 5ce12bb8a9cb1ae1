import BearingModel
import Foundation

/// A relation property as Notion's Markdown export writes it: the related pages of another database, each as its title
/// and the path of its exported file,
///
///     Key Results: Time to first dashboard (../Key%20Results%202b3c…/Time%20to%20first%20dashboard%201b2c….md), Three …
///     Objective: [Grow revenue](../Objectives%201a2b…/Grow%20revenue%200a1b….md)
///     Events: ../Events%202e94…/A%20Letter%20Delivered%2030c4….md, ../Events%202e94…/Intro%20to%20Gilead%203ace….md
///
/// (newer exports, links, and older exports with the paths alone). The title is what the page is called; the path is
/// where it is, which tells two pages of one title apart.
struct NotionRelation: Hashable, Sendable {
    var title: String
    /// The page's file as written: relative to the file the relation is in, percent-encoded.
    var written: String

    /// The relation's pages, in order; nil when `value` is not wholly a list of exported pages.
    static func pages(in value: String) -> [NotionRelation]? {
        let text = value.trimmed
        guard text.contains(".md") else { return nil }
        var pages: [NotionRelation] = []
        var rest = text
        while !rest.isEmpty {
            let page: NotionRelation
            let end: String.Index
            if let match = bare.firstMatchWithRange(in: rest) {
                page = NotionRelation(title: Self.title(ofPath: match.groups[1] ?? ""), written: match.groups[1] ?? "")
                end = match.range.upperBound
            } else if let match = linked.firstMatchWithRange(in: rest) ?? titled.firstMatchWithRange(in: rest) {
                page = NotionRelation(title: (match.groups[1] ?? "").trimmed, written: match.groups[2] ?? "")
                end = match.range.upperBound
            } else {
                return nil
            }
            guard !page.title.isEmpty, !page.written.contains("://") else { return nil }
            pages.append(page)
            let after = rest[end...].drop { $0 == " " }
            guard after.isEmpty || after.first == "," else { return nil }
            rest = String(after.dropFirst().drop { $0 == " " })
        }
        return pages.isEmpty ? nil : pages
    }

    /// "Billing v2, Query cache": the pages' titles, when `value` is a relation; nil otherwise.
    static func titles(in value: String) -> String? {
        pages(in: value).map { $0.map(\.title).joined(separator: ", ") }
    }

    /// The workspace path of the page, from the file `from` the relation is written in; nil when it leaves the workspace.
    func path(from file: String) -> String? {
        RelativePath.resolve(written.removingPercentEncoding ?? written, from: file)
    }

    /// "Grow revenue" for `../Objectives%20…/Grow%20revenue%200a1b….md`: the file's name, decoded, without Notion's page id.
    static func title(ofPath path: String) -> String {
        let name = (path.split(separator: "/").last.map(String.init) ?? path)
        let decoded = name.removingPercentEncoding ?? name
        return FileName.stem(decoded)
    }

    // Notion encodes a page's file name as a URL's path is (spaces as %20) but leaves brackets and commas as they are:
    // "Time to first dashboard (p50)" is `Time%20to%20first%20dashboard%20(p50)%20….md`, "Docs, templates" is
    // `Docs,%20templates%20….md`. A path holds no space, so a comma in it is never the one between two pages.
    /// `Title (path.md)`: a page's title, then its file in brackets.
    private static let titled = Pattern(#"^([^\[].*?)\s*\(((?:[^()\s]|\([^()\s]*\))+\.md)\)"#)
    /// `[Title](path.md)`.
    private static let linked = Pattern(#"^\[([^\]]+)\]\(((?:[^()\s]|\([^()\s]*\))+\.md)\)"#)
    /// `../Folder/Title%20id.md`: the path alone.
    private static let bare = Pattern(#"^((?:[^,\s()\[\]]|,(?!\s)|\([^()\s]*\))+?\.md)(?=\s*(?:,|$))"#)
}
