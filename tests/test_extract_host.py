"""The page's own place when the partner is named more often: reporters place the partner abroad, the
home's council acts and its totals are given (texts written for these tests)."""

from __future__ import annotations

from cityties.extract import extract
from extracting import doc, find, pairs


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
