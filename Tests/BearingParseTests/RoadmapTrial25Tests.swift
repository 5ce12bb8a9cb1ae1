import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// Roadmaps as a new user's twenty-fifth trial found them: quarters of emoji-marked phases, a lane's closing exit
/// criteria, a roadmap that opens with its own strategic pillars and ends with an anti-roadmap, phase titles with their
/// period in brackets, release themes, and milestones with "Goals" and "Status" sub-headings.
@Suite("Roadmaps: a new user's trial (25)")
struct RoadmapTrial25Tests {
    func parse(_ text: String, path: String = "roadmaps/roadmap.md") -> (Roadmap, [Diagnostic]) {
        RoadmapParser().parse(read(text, path: path))
    }

    // MARK: F1, emoji-marked phases are groups of work, not a legend

    @Test("a quarter whose H4 phases start with a status emoji keeps their bullets as items (Goya's Chinese roadmap)")
    func emojiPhasesAreNotALegend() {
        let (roadmap, _) = parse("""
            # 开发路线图 | Roadmap

            ## 2025 年路线图

            ### Q2 2025 (Apr - Jun)

            #### 📅 Phase 3：AI 集成
            - 🚧 Spring AI 集成
            - 📅 RAG 优化

            ### Q3 2025 (Jul - Sep)

            #### 📅 Phase 5：开发工具
            - 📅 CLI 脚手架工具
            - 📅 代码生成器

            #### 📅 Phase 6：生态建设
            - 📅 插件市场
            - 📅 社区论坛

            ### Q4 2025 (Oct - Dec)

            #### 📅 Developer tools
            - 📅 CLI scaffolding tool
            - 📅 Code generator
            """)
        #expect(roadmap.items.map(\.title) == ["Spring AI 集成", "RAG 优化", "CLI 脚手架工具", "代码生成器", "插件市场", "社区论坛",
                                               "CLI scaffolding tool", "Code generator"])
        #expect(roadmap.items.first { $0.title == "插件市场" }?.period == "2025-Q3")
        #expect(roadmap.items.last?.period == "2025-Q4")
    }

    @Test("sub-headings that are only a symbol and its colour or status are still a legend")
    func symbolAndStatusHeadingsAreALegend() {
        let (roadmap, _) = parse("""
            # Roadmap

            ## What the marks mean

            ### :green_circle: On track
            - Someone leads it and it is funded.

            ### :red_square: Red
            - Nobody leads it yet.

            ## Now

            - Faster builds
            """)
        #expect(roadmap.items.map(\.title) == ["Faster builds"])
    }

    // MARK: F3, the roadmap's own pillars and its anti-roadmap

    @Test("a roadmap's own Strategic pillars are shown with it, not read as a lane of items (QuickT)")
    func strategicPillarsAreNotALane() {
        let (roadmap, diagnostics) = parse("""
            # QuickT — Product Roadmap

            ## Vision

            Be the default way Togolese travellers discover, book, and pay for intercity bus travel.

            ## Strategic pillars

            1. **Demand-side trust.** A traveller should believe a QuickT-confirmed seat is more reliable than showing up at the gare.
            2. **Payments-first.** Mobile-money is the rail; we have to be excellent at it (sub-30s confirmations, idempotent refunds, fraud-resistant).

            ## Phase 1 — Make the core loop bulletproof (Q3 2026)

            - **Cancellation + refund flow.** Automatic refund back to the originating mobile-money wallet.
            """)
        #expect(roadmap.lanes.map(\.title) == ["Phase 1 — Make the core loop bulletproof (Q3 2026)"])
        #expect(roadmap.items.map(\.title) == ["Cancellation + refund flow"])
        #expect(diagnostics.contains { $0.code == .skippedSection && $0.message.contains("Strategic pillars") })
    }

    @Test("an Anti-roadmap lane holds declined work: its items are dropped, as a Not doing lane's are (QuickT)")
    func antiRoadmapIsDeclinedWork() {
        let (roadmap, _) = parse("""
            # QuickT — Product Roadmap

            ## Phase 1 — Make the core loop bulletproof (Q3 2026)

            - **Cancellation + refund flow.** Automatic refund back to the originating mobile-money wallet.

            ## Anti-roadmap (things we are not building)

            These keep coming up; the answer for now is no.

            - **Hailing / ride-share.** Gozem owns this; competing head-on burns capital we don't have.
            - **Owning fleet.** Asset-heavy, kills our margins, and starts a fight with our suppliers.
            - **Crypto rails.** Mobile money already wins on adoption and UX; no Togolese passenger asks for it.
            """)
        let declined = roadmap.items.filter { $0.lane.hasPrefix("Anti-roadmap") }
        #expect(declined.map(\.title) == ["Hailing / ride-share", "Owning fleet", "Crypto rails"])
        #expect(declined.allSatisfy { $0.metadata.status == .dropped })
        #expect(roadmap.items.first?.metadata.status == nil)
        for title in ["Things we are not building", "What we won't build"] {
            let (other, _) = parse("# Roadmap\n\n## \(title)\n\n- **Crypto rails.** Nobody asks for it.\n")
            #expect(other.items.map(\.metadata.status) == [.dropped], "\(title)")
        }
    }

    // MARK: F5, a lane's period in brackets after its name

    @Test("a phase lane's bracketed period is its period, whatever names the phase; a range gives its start (QuickT)")
    func bracketedLanePeriods() {
        let (roadmap, _) = parse("""
            # QuickT — Product Roadmap

            ## Current state (v0.x — May 2026)

            - **Mobile-money payment.** Via Paygate.

            ## Phase 1 — Make the core loop bulletproof (Q3 2026)

            - **Refund flow.** Refund back to the wallet.

            ## Phase 1 (Q3 2026)

            - **Seat hold.** Hold a seat while paying.

            ## Phase 2 — Liquidity & multi-agency network (Q4 2026 – Q1 2027)

            - **Agency reviews.** Ratings after a ride.

            ## Phase 3 — Operational scale and partnerships (Q2 – Q3 2027)

            - **Driver app.** Manifest on the phone.

            ## Phase 4 — Platform plays (2028)

            - **Parcel delivery.** Parcels on buses.
            """)
        #expect(roadmap.lanes.map(\.period) == ["May 2026", "2026-Q3", "2026-Q3", "2026-Q4", "2027-Q2", "2028"])
        #expect(roadmap.items.map(\.period) == ["May 2026", "2026-Q3", "2026-Q3", "2026-Q4", "2027-Q2", "2028"])
    }

    @Test("a dash inside a heading's brackets never splits it into a name and a period")
    func dashInsideBrackets() {
        #expect(RoadmapPeriod.heading("Current state (v0.x — May 2026)", year: nil) == nil)
        #expect(RoadmapPeriod.heading("Q1 2026 - Foundation", year: nil) == "2026-Q1")
    }

    // MARK: F2, a lane's closing exit criteria

    @Test("a lane's closing exit-criteria paragraph leaves the last group's bold items items (QuickT)")
    func closingExitCriteria() {
        let (roadmap, _) = parse("""
            # QuickT — Product Roadmap

            ## Phase 1 — Make the core loop bulletproof (Q3 2026)

            ### Customer

            - **Cancellation + refund flow.** Customer-initiated cancellation up to a configurable cutoff per agency.

            ### Reliability/security

            - **Idempotency keys on payment callbacks.** Paygate/CinetPay can replay; we must not double-credit.
            - **Rate limiting on auth + booking** at nginx + app layer.
            - **Backup automation** (PG dumps to S3-compatible storage, daily, 30-day retention).

            **Phase 1 exit criteria:** 1 pilot agency doing ≥80% of its seat inventory through QuickT, NPS ≥ 40, payment success rate ≥ 95%, refund SLA <24h.

            ---
            """)
        #expect(roadmap.items.map(\.title) == ["Cancellation + refund flow", "Idempotency keys on payment callbacks",
                                               "Rate limiting on auth + booking", "Backup automation"])
        #expect(roadmap.items.dropFirst().allSatisfy { $0.group == "Reliability/security" })
        // The note is kept, shown with the group.
        let shown = roadmap.lanes.first?.groups.flatMap(\.intro).map { $0.plainText } ?? []
        #expect(shown.contains { $0.contains("exit criteria") }, "\(shown)")
    }

    @Test("a heading read as one item over a list of bold-sentence-titled work says so at the heading")
    func foldedSentenceTitlesAreSaid() {
        let (roadmap, diagnostics) = parse("""
            # QuickT — Product Roadmap

            ## Phase 1 — Make the core loop bulletproof (Q3 2026)

            ### Reliability/security

            Payments must never be lost or counted twice, whatever the aggregator does.

            - **Idempotency keys on payment callbacks.** Paygate/CinetPay can replay; we must not double-credit.
            - **Backup automation.** PG dumps to S3-compatible storage, daily, 30-day retention.
            """)
        #expect(roadmap.items.map(\.title) == ["Reliability/security"])
        #expect(diagnostics.contains { $0.code == .unreadRoadmapItems && $0.message.contains("the 2 titled entries") && $0.location.line == 5 },
                "\(diagnostics.map(\.message))")
    }

    @Test("an item heading whose list is its details, then a field, stays one item")
    func detailsThenFieldStayOneItem() {
        let (roadmap, _) = parse("""
            # Roadmap

            ## Now

            ### Faster sync

            Sync takes minutes today.

            - Batch the writes
            - Drop the polling

            **Owner:** Ada
            """)
        #expect(roadmap.items.map(\.title) == ["Faster sync"])
    }

    // MARK: F7, a release's theme and a status group

    @Test("a release's Theme heading is the lane's summary, and a Work in progress group sets its items' status (OpenMetadata)")
    func releaseThemeAndWorkInProgress() {
        let (roadmap, _) = parse("""
            # Roadmap

            ## 0.5 Release - Oct 19th, 2021

            #### Theme: Data quality and Lineage


            ### Support for Lineage
            * Lineage related schemas and APIs
            * Extra lineage from queries for BigQuery, Hive, Redshift, and Snowflake

            ### Work in progress

            * Salesforce CRM connector
            * Data profiler to profile tables in ingestion framework and show it table details page
            """)
        #expect(roadmap.lanes.first?.summary == "Data quality and Lineage")
        #expect(roadmap.lanes.first?.intro.contains { $0.plainText.contains("Data quality and Lineage") } == true)
        #expect(roadmap.items.map(\.title) == ["Lineage related schemas and APIs", "Extra lineage from queries for BigQuery, Hive, Redshift, and Snowflake",
                                               "Salesforce CRM connector", "Data profiler to profile tables in ingestion framework and show it table details page"])
        #expect(roadmap.items.map(\.metadata.status) == [nil, nil, .onTrack, .onTrack])
        let json = String(decoding: try! JSONEncoder().encode(roadmap.lanes[0]), as: UTF8.self)
        #expect(json.contains("\"summary\":\"Data quality and Lineage\""))
    }

    @Test("a group named like a theme that starts with a status word sets no status")
    func themeGroupSetsNoStatus() {
        let (roadmap, _) = parse("# Roadmap\n\n## Now\n\n### Active users dashboard\n\n* Daily actives chart\n* Weekly actives chart\n")
        #expect(roadmap.items.map(\.metadata.status) == [nil, nil])
    }

    // MARK: F6, a milestone's Goals and Status sub-headings

    @Test("a milestone over Goals and Status sub-headings is one item, and a mark legend is no work (Wails v3)")
    func milestoneParts() {
        for (goals, status, legend) in [("Goals", "Status", ["Working", "Partially working", "Not working"]),
                                        ("目标", "状态", ["工作正常", "部分工作", "无法工作"])] {
            let (roadmap, _) = parse("""
                # Roadmap

                ## Alpha milestones

                ### Alpha 1

                #### \(goals)

                Alpha 1 is the initial release. It is intended to get feedback on the new API and to allow people to experiment with it.

                #### \(status)

                - :material-check-bold: - \(legend[0])
                - :material-minus: - \(legend[1])
                - :material-close: - \(legend[2])

                {{ read_csv("status.csv")  }}

                ### Alpha 2

                - [ ] Get most examples working on Linux
                - [ ] Create projects with `wails init`
                """)
            #expect(roadmap.items.map(\.title) == ["Alpha 1", "Get most examples working on Linux", "Create projects with wails init"], "\(goals)")
            #expect(roadmap.items.first?.body.contains("initial release") == true)
        }
    }

    @Test("a legend of marks inside a lane is not read as items")
    func markLegendIsNoWork() {
        let (roadmap, _) = parse("""
            # Roadmap

            ## Now

            - ✅ = done
            - 🚧 = in progress

            ### Platform

            - Faster builds
            """)
        #expect(roadmap.items.map(\.title) == ["Faster builds"])
    }
}
