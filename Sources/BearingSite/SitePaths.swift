import BearingAlign
import BearingModel
import BearingReport

/// Where each page lives in the site, as paths relative to its root. Links between pages are made
/// relative (`root` + path), so the site works from file:// and under any base path.
///
/// Ids map to file names through `component`, which is not one-to-one (`a+b` and `a-b` both give `a-b`), so the
/// paths are assigned once for the whole plan: two ids that would share a file (ignoring case, as macOS and Windows
/// do) get a suffix, and no name outgrows the 255 bytes file systems allow. Unknown ids fall back to the plain rule.
struct SitePaths: Sendable {
    private let priorities: [String: String]
    private let objectives: [String: String]
    private let roadmaps: [String: String]
    private let quarters: [String: String]
    /// Each objective's, initiative's and roadmap item's page (`item`), by id, the first of an id winning, with what it
    /// was made from: pages, rows, search groups and page keys ask for every item's page several times per build, and
    /// making each again (an anchor and two joined strings) was 32 M instructions of a one-file rebuild at 200 files.
    private var items: [String: ItemPage] = [:]

    private struct ItemPage: Sendable {
        var kind: AlignedItem.Kind
        /// The objective of an initiative, the roadmap of a roadmap item; nil for an objective.
        var owner: String?
        var path: String
        /// The anchor of an initiative or roadmap item (`anchor`).
        var anchor: String?
    }

    /// Everything `init(plan:)` reads of the plan, in order: with an equal source the paths are the same.
    struct Source: Sendable, Equatable {
        var parts: [Part] = []
        var quarters: [Quarter] = []

        struct Part: Sendable, Equatable {
            var kind: UInt8
            var id: String
        }

        init(plan: Plan) {
            parts.reserveCapacity(plan.objectiveFiles.count * 8)
            for priority in plan.strategy?.priorities ?? [] { parts.append(Part(kind: 0, id: priority.id)) }
            for file in plan.objectiveFiles {
                for objective in file.objectives {
                    parts.append(Part(kind: 1, id: objective.id))
                    for initiative in objective.initiatives { parts.append(Part(kind: 2, id: initiative.id)) }
                }
            }
            let roadmaps = plan.roadmaps
            // By index: a loop over the roadmaps themselves copies each one.
            for index in roadmaps.indices {
                parts.append(Part(kind: 3, id: roadmaps[index].id))
                for item in roadmaps[index].items {
                    parts.append(Part(kind: 4, id: item.id))
                    parts.append(Part(kind: 5, id: item.roadmap))
                }
            }
            quarters = plan.quarters
        }
    }

    /// The paths of `plan`, taken from `kept` when they were made from an equal source (`Source`): a rebuild in process
    /// keeps them, and making every item's page and anchor again was 39 M instructions of a one-file rebuild at 200
    /// files. Also returns what to keep for the next build.
    static func make(plan: Plan, kept: (source: Source, paths: SitePaths)?) -> (SitePaths, (source: Source, paths: SitePaths)) {
        let source = Source(plan: plan)
        if let kept, kept.source == source { return (kept.paths, kept) }
        let paths = SitePaths(plan: plan)
        return (paths, (source, paths))
    }

    init(plan: Plan) {
        // `index` is taken by the list pages of quarters and roadmaps.
        priorities = Self.assign(plan.strategy?.priorities.map(\.id) ?? [], reserved: ["index"])
        objectives = Self.assign(plan.objectiveFiles.flatMap { $0.objectives.map(\.id) }, reserved: ["index"])
        roadmaps = Self.assign(plan.roadmaps.map(\.id), reserved: ["index"])
        quarters = Self.assign(plan.quarters.map(\.description), reserved: ["index"])
        var items: [String: ItemPage] = [:]
        for file in plan.objectiveFiles {
            for objective in file.objectives {
                let page = self.objective(objective.id)
                if items[objective.id] == nil { items[objective.id] = ItemPage(kind: .objective, owner: nil, path: page) }
                for initiative in objective.initiatives where items[initiative.id] == nil {
                    let anchor = Self.anchor(initiative.id)
                    items[initiative.id] = ItemPage(kind: .initiative, owner: objective.id, path: page + "#" + anchor, anchor: anchor)
                }
            }
        }
        for roadmap in plan.roadmaps {
            for item in roadmap.items where items[item.id] == nil {
                let anchor = Self.anchor(item.id)
                items[item.id] = ItemPage(kind: .roadmapItem, owner: item.roadmap, path: self.roadmap(item.roadmap) + "#" + anchor, anchor: anchor)
            }
        }
        self.items = items
    }

    /// Every priority's page name by id: `priority(id)` follows from it alone.
    var priorityPages: [String: String] { priorities }

    func priority(_ id: String) -> String { "priorities/" + (priorities[id] ?? Self.name(id)) + ".html" }
    func quarter(_ quarter: String) -> String { "quarters/" + (quarters[quarter] ?? Self.name(quarter)) + ".html" }
    func report(_ quarter: String) -> String { "reports/" + (quarters[quarter] ?? Self.name(quarter)) + ".html" }
    func roadmap(_ id: String) -> String { "roadmaps/" + (roadmaps[id] ?? Self.name(id)) + ".html" }
    /// "2026-q4/cut-toil" → objectives/2026-q4/cut-toil.html
    func objective(_ id: String) -> String { "objectives/" + (objectives[id] ?? Self.path(id)) + ".html" }

    /// The page of any item: initiatives live on their objective's page, roadmap items on their roadmap's board.
    func item(_ item: AlignedItem) -> String {
        // The page made for the same id, kind and objective or roadmap: the same text as below.
        if let known = items[item.id], known.kind == item.kind,
           known.owner == (item.kind == .initiative ? item.parent : item.kind == .roadmapItem ? item.roadmap : nil) {
            return known.path
        }
        return switch item.kind {
        case .objective: objective(item.id)
        case .initiative: objective(item.parent ?? item.id) + "#" + Self.anchor(item.id)
        case .roadmapItem: roadmap(item.roadmap ?? "") + "#" + Self.anchor(item.id)
        }
    }

    /// `anchor(id)`, made once per build for the plan's initiatives and roadmap items.
    func itemAnchor(_ id: String) -> String { items[id]?.anchor ?? Self.anchor(id) }

    /// The longest file name, in bytes, before `.html`: 255 bytes is the limit of ext4, APFS and NTFS alike.
    static let maxName = 240

    /// Each id's path (folders for its `/`s, without `.html`), in order; an id whose path is taken, ignoring case,
    /// gets `-2`, `-3`…. A folder never ends in `.html` (see `path`), so a page and a folder never share a name either.
    static func assign(_ ids: [String], reserved: Set<String> = []) -> [String: String] {
        var taken = reserved
        var paths: [String: String] = [:]
        paths.reserveCapacity(ids.count)
        for id in ids where paths[id] == nil {
            let natural = path(id)
            var candidate = natural, n = 2
            while !taken.insert(candidate.lowercased()).inserted {
                candidate = capped(natural + "-\(n)", last: true)
                n += 1
            }
            paths[id] = candidate
        }
        return paths
    }

    /// The plain rule: each part between `/`s made a safe name; a folder named like a page gets a `-` (`a.html` → `a.html-`).
    static func path(_ id: String) -> String {
        // Most ids are already safe paths, used as they are.
        if isSafePath(id), id.utf8.count <= maxName, !id.lowercased().contains(".html/") { return id }
        var parts = parts(id).map(component)
        if parts.isEmpty { parts = [component("")] }
        for index in parts.indices.dropLast() where parts[index].lowercased().hasSuffix(".html") { parts[index] += "-" }
        return parts.map { capped($0, last: false) }.joined(separator: "/")
    }

    /// One file name for a whole id, `/`s included (priorities, roadmaps, quarters).
    static func name(_ id: String) -> String { capped(component(id), last: false) }

    /// A name cut to `maxName` bytes, ending in a hash of the whole so that two long names sharing a beginning stay apart.
    /// With `last`, only the path's last part is capped.
    private static func capped(_ text: String, last: Bool) -> String {
        if last, let slash = text.lastIndex(of: "/") {
            return String(text[...slash]) + capped(String(text[text.index(after: slash)...]), last: false)
        }
        guard text.utf8.count > maxName else { return text }
        // `component` leaves only ASCII, so cutting at a byte never splits a character.
        let hash = Slug.hash(text)
        return String(decoding: text.utf8.prefix(maxName - hash.utf8.count - 1), as: UTF8.self) + "-" + hash
    }

    /// `../` once per folder level of `path`.
    static func root(of path: String) -> String {
        String(repeating: "../", count: parts(path).count - 1)
    }

    /// The non-empty parts between `/`s; split on bytes when the text is ASCII, as every id and path almost always is.
    private static func parts(_ text: String) -> [String] {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return text.split(separator: "/").map(String.init) }
        return text.utf8.split(separator: UInt8(ascii: "/")).map { String(Substring($0)) }
    }

    /// A file-name-safe form: letters, digits, `-`, `_`, `.`; others become `-`.
    static func component(_ text: String) -> String { ItemAnchor.component(text) }

    private static func isSafe(_ byte: UInt8) -> Bool { ItemAnchor.isSafe(byte) }

    /// The anchor the item's heading or card carries (set on headings when parsing).
    static func anchor(_ id: String) -> String { ItemAnchor.make(id) }

    /// Whether `path` maps to itself: safe bytes in non-empty parts between single `/`s, none starting with `.`.
    static func isSafePath(_ path: String) -> Bool {
        var previous = UInt8(ascii: "/")
        for byte in path.utf8 {
            if byte == UInt8(ascii: "/") {
                if previous == UInt8(ascii: "/") { return false }
            } else if !isSafe(byte) || (byte == UInt8(ascii: ".") && previous == UInt8(ascii: "/")) {
                return false
            }
            previous = byte
        }
        return previous != UInt8(ascii: "/")
    }
}

extension SitePaths {
    /// The site's pages for a report's links, from `base` (a published address, or the way back to the site's root).
    func reportLinks(base: String) -> ReportLinks {
        let paths = self
        return ReportLinks(base: base) { page in
            switch page {
            case .item(let item): paths.item(item)
            case .priority(let id): paths.priority(id)
            case .quarter(let quarter): paths.quarter(quarter)
            case .review: "review.html"
            case .scoring: "scoring.html"
            }
        }
    }
}

extension SiteBuilder {
    /// Links to the pages `build` writes for `plan`, under the published address `base`: for a stakeholder update
    /// read outside the site.
    public static func reportLinks(plan: Plan, base: String) -> ReportLinks { SitePaths(plan: plan).reportLinks(base: base) }
}
