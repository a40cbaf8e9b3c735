"""Chinese (zh_CN) translations of the named reading scenarios' strings (issue 11): audit labels, validation
messages and the Sessions page's money tab."""

TABLE = {
    ("Labels", "reading scenario added"): "新增数据情景",
    ("Labels", "reading scenario changed"): "修改数据情景",
    ("Labels", "reading scenario deleted"): "删除数据情景",
    ("Labels", "reading scenario restored"): "恢复数据情景",
    ("Labels", "reading scenario imported"): "导入数据情景",
    ("Labels", "scenario reading entered"): "录入情景数据",
    ("Labels", "scenario reading changed"): "修改情景数据",
    ("Labels", "scenario reading deleted"): "删除情景数据",
    ("Labels", "scenario reading imported"): "导入情景数据",
    ("Labels", "scenario readings imported"): "批量导入情景数据",
    ("Labels", "scenario readings copied"): "复制情景数据",
    ("Labels", "scenario readings restored"): "恢复情景数据",
    ("Validation", "There is no scenario called {name}; the case has: {names}."):
        "没有名为“{name}”的情景；本案的情景有：{names}。",
    ("Validation", "There is no scenario to copy the readings from."): "要复制数据的情景不存在。",
    # the Sessions page's money tab
    ("MoneyPanel", "Readings"): "计算依据",
    ("MoneyPanel", "Select a proposal, or edit a package, to see it in money."): "请选择一个方案或在方案编辑器中编辑方案，以查看其资金结果。",
    ("MoneyPanel", "The readings the payments are computed with: those reported, or a named scenario of the case"):
        "计算支付所用的监测数据：报送数据，或本案的某个数据情景",
    ("MoneyPanel", "Reported readings (报送数据)"): "报送数据",
    ("MoneyPanel", "the reported readings"): "报送数据",
    ("MoneyPanel", "the scenario “%1”"): "情景“%1”",
    ("MoneyPanel", "Computing the payments under %1…"): "正在按%1计算支付…",
    ("MoneyPanel", "Totals over the term under %2 (+ receives, − pays), in %1."):
        "协议期内合计，按%2计算（＋为收入，－为支出），单位：%1。",
}
