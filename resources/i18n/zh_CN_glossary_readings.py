"""Chinese translations of the readings editor (监测数据), shared by the Sharing and compensation page and the
Monitoring board; merged by zh_CN_glossary.py."""

TABLE = {
    ("MonitoringPage", "Readings"): "监测数据",
    ("ReadingDialog", "Reported by"): "报送单位",
    ("ReadingTableModel", "Reported by"): "报送单位",
    ("ReadingsDialog", "Reported by"): "报送单位",
    ("ReadingsEditor", "Enter readings…"): "录入监测数据…",
    ("ReadingsEditor", "Type many readings in a table (the readings due are offered)"):
        "在表格中录入多条监测数据（已列出到期应报的数据）",
    ("ReadingsEditor", "Type many readings in a table"): "在表格中录入多条监测数据",
    ("ReadingsEditor", "Add…"): "添加…",
    ("ReadingsEditor", "Add one reading"): "添加一条监测数据",
    ("ReadingsEditor", "Import…"): "导入…",
    ("ReadingsEditor", "Import readings from a CSV or Excel file (columns period, indicator, subject, value)"):
        "从 CSV 或 Excel 文件导入监测数据（列：period 期间、indicator 指标、subject 对象、value 数值）",
    ("ReadingsEditor", "Reading not saved"): "监测数据未保存",
    ("ReadingsEditor", "Reading not deleted"): "监测数据未删除",
    ("ReadingsEditor", "Enter %n readings"): "录入 %n 条监测数据",
    ("ReadingsEditor", "Readings not stored"): "监测数据未保存",
    ("ReadingsEditor", "Readings stored"): "监测数据已保存",
    ("ReadingsEditor", "Import readings"): "导入监测数据",
    ("ReadingsEditor", "Import readings from %1"): "从%1导入监测数据",
    ("ReadingsEditor", "Readings not imported"): "监测数据未导入",
    ("ReadingsEditor", "Readings imported"): "监测数据已导入",
    ("ReadingsEditor", "%n readings added, %1 replaced."): "新增 %n 条监测数据，替换 %1 条。",
    ("RulesPage", "%n readings are missing (counted as not met where a rule says so)."):
        "缺少 %n 条监测数据（规则规定的，按未达标计）。",
    # the scenario picker and editor of the Sharing and compensation page
    ("RulesPage", "Payments under %1 and the %n readings of the scenario %2 (hypothetical, not reported)."):
        "按%1及情景%2的 %n 条数据（假设数据，非报送数据）计算的支付。",
    ("RulesPage", "Payments under %1 and the case's %n readings."): "按%1及本案的 %n 条监测数据计算的支付。",
    ("ScenarioBar", "The readings the payments are computed with: the reported ones, or a scenario (a named, "
                    "hypothetical set of readings)"): "计算支付所用的数据：报送数据，或某个情景（一组命名的假设数据）",
    ("ScenarioBar", "New scenario…"): "新建情景…",
    ("ScenarioBar", "Rename…"): "重命名…",
    ("ScenarioBar", "Delete scenario"): "删除情景",
    ("ScenarioBar", "Readings:"): "读数：",
    ("ScenarioBar", "Reported readings"): "报送数据",
    ("ScenarioBar", "Scenario not created"): "情景未创建",
    ("ScenarioBar", "Scenario not renamed"): "情景未重命名",
    ("ScenarioBar", "Delete the scenario %1 and its %n readings? (Edit → Undo brings it back.)"):
        "删除情景“%1”及其 %n 条数据？（可用“编辑 → 撤销”恢复。）",
    ("ScenarioBar", "Scenario not deleted"): "情景未删除",
    ("ScenarioDialog", "New scenario"): "新建情景",
    ("ScenarioDialog", "Rename scenario"): "重命名情景",
    ("ScenarioDialog", "e.g. 水质达标"): "例如：水质达标",
    ("ScenarioDialog", "Empty"): "空白（不含数据）",
    ("ScenarioDialog", "A copy of the reported readings"): "复制报送数据",
    ("ScenarioDialog", "A copy of %1"): "复制情景“%1”",
    ("ScenarioDialog", "Readings"): "数据来源",
    ("UndoCommands", "New scenario %1"): "新建情景 %1",
    ("UndoCommands", "Rename scenario %1 to %2"): "将情景 %1 重命名为 %2",
    ("UndoCommands", "Delete scenario %1"): "删除情景 %1",
}
