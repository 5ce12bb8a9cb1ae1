import Testing
@testable import BearingModel
@testable import BearingParse

/// kramdown's instructions in GitLab's handbook pages (`{:data-ga-name="…"}` after links, `{:.no_toc}`, a `- TOC` list
/// closed by `{:toc}`) are not words of the plan: pages showed them as text and inference read their words.
@Suite struct KramdownAttributesTests {
    @Test("attribute lists after links, under headings and in table cells are left out of the text")
    func attributesLeftOut() {
        let document = read("""
            ## Principles
            {:.no_toc}

            Values: make decisions based on [our values](/handbook/values/){:data-ga-name="our values"}{:data-ga-location="body"}, even if it is inconvenient.

            | KPI | Target |
            |---|---|
            | [IACV](/handbook/sales/){:data-ga-name="IACV"}{:data-ga-location="body"} | 10% |

            ### Seed then nurture {: .anchor}
            """)
        let text = document.blocks.map(\.plainText).joined(separator: "\n")
        #expect(!text.contains("{:") && !text.contains("data-ga"), "\(text)")
        #expect(text.contains("Values: make decisions based on our values, even if it is inconvenient."))
        #expect(text.contains("IACV"))
        #expect(document.blocks.contains { if case .heading(_, let content, _) = $0.kind { content.plainText.trimmed == "Seed then nurture" } else { false } })
        // `{:.no_toc}` alone was a paragraph: nothing is left of it.
        #expect(document.blocks.filter { if case .paragraph = $0.kind { true } else { false } }.count == 1)
    }

    @Test("a `- TOC` list closed by `{:toc}` is the generated contents, and its 'On this page' heading holds no objective")
    func tableOfContents() {
        let markdown = """
            # FY23-Q4 OKRs

            ## On this page
            {:.no_toc}

            - TOC
            {:toc}

            ## OKRs

            ### 1. CEO: Grow careers
            1. **CEO KR:** Certify at least 100 team members as TeamOps trainers
            """
        let document = read(markdown, path: "objectives/fy23-q4.md")
        #expect(!document.blocks.contains { if case .list(_, let items) = $0.kind { items.contains { $0.blocks.first?.plainText == "TOC" } } else { false } })
        let (file, _) = ObjectivesParser().parse(read(markdown, path: "objectives/2026-Q4.md"))
        #expect(file.objectives.map(\.title) == ["Grow careers"], "\(file.objectives.map(\.title))")
    }

    @Test("braces that are no kramdown instruction, and code, are kept")
    func otherBracesKept() {
        let text = read("We ship {the forum} this quarter; the template is `{:toc}` and `{:.class}`.\n\n- \n- Second\n").blocks.map(\.plainText).joined(separator: " ")
        #expect(text.contains("{the forum}"))
        #expect(text.contains("{:toc}") && text.contains("{:.class}"))
    }
}
