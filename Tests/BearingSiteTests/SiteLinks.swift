import Foundation
import Testing

/// The links of a built site that lead nowhere: an in-page `#anchor` no element of its page has, a link to a page of
/// the site that is not there or lacks the anchor, a search result's link likewise, a link still naming one of the
/// workspace's Markdown files (the site publishes none of them), and an id given twice on one page (the second
/// cannot be reached). Links that leave the site — a scheme, `//`, a root path, a relative path to no page of the
/// site and no file of the workspace — are the writer's, and are not judged here.
enum SiteLinks {
    struct Dead: CustomStringConvertible {
        var page: String
        var href: String
        var why: String
        var description: String { "\(page): \(href) (\(why))" }
    }

    static func dead(in files: [(String, Data)], sources: [String] = []) -> [Dead] {
        var pages: [String: String] = [:]
        for (path, data) in files where path.hasSuffix(".html") { pages[path] = String(decoding: data, as: UTF8.self) }
        let existing = Set(files.map(\.0))
        let ids = pages.mapValues { values(of: " id=\"", in: $0) }
        let sourceNames = Set(sources.map { ($0 as NSString).lastPathComponent })
        var dead: [Dead] = []
        func judge(_ href: String, from page: String) {
            if href.hasPrefix("//") || href.hasPrefix("/") || href.range(of: "^[A-Za-z][A-Za-z0-9+.-]*:", options: .regularExpression) != nil { return }
            let hash = href.firstIndex(of: "#")
            let path = String(href[..<(hash ?? href.endIndex)]).components(separatedBy: "?")[0]
            let fragment = hash.map { String(href[href.index(after: $0)...]) }.map { $0.removingPercentEncoding ?? $0 }
            var target = page
            if !path.isEmpty {
                var resolved = resolve(path, from: page)
                if resolved.hasSuffix("/") || resolved.isEmpty { resolved += "index.html" }
                guard existing.contains(resolved) || existing.contains(resolved + "/index.html") else {
                    if resolved.hasSuffix(".html") { dead.append(Dead(page: page, href: href, why: "no such page")) }
                    if sourceNames.contains((path as NSString).lastPathComponent) {
                        dead.append(Dead(page: page, href: href, why: "a workspace file, not its page"))
                    }
                    return
                }
                let found = existing.contains(resolved) ? resolved : resolved + "/index.html"
                target = found
            }
            guard let fragment, !fragment.isEmpty, let targetIDs = ids[target] else { return }
            if !targetIDs.contains(fragment) { dead.append(Dead(page: page, href: href, why: target == page ? "no such id on the page" : "no such id on \(target)")) }
        }
        for (page, html) in pages.sorted(by: { $0.key < $1.key }) {
            for href in values(of: "href=\"", in: html) { judge(href, from: page) }
            var seen: Set<String> = []
            for id in values(of: " id=\"", in: html) where !seen.insert(id).inserted {
                dead.append(Dead(page: page, href: "#" + id, why: "id given twice"))
            }
        }
        if let index = files.first(where: { $0.0 == "assets/search-index.js" }),
           let hrefs = try? AnchorTests.searchHrefs(String(decoding: index.1, as: UTF8.self)) {
            // Search results are links from the site's root.
            for href in hrefs { judge(href, from: "search.html") }
        }
        return dead
    }

    /// Every value of an attribute (`prefix` ends with its opening quote), unescaped.
    static func values(of prefix: String, in html: String) -> [String] {
        html.components(separatedBy: prefix).dropFirst().compactMap { part in
            part.firstIndex(of: "\"").map { String(part[..<$0]) }
        }.map {
            $0.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
                .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
                .replacingOccurrences(of: "&amp;", with: "&")
        }
    }

    /// `relative` from `page`'s folder, as a path from the site's root.
    static func resolve(_ relative: String, from page: String) -> String {
        var parts = page.split(separator: "/").dropLast().map(String.init)
        let path = relative.removingPercentEncoding ?? relative
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..": if !parts.isEmpty { parts.removeLast() }
            default: parts.append(String(part))
            }
        }
        return parts.joined(separator: "/") + (path.hasSuffix("/") ? "/" : "")
    }
}
