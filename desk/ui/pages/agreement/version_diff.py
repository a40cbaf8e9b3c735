"""Side-by-side comparison of any two agreement versions."""
from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QTextBrowser, QVBoxLayout, QWidget

from desk.core.agreements import AgreementVersion
from desk.services.agreement_diff import ADDED, CHANGED, REMOVED, changed_count, diff_versions

COLOURS = {CHANGED: ("#FFF3C4", "#FFF3C4"), REMOVED: ("#FAD4D4", ""), ADDED: ("", "#D4F2D8")}


class VersionDiff(QWidget):
    """Two version pickers and the two texts side by side, changed lines coloured."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._versions: list[AgreementVersion] = []
        self.left = QComboBox()
        self.right = QComboBox()
        self.summary = QLabel()
        self.view = QTextBrowser()
        self.left.currentIndexChanged.connect(self.compare)
        self.right.currentIndexChanged.connect(self.compare)
        pickers = QHBoxLayout()
        pickers.addWidget(QLabel(self.tr("Compare")))
        pickers.addWidget(self.left)
        pickers.addWidget(QLabel(self.tr("with")))
        pickers.addWidget(self.right)
        pickers.addWidget(self.summary, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(pickers)
        layout.addWidget(self.view, 1)

    def set_versions(self, versions: Sequence[AgreementVersion]) -> None:
        """Offer ``versions`` (oldest first); by default the last two are compared."""
        self._versions = list(versions)
        for combo, default in ((self.left, len(versions) - 2), (self.right, len(versions) - 1)):
            combo.blockSignals(True)
            combo.clear()
            for version in self._versions:
                combo.addItem(self.tr("Version %1").replace("%1", str(version.version)), version.id)
            combo.setCurrentIndex(max(0, default))
            combo.blockSignals(False)
        self.compare()

    def choose(self, left: int, right: int) -> None:
        """Compare version numbers ``left`` and ``right``."""
        numbers = [v.version for v in self._versions]
        self.left.setCurrentIndex(numbers.index(left))
        self.right.setCurrentIndex(numbers.index(right))

    def compare(self) -> None:
        if not self._versions:
            self.summary.setText(self.tr("No versions yet."))
            self.view.clear()
            return
        old, new = self._versions[self.left.currentIndex()], self._versions[self.right.currentIndex()]
        rows = diff_versions(old, new)
        self.summary.setText(self.tr("%1 lines differ").replace("%1", str(changed_count(rows))))
        cells = []
        for row in rows:
            left_bg, right_bg = COLOURS.get(row.kind, ("", ""))
            cells.append(f"<tr><td width='50%' style='background:{left_bg or 'white'}'>{html.escape(row.left)}</td>"
                         f"<td width='50%' style='background:{right_bg or 'white'}'>{html.escape(row.right)}</td></tr>")
        header = (f"<tr><th>{html.escape(self.left.currentText())}</th>"
                  f"<th>{html.escape(self.right.currentText())}</th></tr>")
        self.view.setHtml(f"<table width='100%' cellspacing='0' cellpadding='3' border='1'>{header}{''.join(cells)}"
                          "</table>")

    def text(self) -> str:
        return self.view.toPlainText()
