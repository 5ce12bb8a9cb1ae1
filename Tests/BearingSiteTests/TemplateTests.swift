import Foundation
import Mustache
import Testing
import BearingAlign
@testable import BearingSite

/// Bearing's template renderer against the Mustache spec's rules and against swift-mustache, the reference.
@Suite("Templates")
struct TemplateTests {
    func render(_ source: String, _ context: TemplateValue, partials: [String: String] = [:]) throws -> String {
        var sources = partials
        sources["main"] = source
        return String(decoding: try TemplateRenderer(sources: sources).render("main", context), as: UTF8.self)
    }

    @Test("variables escape HTML; triple and ampersand tags do not")
    func escaping() throws {
        let context: TemplateValue = ["x": "<a href=\"q\">'&'</a>", "n": 0, "yes": true]
        #expect(try render("{{x}}|{{{x}}}|{{& x }}|{{n}}|{{yes}}|{{missing}}", context)
            == "&lt;a href=&quot;q&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;|<a href=\"q\">'&'</a>|<a href=\"q\">'&'</a>|0|true|")
    }

    @Test("sections: lists repeat, objects push, flags and empty texts decide, inverted sections invert")
    func sections() throws {
        let context: TemplateValue = ["items": [["name": "a"], ["name": "b"]], "none": [], "who": ["name": "c"], "on": true, "off": false,
                                      "empty": "", "name": "outer", "tags": ["x", "y"]]
        #expect(try render("{{#items}}{{name}}{{/items}}{{^none}}-{{/none}}{{#who}}{{name}}{{/who}}{{#on}}{{name}}{{/on}}", context) == "ab-couter")
        #expect(try render("{{#off}}no{{/off}}{{^off}}yes{{/off}}{{#empty}}no{{/empty}}{{^empty}}yes{{/empty}}{{#tags}}[{{.}}]{{/tags}}", context)
            == "yesyes[x][y]")
        #expect(try render("{{#has_items}}has{{/has_items}}{{^has_none}} none{{/has_none}}{{#who.name}}!{{/who.name}}{{who.name}}", context)
            == "has none!c")
        // A dotted name that fails part-way does not fall back to outer contexts.
        #expect(try render("{{#who}}{{who.missing.name}}{{/who}}", context) == "")
    }

    @Test("standalone section, comment and partial lines disappear; a standalone partial is indented")
    func standaloneLines() throws {
        let context: TemplateValue = ["rows": [["v": "1"], ["v": "2"]]]
        #expect(try render("<ul>\n  {{#rows}}\n  <li>{{v}}</li>\n  {{/rows}}\n  {{! note }}\n</ul>\n", context) == "<ul>\n  <li>1</li>\n  <li>2</li>\n</ul>\n")
        #expect(try render("<div>\n  {{> row}}\n</div>", ["v": "x"], partials: ["row": "<p>\n{{v}}\n</p>\n"]) == "<div>\n  <p>\n  x\n  </p>\n</div>")
        #expect(try render("a {{#rows}}b{{/rows}}\n", context) == "a bb\n")
        // A theme partial that includes itself stops instead of overflowing the stack.
        #expect(try render("x{{> main}}", [:]) == String(repeating: "x", count: 65))
    }

    @Test("bad templates are errors with a line, not wrong pages")
    func errors() throws {
        #expect(throws: TemplateLibrary.LoadError.self) { try render("{{#a}}\n{{/b}}", [:]) }
        #expect(throws: TemplateLibrary.LoadError.self) { try render("line\n{{#a}}", [:]) }
        #expect(throws: TemplateLibrary.LoadError.self) { try render("{{=<% %>=}}", [:]) }
        #expect(throws: TemplateLibrary.LoadError.self) { try render("{{x", [:]) }
        let error = #expect(throws: TemplateLibrary.LoadError.self) { try render("one\n{{/b}}", [:]) }
        #expect(error.map { "\($0)" }?.contains("line 2: {{/b}} closes nothing") == true)
    }

    @Test("every page of the example site renders exactly as swift-mustache renders it")
    func matchesReference() throws {
        let (plan, alignment) = Site.example()
        let content = SiteContent(plan: plan, alignment: alignment, renderer: .init(allowHTML: false, topHeadingLevel: 2))
        let ours = try TemplateLibrary.load(themeFolder: nil)
        var reference = MustacheLibrary()
        for (name, template) in try Self.bundledSources() { try reference.register(template, named: name) }
        var jobs: [PageJob] = [.dashboard, .strategy, .alignment, .quarters, .roadmaps, .search]
        jobs += alignment.strategy.priorities.map(PageJob.priority) + plan.quarters.map(PageJob.quarter) + content.objectives.indices.map(PageJob.objective)
        jobs += plan.roadmaps.map(PageJob.roadmap)
        #expect(jobs.count > 30)
        for job in jobs {
            let page = job.page(content, scoring: "")
            let expected = reference.render(Self.reference(page.context), withTemplate: page.template) ?? "?"
            let actual = String(decoding: ours.render(page.context, template: page.template), as: UTF8.self)
            #expect(actual == expected, "\(page.path) differs from swift-mustache's rendering")
        }
    }

    /// What swift-mustache needs to render like Bearing: no empty texts, and a `has_x` flag beside every list.
    static func reference(_ value: TemplateValue) -> Any {
        switch value {
        case .text(let text): return text
        case .flag(let flag): return flag
        case .number(let number): return number
        case .list(let list): return list.map(reference)
        case .object(let fields):
            var result: [String: Any] = [:]
            for (key, field) in fields {
                if case .text("") = field { continue }
                if case .list(let list) = field { result["has_" + key] = !list.isEmpty }
                result[key] = reference(field)
            }
            return result
        }
    }

    static func bundledSources() throws -> [String: String] {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/BearingSite/Resources/templates")
        var sources: [String: String] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".mustache") {
            sources[String(name.dropLast(".mustache".count))] = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        }
        return sources
    }
}
