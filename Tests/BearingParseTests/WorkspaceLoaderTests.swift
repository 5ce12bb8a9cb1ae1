import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

@Suite("Workspace loading and bad input")
struct WorkspaceLoaderTests {
    static let goodObjectives = "## Ship it\n- Owner: Ada\n- Priorities: platform\n- [ ] 1/2 done\n"

    /// Each bad file must give its diagnostic and leave the good file fully read.
    func expectIsolated(_ bad: Data, name: String = "objectives/2026-Q1.md", code: DiagnosticCode,
                        line: Int? = nil, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let plan = loadWorkspace(data: [
            "strategy.md": Data(minimalStrategy.utf8), name: bad, "objectives/2026-Q4.md": Data(Self.goodObjectives.utf8),
        ])
        let found = plan.diagnostics.first { $0.code == code }
        #expect(found?.location.path == name, sourceLocation: sourceLocation)
        if let line { #expect(found?.location.line == line, sourceLocation: sourceLocation) }
        #expect(plan.objectives.contains { $0.id == "2026-q4/ship-it" && $0.resolved.priorities == ["platform"] }, sourceLocation: sourceLocation)
    }

    @Test("malformed YAML front matter")
    func malformedYAML() { expectIsolated(Data("---\nquarter: [2026\nowner: x\n---\n## A\ntext\n".utf8), code: .frontMatterInvalid) }

    @Test("non-UTF-8 bytes are reported at their line, and the file is still read")
    func notUTF8() {
        var bytes = Data("## Caf".utf8)
        bytes.append(0xE9)
        bytes.append(contentsOf: Data("\n\ntext\n\n## Second\n\nmore\n".utf8))
        expectIsolated(Data("## First\n\nok\n\n".utf8) + bytes, code: .notUTF8, line: 5)
        let plan = loadWorkspace(data: ["strategy.md": Data(minimalStrategy.utf8), "objectives/2026-Q1.md": bytes])
        #expect(plan.objectives.map(\.title) == ["Caf\u{FFFD}", "Second"])
    }

    @Test("a binary file named .md")
    func binary() { expectIsolated(Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]), code: .binaryFile) }

    @Test("an empty file")
    func empty() { expectIsolated(Data(), code: .emptyFile) }

    @Test("a 10 MB file is refused with its size")
    func huge() {
        let line = Data("- [ ] a key result that repeats 1/2\n".utf8)
        var data = Data("## Big\n".utf8)
        while data.count < 10 * 1024 * 1024 { data.append(line) }
        expectIsolated(data, code: .fileTooLarge)
    }

    @Test("lists nested 1,000 deep")
    func deepList() {
        var text = "## Deep\n"
        for depth in 0..<1000 { text += String(repeating: "  ", count: depth) + "- level\n" }
        expectIsolated(Data(text.utf8), code: .nestingTooDeep)
    }

    @Test("YAML nested 10,000 deep is refused before parsing")
    func deepYAML() {
        expectIsolated(Data(("---\nx: " + String(repeating: "[", count: 10_000) + "\n---\n## A\ntext\n").utf8), code: .frontMatterInvalid)
    }

    @Test("a missing strategy is an error, and objectives are still read")
    func missingStrategy() {
        let plan = loadWorkspace(["objectives/2026-Q4.md": "## A\ntext\n"])
        #expect(plan.codes == [.missingStrategy])
        #expect(plan.objectives.count == 1)
    }

    @Test("an unreadable file is reported")
    func unreadable() {
        let files = FileSystem.memory(["/ws/strategy.md": minimalStrategy, "/ws/objectives/2026-Q4.md": "## A\n"])
        var broken = files
        broken.readFile = { path in
            if path.hasSuffix("2026-Q4.md") { throw CocoaError(.fileReadNoPermission) }
            return try files.readFile(path)
        }
        let plan = WorkspaceLoader(fileSystem: broken).load(root: "/ws")
        #expect(plan.codes == [.unreadableFile])
    }

    @Test("bearing.yml: settings, unknown keys and invalid values")
    func config() {
        let (config, diagnostics) = ConfigLoader.load("""
            title: Plan
            paths:
              objectives: [okrs, team-okrs]
              roadmap: x
            ignore_headings: Notes
            today: 2026-02-30
            allow_html: maybe
            max_file_size: 1MB
            ignore_heading: [x]
            """)
        #expect(config.title == "Plan")
        #expect(config.objectivePaths == ["okrs", "team-okrs"])
        #expect(config.ignoreHeadings == ["Notes"])
        #expect(config.maxFileBytes == 1_048_576)
        #expect(diagnostics.map(\.code) == [.configUnknownKey, .configInvalid, .configInvalid, .configUnknownKey])
        #expect(diagnostics.last?.fix == "did you mean `ignore_headings`?")
        #expect(ConfigLoader.load("title: [").1.map(\.code) == [.configInvalid])
    }

    @Test("diagnostics are sorted by path, then line")
    func sorted() {
        let plan = loadWorkspace(["strategy.md": minimalStrategy, "objectives/b.md": "## A\n", "objectives/a.md": "## B\n\n## C\n"])
        #expect(plan.diagnostics == plan.diagnostics.sorted(by: Diagnostic.ordered))
        #expect(plan.diagnostics.map(\.location.path).first == "objectives/a.md")
    }

    @Test("the workspace is found upward from a sub-folder")
    func findWorkspace() {
        let loader = WorkspaceLoader(fileSystem: .memory(["/ws/bearing.yml": "", "/ws/objectives/2026-Q4.md": "x"]))
        #expect(loader.findWorkspace(from: "/ws/objectives") == "/ws")
        #expect(WorkspaceLoader(fileSystem: .memory([String: String]())).findWorkspace(from: "/ws/objectives") == nil)
    }

    @Test("a file in objectives/ or roadmaps/ that is not Markdown is a skipped-file warning at its path; a _partial is a skipped-file note")
    func skippedFiles() {
        let plan = loadWorkspace([
            "strategy.md": minimalStrategy,
            "objectives/2026-Q4.md": "## A\ntext\n",
            "objectives/notes.txt": "plans",
            "objectives/_partial.md": "## B\n",
            "roadmaps/index.md.njk": "## Now\n- A\n",
            "roadmaps/board.png": "PNG",
        ])
        let skipped = plan.diagnostics.filter { $0.code == .skippedFile && $0.severity == .warning }
        #expect(skipped.map(\.location.path) == ["objectives/notes.txt", "roadmaps/board.png", "roadmaps/index.md.njk"])
        #expect(skipped.allSatisfy { $0.location.line == 1 })
        // A `_partial.md` is skipped by convention, and said: a note, never a warning or an error.
        let partial = plan.diagnostics.filter { $0.location.path == "objectives/_partial.md" }
        #expect(partial.map(\.code) == [.skippedFile] && partial.allSatisfy { $0.severity == .note })
        #expect(partial.first?.message.contains("starts with `_`") == true)
        #expect(plan.objectives.map(\.title) == ["A"])
    }
}
