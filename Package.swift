// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Bearing",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "bearing", targets: ["bearing"]),
        .library(name: "BearingCore", targets: ["BearingCore"]),
        .library(name: "BearingAlign", targets: ["BearingAlign"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    ],
    targets: [
        // libcmark from the system (Debian: libcmark-dev); only BearingCore's Markdown reader imports it.
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"]), .brew(["cmark"])]
        ),
        // Every file under Sources/*/Resources (templates, assets, token vectors), compiled into the executable
        // with C23 #embed, so an installed bearing is one file. The Resources folders are excluded from their
        // Swift targets: nothing is read from a bundle.
        .target(name: "CBearingResources"),
        // Scan, parse and resolve: Markdown files → a validated planning model with diagnostics.
        .target(
            name: "BearingCore",
            dependencies: ["CCmark", "CBearingResources", .product(name: "Yams", package: "Yams")]
        ),
        // Link and score: declared, inherited and inferred links; scores; reports. Pure functions of the model.
        // token-vectors.bin is distilled from all-MiniLM-L6-v2 by scripts/distill/distill.py.
        .target(
            name: "BearingAlign",
            dependencies: ["BearingCore"],
            exclude: ["Resources"]
        ),
        // Store: the planning database (SQLite through GRDB); no GRDB type leaves this module.
        .target(
            name: "BearingStore",
            dependencies: ["BearingCore", "BearingAlign", .product(name: "GRDB", package: "GRDB.swift"),
                           .product(name: "GRDBSQLite", package: "GRDB.swift")]
        ),
        // Render and write: HTML pages from Mustache templates (compiled by Bearing's own renderer, which is
        // checked against swift-mustache in the tests), SVG charts, search index, atomic output.
        .target(
            name: "BearingSite",
            dependencies: ["BearingCore", "BearingAlign", "BearingStore"],
            exclude: ["Resources"]
        ),
        // Thin ArgumentParser commands over the library stages.
        .target(
            name: "BearingCLI",
            dependencies: [
                "BearingCore",
                "BearingAlign",
                "BearingStore",
                "BearingSite",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "bearing", dependencies: ["BearingCLI"]),
        // Helpers the test targets share (a seeded random-number generator).
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "BearingCoreTests", dependencies: ["BearingCore", "TestSupport"]),
        .testTarget(name: "BearingAlignTests", dependencies: ["BearingAlign", "BearingCore", "TestSupport"]),
        // swift-mustache is the reference Bearing's own template renderer is checked against, page by page.
        .testTarget(name: "BearingSiteTests", dependencies: ["BearingSite", "BearingStore", "BearingAlign", "BearingCore", "TestSupport",
                                                             .product(name: "Mustache", package: "swift-mustache")], exclude: ["Golden", "Fixtures"]),
        .testTarget(name: "BearingCLITests", dependencies: ["BearingCLI", "BearingCore"], exclude: ["Golden", "Fixtures"]),
    ],
    // C23, for #embed in CBearingResources (the package's only C sources).
    cLanguageStandard: .c2x
)
