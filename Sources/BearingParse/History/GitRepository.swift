import BearingModel
import Foundation

/// The git repository a workspace lives in, and the questions `diff` and history ask of it.
public struct GitRepository: Sendable {
    /// The repository's top folder (the work tree).
    public let root: String
    /// The workspace's folder relative to `root`, with a trailing `/`; empty when the workspace is the root.
    public let workspacePrefix: String
    package let git: Git

    /// The repository holding the folder `workspace`; throws `RevisionError.notARepository` when there is none.
    /// git runs with `environment` (nil: the process's own).
    public init(workspace: String, environment: [String: String]? = nil) throws {
        let git = Git(folder: workspace, environment: environment)
        do {
            let top = try git.text(["rev-parse", "--show-toplevel"])
            workspacePrefix = try git.text(["rev-parse", "--show-prefix"])
            root = top
            self.git = Git(folder: top, environment: environment)
        } catch let error as GitError where error.notInstalled {
            throw RevisionError.gitMissing(error.message)
        } catch {
            throw RevisionError.notARepository(workspace)
        }
    }

    /// Whether git tracks any file in the workspace's folder. A workspace inside a repository that ignores it (a
    /// generated one, or one kept out of version control) has no history to read, and walking the repository's
    /// commits for it cost the benchmark's build a third of its wall time while finding nothing.
    public func tracksWorkspaceFiles() -> Bool {
        guard let listed = try? git.run(["ls-files", "-z", "--", workspacePrefix.isEmpty ? "." : workspacePrefix]) else { return true }
        return !listed.isEmpty
    }

    /// The full commit id `revision` names (a branch, tag, `HEAD~2`, an abbreviated id…).
    public func commit(_ revision: String) throws -> String {
        do {
            return try git.text(["rev-parse", "--verify", "--quiet", "--end-of-options", revision + "^{commit}"])
        } catch {
            throw RevisionError.unknownRevision(revision, shallow: isShallow)
        }
    }

    /// Whether the clone is shallow, so history before its cut is missing (actions/checkout's default).
    public var isShallow: Bool { (try? git.text(["rev-parse", "--is-shallow-repository"])) == "true" }

    /// The branch pull requests merge into: the pull request's base branch in GitHub Actions (`GITHUB_BASE_REF`),
    /// else `origin/HEAD`, else `main`, `master`, `origin/main`, `origin/master`, the first that exists; nil when none does.
    public func defaultBranch(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let base = environment["GITHUB_BASE_REF"], !base.isEmpty {
            // actions/checkout fetches the base as a remote branch; a local one is a fallback.
            if let found = ["origin/" + base, base].first(where: exists) { return found }
        }
        if let remoteHead = try? git.text(["symbolic-ref", "--quiet", "--short", "refs/remotes/origin/HEAD"]), !remoteHead.isEmpty {
            return remoteHead
        }
        return ["main", "master", "origin/main", "origin/master"].first(where: exists)
    }

    private func exists(_ revision: String) -> Bool {
        git.succeeds(["rev-parse", "--verify", "--quiet", "--end-of-options", revision + "^{commit}"])
    }

    /// The best common ancestor of two revisions; throws `RevisionError.noMergeBase` (saying whether the clone is
    /// shallow) when they share no history here.
    public func mergeBase(_ first: String, _ second: String) throws -> String {
        let a = try commit(first), b = try commit(second)
        do {
            return try git.text(["merge-base", a, b])
        } catch {
            throw RevisionError.noMergeBase(first, second, shallow: isShallow)
        }
    }

    /// The workspace's files as they are at `revision`, read from git's object store without a checkout.
    public func tree(at revision: String) throws -> RevisionTree {
        try RevisionTree(git: git, commit: try commit(revision), prefix: workspacePrefix)
    }
}

/// Why a revision could not be read, worded for the person running the command.
public enum RevisionError: Error, Equatable, CustomStringConvertible {
    case gitMissing(String)
    case notARepository(String)
    case unknownRevision(String, shallow: Bool)
    case noMergeBase(String, String, shallow: Bool)
    case noDefaultBranch
    case nothingBefore(String, shallow: Bool)
    case invalidDate(String, String)

    static let shallowHint = "the clone is shallow: fetch the history (`git fetch --unshallow`, or `fetch-depth: 0` in actions/checkout)"

    public var description: String {
        switch self {
        case .gitMissing(let message):
            "git is needed to read revisions, and it could not be run (\(message)); install git, or compare two workspaces with `bearing report --format json`"
        case .notARepository(let folder):
            "\(folder) is not inside a git repository, so there are no revisions to compare; run `git init` and commit the workspace, or run bearing diff in a clone"
        case .unknownRevision(let revision, let shallow):
            "no commit named \(revision)" + (shallow ? "; \(Self.shallowHint)" : "; check the name with `git log --oneline`, or fetch it (`git fetch origin \(revision)`)")
        case .noMergeBase(let first, let second, let shallow):
            "\(first) and \(second) have no common ancestor here" + (shallow ? "; \(Self.shallowHint)" : "; name the base revision: bearing diff BASE [HEAD]")
        case .nothingBefore(let date, let shallow):
            "no commit of the current branch on or before \(date)" + (shallow ? "; \(Self.shallowHint)" : "; the first commit is later (see `git log --reverse`)")
        case .invalidDate(let date, let reason):
            "\(date) is not a date: \(reason); give a revision or a date written YYYY-MM-DD"
        case .noDefaultBranch:
            "no default branch to compare with: neither GITHUB_BASE_REF, origin/HEAD, main, master, origin/main nor origin/master names a branch here; name the base revision: bearing diff BASE [HEAD]"
        }
    }
}
