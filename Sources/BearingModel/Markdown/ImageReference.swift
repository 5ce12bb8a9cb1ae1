import Foundation

/// An image the user's Markdown shows (`![x](images/a.png)` or an HTML `<img src="…">`): where it is written and what
/// its source names. The site copies the local ones into `media/` and shows the remote ones as links (docs/site.md).
public struct ImageReference: Hashable, Sendable {
    /// The source as written.
    public var source: String
    /// The workspace file and line it is written at.
    public var file: String
    public var line: Int

    public init(source: String, file: String, line: Int) {
        self.source = source
        self.file = file
        self.line = line
    }

    /// What a source names.
    public enum Target: Hashable, Sendable {
        /// A file of the workspace, by its workspace-relative path.
        case local(String)
        /// An http(s) address (or `//host/…`): loading it would be a request to another site.
        case remote(String)
        /// A relative path that climbs out of the workspace, or an absolute path: never read.
        case outside
        /// Nothing to copy or fetch: a `data:` or other scheme, a fragment, an empty source.
        case other
    }

    /// Where `source`, written in the workspace file `file`, leads. Query and fragment are dropped and
    /// percent-escapes decoded, as a browser would before asking for the file.
    public static func target(of source: String, in file: String) -> Target {
        let trimmed = source.trimmingCharacters(in: .whitespaces)
        let lower = trimmed.lowercased()
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("//") { return .remote(trimmed) }
        if trimmed.hasPrefix("/") || trimmed.hasPrefix("\\") { return .outside }
        guard !trimmed.isEmpty, !trimmed.hasPrefix("#") else { return .other }
        // A colon before any slash is a scheme (`data:`, `file:`); `C:` is a Windows absolute path, outside too.
        if let colon = trimmed.firstIndex(of: ":"), !trimmed[..<colon].contains("/") {
            return trimmed[..<colon].count == 1 ? .outside : .other
        }
        let written = String(trimmed.prefix { $0 != "?" && $0 != "#" })
        let decoded = written.removingPercentEncoding ?? written
        guard !decoded.isEmpty, let path = RelativePath.resolve(decoded, from: file) else { return .outside }
        return path.isEmpty ? .outside : .local(path)
    }

    /// Whether a link's destination names an image file by its extension (`a.png`, `b.svg?raw=true`).
    public static func isImageFile(_ destination: String) -> Bool {
        let path = destination.prefix { $0 != "?" && $0 != "#" }
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return false }
        return imageExtensions.contains(path[path.index(after: dot)...].lowercased())
    }

    static let imageExtensions: Set<String> = ["png", "jpg", "jpeg", "gif", "svg", "webp", "avif", "bmp", "ico", "apng"]

}

/// One `<img …>` tag of raw HTML, with the attributes the site keeps.
public struct HTMLImageTag: Hashable, Sendable {
    public var source: String
    public var alt: String
    public var title: String
    /// Where the tag is in the HTML it was found in.
    public var range: Range<String.Index>

    /// Every `<img …>` tag of `html` that has a `src`, in order.
    public static func all(in html: String) -> [HTMLImageTag] {
        guard html.range(of: "<img", options: .caseInsensitive) != nil else { return [] }
        var tags: [HTMLImageTag] = []
        var rest = html.startIndex..<html.endIndex
        while let open = html.range(of: "<img", options: .caseInsensitive, range: rest) {
            guard let close = html[open.upperBound...].firstIndex(of: ">") else { break }
            let next = html[open.upperBound]
            rest = html.index(after: close)..<html.endIndex
            // `<imgx>` is another tag.
            guard next.isWhitespace || next == "/" || next == ">" else { continue }
            let attributes = Self.attributes(html[open.upperBound..<close])
            guard let source = attributes["src"] else { continue }
            tags.append(HTMLImageTag(source: Self.unescaped(source), alt: Self.unescaped(attributes["alt"] ?? ""),
                                     title: Self.unescaped(attributes["title"] ?? ""), range: open.lowerBound..<html.index(after: close)))
        }
        return tags
    }

    /// `name="value"`, `name='value'` and `name=value` pairs, names lowercased; the first of a name wins, as in browsers.
    static func attributes(_ text: Substring) -> [String: String] {
        var out: [String: String] = [:]
        var index = text.startIndex
        func skipSpace() { while index < text.endIndex, text[index].isWhitespace || text[index] == "/" { index = text.index(after: index) } }
        while true {
            skipSpace()
            guard index < text.endIndex else { break }
            let nameStart = index
            while index < text.endIndex, !text[index].isWhitespace, text[index] != "=", text[index] != "/" { index = text.index(after: index) }
            let name = text[nameStart..<index].lowercased()
            while index < text.endIndex, text[index].isWhitespace { index = text.index(after: index) }
            var value = ""
            if index < text.endIndex, text[index] == "=" {
                index = text.index(after: index)
                while index < text.endIndex, text[index].isWhitespace { index = text.index(after: index) }
                if index < text.endIndex, text[index] == "\"" || text[index] == "'" {
                    let quote = text[index]
                    let start = text.index(after: index)
                    let end = text[start...].firstIndex(of: quote) ?? text.endIndex
                    value = String(text[start..<end])
                    index = end < text.endIndex ? text.index(after: end) : end
                } else {
                    let start = index
                    while index < text.endIndex, !text[index].isWhitespace { index = text.index(after: index) }
                    value = String(text[start..<index])
                }
            }
            if name.isEmpty { index = index < text.endIndex ? text.index(after: index) : index; continue }
            if out[name] == nil { out[name] = value }
        }
        return out
    }

    /// The few character references an attribute value usually holds.
    static func unescaped(_ text: String) -> String {
        guard text.contains("&") else { return text }
        return text.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}

extension Plan {
    /// Every image the text the site shows references, in file order: the strategy's intro, sections and priorities,
    /// each objectives file's intro, notes and objectives, each roadmap's intro, notes, lanes and items.
    public var imageReferences: [ImageReference] {
        var out: [ImageReference] = []
        if let strategy {
            var blocks = strategy.introBlocks + strategy.prioritiesIntroBlocks + strategy.prioritiesAfterBlocks
            for section in strategy.sections { blocks += section.blocks }
            for priority in strategy.priorities { blocks += priority.blocks }
            Self.images(in: blocks, file: strategy.path, into: &out)
        }
        for file in objectiveFiles {
            Self.images(in: file.introBlocks + file.notes + file.objectives.flatMap(\.blocks), file: file.path, into: &out)
        }
        for roadmap in roadmaps {
            let blocks = roadmap.intro + roadmap.notes + roadmap.lanes.flatMap { $0.intro + $0.groups.flatMap(\.intro) } + roadmap.items.flatMap(\.blocks)
            Self.images(in: blocks, file: roadmap.path, into: &out)
        }
        return out
    }

    private static func images(in blocks: [Block], file: String, into out: inout [ImageReference]) {
        for block in blocks {
            // The line each image is on: the block's first, one more after each line break.
            var line = block.line
            func inline(_ content: [Inline]) {
                for item in content {
                    switch item {
                    case .image(let source, let inner): out.append(ImageReference(source: source, file: file, line: line)); inline(inner)
                    case .link(let destination, let inner):
                        // `[![diagram](a.png)](a.png)`: the full-size image the picture opens is copied with it.
                        if ImageReference.isImageFile(destination) { out.append(ImageReference(source: destination, file: file, line: line)) }
                        inline(inner)
                    case .emphasis(let inner), .strong(let inner): inline(inner)
                    case .html(let html): for tag in HTMLImageTag.all(in: html) { out.append(ImageReference(source: tag.source, file: file, line: line)) }
                    case .softBreak, .lineBreak: line += 1
                    default: break
                    }
                }
            }
            switch block.kind {
            case .heading(_, let content, _), .paragraph(let content): inline(content)
            case .table(let header, let rows, _): for cell in header + rows.joined() { line = cell.line; inline(cell.content) }
            case .quote(let inner): images(in: inner, file: file, into: &out)
            case .list(_, let items): for item in items { images(in: item.blocks, file: file, into: &out) }
            case .directive(_, _, _, let body, _): images(in: body, file: file, into: &out)
            case .html(let html):
                for tag in HTMLImageTag.all(in: html) {
                    // The line of the tag, not of the block's start: a `<p align="center">` block may span many.
                    let line = block.line + html[..<tag.range.lowerBound].filter { $0 == "\n" }.count
                    out.append(ImageReference(source: tag.source, file: file, line: line))
                }
            default: break
            }
        }
    }
}
