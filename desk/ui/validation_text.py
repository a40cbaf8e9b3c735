"""Validation errors in the user's language: a message per error code, filled from its params."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desk.core.errors import DeskError, ValidationError

_CONTEXT = "Validation"

_MESSAGES = {
    "type.text": QT_TRANSLATE_NOOP("Validation", "{field} must be text."),
    "name.empty": QT_TRANSLATE_NOOP("Validation", "{field} must not be empty."),
    "name.too_long": QT_TRANSLATE_NOOP("Validation", "{field} is longer than {limit} characters."),
    "name.multiline": QT_TRANSLATE_NOOP("Validation", "{field} must be a single line."),
    "name.duplicate": QT_TRANSLATE_NOOP("Validation", "The name “{name}” is already used in this case."),
    "name.taken": QT_TRANSLATE_NOOP("Validation", "This name is already used in this case."),
    "text.too_long": QT_TRANSLATE_NOOP("Validation", "{field} is longer than {limit} characters."),
    "type.number": QT_TRANSLATE_NOOP("Validation", "{field} must be a number."),
    "number.not_finite": QT_TRANSLATE_NOOP("Validation", "{field} must be a finite number."),
    "number.too_large": QT_TRANSLATE_NOOP("Validation", "{field} is too large."),
    "number.below": QT_TRANSLATE_NOOP("Validation", "{field} must be at least {low}."),
    "number.above": QT_TRANSLATE_NOOP("Validation", "{field} must be at most {high}."),
    "enum.unknown": QT_TRANSLATE_NOOP("Validation", "{field} has an unknown value."),
    "id.invalid": QT_TRANSLATE_NOOP("Validation", "{field} is not a valid reference."),
    "datetime.invalid": QT_TRANSLATE_NOOP("Validation", "{field} must be a date and time."),
    "party.self_superior": QT_TRANSLATE_NOOP("Validation", "A party cannot be its own superior."),
    "party.colour": QT_TRANSLATE_NOOP("Validation", "The colour must be of the form #RRGGBB."),
    "party.superior_unknown": QT_TRANSLATE_NOOP("Validation", "The superior of {party} is not a party of this case."),
    "party.hierarchy_cycle": QT_TRANSLATE_NOOP(
        "Validation", "The chain of superiors of {party} would loop back on itself."),
    "issue.range_empty": QT_TRANSLATE_NOOP(
        "Validation", "The maximum ({high}) must be greater than the minimum ({low})."),
    "issue.step_positive": QT_TRANSLATE_NOOP("Validation", "The step must be greater than zero."),
    "issue.payer_is_payee": QT_TRANSLATE_NOOP("Validation", "The payer and the payee must differ."),
    "issue.step_too_large": QT_TRANSLATE_NOOP("Validation", "The step ({step}) is larger than the range."),
    "issue.step_too_fine": QT_TRANSLATE_NOOP(
        "Validation", "The step ({step}) makes more than {limit} values; choose a coarser step."),
    "undo.session_has_rounds": QT_TRANSLATE_NOOP(
        "Validation", "The session “{session}” has rounds; undo those first."),
    "undo.round_in_use": QT_TRANSLATE_NOOP(
        "Validation", "Round {number} holds proposals or minutes; undo those first."),
    "undo.round_followed": QT_TRANSLATE_NOOP("Validation", "Round {number} is followed by another round."),
    "undo.proposal_answered": QT_TRANSLATE_NOOP("Validation", "The proposal has been answered."),
    "undo.round_closed": QT_TRANSLATE_NOOP("Validation", "The proposal's round is closed."),
    "undo.agreement_drafted": QT_TRANSLATE_NOOP(
        "Validation", "An agreement was drafted from the concluded package."),
    "issue.options_few": QT_TRANSLATE_NOOP("Validation", "A discrete issue needs at least two options."),
    "issue.option_duplicate": QT_TRANSLATE_NOOP("Validation", "The option “{option}” appears twice."),
    "value.out_of_range": QT_TRANSLATE_NOOP(
        "Validation", "{field} ({value}) lies outside the range of {issue} [{low}, {high}]."),
    "value.not_an_option": QT_TRANSLATE_NOOP("Validation", "{field} ({value}) is not an option of {issue}."),
    "demand.reservation_equals_ideal": QT_TRANSLATE_NOOP(
        "Validation", "The reservation value must differ from the ideal value."),
    "demand.breakpoints_order": QT_TRANSLATE_NOOP("Validation", "Breakpoints must have strictly increasing values."),
    "order.mismatch": QT_TRANSLATE_NOOP("Validation", "The new order must list every item once."),
    "case.mismatch": QT_TRANSLATE_NOOP("Validation", "The item belongs to another case."),
    "ui.not_a_number": QT_TRANSLATE_NOOP("Validation", "{field} must be a number."),
    "ui.required": QT_TRANSLATE_NOOP("Validation", "{field} is required."),
    "ui.file_exists": QT_TRANSLATE_NOOP("Validation", "The file {path} already exists; choose another name."),
    "ui.folder_missing": QT_TRANSLATE_NOOP("Validation", "The folder {path} does not exist; choose another folder."),
    "attachment.missing": QT_TRANSLATE_NOOP("Validation", "{path} is not a file."),
    "attachment.too_large": QT_TRANSLATE_NOOP("Validation", "The file {path} is larger than 50 MB."),
    "elicit.swing_top": QT_TRANSLATE_NOOP("Validation", "Give 100 points to the swing that matters most."),
    "elicit.swings_empty": QT_TRANSLATE_NOOP("Validation", "Rate the swing of at least one issue."),
    "elicit.no_demand": QT_TRANSLATE_NOOP("Validation", "State a position on {issue} first."),
    "elicit.ratings_equal": QT_TRANSLATE_NOOP(
        "Validation", "The ratings are all equal: the issue would not matter to this party."),
    "elicit.points_anchor": QT_TRANSLATE_NOOP(
        "Validation", "One point must score 0 (the worst value) and one score 1 (the best)."),
    # dates, numbers and references of sessions, agreements and monitoring
    "type.date": QT_TRANSLATE_NOOP("Validation", "{field} must be a date (YYYY-MM-DD)."),
    "type.bool": QT_TRANSLATE_NOOP("Validation", "{field} must be yes or no."),
    "type.list": QT_TRANSLATE_NOOP("Validation", "{field} must be a list of names."),
    "round.number": QT_TRANSLATE_NOOP("Validation", "A round number is a whole number from 1."),
    "round.closed_before_opened": QT_TRANSLATE_NOOP("Validation", "A round cannot close before it opens."),
    "round.unknown": QT_TRANSLATE_NOOP("Validation", "This round is not part of the case."),
    "round.duplicate": QT_TRANSLATE_NOOP("Validation", "This session already has a round of this number."),
    "package.unknown_issue": QT_TRANSLATE_NOOP("Validation", "The package names an issue the case does not have."),
    "package.missing_issue": QT_TRANSLATE_NOOP("Validation", "The package gives no value for {issue}."),
    "response.counter_missing": QT_TRANSLATE_NOOP("Validation", "A counter answer needs its counter-proposal."),
    "response.counter_unexpected": QT_TRANSLATE_NOOP("Validation", "Only a counter answer links a proposal."),
    "response.use_counter": QT_TRANSLATE_NOOP("Validation", "A counter answer comes with a counter-proposal."),
    "demand.issue_mismatch": QT_TRANSLATE_NOOP("Validation", "The demand belongs to another issue."),
    "demand.duplicate": QT_TRANSLATE_NOOP("Validation", "This party already has a demand on this issue."),
    "party.in_use": QT_TRANSLATE_NOOP(
        "Validation", "{party} has tabled, answered or signed in the negotiation and is kept in its record; "
                      "it cannot be deleted."),
    "agreement.version": QT_TRANSLATE_NOOP("Validation", "A version number is a whole number from 1."),
    "version.duplicate": QT_TRANSLATE_NOOP("Validation", "The case already has an agreement version of this number."),
    "agreement.language": QT_TRANSLATE_NOOP("Validation", "The language must be Chinese or English."),
    "hash.invalid": QT_TRANSLATE_NOOP("Validation", "{field} is not a valid SHA-256 fingerprint."),
    "commitment.waiver_reason": QT_TRANSLATE_NOOP("Validation", "A waiver needs a reason."),
    "dispute.same_party": QT_TRANSLATE_NOOP("Validation", "A dispute needs two different parties."),
    "payment.amount": QT_TRANSLATE_NOOP("Validation", "A payment made must be more than zero."),
    "payment.unit": QT_TRANSLATE_NOOP("Validation", "The unit must be 元, 万元 or 亿元."),
    "terms.days": QT_TRANSLATE_NOOP("Validation", "{field} must be a whole number of days from 0 to 3650."),
    "indicator.subject_duplicate": QT_TRANSLATE_NOOP("Validation", "A subject is named twice."),
    "party.statistic": QT_TRANSLATE_NOOP("Validation", "{field} must be more than zero when given."),
    "finding.empty": QT_TRANSLATE_NOOP("Validation", "The findings must not be empty."),
    "case_link.role": QT_TRANSLATE_NOOP("Validation", "A link is to the round before or the round after."),
    "case_link.self": QT_TRANSLATE_NOOP("Validation", "A case cannot follow itself."),
    "reading.period": QT_TRANSLATE_NOOP(
        "Validation", "The period {period} must be a year (2016), a month (2019-03) or baseline."),
    "reading.unknown_indicator": QT_TRANSLATE_NOOP(
        "Validation", "A reading names an indicator the case does not have."),
    "party.no_agreement_issue": QT_TRANSLATE_NOOP(
        "Validation", "The no-agreement outcome names an issue this case does not have."),
    "party.no_agreement_twice": QT_TRANSLATE_NOOP("Validation", "The no-agreement outcome gives one issue two values."),
    "reading.duplicate": QT_TRANSLATE_NOOP(
        "Validation", "There is already a reading of this indicator for {subject} in {period}."),
    "scenario.unknown": QT_TRANSLATE_NOOP("Validation", "There is no scenario called {name}; the case has: {names}."),
    "scenario.copy_from": QT_TRANSLATE_NOOP("Validation", "There is no scenario to copy the readings from."),
    # preference elicitation
    "elicit.ratings_few": QT_TRANSLATE_NOOP("Validation", "Rate at least two options."),
    "elicit.rating_negative": QT_TRANSLATE_NOOP("Validation", "A rating is a number of 0 or more."),
    "elicit.points_few": QT_TRANSLATE_NOOP("Validation", "Give at least two points."),
    "elicit.point_outside": QT_TRANSLATE_NOOP(
        "Validation", "The value {value} lies outside the issue [{low}, {high}]."),
    "elicit.score_range": QT_TRANSLATE_NOOP("Validation", "A score lies between 0 and 1."),
    "elicit.swing_range": QT_TRANSLATE_NOOP("Validation", "Swing points lie between 0 and 100."),
    "elicit.pair_unknown": QT_TRANSLATE_NOOP("Validation", "This pair of issues is not part of the comparison."),
    "elicit.judgement_range": QT_TRANSLATE_NOOP("Validation", "A judgement lies between 1/9 and 9."),
    "elicit.pair_missing": QT_TRANSLATE_NOOP("Validation", "{count} pairs are not compared yet."),
    "elicit.issues_few": QT_TRANSLATE_NOOP("Validation", "Compare at least two issues."),
    "elicit.issues_many": QT_TRANSLATE_NOOP("Validation", "Pairwise comparison takes at most 10 issues."),
    "elicit.weights_zero": QT_TRANSLATE_NOOP("Validation", "At least one weight must be above zero."),
    # sharing and compensation rules
    "rule.unit": QT_TRANSLATE_NOOP("Validation", "The unit of a money rule must be one of {allowed}."),
    "rule.params": QT_TRANSLATE_NOOP("Validation", "The rule's parameters are not well formed."),
    "rule.param_missing": QT_TRANSLATE_NOOP("Validation", "Rule “{rule}”: the parameter {parameter} is missing."),
    "rule.param_nan": QT_TRANSLATE_NOOP("Validation", "Rule “{rule}”: a parameter is not a number."),
    "rule.param_issue": QT_TRANSLATE_NOOP(
        "Validation", "Rule “{rule}”: a parameter is bound to something that is not an issue."),
    "rule.param_key": QT_TRANSLATE_NOOP("Validation", "Rule “{rule}”: a parameter has a name that is not text."),
    "rule.param_type": QT_TRANSLATE_NOOP("Validation", "Rule “{rule}”: a parameter is not plain data."),
    "rule.in_use": QT_TRANSLATE_NOOP("Validation", "{name} is used by the rule “{rule}”; change that rule first."),
    "rule.no_numeric_issue": QT_TRANSLATE_NOOP("Validation", "The case has no numeric issue."),
    "rule.unknown_party": QT_TRANSLATE_NOOP("Validation", "Rule “{rule}” names a party the case does not have."),
    "rule.unknown_indicator": QT_TRANSLATE_NOOP(
        "Validation", "Rule “{rule}” names an indicator the case does not have."),
    "rule.unknown_issue": QT_TRANSLATE_NOOP("Validation", "Rule “{rule}” is bound to an issue the case does not have."),
    "rule.unknown_pool": QT_TRANSLATE_NOOP("Validation", "Rule “{rule}” must name a fund rule of the case."),
    "rule.payer_is_payee": QT_TRANSLATE_NOOP("Validation", "Rule “{rule}”: the payer and the payee must differ."),
    "rule.sections": QT_TRANSLATE_NOOP(
        "Validation", "Rule “{rule}”: the assessed sections must be given per party of the case."),
    "rule.options_numeric": QT_TRANSLATE_NOOP(
        "Validation", "Rule “{rule}”: the bound issue has no options to map."),
    "rule.options_missing": QT_TRANSLATE_NOOP(
        "Validation", "Rule “{rule}”: say what each option of the bound issue stands for."),
    "rule.option_unmapped": QT_TRANSLATE_NOOP(
        "Validation", "Rule “{rule}”: an option of the bound issue has no value."),
    "rule.weights": QT_TRANSLATE_NOOP("Validation", "Rule “{rule}”: the index weights must map indicators to numbers."),
    "rule.weights_sum": QT_TRANSLATE_NOOP("Validation", "Rule “{rule}”: the index weights must sum to 1."),
    "rule.list_empty": QT_TRANSLATE_NOOP("Validation", "{field} must list at least one item."),
    "rule.size_missing": QT_TRANSLATE_NOOP("Validation", "Contributions by ratio need the fund's size."),
    "rule.entries_empty": QT_TRANSLATE_NOOP("Validation", "List at least one instalment."),
    # the case file itself (desk.store.lock, desk.store.failures)
    "file.in_use": QT_TRANSLATE_NOOP("Validation", "{path} is open in another program ({holder})."),
    "file.read_only": QT_TRANSLATE_NOOP(
        "Validation", "{path} cannot be changed: the file or its disk is read-only. Nothing was changed."),
    "file.folder_read_only": QT_TRANSLATE_NOOP(
        "Validation", "Cannot create {path}: the folder {folder} is read-only. Nothing was created."),
    "file.disk_full": QT_TRANSLATE_NOOP(
        "Validation", "{path} cannot be written: the disk is full. Nothing was changed."),
    "file.io": QT_TRANSLATE_NOOP("Validation", "{path} cannot be written: {reason}. Nothing was changed."),
    "file.no_folder": QT_TRANSLATE_NOOP("Validation", "Cannot write {path}: the folder {folder} does not exist."),
    "file.busy": QT_TRANSLATE_NOOP("Validation", "{path} is busy in another program; try again in a moment."),
    "file.conflict": QT_TRANSLATE_NOOP(
        "Validation", "The change conflicts with what {path} already holds; nothing was saved."),
    "file.changed_elsewhere": QT_TRANSLATE_NOOP(
        "Validation", "{path} was changed by another program meanwhile; nothing was saved."),
    "file.opened_read_only": QT_TRANSLATE_NOOP(
        "Validation", "{path} is open read-only in this window; nothing was changed."),
    "sign.draft": QT_TRANSLATE_NOOP("Validation", "Version {version} is a draft: make it final before signing."),
    "sign.not_signatory": QT_TRANSLATE_NOOP("Validation", "“{party}” is not a signatory of this case."),
    "sign.already_signed": QT_TRANSLATE_NOOP("Validation", "{party} has already signed version {version}."),
    "file.damaged": QT_TRANSLATE_NOOP(
        "Validation", "{path} is damaged; open its latest backup (NAME.<time>.bak.desk) or a bundle exported earlier."),
}

_FIELDS = {
    "name": QT_TRANSLATE_NOOP("Validation", "Name"),
    "short_name": QT_TRANSLATE_NOOP("Validation", "Short name"),
    "description": QT_TRANSLATE_NOOP("Validation", "Description"),
    "delegate_name": QT_TRANSLATE_NOOP("Validation", "Delegate"),
    "delegate_title": QT_TRANSLATE_NOOP("Validation", "Delegate title"),
    "superior_id": QT_TRANSLATE_NOOP("Validation", "Superior"),
    "colour": QT_TRANSLATE_NOOP("Validation", "Colour"),
    "batna": QT_TRANSLATE_NOOP("Validation", "BATNA utility"),
    "bargaining_power": QT_TRANSLATE_NOOP("Validation", "Bargaining power"),
    "notes": QT_TRANSLATE_NOOP("Validation", "Notes"),
    "unit": QT_TRANSLATE_NOOP("Validation", "Unit"),
    "minimum": QT_TRANSLATE_NOOP("Validation", "Minimum"),
    "maximum": QT_TRANSLATE_NOOP("Validation", "Maximum"),
    "step": QT_TRANSLATE_NOOP("Validation", "Step"),
    "options": QT_TRANSLATE_NOOP("Validation", "Options"),
    "ideal": QT_TRANSLATE_NOOP("Validation", "Ideal value"),
    "reservation": QT_TRANSLATE_NOOP("Validation", "Reservation value"),
    "priority": QT_TRANSLATE_NOOP("Validation", "Priority"),
    "rationale": QT_TRANSLATE_NOOP("Validation", "Rationale"),
    "evidence": QT_TRANSLATE_NOOP("Validation", "Evidence"),
    "path": QT_TRANSLATE_NOOP("Validation", "File"),
    "amount": QT_TRANSLATE_NOOP("Validation", "Amount"),
    "reason": QT_TRANSLATE_NOOP("Validation", "Reason"),
    "reasoning": QT_TRANSLATE_NOOP("Validation", "Reasoning"),
    "subject": QT_TRANSLATE_NOOP("Validation", "Claim"),
    "respondent_id": QT_TRANSLATE_NOOP("Validation", "Respondent"),
    "population": QT_TRANSLATE_NOOP("Validation", "Population (10,000 persons)"),
    "fiscal_revenue": QT_TRANSLATE_NOOP("Validation", "Fiscal revenue (100 million yuan a year)"),
    "text": QT_TRANSLATE_NOOP("Validation", "Text"),
}


#: Fixed messages of the services' own errors (not validation errors) that reach the user, e.g. when an undo
#: or redo is refused; translated by their English text.
_ERRORS = (
    QT_TRANSLATE_NOOP("Errors", "the bargaining is concluded: every signatory accepted a proposal"),
    QT_TRANSLATE_NOOP("Errors", "this round is closed; open a new round to table proposals"),
    QT_TRANSLATE_NOOP("Errors", "the round of this proposal is closed"),
    QT_TRANSLATE_NOOP("Errors", "close the current round before opening the next one"),
    QT_TRANSLATE_NOOP("Errors", "this version carries signatures; edit it to make a new draft instead"),
    QT_TRANSLATE_NOOP("Errors", "only an agreement on the concluded package can be made final: conclude the "
                                "bargaining (every signatory accepts a proposal) and draft again"),
    QT_TRANSLATE_NOOP("Errors", "the case has no issues, so there is no package to draft from"),
    QT_TRANSLATE_NOOP("Errors", "no such round in this case"),
)


def error_text(error: DeskError) -> str:
    """A service error's message in the current language: validation errors by code, the known fixed
    messages by their text, anything else as it is."""
    if isinstance(error, ValidationError):
        return message_for(error)
    return QCoreApplication.translate("Errors", str(error))


def field_label(field: str) -> str:
    """The translated name of a form field."""
    source = _FIELDS.get(field)
    if source:
        return QCoreApplication.translate(_CONTEXT, source)
    from desk.ui.rule_labels import is_param_path, param_label

    return param_label(field) if is_param_path(field) else field


def _fmt(value: Any) -> str:
    return f"{value:g}" if isinstance(value, float) else str(value)


def message_for(error: ValidationError) -> str:
    """The error's message in the current language (its English message when the code is unknown)."""
    source = _MESSAGES.get(error.code)
    if source is None:
        return error.message
    params = {key: _fmt(value) for key, value in error.params.items()}
    params["field"] = str(error.params["label"]) if error.params.get("label") else field_label(error.field)
    if "issue" not in params:
        params["issue"] = ""
    try:
        return QCoreApplication.translate(_CONTEXT, source).format(**params)
    except (KeyError, IndexError):
        return error.message
