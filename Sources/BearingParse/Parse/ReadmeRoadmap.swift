/// A project's README kept as its roadmap: "## Roadmap" (or "## TODO", "## Future plans") among "## Installation",
/// "## Usage", "## License" — the shape the most copied README templates give (Best-README-Template's `- [x] Add
/// Changelog` under "## Roadmap"). The roadmap section is the plan; the others are about the project, and their numbered
/// set-up steps and feature lists are not work ("Clone the repo", "Install NPM packages" were read as roadmap items).
enum ReadmeRoadmap {
    /// The roadmap sections of the README at `path` and the README sections left out, when `sections` (the file's top
    /// sections) hold at least one roadmap section and at least two sections every README has, one of them about the
    /// project alone (`## Installation`, `## License`); nil for any other file. A roadmap's own lanes carry those names too
    /// ("## Future work" beside "## Security hardening" and "## Install experience"; a roadmap folder's README of lanes
    /// "## Features", "## Documentation", "## Testing" and "## TODO"): every one of them is its plan. A section whose
    /// title is a lane's (`## Now`, `## Later`, `## In progress`, `## 2026-Q3`, `## Phase 2`), when two or more are, is the
    /// plan's too: a public roadmap's README of Now, Next and Later beside "## Planned features" kept only the one named
    /// for the plan.
    static func take(_ sections: [Section], path: String) -> (roadmap: [Section], others: [Section])? {
        guard FileName.stem(path).lowercased() == "readme", sections.contains(where: { namesRoadmap($0.title) }) else { return nil }
        // Two lanes or more: one "## Next steps" (read the docs, join the chat) among a README's sections is no plan.
        let lanes = sections.map { !namesRoadmap($0.title) && !isReadmeSection($0.title) && isLane($0.title) }
        let keepLanes = lanes.filter { $0 }.count >= 2
        let inPlan = zip(sections, lanes).map { namesRoadmap($0.0.title) || keepLanes && $0.1 }
        let roadmap = zip(sections, inPlan).filter { $0.1 }.map(\.0)
        guard roadmap.count < sections.count else { return nil }
        let others = zip(sections, inPlan).filter { !$0.1 }.map(\.0)
        let readme = others.filter { isReadmeSection($0.title) }
        guard readme.count >= 2, readme.contains(where: { !isWorkTheme($0.title) }) else { return nil }
        return (roadmap, others)
    }

    /// "Now", "In progress", "Q3 2026", "Phase 2": a heading that names when its work is planned or how it stands.
    private static func isLane(_ title: String) -> Bool {
        RoadmapHeading.laneKind(title, year: nil).0 != .theme
    }

    /// "Roadmap", "🗺️ Project Roadmap", "Road map (2026)", "TODO", "Future plans": what a README calls its plan — the
    /// whole title, so napari's "Work prioritized for future roadmaps" beside its lanes is none.
    static func namesRoadmap(_ title: String) -> Bool {
        let lower = RoadmapHeading.normalized(title)
        let parts: [Substring] = lower.split(whereSeparator: { !$0.isLetter && $0 != "'" && $0 != "’" })
        let words = parts.filter { $0.count > 1 }.joined(separator: " ")
        return planNames.contains(words)
    }

    private static let planNames: Set<String> = [
        "roadmap", "road map", "project roadmap", "product roadmap", "development roadmap", "feature roadmap",
        "features roadmap", "our roadmap", "the roadmap", "roadmap and future plans", "roadmap future plans",
        "todo", "to do", "todos", "to dos", "todo list", "to do list", "future plans", "planned features",
        "upcoming features", "future features", "future work", "future improvements", "future enhancements",
        "future development", "what's next", "what’s next", "whats next",
    ]

    /// The sections a README has beside its plan: one of their names, alone or with at most two more words ("About The
    /// Project", "Installation guide"); "Support functional and interactive plugins …" is a goal, not "Support".
    private static func isReadmeSection(_ title: String) -> Bool {
        let words = RoadmapHeading.normalized(title).split(whereSeparator: { !$0.isLetter })
        let text = words.joined(separator: " ")
        return readmeStarts.contains { start in
            text == start || text.hasPrefix(start + " ") && words.count <= start.split(separator: " ").count + 2
        }
    }

    /// "Features", "Key features", "Documentation overhaul", "Testing", "Security hardening": README sections that are
    /// also what a plan's lanes are about.
    private static func isWorkTheme(_ title: String) -> Bool {
        let words = RoadmapHeading.normalized(title).split(whereSeparator: { !$0.isLetter })
        return words.contains { workThemes.contains(String($0)) }
    }

    private static let workThemes: Set<String> = [
        "features", "documentation", "docs", "testing", "tests", "security", "community", "development", "deployment",
        "building", "build", "configuration", "examples", "example", "demo", "support",
    ]

    private static let readmeStarts = [
        "installation", "install", "installing", "setup", "set up", "getting started", "get started", "quick start",
        "quickstart", "usage", "how to use", "license", "licence", "licensing", "prerequisites", "requirements",
        "features", "key features", "contributing", "contribute", "contributors", "contact", "support", "built with",
        "tech stack", "technologies", "demo", "screenshots", "documentation", "docs", "examples", "example",
        "configuration", "development", "building", "build", "running", "deployment", "testing", "tests", "faq",
        "credits", "authors", "author", "about", "acknowledgments", "acknowledgements", "changelog", "sponsors",
        "security", "community", "environment variables", "project structure", "folder structure",
    ]
}
