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
}
