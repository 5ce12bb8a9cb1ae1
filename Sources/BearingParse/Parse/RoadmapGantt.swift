import BearingModel
import Foundation

/// A roadmap drawn as a Mermaid gantt chart (a ```` ```mermaid ```` block starting `gantt`, which GitHub draws): each
/// `section` is a lane and each task line an item. A task's `done` tag makes it done and `active` on track; its start
/// date gives its period, and its end (a date, the start plus a duration such as `45d` or `3w`, or `until b1`) its due
/// date. A task that starts `after a1` starts where a1 ends, and one with no start where the one before it ends, as
/// Mermaid draws them. Dates are read in the default `YYYY-MM-DD` format; under another `dateFormat` a task keeps its
/// lane and status without dates.
///
/// Mermaid's end is exclusive: `2025-11-10, 1d` is drawn over the 10th alone and `after` it starts on the 11th, so a
/// task given by a length (or `until`) is due the day before its end. A bar that repeats an earlier task's title with
/// what it measures ("ロギング導入 実績 (100%)", "Logging actual (100%)") draws how far that task has got, as charts
/// without Mermaid's progress bars do: it is the task's progress (100 % is done), not a second piece of work.
struct RoadmapGantt {
    struct Task {
        var title: String
        var section: String?
        var status: Status?
        var start: Date?
        /// Where the bar ends, exclusive for a length: where a task `after` it starts.
        var end: Date?
        /// The last day the bar covers.
        var due: Date?
        var line: Int
    }

    var title: String?
    var tasks: [Task]

    init?(_ block: Block) {
        guard case .code(let info, let text) = block.kind, info.trimmed.lowercased().hasPrefix("mermaid") else { return nil }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let first = lines.firstIndex(where: { !$0.trimmed.isEmpty && !$0.trimmed.hasPrefix("%%") }),
              lines[first].trimmed.lowercased() == "gantt" else { return nil }
        var section: String?
        var isoDates = true
        var tasks: [Task] = []
        var ends: [String: Date] = [:], starts: [String: Date] = [:]
        for (offset, raw) in lines.enumerated().dropFirst(first + 1) {
            let line = raw.trimmed
            let lower = line.lowercased()
            if line.isEmpty || line.hasPrefix("%%") { continue }
            if lower.hasPrefix("title ") { title = String(line.dropFirst(6)).trimmed; continue }
            if lower.hasPrefix("section ") { section = String(line.dropFirst(8)).trimmed; continue }
            if lower.hasPrefix("dateformat ") {
                isoDates = String(line.dropFirst(11)).trimmed.uppercased() == "YYYY-MM-DD"
                continue
            }
            if ["axisformat", "excludes", "includes", "todaymarker", "tickinterval", "weekday", "inclusiveenddates",
                "topaxis", "displaymode", "accTitle", "accDescr"].contains(where: { lower.hasPrefix($0.lowercased()) }) { continue }
            guard let colon = line.firstIndex(of: ":") else { continue }
            let name = String(line[..<colon]).trimmed
            guard !name.isEmpty else { continue }
            var fields = line[line.index(after: colon)...].split(separator: ",").map { String($0).trimmed }
            var tags: Set<String> = []
            while let tag = fields.first?.lowercased(), ["done", "active", "crit", "milestone"].contains(tag) {
                tags.insert(tag)
                fields.removeFirst()
            }
            var id: String?, startText: String?, endText: String?
            switch fields.count {
            case 0: break
            case 1: endText = fields[0]
            case 2: (startText, endText) = (fields[0], fields[1])
            default: (id, startText, endText) = (fields[0], fields[1], fields[2])
            }
            var start: Date?
            if let startText {
                if startText.lowercased().hasPrefix("after ") {
                    start = startText.dropFirst(6).split(separator: " ").compactMap { ends[String($0)] }.max()
                } else if isoDates {
                    start = Self.date(startText)
                }
            } else {
                start = tasks.last?.end
            }
            var end: Date?
            var exclusive = false
            if let endText {
                if endText.lowercased().hasPrefix("until ") {
                    end = endText.dropFirst(6).split(separator: " ").compactMap { starts[String($0)] }.min()
                    exclusive = true
                } else if isoDates, let date = Self.date(endText) {
                    end = date
                } else if let start, let days = Self.days(endText) {
                    end = start.addingTimeInterval(days * 86_400)
                    exclusive = true
                }
            }
            // A task that follows one that ran past the dates a chart can mean (or ends before it starts) has no dates.
            if let date = start, Self.date(Self.written(date)) == nil { start = nil }
            if let date = end, Self.date(Self.written(date)) == nil || (start.map { date < $0 } ?? false) { end = nil }
            if let id { starts[id] = start; ends[id] = end }
            // The last second the bar covers, never before its start (a milestone's `0d` is due the day it is on).
            let due = end.map { end in exclusive ? max(start ?? end, end.addingTimeInterval(-1)) : end }
            let status: Status? = tags.contains("done") ? .done : tags.contains("active") ? .onTrack : nil
            if let progress = Self.progress(of: name, among: tasks) {
                if progress.percent == 100 { tasks[progress.task].status = .done }
                else if progress.percent > 0, tasks[progress.task].status == nil { tasks[progress.task].status = .onTrack }
                continue
            }
            tasks.append(Task(title: name, section: section, status: status, start: start, end: end, due: due, line: block.line + 1 + offset))
        }
        guard !tasks.isEmpty else { return nil }
        self.tasks = tasks
    }

    /// What a progress bar says after the task's title: a word for the actual work, its progress or its end, then
    /// perhaps a percentage.
    private static let progressSuffix = Pattern(
        #"^(actual|actuals|progress|done|complete|completed|実績|進捗|完了|实际|实绩|进度|完成)?\s*(?:\(\s*(\d{1,3})\s*%\s*\)|(\d{1,3})\s*%)?$"#)
    private static let finishedWords: Set<String> = ["done", "complete", "completed", "完了", "完成"]

    /// The earlier task `title` draws the progress of ("Logging actual (100%)" after "Logging"), and the percentage it
    /// says: 100 for "done", some for "actual" alone (the work has begun); nil for a task of its own.
    static func progress(of title: String, among tasks: [Task]) -> (task: Int, percent: Int)? {
        for index in tasks.indices.reversed() {
            let base = tasks[index].title
            guard title.count > base.count, title.hasPrefix(base) else { continue }
            let rest = title.dropFirst(base.count)
            // "Logging v2" is another task; "Logging actual", "Logging 実績 (100%)" are not.
            guard rest.first?.isWhitespace == true || rest.first == "(" else { continue }
            let suffix = rest.trimmed
            guard !suffix.isEmpty, let groups = progressSuffix.firstMatch(in: suffix) else { continue }
            if let percent = (groups[2] ?? groups[3]).flatMap({ Int($0) }) { return percent <= 100 ? (index, percent) : nil }
            guard let word = groups[1]?.lowercased() else { return nil }
            return (index, finishedWords.contains(word) ? 100 : 1)
        }
        return nil
    }

    /// "2027-01-05".
    static func date(_ text: String) -> Date? {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        // A date a chart can mean: Calendar would roll "2027-13-45" over into 2028.
        guard parts.count == 3, text.count == 10, (1900...2200).contains(parts[0]), (1...12).contains(parts[1]),
              (1...31).contains(parts[2]) else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2]))
    }

    /// "45d", "3w", "1.5w", "12h": the length in days.
    static func days(_ text: String) -> Double? {
        // At most ten years, so that "1e308d" or "nand" is no length at all.
        guard let unit = text.last, let value = Double(text.dropLast()), value.isFinite, value >= 0, value <= 3_660 else { return nil }
        switch unit {
        case "d": return value
        case "w": return value * 7
        case "h": return value / 24
        default: return nil
        }
    }

    /// "2027-02-19": how a due date is written.
    static func written(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    }
}

extension LaneReader {
    /// One lane per section of the chart (the chart's title, else the roadmap's, for tasks before any section).
    func lanes(_ gantt: RoadmapGantt, fallback: String, fileStatus: Status?) -> [Result] {
        var order: [String] = []
        var bySection: [String: [RoadmapGantt.Task]] = [:]
        for task in gantt.tasks {
            let lane = task.section ?? gantt.title ?? fallback
            if bySection[lane] == nil { order.append(lane) }
            bySection[lane, default: []].append(task)
        }
        return order.map { title in
            let (kind, period) = RoadmapHeading.laneKind(title, year: year)
            let tasks = bySection[title] ?? []
            let lane = Lane(title: title, kind: kind, period: period,
                            location: SourceLocation(path: document.path, line: tasks.first?.line ?? 1, column: 1))
            let context = context(for: lane, fileStatus: fileStatus)
            let items = tasks.map { task -> RoadmapItem in
                var metadata = Metadata()
                metadata.status = task.status ?? context.status
                metadata.due = task.due.map(RoadmapGantt.written)
                let period = task.start.map { Quarter.containing($0).description } ?? context.period
                var made = RoadmapItem(id: "\(roadmapID)/\(Slug.make(task.title))", roadmap: roadmapID, lane: title, period: period,
                                       title: task.title, metadata: metadata, body: task.title,
                                       location: SourceLocation(path: document.path, line: task.line, column: 1), explicitID: false)
                if task.status == nil, context.status != nil { made.statusFrom = context.given?.1 }
                return made
            }
            return Result(lane: lane, items: items, prose: nil, fromHeadings: false)
        }
    }
}

extension RoadmapGantt {
    /// `items` with each chart task (an item at one of `chartLines`) that restates another item folded into it: the
    /// same title, or the start of it ("Windows package" for "Windows package 依存: ci-quality"). The chart adds its
    /// dates and status where the item states none; a box ticked in the list beats the chart's `active`. Tasks that
    /// restate nothing stay items of their own. Also the chart lanes left with no item.
    static func fold(_ items: [RoadmapItem], chartLines: Set<Int>) -> (items: [RoadmapItem], emptied: Set<String>) {
        guard !chartLines.isEmpty else { return (items, []) }
        var kept = items
        var removed: [Int] = []
        let written = items.indices.filter { !chartLines.contains(items[$0].location.line) }
        for index in items.indices where chartLines.contains(items[index].location.line) {
            let task = items[index]
            let key = RestatedItems.titleKey(task.title)
            let same = written.filter { RestatedItems.titleKey(items[$0].title) == key }
            let started = written.filter { RestatedItems.titleKey(items[$0].title).hasPrefix(key + " ") }
            guard let target = same.count == 1 ? same.first : same.isEmpty && started.count == 1 ? started.first : nil else { continue }
            var copy = task
            copy.body = ""
            copy.blocks = []
            kept[target] = RestatedItems.fill(kept[target], from: copy)
            removed.append(index)
        }
        let lanes = Set(removed.map { items[$0].lane })
        let remaining = Set(removed)
        kept = kept.indices.filter { !remaining.contains($0) }.map { kept[$0] }
        return (kept, lanes.subtracting(kept.map(\.lane)))
    }
}
