"""A model's code before materiel names no actor; a seizure whose seizer is named does not take the sides of
the flow told before; a port's name inside a vessel's name is the vessel. Every sentence here was written for
these tests."""

from __future__ import annotations

from tests.extraction.helpers import record, transfers


def test_a_code_before_materiel_is_no_actor() -> None:
    text = "Chinese-built VT-5 light tanks were handed over to Nepal's army earlier this year, officials said."
    assert transfers(record(text, "en")) == {("CN", "NP", "armoured_vehicles")}


def test_a_seizure_with_its_seizer_does_not_continue_the_flow_before() -> None:
    text = (
        "Egypt has committed up to 900 troops to Somalia, the ministry said. "
        "Meanwhile, coast guards in Puntland said they had intercepted a dhow carrying 150 rifles."
    )
    assert ("EG", "SO", "small_arms") not in transfers(record(text, "en"))


def test_a_port_name_inside_a_vessel_name_is_the_vessel() -> None:
    text = "The trucks were unloaded at Conakry from the cargo ship Baltiysk Star, port officials said."
    calls = [c for c in record(text, "en").claims if c.kind == "port_call"]
    assert [c.role("port") for c in calls] == ["port:conakry"]
