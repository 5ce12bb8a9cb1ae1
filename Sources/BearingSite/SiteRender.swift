import BearingAlign
import BearingModel
import BearingReport
import Foundation

/// Everything needed to render any page of one build; shared read-only by the workers.
struct SiteRender: Sendable {
    /// How many of the plan's errors each page other than the dashboard lists.
    static let problemsPerPage = 10
    let content: SiteContent
    let templates: TemplateLibrary
    let options: SiteBuilder.Options
    let scoring: String
    let jobs: [PageJob]
    /// The workspace's images the pages show, copied into the site.
    let images: SiteImages
    /// The plan's errors, when pages show them: picked out once, not for each page (a plan with 5,000 errors and
    /// 5,000 pages copied 25 million of them).
    let errors: [Diagnostic]
    /// The problems every page but the dashboard lists, as the layout shows them: made once, not for each of 5,000
    /// pages (a seventh of such a build went to setting the same ten messages' code spans again).
    let firstProblems: [TemplateValue]
    /// The ids the unknown references among those problems could have named, listed once after them: on the dashboard
    /// for every problem, on other pages for the first few.
    let allCandidates: [TemplateValue], firstCandidates: [TemplateValue]

    init(content: SiteContent, templates: TemplateLibrary, options: SiteBuilder.Options, scoring: String, jobs: [PageJob], images: SiteImages) {
        self.images = images
        self.content = content
        self.templates = templates
        self.options = options
        self.scoring = scoring
        self.jobs = jobs
        errors = options.showProblems ? content.plan.diagnostics.filter { $0.severity == .error } : []
        firstProblems = errors.prefix(Self.problemsPerPage).map(Self.problem)
        allCandidates = ReferenceCandidates.distinct(in: errors).map(Self.candidates)
        firstCandidates = ReferenceCandidates.distinct(in: Array(errors.prefix(Self.problemsPerPage))).map(Self.candidates)
    }

    /// "Valid priority ids", each set as code: what an unknown reference could have named, once under the list
    /// instead of after each error (twenty unknown references made the banner a wall of the same ids).
    private static func candidates(_ candidates: ReferenceCandidates) -> TemplateValue {
        let limit = 200
        return ["kind": .text(candidates.kind), "count": .number(candidates.ids.count),
                "ids": .list(candidates.ids.prefix(limit).map { .text($0) }),
                "more": .number(max(0, candidates.ids.count - limit)), "has_more": .flag(candidates.ids.count > limit)]
    }

    /// A problem as the layout lists it. A fix quotes what to write in backticks ("add `{#other-id}`"): set as code.
    private static func problem(_ diagnostic: Diagnostic) -> TemplateValue {
        ["location": .text(diagnostic.location.description), "severity": .text(diagnostic.severity.rawValue),
         "message": .text(SiteContent.codeSpans(diagnostic.message)), "fix": .text(diagnostic.fix.map(SiteContent.codeSpans) ?? ""),
         "code": .text(diagnostic.code.rawValue)]
    }

    /// One page, laid out: its relative path and bytes.
    func render(_ job: PageJob) -> (String, [UInt8]) {
        let page = job.page(content, scoring: scoring)
        let path = job.path(content)
        assert(page.path == path, "\(page.path) is not where its job said it goes (\(path))")
        // The job's path, whose folder was created up front.
        return (path, layout(page))
    }

    /// The files that are not pages: assets, the search index and planning.json when asked for.
    func extras() throws -> [(String, [UInt8])] {
        var memo = SearchIndex.Memo()
        return try extras(memo: &memo)
    }

    /// `extras`, with the search index's words from `memo` (see `SearchIndex.Memo`).
    func extras(memo: inout SearchIndex.Memo) throws -> [(String, [UInt8])] {
        guard options.data.contains(.json) else { return try assets(memo: &memo) }
        var bytes: [UInt8] = []
        try writePlanningJSON(into: &bytes)
        return try assets(memo: &memo) + [("data/planning.json", bytes)]
    }

    /// The style sheet, the search script and the search index.
    func assets() throws -> [(String, [UInt8])] {
        var memo = SearchIndex.Memo()
        return try assets(memo: &memo)
    }

    func assets(memo: inout SearchIndex.Memo) throws -> [(String, [UInt8])] {
        [("assets/style.css", Array(try SiteBuilder.resource("assets/style", "css").utf8)),
         ("assets/search.js", Array(try SiteBuilder.resource("assets/search", "js").utf8)),
         ("assets/search-index.js", content.searchIndex(memo: &memo))]
    }

    /// data/planning.json: the report document, as `bearing report --format json` prints it.
    func writePlanningJSON<Output: ByteOutput>(into out: inout Output) throws {
        try ReportDocument(plan: content.plan, alignment: content.alignment).writeJSON(into: &out)
    }

    private func layout(_ page: Page) -> [UInt8] {
        let root = SitePaths.root(of: page.path)
        var context = page.context
        if case .object(var fields) = context {
            fields["root"] = .text(root)
            fields["site_title"] = .text(content.title)
            context = .object(fields)
        }
        let body = templates.render(context, template: page.template, capacity: 16_384)
        // The site's name is the link to the dashboard, as on most sites; a "Dashboard" entry beside it repeated that
        // link on every page.
        let nav: [TemplateValue] = [("Review", "review.html", "review"), ("Strategy", "strategy.html", "strategy"),
                                    ("Quarters", "quarters/index.html", "quarter"), ("Roadmaps", "roadmaps/index.html", "roadmap"),
                                    ("Alignment", "alignment.html", "alignment"), ("Scoring", "scoring.html", "document"),
                                    ("Search", "search.html", "search")].map { label, href, kind in
            ["label": .text(label), "href": .text(href), "current": .flag(page.path == href || (kind == page.kind && kind != "document"))]
        }
        let problems = errors
        // The dashboard lists every problem; other pages the first few and a link there, so a plan with thousands of
        // errors does not repeat all of them on each of its thousands of pages.
        let shown = page.path == "index.html" ? problems.map(Self.problem) : firstProblems
        var layoutContext: TemplateValue.Fields = [
            "root": .text(root), "site_title": .text(content.title), "page_title": .text(page.title), "page_kind": .text(page.kind),
            "content": .text(String(decoding: body, as: UTF8.self)), "nav": .list(nav), "home": .flag(page.path == "index.html"),
            "scripts": .list(page.scripts.map { .text($0) }), "stamp": .text(options.stamp ?? ""),
            // The footer links only to the data files this build writes.
            "data_json": .flag(options.data.contains(.json)), "data_db": .flag(options.data.contains(.database)),
            "problems": ["count": .number(problems.count), "one": .flag(problems.count == 1),
                         "more": .number(problems.count - shown.count), "has_more": .flag(shown.count < problems.count),
                         "items": .list(shown), "candidates": .list(page.path == "index.html" ? allCandidates : firstCandidates)],
        ]
        if let base = options.baseURL, base.hasPrefix("http://") || base.hasPrefix("https://") {
            layoutContext["canonical"] = .text((base.hasSuffix("/") ? base : base + "/") + page.path)
        }
        return templates.render(.object(layoutContext), template: "layout", capacity: body.count + 4096)
    }
}
