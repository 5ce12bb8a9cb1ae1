import BearingAlign
import BearingModel

/// The files `bearing init` writes: a small workspace that passes `bearing check` with nothing to report and
/// shows, in files a team can edit, each shape of the format they are likely to reach for first.
enum WorkspaceTemplate {
    /// One file to write, by its path inside the workspace.
    struct File {
        var path: String
        var text: String
    }

    /// The workspace for `quarter`, the quarter `init` runs in, so the first objectives file is the current one. With
    /// `objectives` or `roadmaps` (the `paths:` values of plans the team already keeps), bearing.yml reads those and no
    /// starter file of that kind is written: a sample roadmap beside a team's own would be read as part of its plan.
    static func files(quarter: Quarter, objectives: String? = nil, roadmaps: String? = nil) -> [File] {
        [
            File(path: "bearing.yml", text: ConfigTemplate.text(objectives: objectives, roadmaps: roadmaps)),
            File(path: "strategy.md", text: StrategyTemplate.text),
            objectives == nil ? File(path: "objectives/\(quarter).md", text: ObjectivesTemplate.text(quarter: quarter)) : nil,
            roadmaps == nil ? File(path: "roadmaps/product.md", text: RoadmapTemplate.text) : nil,
            File(path: ".gitignore", text: "# The site `bearing build` writes; CI builds it again from the Markdown.\n_site/\n"),
            File(path: ".github/workflows/bearing.yml", text: WorkflowTemplate.text),
        ].compactMap { $0 }
    }
}
