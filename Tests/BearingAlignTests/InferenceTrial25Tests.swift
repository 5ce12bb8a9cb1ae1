import Foundation
import Testing
import BearingModel
@testable import BearingAlign

/// Inference on a new user's real files (trial 25): a table roadmap's RFC and Documentation links are not the work's
/// text (Hyperledger Grid), and the organization's own name decides no link (js-ipfs).
@Suite struct InferenceTrial25Tests {
    static let gridStrategy = """
        # Hyperledger Grid strategy

        ## Priorities

        - **Supply chain data model.** Reusable smart contracts and schemas for products, locations, organizations and orders.
        - **Platform support.** Grid runs on the ledgers and databases people use: Splinter, Sawtooth, PostgreSQL, SQLite.
        - **Developer experience.** APIs, CLI, documentation and RFCs that make it easy to build on Grid.
        """

    static let gridRoadmap = """
        # Roadmap

        ## Latest Release

        ### Grid 0.3

        | Feature | Status | RFC | Documentation |
        | ------- | ------ | --- | ------------- |
        | Purchase Order | *Complete* | [RFC #25](https://github.com/splintercommunity/grid-rfcs/blob/main/text/0025-purchase-order.md) | [Specification]({% link docs/0.3/grid_purchase_order.md %}) |
        | Product | *Complete* | [RFC #5](https://github.com/splintercommunity/grid-rfcs/blob/main/text/0005-product.md) |  [Overview]({% link docs/0.1/grid_product.md %}), [HOWTO]({% link docs/0.1/creating_products.md %}), [REST&nbsp;API](/docs/0.1/api/#tag/Product), [CLI]({% link docs/0.1/references/cli/grid-product-create.1.md %}) |
        """

    @Test("RFC and Documentation link cells do not link a table row to the priority that says 'API' and 'RFCs' (F11)")
    func referenceCellsDecideNothing() throws {
        let alignment = align(plan(["strategy.md": Self.gridStrategy, "roadmaps/roadmap.md": Self.gridRoadmap]))
        for title in ["Product", "Purchase Order"] {
            let item = try #require(alignment.items.first { $0.title == title })
            #expect(!alignment.links(of: item.id).contains { $0.priority == "developer-experience" }, "\(title): \(alignment.links(of: item.id))")
        }
        let order = try #require(alignment.items.first { $0.title == "Purchase Order" })
        #expect(alignment.links(of: order.id).first?.priority == "supply-chain-data-model", "\(alignment.links(of: order.id))")
    }

    @Test("Liquid and macro tags are no words of the work")
    func liquidTags() {
        let cleaned = InferenceText.clean("See the {% link docs/0.1/grid_product.md %} page and {{ read_csv('status.csv') }} here")
        #expect(!cleaned.contains("grid_product") && !cleaned.contains("read_csv"), "\(cleaned)")
        #expect(cleaned.contains("See the") && cleaned.contains("here"))
    }

    static let ipfsStrategy = """
        # js-ipfs strategy 2018

        ## Goal

        js-ipfs is a full IPFS implementation in JavaScript, running in Node.js and in the browser.

        ## Priorities

        - **Connectivity.** js-ipfs nodes find each other and find content: LAN discovery, the DHT, rendezvous, connection management.
        - **Reliability and performance.** The daemon runs for days without crashing, handles large data sets, and is fast to test and release.
        - **Contributor and user experience.** Documentation, the website and onboarding make it easy to use js-ipfs and to contribute.
        """

    static let ipfsOKRs = """
        # 2018 Q3

        ## Daemon is as reliable as it can be

        - A Daemon runs for 10 days without a crash - @alanshaw
        - One or more js-ipfs daemons are part of the Bootsrapper nodes
        - js-ipfs can handle 1TB of data, both Node.js and Browser - @hugomrdias
        - npm on IPFS over js-ipfs is a sound way to install deps and gets used for CI - @achingbrain
        """

    @Test("the organization's coined name (from the strategy's title) is no evidence and decides no link (F8)")
    func organizationNameDecidesNothing() throws {
        let alignment = align(plan(["strategy.md": Self.ipfsStrategy, "objectives/2018-Q3.md": Self.ipfsOKRs]))
        let item = try #require(alignment.items.first { $0.title == "Daemon is as reliable as it can be" })
        let link = try #require(alignment.links(of: item.id).first)
        #expect(link.priority == "reliability-and-performance", "\(alignment.links(of: item.id))")
        #expect(!link.evidence.map(\.term).contains("ipfs"), "\(link.evidence)")
        #expect(PriorityInferrer.nameWords("js-ipfs strategy 2018", tokenizer: Shared.vectors.tokenizer) == ["ipfs"])
        // Words the vocabulary knows keep their meaning, whatever the organization is called.
        #expect(PriorityInferrer.nameWords("Harbor Community Clinic: strategy 2026–2027", tokenizer: Shared.vectors.tokenizer).isEmpty)
        let ipfs = try #require(plan(["strategy.md": Self.ipfsStrategy]).strategy)
        #expect(PriorityInferrer(strategy: ipfs, vectors: Shared.vectors).nameWords == ["ipfs"])
        // A title word only one priority's text uses is that priority's word, not a name.
        let topical = try #require(plan(["strategy.md": Self.ipfsStrategy.replacingOccurrences(of: "# js-ipfs strategy 2018", with: "# DHT strategy")]).strategy)
        #expect(PriorityInferrer.nameWords("DHT strategy", tokenizer: Shared.vectors.tokenizer) == ["dht"])
        #expect(PriorityInferrer(strategy: topical, vectors: Shared.vectors).nameWords.isEmpty)
    }

    static let openMetadataStrategy = """
        # OpenMetadata strategy 2021

        ## Priorities

        - **Connectors and coverage.** Ingest metadata from every database, messaging system, dashboard and pipeline tool.
        - **Data quality and lineage.** Profiling, quality tests and end-to-end lineage so users can trust data.
        - **Collaboration.** People discuss, document and improve data assets together: feeds, tasks, ownership.
        """

    @Test("a title-only item reads its group heading too: 'Extra lineage from queries…' under 'Support for Lineage' (F8)")
    func groupHeadingIsContext() throws {
        let roadmap = """
            # Roadmap

            ## 0.5 Release - Oct 19th, 2021

            ### Support for Lineage
            * Lineage related schemas and APIs
            * Extra lineage from queries for BigQuery, Hive, Redshift, and Snowflake

            ### Work in progress

            * Salesforce CRM connector
            """
        let alignment = align(plan(["strategy.md": Self.openMetadataStrategy, "roadmaps/roadmap.md": roadmap]))
        let extra = try #require(alignment.items.first { $0.title.hasPrefix("Extra lineage") })
        #expect(extra.context == "Support for Lineage")
        let link = try #require(alignment.links(of: extra.id).first)
        #expect(link.priority == "data-quality-and-lineage" && link.strength >= 0.25, "\(alignment.links(of: extra.id))")
        // A heading that only places the work is no context.
        let salesforce = try #require(alignment.items.first { $0.title == "Salesforce CRM connector" })
        #expect(salesforce.context == nil)
        #expect(AlignedItem.placingWords.contains("future") && AlignedItem.placingWords.contains("features"))
    }
}
