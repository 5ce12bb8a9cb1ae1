import BearingAlign

/// Where the site's pages are, so a report can link to them: the published address for a stakeholder update read
/// outside the site (`--site-url`, or an absolute `base_url`), the way back to the root for the site's own report page.
/// The site owns its paths; it hands them over through `path`.
public struct ReportLinks: Sendable {
    public enum Page: Sendable {
        case item(AlignedItem), priority(String), quarter(String), review, scoring
    }

    /// Ends with `/` (or is empty for links relative to the current folder).
    public let base: String
    let path: @Sendable (Page) -> String

    public init(base: String, path: @escaping @Sendable (Page) -> String) {
        self.base = base.isEmpty || base.hasSuffix("/") ? base : base + "/"
        self.path = path
    }

    public func url(_ page: Page) -> String { base + path(page) }

    /// An absolute http(s) address, which a reader outside the site can follow; nil for a path such as `/`.
    public static func publishedAddress(_ url: String?) -> String? {
        guard let url, url.hasPrefix("https://") || url.hasPrefix("http://") else { return nil }
        return url
    }
}
