import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// Public roadmaps new users brought in trial 29: a Markdown Kanban board whose cards open with an effort tag
/// (`- [ ] :low item display checkbox status`); a task list whose `### Task 1.1: …` headings close their checklists with
/// the task's own fields (`- **Depends on**: Task 1.1`, in Japanese `- **依存**: Task 1.1`); an app roadmap whose current
/// release is an H3 above the first H2; a German quarter roadmap with `## Risiken / Gegenmaßnahmen` and `## KPIs`.
@Suite("New users' roadmaps: boards, task lists, releases, asides (trial 29)")
struct NewUserTrial29Tests: TrialWorkspace {
    let strategy = "## Priorities\n\n- **Board editing** {#editing}\n- **Deployable foundation** {#foundation}\n"

    @Test("a card that opens with an effort tag and has no other colon is read, not a crash")
    func effortTagCard() throws {
        let items = items("""
            # KanbanDown

            ## ⏭️ Next

            - [ ] :medium group by +proj #tag or :difficulty
            - [ ] :low item display checkbox status
            - [ ] road map, planned features
            """)
        #expect(items.count == 3)
        #expect(items[1].title.contains("item display checkbox status"), "\(items.map(\.title))")
    }

    @Test("a task heading whose checklist ends in the task's own fields is one item with those fields")
    func taskFieldsAfterSteps() throws {
        let plan = load(["roadmaps/tasks.md": """
            # Task list

            ## Phase 1: Environment and infrastructure

            ### Task 1.1: Core package setup ✅

            - [x] `core/` package.json (Remix, TypeScript)
            - [x] ESLint 9 flat config
            - **Done when**: `pnpm install` succeeds in core
            - **Depends on**: none
            - **Estimate**: 2 hours
            - **Completed**: 2025-10-10

            ### Task 1.2: Docker Compose files

            - [ ] `docker-compose.yml` (nginx, core, postgres, redis)
            - [ ] `core/Dockerfile`
            - **Depends on**: Task 1.1
            - **Estimate**: 3 hours
            """])
        #expect(plan.errors.isEmpty, "\(plan.errors.map(\.message))")
        let items = try #require(plan.roadmaps.first?.items)
        #expect(items.map(\.title) == ["Task 1.1: Core package setup", "Task 1.2: Docker Compose files"], "\(items.map(\.title))")
        // The first is done by its mark; the second, none of whose steps is ticked, has not started.
        #expect(items.map(\.metadata.status) == [.done, .notStarted], "\(items.map(\.metadata.status))")
        #expect(items.map(\.metadata.effort) == [2, 3], "\(items.map(\.metadata.effort))")
        #expect(items[1].resolved.dependsOn == [items[0].id])
        // The steps and the fields stay the item's text, as written.
        #expect(items[0].body.contains("ESLint 9 flat config") && items[0].body.contains("Completed"), "\(items[0].body)")
    }

    @Test("the same task list in Japanese: 依存, 推定時間 and 完了日 are the task's fields, なし says it waits on nothing")
    func japaneseTaskFields() throws {
        let plan = load(["roadmaps/tasks.md": """
            # タスクリスト

            ## Phase 1: 環境構築とインフラ基盤

            ### Task 1.1: プロジェクト初期構造と core パッケージセットアップ ✅

            - [x] `core/`の package.json 作成（Remix, TypeScript）
            - [x] Prettier 設定
            - **完了条件**: `pnpm install`が core パッケージで成功
            - **依存**: なし
            - **推定時間**: 2 時間
            - **完了日**: 2025-10-10

            ### Task 1.2: Docker Compose 構成ファイル作成 ✅

            - [x] `docker-compose.yml`作成（nginx, core, postgres, redis）
            - [x] `.env.example`作成
            - **完了条件**: `docker-compose up -d`でコンテナが起動
            - **依存**: Task 1.1
            - **推定時間**: 3 時間
            - **完了日**: 2025-10-11
            """])
        #expect(plan.errors.isEmpty, "\(plan.errors.map(\.message))")
        #expect(!plan.codes.contains(.restatedItem), "\(plan.diagnostics.map(\.message))")
        let items = try #require(plan.roadmaps.first?.items)
        #expect(items.count == 2, "\(items.map(\.title))")
        #expect(items.map(\.metadata.due) == ["2025-10-10", "2025-10-11"])
        #expect(items.map(\.period) == ["2025-Q4", "2025-Q4"])
        #expect(items[1].resolved.dependsOn == [items[0].id])
    }

    @Test("counter-case: a group of features with bold leads that are no fields of a piece of work stays a group")
    func featureLeadsStayAGroup() throws {
        let items = items("""
            # Roadmap

            ## Now

            ### Search

            - [ ] Index the archive
            - **Facets**: filter by year
            - **Synonyms**: match plural forms
            """)
        #expect(items.count == 3, "\(items.map(\.title))")
    }

    @Test("a release written as an H3 above the file's first H2 is a lane, not unread items")
    func releaseAboveFirstLane() throws {
        let plan = load(["roadmaps/roadmap.md": """
            # Roadmap

            ### v0.3 (Current Release)
            - [ ] Built-in Feedback Form
            - [x] Sorting Applies to Subtasks too

            #### Bugs
            - [ ] New tasks don't sort themselves in Help tab

            ## Future

            ### v0.4
            - [ ] Syncing

            ### v0.5
            - [ ] Major UI overhaul
            """])
        #expect(!plan.codes.contains(.unreadRoadmapItems), "\(plan.diagnostics.map(\.message))")
        let items = try #require(plan.roadmaps.first?.items)
        #expect(items.map(\.title) == ["Built-in Feedback Form", "Sorting Applies to Subtasks too",
                                       "New tasks don't sort themselves in Help tab", "Syncing", "Major UI overhaul"])
        #expect(items.first?.lane == "v0.3 (Current Release)")
        #expect(items.dropFirst(2).first?.group == "Bugs")
    }

    @Test("risks and KPIs beside a roadmap, in German and Japanese, are asides, not work")
    func risksAndKPIs() throws {
        let items = items("""
            # Q4 Roadmap — Toobix-Unified

            ## Meilensteine
            - M1 (Woche 1–2): Health-Endpoints, zentrales Logging, Basis-Dashboards

            ## Risiken / Gegenmaßnahmen
            - Zeitdruck → Scope klar priorisieren (Must/Should/Could)

            ## KPIs
            - Testabdeckung ≥ 80%

            ## リスクと対策
            - Docker 環境の複雑化
            """)
        #expect(items.map(\.lane) == ["Meilensteine"], "\(items.map(\.lane))")
    }

    @Test("a board's Done column of cards none of which is ticked holds finished work")
    func doneColumnOfUntickedCards() throws {
        let items = items("""
            # KanbanDown

            ## ⏭️ Next

            - [ ] :medium Write Readme.md

            ## ✅ Done

            - [ ] :low clear/archive column
            - [ ] markdown parsing and rendering: md -> object, object->md, md->html
            """)
        #expect(items.map(\.metadata.status) == [.notStarted, .done, .done], "\(items.map(\.metadata.status))")
    }

    @Test("counter-case: in a Done lane where some boxes are ticked, an unticked one is unfinished")
    func doneLaneWithSomeTicked() throws {
        let items = items("""
            # Roadmap

            ## Completed

            - [x] Export to CSV
            - [ ] Export to PDF
            """)
        #expect(items.map(\.metadata.status) == [.done, .notStarted], "\(items.map(\.metadata.status))")
    }

    @Test("a Japanese plan's overview (概要) beside its phases is an aside, as Overview is")
    func japaneseOverview() throws {
        let items = items("""
            # タスクリスト

            ## 概要

            サービス名は `DevCle`（DevRel + Circle の造語）。

            - **総タスク数**: 48 タスク
            - **推定作業時間**: 4-6 週間（1 名）
            - **優先度**: 高
            - **開発方針**:
              - docker-compose 構築を最優先

            ## Phase 1: 環境構築

            - [x] docker-compose 構築
            """)
        #expect(items.map(\.title) == ["docker-compose 構築"], "\(items.map(\.title))")
    }

    @Test("a reference to a task by its label finds that task, not the ones whose labels start alike, and a remark in full-width brackets is no part of it")
    func labelledTaskReference() throws {
        let plan = load(["roadmaps/tasks.md": """
            # Tasks

            ## Phase 8

            ### Task 8.1: Plugin loader

            Load plugins from disk.

            ### Task 8.10: Plugin widgets

            Show widgets.

            ### Task 8.12: Plugin data UI

            - [ ] Data page
            - [ ] Side menu
            - **依存**: Task 8.1（ローダー）, Task 8.10
            - **推定時間**: 3時間
            """])
        #expect(plan.errors.isEmpty, "\(plan.errors.map(\.message))")
        #expect(!plan.codes.contains(.invalidValue), "\(plan.diagnostics.map(\.message))")
        let items = try #require(plan.roadmaps.first?.items)
        let ui = try #require(items.first { $0.title.hasPrefix("Task 8.12") })
        #expect(ui.resolved.dependsOn == [items[0].id, items[1].id], "\(ui.resolved.dependsOn)")
        #expect(ui.metadata.effort == 3)
    }

    @Test("a Japanese field two characters from a known key gets no did-you-mean: 完了条件 is no misspelt 完了日")
    func noDidYouMeanForCJKKeys() throws {
        let plan = load(["roadmaps/tasks.md": """
            # Tasks

            ## Phase 1

            ### Task 1.1: Setup ✅

            - [x] package.json
            - **完了条件**: `pnpm install` succeeds
            - **依存**: なし（最初のタスク）
            - **推定時間**: 2 時間
            """])
        #expect(!plan.diagnostics.contains { $0.message.contains("did you mean") }, "\(plan.diagnostics.map(\.message))")
        #expect(plan.errors.isEmpty, "\(plan.errors.map(\.message))")
    }
}
