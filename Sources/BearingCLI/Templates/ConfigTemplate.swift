/// `bearing.yml` as `bearing init` writes it: every setting named and explained, all commented out, since the defaults
/// are what a new workspace wants. The title too: set, it hid the title of the strategy a user writes over the template's.
enum ConfigTemplate {
    /// The template with `paths:` set to where a team's plans already are, each value as `WorkspaceLoader.plansElsewhere`
    /// gives it; the defaults stay commented out.
    static func text(objectives: String?, roadmaps: String?) -> String {
        guard objectives != nil || roadmaps != nil else { return text }
        let block = """
            # Where the files are. A folder, a file, or a list of them. `bearing init` found your plans here.
            paths:
              # strategy: strategy.md
              \(objectives.map { "objectives: " + $0 } ?? "# objectives: objectives")
              \(roadmaps.map { "roadmaps: " + $0 } ?? "# roadmaps: roadmaps")

            """
        return text.replacingOccurrences(of: """
            # Where the files are. A folder, a file, or a list of them.
            # paths:
            #   strategy: strategy.md
            #   objectives: objectives
            #   roadmaps: roadmaps

            """, with: block)
    }

    static let text = """
        # Bearing settings. Every key is optional; the full reference is docs/format.md in Bearing's repository.

        # The plan's title, shown on every page of the site. Default: the strategy's title.
        # title: Our plan

        # Where the site will be published, for absolute links (a GitHub Pages project site: /<repository>/).
        # base_url: /

        # Where the files are. A folder, a file, or a list of them.
        # paths:
        #   strategy: strategy.md
        #   objectives: objectives
        #   roadmaps: roadmaps

        # Target share of effort per priority; overrides `weights:` in the strategy's front matter.
        # weights:
        #   reliability: 60%
        #   self-serve: 40%

        # Headings that are neither objectives nor roadmap lanes; `*` matches anything.
        # ignore_headings:
        #   - Notes
        #   - Another update coming in *

        # The strategy heading that holds the priorities, when Bearing does not recognize it by itself.
        # priorities_heading: Where we play

        # The first month of the fiscal year; turns on fiscal periods such as FY24-Q1.
        # fiscal_year_start: February

        # The date scores are computed for (YYYY-MM-DD). Default: the clock. Pin it only to reproduce a report.
        # today: 2026-12-01

        # Weeks a key result of the current quarter may go without a change (in git) before it is flagged stale.
        # stale_after_weeks: 6

        # People whose owners are written in several ways: each spelling or handle is shown as the name.
        # people:
        #   Sam Kaur: ["@sam.k", "SK"]

        # Let raw HTML in the Markdown through into the site. Default: false (it is shown as text).
        # allow_html: false

        # Larger files are refused with a diagnostic. Default: 4MB.
        # max_file_size: 4MB

        """
}
