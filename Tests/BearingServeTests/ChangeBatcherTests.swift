import BearingServe
import Testing

/// The debounce and the merging, driven with explicit times: no clock, no sleeping.
@Suite("Change batcher")
struct ChangeBatcherTests {
    @Test("a change waits for the quiet period, and each further change pushes the rebuild later")
    func debounce() {
        var batcher = ChangeBatcher(quiet: 0.1)
        #expect(batcher.changed(["objectives/2026-Q4.md"], at: 10.0) == .wake(at: 10.1))
        #expect(batcher.changed(["objectives/2026-Q4.md"], at: 10.05) == .wake(at: 10.15))
        // The first wake-up comes too early: the second change moved the deadline.
        #expect(batcher.timerFired(at: 10.1) == .wake(at: 10.15))
        #expect(batcher.timerFired(at: 10.15) == .rebuild(["objectives/2026-Q4.md"]))
        // A stale wake-up after the rebuild started does nothing.
        #expect(batcher.timerFired(at: 10.2) == .none)
    }

    @Test("changes during a rebuild merge into one next rebuild, started once quiet after it ends")
    func mergeDuringRebuild() {
        var batcher = ChangeBatcher(quiet: 0.1)
        _ = batcher.changed(["strategy.md"], at: 0)
        #expect(batcher.timerFired(at: 0.1) == .rebuild(["strategy.md"]))
        // While it runs: no wake-ups, everything kept.
        #expect(batcher.changed(["objectives/a.md"], at: 0.2) == .none)
        #expect(batcher.changed(["objectives/b.md"], at: 0.3) == .none)
        #expect(batcher.changed(["objectives/a.md"], at: 0.35) == .none)
        #expect(batcher.timerFired(at: 0.4) == .none)
        #expect(batcher.pending == ["objectives/a.md", "objectives/b.md"])
        // Ends long after the last change: the merged rebuild starts at once.
        #expect(batcher.rebuildFinished(at: 2.0) == .rebuild(["objectives/a.md", "objectives/b.md"]))
        #expect(batcher.rebuildFinished(at: 3.0) == .none)
    }

    @Test("a rebuild that ends right after a change waits out the quiet period first")
    func finishWhileBusy() {
        var batcher = ChangeBatcher(quiet: 0.1)
        _ = batcher.changed(["bearing.yml"], at: 0)
        _ = batcher.timerFired(at: 0.1)
        _ = batcher.changed(["theme/layout.mustache"], at: 0.5)
        #expect(batcher.rebuildFinished(at: 0.52) == .wake(at: 0.6))
        #expect(batcher.timerFired(at: 0.6) == .rebuild(["theme/layout.mustache"]))
    }

    @Test("nothing changed, nothing to do")
    func empty() {
        var batcher = ChangeBatcher()
        #expect(batcher.changed([], at: 1) == .none)
        #expect(batcher.timerFired(at: 5) == .none)
        #expect(batcher.rebuildFinished(at: 6) == .none)
    }
}
