import BearingModel
import Foundation

/// What a heading in an objectives file is for. Real files put objectives at H2, at H3 under a quarter or
/// team heading, or under a table-of-contents heading; they also hold FAQ, schedule and retrospective
/// sections that are not objectives.
enum HeadingRole: Equatable {
    /// "## Q3 2025", "## Q3 2025 Objectives", "# 📌 2026", "## FY24-Q1": sets the period of the objectives under it.
    /// `period` is nil when the heading names a fiscal period and no `fiscal_year_start:` is set.
    case period(Quarter?, written: String)
    /// "## OKRs", "## Objectives", "## On this page": holds objectives without adding anything to them.
    case container
    /// "## Platform team", "## Engineering OKRs": its objectives belong to this team.
    case team(String)
    /// FAQ, motivation, "How we …", retrospective, legend, schedule, archive: not objectives, nor is anything under it.
    case aside
    /// Anything else: an objective when no objective encloses it.
    case candidate

    /// Words that say "this heading is about objectives" without naming one.
    private static let filler: Set<String> = [
        "objectives", "objective", "okrs", "okr", "goals", "goal", "key", "results", "krs", "plan", "plans", "priorities",
        "our", "the", "for", "in", "of", "and", "&", "quarterly", "annual", "yearly", "strategic", "company", "team",
        // "## Company-Level OKRs" beside "## Product Team OKRs": the whole company's, not a team called "Company-Level".
        "company-level", "company-wide", "companywide", "org-wide", "organization-wide", "organisation-wide", "top-level",
        "-", "–", "—", ":",
        // A plan's state beside its period ("Q2 2025 Goals (Draft)") does not make the heading an objective.
        "(draft)", "(proposed)", "(tentative)", "(preliminary)", "(wip)",
        // "# Personal OKRs" groups the objectives each person sets for themselves (their names head them), not a team.
        "personal", "individual",
        // "## Committed OKRs" / "## Aspirational OKRs": the kind of OKR (met in full, or stretched for), not a team.
        "committed", "aspirational", "stretch", "moonshot", "moonshots", "roofshot", "roofshots",
        // "## Current OKRs" / "## Future OKRs": where the OKRs stand in the plan, not a team called "Current".
        "current", "future", "upcoming", "active",
        // "## Targets for end of 2019": a plan's targets and the point they are due by. ("By" stays a word: "By the
        // Numbers – Q1" is a report's aside.)
        "targets", "target", "end",
        // The same words as German, French, Spanish, Portuguese, Italian and Dutch plans write them ("## Ziele (Q4)",
        // "## Objectifs du trimestre", "## Metas trimestrales"): read as an objective, four goals became one.
        "ziele", "ziel", "quartalsziele", "jahresziele", "unsere", "für", "und", "des", "quartal", "quartals",
        "objectifs", "objectif", "nos", "pour", "du", "trimestre", "trimestriels", "annuels",
        "objetivos", "objetivo", "metas", "nuestros", "nuestras", "para", "del", "de", "trimestrales", "anuales",
        "nossos", "nossas", "trimestrais", "obiettivi", "obiettivo", "nostri", "per", "trimestrali", "annuali",
        "doelen", "doelstellingen", "onze", "voor", "kwartaal",
    ]
    /// A slate's status or commitment word before the goals, or where they stand after them.
    private static let slateGoals = Pattern(
        #"^(?:(?:top|accepted|proposed|candidate|approved|agreed|flagship|selected|shortlisted)\s+){1,2}(?:goals|objectives|okrs)$|^(?:(?:candidate|proposed)\s+)?(?:goals|objectives|okrs)\s+(?:under|in|for)\s+(?:discussion|review|consideration)$"#,
        needs: ["goals", "objectives", "okrs"])
    private static let contents: Set<String> = ["on this page", "table of contents", "contents", "toc", "in this document"]
    /// Sections that describe the plan rather than being part of it. A title equal to one of these (after
    /// dropping filler words), or starting with a question word, is an aside.
    private static let asides = Set([
        "faq", "faqs", "frequently asked questions", "questions", "motivation", "background", "context", "overview",
        "introduction", "intro", "about", "about this document", "summary", "retrospective", "retro", "lessons learned",
        "legend", "key", "key results", "krs", "measures of success", "success measures", "measures", "success looks like",
        "what success looks like", "glossary", "notes", "note", "references", "resources", "links", "schedule", "archive",
        "appendix", "acknowledgements", "acknowledgments", "changelog", "get involved", "next steps",
        "previous", "past", "related", "scoring", "grading", "status", "instructions", "template", "how to use this",
        "progress", "progress highlights", "highlights", "by numbers", "metrics", "what's new", "whats new",
        // What the plan rests on or is threatened by ("&" and "and" are filler, so "Assumptions & dependencies" is the pair).
        "assumptions", "dependencies", "assumptions dependencies", "dependencies assumptions", "risks", "risks mitigations",
        "risks dependencies", "constraints", "out scope", "out of scope", "non-goals", "non goals",
        // What stands in the way, as an OKR template's closing section names it ("## Risks & Blockers", "## Open
        // questions", a RAID log's "Risks, Issues and Dependencies"): each part alone is an aside too.
        "risk", "blockers", "blocker", "risks blockers", "issues", "open issues", "open questions", "concerns", "mitigations",
        "help needed", "asks", "raid", "raid log",
        // Where things stand before the work ("## Motivation & Status Quo" in a goal proposal).
        "status quo",
        // What the objectives depend on to succeed, after them ("## Key Success Factors"): the plan's context, not one more.
        "success factors", "critical success factors",
        // What an OKR page says about OKRs or about itself before or after them ("## Key Concepts" explaining what an
        // objective is; "## OKR 운영 원칙", its operating principles; "## Self-Evaluation (자체 점검)").
        "key concepts", "concepts", "operating principles", "principles", "self-evaluation", "self evaluation",
        "self-assessment", "self assessment", "운영 원칙", "원칙", "자체 점검",
        // How the OKRs are run rather than what they are ("### OKR Framework", "### OKR Process", "### OKR Review
        // Cadence"): read as an objective, a framework's "**Objectives**: What we want to achieve" was an unknown
        // objective, and its scoring bands key results. ("## OKR Scorecard" holds the OKRs themselves.) "Framework" alone
        // is no aside: "## Framework team" (a front-end organization's team) holds objectives; see `runsTheOKRs`.
        "process", "cadence", "review cadence", "tracking template",
    ]).union(translatedAsides).union(PlanRunningAsides.words)
    /// The same asides as German, French, Spanish and Portuguese plans name them ("## Risiken / Gegenmaßnahmen", "##
    /// Nächste Schritte", "## Prochaines étapes", "## Riesgos"): read as objectives, they took inferred links.
    private static let translatedAsides: Set<String> = [
        // Background, context, summary, introduction.
        "hintergrund", "kontext", "überblick", "zusammenfassung", "einleitung", "contexte", "résumé",
        "antecedentes", "contexto", "resumen", "introducción", "resumo", "introdução",
        // Notes.
        "notizen", "anmerkungen", "hinweise", "remarques", "notas",
        // Risks and what mitigates them, dependencies, assumptions.
        "risiken", "risiko", "gegenmaßnahmen", "abhängigkeiten", "annahmen", "risques", "risque", "dépendances", "hypothèses",
        "riesgos", "riesgo", "mitigaciones", "dependencias", "supuestos", "riscos", "risco", "mitigações", "dependências", "premissas",
        // Questions, open questions.
        "fragen", "offene fragen", "questions ouvertes", "preguntas", "preguntas abiertas", "perguntas", "perguntas em aberto",
        "questões em aberto",
        // Next steps.
        "nächste schritte", "prochaines étapes", "próximos pasos", "siguientes pasos", "próximos passos",
        // Metrics (KPIs are `KeyResultLabel.namesMetrics`), glossary, appendix.
        "kennzahlen", "metriken", "indicateurs", "métriques", "indicadores", "métricas",
        "glossar", "glossaire", "glosario", "glossário", "anhang", "annexe", "annexes", "anexo", "anexos",
    ]
    /// Asides that may lead a longer title after a colon ("## Motivation: Reference counting is a common pain point"):
    /// the section still motivates the work rather than being a piece of it.
    private static let leadingAsides: Set<String> = [
        "motivation", "background", "context", "summary", "overview", "introduction", "faq", "appendix", "annex",
        "hintergrund", "kontext", "zusammenfassung", "contexte", "résumé", "contexto", "resumen", "resumo",
    ]
    /// Sections of quarterly reports around the objectives ("Recent Events / News / Blogs", "Decisions Made This
    /// Quarter (Optional)"): matched at the start of the title.
    private static let reportSections = [
        "recent events", "upcoming events", "events", "news", "additional information", "reporting", "previous updates",
        "decisions", "support needed", "participation", "funding requests", "questions/issues", "purpose", "current status",
        "up next", "status update", "recent updates", "recent grants", "another update", "next update",
        // An OKR plan's own report on itself: the work's details, mid-quarter and end-of-quarter updates.
        "progress update", "progress report", "final summary", "end of quarter summary", "end-of-quarter summary",
        "quarter summary", "task details", "project details",
        // "## 📋 Action Items for Leadership Team": who does what this week to keep the OKRs going, not objectives.
        "action items", "action item",
        // A summary at the foot of a plan in another language ("## Resumen de Avance Global", "## Zusammenfassung der Ziele").
        "resumen", "zusammenfassung", "résumé", "resumo", "riepilogo", "samenvatting",
    ]
    /// Sections about the plan's author rather than its work, matched at the start of the title: a personal plan that
    /// closes with "## My Role in Driving These Objectives" pitches its writer, and no objective says "my role". (A
    /// first-person "## My objectives" still holds objectives, so the rule is these words, not "my".)
    private static let aboutTheAuthor = [
        "my role", "my part", "about me", "about the author", "about the authors", "about the writer", "about myself",
    ]
    /// `reportSections` and `aboutTheAuthor` with the space after a leading one, made once rather than for every
    /// heading classified.
    private static let spacedReportSections = reportSections.map { (name: $0, spaced: $0 + " ") }
    private static let spacedAboutTheAuthor = aboutTheAuthor.map { (name: $0, spaced: $0 + " ") }

    /// Whether `lower` is one of the names or starts with one and a space.
    private static func isOrLeads(_ lower: String, _ names: [(name: String, spaced: String)]) -> Bool {
        names.contains { lower == $0.name || lower.hasPrefix($0.spaced) }
    }
    private static let activityWords: Set<String> = ["activity", "activities", "workstreams", "initiatives"]
    /// Words for what measures an objective, written beside the word for the objectives in a container's title.
    private static let measureWords: Set<String> = ["metrics", "metric", "measures", "measurement", "measurements", "kpis", "indicators", "success"]
    private static let questionWords: Set<String> = ["how", "why", "what", "who", "when", "where"]
    /// "Meet the team", "Meet our volunteers": an introduction of people, an aside. "Meet the funding gap for 2027" and
    /// "Meet our SLA" are objectives, so "meet" is an aside's first word only before people.
    private static let people: Set<String> = [
        "team", "teams", "staff", "people", "volunteers", "members", "mentors", "board", "founders", "crew", "us", "maintainers",
        "contributors", "organisers", "organizers", "speakers", "ambassadors", "trustees", "committee", "authors", "editors",
        "leads", "leadership", "coordinators", "hosts", "fellows", "interns", "squad", "group", "panel", "officers", "folks",
        "everyone", "new", "newcomers", "hires", "colleagues", "community", "partners",
    ]

    /// "Meet the team", "Meet our 2027 volunteers", "Meet Ada Lovelace": the people a section introduces.
    private static func introducesPeople(_ words: [String], original: String) -> Bool {
        guard words.first == "meet", words.count > 1 else { return false }
        let rest = words.dropFirst().filter { !["the", "our", "your", "my", "their"].contains($0) }
        if rest.prefix(3).contains(where: people.contains) { return true }
        // A name: every word after "Meet" capitalised, and no figure ("Meet Ada Lovelace", not "Meet SLA targets for 2027").
        let names = original.split(separator: " ").dropFirst()
        return !names.isEmpty && names.count <= 3 && names.allSatisfy { name in
            guard let first = name.first, first.isUppercase else { return false }
            return name.dropFirst().allSatisfy(\.isLowercase)
        }
    }
    private static let teamWords: Set<String> = ["team", "department", "dept", "group", "squad", "guild", "org", "division"]
    /// What a team does to its OKRs, not an objective: "Reviewing and Identifying OKRs", "Setting goals", "Scoring OKRs".
    /// A closed list, so a team named by a gerund ("Marketing OKRs", "Engineering goals") stays a team.
    private static let processVerbs: Set<String> = [
        "setting", "reviewing", "identifying", "writing", "scoring", "grading", "drafting", "defining", "creating",
        "updating", "proposing", "choosing", "selecting", "refining", "presenting", "agreeing", "tracking", "reporting",
    ]
    private static let yearOnly = Pattern(#"^((?:19|20|21)[0-9]{2})$"#, first: "12")
    /// A name of one to three words followed by its handle, or a handle alone.
    private static let person = Pattern(#"^(?:(\p{L}[\p{L}.'’-]*(?: \p{L}[\p{L}.'’-]*){0,2})\s*\(@[\w-]+\)|(@[\w-]+))$"#, needs: ["@"])
    private static let quarterOnly = Pattern(#"^Q([1-4])$"#, first: "q")
    /// "t1" and "1t27" are a trimester as French, Spanish and Italian plans write a quarter ("T1 2027", "1T27").
    /// "3.", "2)", "IV.": a section's number before its name.
    private static let sectionNumber = Pattern(#"^(?:[0-9]{1,2}|[ivx]{1,4})[.)]$"#)

    private static let periodWord = Pattern(#"^(?:q[1-4]|h[12]|t[1-4]|[1-4][tq](?:[0-9]{2}|[0-9]{4})?|fy[0-9]{2,4}|fy|[0-9]{4}|(?:19|20|21)[0-9]{2}(?:q[1-4]|h[12])|fy[0-9]{2,4}(?:q[1-4]|h[12]))[:,.]?$"#, first: "qhft0123456789")

    /// "Team: Platform": the team field written as a heading, not a heading about a team.
    static func isTeamField(_ title: String) -> Bool {
        let lower = TitleText.clean(TitleLabel.stripLeadingSymbols(title).trimmed.lowercased())
        return teamWords.contains { lower.hasPrefix($0 + ":") }
    }

    /// "North Star: Every clinic books in under a minute", "Mission: …", "Theme: …": what the plan aims at, written as a
    /// field in a heading. It is the file's context (its introduction, when it comes first), never an objective.
    static func isContextField(_ title: String) -> Bool {
        let lower = TitleText.clean(TitleLabel.stripLeadingSymbols(title).trimmed.lowercased())
        // "### Vision:" as a label over the statement written under it.
        guard let colon = lower.firstIndex(of: ":") else { return title.trimmed.hasSuffix(":") && contextFields.contains(lower) }
        return contextFields.contains(String(lower[..<colon]).trimmed)
    }

    private static let contextFields: Set<String> = [
        "north star", "our north star", "north star metric", "north star goal", "mission", "our mission", "vision", "our vision",
        "purpose", "our purpose", "theme", "quarter theme", "quarterly theme",
    ]

    /// "On this page", "Table of contents": a page's contents, never an objective of its own.
    static func isContents(_ title: String) -> Bool {
        contents.contains(TitleText.clean(TitleLabel.stripLeadingSymbols(title).trimmed.lowercased()))
    }

    static func classify(_ title: String, level: Int, year: Int?, config: WorkspaceConfig) -> HeadingRole {
        if config.ignores(heading: title) || isContextField(title) || KeyResultLabel.namesMetrics(title) { return .aside }
        let symbolless = TitleLabel.stripLeadingSymbols(title).trimmed
        // "## DRAFT Quarterly Priorities for FY25Q4": the plan's state before the words says nothing of the section's role.
        let text = HeadingRemark.stripLeadingState(symbolless) ?? symbolless
        let lower = CommitmentMarker.spelledStretch(TitleText.clean(text.lowercased()))
        let words = lower.split(whereSeparator: { $0 == " " || $0 == "," }).map { $0.count > 1 && $0.hasSuffix(":") ? String($0.dropLast()) : String($0) }
            .map(Self.unbracketedPeriod)
        let meaningful = words.filter { !filler.contains($0) }
        if let period = period(text, words: words, meaningful: meaningful, year: year, config: config) { return period }
        // "## Q2 2026 (graded)", "## Q1 2026 — done": a remark after the period leaves the heading that period's.
        if let bare = HeadingRemark.strip(text) {
            let bareWords = TitleText.clean(bare.lowercased()).split(whereSeparator: { $0 == " " || $0 == "," })
                .map { $0.count > 1 && $0.hasSuffix(":") ? String($0.dropLast()) : String($0) }
            if case .period(let quarter, let written)? = period(bare, words: bareWords, meaningful: bareWords.filter { !filler.contains($0) },
                                                              year: year, config: config) {
                return .period(quarter, written: written)
            }
        }
        // Working-group reports hold their work under "## Activity" or "## Activities Summary".
        if words.contains(where: activityWords.contains),
           meaningful.filter({ !activityWords.contains($0) }).allSatisfy({ ["summary", "overview", "update", "updates"].contains($0) }) {
            return .container
        }
        let bare = meaningful.joined(separator: " ")
        // "## Goals and Metrics", "## Objectives & measures": the objectives with what measures them, as "Objectives and
        // Key Results" is. "Metrics" alone is an aside, but beside a word that names the objectives it heads them.
        if words.contains(where: ["goals", "goal", "objectives", "objective", "okrs"].contains), !meaningful.isEmpty,
           meaningful.allSatisfy(measureWords.contains) {
            return .container
        }
        // A report section names its period too ("Q1 Progress Highlights", "By the Numbers – Q1 2025").
        let unperiodic = meaningful.filter { !periodWord.matches($0) && !$0.allSatisfy { "-–—".contains($0) } }.joined(separator: " ")
        if asides.contains(lower) || asides.contains(bare) || asides.contains(unperiodic) || runsTheOKRs(words) || lower.hasSuffix("?") || questionWords.contains(words.first ?? "") || introducesPeople(words, original: TitleText.clean(text))
            || isOrLeads(lower, spacedReportSections) || isCompoundAside(lower) || isOrLeads(lower, spacedAboutTheAuthor) {
            return .aside
        }
        if !meaningful.isEmpty, meaningful.count < words.count,
           meaningful.allSatisfy({ processVerbs.contains($0) || $0 == "on" || !$0.contains(where: \.isLetter) }),
           meaningful.contains(where: processVerbs.contains), words.contains(where: { ["okrs", "okr", "objectives", "goals", "krs"].contains($0) }) {
            return .aside
        }
        // "## Accepted goals", "## Top candidate goals", "## Goals under discussion": where the goals under it stand in
        // the slate (a Rust project-goals page), so a container; read as a team, every goal had team "Accepted".
        if slateGoals.matches(lower) { return .container }
        // "### Results" alone names what is achieved (a plan's outcomes beside its "Financial Resources"), not the objectives.
        if contents.contains(lower) || (meaningful.isEmpty && !words.isEmpty && words != ["results"]) { return .container }
        if let team = team(text, words: words) { return .team(team) }
        // "`Bedeho` (@bedeho)", "@bwhm": a person's heading groups that person's objectives, as a team heading does.
        if text.containsByte(UInt8(ascii: "@")), let groups = person.firstMatch(in: TitleText.clean(text)), let name = groups[1] ?? groups[2] { return .team(name.trimmed) }
        // "## OKRs (2020 Set 1):", "## Self-Evaluation (자체 점검)": words in brackets (the set's name, a translation) say
        // no more than the words before them, so the heading is what those words alone make it.
        if lower.containsByte(UInt8(ascii: "(")), let open = lower.firstIndex(of: "("), open > lower.startIndex {
            let head = String(lower[..<open]).trimmed
            let rest = lower[open...].drop { $0 != ")" }.dropFirst().trimmed
            let headWords = head.split(whereSeparator: { $0 == " " || $0 == "," }).map { $0.count > 1 && $0.hasSuffix(":") ? String($0.dropLast()) : String($0) }
            if rest.isEmpty || rest == ":", !headWords.isEmpty {
                let headMeaningful = headWords.filter { !filler.contains($0) }
                if headMeaningful.isEmpty { return .container }
                if asides.contains(head) || asides.contains(headMeaningful.joined(separator: " ")) { return .aside }
            }
        }
        return .candidate
    }

    /// "### OKR Framework", "## Our OKR framework", "### Objectives Framework": the framework the OKRs are set in, explained
    /// (what an objective is, how key results are scored), named after the OKRs. "Framework" after another name is a
    /// team or an area ("## Framework team", "## Framework OKRs"), or work ("## Evaluation framework").
    private static func runsTheOKRs(_ words: [String]) -> Bool {
        guard let last = words.last, last == "framework" || last == "frameworks", words.count >= 2 else { return false }
        let before = words.dropLast().filter { !["the", "our", "a", "an"].contains($0) }
        return !before.isEmpty && before.allSatisfy { ["okr", "okrs", "objectives", "goals", "goal-setting", "scoring", "grading"].contains($0) }
    }

    /// "(q4)", "(q4", "2026)": a period word in the brackets of "## Goals (Q4)" or "## Goals (Q4 2026)" is that period
    /// word; other bracketed words ("(draft)") stay as written.
    private static func unbracketedPeriod(_ word: String) -> String {
        guard word.hasPrefix("(") || word.hasSuffix(")") else { return word }
        let inner = word.trimmingCharacters(in: CharacterSet(charactersIn: "()"))
        return !inner.isEmpty && periodWord.matches(inner) ? inner : word
    }

    /// An aside named at more length: "Frequently Asked Questions (FAQ)" (its abbreviation after it), "Motivation & Status
    /// Quo" (two asides joined), "Motivation: Reference counting is a common pain point" (an aside's name, then its gist).
    /// Read as objectives, Rust's goal documents gained a "Motivation & Status Quo" objective in every other file.
    private static func isCompoundAside(_ lower: String) -> Bool {
        // Most titles hold none of "(", "&", " and ", ":": they are answered without splitting.
        var text = lower
        if text.hasSuffix(")"), let open = text.lastIndex(of: "(") {
            text = String(text[..<open]).trimmed
            if asides.contains(text) { return true }
        }
        if let colon = text.firstIndex(of: ":"), leadingAsides.contains(String(text[..<colon]).trimmed), text.index(after: colon) < text.endIndex {
            return true
        }
        // "and" as German, French, Spanish and Portuguese write it: "Risques et mitigations", "Riscos e dependências".
        let joiners = [" and ", " und ", " et ", " y ", " e "]
        guard text.containsByte(UInt8(ascii: "&")) || joiners.contains(where: { text.containsBytes(of: $0) }) || text.containsByte(UInt8(ascii: ","))
            || text.containsByte(UInt8(ascii: "/")) else { return false }
        let parts = joiners.reduce(text) { $0.replacingAll($1, with: "&") }.split(whereSeparator: { $0 == "&" || $0 == "," || $0 == "/" })
            .map { String($0).trimmed }.filter { !$0.isEmpty }
        return parts.count > 1 && parts.allSatisfy { part in
            asides.contains(part) || asides.contains(part.hasPrefix("the ") ? String(part.dropFirst(4)) : part)
        }
    }

    /// "## Q3 2025 Platform OKRs": the one name of a named period (`namedPeriod`) written right before "OKRs" or
    /// "Objectives" is the team whose OKRs they are, as in "## Platform OKRs"; one after them ("## 2017 OKRs WEVOLVER")
    /// labels the page (often the organization's name) and names no team.
    static func periodTeam(_ title: String) -> String? {
        let original = TitleText.clean(TitleLabel.stripLeadingSymbols(title).trimmed).split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        let words = original.map { $0.lowercased() }
        guard let okr = words.firstIndex(where: ["okrs", "okr", "objectives", "goals"].contains) else { return nil }
        // "Q2 2027 OKRs – Support team", "Support Team: Q2 2027 OKRs": the name beside a team word, wherever it stands.
        let bare = Self.words(TitleLabel.stripLeadingSymbols(title))
        let named = bare.enumerated().filter { !filler.contains($0.element) && !teamWords.contains($0.element) && !periodWord.matches($0.element) }
        if named.count == 1, let at = named.first?.offset, named[0].element.contains(where: \.isLetter),
           bare.indices.contains(where: { abs($0 - at) == 1 && teamWords.contains(bare[$0]) }) {
            let spelled = TitleText.clean(TitleLabel.stripLeadingSymbols(title).trimmed).split(whereSeparator: { $0 == " " || $0 == "," })
                .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: ":-–—|")) }.filter { !$0.isEmpty }
            if spelled.count == bare.count { return spelled[at] }
        }
        guard okr > 0 else { return nil }
        let name = words[okr - 1]
        guard !filler.contains(name), !periodWord.matches(name), name.contains(where: \.isLetter),
              words[..<(okr - 1)].allSatisfy({ filler.contains($0) || periodWord.matches($0) }) else { return nil }
        return original[okr - 1]
    }

    /// The person of bearing.yml's `people:` a heading names, by their name, one of their spellings, or their first
    /// name when no one else listed shares it ("### Pato" for `Pato Molina`); nil for any other heading.
    static func configuredPerson(_ title: String, people: [Person]) -> String? {
        guard !people.isEmpty else { return nil }
        let written = OwnerNames.fold(TitleText.clean(TitleLabel.stripLeadingSymbols(title).trimmed).trimmingCharacters(in: CharacterSet(charactersIn: "`:@ ")))
        guard !written.isEmpty else { return nil }
        if let person = people.first(where: { OwnerNames.fold($0.name) == written || $0.spellings.contains { OwnerNames.fold($0) == written } }) {
            return person.name
        }
        let byFirstName = people.filter { person in person.name.split(separator: " ").first.map { OwnerNames.fold(String($0)) } == written }
        return byFirstName.count == 1 ? byFirstName[0].name : nil
    }

    /// "`Bedeho` (@bedeho)", "@bwhm".
    static func namesPerson(_ title: String) -> Bool {
        title.containsByte(UInt8(ascii: "@")) && person.matches(TitleText.clean(TitleLabel.stripLeadingSymbols(title).trimmed))
    }

    /// A heading whose words, besides filler, are only a period.
    private static func period(_ text: String, words: [String], meaningful: [String], year: Int?, config: WorkspaceConfig) -> HeadingRole? {
        let rest = meaningful.filter { !$0.isEmpty }
        if let fiscal = Quarter.fiscalMention(in: text), isOnlyPeriod(rest, written: fiscal) {
            return .period(Quarter.find(in: text, fiscalStart: config.fiscalYearStart), written: fiscal)
        }
        // "Objectives for 2020 Q1/2", "OKRs Q1 & Q2 2020": two quarters written as one span, their half-year.
        if let (span, written) = Quarter.quarterSpan(in: text), isOnlyPeriod(rest, written: written) {
            // "OKRs Q2/Q3 2020": objectives worked on in both quarters, which the year holds. (A roadmap's "Q2–Q3 2027"
            // ends at Q3, when its work is due; read so here, the objectives were in no current quarter during Q2.)
            let period = span.span == .quarter ? Quarter(year: span.year, number: 1, span: .year) : span
            return .period(period, written: text)
        }
        if let quarter = Quarter.find(in: text), isOnlyPeriod(rest, written: quarter.description) {
            return .period(quarter, written: text)
        }
        // "OKRs — Jan–Mar 2027": the months of one quarter (or half) and its year.
        if let span = MonthSpan.period(in: text), isOnlyPeriod(rest.filter { !MonthSpan.isMonths($0) }, written: span.description) {
            return .period(span, written: text)
        }
        if rest.count == 1, let groups = yearOnly.firstMatch(in: rest[0]), let year = groups[1].flatMap({ Int($0) }),
           !namesTeam(rest[0], in: words) {
            return .period(Quarter(year: year, number: 1, span: .year), written: text)
        }
        if rest.count == 1, let groups = quarterOnly.firstMatch(in: rest[0]), let number = groups[1].flatMap({ Int($0) }) {
            return .period(year.flatMap { Quarter(year: $0, number: number) }, written: text)
        }
        return nil
    }

    /// "## 2017 OKRs WEVOLVER", "## Q2 OKRs Acme": a period's OKRs with one name beside them (the organization's or a
    /// group's). Asked only of a heading with headings under it, where the name does not make it one objective.
    static func namedPeriod(_ title: String, year: Int?, config: WorkspaceConfig) -> HeadingRole? {
        let text = TitleLabel.stripLeadingSymbols(title).trimmed
        let words = Self.words(text)
        guard words.contains(where: ["okrs", "okr", "objectives", "goals"].contains) else { return nil }
        // "Q2 2027 OKRs – Support team": a team word beside the name says what the name is; it names nothing itself.
        let meaningful = words.filter { !filler.contains($0) && !teamWords.contains($0) }
        let named = meaningful.filter { !periodWord.matches($0) }
        guard named.count == 1, meaningful.count > 1, named[0].contains(where: \.isLetter) else { return nil }
        return period(text, words: words, meaningful: meaningful.filter { $0 != named[0] }, year: year, config: config)
    }

    /// A title's words, lowercased, without the dashes and colons that set its parts apart.
    private static func words(_ text: String) -> [String] {
        TitleText.clean(text.lowercased()).split(whereSeparator: { $0 == " " || $0 == "," })
            .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: ":-–—|")) }.filter { !$0.isEmpty }
    }

    /// "Objectives of team 1915": a number right after a team word is the team's name, not a year.
    private static func namesTeam(_ number: String, in words: [String]) -> Bool {
        guard let index = words.firstIndex(of: number), index > 0 else { return false }
        return teamWords.contains(words[index - 1])
    }

    /// True when the remaining words are the period itself ("q3", "2025"; "2025-q3"; "fy24-q1"; "2027/q4").
    private static func isOnlyPeriod(_ words: [String], written: String) -> Bool {
        // "## Q3 2026/27": the year pair's "27" is no period word on its own.
        let joined = words.joined(separator: " ").replacingOccurrences(of: written.lowercased(), with: " ")
        guard !words.isEmpty else { return false }
        return joined.split(whereSeparator: { " -_/".contains($0) }).allSatisfy { periodWord.matches(String($0)) }
    }

    /// The team a caption names with a team word ("Platform team", "Team: Payments", "Data squad"), or nil: unlike a
    /// heading's, a caption's "Primary Goals" names a kind of goal, not a team called "Primary".
    static func teamCaption(_ text: String) -> String? {
        let words = TitleText.clean(text).lowercased().split(separator: " ").map { $0.trimmingCharacters(in: [":"]) }
        guard words.contains(where: { teamWords.contains($0) }),
              case .team(let name) = classify(text, level: 6, year: nil, config: WorkspaceConfig()) else { return nil }
        return name
    }

    /// "Platform team", "Team: Platform", "Engineering department", "Engineering OKRs".
    private static func team(_ text: String, words written: [String]) -> String? {
        // "Company-Level OKRs": the whole company's objectives, named by a word that says so, are no team's.
        guard let name = teamName(text, words: written).map(withoutScopeSuffix), !filler.contains(name.lowercased()) else { return nil }
        return name
    }

    /// "Technology-Specific OKRs" beside the company's: the Technology team's own, not a team called "Technology-Specific".
    private static func withoutScopeSuffix(_ name: String) -> String {
        for suffix in ["-specific", "-only", " specific", " only"] where name.lowercased().hasSuffix(suffix) && name.count > suffix.count {
            return String(name.dropLast(suffix.count))
        }
        return name
    }

    private static func teamName(_ text: String, words written: [String]) -> String? {
        var words = written[...]
        var original = TitleText.clean(text).split(separator: " ").map(String.init)[...]
        guard original.count == words.count else { return nil }
        // "3. Product Team OKRs (Q1 2025)": the section's number before the name, and the period after it, are not the team.
        while words.count > 2, let first = words.first, sectionNumber.matches(first) { words.removeFirst(); original.removeFirst() }
        while words.count > 2, let last = words.last, periodWord.matches(last) { words.removeLast(); original.removeLast() }
        guard words.count >= 2, words.count <= 5 else { return nil }
        if let last = words.last, teamWords.contains(last) { return original.dropLast().joined(separator: " ") }
        // Before "Team …": "Team Contribution Goals" is a group called "Team Contribution", not "Contribution Goals".
        if let last = words.last, ["okrs", "objectives", "goals"].contains(last), words.count <= 3 {
            // "Platform team objectives" is the Platform team's: the team word is not part of its name.
            let name = original.dropLast()
            return (words.count == 3 && teamWords.contains(words[words.startIndex + 1]) ? name.dropLast() : name).joined(separator: " ")
        }
        if let first = words.first?.trimmingCharacters(in: [":"]), teamWords.contains(first) {
            return original.dropFirst().joined(separator: " ").trimmingCharacters(in: [":", " ", "-"]).nilIfEmpty
        }
        return nil
    }
}
