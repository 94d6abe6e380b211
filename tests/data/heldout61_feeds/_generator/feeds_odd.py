# ruff: noqa: E501  (feed text is data: long lines are the content)
"""The two encoding traps of the sixty-first held-out set: a Hat Yai English site written in
windows-874 under a TIS-620 declaration, and a Can Tho English site in windows-1258 with
combining tone marks and no declaration at all."""
import unicodedata

from h61 import d, doc, el, feed, httpdate, it, q, rfc822

TONES = "\u0300\u0301\u0303\u0309\u0323"


def vn1258(s: str) -> str:
    """Vietnamese as windows-1258 writers produce it: base letters with circumflex, breve or horn
    precomposed where the code page has them, tone marks as separate combining characters."""
    out = []
    for ch in s:
        try:
            ch.encode("cp1258")
            out.append(ch)
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", ch)
        base, marks = parts[0], [m for m in parts[1:]]
        tone = [m for m in marks if m in TONES]
        shape = [m for m in marks if m not in TONES]
        core = unicodedata.normalize("NFC", base + "".join(shape))
        out.append(core + "".join(tone))
    return "".join(out)


def hatyai():
    B = "http://www.songkhlapost.example"
    rows = [
        ("Malaysian rescuers join Songkhla flood search as toll rises to 12", d(2026, 3, 11, 20, 30, 0, 7), "Pimchanok Saetang (พิมพ์ชนก แซ่ตั้ง)",
         "HAT YAI – A 40-member Malaysian search-and-rescue team crossed at Sadao on Wednesday to help in the flooded districts of Songkhla, where 12 people have died. “We are grateful to our neighbours – they came within a day,” said Somchai Rattanakul (สมชาย รัตนกุล), deputy director of the Songkhla Disaster Prevention and Mitigation Office.",
         dict(authors=["Pimchanok Saetang"], quotes=[q("Somchai Rattanakul", "Songkhla Disaster Prevention and Mitigation Office")], note="Disaster at home, but the story is the foreign rescue team (Rule D exception): relevant. The Thai form of a name in brackets is not part of the name.")),
        ("Thai workers freed from Myawaddy scam compound cross back at Mae Sot", d(2026, 3, 10, 17, 5, 0, 7), "Anuwat Chaiyasit",
         "Sixty-three Thai nationals freed from a scam compound in Myawaddy crossed the Friendship Bridge at Mae Sot on Tuesday, handed over by Myanmar border guards. “They kept our passports for eight months…” said Wanida Srisuk (วนิดา ศรีสุข), 26, from Sadao district.",
         dict(authors=["Anuwat Chaiyasit"], quotes=[q("Wanida Srisuk")], note="Rule C(a): nationals held by a criminal group abroad, freed and handed over between states: relevant.")),
        ("Thailand, Malaysia agree to reopen Sadao night crossing", d(2026, 3, 9, 14, 0, 0, 7), "Pimchanok Saetang and Anuwat Chaiyasit",
         "The Sadao–Bukit Kayu Hitam checkpoint will stay open until midnight from April under an agreement reached by the two governments’ border committee. “Traders have waited two years for this,” said Anucha Kaewmanee (อนุชา แก้วมณี), president of the Songkhla Chamber of Commerce.",
         dict(authors=["Pimchanok Saetang", "Anuwat Chaiyasit"], quotes=[q("Anucha Kaewmanee", "Songkhla Chamber of Commerce")], note="Bilateral border agreement: relevant.")),
        ("Hat Yai night market moves to Niphat Uthit 3 Road", d(2026, 3, 8, 11, 0, 0, 7), "Southern Post Staff",
         "The Kim Yong night market (ตลาดกิมหยง) will move to Niphat Uthit 3 Road during renovation works.",
         dict(authors=[], rel=False, note="City news: not relevant.")),
        ("Hat Yai City FC held 1–1 at home by Pattani", d(2026, 3, 7, 22, 15, 0, 7), "Sports Desk",
         "A late equaliser denied Hat Yai City a third straight win at the Jiranakorn Stadium.",
         dict(authors=[], rel=False, note="Home sport: not relevant.")),
        ("PHOTOS: Chinese temple fair at the Chue Chang shrine", d(2026, 3, 6, 19, 0, 0, 7), "Photos: Teerawat Boonmee",
         "Lion dances and lanterns at the annual fair (งานงิ้ว). Photos: Teerawat Boonmee",
         dict(authors=[], story=False, rel=False, junk=["Photos: Teerawat Boonmee"], note="Photo gallery: non-story.")),
    ]
    items, exp = [], []
    for n, (title, date, by, desc, kw) in enumerate(rows):
        link = f"{B}/news/view.aspx?id={88412 - n * 3}"
        items.append([el("title", title), el("link", link), el("guid", link, attrs=' isPermaLink="true"'), el("pubDate", rfc822(date)), el("author", by), el("description", desc)])
        exp.append(it(link, title, date, **kw))
    ch = [el("title", "Songkhla Southern Post - News"), el("link", B + "/"), el("description", "English news from Hat Yai and the Deep South (ข่าวภาษาอังกฤษ)"), el("language", "en-th"),
          el("copyright", "Copyright 2026 Southern Post Publishing Co., Ltd."), el("lastBuildDate", rfc822(d(2026, 3, 11, 20, 35, 0, 7)))]
    text = doc(ch, items, ns=(), decl="TIS-620")
    return feed("en_th_songkhlapost_news_cp874_as_tis620.rss.xml", text, exp, lang="en", outlet="Songkhla Southern Post", aliases=["Southern Post"],
                encoding="cp874", declared="tis-620", ctype="application/rss+xml; charset=TIS-620", acceptable=("decoded", "refused"),
                structure="Hat Yai (Songkhla) English-language news site, ASP.NET feed (2026) written in windows-874 but declared TIS-620 in the prolog and the header: Thai names and terms in brackets are valid in both, but the curly quotes, en dashes and ellipsis are windows-874 bytes 0x85/0x91–0x96 that TIS-620 does not define (decoded as declared they become invisible C1 control characters, so quotations lose their marks; Latin-1 or cp1252 turns the Thai into mojibake); 'A and B' in <author>, +0700 dates.",
                notes="Encoding trap: windows-874 (cp874) under a TIS-620 declaration. Decoding with cp874 is the good outcome; a one-line refusal is acceptable. Home country: Thailand.")


def cantho():
    B = "http://mekongdeltaherald.example"
    rows = [
        ("Vietnamese traders flee Poipet as Thai–Cambodian border fighting spreads", d(2025, 7, 26, 18, 40, 0, 7), "Nguyễn Thị Hồng Nhung",
         "CAN THO – More than 300 Vietnamese traders and workers have left the Cambodian border town of Poipet for home after fighting between Thai and Cambodian troops spread along the frontier, Vietnam’s consulate in Battambang said. “We left everything in the shop and took the first bus to the border,” said Trần Văn Lộc, a trader from An Giang.",
         dict(authors=["Nguyễn Thị Hồng Nhung"], quotes=[q("Trần Văn Lộc")], note="Rule C(c): nationals caught up in armed conflict abroad, consulate engaged: relevant. 'a trader from An Giang' gives no body.")),
        ("Vietnam and Cambodia agree to dredge shared Mekong channel", d(2025, 7, 24, 15, 10, 0, 7), "Lê Quang Huy",
         "Vietnam and Cambodia signed an agreement in Phnom Penh to dredge the Tân Châu channel of the Mekong, used by barges carrying rice and fertiliser. “The river does not care about borders, so the dredging cannot either,” said Lê Minh Khôi, deputy director of the Can Tho Department of Agriculture and Environment.",
         dict(authors=["Lê Quang Huy"], quotes=[q("Lê Minh Khôi", "Can Tho Department of Agriculture and Environment")], note="Bilateral agreement: relevant.")),
        ("Delta rice exports to the Philippines resume as Manila lifts import pause", d(2025, 7, 22, 10, 0, 0, 7), "Nguyễn Thị Hồng Nhung and Lê Quang Huy",
         "Rice shipments from the Mekong Delta to the Philippines resumed this week after Manila ended a 60-day pause on imports. “Farmers in the delta have been holding stock since May,” said Phạm Thị Thu Hà of the Vietnam Food Association.",
         dict(authors=["Nguyễn Thị Hồng Nhung", "Lê Quang Huy"], quotes=[q("Phạm Thị Thu Hà", "Vietnam Food Association")], note="Trade measure of a foreign government: relevant.")),
        ("Cái Răng floating market gets a new pier for tour boats", d(2025, 7, 21, 9, 0, 0, 7), "Herald Staff",
         "A 120-metre pier for tour boats opened at the Cái Răng floating market on Monday.",
         dict(authors=[], rel=False, note="City news: not relevant.")),
        ("Delta worker hurt in Japan factory accident; family asks for help", d(2025, 7, 19, 16, 30, 0, 7), "Võ Thanh Tâm",
         "A 31-year-old technical intern from Sóc Trăng was seriously injured at a metal plant in Aichi. “He sends money home every month, now we don’t know what will happen,” his wife, Võ Thị Mai, said.",
         dict(authors=["Võ Thanh Tâm"], rel=False, quotes=[q("Võ Thị Mai")], note="Rule C: a private accident abroad and a family's appeal: not relevant.")),
        ("What’s on in Can Tho this weekend", d(2025, 7, 18, 8, 0, 0, 7), "Mekong Delta Herald",
         "Đờn ca tài tử at Ninh Kiều wharf, a fruit fair in Phong Điền, and a night run on the Cần Thơ bridge.",
         dict(authors=[], story=False, rel=False, note="Events listing: non-story.")),
    ]
    items, exp = [], []
    for n, (title, date, by, desc, kw) in enumerate(rows):
        link = f"{B}/en/news/{date:%Y%m%d}-{n + 1}.html"
        items.append([el("title", vn1258(title)), el("link", link), el("guid", link), el("pubDate", rfc822(date)), el("dc:creator", vn1258(by)), el("description", vn1258(desc))])
        exp.append(it(link, title, date, **kw))
    ch = [el("title", "Mekong Delta Herald"), el("link", B + "/en/"), el("description", vn1258("News from Cần Thơ and the Mekong Delta, in English")), el("language", "en")]
    text = doc(ch, items, ns=("dc",), decl=None)
    return feed("en_vn_mekongdeltaherald_news_cp1258_undeclared.rss.xml", text, exp, lang="en", outlet="Mekong Delta Herald",
                encoding="cp1258", declared=None, ctype="application/rss+xml", acceptable=("decoded", "refused"),
                structure="Can Tho (Vietnam) English-language news site, PHP feed (2025) in windows-1258 with no declaration anywhere (no encoding in the prolog, no charset in the header): Vietnamese names and places keep â ê ô ă ơ ư đ as single cp1258 bytes and put tone marks as separate combining bytes (0xCC 0xEC 0xDE 0xD2 0xF2), as Windows Vietnamese text is written; curly quotes and en dashes are cp1252-range bytes. Invalid as UTF-8; as Latin-1 or cp1252 the tones become Ì ì Þ Ò ò.",
                notes="Encoding trap: windows-1258 (cp1258), undeclared. Decoding with cp1258 is the good outcome (text then equals the sidecar after NFC/NFKC); a one-line refusal is acceptable. Home country: Vietnam.")


FEEDS = [hatyai, cantho]
