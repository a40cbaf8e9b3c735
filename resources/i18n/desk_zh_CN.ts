<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AgreementCommands</name>
    <message>
        <source>Draft agreement</source>
        <translation>起草协议</translation>
    </message>
    <message>
        <source>Save agreement version</source>
        <translation>保存协议新版本</translation>
    </message>
    <message>
        <source>Make version %1 final</source>
        <translation>将第 %1 版定稿</translation>
    </message>
</context>
<context>
    <name>AgreementPage</name>
    <message>
        <source>Draft from the package</source>
        <translation>依据方案起草</translation>
    </message>
    <message>
        <source>Make final</source>
        <translation>定稿</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>Export DOCX…</source>
        <translation>导出 DOCX…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Save as new version</source>
        <translation>另存为新版本</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Compare versions</source>
        <translation>版本对照</translation>
    </message>
    <message>
        <source>Sign and verify</source>
        <translation>签署与验证</translation>
    </message>
    <message>
        <source>Package: the concluded proposal.</source>
        <translation>依据方案：已达成一致的提案。</translation>
    </message>
    <message>
        <source>Package: the latest tabled proposal — not concluded, so every page is marked 草案.</source>
        <translation>依据方案：最近提出的提案——尚未达成一致，每页标注“草案”。</translation>
    </message>
    <message>
        <source>Package: the Nash solution of the analysis — nothing tabled yet, every page is marked 草案.</source>
        <translation>依据方案：分析得出的纳什谈判解——尚无提案，每页标注“草案”。</translation>
    </message>
    <message>
        <source>Version %1 carries %2 signatures. Saving an edit makes a new draft version, and the existing signatures do not cover it.</source>
        <translation>第 %1 版已有 %2 个签名。保存修改将生成新的草案版本，现有签名对新版本不具效力。</translation>
    </message>
    <message>
        <source>Draft agreement</source>
        <translation>起草协议</translation>
    </message>
    <message>
        <source>Finding the Nash package</source>
        <translation>正在计算纳什方案</translation>
    </message>
    <message>
        <source>Saved as version %1, a new draft. The %2 signatures on version %3 do not cover version %1; it must be made final and signed again.</source>
        <translation>已保存为第 %1 版（草案）。第 %3 版上的 %2 个签名对第 %1 版不具效力，须重新定稿并签署。</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <source>Export DOCX</source>
        <translation>导出 DOCX</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>已写入 %1。</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
</context>
<context>
    <name>AgreementPreview</name>
    <message>
        <source>Choose a version to preview it.</source>
        <translation>请选择要预览的版本。</translation>
    </message>
    <message>
        <source>Rendering the pages…</source>
        <translation>正在排版页面…</translation>
    </message>
    <message>
        <source>Rendering the preview</source>
        <translation>正在生成预览</translation>
    </message>
    <message>
        <source>%1 pages, as they print</source>
        <translation>共 %1 页，与打印效果一致</translation>
    </message>
</context>
<context>
    <name>AgreementVersionModel</name>
    <message>
        <source>draft</source>
        <translation>草案</translation>
    </message>
    <message>
        <source>final</source>
        <translation>定稿</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>已签署</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>依据方案</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>保存时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>concluded</source>
        <translation>已达成一致</translation>
    </message>
    <message>
        <source>draft (草案)</source>
        <translation>未达成一致（草案）</translation>
    </message>
    <message>
        <source>Not drafted from the concluded package: every page is marked 草案.</source>
        <translation>并非依据已达成一致的方案起草：每页标注“草案”。</translation>
    </message>
</context>
<context>
    <name>BandRow</name>
    <message>
        <source>no limit</source>
        <translation>不设上限</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>BandsEditor</name>
    <message>
        <source>Index up to</source>
        <translation>指数不超过</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>付款方</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>收款方</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
</context>
<context>
    <name>BargainingCommands</name>
    <message>
        <source>New session %1</source>
        <translation>新建协商会议“%1”</translation>
    </message>
    <message>
        <source>Edit session %1</source>
        <translation>修改协商会议“%1”</translation>
    </message>
    <message>
        <source>Open the next round</source>
        <translation>开始下一轮</translation>
    </message>
    <message>
        <source>Open round %1</source>
        <translation>开始第%1轮</translation>
    </message>
    <message>
        <source>Close the round and write the minutes</source>
        <translation>结束本轮并生成会议纪要</translation>
    </message>
    <message>
        <source>Table a proposal of %1</source>
        <translation>提出%1的方案</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>接受</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Counter-propose</source>
        <translation>反提案</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>BargainingPanel</name>
    <message>
        <source>New session…</source>
        <extracomment>A played rehearsal's guard: turns the user's step into its turn, or refuses it out of turn.</extracomment>
        <translation>新建会议…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>New rehearsal…</source>
        <translation>新建演练…</translation>
    </message>
    <message>
        <source>Rehearse: play your side against agents in a copy of this case, kept apart from the real record</source>
        <translation>演练：在本案卷的副本中由您扮演本方、智能体扮演其他各方，与正式记录完全分开</translation>
    </message>
    <message>
        <source>Open next round</source>
        <translation>开始下一轮</translation>
    </message>
    <message>
        <source>Comment (goes into the minutes)</source>
        <translation>意见（记入会议纪要）</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>接受</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Counter with the editor's package</source>
        <translation>以编辑器中的方案反提案</translation>
    </message>
    <message>
        <source>Notes for the minutes of this round (会议纪要)</source>
        <translation>本轮会议纪要的说明文字</translation>
    </message>
    <message>
        <source>Close round and write the minutes</source>
        <translation>结束本轮并生成会议纪要</translation>
    </message>
    <message>
        <source>Export minutes as PDF…</source>
        <translation>导出会议纪要PDF…</translation>
    </message>
    <message>
        <source>The minutes of the selected (closed) round, in the official document layout</source>
        <translation>所选（已结束）轮次的会议纪要，按公文格式排版</translation>
    </message>
    <message>
        <source>Answer the selected proposal</source>
        <translation>答复所选提案</translation>
    </message>
    <message>
        <source>Minutes of the selected round:</source>
        <translation>所选轮次的会议纪要：</translation>
    </message>
    <message>
        <source>Concluded: every signatory accepted the proposal of %1 in round %2. It is the basis of the agreement.</source>
        <translation>协商已达成：全体签约方接受了%1在第%2轮提出的方案，该方案为协议的基础。</translation>
    </message>
    <message>
        <source>chair: %1</source>
        <translation>主持：%1</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Round %1 (%2)</source>
        <translation>第%1轮（%2）</translation>
    </message>
    <message>
        <source>No session yet: create one to start recording the bargaining.</source>
        <translation>尚无协商会议：新建一次会议即可开始记录协商过程。</translation>
    </message>
    <message>
        <source>Answer proposal %1 of %2 (round %3)</source>
        <translation>答复第%3轮第%1号方案（%2提出）</translation>
    </message>
    <message>
        <source>Bargaining</source>
        <translation>协商</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>第%1次协商会议</translation>
    </message>
    <message>
        <source>Open a round first.</source>
        <translation>请先开始一轮协商。</translation>
    </message>
    <message>
        <source>Export minutes</source>
        <translation>导出会议纪要</translation>
    </message>
</context>
<context>
    <name>BatnaDialog</name>
    <message>
        <source>BATNA of %1 (confidential)</source>
        <translation>%1的BATNA（保密）</translation>
    </message>
    <message>
        <source>What does %1 get if no agreement is reached? State it issue by issue (the status quo: e.g. no compensation, the current tax split) and the utility follows from its own preferences, or type the utility.</source>
        <translation>若谈判破裂、达不成协议，%1将得到什么？可逐项填写无协议时的结果（即现状，例如不予补偿、维持现行税收分成），由其自身的偏好算出效用；也可直接输入效用。</translation>
    </message>
    <message>
        <source>No-agreement outcome, issue by issue</source>
        <translation>逐项填写无协议时的结果</translation>
    </message>
    <message>
        <source>Type the utility</source>
        <translation>直接输入效用</translation>
    </message>
    <message>
        <source>BATNA utility</source>
        <translation>BATNA效用</translation>
    </message>
    <message>
        <source>%1's BATNA utility from this outcome: %2</source>
        <translation>按此结果，%1的BATNA效用为%2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>%1 has stated no position yet: every package is worth 0 to it.</source>
        <translation>%1尚未表达任何立场：所有方案对其效用均为0。</translation>
    </message>
    <message>
        <source>0 = the worst package for %1: %2</source>
        <translation>0 = 对%1最不利的方案：%2</translation>
    </message>
    <message>
        <source>1 = its best package: %1</source>
        <translation>1 = 对其最有利的方案：%1</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <source>New case</source>
        <extracomment>submit(case, path or None when editing)</extracomment>
        <translation>新建协调事项</translation>
    </message>
    <message>
        <source>Case details</source>
        <translation>协调事项信息</translation>
    </message>
    <message>
        <source>e.g. 新安江流域生态补偿 第二轮</source>
        <translation>例如：新安江流域生态补偿 第二轮</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Case file</source>
        <translation>案卷文件</translation>
    </message>
</context>
<context>
    <name>ClauseEditor</name>
    <message>
        <source>One paragraph per line; lines starting with | are table rows.</source>
        <translation>每行一段；以 | 开头的行为表格行。</translation>
    </message>
    <message>
        <source>Edit table…</source>
        <translation>编辑表格…</translation>
    </message>
    <message>
        <source>Add clause</source>
        <translation>添加条款</translation>
    </message>
    <message>
        <source>Remove clause</source>
        <translation>删除条款</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>协议名称</translation>
    </message>
    <message>
        <source>New clause</source>
        <translation>新条款</translation>
    </message>
</context>
<context>
    <name>ClauseTableDialog</name>
    <message>
        <source>Edit table</source>
        <translation>编辑表格</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>添加行</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>删除行</translation>
    </message>
    <message>
        <source>Add column</source>
        <translation>添加列</translation>
    </message>
    <message>
        <source>Remove column</source>
        <translation>删除列</translation>
    </message>
</context>
<context>
    <name>CoalitionTableModel</name>
    <message>
        <source>Enter a value for coalition %1.</source>
        <translation>请填写联盟%1的值。</translation>
    </message>
    <message>
        <source>The value of coalition %1 is not a number.</source>
        <translation>联盟%1的值不是数字。</translation>
    </message>
    <message>
        <source>Coalition</source>
        <translation>联盟</translation>
    </message>
    <message>
        <source>Value (cost or benefit)</source>
        <translation>值（成本或收益）</translation>
    </message>
</context>
<context>
    <name>ColourButton</name>
    <message>
        <source>Party colour</source>
        <translation>主体颜色</translation>
    </message>
</context>
<context>
    <name>CommitmentTableModel</name>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>责任方</translation>
    </message>
    <message>
        <source>To</source>
        <translation>对方</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已付</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>履约事项</translation>
    </message>
    <message>
        <source>Ref.</source>
        <translation>编号</translation>
    </message>
</context>
<context>
    <name>CompensationPanel</name>
    <message>
        <source>Equal split of the surplus</source>
        <translation>剩余平均分配</translation>
    </message>
    <message>
        <source>In proportion to each party's gain</source>
        <translation>按各方收益比例分配</translation>
    </message>
    <message>
        <source>By bargaining power</source>
        <translation>按谈判力分配</translation>
    </message>
    <message>
        <source>Side payments for the selected package</source>
        <translation>所选方案的补偿支付</translation>
    </message>
    <message>
        <source>Share the surplus:</source>
        <translation>剩余分配规则：</translation>
    </message>
    <message>
        <source>Adopt as a rule</source>
        <translation>采纳为规则</translation>
    </message>
    <message>
        <source>Proposed as transfer rules</source>
        <translation>拟定的转移支付规则</translation>
    </message>
    <message>
        <source>Shapley calculator for a joint project</source>
        <translation>共建项目的沙普利值计算</translation>
    </message>
    <message>
        <source>Hidden in presentation mode: side payments reveal disagreement points.</source>
        <translation>演示模式下不显示：补偿金额会泄露各方的谈判破裂点。</translation>
    </message>
    <message>
        <source>Select a proposal or a frontier point.</source>
        <translation>请选择一个提案或前沿上的方案。</translation>
    </message>
    <message>
        <source>No side payments can make every party whole for this package.</source>
        <translation>对该方案，任何补偿支付都无法使各方不低于其破裂点。</translation>
    </message>
    <message>
        <source>Money issue: %1. Surplus over the disagreement points: %2.</source>
        <translation>资金事项：%1。超出破裂点的合作剩余：%2。</translation>
    </message>
    <message>
        <source>In %1, one-off, due by the end of the year; no larger than what the rules let each payer and the fund move.</source>
        <translation>单位：%1；一次性，年底前支付；不超过规则允许各付款方及资金池支付的数额。</translation>
    </message>
    <message>
        <source>Scaled down to %1 of the computed side payments to stay within those limits.</source>
        <translation>为不超过上述限额，已按测算补偿额的%1缩减。</translation>
    </message>
</context>
<context>
    <name>CompletenessModel</name>
    <message>
        <source>Party</source>
        <translation>协调主体</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Positions stated</source>
        <translation>已表达诉求</translation>
    </message>
    <message>
        <source>Not yet stated</source>
        <translation>尚未表达的事项</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>已齐全</translation>
    </message>
</context>
<context>
    <name>Conductor</name>
    <message>
        <source>The rehearsal cannot go on.</source>
        <translation>演练无法继续。</translation>
    </message>
    <message>
        <source>The rehearsal has ended: see the debrief, or start a new rehearsal.</source>
        <translation>演练已结束：请查看复盘，或新建演练。</translation>
    </message>
    <message>
        <source>Wait: %1 is about to answer.</source>
        <translation>请稍候：%1即将答复。</translation>
    </message>
    <message>
        <source>Wait: the rehearsal is being prepared (its exact frontier is being computed).</source>
        <extracomment>Kinds of change after which the game is replayed (the record, or the profiles the agents use).</extracomment>
        <translation>请稍候：正在准备演练（正在计算精确的帕累托前沿）。</translation>
    </message>
    <message>
        <source>In a rehearsal the rounds are opened and closed for you. %1</source>
        <translation>演练中各轮由系统开启和结束。%1</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>本轮不提</translation>
    </message>
    <message>
        <source>The pass cannot be kept beside the rehearsal (%1).</source>
        <translation>无法在演练文件旁保存“本轮不提”（%1）。</translation>
    </message>
    <message>
        <source>the mediator</source>
        <translation>协调方</translation>
    </message>
    <message>
        <source>It is %1's turn to table a proposal (or pass).</source>
        <translation>现在轮到%1提出方案（或本轮不提）。</translation>
    </message>
    <message>
        <source>It is %1's turn to answer the proposal of %2.</source>
        <translation>现在轮到%1答复%2的提案。</translation>
    </message>
</context>
<context>
    <name>ContributionModel</name>
    <message>
        <source>Issue</source>
        <translation>协商事项</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>取值</translation>
    </message>
    <message>
        <source>Score (0–1)</source>
        <translation>得分（0–1）</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>贡献</translation>
    </message>
    <message>
        <source>Within limits</source>
        <translation>在底线之内</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>DebriefView</name>
    <message>
        <source>Debrief (复盘) — %1</source>
        <translation>复盘 —— %1</translation>
    </message>
    <message>
        <source>Debrief report (PDF)…</source>
        <translation>复盘报告（PDF）…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Still in play (round %1 of %2); the debrief so far.</source>
        <translation>演练仍在进行（第%1轮，共%2轮）；以下为目前的复盘。</translation>
    </message>
    <message>
        <source>Agreement in round %1.</source>
        <translation>第%1轮达成一致。</translation>
    </message>
    <message>
        <source>No agreement within %1 rounds: every party keeps its BATNA.</source>
        <translation>%1轮内未达成一致：各方保留破裂点。</translation>
    </message>
    <message>
        <source>%1 You played %2. Utilities: %3.</source>
        <translation>%1您扮演%2。各方效用：%3。</translation>
    </message>
    <message>
        <source>Nash</source>
        <translation>纳什解</translation>
    </message>
    <message>
        <source>Kalai–Smorodinsky</source>
        <translation>K-S解（卡莱-斯莫罗丁斯基）</translation>
    </message>
    <message>
        <source>Egalitarian</source>
        <translation>平等主义解</translation>
    </message>
    <message>
        <source>The deal</source>
        <translation>达成方案</translation>
    </message>
    <message>
        <source>In brackets: what each party gained by the deal compared with the solution (negative: it got less).</source>
        <translation>括号内：与该解相比，各方从达成方案中多得的效用（负数表示少得）。</translation>
    </message>
    <message>
        <source>Distance from the deal</source>
        <translation>与达成方案的距离</translation>
    </message>
    <message>
        <source>%1, round %2: asked for %3 but the deal gave it %4 — %5 conceded that was not needed.</source>
        <translation>%1第%2轮只要求%3，而最终方案给了它%4 —— 多让了%5，这一让步并无必要。</translation>
    </message>
    <message>
        <source>None: no party offered less than it finally got.</source>
        <translation>无：没有一方的出价低于其最终所得。</translation>
    </message>
    <message>
        <source>No deal, so nothing to improve on: see the curves above.</source>
        <translation>未达成协议，无可改进的方案：请看上方曲线。</translation>
    </message>
    <message>
        <source>None: the deal lies on the Pareto frontier.</source>
        <translation>无：达成方案位于帕累托前沿。</translation>
    </message>
    <message>
        <source>%1 frontier packages are at least as good for every party. The most each could still gain: %2; all at once: +%3.</source>
        <translation>有%1个前沿方案对各方都不差。各方最多还可多得：%2；各方可同时多得：+%3。</translation>
    </message>
    <message>
        <source>The deal against the bargaining solutions</source>
        <translation>达成方案与各谈判解的比较</translation>
    </message>
    <message>
        <source>Needless concessions</source>
        <translation>不必要的让步</translation>
    </message>
    <message>
        <source>Value left on the table</source>
        <translation>遗留在桌上的价值</translation>
    </message>
    <message>
        <source>Debrief report</source>
        <translation>复盘报告</translation>
    </message>
    <message>
        <source>(you)</source>
        <translation>（您）</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>已写入%1</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Decide the dispute</source>
        <translation>裁定争议</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>争议事项</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>裁定结果</translation>
    </message>
    <message>
        <source>Amount awarded</source>
        <translation>裁定金额</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>裁定理由</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>裁定日期</translation>
    </message>
</context>
<context>
    <name>DeductionForm</name>
    <message>
        <source>A share of the party's allocation per section</source>
        <translation>按该方分配额分摊到每个断面</translation>
    </message>
    <message>
        <source>A fixed amount</source>
        <translation>固定金额</translation>
    </message>
    <message>
        <source>Deduction per failure</source>
        <translation>每次不达标扣减</translation>
    </message>
    <message>
        <source>The other recipients, by allocation</source>
        <translation>其他受益方（按分配比例）</translation>
    </message>
</context>
<context>
    <name>DemandDialog</name>
    <message>
        <source>Demand of %1 on %2</source>
        <extracomment>submit(demand, new evidence files, ids of attachments to remove)</extracomment>
        <translation>%1 关于“%2”的利益诉求</translation>
    </message>
    <message>
        <source>between %1 and %2</source>
        <translation>介于 %1 与 %2 之间</translation>
    </message>
    <message>
        <source>optional; %1</source>
        <translation>可不填；%1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>One reference per line (document, statistic, law)</source>
        <translation>每行一条依据（文件、统计数据、法规）</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>附加文件…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>协调主体</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>协商事项</translation>
    </message>
    <message>
        <source>Ideal value</source>
        <translation>理想值</translation>
    </message>
    <message>
        <source>Reservation</source>
        <translation>保留值</translation>
    </message>
    <message>
        <source>Hidden in presentation mode.</source>
        <translation>演示模式下不显示。</translation>
    </message>
    <message>
        <source>Reservation (confidential)</source>
        <translation>保留值（保密）</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>证据文件</translation>
    </message>
</context>
<context>
    <name>DemandGridModel</name>
    <message>
        <source>— not stated —</source>
        <translation>— 未表达 —</translation>
    </message>
    <message>
        <source>(floor %1)</source>
        <translation>（底线 %1）</translation>
    </message>
    <message>
        <source>Ideal: %1</source>
        <translation>理想值：%1</translation>
    </message>
    <message>
        <source>Reservation: %1</source>
        <translation>保留值：%1</translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation>优先级：%1</translation>
    </message>
</context>
<context>
    <name>DemandHistoryModel</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>协调主体</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>协商事项</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Ideal</source>
        <translation>理想值</translation>
    </message>
    <message>
        <source>Reservation</source>
        <translation>保留值</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>stated</source>
        <translation>提出</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>撤回</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>恢复</translation>
    </message>
</context>
<context>
    <name>DemandsPage</name>
    <message>
        <source>State or change position…</source>
        <translation>表达或修改诉求…</translation>
    </message>
    <message>
        <source>Withdraw position</source>
        <translation>撤回诉求</translation>
    </message>
    <message>
        <source>Weights…</source>
        <translation>权重…</translation>
    </message>
    <message>
        <source>Weights of the selected party's issues, by swing weighting or pairwise comparison</source>
        <translation>以摆幅赋权法或两两比较法测定所选主体各事项的权重</translation>
    </message>
    <message>
        <source>Scores…</source>
        <translation>评分…</translation>
    </message>
    <message>
        <source>Rate every option (discrete issue) or shape the value function (numeric issue) of the selected cell's party</source>
        <translation>为所选单元格的主体给每个选项评分（离散事项），或设定价值函数（数值事项）</translation>
    </message>
    <message>
        <source>BATNA…</source>
        <translation>BATNA…</translation>
    </message>
    <message>
        <source>What the selected party gets if no agreement is reached (confidential): the outcome issue by issue, or the utility</source>
        <translation>所选参与方在达不成协议时得到什么（保密）：逐项的结果，或直接给出效用</translation>
    </message>
    <message>
        <source>Only the selected cell</source>
        <translation>仅显示所选单元格</translation>
    </message>
    <message>
        <source>History of demands (who changed what, when)</source>
        <translation>诉求变更记录（谁在何时改了什么）</translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation>附加证据文件</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>%1 has stated fewer than two positions: there is nothing to weigh yet.</source>
        <translation>%1表达的诉求少于两项，尚无可赋权的事项。</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>BATNA</source>
        <translation>BATNA</translation>
    </message>
</context>
<context>
    <name>DisputeDialog</name>
    <message>
        <source>Raise a dispute</source>
        <translation>提出争议</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>主张方</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>被主张方</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>争议事项</translation>
    </message>
    <message>
        <source>Amount claimed</source>
        <translation>主张金额</translation>
    </message>
    <message>
        <source>About</source>
        <translation>涉及履约事项</translation>
    </message>
    <message>
        <source>Raised on</source>
        <translation>提出日期</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>解决层级</translation>
    </message>
    <message>
        <source>Choose two different parties.</source>
        <translation>请选择两个不同的协调主体。</translation>
    </message>
</context>
<context>
    <name>DisputeTableModel</name>
    <message>
        <source>Parties</source>
        <translation>争议双方</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>争议事项</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>本级期限</translation>
    </message>
    <message>
        <source> (passed)</source>
        <translation>（已过期）</translation>
    </message>
</context>
<context>
    <name>DisputesPanel</name>
    <message>
        <source>Raise…</source>
        <translation>提出争议…</translation>
    </message>
    <message>
        <source>Escalate…</source>
        <translation>提请上级…</translation>
    </message>
    <message>
        <source>Decide…</source>
        <translation>裁定…</translation>
    </message>
    <message>
        <source>Letter to the arbiter…</source>
        <translation>提请裁定函…</translation>
    </message>
    <message>
        <source>Draft the letter asking the current arbiter to decide (PDF)</source>
        <translation>起草提请当前裁定机关裁定的函（PDF）</translation>
    </message>
    <message>
        <source>No dispute has been raised.</source>
        <translation>尚无争议。</translation>
    </message>
    <message>
        <source>Escalation chain</source>
        <translation>争议解决层级</translation>
    </message>
    <message>
        <source>— deadline passed</source>
        <translation>—— 已超过期限</translation>
    </message>
    <message>
        <source>√ %1 (%2): %3 – %4, deadline %5</source>
        <translation>√ %1（%2）：%3 至 %4，期限 %5</translation>
    </message>
    <message>
        <source>● %1 (%2): since %3, decide by %4</source>
        <translation>● %1（%2）：%3 起，应于 %4 前裁定</translation>
    </message>
    <message>
        <source>○ %1 (%2): next if not settled</source>
        <translation>○ %1（%2）：未解决时提请</translation>
    </message>
    <message>
        <source>Decision on %1: %2, %3. %4</source>
        <translation>%1 裁定：%2，%3。%4</translation>
    </message>
</context>
<context>
    <name>DutyDialog</name>
    <message>
        <source>Duty</source>
        <translation>其他义务</translation>
    </message>
    <message>
        <source>Edit duty</source>
        <translation>修改义务</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>完成期限</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>责任方</translation>
    </message>
    <message>
        <source>Deliverable</source>
        <translation>义务内容</translation>
    </message>
</context>
<context>
    <name>ElicitationCommands</name>
    <message>
        <source>Weights of %1</source>
        <translation>设定%1的权重</translation>
    </message>
    <message>
        <source>Scores of %1 on %2</source>
        <translation>设定%1对“%2”的评分</translation>
    </message>
    <message>
        <source>BATNA of %1</source>
        <translation>%1的BATNA</translation>
    </message>
</context>
<context>
    <name>ElicitationText</name>
    <message>
        <source>Weights by swing weighting: points %1 (of %2 in all) → weights %3.</source>
        <translation>权重来自摆幅赋权：各事项得分 %1（合计 %2）→ 权重 %3。</translation>
    </message>
    <message>
        <source>Weights by pairwise comparison (AHP): %1 → weights %2.</source>
        <translation>权重来自两两比较（层次分析法）：%1 → 权重 %2。</translation>
    </message>
    <message>
        <source>Weights set by hand: %1.</source>
        <translation>权重为手动设定：%1。</translation>
    </message>
    <message>
        <source>Scores of %1 from ratings (best 1, worst 0): %2.</source>
        <translation>“%1”各选项得分来自评分（最佳为1，最差为0）：%2。</translation>
    </message>
    <message>
        <source>Value function of %1 through the points %2.</source>
        <translation>“%1”的价值函数经过各点 %2。</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>the bargaining is concluded: every signatory accepted a proposal</source>
        <extracomment>Fixed messages of the services' own errors (not validation errors) that reach the user, e.g. when an undo or redo is refused; translated by their English text.</extracomment>
        <translation>协商已达成一致：各签约方均已接受同一方案。</translation>
    </message>
    <message>
        <source>this round is closed; open a new round to table proposals</source>
        <translation>本轮已结束，请开始新一轮后再提出方案。</translation>
    </message>
    <message>
        <source>the round of this proposal is closed</source>
        <translation>该方案所在轮次已结束。</translation>
    </message>
    <message>
        <source>close the current round before opening the next one</source>
        <translation>请先结束当前轮次，再开始下一轮。</translation>
    </message>
    <message>
        <source>this version carries signatures; edit it to make a new draft instead</source>
        <translation>该版本已有签名；如需修改，请编辑后另存为新的草案。</translation>
    </message>
    <message>
        <source>only an agreement on the concluded package can be made final: conclude the bargaining (every signatory accepts a proposal) and draft again</source>
        <translation>只有根据达成一致的方案起草的协议才能定稿：请先达成一致（各签约方接受同一方案），再重新起草。</translation>
    </message>
    <message>
        <source>the case has no issues, so there is no package to draft from</source>
        <translation>本案尚无协商事项，无从起草方案。</translation>
    </message>
    <message>
        <source>no such round in this case</source>
        <translation>本案中没有该轮次。</translation>
    </message>
    <message>
        <source>the case has no concluded package yet: nothing is due before the parties agree</source>
        <extracomment>The monitoring services' fixed refusals, translated where they reach the user (desk.ui.validation_text).</extracomment>
        <translation>本案尚无达成一致的方案：各方达成一致前没有履约事项</translation>
    </message>
    <message>
        <source>the commitment is already waived</source>
        <translation>该履约事项已豁免</translation>
    </message>
    <message>
        <source>the commitment is not waived</source>
        <translation>该履约事项未被豁免</translation>
    </message>
    <message>
        <source>only a payment or an award can be paid; a reading is reported</source>
        <translation>只有资金拨付和裁定给付可登记付款；监测数据应报送</translation>
    </message>
    <message>
        <source>the dispute is already decided</source>
        <translation>该争议已裁定</translation>
    </message>
    <message>
        <source>a decision needs its reasoning</source>
        <translation>裁定须说明理由</translation>
    </message>
    <message>
        <source>a rejected claim awards no amount</source>
        <translation>驳回的主张不裁定金额</translation>
    </message>
    <message>
        <source>a partly upheld claim needs the amount awarded</source>
        <translation>部分支持须写明裁定金额</translation>
    </message>
    <message>
        <source>a partly upheld claim awards less than the claim; use upheld for the whole claim</source>
        <translation>部分支持的裁定金额应低于主张金额；全额支持请选“支持”</translation>
    </message>
    <message>
        <source>the dispute states no money unit, so no amount can be awarded</source>
        <translation>该争议未载明金额单位，不能裁定金额</translation>
    </message>
    <message>
        <source>the dispute is already at the top of the hierarchy: no higher level among the case's parties</source>
        <translation>该争议已在最高层级：本案的协调主体中没有更高一级</translation>
    </message>
    <message>
        <source>the dispute is already at the joint conference: no higher level among the case's parties; add their common superior as a party</source>
        <translation>本案的协调主体中没有双方的共同上级：请将其共同上级添加为协调主体</translation>
    </message>
    <message>
        <source>a dispute needs at least two different parties</source>
        <translation>争议须有两个不同的协调主体</translation>
    </message>
    <message>
        <source>the commitment names no party of the case (add the secretariat as a party to waive it)</source>
        <translation>该履约事项未指明本案的协调主体（请将秘书处添加为协调主体后再豁免）</translation>
    </message>
    <message>
        <source>the duty's owner is not a party of this case</source>
        <translation>该义务的责任方不是本案的协调主体</translation>
    </message>
</context>
<context>
    <name>ExceptionDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <source>Something went wrong. Your work up to the last change is saved in the case file.</source>
        <translation>程序出现错误。截至最后一次修改的工作已保存在案卷文件中。</translation>
    </message>
    <message>
        <source>%1

Details are in the log file:
%2</source>
        <translation>%1

详细信息见日志文件：
%2</translation>
    </message>
</context>
<context>
    <name>ExplainDialog</name>
    <message>
        <source>Why %1 values this package at %2</source>
        <translation>为什么%1对该方案的效用为%2</translation>
    </message>
    <message>
        <source>Utility = sum of weight × score over the issues = %1.</source>
        <translation>效用 = 各事项“权重 × 得分”之和 = %1。</translation>
    </message>
    <message>
        <source>Disagreement point (no agreement): %1.</source>
        <translation>谈判破裂点（不达成协议时）：%1。</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>&amp;New case…</source>
        <translation>新建协调事项(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>另存副本(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Import bundle…</source>
        <translation>导入案卷包(&amp;I)…</translation>
    </message>
    <message>
        <source>Import &amp;GENIUS domain…</source>
        <translation>导入GENIUS谈判域(&amp;G)…</translation>
    </message>
    <message>
        <source>Export bundle (&amp;full)…</source>
        <translation>导出案卷包（完整）(&amp;F)…</translation>
    </message>
    <message>
        <source>Export bundle (&amp;redacted, for other parties)…</source>
        <translation>导出案卷包（脱密，供其他各方）(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>(no recent files)</source>
        <translation>（无最近文件）</translation>
    </message>
    <message>
        <source>New case file</source>
        <extracomment>The folder for case files under the user's documents folder.</extracomment>
        <translation>新案卷文件</translation>
    </message>
    <message>
        <source>Open case file</source>
        <translation>打开案卷文件</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>另存副本</translation>
    </message>
    <message>
        <source>Copy saved to %1</source>
        <translation>副本已保存到 %1</translation>
    </message>
    <message>
        <source>Export redacted bundle</source>
        <translation>导出脱密案卷包</translation>
    </message>
    <message>
        <source>Export full bundle</source>
        <translation>导出完整案卷包</translation>
    </message>
    <message>
        <source>Bundle written to %1</source>
        <translation>案卷包已写入 %1</translation>
    </message>
    <message>
        <source>Import bundle</source>
        <translation>导入案卷包</translation>
    </message>
    <message>
        <source>New case file for the bundle</source>
        <translation>为案卷包新建案卷文件</translation>
    </message>
    <message>
        <source>Import GENIUS domain</source>
        <translation>导入GENIUS谈判域</translation>
    </message>
    <message>
        <source>GENIUS domain and profile files (choose them together)</source>
        <translation>GENIUS谈判域及各方偏好文件（一并选择）</translation>
    </message>
    <message>
        <source>New case file for the GENIUS domain</source>
        <translation>为GENIUS谈判域新建案卷文件</translation>
    </message>
    <message>
        <source>%1: the weights sum to %2; they were normalised to 1, so its utilities are divided by %2.</source>
        <translation>%1：权重之和为%2，已归一化为1，其效用相应除以%2。</translation>
    </message>
    <message>
        <source>Discount factors are ignored: %1.</source>
        <translation>已忽略贴现因子：%1。</translation>
    </message>
    <message>
        <source>About Concord Desk</source>
        <translation>关于区际协商台</translation>
    </message>
    <message>
        <source>Concord Desk (区际协商台) %1
Negotiation support for inter-regional benefit coordination.</source>
        <translation>区际协商台（Concord Desk）%1
区际利益协调协商支持工具。</translation>
    </message>
</context>
<context>
    <name>FixedTransferForm</name>
    <message>
        <source>Once, on a date</source>
        <translation>一次性（于某日前）</translation>
    </message>
    <message>
        <source>Every year over a term</source>
        <translation>期限内每年</translation>
    </message>
    <message>
        <source>In instalments</source>
        <translation>分期</translation>
    </message>
    <message>
        <source>When</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <source>Instalments</source>
        <translation>分期安排</translation>
    </message>
</context>
<context>
    <name>FrontierView</name>
    <message>
        <source>More parties…</source>
        <translation>更多主体…</translation>
    </message>
    <message>
        <source>Add parties to the multi-party view (parallel coordinates)</source>
        <translation>把更多主体加入多方视图（平行坐标）</translation>
    </message>
    <message>
        <source>Export chart…</source>
        <translation>导出图表…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The chart appears when this page is shown.</source>
        <translation>打开本页时显示图表。</translation>
    </message>
    <message>
        <source>Two parties</source>
        <translation>两方视图</translation>
    </message>
    <message>
        <source>Horizontal:</source>
        <translation>横轴：</translation>
    </message>
    <message>
        <source>Vertical:</source>
        <translation>纵轴：</translation>
    </message>
    <message>
        <source>Choose two different parties.</source>
        <translation>请选择两个不同的主体。</translation>
    </message>
    <message>
        <source>All chosen parties</source>
        <translation>多方视图</translation>
    </message>
    <message>
        <source>Frontier: %1 packages; %2 possible packages in all.</source>
        <translation>前沿：%1个方案；可能方案共%2个。</translation>
    </message>
    <message>
        <source>Computing the frontier…</source>
        <translation>正在计算帕累托前沿…</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <source>User &amp;manual</source>
        <translation>使用手册(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>快捷键(&amp;K)</translation>
    </message>
</context>
<context>
    <name>ImprovementPanel</name>
    <message>
        <source>Load the best package into the editor</source>
        <translation>把最佳改进方案载入编辑器</translation>
    </message>
    <message>
        <source>Frontier packages that beat it:</source>
        <translation>优于它的前沿方案：</translation>
    </message>
    <message>
        <source>Most each party can gain (no one loses):</source>
        <translation>各方最多可增加（无人受损）：</translation>
    </message>
    <message>
        <source>Distance to the frontier:</source>
        <translation>与前沿的距离：</translation>
    </message>
    <message>
        <source>Select a proposal (or edit one) to see what is left on the table.</source>
        <translation>选择（或编辑）一个提案，查看还有多少改进空间。</translation>
    </message>
    <message>
        <source>On the frontier: no party can gain without another losing.</source>
        <translation>已在帕累托前沿上：任何一方多得都会使另一方受损。</translation>
    </message>
    <message>
        <source>Nothing beats it on the frontier, but it is below some party's disagreement point or limits.</source>
        <translation>前沿上没有优于它的方案，但它低于某一方的破裂点或底线。</translation>
    </message>
    <message>
        <source>Every party can gain; %1 gains most (+%2) from moving %3 to %4.</source>
        <translation>各方都还能多得；把“%3”改为%4，%1获益最多（+%2）。</translation>
    </message>
    <message>
        <source>Some can gain and no one loses; %1 gains most (+%2) from moving %3 to %4.</source>
        <translation>有一方能多得且无人受损；把“%3”改为%4，%1获益最多（+%2）。</translation>
    </message>
</context>
<context>
    <name>IndexTransferForm</name>
    <message>
        <source>P = K0 × Σ(ki × Ci / Ci0) over indicators</source>
        <translation>P = K0 × Σ(ki × Ci / Ci0)（多项指标加权）</translation>
    </message>
    <message>
        <source>One indicator's yearly value</source>
        <translation>单项指标的年度值</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>考核指数</translation>
    </message>
    <message>
        <source>Decided by the option chosen for %1 (kept as stated)</source>
        <translation>由协商事项“%1”所选选项决定（保持原设定）</translation>
    </message>
</context>
<context>
    <name>Interaction</name>
    <message>
        <source>Open read-only</source>
        <extracomment>Says why a typed passphrase is refused (e.g. "wrong passphrase"), or None to accept it.</extracomment>
        <translation>以只读方式打开</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <source>New issue</source>
        <translation>新建协商事项</translation>
    </message>
    <message>
        <source>Edit issue</source>
        <translation>编辑协商事项</translation>
    </message>
    <message>
        <source>e.g. %, 亿元, years</source>
        <translation>例如：%、亿元、年</translation>
    </message>
    <message>
        <source>(not a payment)</source>
        <translation>（非支付事项）</translation>
    </message>
    <message>
        <source>(the joint compensation fund)</source>
        <translation>（补偿资金专户）</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>最小值</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>最大值</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步长</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>支付方</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>收款方</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>IssueTableModel</name>
    <message>
        <source>Issue</source>
        <extracomment>The ids of all issues in the order the user dropped them into.</extracomment>
        <translation>协商事项</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Range or options</source>
        <translation>取值范围或选项</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
</context>
<context>
    <name>IssuesPage</name>
    <message>
        <source>Add issue…</source>
        <translation>新增事项…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Delete %1 and the %2 demands on it? (Edit → Undo brings them back.)</source>
        <translation>删除“%1”及其上的 %2 条诉求？（可用“编辑 → 撤销”恢复。）</translation>
    </message>
    <message>
        <source>Delete issue</source>
        <translation>删除协商事项</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Central government</source>
        <translation>中央政府</translation>
    </message>
    <message>
        <source>Provincial government</source>
        <translation>省级政府</translation>
    </message>
    <message>
        <source>Municipal government</source>
        <translation>市级政府</translation>
    </message>
    <message>
        <source>County government</source>
        <translation>县级政府</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>NGO</source>
        <translation>社会组织</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>联席会议办公室</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>签约方</translation>
    </message>
    <message>
        <source>Consulted</source>
        <translation>咨询方</translation>
    </message>
    <message>
        <source>Arbiter</source>
        <translation>裁定方</translation>
    </message>
    <message>
        <source>Mediator</source>
        <translation>协调方</translation>
    </message>
    <message>
        <source>Numeric range</source>
        <translation>数值区间</translation>
    </message>
    <message>
        <source>Discrete options</source>
        <translation>离散选项</translation>
    </message>
    <message>
        <source>Benefit sharing</source>
        <translation>利益分享</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>补偿</translation>
    </message>
    <message>
        <source>Cost sharing</source>
        <translation>成本分担</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>统计核算</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>监测</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>case created</source>
        <translation>创建协调事项</translation>
    </message>
    <message>
        <source>case details changed</source>
        <translation>修改协调事项信息</translation>
    </message>
    <message>
        <source>party added</source>
        <translation>新增协调主体</translation>
    </message>
    <message>
        <source>party changed</source>
        <translation>修改协调主体</translation>
    </message>
    <message>
        <source>party deleted</source>
        <translation>删除协调主体</translation>
    </message>
    <message>
        <source>party restored</source>
        <translation>恢复协调主体</translation>
    </message>
    <message>
        <source>BATNA set (no-agreement outcome)</source>
        <translation>设定BATNA（无协议结果）</translation>
    </message>
    <message>
        <source>parties reordered</source>
        <translation>调整主体顺序</translation>
    </message>
    <message>
        <source>issue added</source>
        <translation>新增协商事项</translation>
    </message>
    <message>
        <source>issue changed</source>
        <translation>修改协商事项</translation>
    </message>
    <message>
        <source>issue deleted</source>
        <translation>删除协商事项</translation>
    </message>
    <message>
        <source>issue restored</source>
        <translation>恢复协商事项</translation>
    </message>
    <message>
        <source>issues reordered</source>
        <translation>调整事项顺序</translation>
    </message>
    <message>
        <source>position stated</source>
        <translation>表达诉求</translation>
    </message>
    <message>
        <source>position changed</source>
        <translation>修改诉求</translation>
    </message>
    <message>
        <source>position withdrawn</source>
        <translation>撤回诉求</translation>
    </message>
    <message>
        <source>evidence file attached</source>
        <translation>附加证据文件</translation>
    </message>
    <message>
        <source>evidence file removed</source>
        <translation>移除证据文件</translation>
    </message>
    <message>
        <source>position restored</source>
        <translation>诉求已恢复</translation>
    </message>
    <message>
        <source>session created</source>
        <translation>新建协商会议</translation>
    </message>
    <message>
        <source>session changed</source>
        <translation>修改协商会议</translation>
    </message>
    <message>
        <source>session withdrawn</source>
        <translation>撤回协商会议</translation>
    </message>
    <message>
        <source>session restored</source>
        <translation>恢复协商会议</translation>
    </message>
    <message>
        <source>round opened</source>
        <translation>开始新一轮</translation>
    </message>
    <message>
        <source>round closed, minutes written</source>
        <translation>结束本轮并生成会议纪要</translation>
    </message>
    <message>
        <source>round reopened</source>
        <translation>重新开启轮次</translation>
    </message>
    <message>
        <source>round withdrawn</source>
        <translation>撤回轮次</translation>
    </message>
    <message>
        <source>round restored</source>
        <translation>恢复轮次</translation>
    </message>
    <message>
        <source>proposal tabled</source>
        <translation>提出方案</translation>
    </message>
    <message>
        <source>proposal withdrawn</source>
        <translation>撤回方案</translation>
    </message>
    <message>
        <source>proposal restored</source>
        <translation>恢复方案</translation>
    </message>
    <message>
        <source>answer recorded</source>
        <translation>记录答复</translation>
    </message>
    <message>
        <source>answer withdrawn</source>
        <translation>撤回答复</translation>
    </message>
    <message>
        <source>agreement reached on a proposal</source>
        <translation>就方案达成一致</translation>
    </message>
    <message>
        <source>bargaining reopened</source>
        <translation>重新开启协商</translation>
    </message>
    <message>
        <source>agreement version saved</source>
        <translation>保存协议版本</translation>
    </message>
    <message>
        <source>agreement version withdrawn</source>
        <translation>撤回协议版本</translation>
    </message>
    <message>
        <source>agreement status changed</source>
        <translation>协议状态变更</translation>
    </message>
    <message>
        <source>signature recorded</source>
        <translation>记录签署</translation>
    </message>
    <message>
        <source>secretariat certificate authority created</source>
        <translation>创建联席办证书机构</translation>
    </message>
    <message>
        <source>delegate signing identity issued</source>
        <translation>签发代表签名身份</translation>
    </message>
    <message>
        <source>certificate authority trusted</source>
        <translation>信任证书机构</translation>
    </message>
    <message>
        <source>delegate certificate bound to its party</source>
        <translation>代表证书与所属主体绑定</translation>
    </message>
    <message>
        <source>preferences elicited</source>
        <translation>偏好测评</translation>
    </message>
    <message>
        <source>indicator added</source>
        <translation>新增考核指标</translation>
    </message>
    <message>
        <source>indicator changed</source>
        <translation>修改考核指标</translation>
    </message>
    <message>
        <source>indicator deleted</source>
        <translation>删除考核指标</translation>
    </message>
    <message>
        <source>benefit rule added</source>
        <translation>新增分享与补偿规则</translation>
    </message>
    <message>
        <source>benefit rule changed</source>
        <translation>修改分享与补偿规则</translation>
    </message>
    <message>
        <source>benefit rule deleted</source>
        <translation>删除分享与补偿规则</translation>
    </message>
    <message>
        <source>reading recorded</source>
        <translation>记录监测数据</translation>
    </message>
    <message>
        <source>reading changed</source>
        <translation>修改监测数据</translation>
    </message>
    <message>
        <source>reading deleted</source>
        <translation>删除监测数据</translation>
    </message>
    <message>
        <source>readings imported</source>
        <translation>导入监测数据</translation>
    </message>
    <message>
        <source>rows lost outside the app restored from the audit log</source>
        <translation>按审计日志恢复在本软件之外丢失的记录</translation>
    </message>
    <message>
        <source>reading scenario added</source>
        <translation>新增数据情景</translation>
    </message>
    <message>
        <source>reading scenario changed</source>
        <translation>修改数据情景</translation>
    </message>
    <message>
        <source>reading scenario deleted</source>
        <translation>删除数据情景</translation>
    </message>
    <message>
        <source>reading scenario restored</source>
        <translation>恢复数据情景</translation>
    </message>
    <message>
        <source>reading scenario imported</source>
        <translation>导入数据情景</translation>
    </message>
    <message>
        <source>scenario reading entered</source>
        <translation>录入情景数据</translation>
    </message>
    <message>
        <source>scenario reading changed</source>
        <translation>修改情景数据</translation>
    </message>
    <message>
        <source>scenario reading deleted</source>
        <translation>删除情景数据</translation>
    </message>
    <message>
        <source>scenario reading imported</source>
        <translation>导入情景数据</translation>
    </message>
    <message>
        <source>scenario readings imported</source>
        <translation>批量导入情景数据</translation>
    </message>
    <message>
        <source>scenario readings copied</source>
        <translation>复制情景数据</translation>
    </message>
    <message>
        <source>scenario readings restored</source>
        <translation>恢复情景数据</translation>
    </message>
    <message>
        <source>readings import undone</source>
        <translation>撤销监测数据导入</translation>
    </message>
    <message>
        <source>scenario readings import undone</source>
        <translation>撤销情景数据导入</translation>
    </message>
    <message>
        <source>commitment waived</source>
        <translation>豁免履约事项</translation>
    </message>
    <message>
        <source>commitment waiver withdrawn</source>
        <translation>撤销履约事项豁免</translation>
    </message>
    <message>
        <source>payment recorded</source>
        <translation>记录付款</translation>
    </message>
    <message>
        <source>payment record deleted</source>
        <translation>删除付款记录</translation>
    </message>
    <message>
        <source>dispute raised</source>
        <translation>提起争议</translation>
    </message>
    <message>
        <source>dispute escalated</source>
        <translation>争议提请上级裁定</translation>
    </message>
    <message>
        <source>dispute decided</source>
        <translation>争议裁定</translation>
    </message>
    <message>
        <source>dispute step undone or redone</source>
        <translation>争议处理步骤撤销或重做</translation>
    </message>
    <message>
        <source>dispute withdrawn</source>
        <translation>撤回争议</translation>
    </message>
    <message>
        <source>duty added</source>
        <translation>新增履约义务</translation>
    </message>
    <message>
        <source>duty changed</source>
        <translation>修改履约义务</translation>
    </message>
    <message>
        <source>duty deleted</source>
        <translation>删除履约义务</translation>
    </message>
    <message>
        <source>monitoring terms saved</source>
        <translation>保存履约监督期限设置</translation>
    </message>
    <message>
        <source>evaluation findings recorded</source>
        <translation>录入评估意见</translation>
    </message>
    <message>
        <source>evaluation findings removed</source>
        <translation>删除评估意见</translation>
    </message>
    <message>
        <source>duty marked done</source>
        <translation>标记履约事项已完成</translation>
    </message>
    <message>
        <source>round linked (previous or next case file)</source>
        <translation>关联上一轮或下一轮案卷</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>PRESENTATION MODE — confidential values are hidden (F8 to leave)</source>
        <translation>演示模式 — 保密信息已隐藏（按 F8 退出）</translation>
    </message>
    <message>
        <source>演练 REHEARSAL — this file is a rehearsal kept beside the case, not the real record; delete it when it has served.</source>
        <translation>演练 —— 本文件是保存在案卷旁的演练记录，不属于正式记录；用完即可删除。</translation>
    </message>
    <message>
        <source>Read-only: nothing can be changed in this window.</source>
        <translation>只读：本窗口中不能做任何修改。</translation>
    </message>
    <message>
        <source>Every change is saved as you make it.</source>
        <translation>每项修改都会即时保存。</translation>
    </message>
    <message>
        <source>Another program saved a change to this file: shown again as it is now.</source>
        <translation>另一个程序保存了对此文件的修改：已按最新内容重新显示。</translation>
    </message>
    <message>
        <source>READ-ONLY — another program is editing this file; this window follows its saved changes and cannot edit.</source>
        <translation>只读 — 另一个程序正在编辑此文件；本窗口随其保存的修改更新，不能在此修改。</translation>
    </message>
    <message>
        <source>Edit now</source>
        <translation>改为可编辑</translation>
    </message>
    <message>
        <source>Open the file for editing (once the other program has closed it)</source>
        <translation>以可编辑方式打开此文件（需另一个程序已关闭它）</translation>
    </message>
    <message>
        <source>“%1” cannot be undone or redone now: %2 It was taken off the undo history.</source>
        <translation>现在无法撤销或重做“%1”：%2该步骤已从撤销记录中移除。</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Presentation mode</source>
        <translation>演示模式</translation>
    </message>
    <message>
        <source>Opening the case file…</source>
        <translation>正在打开案例文件…</translation>
    </message>
    <message>
        <source>Hide every confidential value, for the projector (F8)</source>
        <translation>隐藏全部保密信息，用于投影（F8）</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>Case details…</source>
        <translation>协调事项信息…</translation>
    </message>
    <message>
        <source>Preferences…</source>
        <translation>偏好设置…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source> [presentation]</source>
        <translation> [演示]</translation>
    </message>
    <message>
        <source>Concord Desk</source>
        <extracomment>Text is this much larger in presentation mode on a screen at least this tall (px): readable from the back of a meeting room on a projector, while the window still fits (a 1366 × 768 laptop keeps desktop sizes). The banner of a rehearsal's sandbox file (演练): the rehearsal page's colour.</extracomment>
        <translation>区际协商台</translation>
    </message>
    <message>
        <source> [read-only]</source>
        <translation> [只读]</translation>
    </message>
    <message>
        <source>Secretariat view</source>
        <translation>秘书处视图</translation>
    </message>
</context>
<context>
    <name>ManualWindow</name>
    <message>
        <source>User manual — Concord Desk</source>
        <translation>使用手册 — 区际协商台</translation>
    </message>
    <message>
        <source>The manual is missing from this installation (%1).</source>
        <translation>本安装中缺少使用手册（%1）。</translation>
    </message>
</context>
<context>
    <name>MoneyPanel</name>
    <message>
        <source>The readings the payments are computed with: those reported, or a named scenario of the case</source>
        <extracomment>the figures shown now match the inputs (emitted after each computation, also a failed one)</extracomment>
        <translation>计算支付所用的监测数据：报送数据，或本案的某个数据情景</translation>
    </message>
    <message>
        <source>Pin the selected package as B</source>
        <translation>将所选方案设为对照方案B</translation>
    </message>
    <message>
        <source>Readings</source>
        <translation>计算依据</translation>
    </message>
    <message>
        <source>Reported readings (报送数据)</source>
        <translation>报送数据</translation>
    </message>
    <message>
        <source>the reported readings</source>
        <translation>报送数据</translation>
    </message>
    <message>
        <source>the scenario “%1”</source>
        <translation>情景“%1”</translation>
    </message>
    <message>
        <source>The case has no sharing or compensation rules to compute money from.</source>
        <translation>本协调事项尚无分享与补偿规则，无法测算资金。</translation>
    </message>
    <message>
        <source>Select a proposal, or edit a package, to see it in money.</source>
        <translation>请选择一个方案或在方案编辑器中编辑方案，以查看其资金结果。</translation>
    </message>
    <message>
        <source>Computing the payments under %1…</source>
        <translation>正在按%1计算支付…</translation>
    </message>
    <message>
        <source>Totals over the term under %2 (+ receives, − pays), in %1.</source>
        <translation>协议期内合计，按%2计算（＋为收入，－为支出），单位：%1。</translation>
    </message>
</context>
<context>
    <name>MoneyTableModel</name>
    <message>
        <source>Party</source>
        <translation>协调主体</translation>
    </message>
    <message>
        <source>Selected (A)</source>
        <translation>所选方案（A）</translation>
    </message>
    <message>
        <source>Pinned (B)</source>
        <translation>对照方案（B）</translation>
    </message>
    <message>
        <source>A − B</source>
        <translation>A－B</translation>
    </message>
</context>
<context>
    <name>MonitoringActions</name>
    <message>
        <source>Payment not recorded</source>
        <translation>付款未登记</translation>
    </message>
    <message>
        <source>Not waived</source>
        <translation>未豁免</translation>
    </message>
    <message>
        <source>Waiver not withdrawn</source>
        <translation>豁免未撤销</translation>
    </message>
    <message>
        <source>Duty not saved</source>
        <translation>义务未保存</translation>
    </message>
    <message>
        <source>Duty not deleted</source>
        <translation>义务未删除</translation>
    </message>
    <message>
        <source>Dispute not raised</source>
        <translation>争议未提出</translation>
    </message>
    <message>
        <source>Escalate the dispute</source>
        <translation>提请上级裁定</translation>
    </message>
    <message>
        <source>Date the next level takes it up (YYYY-MM-DD):</source>
        <translation>上一级受理日期（YYYY-MM-DD）：</translation>
    </message>
    <message>
        <source>Dispute not escalated</source>
        <translation>争议未提请上级</translation>
    </message>
    <message>
        <source>%1 is not a date (YYYY-MM-DD).</source>
        <translation>%1 不是日期（应为 YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>Dispute not decided</source>
        <translation>争议未裁定</translation>
    </message>
    <message>
        <source>Export the status board</source>
        <translation>导出履约情况</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>已写入 %1。</translation>
    </message>
</context>
<context>
    <name>MonitoringCommands</name>
    <message>
        <source>Waive %1</source>
        <translation>豁免 %1</translation>
    </message>
    <message>
        <source>Withdraw waiver of %1</source>
        <translation>撤销豁免 %1</translation>
    </message>
    <message>
        <source>Record payment for %1</source>
        <translation>登记付款 %1</translation>
    </message>
    <message>
        <source>Add duty %1</source>
        <translation>新增义务 %1</translation>
    </message>
    <message>
        <source>Edit duty %1</source>
        <translation>修改义务 %1</translation>
    </message>
    <message>
        <source>Delete duty %1</source>
        <translation>删除义务 %1</translation>
    </message>
    <message>
        <source>Raise dispute %1</source>
        <translation>提出争议 %1</translation>
    </message>
    <message>
        <source>Escalate dispute %1</source>
        <translation>提请上级 %1</translation>
    </message>
    <message>
        <source>Decide dispute %1</source>
        <translation>裁定争议 %1</translation>
    </message>
</context>
<context>
    <name>MonitoringDocuments</name>
    <message>
        <source>Wrote %1.</source>
        <translation>已写入 %1。</translation>
    </message>
    <message>
        <source>Evaluation report</source>
        <translation>评估报告</translation>
    </message>
    <message>
        <source>The secretariat's findings for the term (stated in the report; may be left empty):</source>
        <translation>秘书处对本协议期的评估意见（写入报告，可留空）：</translation>
    </message>
    <message>
        <source>Letter to the arbiter</source>
        <translation>提请裁定函</translation>
    </message>
    <message>
        <source>Next round</source>
        <translation>下一轮协商</translation>
    </message>
    <message>
        <source>The next round “%1” was created as %2, with each party's last package values as its starting demands. Open it now?</source>
        <translation>已创建下一轮“%1”（%2），各方以上一轮方案值为初始诉求。现在打开吗？</translation>
    </message>
</context>
<context>
    <name>MonitoringPage</name>
    <message>
        <source>Today</source>
        <extracomment>Above this many readings and payments the board is computed on a worker thread (bench/monitoring_board.py: 8–11 s for 10⁵ readings and 5·10⁴ payments on a loaded machine; the Xin'an sample takes milliseconds).</extracomment>
        <translation>今天</translation>
    </message>
    <message>
        <source>Status on</source>
        <translation>截至</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>导出PDF…</translation>
    </message>
    <message>
        <source>Excel…</source>
        <translation>导出Excel…</translation>
    </message>
    <message>
        <source>Export the status board as a PDF (official layout)</source>
        <translation>将履约情况导出为PDF（公文格式）</translation>
    </message>
    <message>
        <source>Export the status board as an Excel workbook</source>
        <translation>将履约情况导出为Excel工作簿</translation>
    </message>
    <message>
        <source>Evaluation…</source>
        <translation>评估报告…</translation>
    </message>
    <message>
        <source>The evaluation report (评估与反馈): targets against outcomes, money due against paid, disputes, fairness, the secretariat's findings (PDF and DOCX)</source>
        <translation>评估与反馈报告：目标与实际、应付与实付、争议解决、公平性及秘书处评估意见（PDF 与 DOCX）</translation>
    </message>
    <message>
        <source>Next round…</source>
        <translation>开启下一轮…</translation>
    </message>
    <message>
        <source>Start the next round as a new case file linked to this one</source>
        <translation>以与本案卷相互关联的新案卷开启下一轮协商</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>协调主体</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Record payment…</source>
        <translation>登记付款…</translation>
    </message>
    <message>
        <source>Waive…</source>
        <translation>豁免…</translation>
    </message>
    <message>
        <source>Withdraw waiver</source>
        <translation>撤销豁免</translation>
    </message>
    <message>
        <source>Add duty…</source>
        <translation>新增义务…</translation>
    </message>
    <message>
        <source>Edit duty…</source>
        <translation>修改义务…</translation>
    </message>
    <message>
        <source>Delete duty</source>
        <translation>删除义务</translation>
    </message>
    <message>
        <source>Due and paid</source>
        <translation>应付与实付</translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation>争议解决</translation>
    </message>
    <message>
        <source>Readings</source>
        <translation>监测数据</translation>
    </message>
    <message>
        <source>Nothing is due yet: the status board opens once every signatory has accepted a package (Sessions) — commitments follow from the concluded agreement.</source>
        <translation>尚无履约事项：各签约方均接受同一方案（协商会议）后，履约事项按达成的协议生成。</translation>
    </message>
    <message>
        <source>Computing the status board for %1 readings and payments…</source>
        <translation>正在按%1条监测数据和付款记录计算履约情况…</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>显示 %1／%2 项</translation>
    </message>
    <message>
        <source>Nothing is overdue on %1.</source>
        <translation>截至 %1 无逾期事项。</translation>
    </message>
    <message>
        <source>%1 owes %2 (%3 days late)</source>
        <translation>%1 欠付 %2（逾期%3天）</translation>
    </message>
    <message>
        <source>; and %1 more</source>
        <translation>；另有%1项</translation>
    </message>
    <message>
        <source>▲ Overdue on %1: %2</source>
        <translation>▲ 截至 %1 逾期：%2</translation>
    </message>
    <message>
        <source>%1: due %2, paid %3, &lt;b&gt;outstanding %4&lt;/b&gt;</source>
        <translation>%1：应付 %2，已付 %3，&lt;b&gt;未付 %4&lt;/b&gt;</translation>
    </message>
    <message>
        <source>; to receive %1, received %2</source>
        <translation>；应收 %1，已收 %2</translation>
    </message>
    <message>
        <source>Balances (%1):</source>
        <translation>资金情况（%1）：</translation>
    </message>
    <message>
        <source>fell due</source>
        <translation>应付</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>已付</translation>
    </message>
    <message>
        <source>owes {x}</source>
        <translation>欠 {x}</translation>
    </message>
    <message>
        <source>Nothing has fallen due yet.</source>
        <translation>尚无到期资金。</translation>
    </message>
</context>
<context>
    <name>NewRehearsalDialog</name>
    <message>
        <source>New rehearsal (演练)</source>
        <translation>新建演练</translation>
    </message>
    <message>
        <source>Play your side against agents in a copy of this case. The copy is kept beside the case file, apart from the real record: nothing of it reaches the minutes, the agreement or the exports.</source>
        <translation>在本案卷的副本中由您扮演本方、智能体扮演其他各方。副本保存在案卷文件旁，与正式记录分开：其任何内容都不会进入会议纪要、协议或导出文件。</translation>
    </message>
    <message>
        <source>Who plays</source>
        <translation>参与者</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>参与方</translation>
    </message>
    <message>
        <source>You play it</source>
        <translation>由您扮演</translation>
    </message>
    <message>
        <source>Otherwise the agent plays</source>
        <translation>否则由智能体按此策略扮演</translation>
    </message>
    <message>
        <source>The same seed gives the same seating order and the same perturbation</source>
        <translation>相同的种子给出相同的发言顺序和相同的扰动</translation>
    </message>
    <message>
        <source>Each agent's issue weights and BATNA utility are drawn within ± this range: rehearse against what a counterpart might really want.</source>
        <translation>每个智能体的议题权重和破裂点效用在±此范围内随机抽取：针对对方可能的真实诉求进行演练。</translation>
    </message>
    <message>
        <source>The mediator tables texts moving toward the Nash package</source>
        <translation>协调方提出逐步趋向纳什解的单一文本</translation>
    </message>
    <message>
        <source>The case names no mediator (协调方)</source>
        <translation>本案未设协调方</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>How long the agents wait before they answer, so you can think; 0 answers at once. It can be changed during the rehearsal.</source>
        <translation>智能体答复前等待的时间，便于您思考；0 表示立即答复。演练中可随时调整。</translation>
    </message>
    <message>
        <source>Deadline, uncertainty and pace</source>
        <translation>期限、不确定性与节奏</translation>
    </message>
    <message>
        <source>Deadline (rounds)</source>
        <translation>期限（轮）</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>Perturbation (±)</source>
        <translation>扰动幅度（±）</translation>
    </message>
    <message>
        <source>Pause before the agents answer</source>
        <translation>智能体答复前的停顿</translation>
    </message>
    <message>
        <source>Start the rehearsal</source>
        <translation>开始演练</translation>
    </message>
    <message>
        <source>A rehearsal needs at least two signatories: one for you, one for an agent.</source>
        <translation>演练至少需要两个签署方：一方由您扮演，一方由智能体扮演。</translation>
    </message>
    <message>
        <source>Choose at least one party to play yourself.</source>
        <translation>请至少选择一个由您扮演的参与方。</translation>
    </message>
    <message>
        <source>Leave at least one party to the agents.</source>
        <translation>请至少留一个参与方由智能体扮演。</translation>
    </message>
</context>
<context>
    <name>Operator</name>
    <message>
        <source>Operator</source>
        <extracomment>Longest name kept (a person's name and unit, one line).</extracomment>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Your name, recorded as the operator (操作人) of every change you make (you can change it in Preferences):</source>
        <translation>请输入您的姓名，将作为操作人记录在您所做的每项修改中（可在“首选项”中更改）：</translation>
    </message>
</context>
<context>
    <name>OptionsEditor</name>
    <message>
        <source>Add option</source>
        <translation>添加选项</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Option %1</source>
        <translation>选项 %1</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>At a glance</source>
        <translation>概况</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>协调主体</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>签约方</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>协商事项</translation>
    </message>
    <message>
        <source>Positions stated</source>
        <translation>已表达诉求</translation>
    </message>
    <message>
        <source>Demands %p% complete</source>
        <translation>诉求完整度 %p%</translation>
    </message>
    <message>
        <source>Who has not stated a position on what</source>
        <translation>各方尚未表达诉求的事项</translation>
    </message>
    <message>
        <source>No activity yet.</source>
        <translation>尚无操作记录。</translation>
    </message>
    <message>
        <source>Last activity: %1 at %2 (%3 changes recorded)</source>
        <translation>最近操作：%2 %1（共记录 %3 项变更）</translation>
    </message>
    <message>
        <source> — operator: %1</source>
        <translation>——操作人：%1</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Demands</source>
        <translation>利益诉求</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>协商事项</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>协调主体</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>协商会议</translation>
    </message>
    <message>
        <source>Rehearsal</source>
        <translation>演练</translation>
    </message>
    <message>
        <source>Sharing and compensation</source>
        <translation>分享与补偿</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>履约监督</translation>
    </message>
    <message>
        <source>Opens once every signatory has accepted a package</source>
        <translation>各签约方均接受方案后开放</translation>
    </message>
</context>
<context>
    <name>ParamEdit</name>
    <message>
        <source>Fixed value</source>
        <translation>固定值</translation>
    </message>
    <message>
        <source>Issue: %1</source>
        <translation>协商事项：%1</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>可不填</translation>
    </message>
    <message>
        <source>Issue: %1 (a value per option)</source>
        <translation>协商事项：%1（各选项分别取值）</translation>
    </message>
</context>
<context>
    <name>ParameterTableModel</name>
    <message>
        <source>Parameter</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Value or deciding issue</source>
        <translation>取值或决定该参数的协商事项</translation>
    </message>
</context>
<context>
    <name>PartiesPage</name>
    <message>
        <source>Drag a party onto its superior; drop it on empty space to make it top-level.</source>
        <translation>将主体拖到其上级上；拖到空白处则设为最高层级。</translation>
    </message>
    <message>
        <source>Add party…</source>
        <translation>新增主体…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete %1 and its %2 demands? (Edit → Undo brings them back.)</source>
        <translation>删除“%1”及其 %2 条诉求？（可用“编辑 → 撤销”恢复。）</translation>
    </message>
    <message>
        <source>Delete party</source>
        <translation>删除协调主体</translation>
    </message>
    <message>
        <source>Cannot move party</source>
        <translation>无法调整隶属关系</translation>
    </message>
</context>
<context>
    <name>PartyDialog</name>
    <message>
        <source>New party</source>
        <translation>新增协调主体</translation>
    </message>
    <message>
        <source>Edit party</source>
        <translation>编辑协调主体</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Utility of the party's best alternative to agreement (confidential)</source>
        <translation>该主体不达成协议时最佳替代方案的效用（保密）</translation>
    </message>
    <message>
        <source>Computed from the no-agreement outcome stated issue by issue (Demands page, BATNA…)</source>
        <translation>由逐项填写的无协议结果算出（利益诉求页 → BATNA…）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Superior</source>
        <translation>上级</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>代表</translation>
    </message>
    <message>
        <source>Delegate title</source>
        <translation>代表职务</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Bargaining power</source>
        <translation>谈判力</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>保密信息</translation>
    </message>
    <message>
        <source>BATNA and notes are hidden in presentation mode.</source>
        <translation>演示模式下不显示BATNA和备注。</translation>
    </message>
    <message>
        <source>BATNA utility (confidential)</source>
        <translation>BATNA效用（保密）</translation>
    </message>
    <message>
        <source>Private notes (confidential)</source>
        <translation>内部备注（保密）</translation>
    </message>
</context>
<context>
    <name>PartyTableModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>代表</translation>
    </message>
    <message>
        <source>Superior</source>
        <translation>上级</translation>
    </message>
    <message>
        <source>BATNA (confidential)</source>
        <translation>BATNA（保密）</translation>
    </message>
    <message>
        <source>%1 (from the no-agreement outcome)</source>
        <translation>%1（按无协议结果）</translation>
    </message>
    <message>
        <source>Delegate: %1</source>
        <translation>代表：%1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>备注：%1</translation>
    </message>
</context>
<context>
    <name>PartyTreeModel</name>
    <message>
        <source>Administrative hierarchy</source>
        <extracomment>(party id, new superior id or "" for none)</extracomment>
        <translation>行政隶属关系</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>再次输入</translation>
    </message>
    <message>
        <source>The passphrase must not be empty.</source>
        <translation>口令不能为空。</translation>
    </message>
    <message>
        <source>The two passphrases do not match.</source>
        <translation>两次输入的口令不一致。</translation>
    </message>
    <message>
        <source>it is shorter than %1 characters</source>
        <translation>少于 %1 个字符</translation>
    </message>
    <message>
        <source>it is made of one kind of character only</source>
        <translation>只由一类字符组成</translation>
    </message>
    <message>
        <source>This passphrase is weak: %1. Use a long phrase mixing letters, digits and signs, or press OK again to keep it.</source>
        <translation>该口令强度较弱：%1。请使用混合字母、数字和符号的较长口令，或再次点击“确定”仍使用此口令。</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Record a payment</source>
        <translation>登记付款</translation>
    </message>
    <message>
        <source>e.g. 财建〔2016〕1号</source>
        <translation>如 财建〔2016〕1号</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>履约事项</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>应付</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation>付款金额</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>付款日期</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>文号</translation>
    </message>
</context>
<context>
    <name>PaymentTableModel</name>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>付款方</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>收款方</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>计算依据</translation>
    </message>
</context>
<context>
    <name>PlayedRehearsals</name>
    <message>
        <source>Played rehearsals of this case</source>
        <translation>本案的演练记录</translation>
    </message>
    <message>
        <source>New rehearsal…</source>
        <translation>新建演练…</translation>
    </message>
    <message>
        <source>Play your side against agents in the Sessions page of a copy of this case</source>
        <translation>在本案卷副本的“协商会议”页中由您扮演本方，与智能体对弈</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>This file is a rehearsal: start new ones from the real case.</source>
        <translation>本文件是演练：请从正式案卷新建演练。</translation>
    </message>
    <message>
        <source>%1 — agents only</source>
        <translation>%1 —— 仅智能体</translation>
    </message>
    <message>
        <source>%1 — you played %2</source>
        <translation>%1 —— 您扮演%2</translation>
    </message>
    <message>
        <source>Delete rehearsal</source>
        <translation>删除演练</translation>
    </message>
    <message>
        <source>The rehearsal is open in a window: close it first.</source>
        <translation>该演练正在某个窗口中打开：请先关闭。</translation>
    </message>
    <message>
        <source>Delete the rehearsal %1? The real case is not touched.</source>
        <translation>删除演练%1？正式案卷不受影响。</translation>
    </message>
</context>
<context>
    <name>PoolForm</name>
    <message>
        <source>By ratio of the fund</source>
        <translation>按资金规模的比例</translation>
    </message>
    <message>
        <source>By amount</source>
        <translation>按金额</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>出资</translation>
    </message>
    <message>
        <source>Allocation by ratio</source>
        <translation>按比例分配</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>偏好设置</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Open windows are rebuilt in the new language; undo history is cleared.</source>
        <translation>已打开的窗口将以新语言重建；撤销记录将被清空。</translation>
    </message>
    <message>
        <source>e.g. 王芳（联席办）</source>
        <translation>例如：王芳（联席办）</translation>
    </message>
    <message>
        <source>Recorded as the operator (操作人) of every change you make</source>
        <translation>记录为您所做每项修改的操作人</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>Operator (your name)</source>
        <translation>操作人（您的姓名）</translation>
    </message>
</context>
<context>
    <name>ProposalEditor</name>
    <message>
        <source>Why this package (goes into the minutes)</source>
        <translation>提出该方案的理由（记入会议纪要）</translation>
    </message>
    <message>
        <source>Explain utility…</source>
        <translation>解释效用…</translation>
    </message>
    <message>
        <source>Show how each issue adds to the chosen party's utility</source>
        <translation>显示各事项对所选主体效用的贡献</translation>
    </message>
    <message>
        <source>Table this proposal</source>
        <translation>提出该方案</translation>
    </message>
    <message>
        <source>Tabled by</source>
        <translation>提出方</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Utility of each party (bar) and its disagreement point (tick):</source>
        <translation>各方效用（色条）及其谈判破裂点（竖线）：</translation>
    </message>
    <message>
        <source>%1 cannot accept: %2 is beyond its limit</source>
        <translation>%1无法接受：“%2”超出其底线</translation>
    </message>
</context>
<context>
    <name>ProposalTableModel</name>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Tabled by</source>
        <translation>提出方</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>答复</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Awaiting</source>
        <translation>待答复</translation>
    </message>
    <message>
        <source>accepts</source>
        <translation>接受</translation>
    </message>
    <message>
        <source>rejects</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>counters</source>
        <translation>反提案</translation>
    </message>
    <message>
        <source>%1 (counter)</source>
        <translation>%1（反提案）</translation>
    </message>
    <message>
        <source>nobody (concluded)</source>
        <translation>无（已达成一致）</translation>
    </message>
    <message>
        <source>%1 accepts (by tabling it)</source>
        <translation>%1接受（提出即视为接受）</translation>
    </message>
    <message>
        <source>%1 tabled it: that counts as its acceptance</source>
        <translation>%1提出该方案，视为接受</translation>
    </message>
    <message>
        <source>Awaiting the answer of: %1</source>
        <translation>尚待答复：%1</translation>
    </message>
    <message>
        <source>Every signatory has answered; not all accept</source>
        <translation>各签约方均已答复，但并非全部接受</translation>
    </message>
</context>
<context>
    <name>ProposedRuleModel</name>
    <message>
        <source>Payer</source>
        <translation>付款方</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>收款方</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>支付期限</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ReadingDialog</name>
    <message>
        <source>New reading</source>
        <translation>新增监测数据</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>监测数据</translation>
    </message>
    <message>
        <source>2016, 2019-03 or baseline</source>
        <translation>2016、2019-03 或 baseline（基准值）</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>对象（断面或企业）</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>报送单位</translation>
    </message>
</context>
<context>
    <name>ReadingTableModel</name>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>报送单位</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>基准值</translation>
    </message>
</context>
<context>
    <name>ReadingsDialog</name>
    <message>
        <source>Enter readings</source>
        <translation>录入监测数据</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>报送单位</translation>
    </message>
    <message>
        <source>Period: a year (2016), a month (2019-03) or baseline. Rows left without a value are skipped.</source>
        <translation>期间：年份（2016）、月份（2019-03）或 baseline（基准值）。未填数值的行不保存。</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>添加行</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>删除行</translation>
    </message>
    <message>
        <source>table</source>
        <translation>表格</translation>
    </message>
    <message>
        <source> (and %1 more)</source>
        <translation>（另有%1处）</translation>
    </message>
    <message>
        <source>Nothing stored: %1</source>
        <translation>未保存任何数据：%1</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 不是数值</translation>
    </message>
    <message>
        <source>the value is empty</source>
        <translation>数值为空</translation>
    </message>
    <message>
        <source>%1 is not a period (a year like 2016, a month like 2019-03, or baseline)</source>
        <translation>%1 不是期间（应为年份如2016、月份如2019-03，或 baseline）</translation>
    </message>
    <message>
        <source>%1 is not an indicator of the case</source>
        <translation>%1 不是本案的考核指标</translation>
    </message>
    <message>
        <source>the indicator is empty</source>
        <translation>指标为空</translation>
    </message>
    <message>
        <source>%1 is not an assessed subject of the indicator</source>
        <translation>%1 不是该指标的考核对象</translation>
    </message>
    <message>
        <source>the same reading is already in row %1</source>
        <translation>与第%1行重复</translation>
    </message>
</context>
<context>
    <name>ReadingsEditor</name>
    <message>
        <source>Enter readings…</source>
        <extracomment>(period, indicator name, subject) of each reading the page wants offered in the entry table</extracomment>
        <translation>录入监测数据…</translation>
    </message>
    <message>
        <source>Type many readings in a table (the readings due are offered)</source>
        <translation>在表格中录入多条监测数据（已列出到期应报的数据）</translation>
    </message>
    <message>
        <source>Type many readings in a table</source>
        <translation>在表格中录入多条监测数据</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Add one reading</source>
        <translation>添加一条监测数据</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Import readings from a CSV or Excel file (columns period, indicator, subject, value)</source>
        <translation>从 CSV 或 Excel 文件导入监测数据（列：period 期间、indicator 指标、subject 对象、value 数值）</translation>
    </message>
    <message>
        <source>Reading not saved</source>
        <translation>监测数据未保存</translation>
    </message>
    <message>
        <source>Reading not deleted</source>
        <translation>监测数据未删除</translation>
    </message>
    <message numerus="yes">
        <source>Enter %n readings</source>
        <translation><numerusform>录入 %n 条监测数据</numerusform></translation>
    </message>
    <message>
        <source>Readings not stored</source>
        <translation>监测数据未保存</translation>
    </message>
    <message>
        <source>Readings stored</source>
        <translation>监测数据已保存</translation>
    </message>
    <message>
        <source>Import readings</source>
        <translation>导入监测数据</translation>
    </message>
    <message>
        <source>Import readings from %1</source>
        <translation>从%1导入监测数据</translation>
    </message>
    <message>
        <source>Readings not imported</source>
        <translation>监测数据未导入</translation>
    </message>
    <message>
        <source>Readings imported</source>
        <translation>监测数据已导入</translation>
    </message>
    <message numerus="yes">
        <source>%n readings added, %1 replaced.</source>
        <translation><numerusform>新增 %n 条监测数据，替换 %1 条。</numerusform></translation>
    </message>
</context>
<context>
    <name>RehearsalLaunch</name>
    <message>
        <source>New rehearsal</source>
        <translation>新建演练</translation>
    </message>
    <message>
        <source>This is a rehearsal already: start a new one from the real case.</source>
        <translation>本文件已是演练：请从正式案卷新建演练。</translation>
    </message>
    <message>
        <source>Rehearsals use confidential reservation values: leave presentation mode first.</source>
        <translation>演练使用保密的保留值：请先退出演示模式。</translation>
    </message>
    <message>
        <source>Back to the real case</source>
        <translation>返回正式案卷</translation>
    </message>
    <message>
        <source>The real case %1 is no longer beside this rehearsal.</source>
        <translation>正式案卷%1已不在本演练旁。</translation>
    </message>
</context>
<context>
    <name>RehearsalPage</name>
    <message>
        <source>Rehearsal (演练) — agents play the signatories as their demands describe them. Nothing here is written to the case: not the minutes, not the agreement, not the exports.</source>
        <translation>演练 —— 由智能体按各签约方的利益诉求模拟谈判。演练结果不写入案卷：不进入会议纪要、协议和导出文件。</translation>
    </message>
    <message>
        <source>Who plays how</source>
        <translation>各方策略</translation>
    </message>
    <message>
        <source>Each agent's issue weights and BATNA utility are drawn within ± this range per seed: rehearse against what a counterpart might really want.</source>
        <translation>每个种子在此范围内随机扰动各智能体的事项权重和破裂点效用：针对对方可能的真实意图进行演练。</translation>
    </message>
    <message>
        <source>A mediator tables texts moving toward the Nash package</source>
        <translation>协调方提出逐步趋向纳什解的单一文本</translation>
    </message>
    <message>
        <source>Deadline and uncertainty</source>
        <translation>期限与不确定性</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>轮数</translation>
    </message>
    <message>
        <source>Seeds per combination</source>
        <translation>每种组合的种子数</translation>
    </message>
    <message>
        <source>Perturbation (±)</source>
        <translation>扰动幅度（±）</translation>
    </message>
    <message>
        <source>Run the what-if</source>
        <translation>运行情景推演</translation>
    </message>
    <message>
        <source>Debrief report (PDF)…</source>
        <translation>复盘报告（PDF）…</translation>
    </message>
    <message>
        <source>What-if chart</source>
        <translation>推演图</translation>
    </message>
    <message>
        <source>Debrief of the selected combination's first run</source>
        <translation>所选组合首次推演的复盘</translation>
    </message>
    <message>
        <source>%1 runs, %2 agreements. Select a row to see its first run's debrief.</source>
        <translation>共%1次推演，%2次达成一致。选择一行可查看其首次推演的复盘。</translation>
    </message>
    <message>
        <source>Rehearsals use confidential reservation values: hidden in presentation mode.</source>
        <translation>演练使用保密的保留值，演示模式下不显示。</translation>
    </message>
    <message>
        <source>each of them (compare)</source>
        <translation>逐一比较全部策略</translation>
    </message>
    <message>
        <source>Agents are negotiating…</source>
        <translation>智能体正在谈判…</translation>
    </message>
    <message>
        <source>Rehearsal</source>
        <translation>演练</translation>
    </message>
    <message>
        <source>Debrief report</source>
        <translation>复盘报告</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>已写入%1</translation>
    </message>
</context>
<context>
    <name>RehearsalStrip</name>
    <message>
        <source>Pass</source>
        <translation>本轮不提</translation>
    </message>
    <message>
        <source>Table nothing in this round</source>
        <translation>本轮不提出方案</translation>
    </message>
    <message>
        <source>Pause </source>
        <translation>停顿 </translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Pause before the agents answer</source>
        <translation>智能体答复前的停顿</translation>
    </message>
    <message>
        <source>Debrief (复盘)…</source>
        <translation>复盘…</translation>
    </message>
    <message>
        <source>Back to the real case</source>
        <translation>返回正式案卷</translation>
    </message>
    <message>
        <source>演练 · you play %1 · preparing: computing the exact frontier… %2%</source>
        <translation>演练 · 您扮演%1 · 准备中：正在计算精确的帕累托前沿… %2%</translation>
    </message>
    <message>
        <source>演练 — the rehearsal cannot go on: %1</source>
        <translation>演练 —— 无法继续：%1</translation>
    </message>
    <message>
        <source>演练 · you play %1 · round %2/%3 · </source>
        <translation>演练 · 您扮演%1 · 第%2/%3轮 · </translation>
    </message>
    <message>
        <source>no agreement by the deadline: open the debrief.</source>
        <translation>期限内未达成一致：请打开复盘。</translation>
    </message>
    <message>
        <source>agreement in round %1, your utility %2: open the debrief.</source>
        <translation>第%1轮达成一致，您的效用%2：请打开复盘。</translation>
    </message>
    <message>
        <source>%1 is considering…</source>
        <translation>%1正在考虑…</translation>
    </message>
    <message>
        <source>%1 acts…</source>
        <translation>%1正在行动…</translation>
    </message>
    <message>
        <source>%1 to table: use the proposal editor, or pass.</source>
        <translation>轮到您（%1）提出方案：请用方案编辑器，或本轮不提。</translation>
    </message>
    <message>
        <source>%1 to answer %2's proposal (worth %3 to you): accept, reject or counter.</source>
        <translation>轮到您（%1）答复%2的提案（对您的效用%3）：接受、拒绝或提出反提案。</translation>
    </message>
</context>
<context>
    <name>RehearsalTurns</name>
    <message>
        <source>Pass</source>
        <extracomment>The undo stack merges an agent reply into the turn it answers by this id.</extracomment>
        <translation>本轮不提</translation>
    </message>
    <message>
        <source>The agents' replies</source>
        <translation>智能体的答复</translation>
    </message>
</context>
<context>
    <name>RowsEditor</name>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
</context>
<context>
    <name>RuleDialog</name>
    <message>
        <source>New rule</source>
        <translation>新建规则</translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation>规则“%1”</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Money unit</source>
        <translation>货币单位</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>The clause as it will read</source>
        <translation>条款表述（实时）</translation>
    </message>
</context>
<context>
    <name>RuleLabels</name>
    <message>
        <source>Amount</source>
        <extracomment>The last step of a parameter path (list indices removed) → its name; the list it sits in names the item.</extracomment>
        <translation>金额</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>年限</translation>
    </message>
    <message>
        <source>Yearly change</source>
        <translation>每年增减额</translation>
    </message>
    <message>
        <source>First year</source>
        <translation>起始年份</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>支付日期</translation>
    </message>
    <message>
        <source>Instalment %1 amount</source>
        <translation>第%1期金额</translation>
    </message>
    <message>
        <source>Instalment %1 period</source>
        <translation>第%1期期间</translation>
    </message>
    <message>
        <source>Fund size a year</source>
        <translation>年度资金规模</translation>
    </message>
    <message>
        <source>Fund name</source>
        <translation>资金名称</translation>
    </message>
    <message>
        <source>Contribution ratio (%1)</source>
        <translation>出资比例（%1）</translation>
    </message>
    <message>
        <source>Contribution (%1)</source>
        <translation>出资额（%1）</translation>
    </message>
    <message>
        <source>Contributor %1</source>
        <translation>出资方%1</translation>
    </message>
    <message>
        <source>Allocation ratio (%1)</source>
        <translation>分配比例（%1）</translation>
    </message>
    <message>
        <source>Recipient %1</source>
        <translation>受益方%1</translation>
    </message>
    <message>
        <source>Divisor of the allocation (months)</source>
        <translation>分配额除数（月数）</translation>
    </message>
    <message>
        <source>Deduction per failure</source>
        <translation>每次不达标扣减额</translation>
    </message>
    <message>
        <source>Coefficient K0</source>
        <translation>系数K0</translation>
    </message>
    <message>
        <source>Assessed section</source>
        <translation>考核断面</translation>
    </message>
    <message>
        <source>Indicator weights</source>
        <translation>指标权重</translation>
    </message>
    <message>
        <source>Index indicator</source>
        <translation>考核指标</translation>
    </message>
    <message>
        <source>Band %1 upper limit</source>
        <translation>第%1档上限</translation>
    </message>
    <message>
        <source>Band %1 amount</source>
        <translation>第%1档金额</translation>
    </message>
    <message>
        <source>Band %1 payer</source>
        <translation>第%1档付款方</translation>
    </message>
    <message>
        <source>Band %1 payee</source>
        <translation>第%1档收款方</translation>
    </message>
    <message>
        <source>Bands</source>
        <translation>分档</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>分享比例</translation>
    </message>
    <message>
        <source>Cap (multiple of the base)</source>
        <translation>分享上限（基数的倍数）</translation>
    </message>
    <message>
        <source>Cap base indicator</source>
        <translation>上限基数指标</translation>
    </message>
    <message>
        <source>Term (years)</source>
        <translation>分享年限</translation>
    </message>
    <message>
        <source>Extension (years)</source>
        <translation>延长年限</translation>
    </message>
    <message>
        <source>Counted share (%1)</source>
        <translation>统计分成比例（%1）</translation>
    </message>
    <message>
        <source>Party %1</source>
        <translation>协调主体%1</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>付款方</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>收款方</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Fund</source>
        <translation>资金</translation>
    </message>
    <message>
        <source>Assessed sections</source>
        <translation>考核断面</translation>
    </message>
    <message>
        <source>Deducted money goes to</source>
        <translation>扣减资金归属</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Fixed transfer</source>
        <extracomment>Names of the rule kinds (the rule table and the form's kind list).</extracomment>
        <translation>固定转移支付</translation>
    </message>
    <message>
        <source>Joint fund</source>
        <translation>共同出资资金</translation>
    </message>
    <message>
        <source>Deduction per failed point</source>
        <translation>不达标扣减</translation>
    </message>
    <message>
        <source>Transfer on an index</source>
        <translation>按考核指数补偿</translation>
    </message>
    <message>
        <source>Revenue sharing with a cap</source>
        <translation>限额税收分享</translation>
    </message>
    <message>
        <source>Statistics sharing</source>
        <translation>统计分成</translation>
    </message>
</context>
<context>
    <name>RuleParameterDialog</name>
    <message>
        <source>Parameter %1</source>
        <translation>参数%1</translation>
    </message>
    <message>
        <source>Fixed value</source>
        <translation>固定值</translation>
    </message>
    <message>
        <source>Decided by the issue</source>
        <translation>由协商事项决定</translation>
    </message>
    <message>
        <source>The case has no numeric issue.</source>
        <translation>本协调事项没有数值型协商事项。</translation>
    </message>
</context>
<context>
    <name>RuleParameters</name>
    <message>
        <source>← issue %1</source>
        <translation>← 协商事项“%1”</translation>
    </message>
    <message>
        <source> (a value per option)</source>
        <translation>（各选项分别取值）</translation>
    </message>
</context>
<context>
    <name>RuleTableModel</name>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <source>New rule…</source>
        <translation>新建规则…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>支付明细</translation>
    </message>
    <message>
        <source>Net per period</source>
        <translation>各方各期净额</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>结算</translation>
    </message>
    <message>
        <source>Readings</source>
        <translation>监测数据</translation>
    </message>
    <message>
        <source>This case has no sharing or compensation rules yet.</source>
        <translation>本协调事项尚未设定分享与补偿规则。</translation>
    </message>
    <message>
        <source>the concluded package</source>
        <translation>已达成的方案</translation>
    </message>
    <message>
        <source>the latest tabled proposal</source>
        <translation>最新提出的方案</translation>
    </message>
    <message>
        <source>the Nash package</source>
        <translation>纳什谈判解方案</translation>
    </message>
    <message numerus="yes">
        <source>Payments under %1 and the case's %n readings.</source>
        <translation><numerusform>按%1及本案的 %n 条监测数据计算的支付。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Payments under %1 and the %n readings of the scenario %2 (hypothetical, not reported).</source>
        <translation><numerusform>按%1及情景%2的 %n 条数据（假设数据，非报送数据）计算的支付。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n readings are missing (counted as not met where a rule says so).</source>
        <translation><numerusform>缺少 %n 条监测数据（规则规定的，按未达标计）。</numerusform></translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>修改参数%1</translation>
    </message>
    <message>
        <source>Rule not changed</source>
        <translation>规则未修改</translation>
    </message>
    <message>
        <source>Rule not added</source>
        <translation>规则未添加</translation>
    </message>
    <message>
        <source>Edit rule %1</source>
        <translation>修改规则“%1”</translation>
    </message>
    <message>
        <source>Delete rule</source>
        <translation>删除规则</translation>
    </message>
    <message>
        <source>Delete the rule %1?</source>
        <translation>删除规则“%1”？</translation>
    </message>
    <message>
        <source>Rule not deleted</source>
        <translation>规则未删除</translation>
    </message>
</context>
<context>
    <name>ScenarioBar</name>
    <message>
        <source>The readings the payments are computed with: the reported ones, or a scenario (a named, hypothetical set of readings)</source>
        <translation>计算支付所用的数据：报送数据，或某个情景（一组命名的假设数据）</translation>
    </message>
    <message>
        <source>New scenario…</source>
        <translation>新建情景…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Delete scenario</source>
        <translation>删除情景</translation>
    </message>
    <message>
        <source>Readings:</source>
        <translation>读数：</translation>
    </message>
    <message>
        <source>Reported readings</source>
        <translation>报送数据</translation>
    </message>
    <message>
        <source>Scenario not created</source>
        <translation>情景未创建</translation>
    </message>
    <message>
        <source>Scenario not renamed</source>
        <translation>情景未重命名</translation>
    </message>
    <message numerus="yes">
        <source>Delete the scenario %1 and its %n readings? (Edit → Undo brings it back.)</source>
        <translation><numerusform>删除情景“%1”及其 %n 条数据？（可用“编辑 → 撤销”恢复。）</numerusform></translation>
    </message>
    <message>
        <source>Scenario not deleted</source>
        <translation>情景未删除</translation>
    </message>
</context>
<context>
    <name>ScenarioDialog</name>
    <message>
        <source>New scenario</source>
        <extracomment>what a new scenario starts from: None (empty), "reported", or a scenario id</extracomment>
        <translation>新建情景</translation>
    </message>
    <message>
        <source>Rename scenario</source>
        <translation>重命名情景</translation>
    </message>
    <message>
        <source>e.g. 水质达标</source>
        <translation>例如：水质达标</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>空白（不含数据）</translation>
    </message>
    <message>
        <source>A copy of the reported readings</source>
        <translation>复制报送数据</translation>
    </message>
    <message>
        <source>A copy of %1</source>
        <translation>复制情景“%1”</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Readings</source>
        <translation>数据来源</translation>
    </message>
</context>
<context>
    <name>ScoresDialog</name>
    <message>
        <source>Scores of %1 on %2</source>
        <translation>%1对“%2”的评分</translation>
    </message>
    <message>
        <source>Points of the value function: at each value, how good it is for the party (0 = worst acceptable, 1 = best).</source>
        <translation>价值函数的各点：每个取值对该主体有多好（0为可接受的最差，1为最佳）。</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>取值</translation>
    </message>
    <message>
        <source>Score (0–1)</source>
        <translation>得分（0–1）</translation>
    </message>
    <message>
        <source>Add point</source>
        <translation>添加点</translation>
    </message>
    <message>
        <source>Rate every option for the party: 100 for the best; the worst scores 0 and the others in proportion.</source>
        <translation>为该主体给每个选项评分：最佳为100；最差的得分为0，其余按比例计算。</translation>
    </message>
    <message>
        <source>Scores: %1</source>
        <translation>得分：%1</translation>
    </message>
</context>
<context>
    <name>SectionsRow</name>
    <message>
        <source>sections, separated by 、</source>
        <translation>考核断面，以“、”分隔</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Bargaining session</source>
        <translation>协商会议</translation>
    </message>
    <message>
        <source>e.g. 第二轮补偿协商第一次会议</source>
        <translation>例如：第二轮补偿协商第一次会议</translation>
    </message>
    <message>
        <source>Date known</source>
        <translation>已定日期</translation>
    </message>
    <message>
        <source>One attendee per line</source>
        <translation>每行一位与会人员</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>会议名称</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>主持人</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>与会人员</translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <source>Sessions and rounds</source>
        <translation>会议与轮次</translation>
    </message>
    <message>
        <source>Proposal editor</source>
        <translation>方案编辑器</translation>
    </message>
    <message>
        <source>Pareto frontier</source>
        <translation>帕累托前沿</translation>
    </message>
    <message>
        <source>What is left on the table</source>
        <translation>改进空间</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>利益补偿</translation>
    </message>
    <message>
        <source>In money</source>
        <translation>资金测算</translation>
    </message>
    <message>
        <source>Rule not added</source>
        <translation>规则未添加</translation>
    </message>
    <message>
        <source>%1 is already a rule of the case.</source>
        <translation>“%1”已是本协调事项的规则。</translation>
    </message>
    <message>
        <source>Rule added</source>
        <translation>规则已添加</translation>
    </message>
    <message>
        <source>%1 is now a rule of the case (page %2).</source>
        <translation>“%1”已成为本协调事项的规则（见“%2”页）。</translation>
    </message>
</context>
<context>
    <name>ShapleyCalculator</name>
    <message>
        <source>Players…</source>
        <translation>参与方…</translation>
    </message>
    <message>
        <source>Joint cost (smaller is better)</source>
        <translation>共同成本（越小越好）</translation>
    </message>
    <message>
        <source>Joint benefit (larger is better)</source>
        <translation>共同收益（越大越好）</translation>
    </message>
    <message>
        <source>Compute Shapley shares</source>
        <translation>计算沙普利分摊</translation>
    </message>
    <message>
        <source>Enter the value of every coalition (%1 rows), then compute.</source>
        <translation>填写每个联盟的值（共%1行），然后计算。</translation>
    </message>
    <message>
        <source>Choose at least two players.</source>
        <translation>请至少选择两个参与方。</translation>
    </message>
    <message>
        <source>Stable: no group of parties would do better on its own.</source>
        <translation>稳定：没有哪几方单独合作会更好。</translation>
    </message>
    <message>
        <source>Not in the core: %1 would do better on its own.</source>
        <translation>不在核心中：%1单独合作会更好。</translation>
    </message>
    <message>
        <source>Shapley shares: %1</source>
        <translation>沙普利分摊：%1</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>菜单</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
</context>
<context>
    <name>SignatureReportModel</name>
    <message>
        <source>Signature place</source>
        <translation>签署位置</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>签署人</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>签署时间</translation>
    </message>
    <message>
        <source>Intact</source>
        <translation>完整</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>可信</translation>
    </message>
    <message>
        <source>Changed after signing</source>
        <translation>签署后是否改动</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Own party</source>
        <translation>本方签署</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>否</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>only later signatures (allowed)</source>
        <translation>仅有后续签名（允许）</translation>
    </message>
    <message>
        <source>only long-term validation data (allowed)</source>
        <translation>仅追加长期验证数据（允许）</translation>
    </message>
    <message>
        <source>YES (%1)</source>
        <translation>是（%1）</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>未签署</translation>
    </message>
</context>
<context>
    <name>SigningPanel</name>
    <message>
        <source>Create case CA…</source>
        <translation>创建本案 CA…</translation>
    </message>
    <message>
        <source>Save CA certificate…</source>
        <translation>保存 CA 证书…</translation>
    </message>
    <message>
        <source>Issue identity…</source>
        <translation>签发身份…</translation>
    </message>
    <message>
        <source>Bind a certificate…</source>
        <translation>绑定证书…</translation>
    </message>
    <message>
        <source>Vouch that a delegate certificate issued by another CA is this party's: only then do its signatures count for the party</source>
        <translation>由秘书处确认：其他CA签发的某份代表证书属于所选一方；确认后，该证书所作签名才计为该方的签名</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>代表</translation>
    </message>
    <message>
        <source>Sign…</source>
        <translation>签署…</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>PDF to sign</source>
        <translation>待签署的 PDF</translation>
    </message>
    <message>
        <source>Delegate identity</source>
        <translation>代表身份</translation>
    </message>
    <message>
        <source>Identity (PKCS#12)</source>
        <translation>身份文件（PKCS#12）</translation>
    </message>
    <message>
        <source>Signing for</source>
        <translation>签署方</translation>
    </message>
    <message>
        <source>Verify a PDF…</source>
        <translation>验证 PDF…</translation>
    </message>
    <message>
        <source>Trust a CA certificate…</source>
        <translation>信任其他CA证书…</translation>
    </message>
    <message>
        <source>Trust signatures from identities a real certificate authority issued (its certificate, PEM or DER), besides this case's CA</source>
        <translation>除本案秘书处CA外，还信任由正式证书认证机构签发的身份所作的签名（导入该机构的证书，PEM或DER格式）</translation>
    </message>
    <message>
        <source>Secretariat certificate authority</source>
        <translation>秘书处证书颁发机构（CA）</translation>
    </message>
    <message>
        <source>Delegate identities</source>
        <translation>代表身份</translation>
    </message>
    <message>
        <source>Sign in turn</source>
        <translation>依次签署</translation>
    </message>
    <message>
        <source>Verify signatures</source>
        <translation>验证签名</translation>
    </message>
    <message>
        <source>This case has its certificate authority.</source>
        <translation>本案已有证书颁发机构。</translation>
    </message>
    <message>
        <source>No certificate authority yet.</source>
        <translation>尚未创建证书颁发机构。</translation>
    </message>
    <message>
        <source>Create case CA</source>
        <translation>创建本案 CA</translation>
    </message>
    <message>
        <source>A passphrase protects the CA key kept in the case file.</source>
        <translation>CA 私钥保存在案卷文件中，由口令保护。</translation>
    </message>
    <message>
        <source>Save CA certificate</source>
        <translation>保存 CA 证书</translation>
    </message>
    <message>
        <source>Issue identity</source>
        <translation>签发身份</translation>
    </message>
    <message>
        <source>Passphrase of the case's CA key</source>
        <translation>本案 CA 私钥的口令</translation>
    </message>
    <message>
        <source>A new passphrase for %1's identity file (not the CA's)</source>
        <translation>为 %1 的身份文件设置新口令（不得与 CA 口令相同）</translation>
    </message>
    <message>
        <source>The identity file needs its own passphrase, not the CA's.</source>
        <translation>身份文件须使用自己的口令，不能沿用 CA 的口令。</translation>
    </message>
    <message>
        <source>%1 does not open with this passphrase (or it is not an identity file). Try again.</source>
        <translation>无法用此口令打开 %1（或它不是身份文件），请重新输入。</translation>
    </message>
    <message>
        <source>Choose the delegate's identity file (PKCS#12).</source>
        <translation>请选择代表的身份文件（PKCS#12）。</translation>
    </message>
    <message>
        <source>%1: no signature places</source>
        <translation>%1：没有签署位置</translation>
    </message>
    <message>
        <source>%1: not signed yet by %2</source>
        <translation>%1：%2尚未签署</translation>
    </message>
    <message>
        <source>%1: the signatures are intact but NOT trusted (no trusted CA issued them)</source>
        <translation>%1：签名完整，但不可信（并非受信任的CA所签发）</translation>
    </message>
    <message>
        <source>%1: NOT all signatures are intact, by their own party and trusted</source>
        <translation>%1：并非所有签名都完整、由本方签署且可信</translation>
    </message>
    <message>
        <source>Issued %1 to %2 of %3.</source>
        <translation>已向%3的 %2 签发 %1。</translation>
    </message>
    <message>
        <source>Wrong passphrase for the case's CA key. Try again.</source>
        <translation>本案 CA 私钥的口令不正确，请重新输入。</translation>
    </message>
    <message>
        <source>Bind a certificate</source>
        <translation>绑定证书</translation>
    </message>
    <message>
        <source>Signatures by %1 now count as %2's.</source>
        <translation>%1 所作签名现计为%2的签名。</translation>
    </message>
    <message>
        <source>The identity of %1 does not name its party (it was not issued by this case's CA, and no certificate of it was bound to a party): it cannot sign for %2.</source>
        <translation>%1 的身份未载明所属一方（并非本案CA签发，也未由秘书处绑定到某一方），不能代表%2签署。</translation>
    </message>
    <message>
        <source>The identity of %1 is for %2: it cannot sign for %3.</source>
        <translation>%1 的身份属于%2，不能代表%3签署。</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>签署</translation>
    </message>
    <message>
        <source>Choose the version to sign.</source>
        <translation>请选择要签署的版本。</translation>
    </message>
    <message>
        <source>Choose the PDF to sign (export the final version first).</source>
        <translation>请选择待签署的 PDF（先导出定稿版本）。</translation>
    </message>
    <message>
        <source>Passphrase of %1</source>
        <translation>%1 的口令</translation>
    </message>
    <message>
        <source>Save the signed PDF</source>
        <translation>保存已签署的 PDF</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>正在签署</translation>
    </message>
    <message>
        <source>Trust a CA certificate</source>
        <translation>信任CA证书</translation>
    </message>
    <message>
        <source>Now trusted: %1.</source>
        <translation>已信任：%1。</translation>
    </message>
    <message>
        <source>This certificate is already trusted.</source>
        <translation>该证书已受信任。</translation>
    </message>
    <message>
        <source>%1: every signature is intact and trusted</source>
        <translation>%1：所有签名均完整且可信</translation>
    </message>
</context>
<context>
    <name>StatisticsShareForm</name>
    <message>
        <source>Counted shares</source>
        <translation>统计分成比例</translation>
    </message>
    <message>
        <source>all subjects</source>
        <translation>全部对象</translation>
    </message>
    <message>
        <source>Subjects counted</source>
        <translation>统计对象</translation>
    </message>
</context>
<context>
    <name>Strategies</name>
    <message>
        <source>Boulware (concedes late)</source>
        <extracomment>Strategy names offered per party.</extracomment>
        <translation>后期让步（Boulware）</translation>
    </message>
    <message>
        <source>Linear concession</source>
        <translation>线性让步</translation>
    </message>
    <message>
        <source>Conceder (concedes early)</source>
        <translation>早期让步（Conceder）</translation>
    </message>
    <message>
        <source>Tit for tat</source>
        <translation>以牙还牙（针锋相对）</translation>
    </message>
    <message>
        <source>Hardliner</source>
        <translation>强硬不让</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Task failed</source>
        <extracomment>What a task function raises when it noticed ``is_cancelled()``: the core's own exception, so a cancelled analysis is reported as cancelled (a status line), never as a failure.</extracomment>
        <translation>任务失败</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>已取消：%1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>TransferTableModel</name>
    <message>
        <source>Party</source>
        <translation>协调主体</translation>
    </message>
    <message>
        <source>Gain before transfers</source>
        <translation>补偿前收益</translation>
    </message>
    <message>
        <source>Share after transfers</source>
        <translation>补偿后所得</translation>
    </message>
    <message>
        <source>Receives (+) / pays (−)</source>
        <translation>收入（+）/ 支付（-）</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <source>Add party %1</source>
        <translation>新增主体 %1</translation>
    </message>
    <message>
        <source>Edit party %1</source>
        <translation>编辑主体 %1</translation>
    </message>
    <message>
        <source>Delete party %1</source>
        <translation>删除主体 %1</translation>
    </message>
    <message>
        <source>Add issue %1</source>
        <translation>新增事项 %1</translation>
    </message>
    <message>
        <source>Edit issue %1</source>
        <translation>编辑事项 %1</translation>
    </message>
    <message>
        <source>Delete issue %1</source>
        <translation>删除事项 %1</translation>
    </message>
    <message>
        <source>Reorder issues</source>
        <translation>调整事项顺序</translation>
    </message>
    <message>
        <source>Reorder parties</source>
        <translation>调整主体顺序</translation>
    </message>
    <message>
        <source>Set demand</source>
        <translation>设置诉求</translation>
    </message>
    <message>
        <source>Delete demand</source>
        <translation>撤回诉求</translation>
    </message>
    <message>
        <source>Edit case</source>
        <translation>编辑协调事项</translation>
    </message>
    <message>
        <source>Add rule %1</source>
        <translation>添加规则“%1”</translation>
    </message>
    <message>
        <source>Delete rule %1</source>
        <translation>删除规则“%1”</translation>
    </message>
    <message>
        <source>Add reading %1</source>
        <extracomment>what a step changes, so that only the pages showing it refresh</extracomment>
        <translation>新增监测数据 %1</translation>
    </message>
    <message>
        <source>Change reading %1</source>
        <translation>修改监测数据 %1</translation>
    </message>
    <message>
        <source>Delete reading %1</source>
        <translation>删除监测数据 %1</translation>
    </message>
    <message>
        <source>New scenario %1</source>
        <translation>新建情景 %1</translation>
    </message>
    <message>
        <source>Rename scenario %1 to %2</source>
        <translation>将情景 %1 重命名为 %2</translation>
    </message>
    <message>
        <source>Delete scenario %1</source>
        <translation>删除情景 %1</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>{field} must be text.</source>
        <translation>{field}必须是文本。</translation>
    </message>
    <message>
        <source>{field} must not be empty.</source>
        <translation>{field}不能为空。</translation>
    </message>
    <message>
        <source>{field} is longer than {limit} characters.</source>
        <translation>{field}超过 {limit} 个字符。</translation>
    </message>
    <message>
        <source>{field} must be a single line.</source>
        <translation>{field}只能为一行。</translation>
    </message>
    <message>
        <source>The name “{name}” is already used in this case.</source>
        <translation>名称“{name}”已在本案中使用。</translation>
    </message>
    <message>
        <source>This name is already used in this case.</source>
        <translation>该名称已在本案中使用。</translation>
    </message>
    <message>
        <source>{field} must be a number.</source>
        <translation>{field}必须是数字。</translation>
    </message>
    <message>
        <source>{field} must be a finite number.</source>
        <translation>{field}必须是有限的数字。</translation>
    </message>
    <message>
        <source>{field} is too large.</source>
        <translation>{field}数值过大。</translation>
    </message>
    <message>
        <source>{field} must be at least {low}.</source>
        <translation>{field}不能小于 {low}。</translation>
    </message>
    <message>
        <source>{field} must be at most {high}.</source>
        <translation>{field}不能大于 {high}。</translation>
    </message>
    <message>
        <source>{field} has an unknown value.</source>
        <translation>{field}的取值无效。</translation>
    </message>
    <message>
        <source>{field} is not a valid reference.</source>
        <translation>{field}不是有效的引用。</translation>
    </message>
    <message>
        <source>{field} must be a date and time.</source>
        <translation>{field}必须是日期时间。</translation>
    </message>
    <message>
        <source>A party cannot be its own superior.</source>
        <translation>协调主体不能是自己的上级。</translation>
    </message>
    <message>
        <source>The colour must be of the form #RRGGBB.</source>
        <translation>颜色格式应为 #RRGGBB。</translation>
    </message>
    <message>
        <source>The superior of {party} is not a party of this case.</source>
        <translation>{party}的上级不是本案的协调主体。</translation>
    </message>
    <message>
        <source>The chain of superiors of {party} would loop back on itself.</source>
        <translation>{party}的上级链条将形成循环。</translation>
    </message>
    <message>
        <source>The maximum ({high}) must be greater than the minimum ({low}).</source>
        <translation>最大值（{high}）必须大于最小值（{low}）。</translation>
    </message>
    <message>
        <source>The step must be greater than zero.</source>
        <translation>步长必须大于零。</translation>
    </message>
    <message>
        <source>The payer and the payee must differ.</source>
        <translation>支付方与收款方不能相同。</translation>
    </message>
    <message>
        <source>The step ({step}) is larger than the range.</source>
        <translation>步长（{step}）大于取值范围。</translation>
    </message>
    <message>
        <source>The step ({step}) makes more than {limit} values; choose a coarser step.</source>
        <translation>步长（{step}）产生的取值超过 {limit} 个，请选择更大的步长。</translation>
    </message>
    <message>
        <source>The session “{session}” has rounds; undo those first.</source>
        <translation>协商会议“{session}”已有轮次，请先撤销这些轮次。</translation>
    </message>
    <message>
        <source>Round {number} holds proposals or minutes; undo those first.</source>
        <translation>第{number}轮已有方案或会议纪要，请先撤销。</translation>
    </message>
    <message>
        <source>Round {number} is followed by another round.</source>
        <translation>第{number}轮之后已开始新的一轮。</translation>
    </message>
    <message>
        <source>The proposal has been answered.</source>
        <translation>该方案已有答复。</translation>
    </message>
    <message>
        <source>The proposal's round is closed.</source>
        <translation>该方案所在轮次已结束。</translation>
    </message>
    <message>
        <source>An agreement was drafted from the concluded package.</source>
        <translation>已根据达成一致的方案起草了协议。</translation>
    </message>
    <message>
        <source>A discrete issue needs at least two options.</source>
        <translation>离散事项至少需要两个选项。</translation>
    </message>
    <message>
        <source>The option “{option}” appears twice.</source>
        <translation>选项“{option}”重复。</translation>
    </message>
    <message>
        <source>{field} ({value}) lies outside the range of {issue} [{low}, {high}].</source>
        <translation>{field}（{value}）超出“{issue}”的取值范围 [{low}, {high}]。</translation>
    </message>
    <message>
        <source>{field} ({value}) is not an option of {issue}.</source>
        <translation>{field}（{value}）不是“{issue}”的选项。</translation>
    </message>
    <message>
        <source>The reservation value must differ from the ideal value.</source>
        <translation>保留值必须与理想值不同。</translation>
    </message>
    <message>
        <source>Breakpoints must have strictly increasing values.</source>
        <translation>分段点的取值必须严格递增。</translation>
    </message>
    <message>
        <source>The new order must list every item once.</source>
        <translation>新顺序必须包含每一项且仅一次。</translation>
    </message>
    <message>
        <source>The item belongs to another case.</source>
        <translation>该项属于另一个协调事项。</translation>
    </message>
    <message>
        <source>{field} is required.</source>
        <translation>{field}为必填项。</translation>
    </message>
    <message>
        <source>The file {path} already exists; choose another name.</source>
        <translation>文件 {path} 已存在，请换一个名称。</translation>
    </message>
    <message>
        <source>The folder {path} does not exist; choose another folder.</source>
        <translation>文件夹 {path} 不存在，请选择其他文件夹。</translation>
    </message>
    <message>
        <source>{path} is not a file.</source>
        <translation>{path} 不是文件。</translation>
    </message>
    <message>
        <source>The file {path} is larger than 50 MB.</source>
        <translation>文件 {path} 超过 50 MB。</translation>
    </message>
    <message>
        <source>Give 100 points to the swing that matters most.</source>
        <translation>请给最重要的摆幅打100分。</translation>
    </message>
    <message>
        <source>Rate the swing of at least one issue.</source>
        <translation>请至少为一个事项的摆幅打分。</translation>
    </message>
    <message>
        <source>State a position on {issue} first.</source>
        <translation>请先表达对“{issue}”的诉求。</translation>
    </message>
    <message>
        <source>The ratings are all equal: the issue would not matter to this party.</source>
        <translation>各选项评分相同：该事项对此主体将无影响。</translation>
    </message>
    <message>
        <source>One point must score 0 (the worst value) and one score 1 (the best).</source>
        <translation>须有一点得分为0（最差值），一点得分为1（最佳值）。</translation>
    </message>
    <message>
        <source>{field} must be a date (YYYY-MM-DD).</source>
        <translation>{field}必须是日期（年-月-日）。</translation>
    </message>
    <message>
        <source>{field} must be yes or no.</source>
        <translation>{field}只能为“是”或“否”。</translation>
    </message>
    <message>
        <source>{field} must be a list of names.</source>
        <translation>{field}必须是名称列表。</translation>
    </message>
    <message>
        <source>A round number is a whole number from 1.</source>
        <translation>轮次编号必须是从 1 起的整数。</translation>
    </message>
    <message>
        <source>A round cannot close before it opens.</source>
        <translation>轮次的结束时间不能早于开始时间。</translation>
    </message>
    <message>
        <source>This round is not part of the case.</source>
        <translation>该轮次不属于本案。</translation>
    </message>
    <message>
        <source>This session already has a round of this number.</source>
        <translation>本次会议已有该编号的轮次。</translation>
    </message>
    <message>
        <source>The package names an issue the case does not have.</source>
        <translation>方案中含有本案没有的议题。</translation>
    </message>
    <message>
        <source>The package gives no value for {issue}.</source>
        <translation>方案未给出“{issue}”的取值。</translation>
    </message>
    <message>
        <source>A counter answer needs its counter-proposal.</source>
        <translation>还价答复须附带还价方案。</translation>
    </message>
    <message>
        <source>Only a counter answer links a proposal.</source>
        <translation>只有还价答复才能关联方案。</translation>
    </message>
    <message>
        <source>A counter answer comes with a counter-proposal.</source>
        <translation>还价答复须附带还价方案。</translation>
    </message>
    <message>
        <source>The demand belongs to another issue.</source>
        <translation>该诉求属于另一议题。</translation>
    </message>
    <message>
        <source>This party already has a demand on this issue.</source>
        <translation>该参与方在此议题上已有诉求。</translation>
    </message>
    <message>
        <source>{party} has tabled, answered or signed in the negotiation and is kept in its record; it cannot be deleted.</source>
        <translation>{party}已在协商中提出方案、作出答复或签署，须保留在记录中，不能删除。</translation>
    </message>
    <message>
        <source>A version number is a whole number from 1.</source>
        <translation>版本号必须是从 1 起的整数。</translation>
    </message>
    <message>
        <source>The case already has an agreement version of this number.</source>
        <translation>本案已有该编号的协议版本。</translation>
    </message>
    <message>
        <source>The language must be Chinese or English.</source>
        <translation>语言只能是中文或英文。</translation>
    </message>
    <message>
        <source>{field} is not a valid SHA-256 fingerprint.</source>
        <translation>{field}不是有效的 SHA-256 指纹。</translation>
    </message>
    <message>
        <source>A waiver needs a reason.</source>
        <translation>豁免须说明理由。</translation>
    </message>
    <message>
        <source>A dispute needs two different parties.</source>
        <translation>争议须涉及两个不同的参与方。</translation>
    </message>
    <message>
        <source>A payment made must be more than zero.</source>
        <translation>已付金额必须大于零。</translation>
    </message>
    <message>
        <source>The unit must be 元, 万元 or 亿元.</source>
        <translation>单位只能是元、万元或亿元。</translation>
    </message>
    <message>
        <source>{field} must be a whole number of days from 0 to 3650.</source>
        <translation>{field}必须是 0 至 3650 之间的整数天数。</translation>
    </message>
    <message>
        <source>A subject is named twice.</source>
        <translation>考核对象名称重复。</translation>
    </message>
    <message>
        <source>{field} must be more than zero when given.</source>
        <translation>{field}如填写，须大于零。</translation>
    </message>
    <message>
        <source>The findings must not be empty.</source>
        <translation>评估意见不能为空。</translation>
    </message>
    <message>
        <source>A link is to the round before or the round after.</source>
        <translation>只能关联上一轮或下一轮。</translation>
    </message>
    <message>
        <source>A case cannot follow itself.</source>
        <translation>协调事项不能以自身为下一轮。</translation>
    </message>
    <message>
        <source>The period {period} must be a year (2016), a month (2019-03) or baseline.</source>
        <translation>期间“{period}”必须是年份（如 2016）、月份（如 2019-03）或 baseline（基准值）。</translation>
    </message>
    <message>
        <source>A reading names an indicator the case does not have.</source>
        <translation>监测数据中含有本案没有的指标。</translation>
    </message>
    <message>
        <source>The no-agreement outcome names an issue this case does not have.</source>
        <translation>无协议结果所列的协商事项不属于本协调事项。</translation>
    </message>
    <message>
        <source>The no-agreement outcome gives one issue two values.</source>
        <translation>无协议结果为同一协商事项给出了两个取值。</translation>
    </message>
    <message>
        <source>There is already a reading of this indicator for {subject} in {period}.</source>
        <translation>该指标已有{subject}在{period}的监测数据。</translation>
    </message>
    <message>
        <source>There is no scenario called {name}; the case has: {names}.</source>
        <translation>没有名为“{name}”的情景；本案的情景有：{names}。</translation>
    </message>
    <message>
        <source>There is no scenario to copy the readings from.</source>
        <translation>要复制数据的情景不存在。</translation>
    </message>
    <message>
        <source>Rate at least two options.</source>
        <translation>请至少为两个选项评分。</translation>
    </message>
    <message>
        <source>A rating is a number of 0 or more.</source>
        <translation>评分必须是不小于 0 的数。</translation>
    </message>
    <message>
        <source>Give at least two points.</source>
        <translation>请至少给出两个点。</translation>
    </message>
    <message>
        <source>The value {value} lies outside the issue [{low}, {high}].</source>
        <translation>取值 {value} 超出议题范围 [{low}, {high}]。</translation>
    </message>
    <message>
        <source>A score lies between 0 and 1.</source>
        <translation>得分须在 0 与 1 之间。</translation>
    </message>
    <message>
        <source>Swing points lie between 0 and 100.</source>
        <translation>摆幅分值须在 0 与 100 之间。</translation>
    </message>
    <message>
        <source>This pair of issues is not part of the comparison.</source>
        <translation>该议题对不在两两比较之列。</translation>
    </message>
    <message>
        <source>A judgement lies between 1/9 and 9.</source>
        <translation>判断值须在 1/9 与 9 之间。</translation>
    </message>
    <message>
        <source>{count} pairs are not compared yet.</source>
        <translation>尚有 {count} 对议题未比较。</translation>
    </message>
    <message>
        <source>Compare at least two issues.</source>
        <translation>请至少比较两个议题。</translation>
    </message>
    <message>
        <source>Pairwise comparison takes at most 10 issues.</source>
        <translation>两两比较最多支持 10 个议题。</translation>
    </message>
    <message>
        <source>At least one weight must be above zero.</source>
        <translation>至少一项权重须大于零。</translation>
    </message>
    <message>
        <source>The unit of a money rule must be one of {allowed}.</source>
        <translation>资金规则的单位只能是 {allowed} 之一。</translation>
    </message>
    <message>
        <source>The rule's parameters are not well formed.</source>
        <translation>规则参数格式不正确。</translation>
    </message>
    <message>
        <source>Rule “{rule}”: the parameter {parameter} is missing.</source>
        <translation>规则“{rule}”缺少参数 {parameter}。</translation>
    </message>
    <message>
        <source>Rule “{rule}”: a parameter is not a number.</source>
        <translation>规则“{rule}”有参数不是数值。</translation>
    </message>
    <message>
        <source>Rule “{rule}”: a parameter is bound to something that is not an issue.</source>
        <translation>规则“{rule}”有参数绑定的对象不是议题。</translation>
    </message>
    <message>
        <source>Rule “{rule}”: a parameter has a name that is not text.</source>
        <translation>规则“{rule}”有参数名称不是文本。</translation>
    </message>
    <message>
        <source>Rule “{rule}”: a parameter is not plain data.</source>
        <translation>规则“{rule}”有参数不是普通数据。</translation>
    </message>
    <message>
        <source>{name} is used by the rule “{rule}”; change that rule first.</source>
        <translation>“{name}”正被规则“{rule}”使用，请先修改该规则。</translation>
    </message>
    <message>
        <source>The case has no numeric issue.</source>
        <translation>本案没有数值型议题。</translation>
    </message>
    <message>
        <source>Rule “{rule}” names a party the case does not have.</source>
        <translation>规则“{rule}”含有本案没有的参与方。</translation>
    </message>
    <message>
        <source>Rule “{rule}” names an indicator the case does not have.</source>
        <translation>规则“{rule}”含有本案没有的指标。</translation>
    </message>
    <message>
        <source>Rule “{rule}” is bound to an issue the case does not have.</source>
        <translation>规则“{rule}”绑定了本案没有的议题。</translation>
    </message>
    <message>
        <source>Rule “{rule}” must name a fund rule of the case.</source>
        <translation>规则“{rule}”须指明本案的一项资金池规则。</translation>
    </message>
    <message>
        <source>Rule “{rule}”: the payer and the payee must differ.</source>
        <translation>规则“{rule}”的付款方与收款方不能相同。</translation>
    </message>
    <message>
        <source>Rule “{rule}”: the assessed sections must be given per party of the case.</source>
        <translation>规则“{rule}”须按本案的参与方列出考核断面。</translation>
    </message>
    <message>
        <source>Rule “{rule}”: the bound issue has no options to map.</source>
        <translation>规则“{rule}”绑定的议题没有可对应的选项。</translation>
    </message>
    <message>
        <source>Rule “{rule}”: say what each option of the bound issue stands for.</source>
        <translation>规则“{rule}”须说明所绑定议题每个选项的取值。</translation>
    </message>
    <message>
        <source>Rule “{rule}”: an option of the bound issue has no value.</source>
        <translation>规则“{rule}”所绑定议题有选项未给出取值。</translation>
    </message>
    <message>
        <source>Rule “{rule}”: the index weights must map indicators to numbers.</source>
        <translation>规则“{rule}”的指数权重须为各指标对应的数值。</translation>
    </message>
    <message>
        <source>Rule “{rule}”: the index weights must sum to 1.</source>
        <translation>规则“{rule}”的指数权重之和须为 1。</translation>
    </message>
    <message>
        <source>{field} must list at least one item.</source>
        <translation>{field}至少须列出一项。</translation>
    </message>
    <message>
        <source>Contributions by ratio need the fund's size.</source>
        <translation>按比例出资须设定资金规模。</translation>
    </message>
    <message>
        <source>List at least one instalment.</source>
        <translation>请至少列出一期。</translation>
    </message>
    <message>
        <source>{path} is open in another program ({holder}).</source>
        <translation>{path} 正在另一个程序中打开（{holder}）。</translation>
    </message>
    <message>
        <source>{path} cannot be changed: the file or its disk is read-only. Nothing was changed.</source>
        <translation>无法修改 {path}：文件或所在磁盘是只读的。未做任何更改。</translation>
    </message>
    <message>
        <source>Cannot create {path}: the folder {folder} is read-only. Nothing was created.</source>
        <translation>无法创建 {path}：文件夹 {folder} 是只读的。未创建任何文件。</translation>
    </message>
    <message>
        <source>{path} cannot be written: the disk is full. Nothing was changed.</source>
        <translation>无法写入 {path}：磁盘已满。未做任何更改。</translation>
    </message>
    <message>
        <source>{path} cannot be written: {reason}. Nothing was changed.</source>
        <translation>无法写入 {path}：{reason}。未做任何更改。</translation>
    </message>
    <message>
        <source>Cannot write {path}: the folder {folder} does not exist.</source>
        <translation>无法写入 {path}：文件夹 {folder} 不存在。</translation>
    </message>
    <message>
        <source>{path} is busy in another program; try again in a moment.</source>
        <translation>{path} 正被另一个程序占用，请稍后再试。</translation>
    </message>
    <message>
        <source>The change conflicts with what {path} already holds; nothing was saved.</source>
        <translation>此修改与 {path} 中已有的内容冲突，未保存。</translation>
    </message>
    <message>
        <source>{path} was changed by another program meanwhile; nothing was saved.</source>
        <translation>{path} 在此期间已被另一个程序修改，未保存。</translation>
    </message>
    <message>
        <source>{path} is open read-only in this window; nothing was changed.</source>
        <translation>{path} 在本窗口中以只读方式打开，未做任何更改。</translation>
    </message>
    <message>
        <source>Version {version} is a draft: make it final before signing.</source>
        <translation>第 {version} 版是草案：请先定稿，再签署。</translation>
    </message>
    <message>
        <source>“{party}” is not a signatory of this case.</source>
        <translation>“{party}”不是本协调事项的签约方。</translation>
    </message>
    <message>
        <source>{party} has already signed version {version}.</source>
        <translation>{party} 已签署第 {version} 版。</translation>
    </message>
    <message>
        <source>{path} is damaged; open its latest backup (NAME.&lt;time&gt;.bak.desk) or a bundle exported earlier.</source>
        <translation>{path} 已损坏；请打开其最近的备份（名称.&lt;时间&gt;.bak.desk）或先前导出的案卷包。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>代表</translation>
    </message>
    <message>
        <source>Delegate title</source>
        <translation>代表职务</translation>
    </message>
    <message>
        <source>Superior</source>
        <translation>上级</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>BATNA utility</source>
        <translation>BATNA效用</translation>
    </message>
    <message>
        <source>Bargaining power</source>
        <translation>谈判力</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>最小值</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>最大值</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步长</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>Ideal value</source>
        <translation>理想值</translation>
    </message>
    <message>
        <source>Reservation value</source>
        <translation>保留值</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>争议事项</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>被主张方</translation>
    </message>
    <message>
        <source>Population (10,000 persons)</source>
        <translation>常住人口（万人）</translation>
    </message>
    <message>
        <source>Fiscal revenue (100 million yuan a year)</source>
        <translation>一般公共预算收入（亿元/年）</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>正文</translation>
    </message>
</context>
<context>
    <name>VersionDiff</name>
    <message>
        <source>Compare</source>
        <translation>对照</translation>
    </message>
    <message>
        <source>with</source>
        <translation>与</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>第 %1 版</translation>
    </message>
    <message>
        <source>No versions yet.</source>
        <translation>尚无版本。</translation>
    </message>
    <message>
        <source>%1 lines differ</source>
        <translation>%1 行不同</translation>
    </message>
</context>
<context>
    <name>WaiveDialog</name>
    <message>
        <source>Waive a commitment</source>
        <translation>豁免履约事项</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>履约事项</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>豁免理由</translation>
    </message>
</context>
<context>
    <name>WeightsDialog</name>
    <message>
        <source>Weights of %1</source>
        <extracomment>Index of "equal" among the pairwise choices: 9 … 2 (left more important), 1, 2 … 9 (right more important).</extracomment>
        <translation>%1的事项权重</translation>
    </message>
    <message>
        <source>Imagine each issue moving from its worst to its best value. Give 100 points to the move that matters most, and to each other move the points it is worth beside that one.</source>
        <translation>设想每个事项从最差值变为最佳值。给最重要的变化打100分，其余变化按其相对于该变化的重要程度打分。</translation>
    </message>
    <message>
        <source>Swing weighting</source>
        <translation>摆幅赋权法</translation>
    </message>
    <message>
        <source>For each pair: which issue matters more to the party, and how much?</source>
        <translation>逐对比较：对该主体而言，哪个事项更重要？重要多少？</translation>
    </message>
    <message>
        <source>%1 × more: %2</source>
        <translation>%2更重要（%1倍）</translation>
    </message>
    <message>
        <source>equally important</source>
        <translation>同等重要</translation>
    </message>
    <message>
        <source>Pairwise comparison</source>
        <translation>两两比较法（层次分析法）</translation>
    </message>
    <message>
        <source>Resulting weights (you can adjust them)</source>
        <translation>得出的权重（可手动调整）</translation>
    </message>
    <message>
        <source>Consistency ratio %1 %: %2</source>
        <translation>一致性比率 %1%：%2</translation>
    </message>
    <message>
        <source>consistent enough (below 10 %)</source>
        <translation>一致性可以接受（低于10%）</translation>
    </message>
    <message>
        <source>the comparisons contradict each other; revise some (10 % or more)</source>
        <translation>比较结果相互矛盾，请修改部分判断（达到或超过10%）</translation>
    </message>
    <message>
        <source>At least one weight must be above zero.</source>
        <translation>至少一个权重须大于零。</translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <source>Concord Desk</source>
        <translation>区际协商台</translation>
    </message>
    <message>
        <source>Concord Desk — negotiation support for inter-regional coordination</source>
        <translation>区际协商台 — 区际利益协调协商支持</translation>
    </message>
    <message>
        <source>New case…</source>
        <translation>新建协调事项…</translation>
    </message>
    <message>
        <source>Open case file…</source>
        <translation>打开案卷文件…</translation>
    </message>
    <message>
        <source>Import bundle…</source>
        <translation>导入案卷包…</translation>
    </message>
    <message>
        <source>User manual</source>
        <translation>使用手册</translation>
    </message>
    <message>
        <source>Open the sample</source>
        <translation>打开示例</translation>
    </message>
    <message>
        <source>Sample cases (opened as a copy in %1)</source>
        <translation>示例案例（复制到“%1”文件夹后打开）</translation>
    </message>
    <message>
        <source>Recent case files</source>
        <translation>最近的案卷文件</translation>
    </message>
    <message>
        <source>(no sample cases in this installation)</source>
        <translation>（本安装中没有示例案例）</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>（暂无）</translation>
    </message>
</context>
<context>
    <name>WhatIfModel</name>
    <message>
        <source>Strategies</source>
        <extracomment>Every strategy at once (the what-if compares them).</extracomment>
        <translation>策略组合</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>达成率</translation>
    </message>
    <message>
        <source>Mean utilities</source>
        <translation>平均效用</translation>
    </message>
    <message>
        <source>On the frontier</source>
        <translation>位于前沿</translation>
    </message>
    <message>
        <source>Distance to Nash</source>
        <translation>与纳什解距离</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>平均轮数</translation>
    </message>
</context>
<context>
    <name>WindowManager</name>
    <message>
        <source>Cannot open case file</source>
        <extracomment>Why a file cannot be opened for editing, where opening it read-only still makes sense.</extracomment>
        <translation>无法打开案卷文件</translation>
    </message>
    <message>
        <source>%1

You can open it read-only: you see its changes as they are saved there, but cannot edit it here.</source>
        <translation>%1

可以以只读方式打开：对方保存的修改会随时显示在这里，但在这里不能修改。</translation>
    </message>
    <message>
        <source>Case file in use</source>
        <translation>案卷文件正被使用</translation>
    </message>
    <message>
        <source>Case file restored</source>
        <translation>案卷文件已从备份恢复</translation>
    </message>
    <message>
        <source>%1 was left half-upgraded by an interrupted upgrade. It was restored from its backup %2; the damaged file is kept beside it as %3.</source>
        <translation>%1 在一次被中断的升级中只升级了一半，已从其备份 %2 恢复；损坏的文件另存于同一文件夹，名为 %3。</translation>
    </message>
</context>
</TS>