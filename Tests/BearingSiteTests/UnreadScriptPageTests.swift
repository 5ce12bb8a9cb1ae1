import BearingAlign
import BearingModel
import BearingParse
@testable import BearingSite
import Testing

/// A Chinese roadmap (trial 25) had 24 of its 30 items "too little text to link", one by one: the alignment page says
/// once that they are written in a script inference cannot read, and what to do.
@Suite struct UnreadScriptPageTests {
    @Test("the alignment page says once why items in Chinese are not linked")
    func unreadScriptOnAlignmentPage() throws {
        let strategy = "# 战略\n\n## 战略重点\n\n- **安全与认证**：OAuth2.1、多租户、数据权限。\n- **AI 能力**：集成 Spring AI、RAG 与 Agent。\n"
        let roadmap = "# 开发路线图\n\n## 2025\n\n- 基础框架搭建\n- 组件模块化设计\n"
        let (plan, alignment) = Site.memory(["strategy.md": strategy, "roadmaps/roadmap.md": roadmap, "bearing.yml": "priorities_heading: 战略重点\n"])
        let pages = try SiteBuilder().render(plan: plan, alignment: alignment, options: .init())
        let page = try #require(pages.first { $0.0 == "alignment.html" }.map { String(decoding: $0.1, as: UTF8.self) })
        #expect(page.contains("2 of them are written in a script inference cannot read"), "\(page)")
    }
}
