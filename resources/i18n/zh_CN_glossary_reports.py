"""Chinese translations of the after-signing reports' strings (issue 12: evaluation, dispute letter, next round);
merged by zh_CN_glossary.py."""

TABLE = {
    ("Labels", "evaluation findings recorded"): "录入评估意见",
    ("Labels", "evaluation findings removed"): "删除评估意见",
}
