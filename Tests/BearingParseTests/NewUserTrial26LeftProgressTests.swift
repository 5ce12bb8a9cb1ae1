import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// Trial 26b left this: a Russian plan's `#### Web Portal (70%)` under `## ✅ ЧТО УЖЕ РЕАЛИЗОВАНО (99%)` was done.
@Suite("New users' files (trial 26b, left): a heading's own percentage")
struct NewUserTrial26LeftProgressTests: TwoPriorityTrial {
    @Test("an item's own percentage under a lane of finished work: how far it has got, not done")
    func ownFigureOverDoneLane() {
        let read = items("""
            # 1C AI Stack - Detailed Roadmap

            ## ✅ ЧТО УЖЕ РЕАЛИЗОВАНО (99%)

            ### УРОВЕНЬ 1: User Interfaces (90%)

            #### Telegram Bot (100%) ✅
            Бот работает.

            #### Web Portal (70%)
            ```
            ✅ React + TypeScript структура
            ⚠️ Authentication flow
            ```

            **Требует:** 3-4 недели доработки

            #### REST API
            Готово.
            """)
        #expect(read.map(\.title) == ["Telegram Bot", "Web Portal", "REST API"], "\(read.map(\.title))")
        #expect(read.map(\.metadata.status) == [.done, .onTrack, .done])
        #expect(read[1].metadata.custom.first { $0.key == "Progress" }?.value == "70%")
        #expect(read[1].statusFrom == nil)
    }

    @Test("a percentage after a heading where no lane or group writes one may be a target, and stays in the title")
    func percentWithoutConvention() {
        let read = items("# Roadmap\n\n## Q3 2026\n\n### Raise test coverage (80%)\nMore tests for the sync engine.\n")
        #expect(read.first?.title == "Raise test coverage (80%)")
        #expect(read.first?.metadata.custom.contains { $0.key == "Progress" } == false)
    }
}
