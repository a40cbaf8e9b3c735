"""Each sample's drafted agreement states its rules exactly — checked on the PDF (pdftotext) and the DOCX."""
from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from pdftools import body_text, squash

from desk.agreement.document import document_from_version
from desk.agreement.drafting import DraftOptions, build_draft
from desk.agreement.export import write_document
from desk.agreement.rule_articles import DraftingRuleError
from desk.services.payments import package_by_names
from desk.services.rules import RuleService
from desk.services.samples import build_sample

PACKAGES = {
    "xinanjiang-round2": {"安徽省年度出资": 2, "浙江省年度出资": 2, "中央年度出资": 4, "水质稳定系数（K值）": 0.89,
                          "考核指标权重": "四项各25%", "协议期限": 3, "共建园区税收安徽方分成比例": 50,
                          "资金拨付规则": "对赌：达标浙江拨付安徽，不达标安徽拨付浙江"},
    "chishui": {"年度补偿资金规模": 2, "补偿资金分配比例（云南:贵州:四川）": "3:4:3"},
    "jingjinji-tax": {"迁出地分享比例": 50, "分享上限（迁移前三年三税总额的倍数）": 1, "分享期限": 5,
                      "未达上限时延长年限": 2, "一次性园区建设补偿": 4},
}

EXPECTED = {
    "xinanjiang-round2": [
        "财政部、生态环境部（中央）自2015年至2017年每年向安徽省人民政府支付资金，首年4亿元，此后每年减少1亿元，"
        "即2015年4亿元、2016年3亿元、2017年2亿元",
        "按P=K₀×Σ(kᵢ×Cᵢ/Cᵢ₀)计算考核指数P，其中K₀=0.89；指标权重kᵢ为高锰酸盐指数25%、氨氮25%、总氮25%、总磷25%",
        "基准值Cᵢ₀为：高锰酸盐指数2 mg/L、氨氮0.1 mg/L、总氮1.2 mg/L、总磷0.03 mg/L",
        "考核标准：≤ 6 mg/L",
        "P≤1的，浙江省人民政府向安徽省人民政府支付2亿元；P>1的，安徽省人民政府向浙江省人民政府支付2亿元",
        "P值保留4位小数后判定", "有效期为三年，自2015年1月1日起至2017年12月31日止",
        "（一）高锰酸盐指数：街口国控断面高锰酸盐指数年均浓度",
    ],
    "chishui": [
        "设立赤水河流域横向生态补偿资金，2018年至2020年每年规模2亿元，由云南省人民政府、贵州省人民政府、四川省人民政府"
        "按1:5:4的比例出资，即每年云南省人民政府2,000万元、贵州省人民政府1亿元、四川省人民政府8,000万元",
        "资金按3:4:3的比例分配给云南省人民政府、贵州省人民政府、四川省人民政府，即每年云南省人民政府6,000万元、"
        "贵州省人民政府8,000万元、四川省人民政府6,000万元",
        "云南省人民政府负责鱼洞、清水铺共2个断面，每断面·月扣减250万元",
        "贵州省人民政府负责鲢鱼溪、茅台、岔角共3个断面，每断面·月扣减222.222222万元",
        "缺测按未达标计", "扣减资金按其余各方的分配比例拨付其余各方", "当年分配额的十二分之一除以其考核断面数",
        "有效期为三年，自2018年1月1日起至2020年12月31日止", "（一）断面达标：",
    ],
    "jingjinji-tax": [
        "河北省人民政府每年将该企业“三税地方分成”", "的50%支付北京市人民政府",
        "累计分享额达到该企业“迁移前三年三税合计”", "的1倍为止；累计分享额越过上限的当年只支付至上限，此后不再支付",
        "连续5个自然年（中间无数据的年度计入期限）", "分享期限延长2年，仅延长一次",
        "北京市人民政府于2026年6月30日前一次性向河北省人民政府支付4亿元，此后不再支付",
        "2026年北京市人民政府河北省人民政府4亿元", "（一）三税地方分成：",
    ],
}
ABSENT = {
    "jingjinji-tax": ["水质", "断面", "2027年北京市"],  # no water text in a tax case; a one-off is paid once
    "chishui": ["高锰酸盐"],
    "xinanjiang-round2": ["三税"],
}


@pytest.mark.parametrize("name", list(PACKAGES))
def test_each_sample_draft_states_its_rules_in_pdf_and_docx(name: str, tmp_path: Path, gui):
    service = build_sample(name, tmp_path / f"{name}.desk")
    try:
        snapshot = service.snapshot()
        package = package_by_names(snapshot, PACKAGES[name])
        baselines = tuple((r.indicator_id, r.subject, r.value) for r in RuleService(service).readings()
                          if r.period == "baseline")
    finally:
        service.close()
    version = build_draft(snapshot, package, DraftOptions(baselines=baselines))
    pdf, docx = tmp_path / f"{name}.pdf", tmp_path / f"{name}.docx"
    write_document(document_from_version(version), pdf, docx)
    text = body_text(str(pdf))
    with zipfile.ZipFile(docx) as archive:
        xml = archive.read("word/document.xml").decode("utf-8")
    import html
    import re

    docx_text = squash(html.unescape(re.sub(r"<[^>]+>", "", xml)))
    for expected in EXPECTED[name]:
        assert squash(expected) in text, expected
        assert squash(expected) in docx_text, expected
    for absent in ["待定", "TBD", "tobedetermined", *ABSENT[name]]:
        assert squash(absent) not in text, absent


def test_a_rule_missing_a_parameter_stops_the_draft_naming_it(tmp_path: Path):
    import dataclasses

    service = build_sample("jingjinji-tax", tmp_path / "j.desk")
    try:
        snapshot = service.snapshot()
        package = package_by_names(snapshot, PACKAGES["jingjinji-tax"])
    finally:
        service.close()
    share = snapshot.rules[0]
    broken = dataclasses.replace(share, params={**share.params, "share": None})
    with pytest.raises(DraftingRuleError, match="迁移企业三税分享: its parameter share is not decided"):
        build_draft(dataclasses.replace(snapshot, rules=(broken, *snapshot.rules[1:])), package)


def test_english_draft_states_the_rules_too(tmp_path: Path):
    service = build_sample("chishui", tmp_path / "c.desk")
    try:
        snapshot = service.snapshot()
        package = package_by_names(snapshot, PACKAGES["chishui"])
    finally:
        service.close()
    texts = {c.heading: c.text for c in build_draft(snapshot, package, DraftOptions(language="en")).clauses}
    compensation = next(t for h, t in texts.items() if h.lower().startswith("compensation"))
    assert "contributed by 云南省人民政府, 贵州省人民政府, 四川省人民政府 in the ratio 1:5:4" in compensation
    assert "250 万元 per section-month" in compensation and "(1) 赤水河流域横向生态补偿资金: A fund" in compensation
    assert "to be determined" not in " ".join(texts.values())
