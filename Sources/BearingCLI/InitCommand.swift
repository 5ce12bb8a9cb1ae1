import ArgumentParser
import BearingModel
import BearingParse
import Foundation

/// `bearing init [DIR]`: a small workspace that checks clean, to edit into a team's own plan.
struct InitCommand: ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a small, working workspace: bearing.yml, strategy.md, this quarter's objectives, a roadmap and a CI workflow.",
        discussion: """
            Refuses to replace any file that exists (exit 2, naming them) unless --force is given; creates DIR when it is missing. \
            Plans the folder already holds (a site's content/docs/roadmap/, okrs/2027-Q1.md, objectives/ or roadmaps/ with Markdown) \
            are read where they are: bearing.yml names them, and no starter of their kind is written.
            """
    )

    @Argument(help: ArgumentHelp("The folder to write into.", discussion: "Default: the current folder.", valueName: "dir"))
    var directory: String?

    @Flag(help: "Replace files that exist.")
    var force = false

    @Option(help: ArgumentHelp("Write the objectives file of the quarter holding this date (YYYY-MM-DD).", discussion: "Default: the clock.", valueName: "date"))
    var today: String?

    func run(_ console: Console) throws -> Int32 {
        let quarter = try Self.quarter(today: today)
        let root = directory.map(console.absolute) ?? console.currentDirectory
        let exists = { (path: String) in FileManager.default.fileExists(atPath: root + "/" + path) }
        // A team's own plans, in the default folders or elsewhere (a site's `content/docs/roadmap/`): read as they are,
        // with no starter of their kind beside them.
        let found = WorkspaceLoader.plansElsewhere(root: root)
        let ownObjectives = Self.holdsMarkdown(root + "/objectives"), ownRoadmaps = Self.holdsMarkdown(root + "/roadmaps")
        var files = WorkspaceTemplate.files(quarter: quarter, objectives: ownObjectives ? nil : found.objectives?.setting,
                                            roadmaps: ownRoadmaps ? nil : found.roadmaps?.setting)
        if ownObjectives { files.removeAll { $0.path.hasPrefix("objectives/") } }
        if ownRoadmaps { files.removeAll { $0.path.hasPrefix("roadmaps/") } }
        // The starter roadmap's first item serves the starter objective: beside the team's own objectives it would name
        // one that is not there, and the first `bearing check` would fail on a file init wrote.
        if !files.contains(where: { $0.path.hasPrefix("objectives/") }) {
            for index in files.indices where files[index].path == "roadmaps/product.md" { files[index].text = RoadmapTemplate.textWithoutObjectives }
        }
        // With --force beside the one `Strategy.md` (and no `strategy.md`), the starter replaces that note: written as
        // `strategy.md` beside it, it would be the strategy read, and the note left unread without a word.
        let named = WorkspaceLoader.strategyNames.dropFirst().filter(exists)
        let strategyName = !exists(WorkspaceLoader.strategyNames[0]) && named.count == 1 ? named[0] : WorkspaceLoader.strategyNames[0]
        for index in files.indices where files[index].path == WorkspaceLoader.strategyNames[0] { files[index].path = strategyName }
        // `Strategy.md` (an Obsidian or Notion note) is the workspace's strategy as `strategy.md` is: a starter written
        // beside it would be read instead on Linux, and is the same file on macOS.
        let existing = files.map(\.path).flatMap { path in
            (path == strategyName ? WorkspaceLoader.strategyNames : [path]).filter(exists).prefix(1)
        }
        if !existing.isEmpty, !force {
            throw CommandFailure.refusal("bearing init: \(root) already has \(existing.joined(separator: ", ")); nothing was written (pass --force to replace them)")
        }
        for file in files {
            let path = root + "/" + file.path
            do {
                try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                try AtomicFile.write(Array(file.text.utf8), to: path)
            } catch {
                throw CommandFailure("bearing init: cannot write \(path): \(error)")
            }
            console.print("wrote \(file.path)")
        }
        // Both `Strategy.md` and `STRATEGY.md` (a case-sensitive file system): the starter `strategy.md` is read, they are not.
        if named.count >= 2, strategyName == WorkspaceLoader.strategyNames[0] {
            console.print("\(named.joined(separator: " and ")) are left as they were and are not read: strategy.md is the strategy now")
        }
        for (place, kind, folder, own) in [(found.objectives, "objectives", "objectives", ownObjectives), (found.roadmaps, "roadmaps", "roadmaps", ownRoadmaps)] {
            if own {
                console.print("\(folder)/ already holds your \(kind): read as it is, and no starter \(kind == "roadmaps" ? "roadmap" : "objectives file") was written")
            } else if let place {
                console.print("found your \(kind) (\(place.files) file\(place.files == 1 ? "" : "s")): bearing.yml reads `\(kind): \(place.setting)`, and no starter \(kind == "roadmaps" ? "roadmap" : "objectives file") was written")
            }
        }
        let edit = [strategyName] + files.map(\.path).filter { $0.hasPrefix("objectives/") || $0.hasPrefix("roadmaps/") }
        let toEdit = edit.count == 1 ? edit[0] : edit.dropLast().joined(separator: ", ") + " and " + (edit.last ?? "")
        let into = directory.map { " --workspace \($0)" } ?? ""
        console.print("""

            Next: edit \(toEdit) into your own plan, then
              bearing check\(into)      # every problem, as path:line
              bearing build\(into)      # the planning site, in _site/
            In .github/workflows/bearing.yml, set `uses: your-org/bearing@main` to the repository Bearing lives in; then push, and turn on GitHub Pages (Source: GitHub Actions).
            """)
        return 0
    }

    /// Whether the folder holds a Markdown file at any depth.
    private static func holdsMarkdown(_ folder: String) -> Bool {
        guard let walk = FileManager.default.enumerator(atPath: folder) else { return false }
        return walk.contains { ($0 as? String).map { ["md", "markdown", "mdx"].contains(($0 as NSString).pathExtension.lowercased()) } ?? false }
    }

    /// The quarter holding `today`, else the clock's.
    static func quarter(today: String?) throws -> Quarter {
        guard let today else { return Quarter.containing(Date()) }
        guard let date = DateText.parse(today) else { throw ValidationError(DateText.todayError(today)) }
        return Quarter.containing(date)
    }
}
