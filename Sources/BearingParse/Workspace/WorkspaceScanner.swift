import BearingModel
import Foundation

/// Finds the workspace's files: the strategy, the objectives files and the roadmap files.
///
/// Symbolic links are followed only while they stay inside the workspace (or inside a folder `bearing.yml`
/// names outright): a link out of it would let a pull request publish any file the build machine can read.
/// Each link that is not followed is a warning naming it, so no file is ever skipped silently.
struct WorkspaceScanner {
    let fileSystem: FileSystem
    let root: String

    struct Files: Sendable {
        var strategy: String?
        var objectives: [String]
        var roadmaps: [String]
        var diagnostics: [Diagnostic] = []
    }

    func scan(_ config: WorkspaceConfig) -> Files {
        var walk = Walk(scanner: self, config: config)
        var strategy: String?
        if fileSystem.fileExists(absolute(config.strategyPath)), walk.admits(config.strategyPath, configured: "the plan has no strategy") {
            strategy = config.strategyPath
            walk.claim(config.strategyPath, role: "the strategy")
        }
        let objectives = walk.markdownFiles(config.objectivePaths, role: "objectives")
        let roadmaps = walk.markdownFiles(config.roadmapPaths, role: "a roadmap")
        var elsewhere = objectives.isEmpty ? quarterFilesElsewhere(config, read: Set([strategy].compactMap { $0 } + roadmaps)) : []
        if roadmaps.isEmpty { elsewhere += roadmapFilesElsewhere(config, read: Set([strategy].compactMap { $0 } + objectives)) }
        return Files(strategy: strategy, objectives: objectives, roadmaps: roadmaps, diagnostics: missingPaths(config) + walk.diagnostics + elsewhere)
    }

    /// With no objectives read from the default folder, Markdown files named for a quarter elsewhere in the workspace
    /// (`okrs/2026-Q3.md`, kept before Bearing was adopted): said once, with the setting that reads them, since
    /// otherwise `check` reports "no problems" on a plan it did not read. Only when bearing.yml names no objectives
    /// path (one it names that is missing is an error of its own), so a configured workspace never pays for the walk.
    private func quarterFilesElsewhere(_ config: WorkspaceConfig, read: Set<String>) -> [Diagnostic] {
        guard let elsewhere = objectivesElsewhere(config, read: read), let first = elsewhere.found.first else { return [] }
        let found = elsewhere.found
        let usual = WorkspaceConfig().objectivePaths
        let shown = found.prefix(3).joined(separator: ", ") + (found.count > 3 ? " and \(found.count - 3) more" : "")
        let inQuarterFolders = found.contains { path in
            let name = path.split(separator: "/").last.map(String.init) ?? path
            return Quarter.find(in: name.split(separator: ".").first.map(String.init) ?? name, fiscalStart: config.fiscalYearStart) == nil
        }
        let named = inQuarterFolders ? (found.count == 1 ? "is kept in a quarter's folder but is not in it" : "are kept in quarters' folders but are not in it")
            : found.count == 1 ? "is named for a quarter but is not in it" : "are named for quarters but are not in it"
        return [Diagnostic(.warning, .misplacedFile,
                           "no objectives are read: the objectives folder `\(usual[0])` does not exist or holds no Markdown, and \(shown) \(named), so \(found.count == 1 ? "it is" : "they are") not read",
                           at: SourceLocation(path: first),
                           fix: "if \(found.count == 1 ? "it holds" : "they are") the plan's objectives, set `paths: { objectives: \(elsewhere.setting(listing: 4)) }` in \(ConfigLoader.fileName)")]
    }

    /// Files found outside the folder Bearing reads by default, and the `paths:` setting that reads them.
    struct Elsewhere {
        var found: [String]
        /// The one folder holding them all, when there is one to name.
        var folder: String?

        /// The setting's value: the folder, the one file, or a flow list of the first `listing` files (all when nil).
        func setting(listing: Int? = nil) -> String {
            if let folder { return folder }
            if found.count == 1, let first = found.first { return first }
            return "[" + found.prefix(listing ?? found.count).joined(separator: ", ") + "]"
        }

        /// The setting as YAML for bearing.yml: every file, and a path quoted where YAML would read it otherwise
        /// (`OKRs: 2027/…`, `#team/…`).
        var yaml: String {
            func quoted(_ path: String) -> String {
                guard path.contains(where: { ":#[]{},&*!|>'\"%@`\\".contains($0) }) || path.first == " " || path.last == " " else { return path }
                return "\"" + path.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
            }
            if let folder { return quoted(folder) }
            if found.count == 1, let first = found.first { return quoted(first) }
            return "[" + found.map(quoted).joined(separator: ", ") + "]"
        }
    }

    /// Markdown files named for a quarter (or kept in a quarter's folder) outside `objectives/`, that speak of objectives.
    func objectivesElsewhere(_ config: WorkspaceConfig, read: Set<String>) -> Elsewhere? {
        let usual = WorkspaceConfig().objectivePaths
        guard config.objectivePaths == usual, !config.objectivePaths.contains(where: { config.pathLines[$0] != nil }),
              let listed = fileSystem.listFiles(root) else { return nil }
        let found = listed.filter { path in
            guard Self.isMarkdown(path), !read.contains(path), !usual.contains(where: { path.hasPrefix($0 + "/") }) else { return false }
            // `okrs/2026-Q3.md`, or a note per objective in a quarter's folder (`OKRs/2027-Q1/Grow revenue.md`).
            let parts = path.split(separator: "/").map(String.init)
            let stem = parts.last.map { $0.split(separator: ".").first.map(String.init) ?? $0 } ?? path
            return (Quarter.find(in: stem, fiscalStart: config.fiscalYearStart) != nil
                || parts.dropLast().contains { Quarter.find(in: $0, fiscalStart: config.fiscalYearStart) != nil }) && mentionsObjectives(path)
        }
        guard !found.isEmpty else { return nil }
        // A quarter's folder (`OKRs/2027-Q1/`) is read with the next quarter's beside it from the folder above.
        let folders = Set(found.map { path in
            var parts = path.split(separator: "/").dropLast()
            if let last = parts.last, parts.count > 1, Quarter.find(in: String(last), fiscalStart: config.fiscalYearStart) != nil { parts = parts.dropLast() }
            return parts.joined(separator: "/")
        })
        // One folder holds them all: that folder is the setting; else the files themselves.
        return Elsewhere(found: found, folder: folders.count == 1 ? (folders.first.flatMap { $0.isEmpty ? "." : $0 } ?? ".") : nil)
    }

    /// With no roadmap read from the default folder, Markdown files that are roadmaps by name elsewhere (`ROADMAP.md` at
    /// the root of a repository, `docs/roadmap.md`, a vault's `Roadmap/` folder): said once with the setting that reads
    /// them, as quarter files elsewhere are, where `check` said "no problems" and the site had no roadmap.
    private func roadmapFilesElsewhere(_ config: WorkspaceConfig, read: Set<String>) -> [Diagnostic] {
        guard let elsewhere = roadmapsElsewhere(config, read: read), let first = elsewhere.found.first else { return [] }
        let found = elsewhere.found
        let usual = WorkspaceConfig().roadmapPaths
        let shown = found.prefix(3).joined(separator: ", ") + (found.count > 3 ? " and \(found.count - 3) more" : "")
        let named = found.count == 1 ? "is named as a roadmap but is not in it" : "are named as roadmaps but are not in it"
        return [Diagnostic(.warning, .misplacedFile,
                           "no roadmap is read: the roadmaps folder `\(usual[0])` does not exist or holds no Markdown, and \(shown) \(named), so \(found.count == 1 ? "it is" : "they are") not read",
                           at: SourceLocation(path: first),
                           fix: "if \(found.count == 1 ? "it is the plan's roadmap" : "they are the plan's roadmaps"), set `paths: { roadmaps: \(elsewhere.setting(listing: 4)) }` in \(ConfigLoader.fileName)")]
    }

    /// Markdown files named as roadmaps, or kept in a folder so named, outside `roadmaps/`.
    func roadmapsElsewhere(_ config: WorkspaceConfig, read: Set<String>) -> Elsewhere? {
        let usual = WorkspaceConfig().roadmapPaths
        guard config.roadmapPaths == usual, !config.roadmapPaths.contains(where: { config.pathLines[$0] != nil }),
              let listed = fileSystem.listFiles(root) else { return nil }
        let found = listed.filter { path in
            guard Self.isMarkdown(path), !read.contains(path), !usual.contains(where: { path.hasPrefix($0 + "/") }) else { return false }
            let parts = path.lowercased().split(separator: "/")
            // Bearing's own output and a site generator's: a built site is no source.
            guard !parts.contains(where: { ["_site", "node_modules", "public", "site", "vendor"].contains(String($0)) }) else { return false }
            let stem = parts.last.map { $0.split(separator: ".").first.map(String.init) ?? String($0) } ?? ""
            return Self.roadmapNames.contains(stem) || parts.dropLast().contains { Self.roadmapNames.contains(String($0)) }
        }
        guard !found.isEmpty else { return nil }
        let folders = Set(found.map { path in path.split(separator: "/").dropLast().joined(separator: "/") })
        // A site's roadmap section (`content/docs/roadmap/`) keeps its pages in folders of their own: the section is
        // the setting that reads them all.
        let section = found.count > 1 ? Self.commonFolder(found).flatMap { folder -> String? in
            let last = folder.split(separator: "/").last.map { $0.lowercased() } ?? ""
            return Self.roadmapNames.contains(last) ? folder : nil
        } : nil
        let folder = section ?? (folders.count == 1 && found.count > 1 && !(folders.first ?? "").isEmpty ? folders.first : nil)
        return Elsewhere(found: found, folder: folder)
    }

    /// The deepest folder holding every one of `paths`; nil when it is the workspace itself.
    private static func commonFolder(_ paths: [String]) -> String? {
        guard var common = paths.first.map({ Array($0.split(separator: "/").dropLast()) }) else { return nil }
        for path in paths.dropFirst() {
            let parts = path.split(separator: "/").dropLast()
            common = Array(zip(common, parts).prefix { $0 == $1 }.map(\.0))
        }
        return common.isEmpty ? nil : common.joined(separator: "/")
    }

    private static let roadmapNames: Set<String> = ["roadmap", "roadmaps", "product-roadmap", "product roadmap", "project-roadmap"]

    /// Whether the file speaks of objectives, key results or OKRs at all: `notes/h1-2026.md` of meeting notes beside a
    /// strategy and roadmaps is named for a half, yet holds no plan to read, and a warning about it could not be silenced.
    private func mentionsObjectives(_ path: String) -> Bool {
        guard let size = fileSystem.fileSize(absolute(path)), size <= 2_000_000,
              let data = try? fileSystem.readFile(absolute(path)) else { return false }
        let text = String(decoding: data, as: UTF8.self).lowercased()
        return ["objective", "key result", "okr", "kr1", "kr 1", "kr:", "goal"].contains { text.contains($0) }
    }

    /// An objectives or roadmaps path bearing.yml names that does not exist: an error at its line, as a missing strategy
    /// is, since reading nothing from it empties the plan with no other sign. (The default folders may be absent.)
    private func missingPaths(_ config: WorkspaceConfig) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for (paths, what, usual) in [(config.objectivePaths, "objectives", "objectives"), (config.roadmapPaths, "roadmaps", "roadmaps")] {
            for path in paths {
                guard let line = config.pathLines[path], !fileSystem.fileExists(absolute(path)) else { continue }
                let guess = path != usual && !paths.contains(usual) && fileSystem.fileExists(absolute(usual)) ? usual : nil
                found.append(Diagnostic(.error, .configInvalid, "`paths: \(what)` names \(path), which does not exist; no \(what) are read from it",
                                        at: SourceLocation(path: ConfigLoader.fileName, line: line),
                                        fix: guess.map { "did you mean `\($0)`? That folder exists" } ?? "create it, or correct the path in \(ConfigLoader.fileName)"))
            }
        }
        return found
    }

    /// Why the existing file at `path` (workspace-relative) may not be read, if it may not.
    func admission(of path: String, config: WorkspaceConfig) -> Diagnostic? {
        guard fileSystem.fileExists(absolute(path)) else { return nil }
        var walk = Walk(scanner: self, config: config)
        _ = walk.admits(path)
        return walk.diagnostics.first
    }

    /// `_index.md`: the page over a folder of a Hugo or Zola site (its section page, with the section's title and
    /// introduction), read as any page is, though other names starting with `_` are partials.
    static func isSectionPage(_ name: String) -> Bool {
        FileName.stem(name).lowercased() == "_index"
    }

    /// `.md`, `.markdown` (what GitHub also renders as Markdown) and `.mdx` (read as Markdown once its imports and JSX
    /// tags are removed).
    static func isMarkdown(_ path: String) -> Bool {
        let lowered = path.lowercased()
        return lowered.hasSuffix(".md") || lowered.hasSuffix(".mdx") || lowered.hasSuffix(".markdown")
    }

    func absolute(_ path: String) -> String {
        path.hasPrefix("/") ? path : (root.hasSuffix("/") ? root + path : root + "/" + path)
    }

    /// Absolute and lexically normalized (`.` and `..` removed, links untouched).
    static func normalized(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        // The walk asks for every file it finds, and nearly every path is normal already (no `.` or `..` part, no
        // doubled or trailing slash): Foundation's standardizing of 2,000 of them was 3 % of a one-file rebuild.
        if isPlainAbsolute(absolute) { return absolute }
        return URL(fileURLWithPath: absolute).standardized.path
    }

    /// True when no part of `path` (absolute) starts with a dot or is empty: lexically normal as it stands. (A part
    /// that only starts with a dot, a hidden file, takes the slow way.)
    private static func isPlainAbsolute(_ path: String) -> Bool {
        var previous: UInt8 = 0
        for byte in path.utf8 {
            if previous == UInt8(ascii: "/"), byte == UInt8(ascii: "/") || byte == UInt8(ascii: ".") { return false }
            previous = byte
        }
        return previous != UInt8(ascii: "/")
    }

    /// One scan's state: the folders already walked (so link loops end) and the files already found by their
    /// real path (so a file linked from two places is read once).
    private struct Walk {
        let scanner: WorkspaceScanner
        /// The workspace folder, lexically and with links resolved.
        let root: String
        let realRoot: String
        /// Real paths of the folders whose contents may be read.
        let allowed: [String]
        var walkedFolders = Set<String>()
        var claimed = Set<String>()
        /// The role each real path was first read in ("the strategy", "objectives").
        var roles: [String: String] = [:]
        var diagnostics: [Diagnostic] = []

        init(scanner: WorkspaceScanner, config: WorkspaceConfig) {
            self.scanner = scanner
            let fileSystem = scanner.fileSystem
            let root = WorkspaceScanner.normalized(scanner.absolute("."))
            let realRoot = fileSystem.realPath(root) ?? root
            // A folder bearing.yml names outside the workspace was chosen by its author; links out of it are not.
            let outside = ([config.strategyPath] + config.objectivePaths + config.roadmapPaths)
                .map { WorkspaceScanner.normalized(scanner.absolute($0)) }
                .filter { !Walk.contains($0, in: root) }
            self.root = root
            self.realRoot = realRoot
            allowed = [realRoot] + outside.map { fileSystem.realPath($0) ?? $0 }
        }

        static func contains(_ path: String, in folder: String) -> Bool {
            path == folder || path.hasPrefix(folder.hasSuffix("/") ? folder : folder + "/")
        }

        func realPath(_ path: String) -> String? {
            scanner.fileSystem.realPath(scanner.absolute(path))
        }

        /// Whether the file or folder at `path` resolves to a place that may be read; says why when it does not.
        /// `configured` says what is lost when a path of the configuration is not read ("the plan has none of its objectives"):
        /// an error, so a CI job does not publish an empty plan as green. A link further down is a warning.
        mutating func admits(_ path: String, real: String?? = nil, configured: String? = nil) -> Bool {
            guard let real = real ?? realPath(path) else {
                if scanner.fileSystem.isLinkLoop(scanner.absolute(path)) {
                    diagnostics.append(Diagnostic(
                        .error, .unreadableFile, "\(path) is a symbolic link loop: following its links leads back to it, never to a file; not read",
                        at: SourceLocation(path: path), fix: "point the link at the file it should show, or remove it"))
                } else {
                    diagnostics.append(Diagnostic(
                        .error, .unreadableFile, "\(path) is a symbolic link to nothing (what it points to does not exist); not read",
                        at: SourceLocation(path: path), fix: "point the link at an existing file, or remove it"))
                }
                return false
            }
            if allowed.contains(where: { Walk.contains(real, in: $0) }) { return true }
            if let configured {
                diagnostics.append(Diagnostic(
                    .error, .linkOutsideWorkspace,
                    "\(path) is a symbolic link to \(real), outside the workspace; not read, so \(configured)",
                    at: SourceLocation(path: path),
                    fix: "name \(real) in \(ConfigLoader.fileName) (`paths:`) to read it from there, or copy it into the workspace"))
                return false
            }
            diagnostics.append(Diagnostic(
                .warning, .linkOutsideWorkspace, "\(path) is a symbolic link to \(real), outside the workspace; not read",
                at: SourceLocation(path: path), fix: "copy what it points to into the workspace, or link to a file inside it"))
            return false
        }

        /// Marks a file as found; false when the same real file was already found through another path.
        @discardableResult
        mutating func claim(_ path: String, real: String?? = nil, role: String? = nil) -> Bool {
            let key = (real ?? realPath(path)) ?? scanner.absolute(path)
            if let role, roles[key] == nil { roles[key] = role }
            return claimed.insert(key).inserted
        }

        /// `*.md` and `*.mdx` files below each path (or the path itself when it is a file), workspace-relative, sorted, unique.
        mutating func markdownFiles(_ paths: [String], role: String) -> [String] {
            var found: [String] = []
            let lost = "the plan has none of the \(role == "a roadmap" ? "roadmaps" : role) in it"
            for path in paths {
                let absolute = scanner.absolute(path)
                if scanner.fileSystem.listFiles(absolute) != nil {
                    collect(folder: path, into: &found, configured: lost)
                } else if scanner.fileSystem.fileExists(absolute) {
                    // One file named for two roles (`strategy: README.md` and `objectives: README.md`) is read in the
                    // first only: each parser would take the other's sections for its own. Said, so the rest is not lost silently.
                    if let first = realPath(path).flatMap({ roles[$0] }), first != role {
                        diagnostics.append(Diagnostic(
                            .warning, .skippedFile, "\(path) is read as \(first) only, not also as \(role): one file is read in one role",
                            at: SourceLocation(path: path, line: 1),
                            fix: "move those sections into a file of their own (such as objectives/2027-Q1.md or roadmaps/product.md) and name it in bearing.yml"))
                        continue
                    }
                    found.append(path)
                }
            }
            var seen = Set<String>()
            let unique = found.filter { seen.insert($0).inserted }
            let real = Dictionary(unique.map { ($0, realPath($0)) }, uniquingKeysWith: { first, _ in first })
            // Files reached without a link claim their real path first, so a link to a file that is also
            // present under its own name does not read it twice, whatever the names' order.
            let direct = unique.map { isDirect($0, real: real[$0] ?? nil) }
            let (reached, linked) = (unique.indices.filter { direct[$0] }.map { unique[$0] }, unique.indices.filter { !direct[$0] }.map { unique[$0] })
            var kept = Set<String>()
            for path in reached + linked where admits(path, real: real[path] ?? nil, configured: paths.contains(path) ? lost : nil)
                && claim(path, real: real[path] ?? nil, role: role) {
                kept.insert(path)
            }
            return unique.filter(kept.contains).sorted()
        }

        /// Whether no link lies on the way from the workspace to `path` (paths outside it count as direct).
        private func isDirect(_ path: String, real: String?) -> Bool {
            let lexical = WorkspaceScanner.normalized(scanner.absolute(path))
            guard Walk.contains(lexical, in: root) else { return true }
            return real == realRoot + lexical.dropFirst(root.count)
        }

        /// "Key Results 2b3c…" for "Key Results 2b3c….csv" (or its "_all.csv") beside a folder of that name holding Markdown
        /// pages: a Notion database as exported. Nil for any other file.
        private static func databasePages(_ entry: String, among listed: [String]) -> String? {
            let lowered = entry.lowercased()
            guard lowered.hasSuffix(".csv") else { return nil }
            let stem = String(entry.dropLast(lowered.hasSuffix("_all.csv") ? 8 : 4))
            guard FileName.hasExportID(stem + ".csv"),
                  listed.contains(where: { $0.hasPrefix(stem + "/") && WorkspaceScanner.isMarkdown($0) }) else { return nil }
            return stem
        }

        /// Every Markdown file below `folder`, following links to folders that stay inside what may be read.
        private mutating func collect(folder: String, into found: inout [String], configured: String? = nil) {
            guard admits(folder, configured: configured) else { return }
            let absolute = scanner.absolute(folder)
            guard let listed = scanner.fileSystem.listFiles(absolute),
                  walkedFolders.insert(realPath(folder) ?? absolute).inserted else { return }
            // `objectives: .` lists the workspace's own files: `2027-Q1.md`, not `./2027-Q1.md`.
            let prefix = folder == "." || folder == "./" ? "" : folder.hasSuffix("/") ? folder : folder + "/"
            for entry in listed {
                let name = entry.split(separator: "/").last.map(String.init) ?? entry
                let child = prefix + entry
                if WorkspaceScanner.isMarkdown(name) {
                    if !name.hasPrefix("_") || WorkspaceScanner.isSectionPage(name) {
                        found.append(child)
                    } else {
                        // `_partial.md` is a draft or include by a common convention (Jekyll, Hugo): not read, but said.
                        diagnostics.append(Diagnostic(.note, .skippedFile, "\(child) is not read: its name starts with `_`, which marks a partial or draft",
                                                      at: SourceLocation(path: child, line: 1),
                                                      fix: "to read it as part of the plan, rename it without the leading `_`"))
                    }
                } else if scanner.fileSystem.listFiles(scanner.absolute(child)) != nil {
                    // Only a link can be a folder here: the listing holds files and links.
                    collect(folder: child, into: &found)
                } else if WorkspaceScanner.normalized(scanner.absolute(child)) == WorkspaceScanner.normalized(scanner.absolute(ConfigLoader.fileName)) {
                    // The configuration itself, in a workspace whose objectives or roadmaps are its root folder: read as such.
                    continue
                } else if let pages = Self.databasePages(entry, among: listed) {
                    // Notion's export writes each database twice: a table of its rows, and a folder of its pages.
                    diagnostics.append(Diagnostic(.note, .skippedFile, "\(child) is not read: it is a Notion database's table of the pages in `\(prefix + pages)/`, which are read one by one",
                                                  at: SourceLocation(path: child, line: 1)))
                } else {
                    // `.md.njk` templates, `.txt` notes, images: not read, and said, so nothing is skipped silently.
                    diagnostics.append(Diagnostic(.warning, .skippedFile, "\(child) is not read: only Markdown files (.md, .markdown, .mdx) are",
                                                  at: SourceLocation(path: child, line: 1),
                                                  fix: "rename it to .md if it is Markdown (a `.md.njk` template usually is), or move it out of the folder"))
                }
            }
        }
    }
}
