import Testing

@Suite("Markdown reader")
struct MarkdownReaderTests {
    @Test("front matter is read and its lines keep their numbers")
    func frontMatter() {
        let document = read("---\ntitle: Q4 plan\nquarter: 2026-Q4\n---\n\n# Heading\n\ntext\n")
        #expect(document.frontMatter?["quarter"]?.string == "2026-Q4")
        #expect(document.frontMatter?["quarter"]?.line == 3)
        #expect(dump(document.blocks) == "h1 Heading @6-6\np text @8-8")
        #expect(document.title == "Q4 plan")
    }

    @Test("MyST labels, trailing ids and task items")
    func labelsAndTasks() {
        let document = read("""
            (strategic-priorities)=
            ## Our priorities {#prio}

            - [ ] open item
            - [x] done item {#kr-1}
            - plain item
            """)
        #expect(dump(document.blocks) == """
            label strategic-priorities @1-1
            h2 #prio Our priorities @2-2
            ul @4-6
              li [ ] @4
                p open item @4-4
              li [x] #kr-1 @5
                p done item @5-5
              li @6
                p plain item @6-6
            """)
    }

    @Test("a trailing id after bold text keeps the space before the text it ends (trial 25b)")
    func labelAfterStrong() throws {
        let document = read("1. **Win enterprise accounts** — sell to mid-market companies {#enterprise}\n")
        guard case .list(_, let items)? = document.blocks.first?.kind, let item = items.first,
              case .paragraph(let content)? = item.blocks.first?.kind else { Issue.record("no list item"); return }
        #expect(item.label == "enterprise")
        #expect(content.last == .text(" — sell to mid-market companies"))
    }

    @Test("a label is a paragraph of only (id)=, however its text is split into inlines")
    func labelForms() {
        let document = read("""
            *(emphasised)=*

            `(code)=`

            Prose (not-a-label)=

            (two words)=
            """)
        #expect(dump(document.blocks) == """
            label emphasised @1-1
            label code @3-3
            p Prose (not-a-label)= @5-5
            p (two words)= @7-7
            """)
    }

    @Test("colon and backtick directives are blocks with parsed bodies, on their real lines")
    func directives() {
        let document = read("""
            Intro.

            :::{note}
            A **note** body.
            :::

            ```{admonition} Questions we are not prioritizing
            :class: tip
            - first
            ```

            ```{code-cell} python
            print("literal")
            ```

            +++ {"part": "abstract"}

            After.
            """)
        #expect(dump(document.blocks) == """
            p Intro. @1-1
            directive {note}  @3-5
              p A note body. @4-4
            directive {admonition} Questions we are not prioritizing :class:tip @7-10
              ul @9-9
                li @9
                  p first @9-9
            directive {code-cell} python @12-14
            p After. @18-18
            """)
    }

    @Test("GitBook's hint tags are an admonition of their style, on their real lines; a hint left open stays text")
    func gitBookHints() {
        let document = read("""
            {% hint style="warning" %}
            Dates are **estimates**.
            {% endhint %}

            {% hint style="info" %}

            - one
            {% endhint %}

            {% hint style="danger" %}
            Never closed.
            """)
        #expect(dump(document.blocks) == """
            directive {warning}  @1-3
              p Dates are estimates. @2-2
            directive {note}  @5-8
              ul @7-7
                li @7
                  p one @7-7
            p {% hint style="danger" %} Never closed. @10-11
            """)
    }

    @Test("Notion's `<aside>` callout is a note of Markdown on its real lines; one never closed stays HTML")
    func notionCallouts() {
        let document = read("""
            <aside>
            💡 Connectors are the **long pole**; see the roadmap.

            </aside>

            <aside>
            Never closed.
            """)
        #expect(dump(document.blocks) == """
            directive {note}  @1-4
              p 💡 Connectors are the long pole; see the roadmap. @2-2
            html @6-7
            """)
    }

    @Test("GitBook's tabs, embeds, content-refs and code titles read as what GitBook shows, on their real lines")
    func gitBookTags() {
        let document = read("""
            {% tabs %}
            {% tab title="Desktop" %}
            Ship the new toolbar.
            {% endtab %}

            {% tab title="Mobile" %}
            - Offline mode
            {% endtab %}
            {% endtabs %}

            {% embed url="https://bugzilla.mozilla.org/show_bug.cgi?id=1686504" %}
            Bug for conversations
            {% endembed %}

            {% content-ref url="planning/roadmap.md" %}
            [roadmap.md](planning/roadmap.md)
            {% endcontent-ref %}

            {% content-ref url="planning/okrs.md" %}
            {% endcontent-ref %}

            {% code title="deploy.sh" %}
            ```sh
            make deploy
            ```
            {% endcode %}

            {% include "footer.md" %}
            """)
        #expect(dump(document.blocks) == """
            p Desktop Ship the new toolbar. @2-3
            p Mobile @6-6
            ul @7-10
              li @7
                p Offline mode @7-7
            p https://bugzilla.mozilla.org/show_bug.cgi?id=1686504 Bug for conversations @11-12
            p roadmap.md @16-16
            p planning/okrs.md @19-19
            p deploy.sh @22-22
            code sh @23-25
            p {% include "footer.md" %} @28-28
            """)
        // The tab's title stands on its own line over the text that follows it, and links are links.
        guard case .paragraph(let tab)? = document.blocks.first?.kind else { Issue.record("no tab paragraph"); return }
        #expect(tab.contains(.lineBreak), "\(tab)")
        guard case .paragraph(let embed) = document.blocks[3].kind, case .link(let destination, _)? = embed.first else {
            Issue.record("no embed link"); return
        }
        #expect(destination == "https://bugzilla.mozilla.org/show_bug.cgi?id=1686504")
    }

    @Test("nested colon directives keep line numbers")
    func nestedDirectives() {
        let document = read("::::{grid}\n:::{card} One\nBody\n:::\n::::\n\n## After\n")
        #expect(dump(document.blocks) == """
            directive {grid}  @1-5
              directive {card} One @2-4
                p Body @3-3
            h2 After @7-7
            """)
    }

    @Test("CRLF and lone CR line endings keep line numbers")
    func lineEndings() {
        #expect(dump(read("# A\r\n\r\ntext\r\n").blocks) == "h1 A @1-1\np text @3-3")
        #expect(dump(read("# A\r\rtext\r").blocks) == "h1 A @1-1\np text @3-3")
    }

    @Test("a list nested 1,000 deep is flattened with a warning, not a crash")
    func deepNesting() {
        var text = ""
        for depth in 0..<1000 { text += String(repeating: "  ", count: depth) + "- level \(depth)\n" }
        let document = read(text)
        #expect(document.diagnostics.map(\.code) == [.nestingTooDeep])
        #expect(document.blocks.count == 1)
    }

    @Test("block quotes nested 100,000 deep do not overflow the stack")
    func deepQuotes() {
        let document = read(String(repeating: ">", count: 100_000) + " deep\n")
        #expect(document.diagnostics.contains { $0.code == .nestingTooDeep })
    }

    @Test("malformed front matter is an error at its line and the body is still read")
    func badFrontMatter() {
        let document = read("---\ntitle: [unclosed\nquarter: 2026-Q4\n---\n\n## Objective\n")
        #expect(document.diagnostics.map(\.code) == [.frontMatterInvalid])
        #expect((document.diagnostics.first?.location.line ?? 0) >= 2)
        #expect(dump(document.blocks) == "h2 Objective @6-6")
    }

    @Test("front matter that is not a mapping is an error")
    func scalarFrontMatter() {
        let document = read("---\njust a string\n---\n\ntext\n")
        #expect(document.diagnostics.map(\.code) == [.frontMatterInvalid])
    }

    @Test("source slices are the original Markdown")
    func sourceSlices() {
        let document = read("# T\n\nfirst *line*\n\nsecond\n\n")
        #expect(document.source(from: 2, through: 7) == "first *line*\n\nsecond")
    }
}
