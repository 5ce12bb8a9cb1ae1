/// A roadmap file: lanes (H2) holding items.
public struct Roadmap: Hashable, Sendable {
    public var id: String
    public var path: String
    public var title: String
    public var lanes: [Lane]
    public var items: [RoadmapItem]
    /// The file's text before its first lane, under its title: shown above the board rather than dropped.
    public var intro: [Block] = []
    /// Sections about the roadmap that hold no items ("Non-Goals", "Known risks", "Motivation"), headings
    /// included: shown below the board, so that nothing the file says is lost from its page.
    public var notes: [Block] = []
    /// Where the file's own links lead: its headings' GitHub anchors and its MyST targets.
    public var anchors = HeadingAnchors()
    /// The folder of the Notion database this file is one page of, that page one item: the load makes the database's
    /// pages one roadmap (`RoadmapPages`). Nil for a roadmap written as a file.
    public var database: String?

    package init(id: String, path: String, title: String, lanes: [Lane], items: [RoadmapItem]) {
        self.id = id
        self.path = path
        self.title = title
        self.lanes = lanes
        self.items = items
    }
}

/// A roadmap column: a horizon (Now / Next / Later…), a period (2026-Q1) or a theme.
public struct Lane: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, Codable { case horizon, period, theme }
    public var title: String
    public var kind: Kind
    /// The normalised period when the lane is one ("2026-Q1", "Q3").
    public var period: String?
    public var location: SourceLocation
    /// The lane's own text when it holds no items ("## Current status" and a paragraph): shown in its place on the
    /// roadmap's page rather than dropped. Not part of the JSON form.
    public var intro: [Block] = []
    /// What the lane's group headings say besides their items ("### Better tooling", two paragraphs, then the bullets
    /// that are the items): shown with the group on the roadmap's page. Not part of the JSON form.
    public var groups: [LaneGroup] = []
    /// What the lane is about, in the file's words: a release's "#### Theme: Data quality and Lineage".
    public var summary: String?

    private enum CodingKeys: String, CodingKey { case title, kind, period, location, summary }

    package init(title: String, kind: Kind, period: String? = nil, location: SourceLocation) {
        self.title = title
        self.kind = kind
        self.period = period
        self.location = location
    }
}

/// A heading inside a lane whose lists are items, and its own text: paragraphs, quotes, code and tables around the
/// lists.
public struct LaneGroup: Hashable, Sendable {
    /// The items' `group`: "Core technology", or "Core technology / Core library" for an H4 inside an H3 group.
    public var title: String
    public var intro: [Block]

    package init(title: String, intro: [Block]) {
        self.title = title
        self.intro = intro
    }
}

/// One piece of planned work on a roadmap.
public struct RoadmapItem: Hashable, Sendable {
    public var id: String
    public var roadmap: String
    public var lane: String
    /// An H3 grouping inside the lane, when items are list items under it.
    public var group: String?
    /// From the lane, a "End of Q1:" paragraph, or a `Due:` line — the nearest wins.
    public var period: String?
    public var title: String
    public var metadata: Metadata
    public var body: String
    public var location: SourceLocation
    public var explicitID: Bool
    public var resolved = ResolvedReferences()
    /// Where the item's status came from when the item states none itself: its lane ("Ongoing Work", "Recently
    /// Completed"), its group, the sentence that introduces its list, or the roadmap's title. The card says so, since the
    /// writer gave it no status of its own.
    public var statusFrom: StatusOrigin?
    /// The body as parsed and as the card shows it: without its metadata lines, and for a list item without
    /// the bold title the card already shows.
    public var blocks: [Block]
    /// Ids the item had before its title was tidied (a wikilink's brackets or an Obsidian tag taken out): references
    /// written with them still find it.
    public var aliases: [String] = []

    package init(id: String, roadmap: String, lane: String, group: String? = nil, period: String? = nil, title: String, metadata: Metadata, body: String, location: SourceLocation, explicitID: Bool, resolved: ResolvedReferences = ResolvedReferences(), blocks: [Block] = []) {
        self.blocks = blocks
        self.id = id
        self.roadmap = roadmap
        self.lane = lane
        self.group = group
        self.period = period
        self.title = title
        self.metadata = metadata
        self.body = body
        self.location = location
        self.explicitID = explicitID
        self.resolved = resolved
    }
}

/// What gave a roadmap item the status it does not state itself.
public enum StatusOrigin: String, Hashable, Sendable {
    case lane
    case group
    /// "The following items were completed recently:" before its list.
    case leadIn = "lead-in"
    /// A roadmap titled as finished work ("Roadmap Completed Items").
    case file
    /// The ticks or marks on the item's own list of steps (a phase's `Plans:` checklist): the item's, but not a status
    /// it states, so a summary or progress row elsewhere in the file that states one says more.
    case steps
}
