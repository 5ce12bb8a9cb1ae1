import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// F12: the Pelican / MultiMarkdown metadata header, and a `[TOC]` line.
@Suite("Reading: a metadata header and [TOC] (trial 22)")
struct MetadataHeaderTrial22Tests {
    static let plan = """
        Title: Five-year Strategic Plan for the Apache Software Foundation
        Slug: plan

        **Introduction**

        [TOC]

        # Vision

        The ASF is a home for open source.

        ## Objectives

        1. Ensure that the services that the ASF offers to project communities are clearly defined.
        2. Grow the diversity of our communities.
        """

    @Test("leading 'Title:' / 'Slug:' lines are the file's title and metadata, not a paragraph; '[TOC]' is not text")
    func pelicanHeader() {
        let document = read(Self.plan, path: "strategy.md")
        #expect(document.title == "Five-year Strategic Plan for the Apache Software Foundation")
        #expect(document.frontMatter?["slug"]?.string == "plan")
        let texts = document.blocks.compactMap { block -> String? in
            if case .paragraph(let content) = block.kind { content.plainText.trimmed } else { nil }
        }
        #expect(!texts.contains { $0.contains("Slug:") || $0 == "[TOC]" })
        #expect(texts.contains("Introduction"))
        #expect(document.blocks.first?.line == 4)
    }

    @Test("a file that only starts with a 'Title:' sentence is not a header")
    func titleSentence() {
        let document = read("Title: the plan is below.\nIt has two parts.\n\n# Plan\n", path: "strategy.md")
        #expect(document.frontMatter == nil)
    }
}
