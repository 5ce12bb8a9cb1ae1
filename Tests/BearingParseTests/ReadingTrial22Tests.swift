import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// Reading findings of a new user's trial on real files (trial 22): SIG Release's roadmap, Tekton's goals, a lab's
/// yearly plan, SIG CLI's annual report, a Now / Later / Never TODO list.
@Suite("Reading: a new user's trial (22)")
struct ReadingTrial22Tests {
    func roadmap(_ markdown: String) -> ([RoadmapItem], [Diagnostic], Roadmap) {
        let (roadmap, diagnostics) = RoadmapParser().parse(read(markdown, path: "roadmaps/r.md"))
        return (roadmap.items, diagnostics, roadmap)
    }

    // MARK: F2 — an intro paragraph over a list of titled entries

    static let sigRelease = """
        # Roadmap
        ## 2026

        ### Deliverables

        The following deliverables are sorted by priority.

        ### Work in progress

        1. **Improve the contributor ladder**

           Outcome: docs.

        ### Other Priorities

        This section covers items which have not been started.

        1. **Make artifact validation more robust**

           Outcome: faster.

        1. **Enable subprojects to use our packages**

           Outcome: a CLI.
        """

    @Test("a short intro over a list of bold-titled entries leaves one item per entry, and a prose-only 'Deliverables' is a note")
    func introOverTitledEntries() {
        let (items, diagnostics, roadmap) = roadmap(Self.sigRelease)
        #expect(items.map(\.title) == ["Improve the contributor ladder", "Make artifact validation more robust",
                                       "Enable subprojects to use our packages"])
        #expect(items.map(\.group) == ["Work in progress", "Other Priorities", "Other Priorities"])
        #expect(roadmap.lanes.first?.intro.contains { $0.line == 6 } == true)
        #expect(roadmap.lanes.first?.groups.contains { $0.title == "Other Priorities" && !$0.intro.isEmpty } == true)
        #expect(!diagnostics.contains { $0.code == .unreadRoadmapItems })
    }

    @Test("task boxes led by bold titles under an intro are items too")
    func introOverTasks() {
        let (items, _, _) = roadmap("""
            # TODO
            ## Later
            ### Hardware verification
            Everything here needs a printer on the desk.

            - [ ] **Test ZD420 darkness.** Labels fade.
            - [ ] **Check 300 dpi scaling.** Needs the office printer.
            """)
        #expect(items.map(\.title) == ["Test ZD420 darkness", "Check 300 dpi scaling"])
    }

    @Test("a heading's own prose over its detail bullets stays one item; a folded list of titled entries is said")
    func foldedListIsSaid() throws {
        let (items, diagnostics, _) = roadmap("""
            # Roadmap
            ## Now
            ### Faster sync
            We will make sync faster for every customer, which needs the storage work first and a rewrite of the queue
            that feeds the workers; both are large and we have only two engineers on the team this quarter, so it will
            take the whole quarter and maybe more.

            - Batch writes
            - Cache reads

            ### Observability
            Metrics and tracing for the whole stack, starting with the queue, then the workers, then the web tier, with
            dashboards for each and alerts on the error budget; the team agreed on this order at the offsite in June, and
            the SRE group reviews it monthly.

            1. **Metrics**

               Prometheus.

            1. **Tracing**

               OpenTelemetry.
            """)
        #expect(items.map(\.title) == ["Faster sync", "Observability"])
        let warning = try #require(diagnostics.first { $0.code == .unreadRoadmapItems })
        #expect(warning.location.line == 11)
        #expect(warning.message.contains("Observability"))
        #expect(diagnostics.filter { $0.code == .unreadRoadmapItems }.count == 1)
    }
}
