/// Paths inside the workspace, as a file's own links and images name them.
package enum RelativePath {
    /// The workspace path `relative` names from `file`'s folder, or nil when it leaves the workspace.
    package static func resolve(_ relative: String, from file: String) -> String? {
        var parts = file.split(separator: "/").dropLast().map(String.init)
        for part in relative.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..": guard !parts.isEmpty else { return nil }; parts.removeLast()
            default: parts.append(String(part))
            }
        }
        return parts.joined(separator: "/")
    }
}
