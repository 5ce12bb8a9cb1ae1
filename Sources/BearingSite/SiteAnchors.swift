import BearingModel
import Foundation

/// Where the workspace's headings, labels and files land on the site, so that the links a file makes to them
/// (`[see below](#about-this-document)`, a table of contents, MyST's `[mission](our-mission)`, `[the roadmap](roadmap.md)`)
/// lead where they lead on GitHub. A heading that is no item (a "### Background" inside an objective's text) gets the
/// anchor GitHub gives it, kept unique on its page; an item's heading keeps the item's anchor, and a link to it by
/// GitHub's anchor is pointed there.
package struct SiteAnchors: Hashable, Sendable {
    /// A place on the site: a page, and an element of it (nil: the page itself).
    package struct Target: Hashable, Sendable {
        package var page: String
        package var id: String?
    }

    /// The id each heading that is no item is given, by file and line.
    private(set) var headingIDs: [String: [Int: String]] = [:]
    /// Where each of a file's GitHub anchors leads, by file and anchor lowercased (GitHub finds `#Introduction` too).
    private(set) var byAnchor: [String: [String: Target]] = [:]
    /// Where each MyST target (`(our-mission)=`) leads, lowercased: a MyST reference finds it from any file.
    private(set) var labels: [String: Target] = [:]
    /// The page each source file is shown on.
    private(set) var pages: [String: String] = [:]
    /// Per file, what its pages take from here: its headings' ids and where each of its links leads. A page's key
    /// (`SiteRender.key`) holds its file's, so that an edit elsewhere renders it again only when its links move.
    private(set) var fileKeys: [String: Int] = [:]

    /// Ids the site's own templates give elements: a heading's anchor never takes one of them.
    static let reserved: Set<String> = [
        "main", "notes", "objectives", "unplaced", "q", "problems-title", "tree-title", "weights-title", "strategy-changes",
        "attention-title", "balance-title", "changes-title", "figures-title", "gaps-title", "grades-title", "heat-title",
        "kpi-title", "orphans-title", "owners-title", "results-title", "stale-title", "teams-title", "s-priorities",
        "scored-then", "search-browse", "search-list", "search-status", "a-coverage", "a-gaps", "a-orphans", "a-suggest",
        "report-charts", "chart-heatmap",
    ]

    package init() {}

    init(plan: Plan, paths: SitePaths) {
        // Ids given so far on each page, by every file: a quarter page shows the introductions and notes of all the
        // files planning it, and two reports' "## Overview" headings gave one page two elements with one id. Consumed
        // by each file in turn and taken back, so that it is not copied once per file.
        var used: [String: Set<String>] = [:]
        if let strategy = plan.strategy {
            var file = FileAnchors(path: strategy.path, anchors: strategy.anchors, page: "strategy.html", used: consume used)
            for section in strategy.sections {
                file.item(line: section.location.line, Target(page: "strategy.html", id: "ctx-" + SitePaths.component(section.id)))
            }
            for priority in strategy.priorities {
                file.item(line: priority.location.line, Target(page: paths.priority(priority.id), id: nil))
                if priority.explicitID { file.named(priority.id, Target(page: paths.priority(priority.id), id: nil)) }
            }
            file.blocks(strategy.introBlocks + strategy.prioritiesIntroBlocks + strategy.prioritiesAfterBlocks, on: "strategy.html")
            for section in strategy.sections { file.blocks(section.blocks, on: "strategy.html") }
            for priority in strategy.priorities { file.blocks(priority.blocks, on: paths.priority(priority.id)) }
            add(file)
            used = file.used
        }
        for objectives in plan.objectiveFiles {
            let quarter = Plan.introQuarter(of: objectives).map { paths.quarter($0.description) } ?? "quarters/index.html"
            var file = FileAnchors(path: objectives.path, anchors: objectives.anchors, page: quarter, used: consume used)
            for objective in objectives.objectives {
                let page = paths.objective(objective.id)
                file.item(line: objective.location.line, Target(page: page, id: nil))
                if objective.explicitID { file.named(objective.id, Target(page: page, id: nil)) }
                for initiative in objective.initiatives {
                    file.item(line: initiative.location.line, Target(page: page, id: paths.itemAnchor(initiative.id)))
                }
            }
            file.blocks(objectives.introBlocks + objectives.notes, on: quarter)
            for objective in objectives.objectives { file.blocks(objective.blocks, on: paths.objective(objective.id)) }
            add(file)
            used = file.used
        }
        for roadmap in plan.roadmaps {
            let page = paths.roadmap(roadmap.id)
            var file = FileAnchors(path: roadmap.path, anchors: roadmap.anchors, page: page, used: consume used)
            let lanes = LaneAnchors(roadmap)
            for (index, lane) in roadmap.lanes.enumerated() {
                file.item(line: lane.location.line, Target(page: page, id: lanes.byLane[index] ?? lanes.siteAnchor(index)))
            }
            // By index, as below: a loop over the items themselves copied every item, twice per build.
            for index in roadmap.items.indices {
                file.item(line: roadmap.items[index].location.line, Target(page: page, id: paths.itemAnchor(roadmap.items[index].id)))
            }
            file.taken(lanes.byLane.values, on: page)
            file.blocks(roadmap.intro + roadmap.notes + roadmap.lanes.flatMap { $0.intro + $0.groups.flatMap(\.intro) }, on: page)
            for index in roadmap.items.indices { file.blocks(roadmap.items[index].blocks, on: page) }
            add(file)
            used = file.used
        }
        for (path, destinations) in links {
            var hasher = Hasher()
            hasher.combine(headingIDs[path])
            for destination in destinations {
                hasher.combine(destination)
                hasher.combine(target(of: destination, in: path))
            }
            fileKeys[path] = hasher.finalize()
        }
    }

    /// Each file's link destinations, in the order its text is gathered: for `fileKeys`, once every file is known.
    private var links: [String: [String]] = [:]

    /// What the pages showing `file`'s text take from the site's anchors (`fileKeys`).
    func key(of file: String) -> Int? { fileKeys[file] }

    private mutating func add(_ file: FileAnchors) {
        pages[file.path] = file.page
        links[file.path] = file.destinations
        headingIDs[file.path] = file.headingIDs
        var targets: [String: Target] = [:]
        // A heading or target shown nowhere on the site still leads to its file's page, not to an anchor no page has.
        for (line, anchor) in file.anchors.byLine { targets[anchor.lowercased()] = file.targets[line] ?? Target(page: file.page, id: nil) }
        for (id, target) in file.written where targets[id] == nil { targets[id] = target }
        byAnchor[file.path] = targets
        for (label, line) in file.anchors.labels where labels[label.lowercased()] == nil {
            labels[label.lowercased()] = file.targets[line] ?? file.labels[label] ?? Target(page: file.page, id: nil)
        }
    }

    /// The id of the heading at `line` of `file` when it is no item's.
    func headingID(file: String, line: Int) -> String? { headingIDs[file]?[line] }

    /// Where a link written in `file` leads on the site, or nil to keep it as written: `#anchor` (GitHub's anchor of
    /// one of the file's headings, in any case, or a MyST target), a bare MyST target name, or a relative path to
    /// another file of the workspace (with its own `#anchor`).
    func target(of destination: String, in file: String) -> Target? {
        if destination.hasPrefix("#") {
            let anchor = String(destination.dropFirst()).removingPercentEncoding ?? String(destination.dropFirst())
            return byAnchor[file]?[anchor.lowercased()] ?? labels[anchor.lowercased()]
        }
        if !destination.contains(where: { "/.:#?".contains($0) }), let label = labels[destination.lowercased()] { return label }
        guard !destination.hasPrefix("/"), !destination.contains("://"), !destination.lowercased().hasPrefix("mailto:") else { return nil }
        let hash = destination.firstIndex(of: "#")
        let written = String(destination[..<(hash ?? destination.endIndex)])
        guard !written.isEmpty, let path = RelativePath.resolve(written.removingPercentEncoding ?? written, from: file),
              let page = pages[path] else { return nil }
        guard let hash else { return Target(page: page, id: nil) }
        let anchor = String(destination[destination.index(after: hash)...])
        return byAnchor[path]?[(anchor.removingPercentEncoding ?? anchor).lowercased()] ?? Target(page: page, id: nil)
    }


    /// `target` as an href from `page`: `#id` on the page itself, else the relative path to the target's page.
    static func href(_ target: Target, from page: String) -> String {
        let fragment = target.id.map { "#" + $0 } ?? ""
        if target.page == page { return fragment.isEmpty ? "#main" : fragment }
        return SitePaths.root(of: page) + target.page + fragment
    }
}

/// One file's anchors as they are gathered: its items' places first, then the headings and labels of each part of its
/// text on the page that part is shown on.
private struct FileAnchors {
    let path: String
    let anchors: HeadingAnchors
    /// The file's own page: where a heading shown on no other page leads.
    let page: String
    var targets: [Int: SiteAnchors.Target] = [:]
    var headingIDs: [Int: String] = [:]
    var labels: [String: SiteAnchors.Target] = [:]
    /// Headings' written ids, lowercased.
    var written: [String: SiteAnchors.Target] = [:]
    /// Every link destination of the file's text shown on the site.
    var destinations: [String] = []
    /// Ids given on each page, by this file and the files before it, so that no two elements of one page share one.
    var used: [String: Set<String>] = [:]

    init(path: String, anchors: HeadingAnchors, page: String, used: [String: Set<String>]) {
        self.used = used
        self.path = path
        self.anchors = anchors
        self.page = page
    }

    mutating func item(line: Int, _ target: SiteAnchors.Target) {
        if targets[line] == nil { targets[line] = target }
        if let id = target.id { used[target.page, default: []].insert(id) }
    }

    /// An item's written `{#fast}`: the file's `[fast](#fast)` leads to the item's page, which shows no heading with
    /// that id (the item's heading is the page's title).
    mutating func named(_ id: String, _ target: SiteAnchors.Target) {
        if written[id.lowercased()] == nil { written[id.lowercased()] = target }
    }

    mutating func taken(_ ids: some Sequence<String>, on page: String) { used[page, default: []].formUnion(ids) }

    mutating func blocks(_ blocks: [Block], on page: String) {
        for block in blocks {
            switch block.kind {
            case .heading(_, let content, let label):
                links(content)
                if let label {
                    // A written `{#overview}` is kept unless the page already has that id (another file's "## Overview" on
                    // a quarter page, an id the templates use): then it is made unique as GitHub's anchors are, and the
                    // file's links to it follow it there.
                    // An item's heading carries the item's own anchor as its label, already taken by `item`: kept.
                    let safe = HTMLRenderer.safeID(label)
                    let own = targets[block.line] == SiteAnchors.Target(page: page, id: safe)
                    let id = headingIDs[block.line] ?? (own ? safe : unique(safe, on: page))
                    headingIDs[block.line] = id
                    let target = SiteAnchors.Target(page: page, id: id)
                    if targets[block.line] == nil { targets[block.line] = target }
                    // A written `{#id}` (or the item's own anchor) is found by that name too, as kramdown finds it.
                    if written[label.lowercased()] == nil { written[label.lowercased()] = target }
                } else if headingIDs[block.line] == nil, let anchor = anchors.byLine[block.line], !anchor.isEmpty {
                    let id = unique(anchor, on: page)
                    headingIDs[block.line] = id
                    if targets[block.line] == nil { targets[block.line] = .init(page: page, id: id) }
                }
            case .label(let label):
                // "(overview)=" before a heading, in a file shown on a page that has an "overview" already (another
                // file's "## Overview", an id the templates use, the label's own heading's anchor): made unique as a
                // written {#id} is, and a MyST reference to it follows it there.
                let id = headingIDs[block.line] ?? unique(HTMLRenderer.safeID(label), on: page)
                headingIDs[block.line] = id
                labels[label] = .init(page: page, id: id)
            case .paragraph(let content): links(content)
            case .table(let header, let rows, _): for cell in header + rows.joined() { links(cell.content) }
            case .quote(let inner): self.blocks(inner, on: page)
            case .list(_, let items): for item in items { self.blocks(item.blocks, on: page) }
            case .directive(_, _, _, let body, _): self.blocks(body, on: page)
            default: break
            }
        }
    }

    private mutating func links(_ content: [Inline]) {
        for inline in content {
            switch inline {
            case .link(let destination, let inner): destinations.append(destination); links(inner)
            case .emphasis(let inner), .strong(let inner), .image(_, let inner): links(inner)
            default: break
            }
        }
    }

    /// `anchor`, or `anchor-1`, `anchor-2`… when the page already has it or the site's templates use it.
    private mutating func unique(_ anchor: String, on page: String) -> String {
        var id = anchor, n = 1
        while SiteAnchors.reserved.contains(id) || used[page]?.contains(id) == true {
            id = "\(anchor)-\(n)"
            n += 1
        }
        used[page, default: []].insert(id)
        return id
    }
}
