import Foundation
import Testing
import BearingAlign
@testable import BearingSite

/// Plans come from many hands: nothing written in them may become live markup on the site.
@Suite("Hostile input")
struct HostileInputTests {
    static let workspace = [
        "bearing.yml": "title: \"<script>alert('title')</script> & co\"\n",
        "strategy.md": """
            ---
            title: "Strategy \\" onmouseover=\\"alert(1)"
            ---
            # <img src=x onerror=alert('h1')>

            ## Goal <svg onload=alert('goal')>

            <script>alert('raw block')</script>

            <svg><script>alert('svg')</script></svg>

            ## Priorities

            1. **Platform <b onclick="alert(1)">x</b>.** [click](javascript:alert('link')) and ![img](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+) {#platform}
               - Sub with [data link](data:text/html,<script>alert(1)</script>) and [spaced](java\tscript:alert(1)) {#sub}
            2. **Revenue "quoted" 'single' <angle>.** {#revenue}
            """,
        "objectives/2026-Q4.md": """
            ---
            quarter: 2026-Q4
            team: "<script>alert('team')</script>"
            ---
            ## Objective <script>alert('objective')</script>
            - Owner: <img src=x onerror=alert('owner')>, "Quote\\" onfocus=\\"alert(2)"
            - Priorities: platform
            - Budget: <iframe src="javascript:alert(3)"></iframe>

            Text with <span onmouseover="alert('inline')">inline HTML</span> and a [vbscript](vbscript:msgbox(1)) link.

            :::{note} Title <script>alert('directive')</script>
            Body <img src=x onerror=alert('note')>
            :::

            - [ ] KR <script>alert('kr')</script> 1/2

            ### Initiative </h3><script>alert('initiative')</script>
            text
            """,
        "roadmaps/r.md": """
            ## Now <script>alert('lane')</script>

            ### Item "><svg onload=alert('item')>
            - Priorities: revenue

            - **Bold item <script>alert('bold')</script>.** text [x](JaVaScRiPt:alert(1))
            """,
    ]

    @Test("no live markup from the input reaches any page")
    func noLiveMarkup() throws {
        let (plan, alignment) = Site.memory(Self.workspace)
        let files = try SiteBuilder().render(plan: plan, alignment: alignment, options: .init(showProblems: true))
        // Elements that can run or load something; Bearing's own spans and tables cannot, and carry no handlers.
        let tag = try NSRegularExpression(pattern: #"<\s*(script|iframe|svg|img|object|embed|form|b\s)\b[^>]*>"#, options: [.caseInsensitive])
        let dangerousURL = try NSRegularExpression(pattern: #"(href|src)\s*=\s*"\s*(javascript|data|vbscript):"#, options: [.caseInsensitive])
        var pages = 0
        // The search index is data inside a separate script; `searchIndex` below checks it cannot break out.
        for (path, data) in files where path.hasSuffix(".html") {
            pages += 1
            let text = String(decoding: data, as: UTF8.self)
            let range = NSRange(text.startIndex..., in: text)
            for match in tag.matches(in: text, range: range) {
                let found = String(text[Range(match.range, in: text)!])
                // Bearing's own markup: its two scripts, and its charts.
                let own = found.hasPrefix("<script src=\"") && found.contains("assets/search")
                    || found.hasPrefix("<svg viewBox=") && found.contains("role=\"img\"")
                    || found == "<form class=\"search\" role=\"search\" action=\"search.html\">"
                #expect(own, "\(path): \(found)")
            }
            let handlers = Self.attributeNames(in: text).filter { $0.hasPrefix("on") }
            #expect(handlers.isEmpty, "\(path): event handler attributes \(handlers)")
            #expect(dangerousURL.firstMatch(in: text, range: range) == nil, "\(path): a dangerous URL")
        }
        #expect(pages > 10)
        let index = String(decoding: files.first { $0.0 == "index.html" }!.1, as: UTF8.self)
        #expect(index.contains("&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; &amp; co"))
    }

    /// The attribute names of every tag, read the way a browser does: quoted values are skipped whole.
    static func attributeNames(in html: String) -> [String] {
        var names: [String] = []
        let characters = Array(html)
        var index = 0
        while index < characters.count {
            guard characters[index] == "<", index + 1 < characters.count, characters[index + 1].isLetter else { index += 1; continue }
            index += 1
            while index < characters.count, !characters[index].isWhitespace, characters[index] != ">" { index += 1 }
            while index < characters.count, characters[index] != ">" {
                if characters[index].isWhitespace || characters[index] == "/" { index += 1; continue }
                var name = ""
                while index < characters.count, !characters[index].isWhitespace, !"=>/".contains(characters[index]) {
                    name.append(characters[index]); index += 1
                }
                if !name.isEmpty { names.append(name.lowercased()) }
                if index < characters.count, characters[index] == "=" {
                    index += 1
                    if index < characters.count, characters[index] == "\"" || characters[index] == "'" {
                        let quote = characters[index]
                        index += 1
                        while index < characters.count, characters[index] != quote { index += 1 }
                        index += 1
                    } else {
                        while index < characters.count, !characters[index].isWhitespace, characters[index] != ">" { index += 1 }
                    }
                }
            }
        }
        return names
    }

    @Test("the search index cannot close its script or inject markup")
    func searchIndex() throws {
        let (plan, alignment) = Site.memory(Self.workspace)
        let files = try SiteBuilder().render(plan: plan, alignment: alignment, options: .init())
        let index = String(decoding: files.first { $0.0 == "assets/search-index.js" }!.1, as: UTF8.self)
        #expect(!index.contains("</script"))
        #expect(index.hasPrefix("window.BEARING_SEARCH = {"))
        let script = String(decoding: files.first { $0.0 == "assets/search.js" }!.1, as: UTF8.self)
        #expect(!script.contains("innerHTML") && script.contains("textContent"))
    }

    @Test("allow_html: true lets raw HTML through, still without dangerous URLs")
    func allowHTML() throws {
        var files = Self.workspace
        files["bearing.yml"] = "allow_html: true\n"
        let (plan, alignment) = Site.memory(files)
        let pages = try SiteBuilder().render(plan: plan, alignment: alignment, options: .init())
        let objective = String(decoding: pages.first { $0.0.hasPrefix("objectives/") }!.1, as: UTF8.self)
        #expect(objective.contains("<span onmouseover=\"alert('inline')\">"))
        #expect(!objective.contains("href=\"vbscript:"))
    }

    @Test("URL schemes", arguments: [("https://a.org", true), ("mailto:a@b.org", true), ("../x.html#y", true), ("docs/a:b", true),
                                      ("javascript:alert(1)", false), (" JaVaScRiPt:x", false), ("java\tscript:x", false),
                                      ("data:image/png;base64,AAAA", false), ("vbscript:x", false), ("file:///etc/passwd", false)])
    func schemes(url: String, allowed: Bool) {
        #expect((HTMLRenderer.safeURL(url) != nil) == allowed)
    }
}
