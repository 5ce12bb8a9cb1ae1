import BearingAlign
import BearingCore
import BearingStore
import Foundation

/// The render and write stages: every page, asset and data file of the site, then one atomic swap.
public struct SiteBuilder: Sendable {
    public struct Options: Sendable {
        /// Published address, for canonical links only; pages link to each other relatively.
        public var baseURL: String?
        /// A build date for the footer; nil keeps two builds of the same input byte-identical.
        public var stamp: String?
        /// Show the plan's errors on the site instead of refusing to build.
        public var showProblems: Bool
        public var themeFolder: String?

        public init(baseURL: String? = nil, stamp: String? = nil, showProblems: Bool = false, themeFolder: String? = nil) {
            self.baseURL = baseURL
            self.stamp = stamp
            self.showProblems = showProblems
            self.themeFolder = themeFolder
        }
    }

    public var writer = OutputWriter()
    /// Called after each stage with its name, for `bearing build --timings`.
    public var onStage: @Sendable (String) -> Void = { _ in }

    public init() {}

    /// Renders the site in memory: (relative path, bytes), sorted by path.
    public func render(plan: Plan, alignment: Alignment, options: Options) throws -> [(String, Data)] {
        let templates = try TemplateLibrary.load(themeFolder: options.themeFolder)
        let content = SiteContent(plan: plan, alignment: alignment, renderer: HTMLRenderer(allowHTML: plan.config.allowHTML, topHeadingLevel: 2))
        let scoring = try Self.resource("scoring", "md")
        var jobs: [PageJob] = [.dashboard, .strategy, .alignment, .quarters, .roadmaps, .search, .scoring]
        jobs += alignment.strategy.priorities.map(PageJob.priority)
        jobs += plan.quarters.map(PageJob.quarter) + plan.quarters.map(PageJob.report)
        jobs += plan.objectives.map(PageJob.objective)
        jobs += plan.roadmaps.map(PageJob.roadmap)
        // Pages are independent: build each page's context and render it on whichever core is free.
        var files: [(String, Data)] = Parallel.map(jobs) { job in
            let page = job.page(content, scoring: scoring)
            return (page.path, Data(layout(page, content: content, templates: templates, options: options).utf8))
        }
        files.append(("assets/style.css", Data(try Self.resource("assets/style", "css").utf8)))
        files.append(("assets/search.js", Data(try Self.resource("assets/search", "js").utf8)))
        files.append(("assets/search-index.js", Data(SearchIndex.script(content.searchEntries()).utf8)))
        files.append(("data/planning.json", Data(try ReportDocument(plan: plan, alignment: alignment).json().utf8)))
        return files.sorted { $0.0 < $1.0 }
    }

    /// Renders and writes the site to `output` atomically, with the database and one CSV per table in `data/`.
    public func build(plan: Plan, alignment: Alignment, options: Options, output: URL) throws {
        let files = try render(plan: plan, alignment: alignment, options: options)
        onStage("render")
        try writer.write(files, to: output) { staging in
            onStage("write pages")
            let database = PlanningDatabase(path: staging.appendingPathComponent("data/planning.db").path)
            try database.write(plan: plan, alignment: alignment)
            for (table, csv) in try database.csvTables() {
                try writer.writeFile(Data(csv.utf8), staging.appendingPathComponent("data/\(table).csv"))
            }
            onStage("database and CSV")
        }
        onStage("swap")
    }

    private func layout(_ page: Page, content: SiteContent, templates: TemplateLibrary, options: Options) -> String {
        let root = SitePaths.root(of: page.path)
        var context = page.context
        context["root"] = root
        context["site_title"] = content.title
        let body = templates.render(context, template: page.template)
        let nav: [[String: Any]] = [("Dashboard", "index.html", "dashboard"), ("Strategy", "strategy.html", "strategy"),
                                    ("Quarters", "quarters/index.html", "quarter"), ("Roadmaps", "roadmaps/index.html", "roadmap"),
                                    ("Alignment", "alignment.html", "alignment"), ("Scoring", "scoring.html", "document"),
                                    ("Search", "search.html", "search")].map { label, href, kind in
            ["label": label, "href": href, "current": page.path == href || (kind == page.kind && kind != "document")]
        }
        let problems = options.showProblems ? content.plan.diagnostics.filter { $0.severity == .error } : []
        var layoutContext: [String: Any] = [
            "root": root, "site_title": content.title, "page_title": page.title, "page_kind": page.kind, "content": body, "nav": nav,
            "scripts": page.scripts, "stamp": options.stamp ?? "",
            "problems": ["count": problems.count, "one": problems.count == 1,
                         "items": problems.map { ["location": $0.location.description, "severity": $0.severity.rawValue, "message": $0.message, "code": $0.code.rawValue] }],
        ]
        if let base = options.baseURL, base.hasPrefix("http://") || base.hasPrefix("https://") {
            layoutContext["canonical"] = (base.hasSuffix("/") ? base : base + "/") + page.path
        }
        return templates.render(layoutContext, template: "layout")
    }

    static func resource(_ name: String, _ ext: String) throws -> String {
        let parts = name.split(separator: "/")
        let folder = parts.count > 1 ? String(parts[0]) : nil
        let file = String(parts.last ?? "")
        guard let url = Bundle.module.url(forResource: folder.map { "\($0)/\(file)" } ?? file, withExtension: ext)
                ?? Bundle.module.url(forResource: file, withExtension: ext, subdirectory: folder) else {
            throw TemplateLibrary.LoadError.missing
        }
        return try String(contentsOf: url, encoding: .utf8)
    }
}

/// One page to render; contexts are built inside the worker, since they are not Sendable.
enum PageJob: Sendable {
    case dashboard, strategy, alignment, quarters, roadmaps, search, scoring
    case priority(Priority), quarter(Quarter), report(Quarter), objective(Objective), roadmap(Roadmap)

    func page(_ content: SiteContent, scoring: String) -> Page {
        switch self {
        case .dashboard: content.dashboard()
        case .strategy: content.strategyPage()
        case .alignment: content.alignmentPage()
        case .quarters: content.quarterList()
        case .roadmaps: content.roadmapList()
        case .search: content.searchPage()
        case .scoring: content.scoringPage(scoring)
        case .priority(let priority): content.priorityPage(priority)
        case .quarter(let quarter): content.quarterPage(quarter)
        case .report(let quarter): content.reportPage(quarter)
        case .objective(let objective): content.objectivePage(objective)
        case .roadmap(let roadmap): content.roadmapPage(roadmap)
        }
    }
}

/// The search index as a script (`window.BEARING_SEARCH = {…}`): a JSON file could not be fetched from file://.
enum SearchIndex {
    static func script(_ entries: [[String: Any]]) -> String {
        struct Entry: Encodable { var title, href, kind, `where`, text: String }
        struct Index: Encodable { var entries: [Entry] }
        let index = Index(entries: entries.map {
            Entry(title: $0["title"] as? String ?? "", href: $0["href"] as? String ?? "", kind: $0["kind"] as? String ?? "",
                  where: $0["where"] as? String ?? "", text: $0["text"] as? String ?? "")
        })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var json = (try? encoder.encode(index)).map { String(decoding: $0, as: UTF8.self) } ?? "{\"entries\":[]}"
        // Line and paragraph separators are valid JSON but end a statement in older JavaScript; "</" cannot close anything here but is escaped anyway.
        json = json.replacingOccurrences(of: "\u{2028}", with: "\\u2028").replacingOccurrences(of: "\u{2029}", with: "\\u2029").replacingOccurrences(of: "</", with: "<\\/")
        return "window.BEARING_SEARCH = \(json);\n"
    }
}
