import BearingModel
import BearingParse

/// What in a workspace a change to matters: `bearing.yml`, the strategy file, the objective and roadmap folders
/// (as configured in bearing.yml) and `theme/`. Everything else — the built `_site/`, `.git/`, an editor's backup
/// beside the workspace — is not watched, so a build or a commit never triggers a rebuild.
public struct WatchList: Equatable, Sendable {
    /// Workspace-relative folders watched with everything under them.
    public var folders: [String]
    /// Workspace-relative single files.
    public var files: [String]

    public init(folders: [String], files: [String]) {
        self.folders = folders
        self.files = files
    }

    public init(config: WorkspaceConfig) {
        // A configured path may be a glob (`okrs/*.md`): the folder before its first wildcard is watched.
        let folders = (config.objectivePaths + config.roadmapPaths + ["theme"]).map(Self.folderPart)
        let strategy = Self.clean(config.strategyPath)
        self.init(folders: Array(Set(folders.filter { !$0.isEmpty })).sorted(),
                  files: Array(Set([ConfigLoader.fileName, strategy])).sorted())
    }

    /// The list for `plan`'s workspace, with the image files its text shows (`Plan.imageReferences`), wherever
    /// they are: a changed picture, or one that appears where the text expected it, rebuilds the site.
    public init(plan: Plan) {
        self.init(config: plan.config)
        var images = Set<String>()
        for reference in plan.imageReferences {
            if case .local(let path) = ImageReference.target(of: reference.source, in: reference.file) { images.insert(path) }
        }
        files = Array(Set(files).union(images)).sorted()
    }

    /// Whether a change to this workspace-relative path can change the site.
    public func isRelevant(_ path: String) -> Bool {
        let path = Self.clean(path)
        // Editors' swap and backup files (`.objectives.md.swp`, `2026-Q4.md~`) come and go with every keystroke.
        if let name = path.split(separator: "/").last, name.hasPrefix(".") || name.hasSuffix("~") { return false }
        if files.contains(path) { return true }
        return folders.contains { path == $0 || path.hasPrefix($0 + "/") }
    }

    /// The folders whose direct entries must be watched for the single files to be seen (the workspace root is "").
    public var fileFolders: [String] {
        Array(Set(files.map { path in path.split(separator: "/").dropLast().joined(separator: "/") })).sorted()
    }

    static func folderPart(_ path: String) -> String {
        let cleaned = clean(path)
        guard let wildcard = cleaned.firstIndex(where: { "*?[{".contains($0) }) else { return cleaned }
        return String(cleaned[..<wildcard].split(separator: "/", omittingEmptySubsequences: true).dropLast(cleaned[..<wildcard].hasSuffix("/") ? 0 : 1)
            .joined(separator: "/"))
    }

    static func clean(_ path: String) -> String {
        path.split(separator: "/").filter { $0 != "." }.joined(separator: "/")
    }
}
