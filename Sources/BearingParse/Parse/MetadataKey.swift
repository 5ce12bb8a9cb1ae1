/// The metadata keys Bearing understands, with the spellings people use for them.
enum MetadataKey: String, CaseIterable {
    case owners, team, status, priorities, confidence, effort, roadmaps, issues, due, start, dependsOn, objectives

    static let spellings: [String: MetadataKey] = [
        "owner": .owners, "owners": .owners, "owner(s)": .owners, "dri": .owners, "lead": .owners, "leads": .owners,
        "driver": .owners, "drivers": .owners, "led by": .owners, "champion": .owners, "assignee": .owners, "assignees": .owners,
        // Notion's roadmap and project templates name their person property "Assign"; trackers write "Assigned to".
        "assign": .owners, "assigned to": .owners, "assigned": .owners,
        "tracking manager": .owners, "manager": .owners, "responsible": .owners, "accountable": .owners,
        "point of contact": .owners, "points of contact": .owners, "contact": .owners,
        // Rust's project goals: `| Task | Owner(s) or team(s) | Notes |`.
        "owner(s) or team(s)": .owners, "owner or team": .owners, "owners or teams": .owners, "owner/team": .owners,
        "owner / team": .owners, "owner(s)/team(s)": .owners,
        // Who owns it, the team and the due date as Spanish, French, German, Portuguese, Italian and Dutch plans name
        // them: the values (names, dates) read the same in any language; status words are read in these languages too
        // (`Status.otherLanguages`).
        "responsable": .owners, "responsables": .owners, "verantwortlich": .owners, "verantwortliche": .owners,
        "dueño": .owners, "dono": .owners, "propriétaire": .owners, "responsabile": .owners, "eigenaar": .owners,
        "equipo": .team, "équipe": .team, "equipe": .team, "squadra": .team,
        "fecha límite": .due, "fecha limite": .due, "échéance": .due, "fällig": .due, "frist": .due, "prazo": .due, "scadenza": .due,
        // When work starts and ends, and who owns it, as Chinese, Japanese and Korean plans head their columns
        // (`| 里程碑 | 起始日期 | 结束日期 |`, `| 担当者 | 期限 |`, `| 담당자 | 마감일 |`).
        "起始日期": .start, "开始日期": .start, "開始日期": .start, "开始时间": .start, "開始時間": .start, "開始日": .start,
        "시작일": .start, "시작 날짜": .start,
        "结束日期": .due, "結束日期": .due, "截止日期": .due, "结束时间": .due, "結束時間": .due, "完成日期": .due, "终止日期": .due,
        "終了日": .due, "期限": .due, "期日": .due, "締切": .due, "종료일": .due, "마감일": .due, "완료일": .due, "기한": .due,
        // A task list's own fields in Japanese, Chinese and Korean (`- **依存**: Task 1.1`, `- **推定時間**: 2 時間`, `- **完了日**:
        // 2025-10-10`): what the work waits on, its size, and the day it is finished (as 완료일 and 完成日期 above).
        "依存": .dependsOn, "依存関係": .dependsOn, "依赖": .dependsOn, "依赖关系": .dependsOn, "의존성": .dependsOn,
        "推定時間": .effort, "見積もり": .effort, "見積": .effort, "工数": .effort, "预计时间": .effort, "预估时间": .effort,
        "工作量": .effort, "예상 시간": .effort, "공수": .effort,
        "完了日": .due, "完了予定日": .due, "完成日": .due,
        "负责人": .owners, "負責人": .owners, "责任人": .owners, "担当": .owners, "担当者": .owners, "담당자": .owners, "책임자": .owners,
        "team": .team, "teams": .team,
        "status": .status, "state": .status, "estado": .status, "statut": .status, "état": .status, "etat": .status,
        "stato": .status, "zustand": .status, "situação": .status, "situacao": .status,
        // Korean, Russian, Chinese and Japanese plans' Status column (`| Phase | 상태 | 설명 |`).
        "상태": .status, "статус": .status, "состояние": .status, "状态": .status, "狀態": .status, "状態": .status, "ステータス": .status,
        "priorities": .priorities, "priority": .priorities, "aligns to": .priorities, "aligned to": .priorities,
        "aligns with": .priorities, "serves": .priorities, "strategic priority": .priorities, "strategic priorities": .priorities,
        // What a strategy calls its priorities, as a column or field naming the one a row serves. A bare "Goal" is not
        // here: `Goal:` in an objective is as often its aim in a sentence; only a table's Goal column is read as a link
        // (`PlanTable.items`).
        "strategic goal": .priorities, "strategic goals": .priorities, "strategic pillar": .priorities,
        "strategic pillars": .priorities, "pillar": .priorities, "pillars": .priorities, "goal area": .priorities,
        "goal areas": .priorities, "strategic objective": .priorities, "strategic objectives": .priorities,
        "confidence": .confidence,
        "effort": .effort, "size": .effort, "estimate": .effort,
        "roadmap": .roadmaps, "roadmaps": .roadmaps,
        "issues": .issues, "issue": .issues, "tracking": .issues, "tracking issue": .issues, "epic": .issues,
        "due": .due, "deadline": .due, "due date": .due, "target date": .due, "ends": .due, "end date": .due, "ends on": .due,
        // Joystream's OKRs: `- **KR Measurement Deadline**: 02.07.19` on every objective.
        "kr measurement deadline": .due, "measurement deadline": .due, "kr deadline": .due,
        "eta": .due, "delivery date": .due, "timespan": .due, "time span": .due, "timeframe": .due, "time frame": .due,
        // `| Item | Start | End |` (a schedule or a Gantt sheet): the end is when the work is due, the start when it begins.
        "end": .due, "finish": .due, "finish date": .due, "finishes": .due, "end month": .due, "end quarter": .due,
        "planned end": .due, "end by": .due,
        "start": .start, "starts": .start, "start date": .start, "starts on": .start, "begin": .start, "begins": .start,
        "begin date": .start, "start month": .start, "start quarter": .start, "planned start": .start, "kickoff": .start,
        "depends on": .dependsOn, "dependencies": .dependsOn, "depends": .dependsOn, "blocked by": .dependsOn, "after": .dependsOn,
        "objectives": .objectives, "objective": .objectives, "serves objective": .objectives,
    ]

    /// Words for the day work is delivered, before "date" in a column or field name.
    private static let deliveryWords: Set<String> = [
        "launch", "launched", "release", "released", "completion", "completed", "ship", "shipped", "shipping", "delivered",
        "go", "live", "golive", "expected", "estimated", "planned", "target", "targeted", "projected", "rollout", "delivery",
    ]

    /// What a delivery word names before the work's due date: the day, or the quarter or month it falls in.
    private static let whenWords: Set<String> = ["date", "quarter", "month"]

    /// Words that put a delivery ahead: "Expected delivery", "Planned completion".
    private static let foreseenWords: Set<String> = ["expected", "estimated", "planned", "target", "targeted", "projected"]

    /// Owner spellings that name who follows the work up rather than who does it: an owner only when nothing better is known.
    static let trackerSpellings: Set<String> = ["tracking manager", "manager"]

    /// The key for a written spelling: case-insensitive, spaces and `-`/`_` treated alike.
    init?(spelling: String) {
        let normalized = Self.normalize(spelling)
        if let key = Self.spellings[normalized] {
            self = key
            return
        }
        // "Launch date", "Completion date", "Launch/Completion date", "Go live date": when the work ships is when it is due.
        // So is the quarter or month it ships in ("Delivery Quarter: Q3 2025", Thunderbird's roadmap; "Target month"),
        // and a delivery that is expected or planned ("Expected Delivery: Q4 2022").
        let words = normalized.split(separator: " ")
        if words.count >= 2, words.count <= 4, let last = words.last, Self.whenWords.contains(String(last)),
           words.dropLast().flatMap({ $0.split(separator: "/") }).allSatisfy({ Self.deliveryWords.contains(String($0)) }) {
            self = .due
            return
        }
        if words.count == 2, Self.foreseenWords.contains(String(words[0])), ["delivery", "completion"].contains(words[1]) {
            self = .due
            return
        }
        // "Accountable Fellow", "Responsible engineer": a role named by what it answers for is the owner.
        guard words.count == 2, ["accountable", "responsible"].contains(words[0]) else { return nil }
        self = .owners
    }

    static func normalize(_ spelling: String) -> String { normalizeASCII(spelling) ?? normalizeScalars(spelling) }

    /// `normalize` on the spelling's scalars: the reference `normalizeASCII` is tested against.
    static func normalizeScalars(_ spelling: String) -> String {
        // One pass over the scalars: every line of every metadata block is asked, and lowercasing, two replacements,
        // a split and a join made four strings for each.
        var normalized = String.UnicodeScalarView()
        var space = false
        for scalar in spelling.lowercased().unicodeScalars {
            if scalar == " " || scalar == "_" || scalar == "-" {
                space = !normalized.isEmpty
            } else {
                if space { normalized.append(" ") }
                space = false
                normalized.append(scalar)
            }
        }
        return String(normalized)
    }

    /// `normalize` of an ASCII spelling on its bytes (lowercasing ASCII changes only A–Z, and each byte is a scalar), nil
    /// for any other: the scalar view's appends were 0.7 % of a cold build's CPU at 2,000 files.
    static func normalizeASCII(_ spelling: String) -> String? {
        var spelling = spelling
        return spelling.withUTF8 { bytes -> String? in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            var normalized: [UInt8] = []
            normalized.reserveCapacity(bytes.count)
            var space = false
            for byte in bytes {
                if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-") {
                    space = !normalized.isEmpty
                } else {
                    if space { normalized.append(UInt8(ascii: " ")) }
                    space = false
                    normalized.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
                }
            }
            return String(decoding: normalized, as: UTF8.self)
        }
    }
}
