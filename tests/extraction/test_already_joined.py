""" "Already" on a verb bears on the verbs joined to it and on the infinitive a helping verb takes: "has
already provided X and has helped Minsk to re-equip its planes": both done by the time of publication.
Every sentence here was written for these tests."""

from __future__ import annotations

from tests.extraction.helpers import record


def test_already_bears_on_a_joined_verb_and_its_infinitive() -> None:
    text = (
        "Moscow has already sent Minsk Iskander missiles and has helped Belarus to equip its air force with new arms."
    )
    ends = {c.item: c.time.end if c.time else None for c in record(text, "en", published="2023-08-25").claims}
    assert ends == {"missiles": "2023-08-25", "military_equipment": "2023-08-25"}


def test_what_is_equipped_is_the_recipients_own() -> None:
    text = "Moscow has sent Minsk Iskander missiles and has helped Minsk to equip its jets with nuclear bombs."
    assert {c.item for c in record(text, "en").claims} == {"missiles", "ammunition"}
