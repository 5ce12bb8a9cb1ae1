import BearingModel
import Foundation

/// A roadmap drawn as a Mermaid gantt chart (a ```` ```mermaid ```` block starting `gantt`, which GitHub draws): each
/// `section` is a lane and each task line an item. A task's `done` tag makes it done and `active` on track; its start
/// date gives its period, and its end (a date, the start plus a duration such as `45d` or `3w`, or `until b1`) its due
/// date. A task that starts `after a1` starts where a1 ends, and one with no start where the one before it ends, as
/// Mermaid draws them. Dates are read in the default `YYYY-MM-DD` format; under another `dateFormat` a task keeps its
/// lane and status without dates.
struct RoadmapGantt {
    struct Task {
        var title: String
        var section: String?
        var status: Status?
        var start: Date?
        var end: Date?
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
            if let endText {
                if endText.lowercased().hasPrefix("until ") {
                    end = endText.dropFirst(6).split(separator: " ").compactMap { starts[String($0)] }.min()
                } else if isoDates, let date = Self.date(endText) {
                    end = date
                } else if let start, let days = Self.days(endText) {
                    end = start.addingTimeInterval(days * 86_400)
                }
            }
            // A task that follows one that ran past the dates a chart can mean (or ends before it starts) has no dates.
            if let date = start, Self.date(Self.written(date)) == nil { start = nil }
            if let date = end, Self.date(Self.written(date)) == nil || (start.map { date < $0 } ?? false) { end = nil }
            if let id { starts[id] = start; ends[id] = end }
            let status: Status? = tags.contains("done") ? .done : tags.contains("active") ? .onTrack : nil
            tasks.append(Task(title: name, section: section, status: status, start: start, end: end, line: block.line + 1 + offset))
        }
        guard !tasks.isEmpty else { return nil }
        self.tasks = tasks
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
                metadata.due = task.end.map(RoadmapGantt.written)
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
