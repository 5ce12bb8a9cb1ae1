import Testing
@testable import BearingModel
@testable import BearingParse

/// A project's README as its roadmap, in the shape of Best-README-Template (othneildrew/Best-README-Template, the README
/// template most copied on GitHub): "## Roadmap" with `- [x]` and `- []` boxes among "## Getting Started" (numbered
/// set-up steps), "## Usage", "## Contributing", "## License" and "## Contact".
@Suite("A README's roadmap section read as the plan")
struct ReadmeRoadmapTests: TwoPriorityTrial {
    let readme = """
        <div id="top"></div>

        <!-- PROJECT SHIELDS -->
        [![Contributors][contributors-shield]][contributors-url]

        <!-- ABOUT THE PROJECT -->
        ## About The Project

        There are many great README templates available on GitHub.

        ### Built With

        * [Next.js](https://nextjs.org/)
        * [React.js](https://reactjs.org/)

        ## Getting Started

        ### Prerequisites

        * npm
          ```sh
          npm install npm@latest -g
          ```

        ### Installation

        1. Get a free API Key at [https://example.com](https://example.com)
        2. Clone the repo
        3. Install NPM packages
        4. Enter your API in `config.js`

        ## Usage

        Use this space to show useful examples of how a project can be used.

        <!-- ROADMAP -->
        ## Roadmap

        - [x] Add Changelog
        - [x] Add back to top links
        - [] Add Additional Templates w/ Examples
        - [] Add "components" document to easily copy & paste sections of the readme
        - [] Multi-language Support
            - [] Chinese
            - [] Spanish

        See the [open issues](https://github.com/othneildrew/Best-README-Template/issues) for a full list of proposed features.

        <p align="right">(<a href="#top">back to top</a>)</p>

        ## Contributing

        1. Fork the Project
        2. Create your Feature Branch (`git checkout -b feature/AmazingFeature`)
        3. Open a Pull Request

        ## License

        Distributed under the MIT License. See `LICENSE.txt` for more information.

        ## Contact

        Your Name - [@your_twitter](https://twitter.com/your_username) - email@example.com

        [contributors-shield]: https://img.shields.io/github/contributors/othneildrew/Best-README-Template.svg
        [contributors-url]: https://github.com/othneildrew/Best-README-Template/graphs/contributors
        """

    @Test("only the roadmap section's boxes are items; set-up steps, usage and contact are not")
    func onlyTheRoadmapSection() {
        let plan = load(["README.md": readme, "bearing.yml": "paths:\n  roadmaps: README.md\n"])
        let items = plan.roadmaps.flatMap(\.items)
        #expect(items.map(\.title) == [
            "Add Changelog", "Add back to top links", "Add Additional Templates w/ Examples",
            "Add \"components\" document to easily copy & paste sections of the readme", "Multi-language Support",
        ])
        #expect(!items.map(\.title).contains("Clone the repo"))
        // The sections left out are said, at the first of them.
        let note = plan.diagnostics.first { $0.code == .skippedSection && $0.message.contains("README") }
        #expect(note?.message.contains("“Getting Started”") == true)
        #expect(note?.severity == .note)
    }

    @Test("`- []` is an open box: not started, without the brackets in its title")
    func emptyBoxWithoutItsSpace() {
        let items = items("# Roadmap\n\n## Next\n\n- [x] Add Changelog\n- [] Add Additional Templates\n* [] Multi-language Support\n1. [] Spanish\n")
        #expect(items.map(\.title) == ["Add Changelog", "Add Additional Templates", "Multi-language Support", "Spanish"])
        #expect(items.map(\.metadata.status) == [.done, .notStarted, .notStarted, .notStarted])
    }

    @Test("a roadmap file whose sections are lanes, or a README with no roadmap section, reads as before")
    func otherFilesAsBefore() {
        // "## Features" and "## Roadmap" in a roadmap of lanes: one README section is not a README.
        let lanes = items("# Roadmap\n\n## Now\n\n- Ship the API\n\n## Features\n\n- Search\n\n## Roadmap review\n\nMonthly.\n")
        #expect(lanes.map(\.title).contains("Ship the API"))
        #expect(lanes.map(\.title).contains("Search"))
        // napari's 0.4 roadmap: its goals are lanes, "Work prioritized for future roadmaps" no roadmap section, and
        // "Support functional and interactive plugins…" no README's "Support".
        let napari = items("""
            # Roadmap 0.4

            ## Make the data viewing capabilities bug-free, fast, and delightful to use

            - Clean up and refactor much of our code

            ## Support functional and interactive plugins that enable complete image analysis workflows.

            - Plugin hooks for reading and writing

            ## Work prioritized for future roadmaps

            - Multi-canvas support

            ## About this document

            This document lists the work we plan.
            """)
        #expect(napari.map(\.title).contains("Clean up and refactor much of our code"))
        #expect(napari.map(\.title).contains("Plugin hooks for reading and writing"))
        // `int[] values` in prose and code stays as written.
        let code = items("# Roadmap\n\n## Next\n\n- Return `int[] values` from the parser\n")
        #expect(code.count == 1 && code[0].title.contains("int[] values"))
    }

    @Test("a roadmap file that is no README keeps every lane, those named as a README's sections too")
    func roadmapFileKeepsItsLanes() {
        // A plan's lanes: "Future work" names the plan as a README's "## Roadmap" does, "Security hardening" and
        // "Install experience" start as a README's sections do. Only "Future work" was read, with a note calling
        // "Now" and "Next" about the project.
        let plan = load(["roadmaps/roadmap.md": """
            # Roadmap

            ## Now

            - Ship the plugin API

            ## Next

            - Offline mode

            ## Future work

            - WebAssembly build

            ## Security hardening

            - Sign every release

            ## Install experience

            - One-line installer for macOS
            """])
        let items = plan.roadmaps.flatMap(\.items)
        #expect(items.map(\.title) == ["Ship the plugin API", "Offline mode", "WebAssembly build", "Sign every release", "One-line installer for macOS"])
        #expect(items.map(\.lane) == ["Now", "Next", "Future work", "Security hardening", "Install experience"])
        #expect(!plan.diagnostics.contains { $0.code == .skippedSection && $0.message.contains("README") })
    }

    @Test("a roadmap folder's README whose sections are all themes of work keeps them as lanes")
    func folderReadmeOfLanes() {
        // `roadmap/README.md`, the page GitHub shows for the folder: lanes of features, documentation and testing beside
        // "## TODO". No section is about the project alone (no Installation, Usage, License), so it is no project's README.
        let plan = load(["bearing.yml": "paths:\n  roadmaps: roadmap\n", "roadmap/README.md": """
            # Platform roadmap

            ## Features

            - [ ] Plugin API
            - [x] Dark mode

            ## Documentation

            - [ ] Tutorial for beginners

            ## Testing

            - [ ] Fuzz the parser

            ## TODO

            - [ ] WebAssembly build
            """])
        let items = plan.roadmaps.flatMap(\.items)
        #expect(items.map(\.title) == ["Plugin API", "Dark mode", "Tutorial for beginners", "Fuzz the parser", "WebAssembly build"])
        #expect(!plan.diagnostics.contains { $0.code == .skippedSection && $0.message.contains("README") })
    }

    @Test("a public roadmap's README keeps its Now, Next and Later lanes beside the section named for the plan")
    func readmeOfLanes() {
        // A roadmap repository's README: horizon lanes, "## Planned features", and a Contributing and License footer.
        // Only "Planned features" was read, with a note calling "Now", "Next" and "Later" about the project.
        let plan = load(["bearing.yml": "paths:\n  roadmaps: README.md\n", "README.md": """
            # Acme public roadmap

            This repository holds the Acme product roadmap.

            ## Now

            - [ ] Single sign-on
            - [ ] Audit log export

            ## Next

            - [ ] Mobile offline mode

            ## Later

            - [ ] Plugin marketplace

            ## Planned features

            - [ ] Dark mode

            ## Contributing

            1. Open an issue to suggest a feature
            2. Vote on the issues you want most

            ## License

            CC-BY-4.0
            """])
        let items = plan.roadmaps.flatMap(\.items)
        #expect(items.map(\.title) == ["Single sign-on", "Audit log export", "Mobile offline mode", "Plugin marketplace", "Dark mode"])
        #expect(items.map(\.lane) == ["Now", "Now", "Next", "Later", "Planned features"])
        // Contributing's steps are still no work, and the note names only what was left out.
        let note = plan.diagnostics.first { $0.code == .skippedSection && $0.message.contains("README") }
        #expect(note?.message.contains("“Contributing”, “License”") == true, "\(String(describing: note?.message))")
        #expect(note?.message.contains("“Now”") == false)
        // One "## Next steps" of a README (links to read next) is no lane of its plan.
        let tutorial = load(["bearing.yml": "paths:\n  roadmaps: README.md\n", "README.md": """
            # Widget kit

            ## Installation

            1. Install the package

            ## Usage

            Import the widget.

            ## Roadmap

            - [ ] Dark mode

            ## Next steps

            - Read the API guide
            - Join the community chat

            ## License

            MIT
            """])
        #expect(tutorial.roadmaps.flatMap(\.items).map(\.title) == ["Dark mode"])
    }
}
