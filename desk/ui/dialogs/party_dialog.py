"""The form for adding or editing a party (the confidential BATNA and notes hidden while presenting)."""
from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from desk.core.enums import PartyKind, PartyRole
from desk.core.parties import PALETTE, Party
from desk.ui.dialogs.form_dialog import FormDialog
from desk.ui.labels import combo_value, fill_combo
from desk.ui.widgets.colour_button import ColourButton

Submit = Callable[[Party], None]


class PartyDialog(FormDialog):
    """Edits a copy of ``party``; OK calls ``submit`` and stays open, errors shown, if it raises."""

    def __init__(self, party: Party, others: Sequence[Party], submit: Submit, presenting: bool,
                 parent: QWidget | None = None, new: bool = True) -> None:
        super().__init__(parent)
        self.party = party
        self.submit = submit
        self.presenting = presenting
        self.setWindowTitle(self.tr("New party") if new else self.tr("Edit party"))
        self.setMinimumWidth(460)

        self.name = QLineEdit(party.name)
        self.short_name = QLineEdit(party.short_name)
        self.kind = QComboBox()
        fill_combo(self.kind, PartyKind, party.kind)
        self.role = QComboBox()
        fill_combo(self.role, PartyRole, party.role)
        self.superior = QComboBox()
        self.superior.addItem(self.tr("(none)"), None)
        for other in others:
            if other.id != party.id:
                self.superior.addItem(other.name, other.id)
        self.superior.setCurrentIndex(max(0, self.superior.findData(party.superior_id)))
        self.delegate_name = QLineEdit(party.delegate_name)
        self.delegate_title = QLineEdit(party.delegate_title)
        self.colour = ColourButton(party.colour)
        self.bargaining_power = QDoubleSpinBox()
        self.bargaining_power.setRange(0.0, 100.0)
        self.bargaining_power.setSingleStep(0.1)
        self.bargaining_power.setValue(party.bargaining_power)
        self.batna = QDoubleSpinBox()
        self.batna.setRange(0.0, 1.0)
        self.batna.setSingleStep(0.05)
        self.batna.setDecimals(3)
        self.batna.setValue(party.batna)
        self.batna.setToolTip(self.tr("Utility of the party's best alternative to agreement (confidential)"))
        if party.no_agreement:  # the utility follows from the outcome stated issue by issue: one source
            self.batna.setEnabled(False)
            self.batna.setToolTip(self.tr("Computed from the no-agreement outcome stated issue by issue "
                                          "(Demands page, BATNA…)"))
        self.notes = QPlainTextEdit(party.notes)
        self.notes.setMaximumHeight(80)

        form = QFormLayout()
        form.addRow(self.tr("Name"), self.errors.row("name", self.name))
        form.addRow(self.tr("Short name"), self.errors.row("short_name", self.short_name))
        form.addRow(self.tr("Kind"), self.errors.row("kind", self.kind))
        form.addRow(self.tr("Role"), self.errors.row("role", self.role))
        form.addRow(self.tr("Superior"), self.errors.row("superior_id", self.superior))
        form.addRow(self.tr("Delegate"), self.errors.row("delegate_name", self.delegate_name))
        form.addRow(self.tr("Delegate title"), self.errors.row("delegate_title", self.delegate_title))
        form.addRow(self.tr("Colour"), self.errors.row("colour", self.colour))
        form.addRow(self.tr("Bargaining power"), self.errors.row("bargaining_power", self.bargaining_power))
        if presenting:
            form.addRow(self.tr("Confidential"), QLabel(self.tr("BATNA and notes are hidden in presentation mode.")))
        else:
            form.addRow(self.tr("BATNA utility (confidential)"), self.errors.row("batna", self.batna))
            form.addRow(self.tr("Private notes (confidential)"), self.errors.row("notes", self.notes))

        self.finish(form)

    def value(self) -> Party:
        """The party as the form now describes it (not yet validated)."""
        changes = dict(
            name=self.name.text().strip(), short_name=self.short_name.text().strip(),
            kind=combo_value(self.kind, PartyKind), role=combo_value(self.role, PartyRole),
            superior_id=self.superior.currentData(),
            delegate_name=self.delegate_name.text().strip(), delegate_title=self.delegate_title.text().strip(),
            colour=self.colour.colour(), bargaining_power=self.bargaining_power.value(),
        )
        if not self.presenting:  # hidden fields keep their stored values
            changes.update(batna=self.batna.value(), notes=self.notes.toPlainText())
        return dataclasses.replace(self.party, **changes)

    def commit(self) -> None:
        self.submit(self.value())

    @classmethod
    def ask(cls, parent: QWidget | None, party: Party, others: Sequence[Party], submit: Submit,
            presenting: bool, new: bool) -> bool:
        """Show the dialog; True when the party was saved."""
        return cls(party, others, submit, presenting, parent, new).exec() == QDialog.DialogCode.Accepted


def next_colour(parties: Sequence[Party]) -> str:
    """The first palette colour no party uses yet (cycling when all are taken)."""
    used = {p.colour.upper() for p in parties}
    return next((c for c in PALETTE if c.upper() not in used), PALETTE[len(parties) % len(PALETTE)])
