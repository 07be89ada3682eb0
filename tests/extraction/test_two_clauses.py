"""Two clauses joined by "and"/"et", each with its own subject: the second subject is no member of the
list that ends the first clause, whatever the parser hung it on. Every text here was written for these
tests."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import record, transfers


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "La Russie a livré des chars au Mali et la Chine a fourni des drones au Niger.",
            "fr",
            {("RU", "ML", "armoured_vehicles"), ("CN", "NE", "drones")},
        ),
        (
            "Russia delivered tanks to Mali and China supplied drones to Niger.",
            "en",
            {("RU", "ML", "armoured_vehicles"), ("CN", "NE", "drones")},
        ),
        (
            "Les États-Unis ont fourni des chars à l'Ukraine et l'Allemagne lui a envoyé des systèmes de défense"
            " aérienne.",
            "fr",
            {("US", "UA", "armoured_vehicles"), ("DE", "UA", "air_defence")},
        ),
    ],
)
def test_each_clause_keeps_its_own_supplier(text: str, language: str, expected: set) -> None:
    assert transfers(record(text, language)) == expected


def test_the_buyer_of_the_second_clause_is_its_own_subject() -> None:
    text = "Le Maroc a commandé 24 hélicoptères aux États-Unis et le Qatar a passé commande de 12 Rafale à la France."
    assert transfers(record(text, "fr")) == {("US", "MA", "aircraft"), ("FR", "QA", "aircraft")}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("La Russie a livré des chars au Mali et au Niger.", "fr"),
        ("Russia delivered tanks to Mali and Niger last year.", "en"),
    ],
)
def test_a_list_of_recipients_still_is_one(text: str, language: str) -> None:
    assert transfers(record(text, language)) == {("RU", "ML", "armoured_vehicles"), ("RU", "NE", "armoured_vehicles")}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("La France a signé un accord de défense avec l'Inde et la Russie a livré des chars au Mali.", "fr"),
        ("France signed a defence pact with India and Russia denied sending tanks to Mali.", "en"),
    ],
)
def test_the_subject_of_the_next_clause_is_no_party(text: str, language: str) -> None:
    agreements = [c for c in record(text, language).claims if c.kind == "agreement"]
    assert [sorted(c.roles["parties"]) for c in agreements] == [["FR", "IN"]]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Kiev a reçu ses premiers F-16 du Danemark et des Pays-Bas.", "fr"),
        ("Kyiv has received F-16 jets from Denmark and from the Netherlands.", "en"),
    ],
)
def test_suppliers_listed_with_their_preposition_repeated(text: str, language: str) -> None:
    assert transfers(record(text, language)) == {("DK", "UA", "aircraft"), ("NL", "UA", "aircraft")}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Washington approved the sale of 66 jets to Taiwan, which are expected to be delivered by 2026.", "en"),
        ("Washington a approuvé la vente de 66 avions de combat à Taïwan, qui doivent être livrés d'ici 2026.", "fr"),
    ],
)
def test_a_clause_that_dates_the_same_sale_makes_one_claim_with_its_date(text: str, language: str) -> None:
    [claim] = [c for c in record(text, language).claims if c.kind == "transfer"]
    assert (claim.role("supplier"), claim.role("recipient"), claim.status, claim.time.end) == (
        "US",
        "TW",
        "pledged",
        "2026",
    )
    assert claim.quantity.min == 66


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Seoul approved the export of 48 K9 howitzers to Egypt last year, and the first 10 units were"
            " shipped in February.",
            "en",
        ),
        (
            "Séoul a approuvé l'an dernier l'exportation de 48 obusiers K9 vers l'Égypte, et les dix premiers"
            " exemplaires ont été livrés en février.",
            "fr",
        ),
    ],
)
def test_a_clause_taking_up_the_materiel_keeps_its_own_figure_and_status(text: str, language: str) -> None:
    """The second clause has its own subject: the approval above the first does not make it pledged, and
    its "10 units" are ten of the 48, not 48 again."""
    claims = {(c.quantity.min if c.quantity else None, c.status) for c in record(text, language).claims}
    assert claims == {(48.0, "pledged"), (10.0, "delivered")}


def test_a_french_speaker_after_its_verb_is_the_only_one() -> None:
    """ "..., a annoncé la junte au pouvoir": the junta says it ("au pouvoir" hedges nothing), not
    Turkey, which the parser may hang with the drones on the verb of saying."""
    rec = record(
        "Le Niger a réceptionné deux drones Akinci livrés par la Turquie, a annoncé la junte au pouvoir.",
        "fr",
    )
    [evidence] = rec.evidence
    assert (evidence.modality, [a.name for a in evidence.attributed_to]) == ("reported", ["junte"])


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Chinese firms sold drone engines to Iran, which then supplied drones to Russia.", "en"),
        # the parser hangs the relative clause on the verb before it, not on Iran
        (
            "Des entreprises chinoises ont vendu des moteurs de drones à l'Iran, qui a ensuite fourni des drones"
            " à la Russie.",
            "fr",
        ),
    ],
)
def test_who_a_relative_clause_after_a_comma_stands_for(text: str, language: str) -> None:
    assert transfers(record(text, language)) == {("CN", "IR", "technology"), ("IR", "RU", "drones")}


@pytest.mark.parametrize(
    ("text", "language", "status"),
    [
        ("Le gouvernement malien a réceptionné deux hélicoptères de combat offerts par la Russie.", "fr", "delivered"),
        ("Mali received two helicopters donated by Russia.", "en", "delivered"),
        ("In March, Pakistan received two submarines ordered from China.", "en", "delivered"),
    ],
)
def test_a_participle_on_the_materiel_received_tells_the_same_flow(text: str, language: str, status: str) -> None:
    [claim] = [c for c in record(text, language).claims if c.kind == "transfer"]
    assert (claim.status, claim.quantity.min if claim.quantity else None) == (status, 2.0)


def test_an_order_of_more_than_was_received_is_its_own_claim() -> None:
    text = "Fin mars, le Pakistan a reçu les deux premiers des huit sous-marins commandés à la Chine."
    claims = {(c.status, c.quantity.min if c.quantity else None) for c in record(text, "fr").claims}
    assert claims == {("delivered", 2.0), ("pledged", 8.0)}


def test_a_french_participle_after_a_floating_quantifier_is_the_verb() -> None:
    text = "La Russie et la Chine ont toutes deux vendu des avions de combat à l'Algérie."
    assert transfers(record(text, "fr")) == {("RU", "DZ", "aircraft"), ("CN", "DZ", "aircraft")}


def test_data_analysed_is_no_giving() -> None:
    text = "La Chine a vendu des drones à la Russie en 2023. La NHK a analysé les données publiées par les douanes."
    rec = record(text, "fr")
    assert all("NHK" not in e.quote for e in rec.evidence)
