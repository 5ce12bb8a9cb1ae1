import ArgumentParser
import BearingAlign
import BearingModel
import BearingParse
import Foundation

/// `bearing new objective|quarter|roadmap-item`: a well-formed skeleton in the right file, to fill in.
struct NewCommand: ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Add an objective to this quarter's file, start the next quarter's file, or add a roadmap item.",
        discussion: """
            objective: appended to the current quarter's objectives file (--quarter; --file, needed when several files \
            plan the quarter, one per team). quarter: creates the \
            next quarter's file after the latest one (or --quarter's). roadmap-item: added at the end of a lane \
            (--lane, default the first) of a roadmap (--roadmap, needed when there are several). --priority is \
            resolved like any reference; an unknown one is a usage error with its did-you-mean, and nothing is \
            written. Files are replaced atomically and keep their byte-order mark and line endings.
            """
    )

    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case objective, quarter
        case roadmapItem = "roadmap-item"
    }

    @Argument(help: "What to add: objective, quarter or roadmap-item.")
    var kind: Kind

    @OptionGroup var options: WorkspaceOptions

    @Option(help: "The title (required for objective and roadmap-item).")
    var title: String?

    @Option(help: "Who owns it.")
    var owner: String?

    @Option(help: "The priorities it serves, comma-separated (an id, a number such as 1.2, or words of a title).")
    var priority: String?

    @Option(help: ArgumentHelp("The quarter (2026-Q4).", discussion: "Default: the quarter holding today, for objective; the one after the latest file, for quarter.", valueName: "quarter"))
    var quarter: String?

    @Option(help: ArgumentHelp("The objectives file to append to, relative to the workspace.", valueName: "path"))
    var file: String?

    @Option(help: ArgumentHelp("The roadmap: its id, title or path.", valueName: "roadmap"))
    var roadmap: String?

    @Option(help: ArgumentHelp("The lane to add to (Now, Next…); a lane that does not exist is added at the end.", valueName: "lane"))
    var lane: String?

    @Option(help: ArgumentHelp("Today's date (YYYY-MM-DD), for the current quarter.", discussion: "Default: `today:` in bearing.yml, else the clock.", valueName: "date"))
    var today: String?

    func run(_ console: Console) throws -> Int32 {
        let root = try options.root(console)
        let plan = WorkspaceLoader().load(root: root)
        let priorities = try resolvedPriorities(plan)
        let written: (path: String, line: Int)
        switch kind {
        case .objective: written = try addObjective(plan, root: root, priorities: priorities)
        case .quarter: written = try addQuarter(plan, root: root, priorities: priorities)
        case .roadmapItem: written = try addRoadmapItem(plan, root: root, priorities: priorities)
        }
        console.print("wrote \(written.path):\(written.line)")
        return 0
    }

    // MARK: - Skeletons

    private func metadata(_ priorities: [String], bold: Bool) -> [String] {
        let key = { (name: String) in bold ? "- **\(name):**" : "- \(name):" }
        return [owner.map { "\(key("Owner")) \($0)" }, "\(key("Status")) not-started",
                priorities.isEmpty ? nil : "\(key("Priorities")) \(priorities.joined(separator: ", "))"].compactMap { $0 }
    }

    private func objectiveLines(_ title: String, priorities: [String], level: Int = 2) -> [String] {
        [String(repeating: "#", count: level) + " \(title)", ""] + metadata(priorities, bold: true)
            + ["", SkeletonPlaceholders.objectiveWhy, "", "- [ ] " + SkeletonPlaceholders.keyResult]
    }

    // MARK: - Kinds

    private func addObjective(_ plan: Plan, root: String, priorities: [String]) throws -> (String, Int) {
        let title = try requiredTitle()
        let path: String
        if let file {
            path = file
        } else {
            let wanted = try quarterOption(plan) ?? currentQuarter(plan)
            let files = plan.objectiveFiles.filter { $0.quarter == wanted }.map(\.path)
            if let main = files.first(where: { $0 == defaultPath(plan, wanted) }) {
                path = main
            } else if files.count > 1 {
                // One file per team (objectives/fleet/2027-Q1.md, objectives/app/2027-Q1.md): which team's is the
                // writer's to say; taking the first put a fleet objective in the app team's file.
                throw CommandFailure.refusal("bearing new: \(files.count) files plan \(wanted) (\(files.sorted().joined(separator: ", "))); pass --file with the one to add to; nothing was written")
            } else if let only = files.first {
                path = only
            } else {
                throw CommandFailure.refusal("bearing new: no objectives file for \(wanted); start one with `bearing new quarter --quarter \(wanted)`")
            }
        }
        // A second objective of the same title in one file is a duplicate id that stops the build.
        if let same = plan.objectiveFiles.first(where: { $0.path == path })?.objectives.first(where: { $0.title.lowercased() == title.lowercased() }) {
            throw CommandFailure.refusal("bearing new: \(path):\(same.location.line) already has the objective “\(same.title)”; nothing was written")
        }
        // Where the file's objectives are: at the level of the last heading objective, at the end of its section (an ADR's
        // "### Objective 3" under "## Decision" is followed by "## Consequences", which Bearing reads as an aside).
        let absolute = path.hasPrefix("/") ? path : root + "/" + path
        let original = FileManager.default.contents(atPath: absolute)
        let text = original.flatMap { String(data: $0, encoding: .utf8) } ?? ""
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let existing = plan.objectiveFiles.first { $0.path == path }?.objectives ?? []
        let headed = existing.last { objective in
            lines.indices.contains(objective.location.line - 1) && Self.headingLevel(lines[objective.location.line - 1]) != nil
        }
        let level = headed.flatMap { Self.headingLevel(lines[$0.location.line - 1]) } ?? 2
        let before = headed.flatMap { Self.endOfSection(startingAt: $0.location.line, in: text) }
        let line = try insert(objectiveLines(title, priorities: priorities, level: level), before: before, into: path, root: root)
        // Read back: an objective Bearing would skip (written after an aside, or in a file whose objectives are a list) is
        // not added; the file is put back as it was and the user told where to write it.
        let written = (try? String(contentsOfFile: absolute, encoding: .utf8)) ?? ""
        let (file, _) = ObjectivesParser(config: plan.config).parse(MarkdownReader().read(written, path: path))
        let read = Set(file.objectives.map(\.title))
        if !file.objectives.contains(where: { $0.location.line == line && $0.title == title }) || !existing.allSatisfy({ read.contains($0.title) }),
           let original {
            try? AtomicFile.write([UInt8](original), to: absolute)
            throw CommandFailure.refusal("bearing new: a `## \(title)` heading at \(path):\(line) would not be read as an objective, or would change how the file's objectives are read (they are not headings there); nothing was written. Add it by hand in the form of the file's other objectives")
        }
        return (path, line)
    }

    /// The level of a Markdown heading line ("### Objective 2" is 3), nil for any other line.
    static func headingLevel(_ line: Substring) -> Int? {
        let hashes = line.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes), line.dropFirst(hashes).first == " " else { return nil }
        return hashes
    }

    private func addQuarter(_ plan: Plan, root: String, priorities: [String]) throws -> (String, Int) {
        let current = try currentQuarter(plan)
        let latest = plan.quarters.filter { $0.span == .quarter && $0.fiscalStart == nil }.last
        let wanted = try quarterOption(plan) ?? max(latest.map(Self.next) ?? current, current)
        let path = defaultPath(plan, wanted)
        let absolute = root + "/" + path
        guard !FileManager.default.fileExists(atPath: absolute) else { throw CommandFailure.refusal("bearing new: \(path) already exists; nothing was written") }
        // Always one objective: a file with none is a `no-objectives` warning, and the skeleton shows the form.
        let lines = ["# Objectives for \(wanted)", ""] + objectiveLines(title ?? SkeletonPlaceholders.objectiveTitle(for: wanted), priorities: priorities)
        do {
            try FileManager.default.createDirectory(atPath: (absolute as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try AtomicFile.write(Array((lines.joined(separator: "\n") + "\n").utf8), to: absolute)
        } catch {
            throw CommandFailure("bearing new: \(error)")
        }
        return (path, 3)
    }

    private func addRoadmapItem(_ plan: Plan, root: String, priorities: [String]) throws -> (String, Int) {
        let title = try requiredTitle()
        let target = try chosenRoadmap(plan)
        let item = ["### \(title)", ""] + metadata(priorities, bold: false) + ["", SkeletonPlaceholders.roadmapWhat]
        let wanted = lane.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        guard let found = target.lanes.first(where: { wanted == nil || $0.title.lowercased() == wanted }) else {
            return (target.path, try insert(["## \(lane ?? "Now")", ""] + item, before: nil, into: target.path, root: root))
        }
        let text = (try? String(contentsOfFile: root + "/" + target.path, encoding: .utf8)) ?? ""
        return (target.path, try insert(item, before: Self.endOfSection(startingAt: found.location.line, in: text), into: target.path, root: root))
    }

    // MARK: - Helpers

    private func requiredTitle() throws -> String {
        guard let title = title?.trimmingCharacters(in: .whitespaces), !title.isEmpty else {
            throw ValidationError("`bearing new \(kind.rawValue)` needs --title")
        }
        return title
    }

    /// Each `--priority` reference as the id `check` links it to, or a usage error with check's own message.
    private func resolvedPriorities(_ plan: Plan) throws -> [String] {
        guard let priority else { return [] }
        var ids: [String] = []
        for text in priority.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !text.isEmpty {
            let (id, diagnostics) = ReferenceResolver().resolvePriority(text, in: plan.strategy)
            guard let id else {
                // One reference, one message: the valid ids go with it, as they did before `check` listed them apart.
                let reasons = diagnostics.map { d in
                    d.message + ([d.fix, d.candidates.map { $0.line(limit: 8) }].compactMap { $0 }.map { "; " + $0 }.joined())
                }
                throw ValidationError("--priority: " + (reasons.first ?? "unknown priority `\(text)`") + "; nothing was written")
            }
            if !ids.contains(id) { ids.append(id) }
        }
        return ids
    }

    private func chosenRoadmap(_ plan: Plan) throws -> Roadmap {
        let known = plan.roadmaps.map(\.id).joined(separator: ", ")
        guard let roadmap else {
            guard plan.roadmaps.count == 1 else {
                throw CommandFailure.refusal(plan.roadmaps.isEmpty ? "bearing new: no roadmap in the workspace: create roadmaps/<name>.md with a `## Now` lane"
                                                            : "bearing new: which roadmap? pass --roadmap (one of: \(known))")
            }
            return plan.roadmaps[0]
        }
        let wanted = roadmap.lowercased()
        guard let found = plan.roadmaps.first(where: { [$0.id.lowercased(), $0.title.lowercased(), $0.path.lowercased()].contains(wanted) }) else {
            throw ValidationError("unknown roadmap `\(roadmap)`; roadmaps: \(known)")
        }
        return found
    }

    private func quarterOption(_ plan: Plan) throws -> Quarter? {
        guard let quarter else { return nil }
        guard let parsed = Quarter.find(in: quarter, fiscalStart: plan.config.fiscalYearStart) else {
            throw ValidationError("--quarter must be a quarter such as 2026-Q4")
        }
        return parsed
    }

    private func currentQuarter(_ plan: Plan) throws -> Quarter {
        guard let date = Aligner.today(option: today, config: plan.config) else { throw ValidationError(DateText.todayError(today ?? "")) }
        return Quarter.containing(date)
    }

    /// `objectives/2026-Q4.md`, in the first objectives folder `bearing.yml` names.
    private func defaultPath(_ plan: Plan, _ quarter: Quarter) -> String {
        let folder = plan.config.objectivePaths.first ?? "objectives"
        return (folder.hasSuffix(".md") ? "objectives" : folder) + "/\(quarter).md"
    }

    private func insert(_ block: [String], before index: Int?, into path: String, root: String) throws -> Int {
        do {
            return try SkeletonFileWriter.insert(block, before: index, into: path.hasPrefix("/") ? path : root + "/" + path)
        } catch {
            throw CommandFailure("bearing new: \(error)")
        }
    }

    static func next(_ quarter: Quarter) -> Quarter {
        Quarter(year: quarter.number == 4 ? quarter.year + 1 : quarter.year, number: quarter.number % 4 + 1) ?? quarter
    }

    /// The 0-based index of the line that ends the section whose heading is at 1-based `line`: the next heading
    /// of the same level or higher outside code fences, else the end of the text.
    static func endOfSection(startingAt line: Int, in text: String) -> Int? {
        let lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { String(String.UnicodeScalarView($0)) }
        guard line >= 1, line <= lines.count else { return nil }
        func level(_ text: Substring) -> Int? {
            let hashes = text.prefix { $0 == "#" }.count
            return (1...6).contains(hashes) && (text.dropFirst(hashes).first.map { $0 == " " || $0 == "\t" || $0 == "\r" } ?? true) ? hashes : nil
        }
        let own = level(lines[line - 1].drop { $0 == " " }) ?? 2
        var fence: Substring?
        for index in line..<lines.count {
            let trimmed = lines[index].drop { $0 == " " }
            if let open = fence {
                if trimmed.hasPrefix(open) { fence = nil }
                continue
            }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") { fence = trimmed.prefix(3); continue }
            if let found = level(trimmed), found <= own { return index }
        }
        return nil
    }
}
