"""Items that are no stories, told by their headline in several languages (fixtures 2801-2803):
picture pages and job ads under an English label ('Pictorial:', 'Vacancy:'), a messaging-app
channel promo in Russian ('Подпишитесь на наш Telegram-канал', 'Читайте нас в Viber'), an
Urdu photo post ('… کی تصاویر') and social-page promos ('ہمیں فیس بک پر فالو کریں')."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.content.articles import process_feed
from bot.deliver.preview import preview_items

DATA = Path(__file__).resolve().parents[2] / "data" / "realistic_feeds"


def _kinds(name: str) -> dict[str, bool]:
    path = DATA / name
    _, articles = process_feed(path.read_bytes(), url=f"https://feeds.example/{name}")
    return {i["title"]: i["is_story"] for i in preview_items(articles)}


@pytest.mark.parametrize(
    ("name", "non_stories", "story"),
    [
        ("2801_en_in_pictorial_vacancy_pages.rss.xml",
         ["Pictorial: Monsoon arrives in the Western Ghats",
          "Vacancy: Sub-editor for the world desk"],
         "Nepal and Bangladesh agree to a power trade route through India"),
        ("2802_ru_ee_telegram_channel_promo.rss.xml",
         ["Подпишитесь на наш Telegram-канал", "Читайте нас в Viber"],
         "Финляндия и Эстония обсудили тоннель под заливом"),
        ("2803_ur_in_blogger_photo_and_social_promo.atom.xml",
         ["برمنگھم میں بیساکھی میلے کی تصاویر", "ہمیں فیس بک پر فالو کریں"],
         "یونان سے پناہ گزینوں کی ترکی واپسی شروع"),
        # a WhatsApp-group promo by its headline (Urdu) or by its text (English)
        ("3225_ur_pk_php_whatsapp_group_promo.rss.xml",
         ["سندھ ساگر نیوز کا واٹس ایپ گروپ جوائن کریں"],
         "افغان سرحد پر تجارتی گزرگاہ دوبارہ کھول دی گئی"),
        ("3226_en_ke_wp_join_whatsapp_group_promo.rss.xml", ["Never miss a story from the Rift"],
         "Kenya and Uganda agree to reopen Lake Victoria fishing talks"),
    ],
)
def test_promos_and_picture_pages_are_no_stories(
    name: str, non_stories: list[str], story: str
) -> None:
    kinds = _kinds(name)
    assert [t for t in non_stories if kinds[t]] == []
    assert kinds[story] is True


@pytest.mark.parametrize(
    "title",
    [
        "Telegram-канал оппозиции заблокирован в Беларуси",  # a story about a channel
        "Pictorial evidence shows the dam was breached before the storm",
        "Vacancy rates in Nairobi offices climb to 30%",
    ],
)
def test_stories_naming_channels_or_vacancies_stay(title: str) -> None:
    from bot.content.articles.headlines import _SIGNUP_HEAD, _TITLE_START
    assert not _SIGNUP_HEAD.match(title) and not _TITLE_START.match(title)
