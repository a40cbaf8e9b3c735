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
    ("RulesPage", "Payments under %1 and the case's %2 readings."): "按%1及本事项的%2条监测数据计算的支付。",
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
        "按本事项监测数据测算的期内合计（＋为收入，－为支出），单位：%1。",
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
