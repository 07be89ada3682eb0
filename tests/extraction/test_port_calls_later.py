"""A call some days later than a date before it is dated from that date, however the parser hung the days.
Every sentence here was written for these tests."""

from __future__ import annotations

from tests.extraction.helpers import record


def calls(text: str, language: str) -> dict[str, str]:
    rec = record(text, language)
    names = {e.id: e.name for e in rec.entities}
    return {names[c.role("port") or ""]: c.time.start for c in rec.claims if c.kind == "port_call" and c.time}


def test_a_call_days_later_is_dated_from_the_date_before() -> None:
    text = "The bulk carrier Orion left Bandar Abbas on May 3 and docked at Latakia six days later, a firm said."
    assert calls(text, "en") == {"Bandar Abbas": "2023-05-03", "Latakia": "2023-05-09"}


def test_days_later_hung_on_the_first_verb_still_date_the_second() -> None:
    text = (
        "Selon le même institut, le cargo Altaï, battant pavillon russe, a quitté Amirabad le 11 octobre et accosté"
        " à Astrakhan quatre jours plus tard, son transpondeur ayant été éteint durant presque toute la traversée."
    )
    rec = record(text, "fr", published="2024-12-15")
    names = {e.id: e.name for e in rec.entities}
    dated = {names[c.role("port") or ""]: c.time.start for c in rec.claims if c.kind == "port_call" and c.time}
    assert dated == {"Amirabad": "2024-10-11", "Astrakhan": "2024-10-15"}
