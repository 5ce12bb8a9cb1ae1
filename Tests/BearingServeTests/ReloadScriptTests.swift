import BearingServe
import Foundation
import Testing

@Suite("Reload script")
struct ReloadScriptTests {
    @Test("the tag goes before the last </body>, whatever its case, naming the page's build")
    func injectBeforeBody() {
        let page = Data("<html><body><p>a</body> in text</p>\n</BODY>\n</html>".utf8)
        let result = String(decoding: ReloadScript.inject(into: page, build: "x-7"), as: UTF8.self)
        #expect(result == "<html><body><p>a</body> in text</p>\n<script src=\"/__bearing/live.js\" data-build=\"x-7\"></script></BODY>\n</html>")
    }

    @Test("a theme layout without </body> gets the tag at its end")
    func injectWithoutBody() {
        let result = String(decoding: ReloadScript.inject(into: Data("<p>bare</p>".utf8), build: "b"), as: UTF8.self)
        #expect(result == "<p>bare</p><script src=\"/__bearing/live.js\" data-build=\"b\"></script>")
    }

    @Test("the script listens on the endpoint, compares build ids, and writes errors as text, never as HTML")
    func scriptSource() {
        let source = ReloadScript.source
        #expect(source.contains("\"" + ReloadScript.endpoint + "\""))
        #expect(source.contains("getAttribute(\"data-build\")"))
        #expect(source.contains("state.build !== served"))
        #expect(source.contains("location.reload()"))
        #expect(source.contains("textContent"))
        #expect(!source.contains("innerHTML"))
    }
}
