"""Regenerate fixtures 3270_* to 3274_* byte for byte: feeds whose bytes are a Latin codepage other
than the ISO-8859-1 / windows-1252 their template declares (or with no declaration at all), as
old CMS templates with a hard-coded 'ISO-8859-1' serve them.

Run from anywhere: `python _make_latin_relatives_feeds.py`. The text is invented for newsbrief
(CC0); see README.md.
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent


def rss(spec: dict) -> str:
    decl = spec["decl"]
    parts = [decl,
             '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" '
             'xmlns:content="http://purl.org/rss/1.0/modules/content/" '
             'xmlns:atom="http://www.w3.org/2005/Atom">',
             "<channel>",
             f"<title>{spec['title']}</title>",
             f"<link>{spec['link']}</link>",
             f'<atom:link href="{spec["link"]}rss.php" rel="self" type="application/rss+xml" />',
             f"<description>{spec['description']}</description>",
             f"<language>{spec['lang']}</language>",
             f"<copyright>{spec['copyright']}</copyright>",
             f"<lastBuildDate>{spec['items'][0]['date']}</lastBuildDate>",
             f"<generator>{spec['generator']}</generator>"]
    for it in spec["items"]:
        body = "".join(f"<p>{p}</p>" for p in [it["description"], *it["paras"]])
        parts += ["<item>",
                  f"  <title>{it['title']}</title>",
                  f"  <link>{it['link']}</link>",
                  f'  <guid isPermaLink="true">{it["link"]}</guid>',
                  f"  <pubDate>{it['date']}</pubDate>",
                  f"  <dc:creator>{it['creator']}</dc:creator>",
                  f"  <category>{it['category']}</category>",
                  f"  <description>{it['description']}</description>",
                  f"  <content:encoded><![CDATA[{body}]]></content:encoded>",
                  "</item>"]
    parts += ["</channel>", "</rss>", ""]
    return "\n".join(parts)


FEEDS: dict[str, dict] = {
    # A Welsh-language community news site (a 'papur bro' online): ISO-8859-14 (Latin-8) bytes,
    # declared ISO-8859-1 in the prolog and the header. Read as declared, 'ŵ ŷ Ŵ' are 'ð þ Ð'.
    "3270_cy_gb_papur_bro_latin8_declared_latin1.rss.xml": dict(
        encoding="iso8859_14", decl='<?xml version="1.0" encoding="ISO-8859-1"?>',
        title="Llais y Glannau - Newyddion", link="https://llaisyglannau.example/",
        description="Newyddion Pen Llŷn a'r glannau", lang="cy",
        copyright="(c) 2026 Llais y Glannau Cyf", generator="PHP",
        items=[
            dict(title="Cyngor yn cymeradwyo 24 o dai fforddiadwy ym Mhen Llŷn",
                 link="https://llaisyglannau.example/newyddion/2026/12/02/tai-fforddiadwy",
                 date="Wed, 02 Dec 2026 17:20:00 +0000", creator="Llŷr Puw", category="Newyddion",
                 description="Bydd y tai yn cael eu codi ar dir ger yr ysgol gynradd yn Aberdaron, meddai'r cyngor ddydd Mawrth.",
                 paras=["Mae'r cynllun yn rhoi blaenoriaeth i deuluoedd lleol sydd wedi aros am dŷ ers blynyddoedd.",
                        "Bydd y gwaith adeiladu yn dechrau yn y gwanwyn."]),
            dict(title="Gŵyl fwyd yn denu miloedd i'r harbwr er gwaethaf y glaw",
                 link="https://llaisyglannau.example/newyddion/2026/11/30/gwyl-fwyd",
                 date="Mon, 30 Nov 2026 09:05:00 +0000", creator="Elen Siôn", category="Newyddion",
                 description="Daeth dros bum mil o bobl i'r ŵyl ddydd Sadwrn, yn ôl y trefnwyr.",
                 paras=["Roedd dros drigain o stondinau yn gwerthu cynnyrch lleol, o gaws i gwrw.",
                        "Bydd yr ŵyl yn ôl ym mis Mehefin."]),
            dict(title="Pryder am ansawdd dŵr yr afon ar ôl y llifogydd",
                 link="https://llaisyglannau.example/newyddion/2026/11/27/dwr-yr-afon",
                 date="Fri, 27 Nov 2026 14:40:00 +0000", creator="Llŷr Puw", category="Newyddion",
                 description="Mae'r asiantaeth amgylchedd yn profi'r dŵr mewn chwe lle ar hyd yr afon.",
                 paras=["Ni ddylai neb nofio yn yr afon nes bod y canlyniadau'n hysbys, meddai'r asiantaeth."]),
            dict(title="Tŷ hanesyddol yn agor i'r cyhoedd am y tro cyntaf ers canrif",
                 link="https://llaisyglannau.example/newyddion/2026/11/25/ty-hanesyddol",
                 date="Wed, 25 Nov 2026 11:00:00 +0000", creator="Nia Prŷs", category="Newyddion",
                 description="Bydd y tŷ, a adeiladwyd yn 1780, ar agor bob penwythnos tan y Pasg.",
                 paras=["Mae gwirfoddolwyr wedi treulio tair blynedd yn adnewyddu'r waliau a'r to."]),
        ]),
    # A Lithuanian regional site: ISO-8859-13 (Latin-7) bytes, declared windows-1252 in the
    # prolog and the header. Read as declared, 'š ž ė ū ą' are 'ð þ ë û à', the quotes '„ “'
    # are '¥ ´'.
    "3271_lt_lt_regional_latin7_declared_cp1252.rss.xml": dict(
        encoding="iso8859_13", decl='<?xml version="1.0" encoding="windows-1252"?>',
        title="Aukštaitijos vakaras", link="https://aukstaitijosvakaras.example/",
        description="Panevėžio ir rajono naujienos", lang="lt",
        copyright="Visos teisės saugomos (c) 2026 UAB Aukštaitijos vakaras", generator="Naujienų sistema 3.2",
        items=[
            dict(title="Panevėžyje atidarytas naujas tiltas per Nevėžį",
                 link="https://aukstaitijosvakaras.example/naujienos/miestas/2026-12-03/tiltas-per-neveza",
                 date="Thu, 03 Dec 2026 10:15:00 +0200", creator="Rūta Žilinskienė", category="Miestas",
                 description="Šiandien eismui atidarytas naujas pėsčiųjų ir dviračių tiltas, kurio statyba užtruko dvejus metus.",
                 paras=["„Tai svarbi diena visam miestui“, - sakė mero pavaduotojas Tomas Kęstutaitis.",
                        "Tilto statyba kainavo 3,4 mln. eurų."]),
            dict(title="Ūkininkai skundžiasi dėl pavėluotų išmokų",
                 link="https://aukstaitijosvakaras.example/naujienos/rajonas/2026-12-01/ukininku-ismokos",
                 date="Tue, 01 Dec 2026 16:30:00 +0200", creator="Darius Šimkus", category="Rajonas",
                 description="Daugiau nei šimtas rajono ūkininkų dar negavo išmokų už šių metų derlių.",
                 paras=["Žemės ūkio skyrius žada, kad pinigai bus pervesti iki gruodžio vidurio."]),
            dict(title="Mokykloms trūksta matematikos mokytojų",
                 link="https://aukstaitijosvakaras.example/naujienos/svietimas/2026-11-28/mokytoju-trukumas",
                 date="Sat, 28 Nov 2026 08:45:00 +0200", creator="Rūta Žilinskienė", category="Švietimas",
                 description="Rajono švietimo skyrius skelbia, kad rugsėjį liko neužimtos septynios matematikos mokytojų vietos.",
                 paras=["Kai kuriose mokyklose pamokas veda mokytojai iš kitų rajonų."]),
            dict(title="Žiemą miesto autobusai važiuos rečiau",
                 link="https://aukstaitijosvakaras.example/naujienos/miestas/2026-11-26/autobusu-tvarkarastis",
                 date="Thu, 26 Nov 2026 13:10:00 +0200", creator="Vaida Gečienė", category="Miestas",
                 description="Nuo gruodžio vidurio miesto autobusai kai kuriais maršrutais važiuos kas pusvalandį.",
                 paras=["Keleiviai naujus tvarkaraščius ras stotelėse ir bendrovės svetainėje."]),
        ]),
    # A Romanian regional site: ISO-8859-16 (Latin-10) bytes, no encoding in the prolog, the
    # header says charset=ISO-8859-1. Read as declared, 'ș ț ă Ș Ț' are 'º þ ã ª Þ', the
    # quotes '„ ”' are '¥ µ' and '€' is '¤'.
    "3272_ro_ro_regional_latin10_declared_latin1.rss.xml": dict(
        encoding="iso8859_16", decl='<?xml version="1.0"?>',
        title="Ecoul Someșului - Știri", link="https://ecoulsomesului.example/",
        description="Știri din Dej și din județ", lang="ro",
        copyright="(c) 2026 Ecoul Someșului SRL", generator="CMS Ecoul",
        items=[
            dict(title="Consiliul Județean a aprobat bugetul pentru drumurile de munte",
                 link="https://ecoulsomesului.example/stiri/judet/2026/12/03/buget-drumuri-munte",
                 date="Thu, 03 Dec 2026 12:30:00 +0200", creator="Ștefan Țurcanu", category="Județ",
                 description="Consilierii județeni au votat joi un buget de 40 de milioane de lei pentru reabilitarea drumurilor de munte.",
                 paras=["„Este cel mai mare buget pentru drumuri din ultimii zece ani”, a declarat președinta consiliului, Ioana Mureșan.",
                        "Lucrările încep în primăvară."]),
            dict(title="Spitalul din Dej primește un aparat nou de tomografie",
                 link="https://ecoulsomesului.example/stiri/sanatate/2026/12/01/aparat-tomografie",
                 date="Tue, 01 Dec 2026 09:10:00 +0200", creator="Ana-Maria Vlăduț", category="Sănătate",
                 description="Aparatul, care a costat 1,2 milioane €, a fost cumpărat din fonduri europene.",
                 paras=["Pacienții nu vor mai fi trimiși la Cluj pentru investigații."]),
            dict(title="Elevii din județ au câștigat trei medalii la olimpiada de chimie",
                 link="https://ecoulsomesului.example/stiri/educatie/2026/11/29/olimpiada-chimie",
                 date="Sun, 29 Nov 2026 18:00:00 +0200", creator="Ștefan Țurcanu", category="Educație",
                 description="Trei elevi de la colegiul național din Dej s-au întors cu medalii de la faza națională a olimpiadei.",
                 paras=["Profesoara lor spune că pregătirea a durat doi ani."]),
            dict(title="Trenul spre Cluj circulă din nou de luni",
                 link="https://ecoulsomesului.example/stiri/transport/2026/11/27/tren-cluj",
                 date="Fri, 27 Nov 2026 15:45:00 +0200", creator="Dan Căpraru", category="Transport",
                 description="Circulația feroviară pe linia Dej - Cluj se reia luni, după trei săptămâni de lucrări la terasament.",
                 paras=["Biletele se pot cumpăra și din gară, și online."]),
        ]),
    # A Maltese-language village news site: ISO-8859-3 (Latin-3) bytes, no encoding in the
    # prolog nor the header. Read as windows-1252, 'ħ ġ ż ċ' are '± õ ¿ å'.
    "3273_mt_mt_village_news_latin3_undeclared.rss.xml": dict(
        encoding="iso8859_3", decl='<?xml version="1.0"?>',
        title="Il-Leħen tar-Raħal", link="https://lehentarrahal.example/",
        description="Aħbarijiet mir-raħal u mill-madwar", lang="mt",
        copyright="(c) 2026 Il-Leħen tar-Raħal", generator="PHP",
        items=[
            dict(title="Il-Kunsill Lokali jħabbar xogħlijiet ġodda fit-triq prinċipali",
                 link="https://lehentarrahal.example/ahbarijiet/2026/12/02/xoghlijiet-triq-principali",
                 date="Wed, 02 Dec 2026 11:00:00 +0100", creator="Rita Ġauċi", category="Aħbarijiet",
                 description="Ix-xogħlijiet fit-triq prinċipali se jibdew il-ġimgħa d-dieħla u se jdumu xahrejn, qal il-kunsill.",
                 paras=["Il-karozzi tal-linja se jgħaddu minn triq oħra sakemm jintemmu x-xogħlijiet."]),
            dict(title="Għotja ta' 50,000 ewro għall-każin tal-banda",
                 link="https://lehentarrahal.example/ahbarijiet/2026/11/30/ghotja-kazin-banda",
                 date="Mon, 30 Nov 2026 16:20:00 +0100", creator="Karmenu Ħili", category="Kultura",
                 description="Il-każin tal-banda se juża l-għotja biex isewwi s-saqaf tal-bini l-antik.",
                 paras=["Il-president tal-każin qal li x-xogħol se jsir fix-xitwa."]),
            dict(title="Il-purċissjoni tal-festa se tgħaddi minn triq ġdida",
                 link="https://lehentarrahal.example/ahbarijiet/2026/11/28/festa-purcissjoni",
                 date="Sat, 28 Nov 2026 09:30:00 +0100", creator="Rita Ġauċi", category="Aħbarijiet",
                 description="Minħabba x-xogħlijiet, il-purċissjoni se tgħaddi minn Triq il-Ħamrija din is-sena.",
                 paras=["Il-kumitat tal-festa qal li r-residenti ġew infurmati b'ittra."]),
            dict(title="Tifel ta' għaxar snin jirbaħ kompetizzjoni tal-poeżija",
                 link="https://lehentarrahal.example/ahbarijiet/2026/11/26/kompetizzjoni-poezija",
                 date="Thu, 26 Nov 2026 18:15:00 +0100", creator="Karmenu Ħili", category="Edukazzjoni",
                 description="Luqa Mifsud, student tal-iskola primarja tar-raħal, rebaħ l-ewwel premju b'poeżija dwar il-baħar.",
                 paras=["Il-ġurija faħħret il-lingwa sempliċi u ċara tal-poeżija."]),
        ]),
    # A Czech regional site: ISO-8859-2 (Latin-2) bytes, declared ISO-8859-1 in the prolog and
    # the header; no byte in 0x80-0x9F, so nothing reads as a control character. Read as
    # declared, 'ř ě č š ž ů Š Ž' are 'ø ì è ¹ ¾ ù © ®'.
    "3274_cs_cz_regional_latin2_declared_latin1.rss.xml": dict(
        encoding="iso8859_2", decl='<?xml version="1.0" encoding="iso-8859-1"?>',
        title="Jihlavský obzor - Zprávy", link="https://jihlavskyobzor.example/",
        description="Zprávy z Jihlavy a Vysočiny", lang="cs",
        copyright="(c) 2026 Jihlavský obzor s.r.o.", generator="RedakceCMS 2.1",
        items=[
            dict(title="Zastupitelé schválili rozpočet na opravy silnic",
                 link="https://jihlavskyobzor.example/zpravy/mesto/2026-12-03-rozpocet-silnice",
                 date="Thu, 03 Dec 2026 14:05:00 +0100", creator="Jiří Dvořák", category="Město",
                 description="Zastupitelé ve čtvrtek schválili rozpočet 80 milionů korun na opravy silnic ve městě.",
                 paras=["Je to nejvíc peněz na silnice za posledních deset let, řekl starosta Petr Šťastný.",
                        "Žádná ulice nebude uzavřena déle než měsíc."]),
            dict(title="Nemocnice dostane nový přístroj pro magnetickou rezonanci",
                 link="https://jihlavskyobzor.example/zpravy/zdravi/2026-12-01-magneticka-rezonance",
                 date="Tue, 01 Dec 2026 10:30:00 +0100", creator="Kateřina Černá", category="Zdraví",
                 description="Přístroj za 35 milionů korun zkrátí čekání pacientů na vyšetření ze tří měsíců na tři týdny.",
                 paras=["Šest lékařů a techniků již prošlo školením."]),
            dict(title="Žáci z Jihlavy uspěli v celostátní soutěži v chemii",
                 link="https://jihlavskyobzor.example/zpravy/skolstvi/2026-11-29-soutez-chemie",
                 date="Sun, 29 Nov 2026 17:50:00 +0100", creator="Kateřina Černá", category="Školství",
                 description="Tři žáci gymnázia získali v celostátním kole soutěže dvě stříbrné a jednu bronzovou medaili.",
                 paras=["Škola je připravovala dva roky."]),
            dict(title="Vlaky do Brna pojedou od pondělí opět podle jízdního řádu",
                 link="https://jihlavskyobzor.example/zpravy/doprava/2026-11-27-vlaky-brno",
                 date="Fri, 27 Nov 2026 08:20:00 +0100", creator="Jiří Dvořák", category="Doprava",
                 description="Výluka na trati do Brna skončí v neděli, od pondělí pojedou vlaky opět podle řádu.",
                 paras=["Náhradní autobusy přestanou jezdit v neděli večer."]),
        ]),
}


def main() -> None:
    for name, spec in FEEDS.items():
        (HERE / name).write_bytes(rss(spec).encode(spec["encoding"]))  # strict: every character fits


if __name__ == "__main__":
    main()
