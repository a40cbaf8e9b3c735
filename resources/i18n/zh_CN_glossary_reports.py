"""Chinese translations of the after-signing reports' strings (issue 12: evaluation, dispute letter, next round);
merged by zh_CN_glossary.py."""

TABLE = {
    ("Labels", "evaluation findings recorded"): "录入评估意见",
    ("Labels", "evaluation findings removed"): "删除评估意见",
    ("Labels", "round linked (previous or next case file)"): "关联上一轮或下一轮案卷",
    ("Labels", "duty marked done"): "标记履约事项已完成",
    ("Validation", "{field} must be more than zero when given."): "{field}如填写，须大于零。",
    ("Validation", "The findings must not be empty."): "评估意见不能为空。",
    ("Validation", "Population (10,000 persons)"): "常住人口（万人）",
    ("Validation", "Text"): "正文",
    ("Validation", "A link is to the round before or the round after."): "只能关联上一轮或下一轮。",
    ("Validation", "A case cannot follow itself."): "协调事项不能以自身为下一轮。",
    ("Validation", "Fiscal revenue (100 million yuan a year)"): "一般公共预算收入（亿元/年）",
}
