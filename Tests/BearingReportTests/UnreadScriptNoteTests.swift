import BearingAlign
import BearingModel
@testable import BearingReport
import Testing

/// A Chinese roadmap (GoyacJ/Goya's, trial 25) had 24 of its 30 items "too little text to link": inference reads
/// English word vectors only, so every item written in Chinese is unread. The report said so only as a list of ids.
@Suite struct UnreadScriptNoteTests {
    static let strategy = """
        # Goya 战略

        ## 战略重点

        - **安全与认证**：OAuth2.1、多租户、数据权限，企业级安全开箱即用。
        - **AI 能力**：集成 Spring AI、LangChain4j、RAG 与 Agent，让应用具备智能。
        """
    static let roadmap = """
        # 开发路线图

        ## 2025

        - 基础框架搭建
        - 组件模块化设计
        - 多租户 Issuer 隔离
        """

    @Test("items too thin because they are in Chinese are said to be so once, with what to do, in the text report and on the site's alignment page")
    func unreadScriptSaidOnce() {
        let plan = loadWorkspace(["strategy.md": Self.strategy, "roadmaps/roadmap.md": Self.roadmap, "bearing.yml": "priorities_heading: 战略重点\n"])
        let alignment = align(plan)
        let thin = alignment.workspace?.tooLittleText ?? []
        #expect(thin.count == 3, "\(thin)")
        #expect(TextReport.unreadScriptCount(thin, alignment: alignment) == 3)
        let text = TextReport(alignment: alignment, plan: plan, quarter: nil, style: ReportStyle(color: false)).render()
        let notes = text.split(separator: "\n").filter { $0.contains("script inference cannot read") }
        #expect(notes.count == 1, "\(text)")
        #expect(notes.first?.contains("all are written in a script inference cannot read") == true, "\(text)")
        #expect(notes.first?.contains("`Priorities:`") == true)
    }

    @Test("items too thin in English get no such note")
    func englishThinItemsHaveNoNote() {
        let plan = loadWorkspace(["strategy.md": minimalStrategy, "roadmaps/roadmap.md": "# Roadmap\n\n## Now\n\n- Hiring\n- CEO\n"])
        let alignment = align(plan)
        let thin = alignment.workspace?.tooLittleText ?? []
        #expect(!thin.isEmpty)
        #expect(TextReport.unreadScriptCount(thin, alignment: alignment) == 0)
    }
}
