import BearingModel

/// The labels of a key result's figure lines as Korean, Chinese and Japanese OKRs write them (`- 현재: 0%`, `- 목표: 90%`
/// under `**KR 1: …**`), in the English words the key-result readers look up: without them each line was a key result
/// of its own, and the target line (`목표: 90%`) read as 90 % done.
enum FigureKeyWords {
    static func english(_ key: String) -> String {
        translations[key] ?? key
    }

    /// The key of a line, with its value to tell apart what English templates write under one key: `Current Status: 5
    /// customers` or `In beta` (a template's slot beside Target) is where the measure stands, `Current Status: At risk`
    /// how the work stands.
    static func english(_ key: String, value: some StringProtocol) -> String {
        let key = english(key)
        switch key {
        case "current status", "current state":
            let value = String(value)
            return Status(reading: value) != nil || Status.leadingSymbol(in: value) != nil || wordsAndFigure(value) != nil
                || statusAndRemark(value) != nil ? "status" : "current"
        case "current value", "current level", "current measure", "current metric": return "current"
        default: return key
        }
    }

    /// `Current Status: 🟡 35`: a status symbol before a figure says both how the work stands (the symbol, read by the
    /// status readers) and where the measure is (the figure after it); nil for any other line. `english(_:value:)`
    /// calls the line a status for its symbol, so the figure readers ask this first.
    /// `Current Status: On track, 35 customers` is read the same way: a status in words, then (after a comma, a semicolon
    /// or a dash) the figure; or the figure first (`35 customers — on track`).
    static func symbolAndFigure(_ key: String, value: some StringProtocol) -> (status: Status, figure: String)? {
        guard ["current status", "current state"].contains(english(key)) else { return nil }
        if let (status, rest) = Status.leadingSymbol(in: String(value)), rest.contains(where: { $0.isNumber }) { return (status, rest) }
        return wordsAndFigure(String(value))
    }

    /// "On track, 35 customers", "At risk; 4%", "35 customers — on track": a status in words and a figure, split at the
    /// first comma, semicolon or spaced dash; nil unless one side reads as a status and the other holds a number.
    static func wordsAndFigure(_ value: String) -> (status: Status, figure: String)? {
        let separators = [",", ";", " — ", " – ", " - "].compactMap { value.range(of: $0) }
        guard let split = separators.min(by: { $0.lowerBound < $1.lowerBound }) else { return nil }
        let head = value[..<split.lowerBound].trimmed, tail = value[split.upperBound...].trimmed
        guard !head.isEmpty, !tail.isEmpty else { return nil }
        if let status = Status(reading: head), isFigure(tail) { return (status, tail) }
        if let status = Status(reading: tail), isFigure(head) { return (status, head) }
        return nil
    }

    /// "On track, 3 weeks ahead of plan", "At risk - blocked on Q3 hiring": a status in words and a remark on it (how
    /// early or late, why) that is no figure; the status, or nil. The remark stays in the key result's words as written.
    static func statusAndRemark(_ value: String) -> Status? {
        guard wordsAndFigure(value) == nil else { return nil }
        let separators = [",", ";", " — ", " – ", " - "].compactMap { value.range(of: $0) }
        guard let split = separators.min(by: { $0.lowerBound < $1.lowerBound }) else { return nil }
        let head = value[..<split.lowerBound].trimmed, tail = value[split.upperBound...].trimmed
        guard !head.isEmpty, tail.contains(where: \.isLetter), !isFigure(tail) else { return nil }
        return Status(reading: head)
    }

    /// "35 customers", "4%", "$1.2M ARR": a figure first, then perhaps its unit. Not a remark that holds a number: "2
    /// weeks behind plan" says how late the work is and "blocked on Q3 hiring" why, neither where the measure stands.
    private static func isFigure(_ text: String) -> Bool {
        guard let first = text.first(where: { !"~≈$€£+-".contains($0) }), first.isNumber else { return false }
        let words = text.lowercased().split(whereSeparator: { !$0.isLetter })
        return !words.contains { schedule.contains(String($0)) }
    }

    private static let schedule: Set<String> = ["behind", "late", "ahead", "early", "delay", "delayed", "slipped", "overdue", "schedule"]

    private static let translations: [String: String] = [
        // Korean
        "현재": "current", "현재값": "current", "현재 값": "current", "현황": "current", "목표": "target", "목표치": "target",
        "목표값": "target", "목표 값": "target", "기준": "baseline", "기준값": "baseline", "기준선": "baseline", "시작값": "baseline",
        "측정": "measurement", "측정 방법": "measurement", "지표": "metric", "진행률": "progress", "진척도": "progress",
        "진행 상황": "progress", "상태": "status", "담당": "owner", "담당자": "owner",
        // Chinese
        "当前": "current", "目前": "current", "现状": "current", "当前值": "current", "現狀": "current", "目标": "target",
        "目标值": "target", "目標值": "target", "基线": "baseline", "基線": "baseline", "基准": "baseline", "进度": "progress",
        "進度": "progress", "衡量": "measurement", "度量": "measurement", "衡量标准": "measurement", "指标": "metric", "指標": "metric",
        "状态": "status", "狀態": "status", "负责人": "owner", "負責人": "owner",
        // Japanese
        "現在": "current", "現状": "current", "現在値": "current", "目標": "target", "目標値": "target", "ベースライン": "baseline",
        "進捗": "progress", "進捗率": "progress", "測定": "measurement", "測定方法": "measurement", "ステータス": "status",
        "状態": "status", "担当": "owner", "担当者": "owner",
    ]
}
