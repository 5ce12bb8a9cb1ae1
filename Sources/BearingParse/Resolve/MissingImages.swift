import BearingModel

/// The images the site cannot show as written: a local one whose file is not in the workspace (the site would show a
/// blank gap), or one that climbs out of the workspace or is an absolute path (never copied, so never shown).
/// Each is a warning at the line that writes it; remote images are shown as links, which docs/site.md says.
struct MissingImages {
    let fileSystem: FileSystem
    /// The workspace folder, as given.
    let root: String

    func diagnostics(_ plan: Plan) -> [Diagnostic] {
        let references = plan.imageReferences
        guard !references.isEmpty else { return [] }
        let realRoot = fileSystem.realPath(root) ?? root
        var found: [String: Bool] = [:]
        var out: [Diagnostic] = []
        for reference in references {
            let at = SourceLocation(path: reference.file, line: reference.line)
            switch ImageReference.target(of: reference.source, in: reference.file) {
            case .local(let path):
                let exists = found[path] ?? isInside(path, realRoot: realRoot)
                found[path] = exists
                guard !exists else { continue }
                out.append(Diagnostic(.warning, .missingImage, "image `\(reference.source)` not found: \(path) is not a file of the workspace",
                                      at: at, fix: "put the image at \(path), or correct the path (it is relative to \(reference.file))"))
            case .outside:
                out.append(Diagnostic(.warning, .missingImage, "image `\(reference.source)` is outside the workspace and is not copied into the site",
                                      at: at, fix: "move the image into the workspace and write its path relative to \(reference.file)"))
            case .remote, .other:
                continue
            }
        }
        return out
    }

    /// Whether `path` is a file that stays inside the workspace once symbolic links are followed: the site copies
    /// nothing from outside it (`SiteImages` checks again when copying).
    private func isInside(_ path: String, realRoot: String) -> Bool {
        let absolute = root.hasSuffix("/") ? root + path : root + "/" + path
        guard fileSystem.fileExists(absolute), fileSystem.listFiles(absolute) == nil else { return false }
        guard let real = fileSystem.realPath(absolute) else { return true }
        return real.hasPrefix(realRoot.hasSuffix("/") ? realRoot : realRoot + "/")
    }
}
