"""Words of generated text in one table, both languages for every key; one default language everywhere."""
from __future__ import annotations

import dataclasses
import importlib
import inspect
import pkgutil
from string import Formatter

from desk.cli import build_parser
from desk.core.language import DEFAULT, EN, LANGUAGES, ZH, text_language
from desk.core.words import WORDS, vocabulary

#: The layers whose functions take a language for generated text (the UI passes the user's language).
LAYERS = ("desk.core", "desk.store", "desk.services", "desk.agreement", "desk.charts", "desk.commands")
NAMES = {"lang", "language"}


def _placeholders(text: str) -> set[str]:
    return {field for _, field, _, _ in Formatter().parse(text) if field is not None}


def _same_shape(zh: object, en: object, where: str) -> None:
    if isinstance(zh, dict):
        assert isinstance(en, dict) and zh.keys() == en.keys(), f"{where}: keys differ ({set(zh) ^ set(en)})"
        for key in zh:
            _same_shape(zh[key], en[key], f"{where}.{key}")
        return
    if isinstance(zh, tuple | list):
        assert isinstance(en, tuple | list) and len(zh) == len(en), f"{where}: lengths differ"
        for k, (a, b) in enumerate(zip(zh, en, strict=True)):
            _same_shape(a, b, f"{where}[{k}]")
        return
    assert isinstance(zh, str) and isinstance(en, str), where
    assert zh.strip(), f"{where}: no Chinese"
    assert _placeholders(zh) == _placeholders(en), f"{where}: {zh!r} and {en!r} fill different values"


def test_every_table_has_both_languages_with_the_same_keys_and_placeholders():
    assert WORDS
    for table, languages in WORDS.items():
        assert set(languages) == set(LANGUAGES), table
        _same_shape(dict(languages[ZH]), dict(languages[EN]), table)


def test_every_other_zh_en_table_has_both_languages_too():
    """Tables not (yet) moved into desk.core.words (monitoring's words keyed by enums, a report's table) keep the
    same rule: both languages, the same keys, the same placeholders."""
    tables = [(f"{module.__name__}.{name}", value) for module in _modules() for name, value in vars(module).items()
              if isinstance(value, dict) and set(value) == set(LANGUAGES) and value is not WORDS
              and all(isinstance(v, dict) for v in value.values())]
    assert tables  # e.g. desk.core.compliance.wording._WORDS
    for where, table in tables:
        _same_shape(dict(table[ZH]), dict(table[EN]), where)


def test_vocabulary_picks_the_language_the_one_way():
    assert vocabulary("minutes", None) is WORDS["minutes"][DEFAULT]
    assert vocabulary("minutes", "en_US") is WORDS["minutes"][EN]
    assert vocabulary("minutes", "zh_CN") is WORDS["minutes"][ZH]
    assert vocabulary("minutes", "fr") is WORDS["minutes"][DEFAULT]
    assert text_language("") == DEFAULT


def _modules():
    for layer in LAYERS:
        package = importlib.import_module(layer)
        yield package
        for info in pkgutil.walk_packages(package.__path__, layer + "."):
            yield importlib.import_module(info.name)


def _language_defaults(module):
    """(where, default) of every parameter or dataclass field named lang/language with a text default."""
    for name, obj in vars(module).items():
        if getattr(obj, "__module__", None) != module.__name__:
            continue
        members = [(name, obj)]
        if inspect.isclass(obj):
            members += [(f"{name}.{n}", m) for n, m in vars(obj).items() if inspect.isfunction(m)]
            if dataclasses.is_dataclass(obj):
                for f in dataclasses.fields(obj):
                    if f.name in NAMES and isinstance(f.default, str):
                        yield f"{module.__name__}.{name}.{f.name}", f.default
        for where, member in members:
            if not inspect.isfunction(member):
                continue
            for parameter in inspect.signature(member).parameters.values():
                if parameter.name in NAMES and isinstance(parameter.default, str):
                    yield f"{module.__name__}.{where}({parameter.name})", parameter.default


def test_the_default_language_is_the_same_everywhere():
    found = [item for module in _modules() for item in _language_defaults(module)]
    assert len(found) >= 10  # the drafts, minutes, charts, reports … all take a language
    assert [where for where, default in found if default != DEFAULT] == []


def test_every_lang_option_of_the_command_line_defaults_to_the_same_language():
    parser = build_parser()
    commands = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    options = [(name, action) for name, sub in commands.choices.items() for action in sub._actions
               if "--lang" in action.option_strings]
    assert len(options) >= 4
    for name, action in options:
        assert action.default == DEFAULT and set(action.choices) == set(LANGUAGES), name
