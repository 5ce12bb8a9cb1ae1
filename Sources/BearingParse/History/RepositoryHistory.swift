import BearingModel
import Foundation

/// Every revision of a workspace, read with one `git log` walk and one `git cat-file --batch` (no checkout):
/// each revision is served as a `RevisionTree`, so it is loaded, linked and scored by the same code as the
/// working tree. Only commits that changed a file the loader reads (Markdown, YAML) are revisions.
public struct RepositoryHistory: Sendable {
    /// The revisions, oldest first.
    public let commits: [CommitInfo]
    /// Whether the clone is shallow: the oldest revision is the cut, not the first commit.
    public let isShallow: Bool
    /// Each revision's changes, parallel to `commits`; changes of commits that are not revisions are folded into
    /// the next revision's.
    private let changes: [[GitLog.Change]]
    /// Every version read, by object id, shared by the revisions.
    private let blobs: [String: Data]
    private let git: Git
    /// The listing before the first revision: empty for a full history; the tree at `since` for a walk that
    /// continues an earlier one.
    private let base: [String: RevisionTree.Entry]

    /// With `baseline`, the walk's first revision is `since` itself (its whole tree, as it stood), so what the plan
    /// was at that commit is known without walking the commits before it.
    init(git: Git, prefix: String, since: String?, paths: [String]? = nil, baseline: Bool = false, isShallow: Bool) throws {
        self.git = git
        self.isShallow = isShallow
        let baseTree = try since.map { try RevisionTree(git: git, commit: $0, prefix: prefix) }
        base = baseTree?.entries ?? [:]
        let log = GitLog.parse(try git.run(GitLog.arguments(prefix: prefix, since: since, paths: paths)), prefix: prefix)
        var commits: [CommitInfo] = [], changes: [[GitLog.Change]] = []
        if baseline, let since, let info = GitLog.parse(try git.run(["log", "-1", "-z", GitLog.format, since]), prefix: prefix).first?.info {
            commits.append(info)
            changes.append([])
        }
        var pending: [GitLog.Change] = []
        var wanted: [String] = [], seen = Set<String>()
        for commit in log {
            pending += commit.changes
            guard commit.changes.contains(where: { RevisionTree.readsUpFront($0.path) }) else { continue }
            commits.append(commit.info)
            changes.append(pending)
            pending = []
            for change in commit.changes where RevisionTree.readsUpFront(change.path) {
                if let entry = change.entry, entry.kind != .symbolicLink, seen.insert(entry.object).inserted { wanted.append(entry.object) }
            }
        }
        self.commits = commits
        self.changes = changes
        // The base tree's files were read with it: revisions that keep them read them from here, not one git process each.
        blobs = try RevisionTree.batch(wanted.filter { baseTree?.blobs[$0] == nil }, git: git)
            .merging(baseTree?.blobs ?? [:]) { read, _ in read }
    }

    /// Calls `body` with each revision in order, oldest first; each tree is built from the previous one's listing.
    public func forEachRevision(_ body: (CommitInfo, RevisionTree) throws -> Void) rethrows {
        var entries = base
        for (info, changes) in zip(commits, changes) {
            for change in changes {
                guard var entry = change.entry else { entries[change.path] = nil; continue }
                entry.size = blobs[entry.object]?.count ?? entry.size
                entries[change.path] = entry
            }
            try body(info, RevisionTree(git: git, commit: info.commit, entries: entries, blobs: blobs))
        }
    }
}

extension GitRepository {
    /// The workspace's revisions, oldest first; with `since` (a commit of an earlier walk), only those after it, and
    /// with `baseline` the `since` commit first; with `paths` (workspace-relative), only the commits that changed one.
    public func history(since: String? = nil, paths: [String]? = nil, baseline: Bool = false) throws -> RepositoryHistory {
        try RepositoryHistory(git: git, prefix: workspacePrefix, since: since, paths: paths, baseline: baseline, isShallow: isShallow)
    }

    /// The commit `text` names: a revision (`HEAD~3`, a tag, an id) or a date `YYYY-MM-DD`, meaning the last commit
    /// of the current branch committed on or before that day, in UTC as every Bearing date (`git log --before` counts
    /// committer dates: when a commit landed on the branch).
    public func commit(asOf text: String) throws -> String {
        // `2026-13-45` is a date with a slip, not a branch name to look for.
        if let reason = DateText.missingDay(text) { throw RevisionError.invalidDate(text, reason) }
        if text.count == 10, DateText.parse(text) != nil {
            let found = (try? git.text(["rev-list", "-1", "--first-parent", "--before=\(text) 23:59:59 +0000", "HEAD"])) ?? ""
            guard !found.isEmpty else { throw RevisionError.nothingBefore(text, shallow: isShallow) }
            return found
        }
        return try commit(text)
    }

    /// Who made `commit` and when.
    public func info(_ commit: String) throws -> CommitInfo {
        let fields = try git.text(["show", "-s", "--format=%H%x00%an%x00%ae%x00%aI%x00%cI", commit]).split(separator: "\0", omittingEmptySubsequences: false)
        guard fields.count == 5 else { throw RevisionError.unknownRevision(commit, shallow: isShallow) }
        return CommitInfo(commit: String(fields[0]), author: String(fields[1]), email: String(fields[2]), date: String(fields[3]), committed: String(fields[4]))
    }
}
