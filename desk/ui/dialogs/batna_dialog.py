"""A party's BATNA (confidential): its no-agreement outcome issue by issue, priced with its own profile, or the
utility typed in with its scale shown (0 = the party's worst package, 1 = its best)."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desk.core.issues import Issue, Value, format_value
from desk.core.parties import Party
from desk.services.batna_view import BatnaView
from desk.ui.widgets.issue_control import IssueControl


@dataclass(frozen=True, slots=True)
class BatnaAnswer:
    """A no-agreement package (issue id → value; empty when the utility is typed) and the typed utility."""

    package: dict[str, Value]
    batna: float


class BatnaDialog(QDialog):
    """Either "what happens on each issue if there is no agreement" (the utility follows, live) or the utility
    itself, between the party's worst (0) and best (1) packages, both spelled out."""

    def __init__(self, party: Party, issues: list[Issue], view: BatnaView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.party, self.issues, self.view = party, issues, view
        self.setWindowTitle(self.tr("BATNA of %1 (confidential)").replace("%1", party.label))
        self.setMinimumWidth(520)
        intro = QLabel(self.tr("What does %1 get if no agreement is reached? State it issue by issue (the status "
                               "quo: e.g. no compensation, the current tax split) and the utility follows from "
                               "its own preferences, or type the utility.").replace("%1", party.label))
        intro.setWordWrap(True)
        self.by_package = QRadioButton(self.tr("No-agreement outcome, issue by issue"))
        self.by_utility = QRadioButton(self.tr("Type the utility"))
        self.mode = QButtonGroup(self)
        self.mode.addButton(self.by_package)
        self.mode.addButton(self.by_utility)

        scale = view.scale()
        stated = dict(party.no_agreement)
        self.controls: dict[str, IssueControl] = {}
        package_box = QGroupBox()
        form = QFormLayout(package_box)
        for issue in issues:
            control = IssueControl(issue)
            control.setObjectName(f"noAgreement:{issue.id}")
            control.set_value(stated.get(issue.id, scale.worst.get(issue.id, issue.grid()[0])))
            control.changed.connect(self._update)
            self.controls[issue.id] = control
            form.addRow(issue.name, control)
        self.computed = QLabel()
        self.computed.setObjectName("batnaComputed")
        form.addRow(self.computed)

        utility_box = QGroupBox()
        utility_form = QFormLayout(utility_box)
        self.utility = QDoubleSpinBox()
        self.utility.setObjectName("batnaUtility")
        self.utility.setRange(0.0, 1.0)
        self.utility.setSingleStep(0.05)
        self.utility.setDecimals(3)
        self.utility.setValue(party.batna)
        utility_form.addRow(self.tr("BATNA utility"), self.utility)
        self.scale_text = QLabel(self._scale_text(scale.worst, scale.best))
        self.scale_text.setObjectName("batnaScale")
        self.scale_text.setWordWrap(True)
        utility_form.addRow(self.scale_text)

        self.package_box, self.utility_box = package_box, utility_box
        (self.by_package if stated else self.by_utility).setChecked(True)
        self.mode.buttonToggled.connect(lambda *_: self._update())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.by_package)
        layout.addWidget(package_box)
        layout.addWidget(self.by_utility)
        layout.addWidget(utility_box)
        layout.addWidget(buttons)
        self._update()

    def package(self) -> dict[str, Value]:
        return {issue_id: control.value() for issue_id, control in self.controls.items()}

    def answer(self) -> BatnaAnswer:
        if self.by_package.isChecked():
            return BatnaAnswer(self.package(), self.party.batna)
        return BatnaAnswer({}, self.utility.value())

    def _update(self) -> None:
        package_mode = self.by_package.isChecked()
        self.package_box.setEnabled(package_mode)
        self.utility_box.setEnabled(not package_mode)
        utility = f"{self.view.utility(self.package()):.3f}"
        self.computed.setText(self.tr("%1's BATNA utility from this outcome: %2")
                              .replace("%1", self.party.label).replace("%2", utility))

    def _scale_text(self, worst: dict[str, Value], best: dict[str, Value]) -> str:
        names = {i.id: i for i in self.issues}

        def spell(package: dict[str, Value]) -> str:
            return self.tr("; ").join(f"{names[k].name} {format_value(v, names[k].unit)}"
                                      for k, v in package.items() if k in names)

        if not best:
            return self.tr("%1 has stated no position yet: every package is worth 0 to it.").replace(
                "%1", self.party.label)
        return (self.tr("0 = the worst package for %1: %2").replace("%1", self.party.label).replace("%2", spell(worst))
                + "\n" + self.tr("1 = its best package: %1").replace("%1", spell(best)))

    @classmethod
    def ask(cls, party: Party, issues: list[Issue], view: BatnaView,
            parent: QWidget | None = None) -> BatnaAnswer | None:
        """Show the dialog; the answer, or None when cancelled."""
        dialog = cls(party, issues, view, parent)
        return dialog.answer() if dialog.exec() == QDialog.DialogCode.Accepted else None
