import BearingModel

/// The anchor GitHub gives a lane's heading ("## Infrastructure, Documentation" → `infrastructure-documentation`), so that
/// a roadmap's own table of contents (`[Functionality](#Functionality)`, `[Fund Raising](#fund-raising)`) still leads
/// to its lanes on the site. The site's own `lane-0-…` anchors stay on the headings, for links made to them.
struct LaneAnchors {
    /// GitHub's anchor per lane index; none where it would repeat another id on the page.
    var byLane: [Int: String] = [:]

    init(lanes: [String], taken: Set<String>) {
        var used = taken
        for (index, title) in lanes.enumerated() {
            let anchor = Self.github(title)
            guard !anchor.isEmpty, !anchor.hasPrefix("lane-"), !used.contains(anchor) else { continue }
            used.insert(anchor)
            byLane[index] = anchor
        }
    }

    /// GitHub's heading anchor: lower case, punctuation other than `-` and `_` left out, each space a hyphen.
    static func github(_ title: String) -> String {
        String(title.lowercased().compactMap { character -> Character? in
            if character == " " { return "-" }
            return character.isLetter || character.isNumber || character == "-" || character == "_" ? character : nil
        })
    }

    /// `html` with links to a lane written in another case (`#Functionality`, `#Infrastructure-Documentation`) pointed at
    /// the lane's anchor: GitHub finds them by script, a browser only by the exact id.
    func linked(_ html: String) -> String {
        guard !byLane.isEmpty, html.contains("href=\"#") else { return html }
        let anchors = Dictionary(byLane.values.map { ($0.lowercased(), $0) }, uniquingKeysWith: { first, _ in first })
        var parts = html.components(separatedBy: "href=\"#")
        for index in parts.indices.dropFirst() {
            guard let end = parts[index].firstIndex(of: "\"") else { continue }
            let target = String(parts[index][..<end])
            if let anchor = anchors[target.lowercased()], anchor != target {
                parts[index] = anchor + parts[index][end...]
            }
        }
        return parts.joined(separator: "href=\"#")
    }
}
