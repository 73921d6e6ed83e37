"""The bundled world dataset answers the first questions a newcomer asks (slow: loads 33k ties)."""

from __future__ import annotations

import pytest

from cityties.ask.partners import partners
from cityties.ask.stats import stats
from cityties.places import AmbiguousPlace, ancestors, find_place
from cityties.world import bundle_dir, load_world

pytestmark = pytest.mark.slow


@pytest.fixture
def real_world(store, monkeypatch):
    monkeypatch.delenv("CITYTIES_WORLD", raising=False)
    if not (bundle_dir() / "places.tsv.gz").exists():
        pytest.skip("the bundled world dataset is absent")
    report = load_world(store)
    assert report.partnerships_added >= 30_000
    return store


def test_world_answers(real_world):
    with real_world.reader() as s:
        gz = find_place(s, "Guangzhou").place
        names = {r.partner for r in partners(s, gz)}
        assert {"Auckland", "Los Angeles"} <= names

        shaanxi = find_place(s, "Shaanxi").place
        rolled = stats(s, shaanxi, rollup=True)
        xian = stats(s, find_place(s, "Xi'an").place)
        assert rolled.pairs > xian.pairs > 10
        assert rolled.places_holding >= 3

        futian = find_place(s, "Futian").place
        assert [p.name for p in ancestors(s, futian.id)][:2] == ["Shenzhen", "Guangdong"]

        with pytest.raises(AmbiguousPlace) as exc:
            find_place(s, "Kansas City")
        assert {c.admin_code for c in exc.value.candidates} >= {"US-MO", "US-KS"}
        assert find_place(s, "Kansas City, Missouri").place.admin_code == "US-MO"
        # spellings the registry lacks are settled through the gazetteer, as the CLI does
        from cityties.gazetteer import open_gazetteer

        gaz = open_gazetteer()
        assert find_place(s, "Togliatti", gazetteer=gaz).place is find_place(s, "Tolyatti").place
        assert find_place(s, "Xian").place is find_place(s, "Xi'an").place


def test_loading_the_world_twice_changes_nothing(real_world):
    again = load_world(real_world)
    assert (again.places_added, again.partnerships_added, again.source_links_added) == (0, 0, 0)
