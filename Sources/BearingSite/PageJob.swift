import BearingModel

/// One page to render; contexts are built inside the worker, since each is needed only for its page.
enum PageJob: Sendable {
    case dashboard, review, strategy, alignment, quarters, roadmaps, search, scoring
    case priority(Priority), quarter(Quarter), report(Quarter), roadmap(Roadmap)
    /// The objective at this index of `SiteContent.objectives`: an index, so the thousands of objective jobs are
    /// small values rather than copies of every objective.
    case objective(Int)

    /// Where the page goes; known before rendering so every folder is created once, up front.
    func path(_ content: SiteContent) -> String {
        switch self {
        case .dashboard: "index.html"
        case .review: "review.html"
        case .strategy: "strategy.html"
        case .alignment: "alignment.html"
        case .quarters: "quarters/index.html"
        case .roadmaps: "roadmaps/index.html"
        case .search: "search.html"
        case .scoring: "scoring.html"
        case .priority(let priority): content.paths.priority(priority.id)
        case .quarter(let quarter): content.paths.quarter(quarter.description)
        case .report(let quarter): content.paths.report(quarter.description)
        case .objective(let index): content.paths.objective(content.objectives[index].id)
        case .roadmap(let roadmap): content.paths.roadmap(roadmap.id)
        }
    }

    func page(_ content: SiteContent, scoring: String) -> Page {
        switch self {
        case .dashboard: content.dashboard()
        case .review: content.reviewPage()
        case .strategy: content.strategyPage()
        case .alignment: content.alignmentPage()
        case .quarters: content.quarterList()
        case .roadmaps: content.roadmapList()
        case .search: content.searchPage()
        case .scoring: content.scoringPage(scoring)
        case .priority(let priority): content.priorityPage(priority)
        case .quarter(let quarter): content.quarterPage(quarter)
        case .report(let quarter): content.reportPage(quarter)
        case .objective(let index): content.objectivePage(content.objectives[index])
        case .roadmap(let roadmap): content.roadmapPage(roadmap)
        }
    }
}
