"""The clause library: template sections read from resources/templates/agreement_<lang>.txt."""
from __future__ import annotations

from functools import cache
from string import Template

from desk.core.errors import DeskError
from desk.core.resources import resource_dir

LANGUAGES = ("zh", "en")


class ClauseLibrary:
    """Named template sections of one language; ``render`` fills one in."""

    def __init__(self, language: str, sections: dict[str, str]) -> None:
        self.language = language
        self.sections = sections

    def render(self, key: str, **values: object) -> str:
        """The section ``key`` with its ``${name}`` placeholders filled; DeskError on a missing one."""
        if key not in self.sections:
            raise DeskError(f"the {self.language} clause library has no section {key!r}")
        try:
            return Template(self.sections[key]).substitute({k: str(v) for k, v in values.items()})
        except KeyError as exc:
            raise DeskError(f"clause {key!r} needs a value for {exc.args[0]}") from None

    def join(self, items: list[str]) -> str:
        """Items joined as a list in running text (、 in Chinese)."""
        return self.sections["list.separator"].join(items)


def parse_sections(text: str) -> dict[str, str]:
    """Sections of a template file: ``@@ key`` lines start one; ``#`` lines are comments."""
    sections: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in text.splitlines():
        if line.startswith("#"):
            continue
        if line.startswith("@@ "):
            current = sections.setdefault(line[3:].strip(), [])
        elif current is not None:
            current.append(line)
    return {k: "\n".join(v).strip("\n") if k != "list.separator" else "".join(v) for k, v in sections.items()}


@cache
def library(language: str = "zh") -> ClauseLibrary:
    """The clause library of ``language`` (zh or en), read once."""
    if language not in LANGUAGES:
        raise DeskError(f"no clause library for language {language!r} (use zh or en)")
    name = f"agreement_{language}.txt"
    path = resource_dir("templates", name) / name
    return ClauseLibrary(language, parse_sections(path.read_text(encoding="utf-8")))
