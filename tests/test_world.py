"""Loading the world dataset, and the questions it answers at once."""

from __future__ import annotations

from sqlalchemy import func, select

from cityties.ask.partners import partners
from cityties.ask.stats import stats
from cityties.places import find_place
from cityties.store.schema import Partnership, PartnershipSource, Place, PlaceAncestor
from cityties.world import load_world


def _counts(store):
    with store.reader() as s:
        return tuple(s.scalar(select(func.count()).select_from(t))
                     for t in (Place, Partnership, PartnershipSource, PlaceAncestor))


def test_loading_twice_changes_nothing(store, bundle):
    first = load_world(store, bundle)
    assert first.partnerships_added == 7
    before = _counts(store)
    again = load_world(store, bundle)
    assert again.places_added == again.partnerships_added == again.source_links_added == 0
    assert _counts(store) == before


def test_partners_of_guangzhou_keep_their_sources(world):
    with world.reader() as s:
        gz = find_place(s, "Guangzhou").place
        rows = {r.partner: r for r in partners(s, gz)}
    assert set(rows) == {"Auckland", "Los Angeles"}
    assert rows["Auckland"].sources == ["wikidata_p190_2016", "wikipedia_twin_cities_2026"]
    assert rows["Auckland"].partner_country == "NZ"


def test_hierarchy_is_complete_up_to_the_country(world):
    from cityties.places import ancestors

    with world.reader() as s:
        futian = find_place(s, "Futian").place
        assert [p.name for p in ancestors(s, futian.id)] == ["Shenzhen", "Guangdong", "China"]


def test_rollup_counts_the_partnerships_of_cities_inside(world):
    with world.reader() as s:
        shaanxi = find_place(s, "Shaanxi").place
        alone = stats(s, shaanxi)
        rolled = stats(s, shaanxi, rollup=True)
    assert alone.pairs == 0
    # Xi'an-Nara, Xi'an-Kansas City (MO), Yan'an-Kansas City (KS)
    assert rolled.pairs == 3
    assert rolled.countries == 2 and rolled.by_country == {"US": 2, "JP": 1}
    assert rolled.places_holding == 2
    assert rolled.by_stage == {"active": 3}


def test_rollup_counts_each_pair_once(world):
    with world.reader() as s:
        china = find_place(s, "China").place
        rolled = stats(s, china, rollup=True)
        rows = partners(s, china, rollup=True)
    # every pair with a Chinese end: 6, none counted twice
    assert rolled.pairs == 6 == len({r.partnership_id for r in rows}) == len(rows)
    assert rolled.continents == 4  # Oceania, North America, Asia (Nara), Europe (Tolyatti)
    assert rolled.countries == 4
