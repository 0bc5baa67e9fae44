"""Dutch first: the committed Dutch catalogue is complete and covers every string in the code."""

import os
import shutil

import polib
import pytest
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import override_settings

PACKAGE_DIR = settings.PACKAGE_DIR
DUTCH_PO = PACKAGE_DIR / "locale" / "nl" / "LC_MESSAGES" / "django.po"


def message_key(entry: polib.POEntry) -> tuple[str | None, str]:
    return (entry.msgctxt, entry.msgid)


def untranslated(catalogue: polib.POFile) -> list[str]:
    problems = []
    for entry in catalogue:
        if entry.obsolete:
            continue
        if entry.fuzzy:
            problems.append(f"fuzzy: {entry.msgid!r}")
        elif entry.msgid_plural:
            if not entry.msgstr_plural or not all(entry.msgstr_plural.values()):
                problems.append(f"missing plural: {entry.msgid!r}")
        elif not entry.msgstr.strip():
            problems.append(f"missing: {entry.msgid!r}")
    return problems


def test_every_dutch_message_is_translated_and_not_fuzzy():
    assert DUTCH_PO.exists(), f"{DUTCH_PO} is missing"
    catalogue = polib.pofile(str(DUTCH_PO))

    assert len(catalogue) > 0
    problems = untranslated(catalogue)
    assert problems == [], "Untranslated Dutch messages:\n" + "\n".join(problems)


def gettext_available() -> bool:
    found = all(shutil.which(tool) for tool in ("xgettext", "msgmerge", "msguniq"))
    if not found and os.environ.get("WERKPLAATS_REQUIRE_GETTEXT") == "1":
        pytest.fail("GNU gettext (xgettext) is required (WERKPLAATS_REQUIRE_GETTEXT=1) but missing")
    return found


def test_every_translatable_string_in_code_and_templates_is_in_the_dutch_catalogue(
    tmp_path, monkeypatch
):
    if not gettext_available():
        pytest.skip("GNU gettext is not installed; CI installs it and requires this test")
    assert DUTCH_PO.exists(), f"{DUTCH_PO} is missing"
    # makemessages writes into the catalogue it extends, so it runs on a copy of the package.
    copy = tmp_path / "werkplaats"
    shutil.copytree(
        PACKAGE_DIR, copy, ignore=shutil.ignore_patterns("__pycache__", "*.mo", "tests")
    )
    monkeypatch.chdir(copy)

    with override_settings(LOCALE_PATHS=[copy / "locale"]):
        call_command("makemessages", locale=["nl"], ignore_patterns=["conftest.py"], verbosity=0)

    committed = {message_key(e) for e in polib.pofile(str(DUTCH_PO)) if not e.obsolete}
    extracted = polib.pofile(str(copy / "locale" / "nl" / "LC_MESSAGES" / "django.po"))
    missing = sorted(
        entry.msgid
        for entry in extracted
        if not entry.obsolete and message_key(entry) not in committed
    )
    assert missing == [], "Strings missing from the Dutch catalogue:\n" + "\n".join(missing)


def test_compiletranslations_writes_a_mo_file_without_fuzzy_or_empty_messages(tmp_path):
    messages = tmp_path / "locale" / "nl" / "LC_MESSAGES"
    messages.mkdir(parents=True)
    catalogue = polib.POFile()
    catalogue.metadata = {"Content-Type": "text/plain; charset=UTF-8", "Language": "nl"}
    catalogue.append(polib.POEntry(msgid="Municipality", msgstr="Gemeente"))
    catalogue.append(polib.POEntry(msgid="Theme", msgstr="Thema", flags=["fuzzy"]))
    catalogue.append(polib.POEntry(msgid="Person", msgstr=""))
    catalogue.save(str(messages / "django.po"))

    with override_settings(LOCALE_PATHS=[tmp_path / "locale"]):
        call_command("compiletranslations", verbosity=0)

    compiled = polib.mofile(str(messages / "django.mo"))
    assert {entry.msgid: entry.msgstr for entry in compiled} == {"Municipality": "Gemeente"}


def test_compiletranslations_fails_with_one_clear_line_on_a_broken_catalogue(tmp_path):
    messages = tmp_path / "locale" / "nl" / "LC_MESSAGES"
    messages.mkdir(parents=True)
    (messages / "django.po").write_text('msgid "open\nmsgstr ', encoding="utf-8")

    with (
        override_settings(LOCALE_PATHS=[tmp_path / "locale"]),
        pytest.raises(CommandError, match=r"Cannot read .*django\.po"),
    ):
        call_command("compiletranslations", verbosity=0)
