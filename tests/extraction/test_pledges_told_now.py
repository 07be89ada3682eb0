"""A promise told in the present or the future with no date of its own stands from the month of
publication; a saying still to come ("doit confirmer") is no one's word yet. Every sentence here was
written for these tests."""

from __future__ import annotations

from tests.extraction.helpers import record


def pledges(text: str, language: str) -> dict[str | None, tuple[str | None, str, list[str]]]:
    rec = record(text, language, published="2023-11-20")
    said = {e.claim_id: (e.modality.value, [a.name for a in e.attributed_to]) for e in rec.evidence}
    return {
        c.item: (c.time.start if c.time else None, *said[c.id])
        for c in rec.claims
        if c.kind == "transfer" and c.status and c.status.value == "pledged"
    }


def test_a_pledge_in_the_future_stands_from_the_month_of_publication() -> None:
    text = "Norway will send two more air defence systems to Ukraine."
    assert pledges(text, "en") == {"air_defence": ("2023-11", "asserted", [])}


def test_a_pledge_with_now_stands_from_the_month_of_publication_too() -> None:
    assert pledges("Iran will now supply drones to Belarus.", "en") == {"drones": ("2023-11", "asserted", [])}


def test_a_saying_still_to_come_is_no_source_and_dates_the_pledge_now() -> None:
    text = (
        "Le ministre doit participer au sommet et Oslo doit lui confirmer la livraison à l'Ukraine de quatre"
        " lance-roquettes."
    )
    assert pledges(text, "fr") == {"artillery_systems": ("2023-11", "asserted", [])}


def test_a_promise_told_in_the_past_keeps_no_date() -> None:
    text = "Au total, la Norvège avait promis à l'Ukraine deux systèmes de défense aérienne."
    assert pledges(text, "fr") == {"air_defence": (None, "asserted", [])}


def test_a_possibility_is_no_promise_in_time() -> None:
    text = "Norway could send two more air defence systems to Ukraine."
    assert [time for time, _, _ in pledges(text, "en").values()] == [None]


def test_materiel_promised_before_is_not_dated_by_the_verb_now() -> None:
    text = "Les Mirage promis par la France à l'Ukraine sont toujours attendus."
    assert pledges(text, "fr") == {"aircraft": (None, "asserted", [])}


def test_what_a_saying_to_come_tells_in_a_clause_is_still_reported() -> None:
    rec = record("Le Pentagone doit confirmer que l'Iran a livré des missiles à la Russie.", "fr")
    assert [e.modality.value for e in rec.evidence] == ["reported"]
