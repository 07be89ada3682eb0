"""Who a claim comes from: hearsay in the passive, whose contention it is, a speaker after the verb; and
know-how given to make materiel. Every sentence here was written for these tests."""

from __future__ import annotations

from tests.extraction.helpers import record


def told(text: str, language: str) -> dict[tuple[str | None, str | None, str | None], tuple[str, list[str]]]:
    rec = record(text, language)
    said = {e.claim_id: (e.modality.value, [a.name for a in e.attributed_to]) for e in rec.evidence}
    return {(c.role("supplier"), c.role("recipient"), c.item): said[c.id] for c in rec.claims if c.kind == "transfer"}


def test_a_passive_of_hearsay_with_an_adverb_is_reported_by_the_source_before() -> None:
    text = (
        "Georgia stopped exports of drone engines to Russia, Reuters reported. Some of the engines are now"
        " thought to be shipped from Georgia to Armenia."
    )
    assert told(text, "en")[("GE", "AM", "technology")] == ("reported", ["Reuters"])


def test_a_passive_of_hearsay_in_french() -> None:
    text = "Le Bélarus est réputé avoir livré des camions militaires à la Russie."
    assert told(text, "fr")[("BY", "RU", "military_equipment")][0] == "reported"


def test_whose_contention_it_is_is_the_source() -> None:
    text = "Ukraine's contention that Iran is helping Belarus build attack drones is raising concerns."
    assert told(text, "en") == {("IR", "BY", "technology"): ("reported", ["Ukraine"])}


def test_aider_a_fabriquer_du_materiel_est_un_savoir_faire() -> None:
    text = "Selon Kiev, la Russie aide le Bélarus à fabriquer des drones d'attaque."
    assert told(text, "fr") == {("RU", "BY", "technology"): ("reported", ["Kiev"])}


def test_helping_to_build_homes_is_no_know_how() -> None:
    assert told("La Chine a aidé le Pakistan à construire des logements.", "fr") == {}
    assert told("China helped Pakistan build new homes.", "en") == {}


def test_a_claim_by_someone_is_theirs() -> None:
    text = "Les accusations de Kiev selon lesquelles l'Iran aide le Bélarus à fabriquer des drones inquiètent."
    assert told(text, "fr").get(("IR", "BY", "technology"), (None, []))[1] == ["Kiev"]


def test_a_verb_joined_to_an_actors_clause_has_no_speaker_after_it() -> None:
    text = "Georgia shipped drone engines to Armenia in 2023, criticised Trade Watch for its figures."
    assert told(text, "en")[("GE", "AM", "technology")] == ("asserted", [])


def test_an_english_verb_of_saying_after_a_comma_has_its_speaker_after_it() -> None:
    text = "Drone engines were shipped from Georgia to Armenia in 2023, showed customs records from Trade Watch."
    assert told(text, "en")[("GE", "AM", "technology")] == ("reported", ["Trade Watch", "customs records"])


def test_the_report_that_reads_is_the_one_named_before() -> None:
    text = (
        "Drone engines are at the heart of the matter, according to a report by Reuters. Drone engines were"
        " shipped from Georgia to Armenia in 2023, showed customs records from Caucasus Data, the report read."
    )
    assert told(text, "en")[("GE", "AM", "technology")] == ("reported", ["Caucasus Data", "Reuters", "customs records"])
