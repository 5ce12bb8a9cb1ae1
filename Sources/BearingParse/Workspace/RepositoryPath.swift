import Foundation

/// Where the workspace sits inside its git repository. GitHub places annotations by paths relative to the
/// repository root, so a workspace kept in a subfolder (`planning/`) must prefix its own relative paths.
package enum RepositoryPath {
    /// The workspace's path relative to the nearest enclosing folder that holds `.git`, with a trailing `/`;
    /// empty when the workspace is the repository root or is not inside a repository.
    package static func prefix(ofWorkspace root: String, fileExists: (String) -> Bool = { FileManager.default.fileExists(atPath: $0) }) -> String {
        let absolute = URL(fileURLWithPath: root).standardizedFileURL.resolvingSymlinksInPath().path
        var parts = absolute.split(separator: "/").map(String.init)
        var below: [String] = []
        while true {
            let folder = "/" + parts.joined(separator: "/")
            if fileExists((parts.isEmpty ? "" : folder) + "/.git") {
                return below.isEmpty ? "" : below.reversed().joined(separator: "/") + "/"
            }
            guard let last = parts.popLast() else { return "" }
            below.append(last)
        }
    }
}
