"""Chinese (zh_CN) translations of the Monitoring page's documents: evaluation report, letter to the arbiter,
next round (desk/ui/pages/monitoring/documents.py)."""

TABLE = {
    ("DisputesPanel", "Letter to the arbiter…"): "提请裁定函…",
    ("DisputesPanel", "Draft the letter asking the current arbiter to decide (PDF)"): "起草提请当前裁定机关裁定的函（PDF）",
    ("MonitoringPage", "Evaluation…"): "评估报告…",
    ("MonitoringPage", "The evaluation report (评估与反馈): targets against outcomes, money due against paid, "
                       "disputes, fairness, the secretariat's findings (PDF and DOCX)"):
        "评估与反馈报告：目标与实际、应付与实付、争议解决、公平性及秘书处评估意见（PDF 与 DOCX）",
    ("MonitoringPage", "Next round…"): "开启下一轮…",
    ("MonitoringPage", "Start the next round as a new case file linked to this one"): "以与本案卷相互关联的新案卷开启下一轮协商",
    ("MonitoringDocuments", "Wrote %1."): "已写入 %1。",
    ("MonitoringDocuments", "Evaluation report"): "评估报告",
    ("MonitoringDocuments", "The secretariat's findings for the term (stated in the report; may be left empty):"):
        "秘书处对本协议期的评估意见（写入报告，可留空）：",
    ("MonitoringDocuments", "Letter to the arbiter"): "提请裁定函",
    ("MonitoringDocuments", "Next round"): "下一轮协商",
    ("MonitoringDocuments", "The next round “%1” was created as %2, with each party's last package values as its "
                            "starting demands. Open it now?"):
        "已创建下一轮“%1”（%2），各方以上一轮方案值为初始诉求。现在打开吗？",
}
