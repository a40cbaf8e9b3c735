<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
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
    <name>ColourButton</name>
    <message>
        <source>Party colour</source>
        <translation>主体颜色</translation>
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
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>PRESENTATION MODE — confidential values are hidden (F8 to leave)</source>
        <translation>演示模式 — 保密信息已隐藏（按 F8 退出）</translation>
    </message>
    <message>
        <source>Every change is saved as you make it.</source>
        <translation>每项修改都会即时保存。</translation>
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
        <source>About Concord Desk</source>
        <translation>关于区际协商台</translation>
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
        <translation>区际协商台</translation>
    </message>
    <message>
        <source>Secretariat view</source>
        <translation>秘书处视图</translation>
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
        <source>Language</source>
        <translation>界面语言</translation>
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
    <name>TaskRunner</name>
    <message>
        <source>Task failed</source>
        <translation>任务失败</translation>
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
        <translation>名称“{name}”已在本事项中使用。</translation>
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
        <translation>{party}的上级不是本事项的协调主体。</translation>
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
        <source>The step ({step}) is larger than the range.</source>
        <translation>步长（{step}）大于取值范围。</translation>
    </message>
    <message>
        <source>The step ({step}) makes more than {limit} values; choose a coarser step.</source>
        <translation>步长（{step}）产生的取值超过 {limit} 个，请选择更大的步长。</translation>
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
        <source>{path} is not a file.</source>
        <translation>{path} 不是文件。</translation>
    </message>
    <message>
        <source>The file {path} is larger than 50 MB.</source>
        <translation>文件 {path} 超过 50 MB。</translation>
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
        <source>Recent case files</source>
        <translation>最近的案卷文件</translation>
    </message>
</context>
<context>
    <name>WindowManager</name>
    <message>
        <source>Cannot open case file</source>
        <translation>无法打开案卷文件</translation>
    </message>
</context>
</TS>