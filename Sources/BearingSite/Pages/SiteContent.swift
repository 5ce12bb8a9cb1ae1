import BearingAlign
import BearingModel
import BearingReport
import Foundation

/// Builds every page's context from the plan and its alignment. Values only; no I/O.
struct SiteContent: Sendable {
    let plan: Plan
    let alignment: Alignment
    let renderer: HTMLRenderer
    /// `plan.objectives`, flattened from the files once.
    let objectives: [Objective]
    /// `plan.quarters`, gathered from every file once: pages and page keys ask for it dozens of times.
    let quarters: [Quarter]
    let objectivesByID: [String: Objective]
    let roadmapItemsByID: [String: RoadmapItem]
    /// Each roadmap's label (`roadmapLabel`) by its id, the first roadmap of an id winning: where a roadmap item
    /// sits, asked for each item by rows, groups and the search index (finding its roadmap by a scan that copied
    /// every roadmap, twice, was 42 M instructions of a one-file rebuild at 200 files).
    let roadmapLabels: [String: String]
    /// Every page's file, assigned once so that no two pages share one.
    let paths: SitePaths
    /// Per priority page, in item order: each counted item shown there and its strongest link to the priority
    /// (for a top-level priority, links to its sub-priorities count too). Filtering every item for every
    /// priority page was quadratic.
    let priorityRows: [String: [(item: AlignedItem, link: Link)]]
    /// Per objective id, the roadmap items whose `Objectives:` line names it, in plan order.
    let roadmapItemsServing: [String: [RoadmapItem]]
    /// Work its key results' writers marked at risk or off track: the attention list and the owners' and teams' counts
    /// read one table, so they agree.
    let keyResultFlags: KeyResultFlags
    /// Every item grouped by where it sits, as the search page and the search index list them: gathered once, for
    /// both of them and for the search page's key (each had gathered them over every item again).
    private(set) var searchGroups: [SearchIndex.Group] = []
    /// What changed since the last review, from the plan's history; nil when the build has none.
    var changes: PlanChanges?
    /// Each item's trend from the plan's history; nil when the build has none, and then pages carry nothing for it.
    var trends: PlanTrends?
    /// Key results unchanged for `stale_after_weeks`, in plan order; empty without history.
    var stale: [StaleKeyResult] = [] {
        didSet { staleByObjective = Dictionary(grouping: stale, by: \.objective) }
    }
    private(set) var staleByObjective: [String: [StaleKeyResult]] = [:]

    /// `index`, when given, was made from this same plan (`SiteIndex`); otherwise it is made here.
    init(plan: Plan, alignment: Alignment, renderer: HTMLRenderer, index: SiteIndex? = nil) {
        self.plan = plan
        self.alignment = alignment
        self.quarters = plan.quarters
        let quarters = self.quarters
        let labels = Self.roadmapLabels(plan)
        self.roadmapLabels = labels
        let paths = index?.paths ?? SitePaths(plan: plan)
        // The tables are independent, built on both cores: on a large plan each takes a noticeable while. Without an
        // index, making it (paths, anchors, tables by id) is one of them.
        let tables = Parallel.map([0, 1, 2]) { table -> Tables in
            switch table {
            case 0: .index(index ?? SiteIndex(plan: plan, paths: paths))
            case 1: .rows(alignment.workByPriority())
            default: .search(Self.searchGroups(plan: plan, alignment: alignment, paths: paths, quarters: quarters, labels: labels))
            }
        }
        var made: SiteIndex?, priorityRows: [String: [(item: AlignedItem, link: Link)]] = [:], searchGroups: [SearchIndex.Group] = []
        for table in tables {
            switch table {
            case .index(let value): made = value
            case .rows(let value): priorityRows = value
            case .search(let value): searchGroups = value
            }
        }
        // Table 0 always gives the index: the fallback only spares a force-unwrap.
        let site = made ?? index ?? SiteIndex(plan: plan, paths: paths)
        self.paths = site.paths
        var renderer = renderer
        renderer.anchors = site.anchors
        self.renderer = renderer
        self.objectives = site.objectives
        self.keyResultFlags = KeyResultFlags(objectives: site.objectives)
        self.objectivesByID = site.objectivesByID
        self.roadmapItemsByID = site.roadmapItemsByID
        self.roadmapItemsServing = site.roadmapItemsServing
        self.priorityRows = priorityRows
        self.searchGroups = searchGroups
    }

    private enum Tables: Sendable {
        case index(SiteIndex)
        case rows([String: [(item: AlignedItem, link: Link)]])
        case search([SearchIndex.Group])
    }


    var strategy: Strategy { alignment.strategy }

    /// The renderer for text from `file` shown on `page`: its headings' anchors and its links are the site's.
    func renderer(page: String, file: String) -> HTMLRenderer {
        var renderer = renderer
        renderer.page = page
        renderer.file = file
        return renderer
    }
    var title: String { plan.config.title ?? strategy.title }
    var current: ScopeScore? { alignment.currentQuarter.flatMap { alignment.scope(.quarter, $0.description) } }

    /// Where today stands in the plan: "in 2026-Q4", or, when today is past the plan's last period, "the latest
    /// quarter, FY2024-Q1, ended on 2023-04-30": GitLab's OKR pages, last written in 2023, once read "As of
    /// 2026-12-02, in FY2024-Q1" and put that quarter under "This quarter so far".
    /// What the current period is called: a plan by years has a year, not a quarter.
    var currentPeriodWord: String {
        alignment.currentQuarter?.span.word ?? "quarter"
    }

    var standing: (text: String, ended: Bool)? {
        guard let quarter = alignment.currentQuarter else { return nil }
        let interval = quarter.dateInterval
        guard interval.end <= alignment.today else { return ("in \(quarter)", false) }
        return ("the latest \(currentPeriodWord), \(quarter), ended on \(ReportDocument.day(interval.end.addingTimeInterval(-1)))", true)
    }

    func item(_ id: String) -> AlignedItem? { alignment.item(id) }

    func priorityTitle(_ id: String) -> String {
        strategy.priority(id).map { "\($0.number) \($0.title)" } ?? id
    }

    /// Where an item sits: its quarter, or its roadmap and lane.
    func whereText(_ item: AlignedItem) -> String { Self.whereText(item, labels: roadmapLabels) }

    /// `whereText`, with the roadmaps' labels by id (`roadmapLabels`).
    static func whereText(_ item: AlignedItem, labels: [String: String]) -> String {
        if item.kind == .roadmapItem {
            return item.roadmap.flatMap { labels[$0] } ?? "roadmap " + (item.roadmap ?? "")
        }
        return item.quarter?.description ?? ""
    }

    /// `whereText` of item after item, each distinct text numbered in the order first met (`names`): a file's items
    /// come one after another, so an item sitting where the one before it sits (the same kind of place, the same
    /// quarter or roadmap: all `whereText` reads) takes its number without its text made and hashed again.
    struct Places {
        let labels: [String: String]
        private(set) var names: [String] = []
        private(set) var numbers: [String: Int] = [:]
        private var previous: (roadmapItem: Bool, quarter: Quarter?, roadmap: String?, number: Int)?

        init(labels: [String: String]) { self.labels = labels }

        mutating func number(of item: AlignedItem) -> Int {
            let roadmapItem = item.kind == .roadmapItem, quarter = item.quarter, roadmap = item.roadmap
            if let previous, previous.roadmapItem == roadmapItem, roadmapItem ? previous.roadmap == roadmap : previous.quarter == quarter {
                return previous.number
            }
            let text = SiteContent.whereText(item, labels: labels)
            let number: Int
            if let known = numbers[text] {
                number = known
            } else {
                number = names.count
                names.append(text)
                numbers[text] = number
            }
            previous = (roadmapItem, quarter, roadmap, number)
            return number
        }
    }

    /// Each roadmap's `roadmapLabel` by its id; of two roadmaps with one id, the first's.
    static func roadmapLabels(_ plan: Plan) -> [String: String] {
        let roadmaps = plan.roadmaps
        // By index: a loop over the roadmaps themselves copies each one.
        var ids: [String: Set<String>] = [:]
        for index in roadmaps.indices { ids[roadmaps[index].title, default: []].insert(roadmaps[index].id) }
        var labels: [String: String] = [:]
        for index in roadmaps.indices where labels[roadmaps[index].id] == nil {
            let id = roadmaps[index].id, title = roadmaps[index].title
            // Another roadmap has its title: the one ids of that title are more than its own.
            let shared = (ids[title]?.count ?? 0) > 1
            labels[id] = "roadmap " + title + (shared ? " (\(id))" : "")
        }
        return labels
    }

    /// A roadmap card's declared priorities when its text supports none of them: shown as declared, not as "no priority".
    func unsupportedChips(_ itemID: String) -> TemplateValue {
        .list(alignment.unsupportedDeclarations(of: itemID).map { link in
            ["label": .text(strategy.priority(link.priority).map { "\($0.number) \(short($0.title))" } ?? link.priority),
             "href": .text(paths.priority(link.priority)), "strength": .text(format(link.strength))]
        })
    }

    func chips(_ itemID: String) -> TemplateValue {
        .list(alignment.links(of: itemID).filter { $0.strength >= Alignment.threshold }.map { link in
            let priority = strategy.priority(link.priority)
            return ["label": .text(priority.map { "\($0.number) \(short($0.title))" } ?? link.priority), "kind": .text(link.kind.rawValue),
                    "href": .text(paths.priority(link.priority)), "strength": .text(format(link.strength))]
        })
    }

    func short(_ title: String, words limit: Int = 5) -> String {
        let words = title.split(separator: " ")
        return words.count > limit ? words.prefix(limit).joined(separator: " ") + "…" : title
    }

    func format(_ value: Double) -> String { NumberFormat.fixed(value, digits: 2) }
    func percent(_ value: Double) -> String { "\(Int((value * 100).rounded()))%" }
    func band(_ grade: Double?) -> String { grade.map { Grade.band($0) } ?? "" }

    func keyResults(_ results: [KeyResult]) -> TemplateValue {
        .list(results.map { result in
            var fields: TemplateValue.Fields = ["text": .text(result.text), "done": .flag(result.done), "known": .flag(result.progress != nil)]
            if let progress = result.progress { fields["percent"] = .number(Int((progress * 100).rounded())) }
            return .object(fields)
        })
    }

    /// True when the scope has items and none says enough to link: its gaps, coverage and orphans are then unknown,
    /// not "every priority a gap" and "all work serves a priority" (GitLab's FY24-Q1 of three empty objectives).
    func nothingJudged(_ scope: ScopeScore?) -> Bool {
        guard let scope else { return false }
        return scope.items > 0 && scope.tooLittleText.count >= scope.items
    }

    /// The figures shown on the dashboard and each quarter page.
    func kpis(_ scope: ScopeScore) -> TemplateValue {
        // Items with too little text to link are out of the index and the orphans: GitLab's FY24-Q1, three empty
        // objectives titled "CEO", read "alignment index 0" and "0% orphan work, 0 of 3 items" above three rows of
        // "no priority". Counted as judged, or said to be unjudged.
        let thin = scope.tooLittleText.count, judged = scope.items - scope.tooLittleText.count
        let unjudged = thin == 1 ? "1 item says too little to link" : "\(thin) items say too little to link"
        var kpis: [TemplateValue] = [
            judged == 0 && thin > 0
                ? ["value": "–", "label": "alignment index", "note": .text(unjudged), "band": ""]
                : ["value": .text(NumberFormat.fixed(scope.alignmentIndex, digits: 0)), "label": "alignment index", "note": "out of 100", "band": ""],
            judged == 0 && thin > 0
                ? ["value": "–", "label": "priorities covered", "note": "none judged", "band": ""]
                : ["value": .text(percent(scope.coverage)), "label": "priorities covered",
                   "note": strategy.topLevel.count < strategy.priorities.count ? .text("\(percent(scope.subCoverage)) of sub-priorities") : "", "band": ""],
            judged == 0 && thin > 0
                ? ["value": "–", "label": "orphan work", "note": "none judged", "band": ""]
                : ["value": .text(percent(scope.orphanShare)), "label": "orphan work",
                   "note": .text("\(scope.orphans.count) of \(judged) items" + (thin > 0 ? "; \(unjudged)" : "")), "band": ""],
        ]
        if scope.planned {
            kpis.append(["value": "planned", "label": "not started", "note": "no grade or pace until it starts", "band": ""])
        }
        if let grade = scope.grade, let pace = scope.pace, pace.status != "finished" {
            // A quarter under way has a pace, not a grade: coloured only when it is behind.
            kpis.append(["value": .text(format(grade)), "label": "key-result progress so far",
                         "note": .text("\(percent(pace.elapsed)) of the \(pace.periodWord) gone: \(pace.status.replacingOccurrences(of: "-", with: " "))"
                                       + (scope.gradeCoverage.map { "; \($0)" } ?? "")),
                         "band": .text(pace.status == "behind" ? "red" : "")])
        } else if let grade = scope.grade {
            // Under half the key results measured, no band: the note says how many were.
            var note = [scope.gradeBand.map { "\($0) band" }, scope.gradeCoverage].compactMap { $0 }.joined(separator: ", ")
            if scope.pace?.status == "finished" { note += ", quarter finished" }
            kpis.append(["value": .text(format(grade)), "label": "key-result grade", "note": .text(note), "band": .text(scope.gradeBand ?? "")])
        }
        if let balance = scope.balance { kpis.append(["value": .text(format(balance)), "label": "balance against weights", "note": "1 is exactly as targeted", "band": ""]) }
        return .list(kpis)
    }

    /// `kpis`, with the figures that links decide (index, coverage, orphans, balance) marked provisional when the plan
    /// has errors: "66 alignment index, out of 100" beside "7 errors" read as final. The grade is read from key
    /// results, which no reference error changes.
    func kpis(_ scope: ScopeScore, provisional: ProvisionalFigures?) -> TemplateValue {
        guard let provisional, case .list(let cards) = kpis(scope) else { return kpis(scope) }
        let linked: Set<String> = ["alignment index", "priorities covered", "orphan work", "balance against weights"]
        return .list(cards.map { card in
            guard case .object(var fields) = card, case .text(let label)? = fields["label"], linked.contains(label) else { return card }
            // The count on the headline figure; the others say only "provisional", the sentence above says why.
            let note: String = if case .text(let note)? = fields["note"], !note.isEmpty { note + " · " } else { "" }
            fields["note"] = .text(note + (label == "alignment index" ? provisional.short : "provisional"))
            fields["provisional_card"] = .flag(true)
            return .object(fields)
        })
    }

    /// The sentence above provisional figures: how many errors and what they do to the figures.
    func provisionalNote(_ provisional: ProvisionalFigures?) -> TemplateValue {
        // No link to the list of errors: a site rendered without it (`showProblems` off) would link to nothing.
        provisional.map {
            .text("<strong>Provisional figures.</strong> " + HTMLEscape.escape("\($0.reason). They will change when the errors are fixed: ")
                  + "<code>bearing check</code> lists them.")
        } ?? ""
    }

    /// `declared`: the scope's gaps that items declare (`ScopeScore.declaredGaps`), noted beside them: a gap a team
    /// declared work for is not one nobody works on.
    func gapEntries(_ ids: [String], declared: [String: Int] = [:]) -> TemplateValue {
        .list(ids.compactMap { strategy.priority($0) }.map {
            ["number": .text($0.number), "title": .text($0.title), "href": .text(paths.priority($0.id)),
             "note": .text(Alignment.declaredGapText(declared[$0.id]) ?? "")]
        })
    }

    /// An orphan that declares a priority says so beside where it sits: its text does not say how it serves it.
    func orphanEntries(_ ids: [String]) -> TemplateValue {
        .list(ids.compactMap(item).map { item in
            let declared = unsupportedDeclaration(item.id).map { " · declared: \($0) — its text does not say how" } ?? ""
            return ["title": .text(item.title), "href": .text(paths.item(item)), "where": .text(whereText(item) + declared)]
        })
    }

    /// The names of the priorities an item declares when its text supports none of them ("2 Reliable platform"), nil
    /// when it declares nothing or serves a priority.
    func unsupportedDeclaration(_ itemID: String) -> String? {
        let names = alignment.unsupportedDeclarations(of: itemID).map { priorityTitle($0.priority) }
        return names.isEmpty ? nil : names.joined(separator: ", ")
    }

    /// Where items sit, in the order the site lists them: quarters newest first, then roadmaps.
    func scopeLabels() -> [String] {
        quarters.reversed().map(\.description) + plan.roadmaps.map(roadmapLabel)
    }

    /// A roadmap's label: "roadmap " and its title, and its id too when another roadmap has the same title. GOV.UK's
    /// three snapshots are all titled "Roadmap": by title alone the alignment matrix showed one row of all 42 items
    /// three times, each linking to the same page.
    func roadmapLabel(_ roadmap: Roadmap) -> String { Self.roadmapLabel(roadmap, plan: plan) }

    static func roadmapLabel(_ roadmap: Roadmap, plan: Plan) -> String {
        let shared = plan.roadmaps.contains { $0.title == roadmap.title && $0.id != roadmap.id }
        return "roadmap " + roadmap.title + (shared ? " (\(roadmap.id))" : "")
    }

    /// A quarter's or roadmap's label as a heading: "Roadmap: Platform" rather than `whereText`'s "roadmap Platform".
    func scopeHeading(_ label: String) -> String {
        label.hasPrefix("roadmap ") ? "Roadmap: " + label.dropFirst("roadmap ".count) : label
    }

    /// The anchor of one quarter's or roadmap's section on a priority page.
    func scopeAnchor(_ label: String) -> String { "in-" + SitePaths.component(label) }
}
