import BearingAlign
import BearingCore

/// Where each page lives in the site, as paths relative to its root. Links between pages are made
/// relative (`root` + path), so the site works from file:// and under any base path.
enum SitePaths {
    static func priority(_ id: String) -> String { "priorities/\(component(id)).html" }
    static func quarter(_ quarter: String) -> String { "quarters/\(component(quarter)).html" }
    static func report(_ quarter: String) -> String { "reports/\(component(quarter)).html" }
    static func roadmap(_ id: String) -> String { "roadmaps/\(component(id)).html" }
    /// "2026-q4/cut-toil" → objectives/2026-q4/cut-toil.html
    static func objective(_ id: String) -> String { "objectives/" + id.split(separator: "/").map { component(String($0)) }.joined(separator: "/") + ".html" }

    /// The page of any item: initiatives live on their objective's page, roadmap items on their roadmap's board.
    static func item(_ item: AlignedItem) -> String {
        switch item.kind {
        case .objective: objective(item.id)
        case .initiative: objective(item.parent ?? item.id) + "#" + anchor(item.id)
        case .roadmapItem: roadmap(item.roadmap ?? "") + "#" + anchor(item.id)
        }
    }

    /// `../` once per folder level of `path`.
    static func root(of path: String) -> String {
        String(repeating: "../", count: path.split(separator: "/").count - 1)
    }

    /// A file-name-safe form: letters, digits, `-`, `_`, `.`; others become `-`.
    static func component(_ text: String) -> String {
        let safe = String(text.map { $0.isASCII && ($0.isLetter || $0.isNumber || "-_.".contains($0)) ? $0 : "-" })
        return safe.isEmpty || safe.hasPrefix(".") ? "x" + safe : safe
    }

    static func anchor(_ id: String) -> String { "item-" + component(id.replacingOccurrences(of: "/", with: "--")) }
}
