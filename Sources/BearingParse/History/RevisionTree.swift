import BearingModel
import Foundation

/// One revision of a workspace, read from git's object store without a checkout: every file under the workspace
/// listed by `git ls-tree -r -z -l`, the Markdown and YAML read in one `git cat-file --batch`, anything else on
/// demand. `fileSystem(root:)` serves it to `WorkspaceLoader` exactly as the disk would, so a revision is loaded,
/// linked and scored by the same code as the working tree.
public struct RevisionTree: Sendable {
    public struct Entry: Sendable, Hashable {
        public enum Kind: Sendable, Hashable { case file, executable, symbolicLink }
        public var kind: Kind
        /// The blob's object id.
        public var object: String
        public var size: Int
    }

    /// The commit read.
    public let commit: String
    /// Files by path relative to the workspace, sorted. Submodules are not files and are left out.
    public let entries: [String: Entry]
    public let paths: [String]
    /// The bytes read up front, by object id: one revision's files, or every version a history walk read
    /// (revisions share one store, so an unchanged file is held once).
    let blobs: [String: Data]
    private let git: Git

    /// Files read in the one batch: what the loader reads (bearing.yml, Markdown). Anything else is read on demand.
    static func readsUpFront(_ path: String) -> Bool {
        let lowered = path.lowercased()
        return [".md", ".mdx", ".markdown", ".yml", ".yaml"].contains { lowered.hasSuffix($0) }
    }

    init(git: Git, commit: String, prefix: String) throws {
        self.git = git
        self.commit = commit
        var arguments = ["ls-tree", "-r", "-z", "-l", "--full-tree", commit]
        if !prefix.isEmpty { arguments += ["--", prefix] }
        let listing = try git.run(arguments)
        var entries: [String: Entry] = [:]
        for record in listing.split(separator: 0) {
            guard let entry = Self.entry(String(decoding: record, as: UTF8.self), prefix: prefix) else { continue }
            entries[entry.path] = entry.entry
        }
        self.entries = entries
        paths = entries.keys.sorted()
        let wanted = paths.filter { Self.readsUpFront($0) && entries[$0]?.kind != .symbolicLink }
        blobs = try Self.batch(wanted.compactMap { entries[$0]?.object }, git: git)
    }

    /// A revision whose listing is already known (a history walk applies each commit's changes to the previous
    /// listing) and whose files were read in a batch shared with other revisions.
    init(git: Git, commit: String, entries: [String: Entry], blobs: [String: Data]) {
        self.git = git
        self.commit = commit
        self.entries = entries
        paths = entries.keys.sorted()
        self.blobs = blobs
    }

    /// One `ls-tree -l` record: `<mode> <type> <object> <size>\t<path>`; nil for submodules and paths outside `prefix`.
    private static func entry(_ record: String, prefix: String) -> (path: String, entry: Entry)? {
        guard let tab = record.firstIndex(of: "\t") else { return nil }
        let fields = record[..<tab].split(separator: " ", omittingEmptySubsequences: true)
        let path = String(record[record.index(after: tab)...])
        guard fields.count == 4, fields[1] == "blob", path.hasPrefix(prefix), let size = Int(fields[3]) else { return nil }
        let kind: Entry.Kind = switch fields[0] {
        case "120000": .symbolicLink
        case "100755": .executable
        default: .file
        }
        return (String(path.dropFirst(prefix.count)), Entry(kind: kind, object: String(fields[2]), size: size))
    }

    /// The blobs `objects` through one `git cat-file --batch`, whose output is `<object> blob <size>\n<bytes>\n` each.
    static func batch(_ objects: [String], git: Git) throws -> [String: Data] {
        guard !objects.isEmpty else { return [:] }
        let output = try git.run(["cat-file", "--batch"], input: Data((objects.joined(separator: "\n") + "\n").utf8))
        var blobs: [String: Data] = [:]
        output.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let bytes = raw.bindMemory(to: UInt8.self)
            var offset = 0
            for object in objects {
                guard let newline = bytes[offset...].firstIndex(of: 0x0A) else { break }
                let header = String(decoding: bytes[offset..<newline], as: UTF8.self).split(separator: " ")
                offset = newline + 1
                // "<object> missing" (a broken repository) leaves the file unread; reading it later reports the failure.
                guard header.count == 3, header[0] == object, let size = Int(header[2]), offset + size <= bytes.count else { continue }
                blobs[object] = Data(bytes[offset..<offset + size])
                offset += size + 1
            }
        }
        return blobs
    }

    /// The bytes of the file at `path` (relative to the workspace), following symbolic links inside the revision.
    public func read(_ path: String) throws -> Data {
        guard let (_, entry) = resolve(path) else { throw RevisionFileMissing(path: path, commit: commit) }
        if let data = blobs[entry.object] { return data }
        return try git.run(["cat-file", "blob", entry.object])
    }

    /// The file a path names once symbolic links are followed (at most 16, so a loop ends); nil when it is not a
    /// file of this revision (a folder, a broken link, a link out of the workspace).
    func resolve(_ path: String) -> (String, Entry)? {
        var current = path
        for _ in 0..<16 {
            guard let entry = entries[current] else { return nil }
            guard entry.kind == .symbolicLink else { return (current, entry) }
            guard let target = linkTarget(current) else { return nil }
            current = target
        }
        return nil
    }

    /// Where the link at `path` points, relative to the workspace (may start with `../` when it leaves it,
    /// or be absolute).
    func linkTarget(_ path: String) -> String? {
        guard let entry = entries[path], entry.kind == .symbolicLink,
              let data = try? git.run(["cat-file", "blob", entry.object]) else { return nil }
        let target = String(decoding: data, as: UTF8.self)
        if target.hasPrefix("/") { return target }
        let folder = path.split(separator: "/").dropLast().joined(separator: "/")
        return Self.normalized(folder.isEmpty ? target : folder + "/" + target)
    }

    /// `a/./b/../c` → `a/c`; leading `..` are kept, so a path out of the workspace stays out of it.
    static func normalized(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/") where part != "." {
            if part == "..", let last = parts.last, last != ".." { parts.removeLast() } else { parts.append(part) }
        }
        return parts.joined(separator: "/")
    }

    /// Whether `folder` (relative, no trailing `/`; empty for the workspace) holds any file.
    func isFolder(_ folder: String) -> Bool {
        if folder.isEmpty { return !paths.isEmpty }
        let prefix = folder + "/"
        // Paths are sorted: the first path not below `prefix` in order is where a match would be.
        var low = 0, high = paths.count
        while low < high {
            let middle = (low + high) / 2
            if paths[middle] < prefix { low = middle + 1 } else { high = middle }
        }
        return low < paths.count && paths[low].hasPrefix(prefix)
    }

    /// The revision as a `FileSystem` whose workspace folder is `root`: the loader reads it as it reads the disk.
    /// Names starting with `.` are not listed, as on disk.
    public func fileSystem(root: String) -> FileSystem {
        let root = root.hasSuffix("/") && root.count > 1 ? String(root.dropLast()) : root
        let tree = self
        /// The workspace-relative path of an absolute one; nil when it is outside the workspace.
        @Sendable func relative(_ path: String) -> String? {
            let clean = path.hasPrefix("/") ? URL(fileURLWithPath: path).standardized.path : path
            if clean == root { return "" }
            guard clean.hasPrefix(root + "/") else { return nil }
            return String(clean.dropFirst(root.count + 1))
        }
        @Sendable func absolute(_ path: String) -> String {
            path.hasPrefix("/") ? path : URL(fileURLWithPath: root + "/" + path).standardized.path
        }
        var fileSystem = FileSystem(
            listFiles: { folder in
                guard let folder = relative(folder), tree.isFolder(folder) else { return nil }
                let prefix = folder.isEmpty ? "" : folder + "/"
                return tree.paths.lazy.filter { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count)) }
                    .filter { !$0.split(separator: "/").contains { $0.hasPrefix(".") } }
            },
            readFile: { path in
                guard let path = relative(path) else { throw RevisionFileMissing(path: path, commit: tree.commit) }
                return try tree.read(path)
            },
            fileExists: { path in
                guard let path = relative(path) else { return false }
                return tree.resolve(path) != nil || tree.isFolder(path)
            },
            fileSize: { path in relative(path).flatMap { tree.resolve($0)?.1.size } },
            realPath: { path in
                guard let path = relative(path) else { return nil }
                if tree.isFolder(path) { return absolute(path) }
                var current = path
                for _ in 0..<16 {
                    guard let entry = tree.entries[current] else { return nil }
                    guard entry.kind == .symbolicLink else { return absolute(current) }
                    guard let target = tree.linkTarget(current) else { return nil }
                    // A link out of the workspace: its target is reported as it is, and the scanner refuses it.
                    if target.hasPrefix("/") || target.hasPrefix("..") { return absolute(target) }
                    current = target
                }
                return nil
            }
        )
        fileSystem.contentID = { path in relative(path).flatMap { tree.resolve($0)?.1.object } }
        return fileSystem
    }
}

/// A path that is not a file of the revision being read.
struct RevisionFileMissing: LocalizedError {
    var path: String
    var commit: String
    var errorDescription: String? { "\(path) is not a file at commit \(commit.prefix(12))" }
}
