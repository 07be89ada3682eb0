"""A state sending materiel to no one named, right after a sentence about another state, sends to that
state; not when the sentence names someone else or where the materiel went. Every sentence here was
written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import record, transfers


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Russia has leaned on its neighbours for vehicles. Since March, Belarus has sent hundreds of trucks.", "en"),
        ("La Russie compte sur ses voisins. Depuis mars, la Biélorussie a envoyé des centaines de camions.", "fr"),
    ],
)
def test_the_state_the_sentence_before_is_about_receives(text: str, language: str) -> None:
    assert transfers(record(text, language)) == {("BY", "RU", "other")}


@pytest.mark.parametrize(
    "text",
    [
        "Russia has leaned on its neighbours for vehicles. Since March, Belarus has sent trucks to Armenia.",
        "Russia has leaned on its neighbours for vehicles. Since March, Belarus and Kazakhstan have sent trucks.",
        "Russia has leaned on its neighbours for vehicles. It rained in Minsk. Belarus has sent trucks.",
    ],
)
def test_not_when_the_sentence_says_otherwise_or_stands_further(text: str) -> None:
    assert ("BY", "RU", "other") not in transfers(record(text))


@pytest.mark.parametrize(
    "text",
    [
        "Russia and Laos have deepened their military ties. Since August, Vientiane has sent rifles to its ally.",
        "Russia has deepened its ties with Laos. Vientiane has sent rifles to its ally.",
        "Laos has deepened its ties with Russia. It has sent rifles to its ally.",
    ],
)
def test_its_ally_is_the_other_of_the_pair(text: str) -> None:
    assert transfers(record(text)) == {("LA", "RU", "small_arms")}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Vientiane has sent rifles to its ally Belarus.", "en"),
        ("Vientiane a envoyé des fusils à son allié biélorusse.", "fr"),
        ("Vientiane a envoyé des fusils à son alliée, la Biélorussie.", "fr"),
    ],
)
def test_the_actor_named_after_its_noun(text: str, language: str) -> None:
    assert transfers(record(text, language)) == {("LA", "BY", "small_arms")}


def test_materiel_sent_to_others_is_not_the_first_recipient_s() -> None:
    rec = record("Laos sent drones to its neighbour Belarus and rifles to Syrian fighters.")
    assert transfers(rec) == {("LA", "BY", "drones")}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Russia sent 20 tanks to Mali and 5 helicopters to Niger.", "en"),
        ("La Russie a envoyé 20 chars au Mali et 5 hélicoptères au Niger.", "fr"),
    ],
)
def test_materiel_sent_to_another_state_is_its_own_claim(text: str, language: str) -> None:
    rec = record(text, language)
    claims = {(c.role("recipient"), c.item, c.quantity.min if c.quantity else None) for c in rec.claims}
    assert claims == {("ML", "armoured_vehicles", 20.0), ("NE", "aircraft", 5.0)}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Norway has sent six howitzers to Ukraine. Denmark has also sent 12 howitzers.", "en"),
        (
            "Norway sent 6 howitzers to Ukraine. Denmark also sent 12 howitzers, according to officials in Copenhagen.",
            "en",
        ),
        ("La Norvège a envoyé six obusiers à l'Ukraine. Le Danemark a également envoyé 12 obusiers.", "fr"),
    ],
)
def test_a_second_supplier_gives_to_the_recipient_of_the_first(text: str, language: str) -> None:
    assert transfers(record(text, language)) == {("NO", "UA", "artillery_systems"), ("DK", "UA", "artillery_systems")}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Laos and Russia have deepened their military ties. Vientiane delivered rifles in 2022.", "en"),
        ("Russia has deepened its military ties with Laos. Vientiane delivered rifles in 2022.", "en"),
        ("Le Laos et la Russie ont renforcé leur coopération militaire. Vientiane a livré des fusils en 2022.", "fr"),
    ],
)
def test_the_state_s_partner_receives_what_it_sends(text: str, language: str) -> None:
    """The sentence before is about the sender and the one state joined to it or hung on its verb."""
    assert transfers(record(text, language)) == {("LA", "RU", "small_arms")}


@pytest.mark.parametrize(
    "text",
    [
        "A Ukrainian officer said Vientiane had sent rifles. It is the first time Laos has sent troops abroad.",
        "Russia has been at war with Ukraine since 2022. Moscow has sent 40 tanks.",
    ],
)
def test_not_a_state_named_in_another_clause_or_at_war(text: str) -> None:
    """The Ukrainian speaks of Laos's rifles; tanks Russia sends are not for the state it fights."""
    assert not {(s, r) for s, r, _ in transfers(record(text))} & {("LA", "UA"), ("RU", "UA")}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Russia has found a new source of shells. Laos has sent 5,000 shells, Thai officials said.", "en"),
        (
            "La Russie a trouvé une nouvelle source d'obus. Le Laos a envoyé 5 000 obus, affirment des responsables "
            "thaïlandais.",
            "fr",
        ),
    ],
)
def test_whom_the_sentence_is_credited_to_is_no_other_actor(text: str, language: str) -> None:
    assert transfers(record(text, language)) == {("LA", "RU", "artillery_ammunition")}
