import Foundation

/// Which file of the site a request path names, as a static file server would map it to the built folder.
enum SiteRoute: Equatable {
    case file(String)
    /// A folder asked for without its slash: pages link relatively, so `quarters` must become `quarters/`.
    case redirect(String)
    case notFound

    static func resolve(_ requestPath: String, in files: [String: Data]) -> SiteRoute {
        let decoded = requestPath.removingPercentEncoding ?? requestPath
        let parts = decoded.split(separator: "/").map(String.init)
        guard !parts.contains(".."), !parts.contains(".") else { return .notFound }
        let path = parts.joined(separator: "/")
        if decoded.hasSuffix("/") || path.isEmpty {
            let index = path.isEmpty ? "index.html" : path + "/index.html"
            return files[index] != nil ? .file(index) : .notFound
        }
        if files[path] != nil { return .file(path) }
        if files[path + "/index.html"] != nil { return .redirect("/" + path + "/") }
        return .notFound
    }

    static func contentType(of path: String) -> String {
        switch path.split(separator: ".").last.map({ $0.lowercased() }) ?? "" {
        case "html": "text/html; charset=utf-8"
        case "css": "text/css; charset=utf-8"
        case "js": "text/javascript; charset=utf-8"
        case "json": "application/json"
        case "csv": "text/csv; charset=utf-8"
        case "svg": "image/svg+xml"
        case "png": "image/png"
        case "jpg", "jpeg": "image/jpeg"
        case "gif": "image/gif"
        case "webp": "image/webp"
        case "avif": "image/avif"
        case "apng": "image/apng"
        case "bmp": "image/bmp"
        case "ico": "image/x-icon"
        case "woff2": "font/woff2"
        case "txt", "md": "text/plain; charset=utf-8"
        default: "application/octet-stream"
        }
    }
}
