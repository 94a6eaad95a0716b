"""What each shipped language says about itself: its review status and whether SMS may fold it."""

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from bot.content.flows import validate_schema
from bot.content.problems import Problem, display_path
from bot.content.yamlsource import YamlError, load_located

LOCALE_FILE = "locale.yaml"
DEFAULT_CARD_FONT = "NotoSans"  # the rights card's font where locale.yaml names none


@dataclass(frozen=True)
class LocaleInfo:
    """One language's review status and SMS folding preference."""

    review: str = "draft"
    review_note: str = ""
    sms_fold: bool = False
    menu_position: int | None = None  # place in the language menu; unset ones follow, by code
    card_font: str = DEFAULT_CARD_FONT  # the font family the rights card is drawn in

    @property
    def draft(self) -> bool:
        """True until a native speaker with legal knowledge has reviewed the language."""
        return self.review != "reviewed"


def load_locale_info(locales_dir: Path, locales: list[str], root: Path
                     ) -> tuple[Mapping[str, LocaleInfo], list[Problem]]:
    """Read locales/<xx>/locale.yaml for every shipped language."""
    infos: dict[str, LocaleInfo] = {}
    problems: list[Problem] = []
    for locale in locales:
        path = locales_dir / locale / LOCALE_FILE
        shown = display_path(path, root)
        if not path.exists():
            problems.append(Problem(shown, 1, f"missing: every language needs {LOCALE_FILE} with its "
                                    "review status (copy it from locales/en/)"))
            infos[locale] = LocaleInfo()
            continue
        try:
            doc = load_located(path, root)
        except YamlError as error:
            problems.append(Problem(shown, error.line, error.problem))
            infos[locale] = LocaleInfo()
            continue
        found = validate_schema(doc, "locale.schema.json", root)
        problems += found
        data = doc.data if not found else {}
        infos[locale] = LocaleInfo(data.get("review", "draft"), data.get("review_note", ""),
                                   bool(data.get("sms_fold", False)), data.get("menu_position"),
                                   data.get("card_font", DEFAULT_CARD_FONT))
    return infos, problems


def in_menu_order(locales: list[str], infos: Mapping[str, LocaleInfo]) -> list[str]:
    """The languages as the language menu lists them: by menu_position, the rest after them in
    the order given."""
    def position(code: str) -> float:
        info = infos.get(code)
        return float("inf") if info is None or info.menu_position is None else info.menu_position
    return sorted(locales, key=position)  # stable: ties keep their order
