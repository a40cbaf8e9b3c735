"""``desk --screenshot``, settings declared once, attachments through the demand form, save a copy."""
from __future__ import annotations

from PySide6.QtGui import QImage

from desk.ui.launch import launch
from desk.ui.settings import LANGUAGE, RECENT_FILES, Settings, make_qsettings


def test_screenshot_of_each_page(demo_file, tmp_path):
    for page, lang in (("overview", "zh"), ("demands", "en")):
        out = tmp_path / f"{page}.png"
        assert launch(["--screenshot", str(out), "--page", page, "--lang", lang, "--presentation",
                       str(demo_file)]) == 0
        image = QImage(str(out))
        assert image.width() == 1280 and image.height() == 800


def test_screenshot_usage_errors(tmp_path, demo_file):
    assert launch(["--screenshot", str(tmp_path / "x.png")]) == 2
    assert launch(["--screenshot", str(tmp_path / "x.png"), "--page", "nope", str(demo_file)]) == 2
    assert launch(["--screenshot", str(tmp_path / "x.png"), str(tmp_path / "missing.desk")]) == 1


def test_settings_defaults_and_recent_files(tmp_path):
    settings = Settings(make_qsettings(tmp_path))
    assert settings.get(LANGUAGE) == "" and settings.get(RECENT_FILES) == []
    files = []
    for i in range(12):
        path = tmp_path / f"{i}.desk"
        path.write_bytes(b"")
        files.append(path)
        settings.add_recent(path)
    assert len(settings.recent_files()) == 10 and settings.recent_files()[0] == str(files[-1].resolve())
    assert (tmp_path / "concord-desk.ini").exists()


def test_evidence_file_attached_undone_and_redone(ctx, demo_file, tmp_path):
    from desk.ui.undo_commands import SetDemand

    evidence = tmp_path / "统计公报.txt"
    evidence.write_text("2023 年水质监测数据", encoding="utf-8")
    window = ctx.windows.open_case(demo_file)
    doc = window.doc
    demand = doc.snapshot.demands[0]
    doc.execute(SetDemand(doc, demand, demand, [evidence], []))
    attached = doc.attachments.list(demand.id)
    assert [a.filename for a in attached] == ["统计公报.txt"]
    assert doc.attachments.extract(attached[0].id, tmp_path).read_text(encoding="utf-8") == "2023 年水质监测数据"
    window.undo_action.trigger()
    assert doc.attachments.list(demand.id) == []
    window.redo_action.trigger()
    assert [a.id for a in doc.attachments.list(demand.id)] == [attached[0].id]


def test_save_a_copy(ctx, demo_file, tmp_path):
    from desk.services.cases import load_snapshot
    from desk.ui import file_actions

    window = ctx.windows.open_case(demo_file)
    target = tmp_path / "copy.desk"
    ctx.interaction.paths.append(target)
    file_actions.save_copy(window)
    assert load_snapshot(target).case.name == window.doc.snapshot.case.name
