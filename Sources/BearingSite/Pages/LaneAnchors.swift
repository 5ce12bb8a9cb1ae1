import BearingModel

/// The anchor GitHub gives a lane's heading ("## Infrastructure, Documentation" → `infrastructure-documentation`), so that
/// a roadmap's own table of contents (`[Functionality](#Functionality)`, `[Fund Raising](#fund-raising)`) still leads
/// to its lanes on the site (`SiteAnchors` points such links here). The site's own `lane-0-…` anchors stay on the
/// headings, for links made to them.
struct LaneAnchors {
    /// GitHub's anchor per lane index; none where it would repeat another id on the page.
    var byLane: [Int: String] = [:]
    private let titles: [String]

    init(_ roadmap: Roadmap) {
        titles = roadmap.lanes.map(\.title)
        var used = SiteAnchors.reserved
        // The items' anchors are taken too. Each begins with `item-` (`ItemAnchor.make`), so they are made only when a
        // lane's anchor does: making every item's anchor for every roadmap's lanes was 13 M instructions of a rebuild.
        var items: Set<String>?
        for (index, lane) in roadmap.lanes.enumerated() {
            let anchor = roadmap.anchors.byLine[lane.location.line] ?? HeadingAnchors.slug(lane.title)
            guard !anchor.isEmpty, !anchor.hasPrefix("lane-"), !used.contains(anchor) else { continue }
            if anchor.utf8.starts(with: "item-".utf8) {
                let taken = items ?? Set(roadmap.items.map { SitePaths.anchor($0.id) })
                items = taken
                if taken.contains(anchor) { continue }
            }
            used.insert(anchor)
            byLane[index] = anchor
        }
    }

    /// The site's own anchor of a lane's heading: its place and title, so that two lanes of one name differ.
    func siteAnchor(_ index: Int) -> String { "lane-\(index)-\(SitePaths.component(titles[index]))" }
}
