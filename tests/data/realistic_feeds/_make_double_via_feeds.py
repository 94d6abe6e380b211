"""Regenerate fixtures 2850 and 2851 byte for byte: valid, honestly declared UTF-8 feeds in
which some items' text was UTF-8 read through another code page and saved again as UTF-8
(Mac OS Roman in 2850, windows-1256 in 2851), next to clean items.

Run from anywhere: `python _make_double_via_feeds.py`. The text is invented for newsbrief (CC0);
see README.md.
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent


def damaged(text: str, codec: str) -> str:
    """What a pipeline that read UTF-8 as `codec` and wrote the result as UTF-8 stored."""
    return text.encode("utf-8").decode(codec)


def es_feed() -> str:
    codec = "mac_roman"
    head = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<rss version="2.0">',
        "<channel>",
        f"<title>{damaged('El Heraldo del Plata – Internacional', codec)}</title>",
        "<link>https://www.heraldodelplata.example/internacional/</link>",
        f"<description>{damaged('Noticias del mundo, análisis y opinión', codec)}</description>",
        "<language>es-uy</language>",
        "<lastBuildDate>Thu, 03 Dec 2026 18:20:00 -0300</lastBuildDate>",
    ]
    items = [
        (True, "https://www.heraldodelplata.example/articulo.php?id=51207",
         "Cumbre del Mercosur en Asunción: los cancilleres acuerdan un arancel común para la pesca",
         "<p>Los ministros de Exteriores de los cuatro países fundadores se reunieron este jueves "
         "en Asunción y pactaron un régimen arancelario único para los productos pesqueros.</p>"
         "<p>“Ningún país puede negociar solo con los grandes bloques”, afirmó la canciller "
         "paraguaya Begoña Ruiz Díaz, anfitriona del encuentro.</p>",
         "Martín Núñez", "Thu, 03 Dec 2026 18:05:00 -0300"),
        (True, "https://www.heraldodelplata.example/articulo.php?id=51199",
         "Perú y Bolivia reabren el paso fronterizo de Desaguadero tras tres semanas de bloqueo",
         "<p>Camiones con alimentos cruzaron el puente internacional a primera hora de la mañana, "
         "después de que los transportistas levantaran la protesta por el precio del gasóleo.</p>",
         "Agencia Plata", "Thu, 03 Dec 2026 11:40:00 -0300"),
        (False, "https://www.heraldodelplata.example/articulo.php?id=51188",
         "Temporal en Montevideo deja 300 evacuados en la costa",
         "<p>El Sistema Nacional de Emergencias informó que las lluvias afectaron a cinco barrios "
         "del oeste de la ciudad.</p>",
         "Redacción", "Wed, 02 Dec 2026 21:15:00 -0300"),
        (True, "https://www.heraldodelplata.example/articulo.php?id=51174",
         "Elecciones en Chile: la participación alcanza un récord en la segunda vuelta",
         "<p>El Servicio Electoral informó que votó el 86,4% del padrón, la cifra más alta desde "
         "el regreso del voto obligatorio.</p><p>Los observadores de la OEA describieron la "
         "jornada como “ordenada y pacífica”.</p>",
         "Lucía Ibáñez", "Wed, 02 Dec 2026 09:30:00 -0300"),
        (False, "https://www.heraldodelplata.example/articulo.php?id=51160",
         "La ONU pide a Venezuela y Guyana que retomen el diálogo sobre el Esequibo",
         "<p>El secretario general adjunto para asuntos políticos se reunió en Nueva York con "
         "los embajadores de ambos países.</p>",
         "Sofía Peña", "Tue, 01 Dec 2026 16:50:00 -0300"),
    ]
    out = head
    for bad, link, title, body, author, date in items:
        fix = (lambda s: damaged(s, codec)) if bad else (lambda s: s)
        out += [
            "<item>",
            f"  <title>{fix(title)}</title>",
            f"  <link>{link}</link>",
            f"  <description><![CDATA[{fix(body)}]]></description>",
            f"  <author>{fix(author)}</author>",
            f"  <pubDate>{date}</pubDate>",
            f"  <guid>{link}</guid>",
            "</item>",
        ]
    return "\n".join([*out, "</channel>", "</rss>", ""])


def ar_feed() -> str:
    codec = "cp1256"
    head = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">',
        "<channel>",
        "\t<title>صحيفة الواحة | عربي ودولي</title>",
        "\t<link>https://www.alwaha-daily.example/world</link>",
        "\t<description>أخبار العالم العربي والدولي</description>",
        "\t<language>ar</language>",
        "\t<lastBuildDate>Thu, 03 Dec 2026 21:10:00 +0300</lastBuildDate>",
    ]
    items = [
        (True, "https://www.alwaha-daily.example/world/88231/jordan-iraq-pipeline-talks",
         "الأردن والعراق يستأنفان مفاوضات خط أنابيب النفط بين البصرة والعقبة",
         "<p>عمان (وكالات) استأنف وزيرا الطاقة في الأردن والعراق اليوم الخميس المفاوضات حول "
         "مشروع خط أنابيب لنقل النفط الخام من البصرة إلى ميناء العقبة.</p><p>وقال المتحدث "
         "باسم وزارة الطاقة الأردنية إن الجانبين اتفقا على تشكيل لجنة فنية مشتركة.</p>",
         "سامي الخطيب", "Thu, 03 Dec 2026 20:45:00 +0300"),
        (False, "https://www.alwaha-daily.example/world/88224/sudan-aid-corridor",
         "الأمم المتحدة تطالب بفتح ممر إنساني جديد إلى دارفور",
         "<p>جنيف (وكالات) دعا مكتب تنسيق الشؤون الإنسانية التابع للأمم المتحدة إلى فتح ممر "
         "جديد لإيصال المساعدات الغذائية إلى شمال دارفور قبل موسم الجفاف.</p>",
         "", "Thu, 03 Dec 2026 16:20:00 +0300"),
        (True, "https://www.alwaha-daily.example/world/88217/lebanon-cyprus-maritime-border",
         "لبنان وقبرص يوقعان اتفاقا لترسيم الحدود البحرية بينهما",
         "<p>بيروت (خاص) وقع وزيرا خارجية لبنان وقبرص في بيروت اتفاقا لترسيم الحدود البحرية "
         "بين البلدين بعد مفاوضات استمرت عامين.</p><p>وقالت وزيرة الخارجية القبرصية إن الاتفاق "
         "يفتح الباب أمام التنقيب المشترك عن الغاز.</p>",
         "ليلى منصور", "Thu, 03 Dec 2026 12:05:00 +0300"),
        (True, "https://www.alwaha-daily.example/world/88209/turkey-syria-border-crossing",
         "تركيا وسوريا تعيدان فتح معبر حدودي أمام الشاحنات التجارية",
         "<p>أنقرة (وكالات) أعلنت وزارة التجارة التركية إعادة فتح معبر حدودي مع سوريا أمام "
         "حركة الشاحنات التجارية بعد إغلاق دام ثلاثة أشهر.</p>",
         "", "Wed, 02 Dec 2026 19:30:00 +0300"),
        (False, "https://www.alwaha-daily.example/world/88198/oman-iran-maritime-talks",
         "سلطنة عمان تستضيف محادثات بحرية بين إيران ودول خليجية",
         "<p>مسقط (وكالات) تستضيف سلطنة عمان الأسبوع المقبل جولة محادثات حول أمن الملاحة "
         "في مضيق هرمز بمشاركة إيران وثلاث دول خليجية.</p>",
         "هدى العلي", "Wed, 02 Dec 2026 10:15:00 +0300"),
    ]
    out = head
    for bad, link, title, body, author, date in items:
        fix = (lambda s: damaged(s, codec)) if bad else (lambda s: s)
        out += ["\t<item>", f"\t\t<title>{fix(title)}</title>", f"\t\t<link>{link}</link>",
                f'\t\t<guid isPermaLink="true">{link}</guid>']
        if author:
            out.append(f"\t\t<dc:creator><![CDATA[{fix(author)}]]></dc:creator>")
        out += [f"\t\t<pubDate>{date}</pubDate>",
                f"\t\t<description><![CDATA[{fix(body)}]]></description>", "\t</item>"]
    return "\n".join([*out, "</channel>", "</rss>", ""])


FEEDS = {
    "2850_es_uy_macroman_double_utf8_items.rss.xml": es_feed,
    "2851_ar_world_cp1256_double_utf8_items.rss.xml": ar_feed,
}


if __name__ == "__main__":
    for name, make in FEEDS.items():
        (HERE / name).write_bytes(make().encode("utf-8"))
