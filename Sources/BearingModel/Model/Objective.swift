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
public struct Objective: Hashable, Sendable {
    public var id: String
    public var quarter: Quarter?
    public var title: String
    public var metadata: Metadata
    /// Every key result in the objective, those inside its initiatives included.
    public var keyResults: [KeyResult]
    public var initiatives: [Initiative]
    /// The objective's Markdown without its metadata block.
    public var body: String
    public var location: SourceLocation
    public var explicitID: Bool
    /// The metadata's references, resolved to ids by `ReferenceResolver`.
    public var resolved = ResolvedReferences()
    /// `body` as parsed, each initiative's heading carrying the initiative's anchor: the page is rendered from these.
    public var blocks: [Block]
    /// The label its writer numbered it with ("O1" from `## O1: Ship faster`), which a roadmap's `Objectives: O1` may name.
    public var code: String?
    /// Other names a reference may give it: the id and title it had while its title kept a label or marker since left out
    /// ("2027-q1/outcome-1-answer-every-query", "Outcome 1: Answer every query (committed)").
    public var aliases: [String]

    package init(id: String, quarter: Quarter? = nil, title: String, metadata: Metadata, keyResults: [KeyResult], initiatives: [Initiative], body: String, location: SourceLocation, explicitID: Bool, resolved: ResolvedReferences = ResolvedReferences(), blocks: [Block] = [], code: String? = nil, aliases: [String] = []) {
        self.blocks = blocks
        self.code = code
        self.aliases = aliases
        self.id = id
        self.quarter = quarter
        self.title = title
        self.metadata = metadata
        self.keyResults = keyResults
        self.initiatives = initiatives
        self.body = body
        self.location = location
        self.explicitID = explicitID
        self.resolved = resolved
    }
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

    package init(text: String, done: Bool, progress: Double? = nil, progressSource: ProgressSource, location: SourceLocation,
                 priority: String? = nil, figures: KeyResultFigures? = nil, owners: [String] = [], status: Status? = nil) {
        self.owners = owners
        self.status = status
        self.priority = priority
        self.figures = figures
        self.text = text
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

    package init(baseline: String? = nil, target: String? = nil, current: String? = nil) {
        self.baseline = baseline
        self.target = target
        self.current = current
    }

    /// "baseline 99.3%, target 99.5%, actual 98.9%": the figures as one phrase, for a page or a report line.
    public var summary: String {
        [("baseline", baseline), ("target", target), ("actual", current)].compactMap { label, value in value.map { "\(label) \($0)" } }
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
