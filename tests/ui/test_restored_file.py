"""Opening a half-upgraded file in the app: it is restored from its backup and the user is told, in Chinese."""
from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from populated import file_at_revision

from tests.ui.conftest import make_context


def test_the_window_says_the_file_was_restored(qapp, populated_head: Path, tmp_path: Path):
    from desk.ui.bootstrap import shutdown

    path = tmp_path / "案例 50%.desk"
    file_at_revision("0002", populated_head, path)
    shutil.copyfile(path, tmp_path / "案例 50%.20260101T000000000000Z.bak.desk")
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE _alembic_tmp_issue AS SELECT * FROM issue")
    context = make_context(qapp, tmp_path, "zh_CN")
    try:
        window = context.windows.open_case(path, show=False)
        assert window is not None
        kind, title, text = context.interaction.messages[-1]
        assert (kind, title) == ("info", "案卷文件已从备份恢复")
        assert text.startswith("案例 50%.desk 在一次被中断的升级中只升级了一半，已从其备份 "
                               "案例 50%.20260101T000000000000Z.bak.desk 恢复")
    finally:
        shutdown(context)
