"""Chinese (zh_CN) translations of the UI strings, filled into desk_zh_CN.ts by build.py.

Kept as a table so that a re-run of lupdate after code changes never loses a translation;
keys are (context, English source). Translators may instead edit the .ts in Qt Linguist.
"""

from zh_CN_agreement import TABLE as AGREEMENT  # the Agreement page's strings
from zh_CN_glossary_help import TABLE as HELP  # start-up, welcome window, Help menu

COMMON = {
    "Name": "名称", "Short name": "简称", "Description": "说明", "Kind": "类型", "Role": "角色",
    "Delegate": "代表", "Delegate title": "代表职务", "Superior": "上级", "Colour": "颜色",
    "Party": "协调主体", "Issue": "协商事项", "Unit": "单位", "Category": "类别", "Priority": "优先级",
    "Reservation": "保留值", "Ideal": "理想值", "Ideal value": "理想值", "Rationale": "理由",
    "Evidence": "依据", "Remove": "移除", "Open": "打开", "(none)": "（无）", "Edit…": "编辑…",
    "Delete": "删除", "Options": "选项", "Minimum": "最小值", "Maximum": "最大值", "Step": "步长",
    "Parties": "协调主体", "Issues": "协商事项", "Demands": "利益诉求", "Overview": "概览",
    "Positions stated": "已表达诉求", "Presentation mode": "演示模式", "About Concord Desk": "关于区际协商台",
    "Concord Desk": "区际协商台", "Import bundle…": "导入案卷包…", "New case…": "新建协调事项…",
    "Bargaining power": "谈判力", "Notes": "备注", "File": "文件", "Task failed": "任务失败",
    "Cancel": "取消", "Cancelled": "已取消", "Cancelled: %1": "已取消：%1",
}

TABLE = {
    ("CaseDialog", "New case"): "新建协调事项",
    ("CaseDialog", "Case details"): "协调事项信息",
    ("CaseDialog", "e.g. 新安江流域生态补偿 第二轮"): "例如：新安江流域生态补偿 第二轮",
    ("CaseDialog", "Browse…"): "浏览…",
    ("CaseDialog", "Case file"): "案卷文件",
    ("ColourButton", "Party colour"): "主体颜色",
    ("CompletenessModel", "Not yet stated"): "尚未表达的事项",
    ("CompletenessModel", "complete"): "已齐全",
    ("DemandDialog", "Demand of %1 on %2"): "%1 关于“%2”的利益诉求",
    ("DemandDialog", "between %1 and %2"): "介于 %1 与 %2 之间",
    ("DemandDialog", "optional; %1"): "可不填；%1",
    ("DemandDialog", "One reference per line (document, statistic, law)"): "每行一条依据（文件、统计数据、法规）",
    ("DemandDialog", "Attach file…"): "附加文件…",
    ("DemandDialog", "Hidden in presentation mode."): "演示模式下不显示。",
    ("DemandDialog", "Reservation (confidential)"): "保留值（保密）",
    ("DemandDialog", "Evidence files"): "证据文件",
    ("DemandGridModel", "— not stated —"): "— 未表达 —",
    ("DemandGridModel", "(floor %1)"): "（底线 %1）",
    ("DemandGridModel", "Ideal: %1"): "理想值：%1",
    ("DemandGridModel", "Reservation: %1"): "保留值：%1",
    ("DemandGridModel", "Priority: %1"): "优先级：%1",
    ("DemandHistoryModel", "When"): "时间",
    ("DemandHistoryModel", "Change"): "变更",
    ("DemandHistoryModel", "By"): "操作人",
    ("DemandHistoryModel", "stated"): "提出",
    ("DemandHistoryModel", "changed"): "修改",
    ("DemandHistoryModel", "withdrawn"): "撤回",
    ("DemandHistoryModel", "restored"): "恢复",
    ("DemandsPage", "State or change position…"): "表达或修改诉求…",
    ("DemandsPage", "Withdraw position"): "撤回诉求",
    ("DemandsPage", "Only the selected cell"): "仅显示所选单元格",
    ("DemandsPage", "History of demands (who changed what, when)"): "诉求变更记录（谁在何时改了什么）",
    ("DemandsPage", "Attach evidence"): "附加证据文件",
    ("ExceptionDialog", "Unexpected error"): "意外错误",
    ("ExceptionDialog", "Something went wrong. Your work up to the last change is saved in the case file."):
        "程序出现错误。截至最后一次修改的工作已保存在案卷文件中。",
    ("ExceptionDialog", "%1\n\nDetails are in the log file:\n%2"): "%1\n\n详细信息见日志文件：\n%2",
    ("FileActions", "&New case…"): "新建协调事项(&N)…",
    ("FileActions", "&Open…"): "打开(&O)…",
    ("FileActions", "Open &recent"): "最近打开(&R)",
    ("FileActions", "Save a &copy…"): "另存副本(&C)…",
    ("FileActions", "&Import bundle…"): "导入案卷包(&I)…",
    ("FileActions", "Export bundle (&full)…"): "导出案卷包（完整）(&F)…",
    ("FileActions", "Export bundle (&redacted, for other parties)…"): "导出案卷包（脱密，供其他各方）(&R)…",
    ("FileActions", "&Close"): "关闭(&C)",
    ("FileActions", "&Quit"): "退出(&Q)",
    ("FileActions", "(no recent files)"): "（无最近文件）",
    ("FileActions", "New case file"): "新案卷文件",
    ("FileActions", "Open case file"): "打开案卷文件",
    ("FileActions", "Save a copy"): "另存副本",
    ("FileActions", "Copy saved to %1"): "副本已保存到 %1",
    ("FileActions", "Export redacted bundle"): "导出脱密案卷包",
    ("FileActions", "Export full bundle"): "导出完整案卷包",
    ("FileActions", "Bundle written to %1"): "案卷包已写入 %1",
    ("FileActions", "Import bundle"): "导入案卷包",
    ("FileActions", "New case file for the bundle"): "为案卷包新建案卷文件",
    ("FileActions", "Concord Desk (区际协商台) %1\nNegotiation support for inter-regional benefit coordination."):
        "区际协商台（Concord Desk）%1\n区际利益协调协商支持工具。",
    ("IssueDialog", "New issue"): "新建协商事项",
    ("IssueDialog", "Edit issue"): "编辑协商事项",
    ("IssueDialog", "e.g. %, 亿元, years"): "例如：%、亿元、年",
    ("IssueDialog", "Payer"): "支付方",
    ("IssueDialog", "Payee"): "收款方",
    ("IssueDialog", "(not a payment)"): "（非支付事项）",
    ("IssueDialog", "(the joint compensation fund)"): "（补偿资金专户）",
    ("IssueTableModel", "Range or options"): "取值范围或选项",
    ("IssuesPage", "Add issue…"): "新增事项…",
    ("IssuesPage", "Move up"): "上移",
    ("IssuesPage", "Move down"): "下移",
    ("IssuesPage", "Delete %1 and the %2 demands on it? (Edit → Undo brings them back.)"):
        "删除“%1”及其上的 %2 条诉求？（可用“编辑 → 撤销”恢复。）",
    ("IssuesPage", "Delete issue"): "删除协商事项",
    ("Labels", "Central government"): "中央政府",
    ("Labels", "Provincial government"): "省级政府",
    ("Labels", "Municipal government"): "市级政府",
    ("Labels", "County government"): "县级政府",
    ("Labels", "Enterprise"): "企业",
    ("Labels", "Residents"): "居民",
    ("Labels", "NGO"): "社会组织",
    ("Labels", "Secretariat"): "联席会议办公室",
    ("Labels", "Signatory"): "签约方",
    ("Labels", "Consulted"): "咨询方",
    ("Labels", "Arbiter"): "裁定方",
    ("Labels", "Mediator"): "协调方",
    ("Labels", "Numeric range"): "数值区间",
    ("Labels", "Discrete options"): "离散选项",
    ("Labels", "Benefit sharing"): "利益分享",
    ("Labels", "Compensation"): "补偿",
    ("Labels", "Cost sharing"): "成本分担",
    ("Labels", "Statistics"): "统计核算",
    ("Labels", "Monitoring"): "监测",
    ("Labels", "Evaluation"): "评估",
    ("Labels", "Other"): "其他",
    ("Labels", "case created"): "创建协调事项",
    ("Labels", "case details changed"): "修改协调事项信息",
    ("Labels", "party added"): "新增协调主体",
    ("Labels", "party changed"): "修改协调主体",
    ("Labels", "party deleted"): "删除协调主体",
    ("Labels", "party restored"): "恢复协调主体",
    ("Labels", "parties reordered"): "调整主体顺序",
    ("Labels", "issue added"): "新增协商事项",
    ("Labels", "issue changed"): "修改协商事项",
    ("Labels", "issue deleted"): "删除协商事项",
    ("Labels", "issue restored"): "恢复协商事项",
    ("Labels", "issues reordered"): "调整事项顺序",
    ("Labels", "position stated"): "表达诉求",
    ("Labels", "position changed"): "修改诉求",
    ("Labels", "position withdrawn"): "撤回诉求",
    ("Labels", "evidence file attached"): "附加证据文件",
    ("Labels", "evidence file removed"): "移除证据文件",
    ("MainWindow", "PRESENTATION MODE — confidential values are hidden (F8 to leave)"):
        "演示模式 — 保密信息已隐藏（按 F8 退出）",
    ("MainWindow", "Every change is saved as you make it."): "每项修改都会即时保存。",
    ("MainWindow", "&Undo"): "撤销(&U)",
    ("MainWindow", "&Redo"): "重做(&R)",
    ("MainWindow", "Hide every confidential value, for the projector (F8)"): "隐藏全部保密信息，用于投影（F8）",
    ("MainWindow", "&File"): "文件(&F)",
    ("MainWindow", "&Edit"): "编辑(&E)",
    ("MainWindow", "Case details…"): "协调事项信息…",
    ("MainWindow", "Preferences…"): "偏好设置…",
    ("MainWindow", "&View"): "视图(&V)",
    ("MainWindow", "&Help"): "帮助(&H)",
    ("MainWindow", "Main toolbar"): "主工具栏",
    ("MainWindow", " [presentation]"): " [演示]",
    ("MainWindow", "Secretariat view"): "秘书处视图",
    ("OptionsEditor", "Add option"): "添加选项",
    ("OptionsEditor", "Option %1"): "选项 %1",
    ("OverviewPage", "At a glance"): "概况",
    ("OverviewPage", "Signatories"): "签约方",
    ("OverviewPage", "Demands %p% complete"): "诉求完整度 %p%",
    ("OverviewPage", "Who has not stated a position on what"): "各方尚未表达诉求的事项",
    ("OverviewPage", "No activity yet."): "尚无操作记录。",
    ("OverviewPage", "Last activity: %1 at %2 (%3 changes recorded)"): "最近操作：%2 %1（共记录 %3 项变更）",
    ("PartiesPage", "Drag a party onto its superior; drop it on empty space to make it top-level."):
        "将主体拖到其上级上；拖到空白处则设为最高层级。",
    ("PartiesPage", "Add party…"): "新增主体…",
    ("PartiesPage", "Delete %1 and its %2 demands? (Edit → Undo brings them back.)"):
        "删除“%1”及其 %2 条诉求？（可用“编辑 → 撤销”恢复。）",
    ("PartiesPage", "Delete party"): "删除协调主体",
    ("PartiesPage", "Cannot move party"): "无法调整隶属关系",
    ("PartyDialog", "New party"): "新增协调主体",
    ("PartyDialog", "Edit party"): "编辑协调主体",
    ("PartyDialog", "Utility of the party's best alternative to agreement (confidential)"):
        "该主体不达成协议时最佳替代方案的效用（保密）",
    ("PartyDialog", "Confidential"): "保密信息",
    ("PartyDialog", "BATNA and notes are hidden in presentation mode."): "演示模式下不显示BATNA和备注。",
    ("PartyDialog", "BATNA utility (confidential)"): "BATNA效用（保密）",
    ("PartyDialog", "Private notes (confidential)"): "内部备注（保密）",
    ("PartyTableModel", "BATNA (confidential)"): "BATNA（保密）",
    ("PartyTableModel", "Delegate: %1"): "代表：%1",
    ("PartyTableModel", "Notes: %1"): "备注：%1",
    ("PartyTreeModel", "Administrative hierarchy"): "行政隶属关系",
    ("PreferencesDialog", "Preferences"): "偏好设置",
    ("PreferencesDialog", "Same as the system"): "跟随系统",
    ("PreferencesDialog", "Open windows are rebuilt in the new language; undo history is cleared."):
        "已打开的窗口将以新语言重建；撤销记录将被清空。",
    ("PreferencesDialog", "Language"): "界面语言",
    ("UndoCommands", "Add party %1"): "新增主体 %1",
    ("UndoCommands", "Edit party %1"): "编辑主体 %1",
    ("UndoCommands", "Delete party %1"): "删除主体 %1",
    ("UndoCommands", "Add issue %1"): "新增事项 %1",
    ("UndoCommands", "Edit issue %1"): "编辑事项 %1",
    ("UndoCommands", "Delete issue %1"): "删除事项 %1",
    ("UndoCommands", "Reorder issues"): "调整事项顺序",
    ("UndoCommands", "Reorder parties"): "调整主体顺序",
    ("UndoCommands", "Set demand"): "设置诉求",
    ("UndoCommands", "Delete demand"): "撤回诉求",
    ("UndoCommands", "Edit case"): "编辑协调事项",
    ("Validation", "{field} must be text."): "{field}必须是文本。",
    ("Validation", "{field} must not be empty."): "{field}不能为空。",
    ("Validation", "{field} is longer than {limit} characters."): "{field}超过 {limit} 个字符。",
    ("Validation", "{field} must be a single line."): "{field}只能为一行。",
    ("Validation", "The name “{name}” is already used in this case."): "名称“{name}”已在本事项中使用。",
    ("Validation", "{field} must be a number."): "{field}必须是数字。",
    ("Validation", "{field} must be a finite number."): "{field}必须是有限的数字。",
    ("Validation", "{field} is too large."): "{field}数值过大。",
    ("Validation", "{field} must be at least {low}."): "{field}不能小于 {low}。",
    ("Validation", "{field} must be at most {high}."): "{field}不能大于 {high}。",
    ("Validation", "{field} has an unknown value."): "{field}的取值无效。",
    ("Validation", "{field} is not a valid reference."): "{field}不是有效的引用。",
    ("Validation", "{field} must be a date and time."): "{field}必须是日期时间。",
    ("Validation", "A party cannot be its own superior."): "协调主体不能是自己的上级。",
    ("Validation", "The colour must be of the form #RRGGBB."): "颜色格式应为 #RRGGBB。",
    ("Validation", "The superior of {party} is not a party of this case."): "{party}的上级不是本事项的协调主体。",
    ("Validation", "The chain of superiors of {party} would loop back on itself."): "{party}的上级链条将形成循环。",
    ("Validation", "The maximum ({high}) must be greater than the minimum ({low})."):
        "最大值（{high}）必须大于最小值（{low}）。",
    ("Validation", "The step must be greater than zero."): "步长必须大于零。",
    ("Validation", "The payer and the payee must differ."): "支付方与收款方不能相同。",
    ("Validation", "The step ({step}) is larger than the range."): "步长（{step}）大于取值范围。",
    ("Validation", "The step ({step}) makes more than {limit} values; choose a coarser step."):
        "步长（{step}）产生的取值超过 {limit} 个，请选择更大的步长。",
    ("Validation", "A discrete issue needs at least two options."): "离散事项至少需要两个选项。",
    ("Validation", "The option “{option}” appears twice."): "选项“{option}”重复。",
    ("Validation", "{field} ({value}) lies outside the range of {issue} [{low}, {high}]."):
        "{field}（{value}）超出“{issue}”的取值范围 [{low}, {high}]。",
    ("Validation", "{field} ({value}) is not an option of {issue}."): "{field}（{value}）不是“{issue}”的选项。",
    ("Validation", "The reservation value must differ from the ideal value."): "保留值必须与理想值不同。",
    ("Validation", "Breakpoints must have strictly increasing values."): "分段点的取值必须严格递增。",
    ("Validation", "The new order must list every item once."): "新顺序必须包含每一项且仅一次。",
    ("Validation", "The item belongs to another case."): "该项属于另一个协调事项。",
    ("Validation", "{field} is required."): "{field}为必填项。",
    ("Validation", "The file {path} already exists; choose another name."): "文件 {path} 已存在，请换一个名称。",
    ("Validation", "{path} is not a file."): "{path} 不是文件。",
    ("Validation", "The file {path} is larger than 50 MB."): "文件 {path} 超过 50 MB。",
    ("Validation", "BATNA utility"): "BATNA效用",
    ("Validation", "Reservation value"): "保留值",
    ("WelcomeWindow", "Concord Desk — negotiation support for inter-regional coordination"):
        "区际协商台 — 区际利益协调协商支持",
    ("WelcomeWindow", "Open case file…"): "打开案卷文件…",
    ("WelcomeWindow", "Recent case files"): "最近的案卷文件",
    ("WindowManager", "Cannot open case file"): "无法打开案卷文件",
    ("WindowManager", "Case file restored"): "案卷文件已从备份恢复",
    ("WindowManager", "%1 was left half-upgraded by an interrupted upgrade. It was restored from its backup "
                      "%2; the damaged file is kept beside it as %3."):
        "%1 在一次被中断的升级中只升级了一半，已从其备份 %2 恢复；损坏的文件另存于同一文件夹，名为 %3。",
}

from zh_CN_glossary_sessions import TABLE as _SESSIONS  # noqa: E402  (the Sessions page's strings)

TABLE.update(_SESSIONS)

from zh_CN_glossary_rehearsal import TABLE as _REHEARSAL  # noqa: E402  (the Rehearsal page's strings)

TABLE.update(_REHEARSAL)

from zh_CN_glossary_rules import TABLE as _RULES  # noqa: E402  (the Sharing and compensation page's strings)

TABLE.update(_RULES)

from zh_CN_glossary_table import TABLE as _TABLE  # noqa: E402  (the bargaining table's strings, issue 13)

TABLE.update(_TABLE)

from zh_CN_glossary_trust import TABLE as _TRUST  # noqa: E402  (the case file in use, read-only, full disk)

TABLE.update(_TRUST)


def translation(context: str, source: str) -> str | None:
    """The Chinese for ``source`` in ``context`` (context-specific first, then the common words)."""
    return (TABLE.get((context, source)) or AGREEMENT.get((context, source)) or HELP.get((context, source))
            or COMMON.get(source))
