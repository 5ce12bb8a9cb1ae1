import Foundation
import BearingModel

/// A page's legend of the marks it uses for how work stands — `**Legend:** ✅ Complete | 🔄 In Progress | ⏳ Planned`,
/// or a "Status key:" label over `- ⏳ Pending` lines — says what each mark means on that page. Without one a mark
/// means what it means on most pages (`⏳`, an hourglass, is work under way); with one, what the page's author said:
/// a project page of a Hugo site marked every planned task `⏳` under that legend, and all of them read as in progress.
enum SymbolLegend {
    /// Each mark the page's legend gives a meaning other than the usual one, by the mark without its variation selector.
    static func find(in lines: [Substring]) -> [String: Status] {
        guard lines.contains(where: { $0.unicodeScalars.contains { $0.value >= 0x2300 } }) else { return [:] }
        var legend: [String: Status] = [:]
        var fence = CodeFence()
        var index = 0
        while index < lines.count {
            let line = String(lines[index])
            index += 1
            guard !fence.holds(line), let rest = afterLabel(line) else { continue }
            var entries = [rest]
            // "Legend:" alone, its entries a list under it.
            if rest.trimmed.isEmpty {
                while index < lines.count, let item = listItem(lines[index]) {
                    entries.append(item)
                    index += 1
                }
            }
            for entry in entries {
                for (symbol, status) in meanings(entry) where Status.leadingSymbol(in: symbol)?.status != status { legend[symbol] = status }
            }
        }
        return legend
    }

    /// The items with the page's meaning of the mark their status came from: the mark opening or closing the item's
    /// line, or its lane's heading when the lane gave it. An item whose status something else gave (a field, a box) keeps it.
    static func apply(_ legend: [String: Status], to items: [RoadmapItem], lanes: [Lane], lines: [Substring]) -> [RoadmapItem] {
        guard !legend.isEmpty else { return items }
        let laneLines = Dictionary(lanes.map { ($0.title, $0.location.line) }, uniquingKeysWith: { first, _ in first })
        return items.map { item in
            var item = item
            let line = item.statusFrom == .lane ? laneLines[item.lane] : item.statusFrom == nil ? item.location.line : nil
            guard let line, line >= 1, line <= lines.count, let status = item.metadata.status,
                  let mark = mark(of: lines[line - 1]), Status.leadingSymbol(in: mark)?.status == status,
                  let meant = legend[mark] else { return item }
            item.metadata.status = meant
            return item
        }
    }

    /// What follows a legend's label on the line (`**Legend:**`, `Status key:`), or nil when the line has none.
    private static func afterLabel(_ line: String) -> String? {
        let text = line.trimmed.drop { $0 == ">" || $0 == " " }
        guard let colon = text.prefix(40).firstIndex(where: { $0 == ":" || $0 == "：" }) else { return nil }
        let label = text[..<colon].replacingOccurrences(of: "*", with: "").replacingOccurrences(of: "_", with: "").trimmed + ":"
        guard RoadmapLists.leadsLegend(label) else { return nil }
        return String(text[text.index(after: colon)...]).trimmingCharacters(in: CharacterSet(charactersIn: "*_ "))
    }

    private static func listItem(_ line: Substring) -> String? {
        let text = line.trimmed
        guard let first = text.first, "-*+".contains(first), text.dropFirst().first == " " else { return nil }
        return String(text.dropFirst(2))
    }

    /// Each mark and the status its words name: "✅ Complete | 🔄 In Progress | ⏳ Planned", "🟢 on track · 🟡 at risk",
    /// "⏳ = pending". A mark whose words name no status says nothing, and so does a legend most of whose marks name
    /// none: "🔴 Breaking · 🟢 New · 🟡 Deprecated" tells kinds of change apart, and its "New" is no work not started.
    private static func meanings(_ text: String) -> [(String, Status)] {
        var found: [(String, Status)] = []
        var entries = 0
        var mark: String?
        var words: [Substring] = []
        func close() {
            if mark != nil, !words.isEmpty { entries += 1 }
            if let mark, let status = Status(reading: words.joined(separator: " ")), !words.isEmpty { found.append((mark, status)) }
            words = []
        }
        for word in text.split(whereSeparator: { $0 == " " || $0 == "|" || $0 == "·" || $0 == "•" || $0 == "," || $0 == ";" }) {
            let bare = String(String.UnicodeScalarView(word.unicodeScalars.filter { $0 != "\u{FE0F}" }))
            if let symbol = Status.leadingSymbol(in: bare), symbol.rest.isEmpty {
                close()
                mark = bare
            } else if !["=", "-", "–", "—", ":", "/"].contains(word) {
                words.append(word)
            }
        }
        close()
        return found.count * 2 >= entries ? found : []
    }

    /// The mark that opens the line's text (after a list marker, a box or a heading's hashes) or closes it.
    private static func mark(of line: Substring) -> String? {
        var text = line.trimmed.drop { $0 == "#" || $0 == " " }
        if let first = text.first, "-*+".contains(first), text.dropFirst().first == " " { text = text.dropFirst(2) }
        if let first = text.first, first.isNumber {
            let after = text.drop { $0.isNumber }
            if let mark = after.first, mark == "." || mark == ")", after.dropFirst().first == " " { text = after.dropFirst(2) }
        }
        if text.hasPrefix("[ ] ") || text.hasPrefix("[x] ") || text.hasPrefix("[X] ") { text = text.dropFirst(4) }
        let bare = String(String.UnicodeScalarView(text.unicodeScalars.filter { $0 != "\u{FE0F}" }))
        if let first = bare.split(separator: " ").first, Status.leadingSymbol(in: String(first))?.rest.isEmpty == true { return String(first) }
        if let last = bare.split(separator: " ").last, Status.leadingSymbol(in: String(last))?.rest.isEmpty == true { return String(last) }
        return nil
    }
}
