/// Settings from `bearing.yml`; every one is optional.
public struct WorkspaceConfig: Hashable, Sendable {
    public var title: String?
    public var baseURL: String?
    public var strategyPath = "strategy.md"
    /// Folders (or single files) holding objectives, relative to the workspace.
    public var objectivePaths = ["objectives"]
    public var roadmapPaths = ["roadmaps"]
    /// The bearing.yml line of each path `paths:` names: one that does not exist is an error there. Empty for the
    /// default folders, which a workspace may simply not have.
    public var pathLines: [String: Int] = [:]
    /// Target share of effort per priority, as written; they override the strategy's own `weights:`.
    public var weights: [WeightEntry] = []
    /// H2 headings that are not objectives or lanes ("Acknowledgements"); `*` matches any run of characters.
    public var ignoreHeadings: [String] = []
    /// The first month (1–12) of the fiscal year, from `fiscal_year_start: February`; nil reads no fiscal periods.
    /// FY*N* is the fiscal year that ends in calendar year *N*.
    public var fiscalYearStart: Int?
    /// Headings that name the strategy's priorities section (`priorities_heading:`), tried before Bearing's own guesses.
    public var prioritiesHeadings: [String] = []
    /// The date scores are computed for (YYYY-MM-DD), instead of the clock.
    public var today: String?
    /// Let raw HTML through into the site; off by default because plans come from many hands.
    public var allowHTML = false
    /// Files larger than this are refused with a diagnostic rather than read.
    public var maxFileBytes = 4 * 1024 * 1024
    /// Weeks without a change in a key result's progress before it is flagged stale (read from git history only).
    public var staleAfterWeeks = 6
    /// People named in more than one way (`people: { "Sam Kaur": ["@sam.k", "SK"] }`): each spelling of an owner is
    /// shown as the person's name. A handle or initials cannot be tied to a name without being told.
    public var people: [Person] = []

    public init() {}

    /// True when `heading` is listed in `ignore_headings` (case-insensitive, `*` as wildcard).
    public func ignores(heading: String) -> Bool {
        Self.matches(heading, anyOf: ignoreHeadings)
    }

    /// True when `heading` is one named in `priorities_heading` (same matching as `ignore_headings`).
    public func namesPriorities(heading: String) -> Bool {
        Self.matches(heading, anyOf: prioritiesHeadings)
    }

    private static func matches(_ heading: String, anyOf patterns: [String]) -> Bool {
        let candidate = heading.lowercased().trimmed
        return patterns.contains { HeadingPattern.matches(pattern: $0.lowercased().trimmed, candidate) }
    }
}

/// One `people:` entry: the name to show, and the other spellings and handles that mean the same person.
public struct Person: Hashable, Sendable {
    public var name: String
    public var spellings: [String]
    /// The entry's line in bearing.yml.
    public var line: Int

    package init(name: String, spellings: [String], line: Int = 1) {
        self.name = name
        self.spellings = spellings
        self.line = line
    }
}

/// One `weights:` entry: a priority reference and its target share.
public struct WeightEntry: Hashable, Sendable {
    public var reference: Reference
    public var value: Double

    package init(reference: Reference, value: Double) {
        self.reference = reference
        self.value = value
    }
}

package enum HeadingPattern {
    /// Glob match with `*` only, iterative so long headings cannot blow the stack.
    package static func matches(pattern: String, _ text: String) -> Bool {
        let p = Array(pattern), t = Array(text)
        var pi = 0, ti = 0, star = -1, mark = 0
        while ti < t.count {
            if pi < p.count, p[pi] == t[ti] { pi += 1; ti += 1 }
            else if pi < p.count, p[pi] == "*" { star = pi; mark = ti; pi += 1 }
            else if star >= 0 { pi = star + 1; mark += 1; ti = mark }
            else { return false }
        }
        while pi < p.count, p[pi] == "*" { pi += 1 }
        return pi == p.count
    }
}
