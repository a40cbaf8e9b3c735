"""Case bundles: identical round trips, redaction, and all-or-nothing import of bad bundles."""
from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desk.core.case import Case
from desk.core.demands import Demand
from desk.core.issues import Issue
from desk.core.parties import Party
from desk.services.bundles import export_case_bundle, import_case_bundle
from desk.services.cases import CaseService
from desk.store.bundle_format import BundleError


def _load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def _without_time(bundle: dict) -> dict:
    return {k: v for k, v in bundle.items() if k != "exported_at"}


def test_full_round_trip_is_identical(demo_file: Path, tmp_path: Path):
    export_case_bundle(demo_file, tmp_path / "a.json")
    import_case_bundle(tmp_path / "a.json", tmp_path / "copy.desk")
    export_case_bundle(tmp_path / "copy.desk", tmp_path / "b.json")
    first, second = _load(tmp_path / "a.json"), _load(tmp_path / "b.json")
    assert _without_time(first) == _without_time(second)
    assert len(first["parties"]) == 8 and len(first["events"]) > 30
    original, copied = CaseService.open(demo_file), CaseService.open(tmp_path / "copy.desk")
    assert original.snapshot() == copied.snapshot()
    original.close()
    copied.close()


def _secret_case(tmp_path: Path) -> tuple[Path, list[str]]:
    """A case whose confidential values are distinctive numbers/texts found nowhere else."""
    service = CaseService.create(tmp_path / "secret.desk", Case(name="保密测试"))
    cid = service.case_id
    a = service.add_party(Party(case_id=cid, name="甲方", batna=0.4321, notes="底线备注XYZ"))
    b = service.add_party(Party(case_id=cid, name="乙方", batna=0.1234))
    money = service.add_issue(Issue(case_id=cid, name="金额", unit="亿元", minimum=0, maximum=10, step=0.0001))
    service.set_demand(Demand(case_id=cid, party_id=a.id, issue_id=money.id, ideal=9.0, reservation=3.7531,
                              breakpoints=((5.1357, 0.5),)))
    service.set_demand(Demand(case_id=cid, party_id=b.id, issue_id=money.id, ideal=1.0, reservation=6.2468))
    service.set_no_agreement(b.id, {money.id: 7.3579})  # 乙方's BATNA stated as its no-agreement outcome
    service.close()
    return tmp_path / "secret.desk", ["3.7531", "6.2468", "5.1357", "0.4321", "0.1234", "底线备注XYZ", "7.3579"]


def test_redacted_export_holds_no_confidential_value(tmp_path: Path):
    path, secrets = _secret_case(tmp_path)
    export_case_bundle(path, tmp_path / "full.json")
    export_case_bundle(path, tmp_path / "redacted.json", redacted=True)
    full = (tmp_path / "full.json").read_text(encoding="utf-8")
    redacted = (tmp_path / "redacted.json").read_text(encoding="utf-8")
    assert all(secret in full for secret in secrets)  # the search would find them
    assert [secret for secret in secrets if secret in redacted] == []
    bundle = json.loads(redacted)
    assert bundle["redacted"] is True and bundle["events"] == []
    assert all(d["reservation"] is None for d in bundle["demands"])


def test_redacted_bundle_imports_and_checks_clean(tmp_path: Path):
    from desk.services.integrity import check_case_file

    path, _ = _secret_case(tmp_path)
    export_case_bundle(path, tmp_path / "redacted.json", redacted=True)
    import_case_bundle(tmp_path / "redacted.json", tmp_path / "other.desk")
    report = check_case_file(tmp_path / "other.desk")
    assert report.ok, report.problems


@pytest.fixture(scope="module")
def valid_bundle(tmp_path_factory) -> dict:
    from desk.services.demo import write_demo_case

    folder = tmp_path_factory.mktemp("bundle")
    write_demo_case(folder / "demo.desk")
    export_case_bundle(folder / "demo.desk", folder / "demo.json")
    return _load(folder / "demo.json")


def _try_import(tmp_path: Path, data: bytes) -> str:
    """Import must fail with BundleError, create no file and leave no temporary behind; returns the message."""
    source = tmp_path / "in.json"
    source.write_bytes(data)
    new_target = tmp_path / "new.desk"
    with pytest.raises(BundleError) as info:
        import_case_bundle(source, new_target)
    assert not new_target.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".import-")] == []
    return str(info.value)


@pytest.mark.parametrize(("mutate", "expected"), [
    (lambda b: b.pop("parties"), "parties: must be a list"),
    (lambda b: b.update(format_version=99), "format_version"),
    (lambda b: b.update(format="zip"), "format"),
    (lambda b: b["parties"][1].update(name=7), "parties[1].name"),
    (lambda b: b["parties"][1].pop("kind"), "parties[1].kind: missing"),
    (lambda b: b["parties"][1].update(kind="emperor"), "parties[1].kind"),
    (lambda b: b["parties"][1].update(superior_id="nobody"), "parties[1].superior_id"),
    (lambda b: b["issues"][0].update(maximum=1e300), "issues[0].maximum"),
    (lambda b: b["issues"][0].update(extra=1), "issues[0].extra: unknown field"),
    (lambda b: b["demands"][0].update(party_id="ghost"), "demands[0].party_id"),
    (lambda b: b["demands"][0].update(ideal=99.0), "demands[0].ideal"),
    (lambda b: b["demands"][0].update(updated_at="yesterday"), "demands[0].updated_at"),
    (lambda b: b["demands"][0].update(breakpoints="abc"), "demands[0].breakpoints"),
    (lambda b: b["case"].update(name=""), "case.name"),
    (lambda b: b["events"][3]["payload"].update(name="篡改"), "events[3]"),
    (lambda b: b["demands"].append(copy.deepcopy(b["demands"][0])), "demands["),
    (lambda b: b["demands"][0].update(rationale="改过的理由"), "does not match its audit log"),
])
def test_malformed_bundles_name_the_field(valid_bundle: dict, tmp_path: Path, mutate, expected: str):
    bundle = copy.deepcopy(valid_bundle)
    mutate(bundle)
    message = _try_import(tmp_path, json.dumps(bundle, ensure_ascii=False).encode("utf-8"))
    assert expected in message


@pytest.mark.parametrize("data", [
    b"\xff\xfe\x00garbage", "{\"a\": 1}".encode("utf-16"), b"[1, 2, 3]", b"{", b"", b"NaN",
    b"{\"format\": \"concord-desk-bundle\", \"format_version\": 1, \"redacted\": false, \"case\": [" * 1 + b"]}",
    b"[" * 100000 + b"]" * 100000,
])
def test_broken_files_fail_cleanly(tmp_path: Path, data: bytes):
    assert _try_import(tmp_path, data)


def test_existing_target_is_unchanged_on_failure(valid_bundle: dict, demo_file: Path, tmp_path: Path):
    before = demo_file.read_bytes()
    bad = copy.deepcopy(valid_bundle)
    bad["demands"][2]["issue_id"] = "missing"
    (tmp_path / "bad.json").write_text(json.dumps(bad), encoding="utf-8")
    with pytest.raises(BundleError, match=r"demands\[2\]\.issue_id"):
        import_case_bundle(tmp_path / "bad.json", demo_file)
    assert demo_file.read_bytes() == before


def test_importing_the_same_case_twice_is_refused(valid_bundle: dict, tmp_path: Path):
    good = tmp_path / "good.json"
    good.write_text(json.dumps(valid_bundle), encoding="utf-8")
    import_case_bundle(good, tmp_path / "twice.desk")
    before = (tmp_path / "twice.desk").read_bytes()
    with pytest.raises(BundleError, match="already holds this case"):
        import_case_bundle(good, tmp_path / "twice.desk")
    assert (tmp_path / "twice.desk").read_bytes() == before


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3),
    max_leaves=8,
)


def _paths(value, prefix=()):
    yield prefix
    if isinstance(value, dict):
        for key, child in value.items():
            yield from _paths(child, (*prefix, key))
    elif isinstance(value, list):
        for index, child in enumerate(value[:3]):
            yield from _paths(child, (*prefix, index))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow])
@given(data=st.data())
def test_any_mutation_fails_only_with_bundle_error(valid_bundle: dict, tmp_path_factory, data):
    bundle = copy.deepcopy(valid_bundle)
    paths = [p for p in _paths(bundle) if p]
    path = data.draw(st.sampled_from(paths))
    parent = bundle
    for key in path[:-1]:
        parent = parent[key]
    action = data.draw(st.sampled_from(["replace", "delete"]))
    if action == "delete" and isinstance(parent, dict):
        del parent[path[-1]]
    else:
        parent[path[-1]] = data.draw(json_values)
    folder = tmp_path_factory.mktemp("mut")
    source = folder / "in.json"
    source.write_text(json.dumps(bundle, ensure_ascii=False), encoding="utf-8")
    target = folder / "out.desk"
    try:
        import_case_bundle(source, target)
    except BundleError:
        assert not target.exists()
    else:  # a mutation outside the audited data (e.g. app_version) is harmless: the result checks clean
        from desk.services.integrity import check_case_file

        report = check_case_file(target)
        assert report.ok, report.problems


def test_shipped_sample_bundle_imports_clean(tmp_path: Path):
    from desk.services.integrity import check_case_file
    from desk.store.migrate import script_location

    sample = script_location().parent / "resources" / "samples" / "xinanjiang-round2.json"
    import_case_bundle(sample, tmp_path / "sample.desk")
    assert check_case_file(tmp_path / "sample.desk").ok
    service = CaseService.open(tmp_path / "sample.desk")
    snapshot = service.snapshot()
    service.close()
    assert snapshot.case.illustrative and "新安江" in snapshot.case.name
    assert {p.short_name for p in snapshot.signatories} == {"安徽", "浙江"}


def test_bundle_from_before_payer_payee_still_imports(valid_bundle: dict, tmp_path: Path):
    old = copy.deepcopy(valid_bundle)
    for issue in old["issues"]:
        issue.pop("payer_id", None)
        issue.pop("payee_id", None)
    # the audit log of that older app recorded issues without these fields as well
    source = tmp_path / "old.json"
    source.write_text(json.dumps({**old, "events": []}), encoding="utf-8")
    import_case_bundle(source, tmp_path / "old.desk")
    service = CaseService.open(tmp_path / "old.desk")
    assert all(i.payer_id is None for i in service.snapshot().issues)
    service.close()
