import BearingModel
import BearingReport
import Testing

/// Which paths the history walk asks git about: the plan's own files, as bearing.yml names them today.
@Suite struct HistoryPathsTests {
    @Test func thePlansOwnPathsAndTheSettings() {
        var config = WorkspaceConfig()
        #expect(HistoryReader.paths(config) == ["bearing.yml", "strategy.md", "objectives", "roadmaps"])
        config.strategyPath = "./handbook/strategy.md"
        config.objectivePaths = ["handbook/okrs/", "handbook/okrs"]
        config.roadmapPaths = []
        #expect(HistoryReader.paths(config) == ["bearing.yml", "handbook/strategy.md", "handbook/okrs"])
    }

    @Test func aPathOutsideTheWorkspaceWalksEveryCommit() {
        var config = WorkspaceConfig()
        config.roadmapPaths = ["../shared/roadmaps"]
        #expect(HistoryReader.paths(config) == nil)
    }
}
