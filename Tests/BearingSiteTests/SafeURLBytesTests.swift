import Testing
import TestSupport
@testable import BearingSite

/// `HTMLRenderer.safeURL` judges an ASCII URL on its bytes in one pass: it must let through and turn away exactly what
/// the judgement on its scalars does (spaces and control bytes inside the scheme, capitals, relative paths with a
/// colon), and leave every other URL to that judgement.
struct SafeURLBytesTests {
    @Test func anASCIIURLIsJudgedAsItsScalarsAre() {
        let pieces = ["http", "HTTP", "https", "HtTpS", "mailto", "javascript", "java\tscript", "data", "file", "vbscript", ":", "://",
                      "/", "?", "#", "docs", "a:b", " ", "\t", "\n", "\u{7F}", "\u{1}", "x", "s", "é", "K", "ſ", "@", "..", "%3A", ""]
        var generator = SeededGenerator(state: 40)
        var urls = ["", ":", "http://x.y", "HTTPS://x", "mailto:a@b.c", "javascript:alert(1)", " java\tscript:alert(1)", "docs/a:b",
                    "?q=a:b", "#x:y", "h\nttp://x", "\u{7F}http:", "httpsx:", "mailto", "ftp://x", "data:text/html,x"]
        urls += DifferentialLines.all().filter { $0.contains(":") }
        urls += (0..<20_000).map { _ in (0..<Int.random(in: 1...6, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined() }
        var refused = 0
        for url in urls {
            let safe = HTMLRenderer.safeURL(url)
            if safe == nil { refused += 1 }
            #expect(safe == HTMLRenderer.safeURLByScalars(url), "\(url.debugDescription)")
        }
        #expect(refused > 1_000)
    }
}
