import BearingModel

extension RoadmapParser {
    /// `| Item | Quarter | Owner | Status |` above the file's first lane (`## Later` over bullets): a table whose rows each
    /// name when they are due is the work of those periods, whatever lanes follow it. Its rows are read as the same table
    /// alone in a file is, as lanes of their periods (in time order when each is a quarter or a year), ahead of the file's
    /// own lanes; the tables read are taken out of `blocks`. A row that names no period is in a lane named after the page,
    /// after them. A table where fewer than half the rows name a period has no such column and stays unread (and said).
    static func datedTables(in blocks: inout [Block], page: String, reader: LaneReader, fileStatus: Status?,
                            diagnostics: inout DiagnosticBag) -> [LaneReader.Result] {
        var lanes: [LaneReader.Result] = []
        blocks.removeAll { block in
            guard case .table = block.kind, PlanTable.looksLikePlan(block) else { return false }
            let section = Section(title: page, level: 2, label: nil, line: block.line, column: block.column, endLine: block.endLine,
                                  blocks: [block], subsections: [])
            var said = DiagnosticBag(path: reader.document.path)
            let read = reader.lane(section, fileStatus: fileStatus, diagnostics: &said)
            let dated = read.items.filter { item in
                item.metadata.due.flatMap { PeriodText.normalize($0, year: reader.year) }.map { $0 == item.period } ?? false
            }
            guard !read.items.isEmpty, dated.count * 2 >= read.items.count else { return false }
            diagnostics.append(said.items)
            lanes += byPeriod(read, dated: Set(dated.map(\.location.line)))
            return true
        }
        return lanes
    }

    /// The table's items in a lane per period, and those that name none in the page's lane after them.
    private static func byPeriod(_ read: LaneReader.Result, dated: Set<Int>) -> [LaneReader.Result] {
        var order: [String] = []
        for item in read.items where dated.contains(item.location.line) {
            if let period = item.period, !order.contains(period) { order.append(period) }
        }
        if order.allSatisfy({ calendarPeriod.matches($0) }) { order.sort() }
        var lanes = order.map { period in
            let own = read.items.filter { dated.contains($0.location.line) && $0.period == period }.map { item in
                var item = item
                item.lane = period
                return item
            }
            let lane = Lane(title: period, kind: .period, period: period, location: own.first?.location ?? read.lane.location)
            return LaneReader.Result(lane: lane, items: own, prose: nil, fromHeadings: false)
        }
        let undated = read.items.filter { !dated.contains($0.location.line) }
        if !undated.isEmpty {
            var lane = read.lane
            lane.intro = []
            lanes.append(LaneReader.Result(lane: lane, items: undated, prose: nil, fromHeadings: false))
        }
        return lanes
    }
}
