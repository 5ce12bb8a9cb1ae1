/// Finds the workspace's files: the strategy, the objectives files and the roadmap files.
struct WorkspaceScanner {
    let fileSystem: FileSystem
    let root: String

    struct Files {
        var strategy: String?
        var objectives: [String]
        var roadmaps: [String]
    }

    func scan(_ config: WorkspaceConfig) -> Files {
        let strategy = fileSystem.fileExists(absolute(config.strategyPath)) ? config.strategyPath : nil
        return Files(strategy: strategy, objectives: markdownFiles(config.objectivePaths), roadmaps: markdownFiles(config.roadmapPaths))
    }

    /// `*.md` and `*.mdx` files below each path (or the path itself when it is a file), workspace-relative, sorted, unique.
    private func markdownFiles(_ paths: [String]) -> [String] {
        var found: [String] = []
        for path in paths {
            if let listed = fileSystem.listFiles(absolute(path)) {
                found += listed.filter { Self.isMarkdown($0) && !$0.split(separator: "/").last!.hasPrefix("_") }
                    .map { path.hasSuffix("/") ? path + $0 : path + "/" + $0 }
            } else if fileSystem.fileExists(absolute(path)) {
                found.append(path)
            }
        }
        var seen = Set<String>()
        return found.filter { seen.insert($0).inserted }.sorted()
    }

    /// `.md` and `.mdx` (MDX is read as Markdown once its imports and JSX tags are removed).
    static func isMarkdown(_ path: String) -> Bool {
        let lowered = path.lowercased()
        return lowered.hasSuffix(".md") || lowered.hasSuffix(".mdx")
    }

    func absolute(_ path: String) -> String {
        path.hasPrefix("/") ? path : (root.hasSuffix("/") ? root + path : root + "/" + path)
    }
}
