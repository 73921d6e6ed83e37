"""The gazetteer: normalisation, lookups, qualifiers, ambiguity and hierarchy.

Fast tests run on a small gazetteer built from records written here; tests marked ``slow`` use the
full one (built from the installed packages on first use) and skip when it cannot be built.
"""

from __future__ import annotations

import pytest

from cityties.gazetteer import Gazetteer, GazPlace, normalize, open_gazetteer


def P(id, name, kind, country, parent=None, lat=None, lng=None, pop=0, admin=None, cont=None):
    return GazPlace(id, name, kind, country, parent, lat, lng, pop, admin, cont)


PLACES = [
    P(1, "United States", "country", "US", pop=330_000_000, cont="North America"),
    P(2, "Missouri", "state_province", "US", 1, pop=6_000_000, admin="US-MO"),
    P(3, "Kansas", "state_province", "US", 1, pop=2_900_000, admin="US-KS"),
    P(4, "Kansas City", "city", "US", 2, 39.1, -94.58, 475_000, "US-MO"),
    P(5, "Kansas City", "city", "US", 3, 39.11, -94.63, 152_000, "US-KS"),
    P(10, "China", "country", "CN", pop=1_400_000_000, cont="Asia"),
    P(11, "Guangdong", "state_province", "CN", 10, pop=110_000_000, admin="CN-GD"),
    P(12, "Shenzhen", "city", "CN", 11, 22.55, 114.07, 17_000_000, "CN-GD"),
    P(13, "Futian", "district", "CN", 12, 22.52, 114.06, 11_000, "CN-GD"),
    P(14, "Chongqing", "city", "CN", 10, 29.56, 106.55, 7_000_000, "CN-CQ"),
    P(15, "Futian", "city", "CN", 14, 31.22, 109.71, 32_000, "CN-CQ"),
    P(16, "Shaanxi", "state_province", "CN", 10, pop=39_000_000, admin="CN-SN"),
    P(17, "Xi'an", "city", "CN", 16, 34.26, 108.93, 12_000_000, "CN-SN"),
    P(20, "South Korea", "country", "KR", pop=51_000_000, cont="Asia"),
    P(21, "Seoul", "city", "KR", 20, 37.57, 126.98, 10_000_000, "KR-11"),
    P(22, "Gangnam-gu", "district", "KR", 21, 37.5, 127.06, 0, "KR-11"),
    P(30, "Japan", "country", "JP", pop=125_000_000, cont="Asia"),
    P(31, "Nara", "state_province", "JP", 30, pop=1_300_000, admin="JP-29"),
    P(32, "Nara", "city", "JP", 31, 34.69, 135.8, 360_000, "JP-29"),
    P(40, "Venezuela", "country", "VE", pop=28_000_000, cont="South America"),
    P(41, "Carabobo", "state_province", "VE", 40, pop=2_500_000, admin="VE-G"),
    P(42, "Carabobo", "city", "VE", 40, 10.0, -68.0, 2_000),
]
NAMES = {
    17: ["Xian", "西安", ("Hsi-an", 2)],
    12: ["深圳", "Shenzhen Shi"],
    16: ["Shaanxi Sheng", "Shaanxi Province"],
    22: ["Gangnam District", "강남구"],
    10: ["People's Republic of China"],
    20: ["Korea, Republic of"],
}


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.from_places(PLACES, NAMES)


def test_normalize_meets_spellings():
    assert normalize("Xi'an") == normalize("Xi’an") == normalize("Xian") == "xian"
    assert normalize("Bobo-Dioulasso") == normalize("bobo  dioulasso")
    assert normalize("São Paulo") == "sao paulo"
    assert normalize("西安") == "西安"
    assert normalize("Тольятти").startswith("tol")


def test_lookup_exact_and_filters(gaz):
    assert [p.id for p in gaz.lookup("Kansas City")] == [4, 5]  # bigger first
    assert [p.id for p in gaz.lookup("kansas city", within=3)] == [5]
    assert [p.id for p in gaz.lookup("Futian", country="CN", kinds=["district"])] == [13]
    assert gaz.lookup("西安")[0].id == 17
    assert gaz.lookup("Guangdong Sheng") == []  # a name not given is not invented
    assert gaz.lookup("Shenzhen")[0].id == 12  # "Shenzhen Shi" alias and its short form


def test_resolve_qualifiers_and_ambiguity(gaz):
    assert [p.id for p in gaz.resolve("Kansas City, Missouri")] == [4]
    assert [p.id for p in gaz.resolve("Kansas City, US-MO")] == [4]
    assert [p.id for p in gaz.resolve("Kansas City, Kansas")] == [5]
    assert {p.id for p in gaz.resolve("Kansas City")} == {4, 5}
    assert gaz.resolve("Futian (Shenzhen)")[0].id == 13
    assert gaz.resolve("Futian")[0].id == 13  # the district of a big city comes first
    assert gaz.resolve("Gangnam District")[0].id == 22
    assert gaz.resolve("Gangnam")[0].id == 22
    assert gaz.resolve("Carabobo State")[0].id == 41
    assert gaz.resolve("Carabobo City")[0].id == 42
    assert gaz.resolve("Shaanxi Province")[0].id == 16
    assert gaz.resolve("Nara")[0].id == 32  # the city before the prefecture
    assert gaz.resolve("Xian, China")[0].id == 17
    assert gaz.resolve("Nowhere at all") == []


def test_hierarchy_and_names(gaz):
    assert [p.id for p in gaz.ancestors(13)] == [12, 11, 10]
    assert gaz.ancestors(10) == []
    assert gaz.get(13).parent_id == 12 and gaz.get(999) is None
    assert "Gangnam District" in gaz.names(22) and "Gangnam-gu" in gaz.names(22)
    assert ("Xi'an", 17) in set(gaz.iter_names())
    assert all(pid != 22 for _, pid in gaz.iter_names(min_population=1))


def test_country_code(gaz):
    assert gaz.country_code("South Korea") == "KR"
    assert gaz.country_code("People's Republic of China") == "CN"
    assert gaz.country_code("Guangdong, China") == "CN"
    assert gaz.country_code("Atlantis") is None


def test_from_places_on_disk(tmp_path):
    path = str(tmp_path / "g.sqlite")
    g = Gazetteer.from_places(PLACES[:5], path=path)
    assert [p.id for p in g.resolve("Kansas City, Missouri")] == [4]
    g.close()


# -- the full gazetteer -------------------------------------------------------------------


@pytest.fixture(scope="module")
def full() -> Gazetteer:
    try:
        return open_gazetteer()
    except Exception as exc:  # pragma: no cover - environment without the data packages
        pytest.skip(f"full gazetteer unavailable: {exc}")


def _chain(g, p):
    return [p.name] + [a.name for a in g.ancestors(p.id)]


@pytest.mark.slow
def test_full_hierarchy(full):
    futian = full.resolve("Futian")[0]
    assert _chain(full, futian) == ["Futian", "Shenzhen", "Guangdong", "China"]
    assert futian.kind == "district"
    shenzhen = full.resolve("Shenzhen")[0]
    assert shenzhen.id == 1795565 and shenzhen.kind == "city"
    assert full.resolve("Futian (Shenzhen)")[0].id == futian.id
    assert full.resolve("福田区")[0].id == futian.id
    assert full.resolve("深圳")[0].id == shenzhen.id
    for name in ("Xi'an", "Yan'an", "Baoji"):
        assert "Shaanxi" in _chain(full, full.resolve(name)[0])


@pytest.mark.slow
@pytest.mark.parametrize(
    "query, name, country, kind",
    [
        ("Gangnam District", "Gangnam-gu", "KR", "district"),
        ("Gangnam-gu", "Gangnam-gu", "KR", "district"),
        ("Trier City, Rhineland-Palatinate", "Trier", "DE", "city"),
        ("Xi'an", "Xi'an", "CN", "city"),
        ("Xian", "Xi'an", "CN", "city"),
        ("西安", "Xi'an", "CN", "city"),
        ("Carabobo State", "Carabobo", "VE", "state_province"),
        ("Togliatti", "Tolyatti", "RU", "city"),
        ("Tolyatti", "Tolyatti", "RU", "city"),
        ("No. 5 District of Bobo Dioulasso", "Bobo-Dioulasso", "BF", "city"),
        ("Shaanxi", "Shaanxi", "CN", "state_province"),
        ("Shaanxi Province", "Shaanxi", "CN", "state_province"),
        ("Nara", "Nara", "JP", "city"),
        ("Oakville, Ontario", "Oakville", "CA", "city"),
        ("Auckland, New Zealand", "Auckland", "NZ", "city"),
        ("Guangdong", "Guangdong", "CN", "state_province"),
        ("China", "China", "CN", "country"),
        ("Kairo", "Cairo", "EG", "city"),
    ],
)
def test_full_resolve(full, query, name, country, kind):
    best = full.resolve(query)[0]
    assert (best.name, best.country, best.kind) == (name, country, kind)


@pytest.mark.slow
def test_full_kansas_cities(full):
    both = full.resolve("Kansas City")
    assert {p.admin_code for p in both[:2]} == {"US-MO", "US-KS"}
    for q in ("Kansas City, Missouri", "Kansas City, US-MO"):
        assert [p.admin_code for p in full.resolve(q)] == ["US-MO"]


@pytest.mark.slow
def test_full_country_codes(full):
    cases = {"South Korea": "KR", "Scotland, United Kingdom": "GB", "Bosnia and Herz.": "BA",
             "People's Republic of China": "CN", "NA": "NA", "Dem. Rep. Congo": "CD",
             "Kosovo": "XK", "Taiwan": "TW"}
    assert {k: full.country_code(k) for k in cases} == cases
    assert full.get(full.resolve("Seoul")[0].id).continent == "Asia"
