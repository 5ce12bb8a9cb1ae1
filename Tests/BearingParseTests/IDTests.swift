import Testing
@testable import BearingModel

@Suite("Ids: slugs of any script, duplicates renamed")
struct IDTests {
    @Test("ASCII and Latin titles keep the slugs they always had", arguments: [
        ("Grow the Network: 60 communities’ hubs!", "grow-the-network-60-communities-hubs"), ("Crème brûlée for all", "creme-brulee-for-all"),
        ("Cut operating toil in half", "cut-operating-toil-in-half"), ("one two three four five six seven eight nine", "one-two-three-four-five-six-seven-eight"),
    ])
    func latin(title: String, slug: String) {
        #expect(Slug.make(title) == slug)
    }

    @Test("symbols that name a thing are spelled, so they are not lost and `C` and `C++` do not share an id", arguments: [
        ("Beyond the &", "beyond-the-ampersand"), ("C++", "cpp"), ("C", "c"), ("C#", "csharp"), ("F# tooling", "fsharp-tooling"),
        ("Ship .NET 8", "ship-dotnet-8"), ("Adopt C++20 modules", "adopt-cpp20-modules"), ("C/C++ Compiler Option Hardening Guide",
        "c-cpp-compiler-option-hardening-guide"), ("i18n", "i18n"), ("Port the (.NET) client", "port-the-dotnet-client"),
    ])
    func spelledSymbols(title: String, slug: String) {
        #expect(Slug.make(title) == slug)
    }

    @Test("symbols between words, and numbers after `#`, keep the ids they always had", arguments: [
        ("Research & Development", "research-development"), ("R&D", "r-d"), ("Tools + Infrastructure", "tools-infrastructure"),
        ("Fix issue #42", "fix-issue-42"), ("PR#12 follow-up", "pr-12-follow-up"), ("Q&A bot", "q-a-bot"), ("v1.2 release", "v1-2-release"),
        ("Wait...what", "wait-what"), ("Docs / website", "docs-website"), ("Hashtag #growth", "hashtag-growth"),
    ])
    func unchangedSymbols(title: String, slug: String) {
        #expect(Slug.make(title) == slug)
    }

    @Test("a reference written with the id a symbol's title had before still finds it")
    func formerSymbolIDs() {
        let strategy = "# Strategy\n\n## Priorities\n\n### C\nKeep the C bindings.\n\n### C++\nInterop.\n\n### Beyond the `&`\nBorrowing.\n"
        let plan = loadWorkspace([
            "strategy.md": strategy,
            "objectives/2026-Q4.md": "## Interop\nPriorities: C++\n\n## Bindings\nPriorities: c\n\n## Borrowing\nPriorities: beyond-the\n",
        ])
        #expect(plan.strategy?.priorities.map(\.id) == ["c", "cpp", "beyond-the-ampersand"])
        #expect(plan.objectives.map(\.resolved.priorities) == [["cpp"], ["c"], ["beyond-the-ampersand"]])
        #expect(plan.errors.isEmpty)
    }

    @Test("a title in another script keeps its former id too ('Платформа .NET' was 'platforma-net')")
    func formerIDsOfTransliteratedTitles() {
        #expect(Slug.make("Платформа .NET") == "platforma-dotnet")
        #expect(Slug.former("Платформа .NET") == "platforma-net")
        #expect(Slug.former("Снизить затраты") == nil)
        let plan = loadWorkspace([
            "strategy.md": "# Strategy\n\n## Priorities\n\n### Платформа .NET\nПереход.\n\n### Другое\nЕщё.\n",
            "objectives/2026-Q4.md": "## Миграция\nPriorities: platforma-net\n",
        ])
        #expect(plan.objectives.map(\.resolved.priorities) == [["platforma-dotnet"]])
        #expect(plan.errors.isEmpty)
    }

    @Test("a reference written with code marks names the heading whose title lost them")
    func codeMarksInReferences() {
        let strategy = "# Strategy\n\n## Priorities\n\n### Beyond the `&`\nBorrowing.\n\n### Other\nMore.\n"
        let plan = loadWorkspace([
            "strategy.md": strategy,
            "objectives/2026-Q4.md": "## Reborrow traits\n\n| Metadata | |\n| --- | --- |\n| Roadmap | Beyond the `&` |\n\n## Field projections\nPriorities: Beyond the `&`\n",
        ])
        #expect(plan.objectives.map(\.resolved.priorities) == [["beyond-the-ampersand"], ["beyond-the-ampersand"]])
        #expect(plan.errors.isEmpty)
    }

    @Test("titles without Latin letters are transliterated", arguments: [
        ("降低运营成本", "jiang-di-yun-ying-cheng-ben"), ("日本語の目標", "ri-ben-yuno-mu-biao"), ("Снизить затраты", "snizit-zatraty"),
        ("Ελληνικά κείμενα", "ellenika-keimena"), ("خفض التكاليف", "khfd-altkalyf"), ("Launch 日本", "launch-ri-ben"),
    ])
    func transliterated(title: String, slug: String) {
        #expect(Slug.make(title) == slug)
    }

    @Test("titles with nothing to spell get a stable hash of the title, never a shared placeholder")
    func hashed() {
        // FNV-1a of the UTF-8 bytes: the same on every run and machine (Swift's `Hasher` is seeded per process).
        #expect(Slug.make("🚀🔥") == "untitled-bbaeb160")
        #expect(Slug.make("🌱") == "untitled-3cd2adff")
        #expect(Slug.hash("") == "811c9dc5")
    }

    @Test("the later duplicate is renamed to a suffix nobody wrote, and named in the error")
    func suffixes() {
        let plan = loadWorkspace(["strategy.md": minimalStrategy, "objectives/2026-Q4.md": "## Hiring\n\n## Hiring\n\n## Hiring 2\n\n## HIRING\n"])
        #expect(plan.objectives.map(\.id) == ["2026-q4/hiring", "2026-q4/hiring-3", "2026-q4/hiring-2", "2026-q4/hiring-4"])
        #expect(plan.errors.map(\.location.line) == [3, 7])
        #expect(plan.errors.first?.message.contains("objectives/2026-Q4.md:1:1") == true)
    }

    @Test("a renamed objective, priority or roadmap takes its initiatives, sub-priorities and items along")
    func children() {
        let plan = loadWorkspace([
            "strategy.md": minimalStrategy + "4. **Again.** {#platform}\n   - Child of the second. {#child}\n",
            "objectives/2026-Q4.md": "## Same\n### Step\n\n## Same\n### Step\n- Priorities: child\n",
            "roadmaps/r.md": "---\nid: shared\n---\n## Now\n### Item\n", "roadmaps/s.md": "---\nid: shared\n---\n## Now\n### Item\n",
        ])
        #expect(plan.objectives.flatMap { [$0.id] + $0.initiatives.map(\.id) } == ["2026-q4/same", "2026-q4/same/step", "2026-q4/same-2", "2026-q4/same-2/step"])
        #expect(plan.strategy?.priority("child")?.parent == "platform-2")
        #expect(plan.objectives[1].initiatives[0].resolved.priorities == ["child"])
        #expect(plan.roadmaps.map(\.id).sorted() == ["shared", "shared-2"])
        #expect(Set(plan.roadmapItems.map { "\($0.roadmap) \($0.id)" }) == ["shared shared/item", "shared-2 shared-2/item"])
        #expect(plan.errors.filter { $0.code == .duplicateID }.count == 3)
    }

    @Test("a 2,000-item `Depends on:` chain by title resolves every link to the item before")
    func longTitleChain() {
        var roadmap = "## Now\n"
        for n in 0..<2_000 {
            roadmap += "### Step number \(n) of the chain\n" + (n > 0 ? "- Depends on: Step number \(n - 1) of the chain\n" : "") + "\n"
        }
        let plan = loadWorkspace(["strategy.md": minimalStrategy, "roadmaps/r.md": roadmap])
        #expect(plan.errors.isEmpty)
        let items = plan.roadmapItems
        #expect(items.count == 2_000)
        #expect(items.indices.dropFirst().allSatisfy { items[$0].resolved.dependsOn == [items[$0 - 1].id] })
    }

    @Test("a 2,000-item cycle is one error, its message showing ten links and how many more")
    func longCycle() {
        var roadmap = "## Now\n"
        for n in 0..<2_000 { roadmap += "### Step \(n)\n- Depends on: r/step-\((n + 1) % 2_000)\n\n" }
        let plan = loadWorkspace(["strategy.md": minimalStrategy, "roadmaps/r.md": roadmap])
        let cycles = plan.errors.filter { $0.code == .dependencyCycle }
        #expect(cycles.count == 1)
        #expect(cycles.first?.message.hasPrefix("dependency cycle: `r/step-0` → `r/step-1` → ") == true)
        #expect(cycles.first?.message.hasSuffix("`r/step-9` → … 1990 more … → `r/step-0`") == true)
    }

    @Test("prefix and words-in-order references still find one entry, or name every candidate", arguments: [
        ("step number 1 of", ["r/step-number-1-of-the-chain"]), ("step number 1", ["r/step-number-1-of-the-chain", "r/step-number-10-of-the-chain"]),
        ("num 10 chain", ["r/step-number-10-of-the-chain"]), ("r/step-number-1-", ["r/step-number-1-of-the-chain"]),
    ])
    func prefixes(reference: String, expected: [String]) {
        let plan = loadWorkspace(["strategy.md": minimalStrategy, "roadmaps/r.md":
            "## Now\n### Step number 1 of the chain\n### Step number 10 of the chain\n### Other\n- Depends on: \(reference)\n"])
        if expected.count == 1 {
            #expect(plan.roadmapItems.last?.resolved.dependsOn == expected)
        } else {
            #expect(plan.errors.first?.code == .ambiguousReference)
            #expect(expected.allSatisfy { plan.errors.first?.message.contains("`\($0)`") == true })
        }
    }
}
