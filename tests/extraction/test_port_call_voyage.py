"""A port call told without a date of its own, a few sentences after one with a date, in the past tense
("two of the ships then travelled to Chongjin"), is part of the same voyage and takes its date; one told
as a habit in the present ("most ships refuel at Vostochny") does not. Every sentence here was written for
these tests."""

from __future__ import annotations

from tests.extraction.helpers import record

VOYAGE = (
    "Four North Korean tankers loaded fuel at Vostochny in March, tracking data show. "
    "The shipments were the first since 2017. "
    "Officials in Seoul declined to comment. "
)


def _times(text: str, language: str = "en") -> dict[str, tuple[str | None, str | None] | None]:
    found = record(text, language, published="2024-04-10")
    return {
        c.role("port") or "": ((c.time.start, c.time.end) if c.time else None)
        for c in found.claims
        if c.kind == "port_call"
    }


def test_a_later_call_of_the_same_voyage_takes_its_date() -> None:
    times = _times(VOYAGE + "Two of the tankers then sailed to the port of Chongjin, where they unloaded.")
    assert times["port:chongjin"] == ("2024-03", "2024-03")


def test_a_call_told_as_a_habit_takes_no_date() -> None:
    first = "Four North Korean tankers loaded fuel at Vostochny in March, tracking data show. "
    times = _times(first + "Most tankers refuel at the port of Chongjin before they sail home.")
    assert times.get("port:chongjin") is None


def test_a_departure_told_by_a_participle_read_as_a_noun_keeps_its_date() -> None:
    text = (
        "Deux navires de la marine russe, partis de Tartous le 8 avril, ont accosté trois jours plus tard dans "
        "le port libyen de Tobrouk."
    )
    assert _times(text, "fr") == {
        "port:tartus": ("2024-04-08", "2024-04-08"),
        "port:port-of-tobruk": ("2024-04-11", "2024-04-11"),
    }
