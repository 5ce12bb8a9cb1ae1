import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// Roadmaps as a new user's twenty-fifth trial found them: a Japanese checklist roadmap drawn again as a Mermaid gantt
/// (takenet193/task-reminder-tool `docs/ROADMAP.md`).
@Suite("Roadmaps: a new user's trial (25): a checklist with its chart")
struct RoadmapTrial25ChartsTests {
    func parse(_ text: String) -> (Roadmap, [Diagnostic]) {
        RoadmapParser().parse(read(text, path: "roadmaps/roadmap.md"))
    }

    /// The file's shape: a checklist under the H1, then its only H2 holding the chart of the same tasks, each done one
    /// with a second "実績 (100%)" (actual) bar.
    static let checklistAndChart = """
        # Roadmap

        - [x] ロギング導入 （予定: 2025-11-10） （実績: 2025-11-04）
        - [ ] スケジュール拡張 （予定: 2025-11-11〜2025-11-12）
        - [ ] Windows配布 依存: ci-quality （予定: 2025-11-17）

        - [ ] スケジュールUI 依存: schedule-model

        ## ガントチャート（コア完了 〜 2025-11-17）

        ```mermaid
        gantt
          dateFormat  YYYY-MM-DD
          title Roadmap to 2025-11-17 (Core) + Stretch
          section Core
          ロギング導入  :active, 2025-11-10, 1.0d
          ロギング導入 実績 (100%)  :crit, 2025-11-04, 1.0d
          スケジュール拡張  :active, 2025-11-11, 2.0d
          Windows配布  :active, 2025-11-17, 1.0d
          section Stretch
          %% スケジュールUI (日付未定)
        ```
        """

    @Test("a checklist above its only H2, a gantt of the same tasks, is the roadmap: the chart adds to its items, not beside them")
    func checklistIsTheRoadmap() {
        let (roadmap, diagnostics) = parse(Self.checklistAndChart)
        #expect(roadmap.items.map(\.title) == ["ロギング導入", "スケジュール拡張", "Windows配布", "スケジュールUI"], "\(roadmap.items.map(\.title))")
        #expect(!diagnostics.contains { $0.code == .unreadRoadmapItems }, "\(diagnostics)")
        #expect(!diagnostics.contains { $0.code == .duplicateID }, "\(diagnostics)")
        #expect(roadmap.lanes.map(\.title) == ["Roadmap"], "\(roadmap.lanes.map(\.title))")
        // The ticked box is done, whatever the chart's `active` says.
        #expect(roadmap.items.map(\.metadata.status) == [.done, .notStarted, .notStarted, .notStarted])
    }

    @Test("a bullet's bracketed planned and actual dates and its `依存:` field are its metadata, not words of its title")
    func bracketedFields() {
        let (roadmap, _) = parse(Self.checklistAndChart)
        let byTitle = Dictionary(roadmap.items.map { ($0.title, $0) }, uniquingKeysWith: { first, _ in first })
        // The planned date (予定) is when it is due; the span's last day for a span.
        #expect(byTitle["ロギング導入"]?.metadata.due == "2025-11-10")
        #expect(byTitle["スケジュール拡張"]?.metadata.due == "2025-11-12")
        #expect(byTitle["Windows配布"]?.metadata.due == "2025-11-17")
        #expect(byTitle["Windows配布"]?.metadata.custom.map { "\($0.key): \($0.value)" } == ["依存: ci-quality"])
        #expect(byTitle["スケジュールUI"]?.metadata.custom.map { "\($0.key): \($0.value)" } == ["依存: schedule-model"])
        #expect(byTitle["ロギング導入"]?.period == "2025-Q4")
    }

    @Test("fields followed by a note ('／>=60% by …') end the title at the first CJK key; each field keeps its own value")
    func fieldsBeforeANote() {
        let (roadmap, _) = parse("""
            # Roadmap

            - [ ] テスト/カバレッジ80% 依存: io-safety, schedule-model （予定: 2025-11-13〜2025-11-14）／>=60% by 2025-11-14 (80% later)
            - [ ] CI品質ゲート 依存: tests-core （予定: 2025-11-14）
            """)
        #expect(roadmap.items.map(\.title) == ["テスト/カバレッジ80%", "CI品質ゲート"])
        #expect(roadmap.items.map { $0.metadata.custom.map { "\($0.key): \($0.value)" } } == [["依存: io-safety, schedule-model"], ["依存: tests-core"]])
        #expect(roadmap.items.map(\.metadata.due) == ["2025-11-14", "2025-11-14"])
        // What the note says stays in the item's text.
        #expect(roadmap.items.first?.body.contains(">=60% by 2025-11-14") == true)
    }

    @Test("a gantt alone: an 'actual (100%)' bar is its task's progress, not a second item, and a length's end is exclusive")
    func ganttProgressBars() {
        let (roadmap, diagnostics) = parse("""
            # Roadmap

            ```mermaid
            gantt
              dateFormat  YYYY-MM-DD
              section Core
              Logging  :active, 2025-11-10, 1.0d
              Logging actual (100%)  :crit, 2025-11-04, 1.0d
              Packaging  :active, 2025-11-13, 2d
              Packaging 実績 (40%)  :crit, 2025-11-13, 1d
              Logging v2  :2025-11-20, 1d
              Launch  :milestone, 2025-11-21, 0d
            ```
            """)
        #expect(roadmap.items.map(\.title) == ["Logging", "Packaging", "Logging v2", "Launch"], "\(roadmap.items.map(\.title))")
        #expect(roadmap.items.map(\.metadata.status) == [.done, .onTrack, nil, nil])
        // 1.0d from the 10th covers the 10th alone; 2d from the 13th the 13th and 14th; a 0d milestone its own day.
        #expect(roadmap.items.map(\.metadata.due) == ["2025-11-10", "2025-11-14", "2025-11-20", "2025-11-21"])
        #expect(!diagnostics.contains { $0.code == .duplicateID })
    }

    @Test("a chart task the list does not name stays an item of the chart's lane")
    func chartAddsUnlistedWork() {
        let (roadmap, _) = parse("""
            # Roadmap

            - [x] Logging
            - [ ] Packaging

            ## Chart

            ```mermaid
            gantt
              section Core
              Logging  :done, 2025-11-10, 1d
              Packaging  :active, 2025-11-13, 2d
              Release notes  :2025-11-17, 1d
            ```
            """)
        #expect(roadmap.items.map(\.title) == ["Logging", "Packaging", "Release notes"])
        #expect(roadmap.items.map(\.lane) == ["Roadmap", "Roadmap", "Core"])
        #expect(roadmap.items.map(\.metadata.due) == ["2025-11-10", "2025-11-14", "2025-11-17"])
    }
}
