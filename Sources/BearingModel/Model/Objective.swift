/// One quarter's objectives file (`objectives/2026-Q4.md`).
public struct ObjectivesFile: Hashable, Sendable {
    public var path: String
    public var quarter: Quarter?
    public var title: String
    public var team: String?
    /// Prose before the first objective.
    public var intro: String
    public var objectives: [Objective]
    /// The intro as parsed, for the quarter page.
    public var introBlocks: [Block]
    /// Sections about the plan that hold no objectives ("## Overview", "### Current Status", "### Up Next"), headings
    /// included: shown on the quarter page, as a roadmap's notes are on its board, so that nothing the file says is
    /// lost from the site. Sections listed in `ignore_headings` are left out.
    public var notes: [Block] = []
    /// Where the file's own links lead: its headings' GitHub anchors and its MyST targets.
    public var anchors = HeadingAnchors()
    /// Set when the file is one key result's page of a Notion key-results database, which then has no objectives of
    /// its own: the load puts the key result under its objective (`KeyResultPages`).
    public var keyResultPage: KeyResultPage?

    package init(path: String, quarter: Quarter? = nil, title: String, team: String? = nil, intro: String, objectives: [Objective], introBlocks: [Block] = []) {
        self.introBlocks = introBlocks
        self.path = path
        self.quarter = quarter
        self.title = title
        self.team = team
        self.intro = intro
        self.objectives = objectives
    }
}

/// A quarterly objective: an H2 section of an objectives file.
///
/// Its fields sit in one shared, copy-on-write box: a plan's 6,000 objectives are copied whole by every flattening
/// (`Plan.objectives`), filter and table over them, and a copy of thirteen fields was about twenty reference counts
/// (9 % of a one-file rebuild's CPU in `perf`); a copy of the box is one. A write to a shared box copies it first, so
/// an objective still behaves as a value.
public struct Objective: Hashable, Sendable {
    public struct Fields: Hashable, Sendable {
        public var id: String
        public var quarter: Quarter?
        public var title: String
        public var metadata: Metadata
        public var keyResults: [KeyResult]
        public var initiatives: [Initiative]
        public var body: String
        public var location: SourceLocation
        public var explicitID: Bool
        public var resolved: ResolvedReferences
        public var blocks: [Block]
        public var code: String?
        public var aliases: [String]
        public var group: String?
    }

    /// Written only while uniquely referenced (`fields` makes it so first), hence `@unchecked`.
    private final class Box: @unchecked Sendable {
        var fields: Fields
        init(_ fields: Fields) { self.fields = fields }
    }

    private var box: Box

    /// Every field at once, for a reader that wants them all without a box access each.
    public var fields: Fields {
        get { box.fields }
        _modify {
            if !isKnownUniquelyReferenced(&box) { box = Box(box.fields) }
            yield &box.fields
        }
    }

    public var id: String {
        get { box.fields.id }
        _modify { yield &fields.id }
    }
    public var quarter: Quarter? {
        get { box.fields.quarter }
        _modify { yield &fields.quarter }
    }
    public var title: String {
        get { box.fields.title }
        _modify { yield &fields.title }
    }
    public var metadata: Metadata {
        get { box.fields.metadata }
        _modify { yield &fields.metadata }
    }
    /// Every key result in the objective, those inside its initiatives included.
    public var keyResults: [KeyResult] {
        get { box.fields.keyResults }
        _modify { yield &fields.keyResults }
    }
    public var initiatives: [Initiative] {
        get { box.fields.initiatives }
        _modify { yield &fields.initiatives }
    }
    /// The objective's Markdown without its metadata block.
    public var body: String {
        get { box.fields.body }
        _modify { yield &fields.body }
    }
    public var location: SourceLocation {
        get { box.fields.location }
        _modify { yield &fields.location }
    }
    public var explicitID: Bool {
        get { box.fields.explicitID }
        _modify { yield &fields.explicitID }
    }
    /// The metadata's references, resolved to ids by `ReferenceResolver`.
    public var resolved: ResolvedReferences {
        get { box.fields.resolved }
        _modify { yield &fields.resolved }
    }
    /// `body` as parsed, each initiative's heading carrying the initiative's anchor: the page is rendered from these.
    public var blocks: [Block] {
        get { box.fields.blocks }
        _modify { yield &fields.blocks }
    }
    /// The label its writer numbered it with ("O1" from `## O1: Ship faster`), which a roadmap's `Objectives: O1` may name.
    public var code: String? {
        get { box.fields.code }
        _modify { yield &fields.code }
    }
    /// Other names a reference may give it: the id and title it had while its title kept a label or marker since left out
    /// ("2027-q1/outcome-1-answer-every-query", "Outcome 1: Answer every query (committed)").
    public var aliases: [String] {
        get { box.fields.aliases }
        _modify { yield &fields.aliases }
    }
    /// The heading that groups it without being its period or only its team: "Grow revenue" from `## 1. Grow revenue`
    /// over `### Objective: …`. A priority it names exactly is the objective's when it declares none, as a roadmap
    /// item's group heading's is.
    public var group: String? {
        get { box.fields.group }
        _modify { yield &fields.group }
    }

    package init(id: String, quarter: Quarter? = nil, title: String, metadata: Metadata, keyResults: [KeyResult], initiatives: [Initiative], body: String, location: SourceLocation, explicitID: Bool, resolved: ResolvedReferences = ResolvedReferences(), blocks: [Block] = [], code: String? = nil, aliases: [String] = [], group: String? = nil) {
        box = Box(Fields(id: id, quarter: quarter, title: title, metadata: metadata, keyResults: keyResults, initiatives: initiatives,
                         body: body, location: location, explicitID: explicitID, resolved: resolved, blocks: blocks, code: code,
                         aliases: aliases, group: group))
    }

    public static func == (lhs: Objective, rhs: Objective) -> Bool {
        lhs.box === rhs.box || lhs.box.fields == rhs.box.fields
    }

    public func hash(into hasher: inout Hasher) {
        box.fields.hash(into: &hasher)
    }

    /// Whether both are the same storage, not only equal: then neither has been written since one was copied from the
    /// other, and what was worked out from one holds for the other without comparing them (`SiteRender.keyInputs`).
    package func isIdentical(to other: Objective) -> Bool { box === other.box }
}

/// An H3 section inside an objective.
public struct Initiative: Hashable, Sendable {
    public var id: String
    public var title: String
    public var metadata: Metadata
    public var keyResults: [KeyResult]
    public var body: String
    public var location: SourceLocation
    public var resolved = ResolvedReferences()

    /// `body` as parsed.
    public var blocks: [Block]

    package init(id: String, title: String, metadata: Metadata, keyResults: [KeyResult], body: String, location: SourceLocation, resolved: ResolvedReferences = ResolvedReferences(), blocks: [Block] = []) {
        self.blocks = blocks
        self.id = id
        self.title = title
        self.metadata = metadata
        self.keyResults = keyResults
        self.body = body
        self.location = location
        self.resolved = resolved
    }
}

/// A key result: a task item `- [ ] …` / `- [x] …`, or a plain item under a "Key results" label or starting
/// "KR:", with progress read from its text (docs/format.md).
public struct KeyResult: Hashable, Sendable, Codable {
    public var text: String
    /// A checked box, or progress read as complete.
    public var done: Bool
    /// 0…1, or nil when the text does not say (a plain bullet without a figure, a target without a current value).
    public var progress: Double?
    /// Which form the progress was read from.
    public var progressSource: ProgressSource
    public var location: SourceLocation
    /// The importance its writer marked it with ("P0" from `P0 - Ship X`, `[P2] Ship X`); `text` is without it.
    public var priority: String?
    /// The figures a table row gives beside its text (`| WPH on Dec 31 | 90,000 | 78,400 |`): the row's text names
    /// only the measure, so these are what it aims at and where it stands. Nil for a key result written as a line.
    public var figures: KeyResultFigures?
    /// Who answers for this key result, as written beside it (a table's Owner cell, `**Owner:**` under its heading,
    /// `(Owner: Ana)` or `— @ana` after its words), under the plan's one name per person. Empty when it names none:
    /// it does not inherit its objective's owner.
    public var owners: [String]
    /// How its writer says it stands (a Status cell, `Status: at risk` under its heading, `[at risk]` after its words);
    /// nil when not written. Its progress is read apart from this.
    public var status: Status?
    /// How much it counts in its objective's grade, as its writer weighed it (`Weight: 40%`, `(weight 2)`, a Weight
    /// cell); nil when not written. Relative: `KeyResultWeights` turns an objective's weights into shares.
    public var weight: KeyResultWeight?

    package init(text: String, done: Bool, progress: Double? = nil, progressSource: ProgressSource, location: SourceLocation,
                 priority: String? = nil, figures: KeyResultFigures? = nil, owners: [String] = [], status: Status? = nil,
                 weight: KeyResultWeight? = nil) {
        self.weight = weight
        self.owners = owners
        self.status = status
        self.priority = priority
        self.figures = figures
        // An MDX tag inside the words is blanked out in place (`MDXPreprocessor`): the key result is read as one line.
        self.text = text.singleSpaced
        self.done = done
        self.progress = progress
        self.progressSource = progressSource
        self.location = location
    }
}

/// A table key result's Baseline, Target and Actual cells as written; a column the table lacks or a cell left empty is nil.
public struct KeyResultFigures: Hashable, Sendable, Codable {
    public var baseline: String?
    public var target: String?
    public var current: String?
    /// The stretch figure written beside the committed target (`| Committed | Stretch |`, `Target (stretch)`): what
    /// the team reaches for beyond it. Shown and exported; progress counts against `target`.
    public var stretch: String?

    package init(baseline: String? = nil, target: String? = nil, current: String? = nil, stretch: String? = nil) {
        self.baseline = baseline
        self.target = target
        self.current = current
        self.stretch = stretch
    }

    /// "baseline 99.3%, target 99.5%, actual 98.9%": the figures as one phrase, for a page or a report line.
    public var summary: String {
        [("baseline", baseline), ("target", target), ("stretch", stretch), ("actual", current)]
            .compactMap { label, value in value.map { "\(label) \($0)" } }
            .joined(separator: ", ")
    }
}

/// The forms of progress the contract reads, in the order they are tried.
public enum ProgressSource: String, Hashable, Sendable, Codable {
    case ratio, percent, range, score, checkbox
    /// A result written after `=>` (`=> 78%`, `=> DONE`).
    case result
    /// A target and a current value without a start (`to 3% (currently 5%)`, `12; 5 done so far`).
    case current
    /// Progress is not stated, or not readable: `progress` is nil.
    case unknown
}
