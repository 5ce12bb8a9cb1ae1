import Foundation

/// Where the workspace sits inside its git repository. GitHub places annotations by paths relative to the
/// repository root, so a workspace kept in a subfolder (`planning/`) must prefix its own relative paths.
package enum RepositoryPath {
    /// The workspace's path relative to the nearest enclosing folder that holds `.git`, with a trailing `/`;
    /// empty when the workspace is the repository root or is not inside a repository.
    /// Without a repository, the checkout's root is `GITHUB_WORKSPACE` when `environment` names one holding the
    /// workspace: actions/checkout downloads the files without `.git` when the runner has no git 2.18 or later.
    package static func prefix(ofWorkspace root: String, environment: [String: String] = [:],
                               fileExists: (String) -> Bool = { FileManager.default.fileExists(atPath: $0) }) -> String {
        let absolute = URL(fileURLWithPath: root).standardizedFileURL.resolvingSymlinksInPath().path
        var parts = absolute.split(separator: "/").map(String.init)
        var below: [String] = []
        while true {
            let folder = "/" + parts.joined(separator: "/")
            if fileExists((parts.isEmpty ? "" : folder) + "/.git") {
                return below.isEmpty ? "" : below.reversed().joined(separator: "/") + "/"
            }
            guard let last = parts.popLast() else { return checkoutPrefix(absolute, environment: environment) }
            below.append(last)
        }
    }

    /// `absolute` relative to `GITHUB_WORKSPACE`, with a trailing `/`; empty when it is not inside it.
    private static func checkoutPrefix(_ absolute: String, environment: [String: String]) -> String {
        guard let checkout = environment["GITHUB_WORKSPACE"], !checkout.isEmpty else { return "" }
        let base = URL(fileURLWithPath: checkout).standardizedFileURL.resolvingSymlinksInPath().path
        let folder = base.hasSuffix("/") ? base : base + "/"
        guard absolute.hasPrefix(folder) else { return "" }
        return String(absolute.dropFirst(folder.count)) + "/"
    }
}
