import Foundation

/// The commits that touched a workspace, oldest first, each with the files it changed: one
/// `git log --first-parent -m --raw -z` walk. `--raw` is `--name-status` with each file's object ids, so every
/// version of a file is named by its blob and read later in one `cat-file --batch`; `--first-parent` follows the
/// branch as it was published (a merge is one revision: what it brought in), `--no-renames` turns a rename into a
/// deletion and an addition, whatever the user's `diff.renames` says.
struct GitLog {
    struct Change: Equatable {
        /// Path relative to the workspace.
        var path: String
        /// The new listing entry; nil when the file was deleted (or became a submodule, which is not a file).
        var entry: RevisionTree.Entry?
    }

    struct Commit {
        var info: CommitInfo
        var changes: [Change]
    }

    /// Field separators: a commit starts with U+0001 (never in git's own fields), fields end with NUL.
    static let format = "--format=%x01%H%x00%an%x00%ae%x00%aI%x00%cI%x00"

    /// `paths` (workspace-relative files or folders) limits the walk to commits that touched them: in a handbook
    /// repository whose every commit changes some Markdown, only the plan's own files make a revision.
    static func arguments(prefix: String, since: String?, paths: [String]? = nil) -> [String] {
        var arguments = ["log", "--first-parent", "-m", "--raw", "-z", "--no-abbrev", "--no-renames", "--reverse", format]
        arguments.append(since.map { "\($0)..HEAD" } ?? "HEAD")
        if let paths, !paths.isEmpty {
            // Literal pathspecs: a folder named `[2026]` or `*` is a name here, not a pattern.
            arguments += ["--"] + paths.map { ":(literal)" + prefix + $0 }
        } else {
            arguments += ["--"] + (prefix.isEmpty ? [] : [prefix])
        }
        return arguments
    }

    /// The commits of `output` (of `arguments`); records that are not what git writes are skipped, not guessed at.
    static func parse(_ output: Data, prefix: String) -> [Commit] {
        output.split(separator: 0x01).compactMap { record -> Commit? in
            var fields = record.split(separator: 0, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
            guard fields.count >= 5 else { return nil }
            let info = CommitInfo(commit: fields[0], author: fields[1], email: fields[2], date: fields[3], committed: fields[4])
            fields.removeFirst(5)
            var changes: [Change] = []
            var index = 0
            while index + 1 < fields.count {
                let meta = fields[index].trimmingCharacters(in: .whitespacesAndNewlines)
                guard meta.hasPrefix(":") else { index += 1; continue }
                let path = fields[index + 1]
                index += 2
                guard path.hasPrefix(prefix), let change = change(meta, path: String(path.dropFirst(prefix.count))) else { continue }
                changes.append(change)
            }
            return Commit(info: info, changes: changes)
        }
    }

    /// One `--raw` record, `:<old mode> <new mode> <old object> <new object> <status>`.
    private static func change(_ meta: String, path: String) -> Change? {
        let parts = meta.dropFirst().split(separator: " ")
        guard parts.count == 5 else { return nil }
        let mode = parts[1], object = String(parts[3])
        let kind: RevisionTree.Entry.Kind? = switch mode {
        case "100644", "100664": .file
        case "100755": .executable
        case "120000": .symbolicLink
        default: nil  // deleted ("000000") or a submodule ("160000")
        }
        guard let kind, parts[4] != "D" else { return Change(path: path, entry: nil) }
        // The size is filled in once the blob is read; ls-tree's size is only used to refuse huge files early.
        return Change(path: path, entry: RevisionTree.Entry(kind: kind, object: object, size: 0))
    }
}

/// A commit, as history shows it: who wrote it and when.
public struct CommitInfo: Sendable, Hashable, Codable {
    public var commit: String
    public var author: String
    public var email: String
    /// The author date, ISO 8601 with the author's offset (`2026-03-02T10:00:00+01:00`).
    public var date: String
    /// The committer date: when it landed on the branch, which `--as-of DATE` goes by (as `git log --before` does).
    public var committed: String

    public init(commit: String, author: String, email: String, date: String, committed: String) {
        self.commit = commit
        self.author = author
        self.email = email
        self.date = date
        self.committed = committed
    }
}
