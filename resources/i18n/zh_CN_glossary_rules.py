"""Chinese translations of the Sharing and compensation page strings; merged by zh_CN_glossary.py."""

TABLE = {
    ("Pages", "Sharing and compensation"): "分享与补偿",
    ("RuleTableModel", "Rule"): "规则",
    ("RuleTableModel", "Kind"): "类型",
    ("RuleTableModel", "Unit"): "单位",
    ("RuleTableModel", "Fixed transfer"): "固定转移支付",
    ("RuleTableModel", "Joint fund"): "共同出资资金",
    ("RuleTableModel", "Deduction per failed point"): "不达标扣减",
    ("RuleTableModel", "Transfer on an index"): "按考核指数补偿",
    ("RuleTableModel", "Revenue sharing with a cap"): "限额税收分享",
    ("RuleTableModel", "Statistics sharing"): "统计分成",
    ("PaymentTableModel", "Period"): "期间",
    ("PaymentTableModel", "Rule"): "规则",
    ("PaymentTableModel", "Payer"): "付款方",
    ("PaymentTableModel", "Payee"): "收款方",
    ("PaymentTableModel", "Amount"): "金额",
    ("PaymentTableModel", "Basis"): "计算依据",
    ("RulesPage", "Import readings…"): "导入监测数据…",
    ("RulesPage", "Payments"): "支付明细",
    ("RulesPage", "Net per period"): "各方各期净额",
    ("RulesPage", "Settlement"): "结算",
    ("RulesPage", "This case has no sharing or compensation rules yet."): "本协调事项尚未设定分享与补偿规则。",
    ("RulesPage", "the concluded package"): "已达成的方案",
    ("RulesPage", "the latest tabled proposal"): "最新提出的方案",
    ("RulesPage", "the Nash package"): "纳什谈判解方案",
    ("RulesPage", "Payments under %1 and the case's %2 readings."): "按%1及本案的%2条监测数据计算的支付。",
    ("RulesPage", "%1 readings are missing (counted as not met where a rule says so)."):
        "缺少%1条监测数据（规则规定的，按未达标计）。",
    ("RulesPage", "Import readings"): "导入监测数据",
    ("RulesPage", "Readings not imported"): "监测数据未导入",
    ("RulesPage", "Readings imported"): "监测数据已导入",
    ("RulesPage", "%1 readings added, %2 replaced."): "新增%1条，更新%2条。",
}

TABLE.update({
    ("SessionsPage", "In money"): "资金测算",
    ("MoneyTableModel", "Party"): "协调主体",
    ("MoneyTableModel", "Selected (A)"): "所选方案（A）",
    ("MoneyTableModel", "Pinned (B)"): "对照方案（B）",
    ("MoneyTableModel", "A − B"): "A－B",
    ("MoneyPanel", "Pin the selected package as B"): "将所选方案设为对照方案B",
    ("MoneyPanel", "The case has no sharing or compensation rules to compute money from."):
        "本协调事项尚无分享与补偿规则，无法测算资金。",
    ("MoneyPanel", "Totals over the term under the case's readings (+ receives, − pays), in %1."):
        "按本案监测数据测算的期内合计（＋为收入，－为支出），单位：%1。",
})

TABLE.update({
    ("RulesPage", "Change %1"): "修改参数%1",
    ("RulesPage", "Rule not changed"): "规则未修改",
    ("ParameterTableModel", "Parameter"): "参数",
    ("ParameterTableModel", "Value or deciding issue"): "取值或决定该参数的协商事项",
    ("RuleParameters", "← issue %1"): "← 协商事项“%1”",
    ("RuleParameters", " (a value per option)"): "（各选项分别取值）",
    ("RuleParameterDialog", "Parameter %1"): "参数%1",
    ("RuleParameterDialog", "Fixed value"): "固定值",
    ("RuleParameterDialog", "Decided by the issue"): "由协商事项决定",
    ("RuleParameterDialog", "The case has no numeric issue."): "本协调事项没有数值型协商事项。",
})

# Rule forms (create, edit, delete rules by kind) and parameter names
TABLE.update({
    ("BandRow", "no limit"): "不设上限",
    ("BandRow", "(nobody)"): "（无）",
    ("BandsEditor", "Index up to"): "指数不超过",
    ("BandsEditor", "Payer"): "付款方",
    ("BandsEditor", "Payee"): "收款方",
    ("BandsEditor", "Amount"): "金额",
    ("DeductionForm", "A share of the party's allocation per section"): "按该方分配额分摊到每个断面",
    ("DeductionForm", "A fixed amount"): "固定金额",
    ("DeductionForm", "Deduction per failure"): "每次不达标扣减",
    ("DeductionForm", "The other recipients, by allocation"): "其他受益方（按分配比例）",
    ("FixedTransferForm", "Once, on a date"): "一次性（于某日前）",
    ("FixedTransferForm", "Every year over a term"): "期限内每年",
    ("FixedTransferForm", "In instalments"): "分期",
    ("FixedTransferForm", "When"): "支付方式",
    ("FixedTransferForm", "Instalments"): "分期安排",
    ("IndexTransferForm", "P = K0 × Σ(ki × Ci / Ci0) over indicators"): "P = K0 × Σ(ki × Ci / Ci0)（多项指标加权）",
    ("IndexTransferForm", "One indicator's yearly value"): "单项指标的年度值",
    ("IndexTransferForm", "Index"): "考核指数",
    ("IndexTransferForm", "Decided by the option chosen for %1 (kept as stated)"): "由协商事项“%1”所选选项决定（保持原设定）",
    ("ParamEdit", "Fixed value"): "固定值",
    ("ParamEdit", "Issue: %1"): "协商事项：%1",
    ("ParamEdit", "optional"): "可不填",
    ("ParamEdit", "Issue: %1 (a value per option)"): "协商事项：%1（各选项分别取值）",
    ("PoolForm", "By ratio of the fund"): "按资金规模的比例",
    ("PoolForm", "By amount"): "按金额",
    ("PoolForm", "Contributions"): "出资",
    ("PoolForm", "Allocation by ratio"): "按比例分配",
    ("RowsEditor", "Add"): "添加",
    ("RuleDialog", "New rule"): "新建规则",
    ("RuleDialog", "Rule %1"): "规则“%1”",
    ("RuleDialog", "Money unit"): "货币单位",
    ("RuleDialog", "The clause as it will read"): "条款表述（实时）",
    ("RulesPage", "New rule…"): "新建规则…",
    ("RulesPage", "Rule not added"): "规则未添加",
    ("RulesPage", "Edit rule %1"): "修改规则“%1”",
    ("RulesPage", "Delete rule"): "删除规则",
    ("RulesPage", "Delete the rule %1?"): "删除规则“%1”？",
    ("RulesPage", "Rule not deleted"): "规则未删除",
    ("SectionsRow", "sections, separated by 、"): "考核断面，以“、”分隔",
    ("StatisticsShareForm", "Counted shares"): "统计分成比例",
    ("StatisticsShareForm", "all subjects"): "全部对象",
    ("StatisticsShareForm", "Subjects counted"): "统计对象",
    ("UndoCommands", "Add rule %1"): "添加规则“%1”",
    ("UndoCommands", "Delete rule %1"): "删除规则“%1”",
    ("Validation", "{field} must list at least one item."): "{field}至少须列出一项。",
    ("Validation", "Contributions by ratio need the fund's size."): "按比例出资须设定资金规模。",
    ("Validation", "List at least one instalment."): "请至少列出一期。",
})

#: Parameter names (金额 / Amount …) and kind names, shown on the page, in the forms and in their errors.
TABLE.update({("RuleLabels", en): zh for en, zh in {
    "Amount": "金额", "Years": "年限", "Yearly change": "每年增减额", "First year": "起始年份", "Date": "支付日期",
    "Instalment %1 amount": "第%1期金额", "Instalment %1 period": "第%1期期间", "Fund size a year": "年度资金规模",
    "Fund name": "资金名称", "Contribution ratio (%1)": "出资比例（%1）", "Contribution (%1)": "出资额（%1）",
    "Contributor %1": "出资方%1", "Allocation ratio (%1)": "分配比例（%1）", "Recipient %1": "受益方%1",
    "Divisor of the allocation (months)": "分配额除数（月数）", "Deduction per failure": "每次不达标扣减额",
    "Coefficient K0": "系数K0", "Assessed section": "考核断面", "Indicator weights": "指标权重",
    "Index indicator": "考核指标", "Band %1 upper limit": "第%1档上限", "Band %1 amount": "第%1档金额",
    "Band %1 payer": "第%1档付款方", "Band %1 payee": "第%1档收款方", "Bands": "分档", "Share": "分享比例",
    "Cap (multiple of the base)": "分享上限（基数的倍数）", "Cap base indicator": "上限基数指标",
    "Term (years)": "分享年限", "Extension (years)": "延长年限", "Counted share (%1)": "统计分成比例（%1）",
    "Party %1": "协调主体%1", "Payer": "付款方", "Payee": "收款方", "Indicator": "指标", "Fund": "资金",
    "Assessed sections": "考核断面", "Deducted money goes to": "扣减资金归属", "Parameters": "参数",
    "Fixed transfer": "固定转移支付", "Joint fund": "共同出资资金", "Deduction per failed point": "不达标扣减",
    "Transfer on an index": "按考核指数补偿", "Revenue sharing with a cap": "限额税收分享",
    "Statistics sharing": "统计分成",
}.items()})

TABLE.update({
    ("Labels", "readings imported"): "导入监测数据",
})

# Compensation tab: side payments proposed as transfer rules
TABLE.update({
    ("CompensationPanel", "Adopt as a rule"): "采纳为规则",
    ("CompensationPanel", "Proposed as transfer rules"): "拟定的转移支付规则",
    ("CompensationPanel", "In %1, one-off, due by the end of the year; no larger than what the rules let each "
                          "payer and the fund move."):
        "单位：%1；一次性，年底前支付；不超过规则允许各付款方及资金池支付的数额。",
    ("CompensationPanel", "Scaled down to %1 of the computed side payments to stay within those limits."):
        "为不超过上述限额，已按测算补偿额的%1缩减。",
    ("ProposedRuleModel", "Payer"): "付款方",
    ("ProposedRuleModel", "Payee"): "收款方",
    ("ProposedRuleModel", "Amount"): "金额",
    ("ProposedRuleModel", "Due by"): "支付期限",
    ("SessionsPage", "Rule not added"): "规则未添加",
    ("SessionsPage", "%1 is already a rule of the case."): "“%1”已是本协调事项的规则。",
    ("SessionsPage", "Rule added"): "规则已添加",
    ("SessionsPage", "%1 is now a rule of the case (page %2)."): "“%1”已成为本协调事项的规则（见“%2”页）。",
})

# Readings typed in the page
TABLE.update({
    ("ReadingDialog", "New reading"): "新增监测数据",
    ("ReadingDialog", "Reading"): "监测数据",
    ("ReadingDialog", "2016, 2019-03 or baseline"): "2016、2019-03 或 baseline（基准值）",
    ("ReadingDialog", "Period"): "期间",
    ("ReadingDialog", "Indicator"): "指标",
    ("ReadingDialog", "Subject"): "对象（断面或企业）",
    ("ReadingDialog", "Value"): "数值",
    ("ReadingTableModel", "Period"): "期间",
    ("ReadingTableModel", "Indicator"): "指标",
    ("ReadingTableModel", "Subject"): "对象",
    ("ReadingTableModel", "Value"): "数值",
    ("ReadingTableModel", "Source"): "来源",
    ("ReadingTableModel", "baseline"): "基准值",
    ("RulesPage", "Add reading…"): "新增监测数据…",
    ("RulesPage", "Readings"): "监测数据",
    ("RulesPage", "Reading not saved"): "监测数据未保存",
    ("RulesPage", "Reading not deleted"): "监测数据未删除",
    ("UndoCommands", "Add reading %1"): "新增监测数据 %1",
    ("UndoCommands", "Change reading %1"): "修改监测数据 %1",
    ("UndoCommands", "Delete reading %1"): "删除监测数据 %1",
    ("Validation", "There is already a reading of this indicator for {subject} in {period}."):
        "该指标已有{subject}在{period}的监测数据。",
})

# Messages of the no-agreement outcome (BATNA in issue terms), raised by the store and the core
TABLE.update({
    ("Validation", "The no-agreement outcome names an issue this case does not have."): "无协议结果所列的协商事项不属于本协调事项。",
    ("Validation", "The no-agreement outcome gives one issue two values."): "无协议结果为同一协商事项给出了两个取值。",
})
