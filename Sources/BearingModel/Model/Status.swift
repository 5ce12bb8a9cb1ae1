/// The delivery status of an objective, initiative or roadmap item.
public enum Status: String, Sendable, Codable, CaseIterable {
    case notStarted = "not-started"
    case onTrack = "on-track"
    case atRisk = "at-risk"
    case offTrack = "off-track"
    case done
    case dropped

    /// Reads the contract's values, the words real teams write ("On track", "Needs attention", "Complete") and
    /// status emojis or GitHub shortcodes (`✅`, `:yellow_circle:`). Words win over a symbol beside them
    /// ("🟢 At risk" is at risk); a symbol beside words Bearing does not know ("🟢 Led and supported") decides.
    public init?(reading text: String) {
        let (symbol, rest) = Self.symbols(in: text)
        if let words = Self.words(rest) { self = words; return }
        // ":sparkles: Done": a shortcode Bearing has no status for still stands before the word that says the status.
        if let words = Self.words(Self.withoutShortcodes(rest)) { self = words; return }
        guard let symbol else { return nil }
        // "⏰ Overdue": beside words, an alarm clock says the date matters, not that the work waits to start.
        if !rest.isEmpty, Self.onlyAlarmClock(text) { return nil }
        self = symbol
    }

    /// Whether the only status symbol in `text` is an alarm clock (⏰, `:alarm_clock:`). Alone in a status cell it is work
    /// set for later (Swaplace's `| SDK | 2024 | Q3 | ⏰ |`); in a heading (`## ⏰ Deadlines`) or beside words it says a
    /// date matters, which is no status.
    package static func onlyAlarmClock(_ text: String) -> Bool {
        guard text.containsBytes(of: "⏰") || text.containsBytes(of: ":alarm_clock:") else { return false }
        return symbols(in: text.replacingAll(":alarm_clock:", with: " ").replacingAll("⏰", with: " ")).0 == nil
    }

    /// A status symbol at the start of `text` (astropy's `- :green_circle: Provide …`), and the text after it.
    public static func leadingSymbol(in text: String) -> (status: Status, rest: String)? {
        let trimmed = text.trimmed
        // Every title and key result is asked: most start with a letter, which no symbol does.
        guard let first = trimmed.unicodeScalars.first, mayBeSymbol(first) else { return nil }
        for (symbol, status) in symbolTable where trimmed.hasPrefix(symbol) {
            return (status, String(trimmed.dropFirst(symbol.count)).trimmed)
        }
        // Emoji written with or without the variation selector (U+FE0F).
        let bare = String(String.UnicodeScalarView(trimmed.unicodeScalars.filter { $0 != "\u{FE0F}" }))
        for (symbol, status) in symbolTable where !symbol.hasPrefix(":") && bare.hasPrefix(symbol) {
            return (status, String(bare.dropFirst(symbol.count)).trimmed)
        }
        return nil
    }

    /// The status of a symbol that ends `text` ("M-1.3 — Sortable columns ✅"), and the text before it.
    public static func trailingSymbol(in text: String) -> (status: Status, rest: String)? {
        let trimmed = text.trimmed
        guard let last = trimmed.unicodeScalars.last(where: { $0 != "\u{FE0F}" }), mayBeSymbol(last, trailing: true) else { return nil }
        let bare = String(String.UnicodeScalarView(trimmed.unicodeScalars.filter { $0 != "\u{FE0F}" }))
        for (symbol, status) in symbolTable where bare.hasSuffix(symbol) {
            let rest = String(bare.dropLast(symbol.count)).trimmed
            return rest.isEmpty ? nil : (status, rest)
        }
        return nil
    }

    /// Whether `scalar` may start (or, `trailing`, end) a symbol of `symbolTable`: a shortcode's colon, a wiki icon's
    /// bracket, or a symbol from U+2300 on (the hourglasses sit below the block of the other symbols).
    private static func mayBeSymbol(_ scalar: Unicode.Scalar, trailing: Bool = false) -> Bool {
        scalar == ":" || scalar == (trailing ? ")" : "(") || scalar.value >= 0x2300
    }

    /// The status of the first symbol in `text`, and the text with every symbol removed.
    package static func symbols(in text: String) -> (Status?, String) {
        // From U+2300: the hourglasses (⌛ ⏳) sit below the block of the other symbols.
        guard text.unicodeScalars.contains(where: { $0 == ":" || $0 == "(" || $0.value >= 0x2300 }) else { return (nil, text.trimmed) }
        var rest = String(String.UnicodeScalarView(text.unicodeScalars.filter { $0 != "\u{FE0F}" }))
        var first: (offset: Int, status: Status)?
        for (symbol, status) in symbolTable {
            // A byte test first: most texts that pass the guard (a colon, a parenthesis) hold none of the symbols, and
            // Foundation's `range(of:)` for each of them was most of this function's cost. The symbols have no other
            // canonically equivalent spelling, so the byte test never refuses a match `range(of:)` would find.
            guard rest.containsBytes(of: symbol), let range = rest.range(of: symbol) else { continue }
            let offset = rest.distance(from: rest.startIndex, to: range.lowerBound)
            if first.map({ offset < $0.offset }) ?? true { first = (offset, status) }
        }
        guard let first else { return (nil, rest.trimmed) }
        for (symbol, _) in symbolTable where rest.containsBytes(of: symbol) { rest = rest.replacingAll(symbol, with: " ") }
        // A symbol between words ("Phase 0: Bootstrap ✓ (COMPLETE)") leaves the spaces on both sides of it: one is enough.
        while rest.contains("  ") { rest = rest.replacingAll("  ", with: " ") }
        return (first.status, rest.trimmed)
    }

    /// `text` without the `:shortcode:` words at its start (`:rocket: :tada: Done` → "Done").
    static func withoutShortcodes(_ text: String) -> String {
        var rest = Substring(text.trimmed)
        while let match = shortcode.firstMatch(in: String(rest)), let whole = match[0] {
            rest = rest.dropFirst(whole.count).drop(while: \.isWhitespace)
        }
        return String(rest)
    }

    private static let shortcode = Pattern(#"^:[a-z0-9_+-]+:"#)

    /// Confluence's and Jira's status icons as wiki markup writes them, each with the symbol Confluence shows for it.
    static let wikiIcons: [(markup: String, shown: String)] = [("(/)", "✅"), ("(!)", "⚠️"), ("(x)", "❌")]

    /// `text` with each wiki status icon standing as a word of its own (`(/) Migrate`, `Pager load (x)`) shown as the
    /// symbol it stands for, as Confluence shows it: pasted out of Confluence, `(!)` is markup, not what was meant.
    public static func showingWikiIcons(_ text: String) -> String {
        guard text.containsByte(UInt8(ascii: "(")) else { return text }
        var words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        for index in words.indices {
            if let icon = wikiIcons.first(where: { $0.markup == words[index] }) { words[index] = icon.shown }
        }
        return words.joined(separator: " ")
    }

    /// The emoji GitHub shows for the status shortcodes of `symbolTable` (astropy's `:green_circle:`).
    static let shortcodeEmoji: [String: String] = [
        ":white_check_mark:": "✅", ":heavy_check_mark:": "✔️", ":ballot_box_with_check:": "☑️", ":checkered_flag:": "🏁",
        ":large_orange_diamond:": "🔶", ":small_orange_diamond:": "🔸", ":yellow_circle:": "🟡", ":orange_circle:": "🟠",
        ":yellow_square:": "🟨", ":orange_square:": "🟧", ":warning:": "⚠️", ":red_circle:": "🔴", ":red_square:": "🟥",
        ":no_entry:": "⛔", ":stop_sign:": "🛑", ":green_circle:": "🟢", ":green_square:": "🟩", ":construction:": "🚧",
        ":repeat:": "🔁", ":arrows_counterclockwise:": "🔄", ":hourglass_flowing_sand:": "⏳", ":hourglass:": "⌛",
        ":white_circle:": "⚪", ":white_large_square:": "⬜", ":alarm_clock:": "⏰", ":heavy_multiplication_x:": "✖️", ":wastebasket:": "🗑️",
        ":no_entry_sign:": "🚫", ":x:": "❌",
    ]

    /// `text` with each status shortcode (`:green_circle:`) shown as the emoji GitHub shows for it; others stay as written.
    public static func showingShortcodes(_ text: String) -> String {
        guard mayHoldShortcode(text) else { return text }
        var out = text
        for (code, emoji) in shortcodeEmoji where out.containsBytes(of: code) { out = out.replacingOccurrences(of: code, with: emoji) }
        return out
    }

    /// Whether `text` has two colons with only lowercase letters and underscores between them, as every shortcode of
    /// `shortcodeEmoji` is written: every text of every page is asked, and searching it for each of 28 codes showed.
    static func mayHoldShortcode(_ text: String) -> Bool {
        var run = -1
        for byte in text.utf8 {
            if byte == UInt8(ascii: ":") {
                if run > 0 { return true }
                run = 0
            } else if run >= 0, (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || byte == UInt8(ascii: "_") {
                run += 1
            } else {
                run = -1
            }
        }
        return false
    }

    /// Symbols in the order they are tried: shortcodes first, so `:x:` is not found inside a longer one.
    static let symbolTable: [(String, Status)] = [
        (":white_check_mark:", .done), (":heavy_check_mark:", .done), (":ballot_box_with_check:", .done), (":checkered_flag:", .done),
        // Confluence's and the Unicode names of the ticks and crosses (`:check_mark: Done`, `:cross_mark:`).
        (":check_mark_button:", .done), (":check_mark:", .done), (":heavy_tick:", .done), (":tick:", .done),
        (":cross_mark_button:", .dropped), (":cross_mark:", .dropped),
        (":large_orange_diamond:", .atRisk), (":small_orange_diamond:", .atRisk), (":yellow_circle:", .atRisk),
        (":orange_circle:", .atRisk), (":yellow_square:", .atRisk), (":orange_square:", .atRisk), (":warning:", .atRisk),
        (":red_circle:", .offTrack), (":red_square:", .offTrack), (":no_entry:", .offTrack), (":stop_sign:", .offTrack),
        (":green_circle:", .onTrack), (":green_square:", .onTrack), (":construction:", .onTrack), (":repeat:", .onTrack),
        (":arrows_counterclockwise:", .onTrack), (":hourglass_flowing_sand:", .onTrack), (":hourglass:", .onTrack),
        (":white_circle:", .notStarted), (":white_large_square:", .notStarted), (":alarm_clock:", .notStarted),
        (":heavy_multiplication_x:", .dropped), (":wastebasket:", .dropped), (":no_entry_sign:", .dropped), (":x:", .dropped),
        // Confluence's and Jira's status icons as their wiki markup writes them: (/) a tick, (!) a warning, (x) a cross.
        ("(/)", .done), ("(!)", .atRisk), ("(x)", .dropped),
        ("✅", .done), ("✔", .done), ("✓", .done), ("☑", .done), ("🏁", .done),
        ("🔶", .atRisk), ("🔸", .atRisk), ("🟡", .atRisk), ("🟠", .atRisk), ("🟨", .atRisk), ("🟧", .atRisk), ("⚠", .atRisk),
        ("🔴", .offTrack), ("🟥", .offTrack), ("⛔", .offTrack), ("🛑", .offTrack),
        ("🟢", .onTrack), ("🟩", .onTrack), ("🚧", .onTrack), ("🔁", .onTrack), ("🔄", .onTrack),
        // An hourglass is work under way ("⏳ in progress").
        ("⏳", .onTrack), ("⌛", .onTrack),
        // An alarm clock, as a calendar, is work set for later: a roadmap's ⏰ beside ✅ (Swaplace's "| SDK | 2024 | Q3 | ⏰ |").
        ("⚪", .notStarted), ("⬜", .notStarted), ("📋", .notStarted), ("📅", .notStarted), ("🗓", .notStarted), ("⏰", .notStarted),
        ("❌", .dropped), ("✖", .dropped), ("🗑", .dropped), ("🚫", .dropped),
    ]

    /// The status a phrase names, or nil.
    static func words(_ text: String) -> Status? {
        var text = text.trimmed
        // "[IN PROGRESS]": a Confluence or Jira status lozenge pasted as text.
        if text.hasPrefix("["), text.hasSuffix("]") { text = String(text.dropFirst().dropLast()) }
        // "#status/on-track": an Obsidian tag names the status after its last "/".
        if text.hasPrefix("#"), !text.contains(" ") {
            text = String(text.dropFirst())
            if let slash = text.lastIndex(of: "/") { text = String(text[text.index(after: slash)...]) }
        }
        let key = text.lowercased()
            .replacingAll("_", with: "-")
            .split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "\t" }).joined(separator: "-")
            .trimmingCharacters(in: CharacterSet(charactersIn: ".!:;,"))
        guard !key.isEmpty else { return nil }
        if let exact = Status(rawValue: key) { return exact }
        if let translated = otherLanguages[key] { return translated }
        switch key {
        case "todo", "to-do", "planned", "idea", "draft", "not-begun", "proposed", "backlog", "new", "not-yet-started", "ready", "queued",
             "planning", "in-planning", "under-consideration", "considering", "exploring", "scoping", "pending", "tbd", "upcoming",
             "scheduled", "to-be-started", "not-started-yet", "yet-to-start", "to-be-done",
             // Backlog refinement: the work is being scoped, as "scoping" is, and has not begun.
             "in-refinement", "refinement", "needs-refinement", "in-grooming", "grooming",
             // A roadmap's label over the work it takes on after what is under way ("**Next up**").
             "next-up", "up-next", "coming-up":
            return .notStarted
        case "in-progress", "ongoing", "active", "green", "started", "in-flight", "on-target", "on-schedule", "in-review",
             "progressing", "wip", "underway", "under-way", "in-development", "under-development", "being-developed",
             "in-design", "designing", "investigating", "researching", "prototyping", "in-testing", "in-qa",
             // "## In Discovery", a board's column of work being researched. (A bare "Discovery" is read only as a Status
             // value: as a heading or label it names a product area as often — "### Discovery" over search features.)
             "in-discovery",
             // Trello's and Kanban boards' "To Do / Doing / Done".
             "doing", "in-work", "working-on-it",
             // A generated roadmap's phase statuses ("**Status:** Nearing Completion", "Active Development"): under way.
             "active-development", "in-active-development", "feature-development", "nearing-completion", "near-completion",
             "nearly-complete", "nearly-done", "almost-done", "almost-complete":
            return .onTrack
        case "risk", "yellow", "amber", "behind", "slipping", "needs-attention", "at-risk!", "orange", "on-hold", "paused", "delayed":
            return .atRisk
        case "blocked", "red", "stalled", "late", "off-target", "missed":
            return .offTrack
        case "complete", "completed", "shipped", "finished", "achieved", "closed", "delivered", "released", "launched", "met",
             "implemented", "merged", "landed", "recently-completed", "recently-shipped", "recently-done", "recently-finished":
            return .done
        case "cancelled", "canceled", "abandoned", "wont-do", "won't-do", "deferred", "descoped", "cut", "dropped!", "not-doing",
             "not-accepted", "rejected", "declined", "withdrawn", "not-approved", "postponed", "parked", "shelved":
            return .dropped
        default:
            // "OnTrack", "AtRisk", "NotStarted": a tracker's enum name, its words joined in camel case.
            let split = camelWords(text)
            return split == text ? nil : words(split)
        }
    }

    /// The status words of German, French, Spanish, Portuguese, Italian and Dutch plans (`Estado: En progreso`,
    /// `| Erledigt |`), with and without their accents, as people type them, and of Korean, Russian, Chinese and
    /// Japanese plans (`상태: 완료`, `Статус: в работе`, `状态: 进行中`, `| 完了 |`). "Delayed" and "late" in each are at risk,
    /// as "behind" is; "pending" and "on hold" read as not started, since they name work that has not begun.
    package static let otherLanguages: [String: Status] = {
        let words: [(Status, [String])] = [
            (.notStarted, [
                "geplant", "offen", "nicht-begonnen", "noch-nicht-begonnen", "ausstehend", "zu-erledigen", "neu",
                "à-faire", "a-faire", "prévu", "prevu", "planifié", "planifie", "non-commencé", "non-commence", "pas-commencé",
                "pas-commence", "en-attente", "à-venir", "a-venir",
                "pendiente", "por-hacer", "planificado", "planeado", "no-iniciado", "sin-empezar", "sin-iniciar", "por-iniciar",
                "pendente", "a-fazer", "planejado", "não-iniciado", "nao-iniciado", "por-fazer",
                "da-fare", "pianificato", "non-iniziato", "in-attesa",
                "gepland", "te-doen", "niet-gestart", "nog-niet-gestart",
                "예정", "계획", "계획됨", "대기", "미착수", "시작-전", "запланировано", "не-начато", "ожидает", "в-планах",
                "未开始", "计划中", "待办", "待开始", "未開始", "計画中", "未着手", "予定", "着手前",
            ]),
            (.onTrack, [
                "in-arbeit", "in-bearbeitung", "laufend", "läuft", "lauft", "in-umsetzung", "im-plan", "auf-kurs",
                "en-cours", "en-bonne-voie", "en-progrès", "en-progres",
                "en-progreso", "en-curso", "en-marcha", "en-proceso", "en-desarrollo", "iniciado",
                "em-andamento", "em-progresso", "em-curso", "em-desenvolvimento",
                "in-corso", "in-lavorazione", "in-sviluppo", "avviato",
                "bezig", "in-uitvoering", "lopend", "op-schema",
                "진행-중", "진행중", "진행", "в-работе", "в-процессе", "выполняется", "в-разработке",
                "进行中", "開発中", "开发中", "進行中", "対応中", "作業中", "实施中",
            ]),
            (.atRisk, [
                "gefährdet", "gefahrdet", "verzögert", "verzogert", "pausiert", "im-verzug", "in-verzug",
                "à-risque", "a-risque", "en-retard", "en-pause", "menacé", "menace",
                "en-riesgo", "retrasado", "pausado", "en-pausa", "atrasado",
                "em-risco", "em-pausa",
                "a-rischio", "in-ritardo", "in-pausa", "sospeso",
                "risico", "vertraagd", "gepauzeerd", "achter-op-schema",
                "지연", "보류", "위험", "под-угрозой", "задерживается", "приостановлено", "延迟", "延期", "有风险", "遅延", "保留",
            ]),
            (.offTrack, [
                "blockiert", "gestoppt", "bloqué", "bloque", "bloqueado", "detenido", "bloccato", "fermo", "geblokkeerd",
                "차단", "заблокировано", "阻塞", "受阻", "ブロック",
            ]),
            (.done, [
                "erledigt", "fertig", "abgeschlossen", "umgesetzt", "erreicht", "geliefert", "veröffentlicht", "erfüllt",
                "terminé", "termine", "fait", "achevé", "acheve", "livré", "réalisé", "realise", "atteint", "complété",
                "hecho", "completado", "terminado", "finalizado", "logrado", "cumplido", "entregado", "lanzado", "listo",
                "concluído", "concluido", "feito", "entregue", "lançado", "lancado", "pronto", "atingido",
                "completato", "fatto", "concluso", "terminato", "raggiunto", "rilasciato",
                "klaar", "afgerond", "voltooid", "gereed", "opgeleverd", "behaald",
                "완료", "완료됨", "готово", "выполнено", "завершено", "сделано", "реализовано", "已完成", "完成", "完了", "完成済み",
                "対応済み",
            ]),
            (.dropped, [
                "verworfen", "abgebrochen", "gestrichen", "abgesagt", "eingestellt",
                "abandonné", "abandonne", "annulé", "annule", "supprimé",
                "cancelado", "descartado", "abandonado", "anulado",
                "annullato", "abbandonato", "scartato",
                "geannuleerd", "geschrapt", "vervallen",
                "취소", "취소됨", "중단", "отменено", "отменён", "已取消", "取消", "中止", "キャンセル",
            ]),
        ]
        var table: [String: Status] = [:]
        for (status, spellings) in words { for spelling in spellings { table[spelling] = status } }
        return table
    }()

    /// `text` with a "-" wherever a capital follows a small letter: "OnTrack" → "On-Track".
    private static func camelWords(_ text: String) -> String {
        var split = ""
        var previousLower = false
        for character in text {
            if previousLower, character.isUppercase { split.append("-") }
            split.append(character)
            previousLower = character.isLowercase
        }
        return split
    }
}

import Foundation
