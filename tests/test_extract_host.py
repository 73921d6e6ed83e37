"""The page's own place when the partner is named more often: reporters place the partner abroad, the
home's council acts and its totals are given (texts written for these tests)."""

from __future__ import annotations

from cityties.extract import extract
from extracting import claims, doc, find, pairs


def test_a_partner_placed_abroad_is_not_the_page_s_place_however_often_named():
    text = ("Bellingham Herald\nNews | Local | Sports | Opinion\n\n"
            "Council suspends Nakhodka sister-city tie\n\nBy Staff writer\nMarch 9, 2022\n\n"
            "Bellingham City Council voted 6-1 on Monday to suspend the sister-city relationship with "
            "Nakhodka, Russia, until the war in Ukraine ends.\n\nNakhodka officials have not replied. "
            "Students from Nakhodka visited in 2019, and a Nakhodka choir sang downtown in 2017.\n\n"
            "The city's sister-city relationship with Tateyama, Japan, is not affected.")
    got = pairs(extract(doc(text, "2022-03-09", "https://www.bellinghamherald.com/news/local/article1.html")))
    assert frozenset(("Bellingham", "Tateyama")) in got
    assert frozenset(("Nakhodka", "Tateyama")) not in got


def test_the_place_whose_total_the_page_gives_is_its_own():
    text = ("Kunming bond renewed for another decade\n\nBy Local reporter | Thursday, 20 April 2023\n\n"
            "Mayor Dallas Tout re-signed the sister city agreement with the Chinese city of Kunming on "
            "Tuesday, during a trade visit to Yunnan.\n\n\"Kunming has been generous to us,\" he said from "
            "Kunming. Kunming students will come in August.\n\nCouncillors at home also voted on Wednesday "
            "to end the friendship agreement with Leavenworth, Washington, which was signed in 1994 but has "
            "been dormant for a decade.\n\n"
            "The decision leaves Wagga Wagga with two sister cities: Kunming and Nördlingen.")
    got = pairs(extract(doc(text, "2023-04-20")))
    assert frozenset(("Wagga Wagga", "Leavenworth")) in got
    assert frozenset(("Kunming", "Leavenworth")) not in got


def test_exploring_sisterhood_ties_is_contact():
    text = ("Mayor Junard Chan said the city is exploring sisterhood ties with Ishigaki, whose officials "
            "visited Lapu-Lapu City last year.")
    assert find(extract(doc(text, "2024-02-10")), "Lapu-Lapu", "Ishigaki")["stage"] == "contact"


def test_the_chinese_press_placing_its_own_province_does_not_make_it_a_partner():
    text = ("Yunnan, Laos' Champasak agree on friendly provincial ties\n\n"
            "Source: Xinhua | 2024-05-08 18:05:41 | Editor: huaxia\n\n"
            "KUNMING, May 8 (Xinhua) -- Southwest China's Yunnan Province signed an agreement on Tuesday to "
            "establish friendly provincial relations with Champasak Province of Laos, officials in Kunming "
            "said.\n\nThe agreement was signed in Kunming by Yunnan vice governor Li Ming and Champasak "
            "governor Vilay Phommasane.\n\n"
            "Earlier friendly ties were signed with Japan's Shiga Prefecture in 1983.")
    got = pairs(extract(doc(text, "2024-05-08", "http://www.xinhuanet.com/english/20240508/c.html")))
    assert frozenset(("Yunnan", "Shiga Prefecture")) in got
    assert frozenset(("Kunming", "Shiga Prefecture")) not in got


def test_a_town_s_own_site_spelled_without_umlauts_is_the_page_s_place():
    text = ("Hansestadt Lüneburg\nDeutsch | English\nCitizens | City hall | Tourism\n\n"
            "Home > City hall > Twin towns\n\nTwin towns\n\n"
            "Our city keeps friendships with twin towns in Europe and beyond, kept alive by schools, clubs "
            "and many families.\n\nScunthorpe, United Kingdom (since 1988)\nNaestved, Denmark (since 1989)\n"
            "Tultitlán, Mexico (since 1994)\n\nThe partnership with Scunthorpe grew out of school exchanges "
            "and is one of the liveliest. Scunthorpe pupils come every spring, and Scunthorpe's brass band "
            "plays at our Christmas market.")
    got = pairs(extract(doc(text, None, "https://www.hansestadt-lueneburg.de/english/twin-towns.html")))
    assert frozenset(("Lüneburg", "Naestved")) in got or frozenset(("Hansestadt Lüneburg", "Naestved")) in got
    assert frozenset(("Scunthorpe", "Naestved")) not in got


def test_the_dateline_whose_city_government_acts_is_home_not_a_town_in_the_related_links():
    text = ("ERR News\nNews | Politics | Economy | Culture\n\nCity ends partnership with Pskov\n\n"
            "News | 02.03.2022 11:05\n\nTARTU — The city government on Tuesday terminated the partnership "
            "agreement with the Russian city of Pskov, signed in 1996, citing the invasion of Ukraine.\n\n"
            "Pskov has been a partner since the 1990s. Cooperation with Pskov had slowed and was limited to "
            "festivals; the Hanseatic Days were held in Pskov in 2019.\n\n"
            "The city will instead step up help to its Ukrainian partner city of Zhytomyr, sending medical "
            "supplies and opening its schools to children from the region.\n\n"
            "Related\nNarva council debates Russian-language signs")
    got = pairs(extract(doc(text, "2022-03-02", "https://news.err.ee/1608512345/city-ends-partnership")))
    assert frozenset(("Tartu", "Zhytomyr")) in got
    assert frozenset(("Tartu", "Pskov")) in got


def test_a_partner_described_by_its_country_in_apposition_is_placed_abroad():
    text = ("DAILY NEWS\nHome | News | Business | Regions\n\n"
            "Finnish city, Lake Zone port seal twinning deal\n\nBy Correspondent\n\n"
            "MWANZA: THE City Council here on Thursday signed a twinning agreement with "
            "Tampere, Finland's third largest city, opening the way for cooperation in water supply.\n\n"
            "The agreement was signed by Tampere Deputy Mayor Jukka Lehtonen, who said Tampere and Tampere's "
            "engineers would share what they know.")
    got = pairs(extract(doc(text, "2019-02-15", "https://dailynews.co.tz/news/2019-02-15.aspx")))
    assert set(got) == {frozenset(("Mwanza", "Tampere"))}


def test_an_unknown_town_in_capitals_opening_a_dateline_is_a_place():
    text = ("Korean city suspends exchanges with Japanese sister city\n\n"
            "GIMHAE, South Korea, Aug. 7 (Yonhap) -- The city government said Wednesday it has suspended all "
            "exchange programs with Munakata, its sister city in Japan, until Tokyo withdraws its curbs.\n\n"
            "The decision, made at a meeting of department heads on Tuesday, puts on hold a youth football "
            "tournament, officials said.\n\nThe two cities have been sisters for 27 years.\n\n"
            "The southeastern city has eight sister and friendship cities abroad.")
    out = extract(doc(text, "2019-08-07"))
    r = find(out, "Gimhae", "Munakata")
    assert (r["stage"], r["since"]) == ("suspended", "1992")
    assert claims(out) == {("Gimhae", 8, None)}


def test_a_dateline_on_a_line_of_its_own_and_a_lake_that_describes_the_town():
    text = ("NATIONAL  OCT. 05, 2024 - 06:12 AM JST\nShimane city renews sister pact with Korean partner\n\n"
            "MATSUE, Shimane Pref.\nThe city renewed its sister city agreement with Jinju in South Korea on "
            "Friday, reaffirming a 25-year partnership that survived rows between Tokyo and Seoul.\n\n"
            "The castle town on Lake Shinji also has sister ties with New Orleans in the United States.")
    got = pairs(extract(doc(text, "2024-10-05")))
    assert set(got) == {frozenset(("Matsue", "Jinju")), frozenset(("Matsue", "New Orleans"))}
