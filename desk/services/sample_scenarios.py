"""The named reading scenarios each sample case ships with (illustrative readings, resources/samples/*-scenario-*.csv).

Each scenario's readings really produce the outcome its name says under the sample's rules (tests compute them).
"""
from __future__ import annotations

from pathlib import Path

from desk.services.cases import CaseService
from desk.services.scenarios import ScenarioService

_MET = "示意数据：2015—2019年各项指标均优于基准，任何K值下P均≤1，浙江出资每年拨付安徽。"
_NOT_MET = "示意数据：2015—2019年各项指标均劣于基准20%以上，任何K值下P均>1，安徽出资每年拨付浙江。"

#: Sample → its scenarios: (name, description, readings file in resources/samples).
SCENARIOS: dict[str, tuple[tuple[str, str, str], ...]] = {
    "xinanjiang-round2": (("水质达标", _MET, "xinanjiang-scenario-met.csv"),
                          ("水质未达标", _NOT_MET, "xinanjiang-scenario-not-met.csv")),
    "chishui": (("全部断面达标", "示意数据：2018—2020年七个考核断面每月均达标，不扣减。",
                 "chishui-scenario-all-met.csv"),
                ("部分断面未达标", "示意数据：茅台断面2019年6—8月、岔角断面2020年7月、赤水断面2018年9—10月不达标。",
                 "chishui-scenario-some-failed.csv")),
    "jingjinji-tax": (("迁移企业增长放缓", "示意数据：迁移企业“三税”地方分成增长慢于报送数据。",
                       "jingjinji-scenario-slower-growth.csv"),),
}


def add_sample_scenarios(service: CaseService, sample: str, folder: Path | None = None) -> None:
    """Add the scenarios of ``sample`` to its case, each with its readings imported from its file."""
    from desk.services.samples import samples_dir

    scenarios = ScenarioService(service)
    for name, description, readings in SCENARIOS[sample]:
        scenario = scenarios.create(name, description)
        scenarios.import_readings_file(scenario.id, (folder or samples_dir()) / readings)
