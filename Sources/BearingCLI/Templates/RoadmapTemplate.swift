/// The roadmap `bearing init` writes: Now / Next / Later lanes, with items as H3 sections (metadata, then a
/// sentence) and as bold list items with nested metadata, one of them depending on another.
enum RoadmapTemplate {
    static let text = """
        # Product roadmap

        What we are building, by horizon. Each H2 is a lane; each H3 or bold list item is an item. Add one with
        `bearing new roadmap-item --title "…" --lane Next`.

        ## Now

        ### Runbooks for every alert

        - Owner: Ada Lovelace
        - Status: on-track
        - Priorities: runbooks
        - Objectives: make the service dependable

        Every alert links to the steps that resolve it.

        ## Next

        - **Guided setup.** A checklist that walks a new customer through setup.
          - Priorities: self-serve
          - Depends on: runbooks for every alert

        ## Later

        - **Public API reference for partners.** Every endpoint with an example, so partners can build on us.
          - Priorities: partners

        """

    /// The roadmap written beside objectives the team already keeps, whose ids the starter cannot know.
    static var textWithoutObjectives: String {
        text.replacingOccurrences(of: "- Objectives: make the service dependable\n", with: "")
    }
}
