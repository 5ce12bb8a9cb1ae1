/// The strategy: its goal and context sections, and the tree of priorities everything aligns to.
public struct Strategy: Hashable, Sendable {
    public var path: String
    public var title: String
    /// Top-level priorities first in document order, each followed by its sub-priorities.
    public var priorities: [Priority] { didSet { index = Index(priorities) } }
    /// Goal, challenge, theory for impact, guiding policy…: every H2 that is not the priorities section.
    public var sections: [ContextSection]
    /// Target share of effort per priority id, normalised to sum to 1 (from `weights:` front matter).
    public var weights: [String: Double]
    /// What the document says before its first H2 (the title left out): the strategy's introduction.
    public var introBlocks: [Block] = []
    /// What the priorities section says before its first priority.
    public var prioritiesIntroBlocks: [Block] = []
    /// What the priorities section says after its list or table of priorities.
    public var prioritiesAfterBlocks: [Block] = []
    /// The priorities section's heading as written ("Our 3 priorities for 2027"), when the user wrote one; nil when the
    /// priorities were found without one of their own (a list under the title, a page whose headings are the statements).
    public var prioritiesTitle: String?
    /// How many of `sections` the document puts before the priorities section, so a page shows them in the order
    /// written ("Putting strategy into practice" after the priorities it puts into practice); nil when that place is
    /// not the priorities' own (found nested in another section or before the first heading): then they come last.
    public var prioritiesPosition: Int?
    /// The strategy's own word for its priorities, singular and plural, lowercased ("mission", "missions"), from the
    /// priorities heading ("## Our missions") and the label before each priority ("### Mission 1: …"). A field named
    /// with it (`Mission: 1`) refers to priorities.
    public var priorityWords: [String] = []
    /// Where the file's own links lead: its headings' GitHub anchors and its MyST targets.
    public var anchors = HeadingAnchors()

    public init(path: String, title: String, priorities: [Priority] = [], sections: [ContextSection] = [], weights: [String: Double] = [:]) {
        self.path = path
        self.title = title
        self.priorities = priorities
        self.sections = sections
        self.weights = weights
        index = Index(priorities)
    }

    /// Positions in `priorities` by id and by parent. Every page and row asks for priorities by id, and a scan per
    /// question made a strategy of thousands of priorities (a fuzzed one had 5,000) take seconds per hundred pages.
    private var index: Index

    private struct Index: Hashable, Sendable {
        var byID: [String: Int] = [:]
        var children: [String: [Int]] = [:]
        var topLevel: [Int] = []

        init(_ priorities: [Priority]) {
            for (position, priority) in priorities.enumerated() {
                // The first of a repeated id, as a scan from the start found it.
                if byID[priority.id] == nil { byID[priority.id] = position }
                if let parent = priority.parent { children[parent, default: []].append(position) } else { topLevel.append(position) }
            }
        }
    }

    public var topLevel: [Priority] { index.topLevel.map { priorities[$0] } }

    public func children(of id: String) -> [Priority] { (index.children[id] ?? []).map { priorities[$0] } }

    public func priority(_ id: String) -> Priority? { index.byID[id].map { priorities[$0] } }

    /// `priority(id)?.parent` without copying the priority: rows, links and suggestions ask it for every link, and each
    /// copy retained and released every field of the priority (about 20 M instructions of a one-file rebuild at 200
    /// files). Nil for a top-level priority and for an unknown id, as `priority(id)?.parent` is.
    public func parent(of id: String) -> String? { index.byID[id].flatMap { priorities[$0].parent } }
}

/// A strategic priority or sub-priority.
public struct Priority: Hashable, Sendable {
    public var id: String
    /// Position in the tree: "2" for the second priority, "2.1" for its first sub-priority.
    public var number: String
    public var title: String
    public var parent: String?
    /// The one-line summary (a `>` quote in the H3 shape, or the text after the bold title).
    public var summary: String?
    /// Everything else written about it, as Markdown.
    public var body: String
    /// "We will know this is working when …"
    public var successSignal: String?
    public var location: SourceLocation
    /// True when the id was written (`{#id}` or `(id)=`) rather than derived from the title.
    public var explicitID: Bool
    /// `body` as parsed.
    public var blocks: [Block]
    /// The code its heading or bold lead labels it with ("O1" in "### O1: Our digital experiences…"), a name the plan's
    /// references use for it; nil when none is written or it only numbers the position ("1.", "Priority 2:").
    public var code: String?
    /// The link its title was written as (`### [Growth](growth.md)`, `1. **[Training](workshops.md):** …`), as written:
    /// the title and id are its plain text, and the priority's page keeps the link.
    public var titleLink: Inline?

    public init(id: String, number: String, title: String, parent: String? = nil, summary: String? = nil,
                body: String = "", successSignal: String? = nil, location: SourceLocation, explicitID: Bool = false, blocks: [Block] = [],
                code: String? = nil) {
        self.code = code
        self.id = id
        self.number = number
        self.title = title
        self.parent = parent
        self.summary = summary
        self.body = body
        self.successSignal = successSignal
        self.location = location
        self.explicitID = explicitID
        self.blocks = blocks
    }
}

/// A strategy section that is not a priority: goal, challenge, theory for impact, policy, principles.
public struct ContextSection: Hashable, Sendable {
    public enum Kind: String, Sendable, Codable {
        case goal, challenge, theory, policy, principles, practice, other
    }
    public var id: String
    public var title: String
    public var kind: Kind
    public var body: String
    public var location: SourceLocation
    /// `body` as parsed.
    public var blocks: [Block]

    package init(id: String, title: String, kind: Kind, body: String, location: SourceLocation, blocks: [Block] = []) {
        self.blocks = blocks
        self.id = id
        self.title = title
        self.kind = kind
        self.body = body
        self.location = location
    }
}
