// swift-tools-version: 6.0
import PackageDescription

// One module per pipeline stage, each depending only on the stages before it:
//
//   BearingModel ← BearingParse ← BearingAlign ← BearingReport ← BearingStore
//                                                              ↖ BearingSite
//   BearingBuild (load → align → history from git → database and pages into one staging folder → swap) ← BearingCLI ← bearing
//
// BearingModel holds the values every stage passes on (the plan, its blocks, diagnostics) and the few helpers
// several stages need (Parallel, AtomicFile, ByteOutput, EmbeddedFiles, text helpers), shared with `package`
// access, so that no stage imports another only for a helper.
let package = Package(
    name: "Bearing",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "bearing", targets: ["bearing"]),
        .library(name: "BearingModel", targets: ["BearingModel"]),
        .library(name: "BearingParse", targets: ["BearingParse"]),
        .library(name: "BearingAlign", targets: ["BearingAlign"]),
        .library(name: "BearingBuild", targets: ["BearingBuild"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
    ],
    targets: [
        // libcmark from the system (Debian: libcmark-dev); only BearingParse's Markdown reader imports it.
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"]), .brew(["cmark"])]
        ),
        // Every file under Sources/*/Resources (templates, assets, token vectors), compiled into the executable
        // with C23 #embed, so an installed bearing is one file. The Resources folders are excluded from their
        // Swift targets: nothing is read from a bundle.
        .target(name: "CBearingResources"),
        // The values: the planning model, the Markdown blocks items are parsed into, diagnostics; and the small
        // helpers every stage shares (Parallel, AtomicFile, ByteOutput, EmbeddedFiles, text). No dependencies
        // but the embedded resources, so a tool reading Bearing's model needs nothing else.
        .target(name: "BearingModel", dependencies: ["CBearingResources"]),
        // Scan, parse and resolve: Markdown files → a validated plan with diagnostics; and the writers that edit
        // the user's files (a Priorities: line, a new file's skeleton).
        .target(
            name: "BearingParse",
            dependencies: ["BearingModel", "CCmark", .product(name: "Yams", package: "Yams")]
        ),
        // Link and score: declared, inherited and inferred links; scores; rank, suggest, eval. Pure functions of
        // the model. token-vectors.bin is distilled from all-MiniLM-L6-v2 by scripts/distill/distill.py.
        .target(
            name: "BearingAlign",
            dependencies: ["BearingModel", "BearingParse"],
            exclude: ["Resources"]
        ),
        // Reports and export: text, Markdown, JSON and CSV of the plan and its alignment, and their writers.
        .target(name: "BearingReport", dependencies: ["BearingModel", "BearingParse", "BearingAlign"]),
        // Store: the planning database (SQLite through GRDB); no GRDB type leaves this module.
        .target(
            name: "BearingStore",
            dependencies: ["BearingModel", "BearingAlign", "BearingReport",
                           .product(name: "GRDB", package: "GRDB.swift"),
                           .product(name: "GRDBSQLite", package: "GRDB.swift")]
        ),
        // Render and write: HTML from the plan's blocks, pages from Mustache templates (compiled by Bearing's own
        // renderer, which is checked against swift-mustache in the tests), SVG charts, search index, atomic output.
        .target(
            name: "BearingSite",
            dependencies: ["BearingModel", "BearingParse", "BearingAlign", "BearingReport"],
            exclude: ["Resources"]
        ),
        // The pipeline as a library type: load → align → history from git → database and pages into one staging folder → swap. It owns
        // the one list of diagnostics (the plan's and the alignment's, merged and sorted once) and is the only
        // module that knows both the site and the database: BearingSite hands it the staging folder and it writes
        // planning.db there, so neither BearingSite nor BearingStore imports the other.
        .target(
            name: "BearingBuild",
            dependencies: ["BearingModel", "BearingParse", "BearingAlign", "BearingReport", "BearingStore", "BearingSite"]
        ),
        // `bearing serve`: the site built in memory and served on 127.0.0.1 (FlyingFox), the workspace watched
        // (inotify, or polling), rebuilt after a change and reloaded in open pages over a WebSocket. It loads and
        // aligns through BuildPipeline, as `build` does, and renders the pages in memory instead of writing them.
        .target(
            name: "BearingServe",
            dependencies: ["BearingModel", "BearingParse", "BearingAlign", "BearingReport", "BearingSite", "BearingBuild", .product(name: "FlyingFox", package: "FlyingFox")],
            exclude: ["Resources"]
        ),
        // Thin ArgumentParser commands: flags → pipeline → print, returning an exit code.
        .target(
            name: "BearingCLI",
            dependencies: [
                "BearingModel", "BearingParse", "BearingAlign", "BearingReport", "BearingStore", "BearingSite", "BearingBuild", "BearingServe",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "bearing", dependencies: ["BearingCLI"]),
        // Helpers the test targets share (a seeded random-number generator, reference JSON).
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "BearingModelTests", dependencies: ["BearingModel", "TestSupport"]),
        .testTarget(name: "BearingParseTests", dependencies: ["BearingParse", "BearingModel", "BearingReport", "BearingAlign", "TestSupport"]),
        .testTarget(name: "BearingAlignTests", dependencies: ["BearingAlign", "BearingParse", "BearingModel", "BearingReport", "TestSupport"]),
        .testTarget(name: "BearingReportTests", dependencies: ["BearingReport", "BearingAlign", "BearingParse", "BearingModel", "TestSupport"]),
        // On in-memory databases (GRDB's `DatabaseQueue()`), plus one file for what only a file shows.
        .testTarget(name: "BearingStoreTests", dependencies: ["BearingStore", "BearingAlign", "BearingReport", "BearingParse", "BearingModel",
                                                              .product(name: "GRDB", package: "GRDB.swift")]),
        // swift-mustache is the reference Bearing's own template renderer is checked against, page by page.
        .testTarget(name: "BearingSiteTests", dependencies: ["BearingSite", "BearingStore", "BearingReport", "BearingAlign", "BearingParse", "BearingModel", "TestSupport",
                                                             .product(name: "Mustache", package: "swift-mustache")], exclude: ["Golden", "Fixtures"]),
        .testTarget(name: "BearingBuildTests", dependencies: ["BearingBuild", "BearingSite", "BearingStore", "BearingParse", "BearingModel", "BearingAlign", "BearingReport", "TestSupport"]),
        .testTarget(name: "BearingServeTests", dependencies: ["BearingServe", "BearingSite", "BearingModel", "BearingParse", "BearingAlign", "BearingBuild", "TestSupport"]),
        .testTarget(name: "BearingCLITests", dependencies: ["BearingCLI", "BearingParse", "BearingModel", "TestSupport"], exclude: ["Golden", "Fixtures"]),
    ],
    // C23, for #embed in CBearingResources (the package's only C sources).
    cLanguageStandard: .c2x
)
