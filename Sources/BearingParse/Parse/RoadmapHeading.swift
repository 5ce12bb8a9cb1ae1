import BearingModel

/// What a heading in a roadmap file is for. Real roadmaps put their work under horizon, period or theme
/// headings, and beside it sections that describe the roadmap (introduction, legend, how we work, review
/// schedule, staffing, meetings, the strategy it serves): those hold no roadmap items, whatever their lists
/// look like.
enum RoadmapHeading {
    /// Words that, as the first words of a title or the whole title, make it a section about the roadmap.
    private static let asideStarts = [
        "introduction", "intro", "overview", "background", "description", "summary", "about", "purpose", "motivation",
        "context", "why", "how", "legend", "status legend", "key to", "glossary", "definitions", "table of contents",
        "contents", "on this page", "toc", "faq", "frequently asked", "questions", "staffing", "help wanted",
        "meeting", "meetings", "sig meetings",
        // Who is away when, beside the plan ("## Team Capacity" over "- **Alice Leave**: Jul W2-Jul W3"): what the work is
        // planned around, not work. Not "Holidays" or "Vacations" alone: a shop's season or a travel product as often.
        "team capacity", "team availability", "capacity and leave", "time off", "planned leave", "planned absences",
        "absences", "out of office", "discussion", "labels", "linked issues", "project board", "related otep",
        "related projects", "related links", "related issues", "related reading", "existing related", "references", "resources", "links", "further reading", "see also", "acknowledg", "contributing",
        "changelog", "revision history", "notes", "closing remarks", "responsibilities", "our responsibilities", "get involved", "getting involved", "for contributors", "for funders",
        "past roadmaps", "previous roadmaps", "previous updates", "past updates", "earlier updates", "previous reports",
        "past reports", "appendix", "appendices", "mission", "vision", "values", "principles", "founding principles",
        "project vision", "roadmap strategy", "approach", "invariants", "guiding principles", "design principles",
        "tenets", "core tenets", "guiding tenets", "project tenets", "core values", "core principles", "our values",
        "our principles", "our tenets",
        "guardrails", "constraints", "assumptions", "risks", "risk mitigation", "potential challenges",
        "current challenges", "challenges", "key challenge", "not a focus", "known limitations", "limitations", "caveats", "known caveats", "goals, objectives, and requirements",
        "requirements", "tc sponsorship", "required staffing", "industry outreach", "additional sig members",
        "current business reality", "expected revenue", "primary focus", "main focus", "known risks", "open risks",
        "key risks", "requests to other", "requests for other", "asks of other", "additional information", "more information",
        "management of the roadmap", "non-goals", "non goals", "nongoals", "anti-goals", "out of scope", "not in scope",
        "not planned", "not on the roadmap", "not on our roadmap", "off the roadmap",
        // What a project's own ROADMAP.md keeps beside its plan: the bugs it knows of ("## Known Issues" under "## 향후
        // 개선 예정"), the questions it has not settled (Cerberus's "#### Undecided issues"), the report around it ("##
        // Executive Summary", "## Success Criteria", "## Metrics & Targets", "## Resource Requirements", "## Version History").
        "known issues", "known bugs", "known problems", "undecided", "unresolved questions", "open questions",
        "executive summary", "success criteria", "metrics & targets", "metrics and targets", "resource requirements",
        "version history", "document history", "change history",
        // A suite roadmap's summary of itself ("## Progress Dashboard" restating each item with ✅/⏳, "## Quick Reference"
        // of architecture and deployment URLs, "## Metrics & Goals"): the plan's own report and reference, not more work.
        "progress dashboard", "status dashboard", "progress overview", "status overview", "at a glance", "quick reference",
        "quick links", "metrics & goals", "metrics and goals",
        // What must hold for the lane's work to count as finished ("### “Definition of Done” Q1" over "Gate 1 e Gate 2
        // aprovados…"): the gates the work passes, not more work. In the languages roadmaps come in.
        // Risks beside the plan ("## Risiken / Gegenmaßnahmen" over "- Zeitdruck → Scope klar priorisieren") and the
        // figures it is measured by ("## KPIs" over "- Testabdeckung ≥ 80%"): what may go wrong and how the work is judged,
        // not more work. In the languages roadmaps come in.
        "riesgos", "risques", "risiken", "risiko", "riscos", "rischi", "kpis", "kpi", "key performance indicators", "kennzahlen",
        "definition of done", "definition of ready", "acceptance criteria", "exit criteria", "done criteria",
        "completion criteria", "release criteria", "definição de pronto", "definição de concluído", "definição de feito",
        "critérios de aceite", "critérios de aceitação", "critério de aceite", "critérios de saída", "critérios de conclusão",
        "critérios de sucesso", "definición de hecho", "definición de terminado", "definición de listo",
        "criterios de aceptación", "criterios de salida", "criterios de finalización", "criterios de éxito",
        "akzeptanzkriterien", "abnahmekriterien", "erfolgskriterien", "austrittskriterien", "critères d'acceptation",
        "critères d’acceptation", "critères de sortie", "critères de succès", "critères de réussite", "définition de terminé",
        "définition de fini",
    ]
    /// Words anywhere in a title that make it a schedule or legend rather than work.
    /// What a roadmap says it will not do is an aside wherever the title says so ("Non-Features (Out of Scope)", "Things
    /// that are NOT planned").
    /// ("2025 Release Schedule" over dated releases is work, and is a lane; "Release scheduling and roadmap review
    /// schedule" is still a note by its review schedule.)
    private static let asideWords = ["review schedule", "legend", "roadmap review", "meeting times", "focus areas", "strategic focus",
                                     // "## Strategic Themes" over "1. **Reliability**: no lost events": the themes the work
                                     // below is sorted by, as a template lists them first — not three pieces of work.
                                     "strategic themes", "project board",
                                     "out of scope", "not in scope", "non-goal", "non goal", "nongoal", "non-feature", "anti-goal",
                                     "not planned"]
    /// Nouns that, as the last word of a title, make it a statement about the work rather than the work: "Roadmap
    /// Principles", "Engineering principles", "Design decisions", "Product Decisions" constrain the items under the
    /// other headings. ("Summary" is not one: a report's "Activities Summary" is the quarter's work.)
    private static let asideEnds: Set<String> = ["principles", "tenets", "decisions"]
    /// Lanes whose items are finished: their items are done unless they say otherwise.
    private static let doneStarts = [
        "done", "completed", "complete", "recently completed", "recently shipped", "shipped", "delivered", "accomplished",
        "what we've accomplished", "what we’ve accomplished", "what has been done", "what we've done", "what we’ve done",
        "what we have done", "achievements", "released", "finished", "roadmap completed items", "completed items",
        "resolved", "fixed",
    ]
    /// Lanes of work decided against or put off: "Won't do", "Deferred", "Parked", "Postponed". Their items are shown
    /// where the writer put them, as work that is not planned.
    private static let droppedStarts = [
        "removed", "dropped", "cancelled", "canceled", "descoped", "abandoned", "archived", "deferred", "parked", "postponed",
        "shelved", "on ice", "rejected", "declined", "won't do", "won’t do", "wont do", "will not do", "not doing",
        "what we won't do", "what we won’t do", "what we will not do", "what we're not doing", "what we’re not doing",
        // "Anti-roadmap (things we are not building)": what the team keeps being asked for and has said no to.
        "anti-roadmap", "anti roadmap", "antiroadmap", "not building", "things we are not building", "things we're not building",
        "things we’re not building", "things we won't build", "things we won’t build", "what we are not building",
        "what we're not building", "what we’re not building", "what we won't build", "what we won’t build", "won't build",
        "won’t build", "will not build",
    ]
    /// Words that make a lane a horizon rather than a theme.
    /// Each horizon word between spaces, to find it as a whole word in a title joined so.
    private static let paddedHorizonWords = horizonWords.map { " " + $0 + " " }
    private static let horizonWords = [
        "now", "next", "later", "future", "ongoing", "upcoming", "backlog", "shipped", "completed", "in flight", "in-flight",
        "in progress", "near term", "near-term", "mid-term", "mid term", "long-term", "long term", "short-term", "short term",
        "coming up", "working on", "candidates", "someday", "icebox", "planned", "exploring", "what's next", "what’s next",
        "soon",
    ]
    /// "v1.x", "1.9", "Version 3", "Release 2.0", "v2 release": a release, as a lane. A bare number is a year or a count.
    private static let release = Pattern(#"^(?:(?:v|version\s*|release\s*)[0-9]+(?:\.(?:[0-9]+|x))*|[0-9]+(?:\.(?:[0-9]+|x))+)(?:\s+release)?$"#)

    /// Nouns that name a collection of work, never one piece of it ("### Deliverables", "### Key milestones"), and
    /// the words that may qualify them.
    private static let collectionNouns: Set<String> = [
        "deliverables", "milestones", "features", "items", "initiatives", "projects", "epics", "workstreams", "tasks", "activities",
        "backlog", "backlogs",
    ]
    private static let collectionQualifiers: Set<String> = ["key", "main", "major", "planned", "upcoming", "our", "the", "work", "next", "top"]

    /// True for a heading that names a collection of work ("Deliverables", "Planned features"): its lists are items.
    static func isCollection(_ title: String) -> Bool {
        let words = normalized(title).split(separator: " ").map(String.init)
        guard let last = words.last, collectionNouns.contains(last) else { return false }
        return words.dropLast().allSatisfy(collectionQualifiers.contains)
    }

    /// True for a heading that starts with a release and says more after it: "v1.1.0 (Q1 2027) - Next Minor Release",
    /// "Release 2.0: Plugins".
    static func leadsWithRelease(_ title: String) -> Bool {
        let lower = normalized(title)
        let cut = [" (", " - ", " – ", " — ", ": "].compactMap { lower.range(of: $0)?.lowerBound }.min() ?? lower.endIndex
        return release.firstMatch(in: String(lower[..<cut])) != nil
    }

    /// True for a lane titled as a release ("v1.x", "Release 2.0").
    static func isRelease(_ title: String) -> Bool {
        release.firstMatch(in: normalized(title)) != nil
    }

    /// True for sections that describe the roadmap instead of holding its items.
    /// "## Priorities", "## Our priorities", "## Team priorities", "## Strategic pillars": what the team puts first, which
    /// the roadmap's work serves, not a lane of work. ("## Q3 priorities" names a period and stays a lane.)
    static func isOwnPriorities(_ title: String) -> Bool {
        let words = normalized(TitleLabel.stripLeadingSymbols(title)).split(whereSeparator: { !$0.isLetter }).map(String.init)
        guard let last = words.last, ["priorities", "priority", "pillars"].contains(last) else { return false }
        return words.dropLast().allSatisfy(["our", "team", "key", "top", "current", "product", "the", "main", "strategic", "core"].contains)
    }

    /// "High Priority", "Medium priority items", "Priority: Low", "P1", "P0 - Must have": a heading that ranks how urgent
    /// its work is (`ImportanceValue`), not what the work is or how it stands.
    static func namesPriorityLevel(_ title: String) -> Bool {
        let words = normalized(TitleLabel.stripLeadingSymbols(title)).split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        guard let first = words.first else { return false }
        if first.count == 2, first.hasPrefix("p"), let rank = first.last?.wholeNumberValue, rank <= 4 { return true }
        guard let at = words.firstIndex(where: { $0 == "priority" || $0 == "priorities" }) else { return false }
        let ranks = words[..<at].isEmpty ? Array(words[(at + 1)...]) : Array(words[..<at])
        let rest = words[..<at].isEmpty ? [] : Array(words[(at + 1)...])
        return !ranks.isEmpty && ranks.allSatisfy(levels.contains) && rest.allSatisfy { ["items", "work", "tasks", "features"].contains($0) }
    }

    /// Levels of urgency; not "top", since "Top priorities" names what matters most, whose circles say how it stands.
    private static let levels: Set<String> = ["critical", "urgent", "high", "highest", "medium", "med", "mid", "low", "lowest", "normal"]

    /// Aside words that name the roadmap's themes, the one kind of aside a writer often means as work (Shipwright's "Focus
    /// Areas"). "2026 strategic focus" in 2i2c's plan is a statement of direction and stays quiet.
    static let themeWords: Set<String> = ["focus areas"]

    /// The words that made `title` an aside ("focus areas", "risks", "principles"), to say why its section is not a lane.
    static func asideReason(_ title: String) -> String? {
        let lower = normalized(title)
        guard !isDeclinedLane(lower) else { return nil }
        if namesPersonaOutcomes(lower) { return "persona outcomes" }
        if let word = asideWords.first(where: { lower.containsBytes(of: $0) }) { return word }
        if isAboutTheRoadmap(lower) { return "about the roadmap" }
        if PlanRunningAsides.names(lower) { return "how the plan is run" }
        if let last = lower.split(whereSeparator: { !$0.isLetter }).last, asideEnds.contains(String(last)) { return String(last) }
        if lower.hasPrefix("acknowledg") { return "acknowledgements" }
        if asksToJoin(lower) { return "get involved" }
        if describesNotation(lower) { return "format" }
        let unquoted = Self.unquoted(lower)
        return asideStarts.filter { starts(unquoted, with: $0) }.max { $0.count < $1.count }
    }

    static func isAside(_ title: String) -> Bool {
        let lower = normalized(title)
        if isDeclinedLane(lower) { return false }
        if namesPersonaOutcomes(lower) { return true }
        if asideWords.contains(where: { lower.containsBytes(of: $0) }) { return true }
        if isAboutTheRoadmap(lower) { return true }
        // "Governance", "Gouvernance et suivi", "Project History": how the plan is run, what came before it.
        if PlanRunningAsides.names(lower) { return true }
        if let last = lower.split(whereSeparator: { !$0.isLetter }).last, asideEnds.contains(String(last)) { return true }
        if asksToJoin(lower) { return true }
        if describesNotation(lower) { return true }
        let unquoted = Self.unquoted(lower)
        if cjkAsides.contains(lower) || cjkAsideStarts.contains(where: { lower.hasPrefix($0) }) { return true }
        return asideStarts.contains { starts(unquoted, with: $0) } || lower.hasPrefix("acknowledg")
    }

    /// "Format: `[ID] [P?] [Story?] Description`", "Task format", "Parallel Example: User Story 1": the key to how a
    /// generated task list writes its tasks (spec-kit's `tasks.md`, over "- **[P]**: Can run in parallel") and a sample
    /// of them, not work. "Format migration" and "Formatting rules for the API" are work: a format title must be only
    /// the word, or the word, a colon and a bracketed pattern.
    private static func describesNotation(_ lower: String) -> Bool {
        if ["format", "task format", "tasks format", "format notation", "task notation"].contains(lower.strippingEnds(": ")) { return true }
        for lead in ["format:", "task format:"] where lower.hasPrefix(lead) {
            return lower.dropFirst(lead.count).contains("[")
        }
        return starts(lower, with: "parallel example") || starts(lower, with: "parallel examples")
    }

    /// "Want to get involved?", "Want to help make this happen?", "How can I contribute?": a question that asks the reader
    /// to join in, over where to file issues, as "Get involved" is. A question about the work ("Which exporters next?") is not.
    private static func asksToJoin(_ lower: String) -> Bool {
        // "How can we help teams adopt tracing?" asks about the work: helping alone is not joining in.
        lower.hasSuffix("?") && (["involved", "contribut", "participat", "join us", "join the"].contains { lower.containsBytes(of: $0) }
            || ["want to help", "can you help", "how can i help", "how you can help", "like to help"].contains { lower.containsBytes(of: $0) })
    }

    /// The report a generated project roadmap keeps around its phases (ClaudeKit's docs/project-roadmap.md: "## Success
    /// Metrics" over tables of targets, "## Risk Assessment", "## Decision Log", "## Dependencies & Constraints" over the
    /// services and browsers it needs, "## Release History", "## Sign-Off"): how the work is judged and what it rests on,
    /// not more work. Whole titles of a lane's heading only: "### Risk assessment" under "## Q4 2023" is work to do, and
    /// "Release history page" a feature.
    static func isReportSection(_ title: String) -> Bool { reportAsides.contains(normalized(title)) }

    private static let reportAsides: Set<String> = [
        "success metrics", "key metrics", "risk assessment", "risk analysis", "decision log", "decisions log", "release history",
        "sign-off", "sign off", "dependencies & constraints", "dependencies and constraints", "dependency & risk analysis",
        "dependency and risk analysis", "dependencies & risks", "dependencies and risks", "external dependencies",
        // The notes spec-kit's task list (`specs/NNN-feature/tasks.md`) keeps after its phases: "## Dependencies &
        // Execution Order" (which phase waits for which, what may run in parallel), "## Implementation Strategy" ("MVP
        // First", "Incremental Delivery" steps that restate the phases), "## Path Conventions", and what assistants add to
        // it ("## Task Count Summary", "## Troubleshooting"). How the phases are run, not more phases. And the sections of
        // its plan.md template, the design the tasks come from: "## Technical Context", "## Constitution Check",
        // "## Project Structure", "## Complexity Tracking".
        "dependencies & execution order", "dependencies and execution order", "execution order", "implementation strategy",
        "implementation strategies", "path conventions", "task count summary", "task summary", "troubleshooting",
        "technical context", "constitution check", "project structure", "complexity tracking",
    ]

    /// Risks, notes and the overview beside a Japanese, Chinese or Korean plan ("## リスクと対策" over a table of risks,
    /// "## 注意事項", "## 概要" over the task count), as "Risks", "Notes" and "Overview" are in English.
    /// Whole titles, or a risk joined to its countermeasures: "リスク管理機能" (a risk-management feature) is work.
    /// How to contribute ("## 参与贡献" over "认领任务：在 Issues 中选择 roadmap 标签"), as "Contributing" is in English.
    private static let cjkAsides: Set<String> = ["リスク", "注意事項", "风险", "風險", "注意事项", "리스크", "위험", "주의사항",
                                                  "概要", "概述", "개요", "参与贡献", "參與貢獻", "如何贡献", "如何貢獻", "贡献指南",
                                                  "貢獻指南", "贡献", "貢獻", "参与", "參與", "コントリビュート", "コントリビューション", "貢献",
                                                  "貢献方法", "貢献するには", "기여", "기여하기", "기여 방법", "참여하기", "참여 방법"]
    private static let cjkAsideStarts = ["リスクと", "リスク・", "リスク/", "风险与", "风险和", "風險與", "리스크 및", "위험 및"]

    /// "### Resultado de negócio (personas)", "### Outcomes by persona", "### Personas": what each kind of user gets
    /// from the lane's work, one bullet a persona (`- **Admin**: cria projeto…`). It is the outcome of the deliverables
    /// the lane lists beside it, so read as work it counted that work twice and made items titled "Admin" and "Client"
    /// in every quarter. A feature named after personas ("Persona builder", "Personal dashboards") is still work: every
    /// other word of the title must be one of outcome or user.
    private static func namesPersonaOutcomes(_ lower: String) -> Bool {
        let words = lower.split(whereSeparator: { !$0.isLetter }).map(String.init)
        guard words.contains(where: personaWords.contains) else { return false }
        return words.allSatisfy { personaWords.contains($0) || personaCompanions.contains($0) }
    }

    private static let personaWords: Set<String> = ["persona", "personas", "personae", "personen"]
    private static let personaCompanions: Set<String> = [
        "user", "users", "customer", "customers", "target", "key", "our", "the", "business", "outcome", "outcomes", "result",
        "results", "value", "benefit", "benefits", "impact", "by", "per", "for", "and", "what", "get", "gets", "goals",
        "resultado", "resultados", "de", "do", "da", "dos", "das", "negócio", "negocio", "valor", "benefício", "beneficio",
        "benefícios", "beneficios", "impacto", "por", "para", "e", "y", "usuário", "usuários", "usuario", "usuarios", "cliente",
        "clientes", "résultat", "résultats", "resultat", "pour", "et", "par", "valeur", "bénéfices", "utilisateurs",
        "ergebnis", "ergebnisse", "nutzen", "für", "pro", "und", "nach", "wert", "nutzer", "kunden",
    ]

    /// The status a lane's title gives an unticked item in it: "In progress", "Ongoing", "Working on", "Current
    /// initiatives" are on track;
    /// "Blocked" is off track; "At risk" at risk. Nil for any other lane.
    static func underway(_ title: String) -> Status? {
        let lower = normalized(title)
        if ["in progress", "in-progress", "ongoing", "working on", "currently working on", "in flight", "in-flight", "active",
            "under way", "underway", "in development", "wip", "work in progress", "work-in-progress",
            // Node.js TSC's "# Current Initiatives" beside "# Need volunteers for" and "# Completed": the ones underway.
            "current initiatives", "current projects", "current work", "current efforts", "current workstreams"].contains(where: { starts(lower, with: $0) }) { return .onTrack }
        if ["blocked", "stalled", "on hold"].contains(where: { starts(lower, with: $0) }) { return .offTrack }
        if starts(lower, with: "at risk") { return .atRisk }
        if let said = translated(lower), [.onTrack, .atRisk, .offTrack].contains(said) { return said }
        return nil
    }

    /// Words that say the work is still to do: "## ❌ What is Not Yet Started / Known Issues", "### ❌ Not implemented yet",
    /// "## ❌ Remaining". A progress report marks such a section with a cross beside ✅ done and 🚧 in progress: the cross
    /// says "not done yet", and its work is not started rather than dropped.
    static func saysToDo(_ title: String) -> Bool {
        let lower = " " + normalized(title).split(whereSeparator: { !$0.isLetter && $0 != "'" && $0 != "’" }).joined(separator: " ") + " "
        // "Not to do this year", "Things we decided not to do": the cross means dropped, whatever "to do" says.
        if [" not to do ", " not doing ", " won't do ", " won’t do ", " will not do "].contains(where: { lower.containsBytes(of: $0) }) { return false }
        return [" not yet started ", " not started ", " yet to start ", " not yet begun ", " not begun ", " to do ", " todo ",
                " not yet implemented ", " not implemented ", " remaining ", " left to build ", " left to do ", " what's left ",
                " what’s left ", " still to do "].contains { lower.containsBytes(of: $0) }
    }

    /// A page titled only as work under way: "In Progress", "Work in progress", "Ongoing work".
    static func isUnderwayPage(_ title: String) -> Bool {
        ["in progress", "in-progress", "work in progress", "work-in-progress", "ongoing", "ongoing work", "in development",
         "in flight", "in-flight", "currently working on", "working on", "wip"].contains(normalized(TitleLabel.stripLeadingSymbols(title)))
    }

    /// The status a whole lane title says in another language ("## En cours", "## Erledigt", "## Cancelado").
    private static func translated(_ lower: String) -> Status? {
        let words = lower.split(whereSeparator: { !$0.isLetter && $0 != "'" })
        guard !words.isEmpty, words.count <= 4 else { return nil }
        return Status.otherLanguages[words.joined(separator: "-")]
    }

    /// Headings that name a part of one piece of work, never a piece of work: "Goals", "Status", "Description", "目标",
    /// "状态" under a milestone's heading.
    private static let itemParts: Set<String> = [
        "goal", "goals", "objective", "objectives", "aim", "aims", "status", "current status", "description", "summary",
        "overview", "scope", "notes", "background", "motivation", "rationale", "why", "details", "timeline", "dates",
        "outcome", "outcomes", "success criteria", "acceptance criteria", "exit criteria", "definition of done", "checklist",
        "目标", "目標", "状态", "状態", "描述", "概述", "概要", "背景", "说明", "説明", "范围", "範囲", "进度", "進捗",
    ]

    /// True for a heading that names a part of one piece of work ("Goals", "Status", "目标").
    static func isItemPart(_ title: String) -> Bool {
        let lower = normalized(title).strippingEnds(":：. ")
        return itemParts.contains(lower)
    }

    /// The status a group heading inside a lane says when it is only a status ("### Work in progress", "### In
    /// progress", "### Blocked"): its items' status when they say none. A theme that starts so ("### Active users")
    /// is not one.
    static func groupStatus(_ title: String) -> Status? {
        var lower = normalized(title).strippingEnds(":：. ")
        // "### Work in progress (WIP)", "### In progress (3)": a short bracket after the status restates or counts it.
        if let range = Self.trailingBracket.firstRange(in: lower), range.lowerBound > lower.startIndex {
            lower = String(lower[..<range.lowerBound]).trimmed
        }
        guard let status = underway(lower) else { return nil }
        let phrases = ["in progress", "in-progress", "ongoing", "working on", "currently working on", "in flight", "in-flight",
                       "under way", "underway", "in development", "wip", "work in progress", "work-in-progress", "blocked", "stalled",
                       "on hold", "at risk"]
        return phrases.contains(lower) || translated(lower) != nil ? status : nil
    }

    private static let trailingBracket = Pattern(#"\s*\([^()]{1,12}\)$"#)

    /// True for a lane of work given up: "Removed", "Dropped", "Cancelled", "Descoped", "Archived" (not "Cut…", a theme may start so).
    static func isDropped(_ title: String) -> Bool {
        let lower = normalized(title)
        return droppedStarts.contains { starts(lower, with: $0) } || isDeclinedLane(lower) || translated(lower) == .dropped
    }

    /// "## Never", "## Not planned": a lane of ideas considered and declined, beside Now / Later / Someday. Only as the
    /// whole title: "Never lose a message" is a theme, and "Things that are NOT planned" a note about scope.
    private static func isDeclinedLane(_ lower: String) -> Bool {
        let words = lower.split(whereSeparator: { !$0.isLetter }).joined(separator: " ")
        return ["never", "not planned", "not doing"].contains(words)
    }

    /// True for a lane of finished work ("Recently shipped", "What We've Accomplished", "Completed").
    static func isDone(_ title: String) -> Bool {
        let lower = normalized(title)
        // "Complete Glean testing and uplift" (Thunderbird's roadmap): the verb before its object is work to do, as
        // "Finish the migration" is; "Complete", "Complete (3)" and "Completed items" say the work is done.
        if lower.hasPrefix("complete "), lower.dropFirst("complete ".count).first?.isLetter == true { return false }
        return doneStarts.contains { starts(lower, with: $0) } || translated(lower) == .done
    }

    /// The lane's kind and normalized period: a horizon when a horizon word is in the title, else what the period
    /// reader says (a period or a theme).
    static func laneKind(_ title: String, year: Int?) -> (Lane.Kind, String?) {
        let lower = normalized(title)
        let words = lower.split(whereSeparator: { !$0.isLetter && $0 != "'" && $0 != "’" && $0 != "-" }).map(String.init)
        let joined = " " + words.joined(separator: " ") + " "
        if paddedHorizonWords.contains(where: { joined.containsBytes(of: $0) }) || isDone(title) || isDropped(title) {
            return (.horizon, horizonPeriod(title, year: year))
        }
        if isRelativePeriod(lower) { return (.period, nil) }
        return PeriodText.laneKind(title, year: year)
    }

    /// The period a horizon names beside it, in brackets or after a dash or colon ("Now (Q4 2026)", "Next — Q1 2027",
    /// "Later: H2 2027"): when its items are planned. Only the aside counts, so "Later this year" names none.
    /// "Q1 2026 - Next Quarter" names its period before the dash, the horizon after it: either side may say when.
    private static func horizonPeriod(_ title: String, year: Int?) -> String? {
        var aside: Substring?
        var head: Substring?
        if title.hasSuffix(")"), let open = title.lastIndex(of: "(") {
            aside = title[title.index(after: open)..<title.index(before: title.endIndex)]
        } else if let mark = title.firstIndex(where: { "—–:".contains($0) }) ?? title.range(of: " - ")?.lowerBound {
            aside = title[title.index(after: mark)...].drop { " -".contains($0) }
            head = title[..<mark]
        }
        if let aside, !aside.trimmed.isEmpty, let period = RoadmapPeriod.heading(String(aside).trimmed, year: year) { return period }
        guard let head, !head.trimmed.isEmpty, PeriodText.normalize(String(head).trimmed, year: year) != nil else { return nil }
        return RoadmapPeriod.heading(String(head).trimmed, year: year)
    }

    /// Units of a plan's own clock: "Weeks 0–8", "Phase 1 (Months 1-3)", "Month 4-6", "Sprint 3", "Iteration 2",
    /// "Milestone 1", "Stage 2", "Year 1". A period of the plan with no calendar date, so its lane is a period, never a theme.
    private static let relativeUnits: Set<String> = [
        "week", "weeks", "month", "months", "sprint", "sprints", "phase", "phases", "iteration", "iterations", "stage",
        "stages", "milestone", "milestones", "year", "years", "day", "days", "cycle", "cycles", "wave", "waves", "increment",
    ]

    /// A title that starts with a relative unit and a number or range ("Phase 1: Foundations", "Weeks 0–8"). "Phase out
    /// the old API" has no number after the unit and stays a theme.
    private static func isRelativePeriod(_ lower: String) -> Bool {
        let words = lower.split(whereSeparator: { $0 == " " || $0 == "(" || $0 == ")" || $0 == ":" || $0 == "," }).map(String.init)
        guard words.count >= 2, relativeUnits.contains(words[0]) else { return false }
        return words[1].first?.isNumber == true
    }

    /// A legend section: its title says so, or every sub-heading is only a status symbol and the colour or status it
    /// stands for ("### Green :green_circle:", "### 🚧 In progress"). A symbol before a name of work ("#### 📅 Developer
    /// tools", "#### 📅 Phase 5：开发工具") marks how that work stands: its section is a group of items, not a legend.
    /// A legend explains two marks or more; one heading such as "### Recently Completed ✅" under a quarter is the work
    /// done in it. So is a section named by when its work is done ("## Q4 2025", "## Now") over "### Shipped ✅" and
    /// "### In progress 🚧", and a sub-heading over a list of titled entries (`- **Portal Separation** (2025-10-25): …`):
    /// a legend's marks are explained in sentences, not listed as pieces of work.
    static func isLegend(_ section: Section) -> Bool {
        if normalized(section.title).containsBytes("legend") { return true }
        guard section.subsections.count >= 2 else { return false }
        let marks = section.subsections.allSatisfy { sub in
            let (status, rest) = Status.symbols(in: sub.title)
            return status != nil && rest.split(separator: " ").count <= 2 && (rest.isEmpty || Status(reading: rest) != nil || isColour(rest))
        }
        guard marks else { return false }
        let (_, bare) = Status.symbols(in: section.title)
        if laneKind(TitleText.clean(bare), year: nil).0 != .theme { return false }
        return !section.subsections.contains { sub in
            sub.blocks.contains { block in
                guard case .list(_, let entries) = block.kind else { return false }
                return entries.allSatisfy { RoadmapBullet.read($0)?.startsBold == true }
            }
        }
    }

    private static let colours: Set<String> = [
        "green", "yellow", "amber", "orange", "red", "blue", "grey", "gray", "purple", "black", "white", "brown", "pink",
    ]

    /// "Green", "Light blue": a colour a legend explains.
    private static func isColour(_ text: String) -> Bool {
        let words = text.lowercased().split(whereSeparator: { !$0.isLetter })
        return !words.isEmpty && words.allSatisfy { colours.contains(String($0)) || ["light", "dark"].contains(String($0)) }
    }

    /// "Roadmap Overview", "Product Roadmap Timeline", "Roadmap at a Glance": the roadmap's own summary of itself.
    private static func summarizesTheRoadmap(_ lower: String) -> Bool {
        let words = lower.split(whereSeparator: { !$0.isLetter }).map(String.init)
        guard let at = words.firstIndex(of: "roadmap"), at <= 1, words.count > at + 1 else { return false }
        return ["overview", "summary", "timeline", "at a glance", "introduction", "intro"].contains(words[(at + 1)...].joined(separator: " "))
    }

    /// Aside titles a template gives a section about the roadmap that other writers give the work itself: "## Strategic
    /// Themes" over "### Reliability" and its checklist, "## Roadmap Timeline" over "### Q1 2026" and its list, "## Roadmap
    /// Overview" over a table of the initiatives. Whether such a section is an aside depends on what it holds
    /// (`RoadmapParser.holdsOwnWork`). `overview` says which: a summary's own table of items is work, a table of themes is not.
    static func mayHoldWork(_ title: String) -> (overview: Bool, themes: Bool) {
        let lower = normalized(title)
        return (summarizesTheRoadmap(lower), lower.containsBytes(of: "strategic themes"))
    }

    /// Something done to the roadmap itself: "Using the roadmap", "Sharing feedback on the roadmap", "Reviewing and
    /// updating this roadmap" (a gerund first, and the roadmap as its object). "Upcoming roadmap items" is a lane.
    private static func isAboutTheRoadmap(_ lower: String) -> Bool {
        let words = lower.split(whereSeparator: { !$0.isLetter }).map(String.init)
        if summarizesTheRoadmap(lower) { return true }
        guard let first = words.first, first.count > 4, first.hasSuffix("ing"), !horizonWords.contains(first) else { return false }
        return zip(words, words.dropFirst()).contains { ["the", "this", "our"].contains($0) && $1 == "roadmap" }
    }

    /// "The Backstage Roadmap", "Our roadmap": a heading that names the roadmap itself. Over prose alone it introduces the
    /// page (what the roadmap lays out and for when), and is no piece of work.
    static func namesTheRoadmap(_ title: String) -> Bool {
        let words = normalized(title).split(whereSeparator: { !$0.isLetter }).map(String.init)
        return words.last == "roadmap" && words.count <= 5
    }

    /// `phrase` at the start of `text`, as whole words: "related otep(s)" starts with "related otep", "intro" does
    /// not start "interoperability".
    private static func starts(_ text: String, with phrase: String) -> Bool {
        guard text.hasPrefix(phrase) else { return false }
        guard let next = text.dropFirst(phrase.count).first else { return true }
        return !next.isLetter
    }

    /// A title without the quotation marks a writer put round a term ("“Definition of Done” Q1").
    private static func unquoted(_ lower: String) -> String {
        guard lower.contains(where: { quotationMarks.contains($0) }) else { return lower }
        return String(lower.filter { !quotationMarks.contains($0) })
    }

    private static let quotationMarks: Set<Character> = ["“", "”", "\"", "«", "»", "„"]

    static func normalized(_ title: String) -> String {
        TitleText.clean(TitleLabel.stripLeadingSymbols(title).lowercased())
            .split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
    }
}

extension StringProtocol {
    /// Without any of `characters` at either end ("Goals:" → "Goals").
    func strippingEnds(_ characters: String) -> String {
        // Most texts have nothing to strip at either end: answered without reversing them twice.
        guard let first, let last, characters.contains(first) || characters.contains(last) else { return String(self) }
        let stripped = drop { characters.contains($0) }
        return String(stripped.reversed().drop { characters.contains($0) }.reversed())
    }
}
