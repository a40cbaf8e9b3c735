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
        "没有名为“{name}”的情景；本事项的情景有：{names}。",
    ("Validation", "There is no scenario to copy the readings from."): "要复制数据的情景不存在。",
}
