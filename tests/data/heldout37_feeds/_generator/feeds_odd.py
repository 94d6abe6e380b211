# ruff: noqa: E501  (feed text is data: long lines are the content)
"""The two oddly encoded feeds of the thirty-seventh held-out set:
- a Gaborone daily whose Node.js exporter put JSON-serialised strings into the XML (literal
  backslash escapes \\u2019, \\" and \\n, descriptions wrapped in double quotes);
- a Lahore Urdu daily whose legacy InPage-to-Unicode converter wrote every letter as its
  contextual Arabic presentation form (U+FB50–U+FEFF).
All outlets, people and quotations are invented."""
import json

from h37 import d, esc, feed, it, ordered, q, rfc822, ri

LBL = "Title label '{}' may be kept or dropped."


def js(s):
    """A string as JSON.stringify writes it, with the surrounding quotes stripped (titles)."""
    return json.dumps(s, ensure_ascii=True)[1:-1]


# ---------------------------------------------------------------- Gaborone daily: JSON escapes in XML text
def kgale():
    base = "https://www.kgaletribune.example"
    rows, items = [], []

    def add(nid, slug, title, w, author, body, exp):
        link = f"{base}/world/{slug}-{nid}"
        extra = f"    <author>{esc(js(author))}</author>\n" if author else ""
        # the description keeps JSON.stringify's surrounding quotes
        rows.append(ri(esc(js(title)), link, link, rfc822(w), esc(json.dumps(body, ensure_ascii=True)), extra=extra, ind="  "))
        items.append(exp(link))

    w = d(2018, 4, 12, 15, 0, 0, 2)
    add(30411, "zimbabwe-opposition-rally-bulawayo", "Zimbabwe’s opposition draws thousands to Bulawayo rally ahead of vote", w, "Kagiso Sebego-Marumo",
        "BULAWAYO – Tens of thousands attended the opposition’s biggest rally since the November transition.\n\n“We want an election that the whole region can trust,” said Nomvula Dube, a teacher from Nkulumane.",
        lambda k: it(k, "Zimbabwe’s opposition draws thousands to Bulawayo rally ahead of vote", w, ["Kagiso Sebego-Marumo"], quotes=[q("Nomvula Dube")], junk=["\\u2019", "\\u201c", "\\n"],
                     note="TRAP: title and description text hold literal JSON escapes (\\u2019, \\u201c, \\n) and the description is wrapped in double quotes; the expected title decodes them. Neighbouring country's election: relevant."))
    w = d(2018, 4, 12, 9, 30, 0, 2)
    add(30402, "south-africa-winnie-madikizela-mandela-funeral", "Thousands mourn Winnie Madikizela-Mandela at Soweto stadium", w, "Reuters",
        "JOHANNESBURG – Mourners sang and danced at Orlando Stadium.",
        lambda k: it(k, "Thousands mourn Winnie Madikizela-Mandela at Soweto stadium", w, [], junk=["\\u2013"], note="Agency: no person. The en dash after the dateline is written as \\u2013."))
    w = d(2018, 4, 11, 18, 0, 0, 2)
    add(30390, "syria-chemical-attack-douma-un-council", "UN Security Council split over response to Douma attack", w, "Tumelo Kgosidintsi, Foreign Desk",
        "NEW YORK – Rival draft resolutions failed on Tuesday.\n\n“The council is paralysed,” said Lindiwe Khumalo-Park, a researcher at the Kalahari Policy Institute in Gaborone.",
        lambda k: it(k, "UN Security Council split over response to Douma attack", w, ["Tumelo Kgosidintsi"], quotes=[q("Lindiwe Khumalo-Park", "Kalahari Policy Institute")], junk=["\\n", "Foreign Desk"]))
    w = d(2018, 4, 11, 11, 0, 0, 2)
    add(30377, "bdf-new-commander-sworn-in", "New BDF commander sworn in at Sir Seretse Khama Barracks", w, "Staff Writer",
        "The ceremony was attended by senior officers.",
        lambda k: it(k, "New BDF commander sworn in at Sir Seretse Khama Barracks", w, [], rel=False, note="Botswana home news: not relevant. 'Staff Writer' is a credit."))
    w = d(2018, 4, 10, 16, 0, 0, 2)
    add(30360, "opinion-sadc-must-speak-on-drc", "Opinion: SADC can no longer stay quiet on the DRC’s delayed election", w, "Dr Onalenna \"Ona\" Mothibi",
        "The region’s silence is a choice. The writer lectures in political science.",
        lambda k: it(k, "Opinion: SADC can no longer stay quiet on the DRC’s delayed election", w, ["Onalenna Mothibi"], junk=["\\u2019", "The writer lectures"],
                     note="Author field with JSON-escaped inner quotes around a nickname ('\\\"Ona\\\"') and the title 'Dr'. The nickname is not part of the expected name. " + LBL.format("Opinion:")))
    w = d(2018, 4, 10, 8, 0, 0, 2)
    add(30344, "gallery-kazungula-bridge-works", "Gallery: Kazungula bridge works in pictures", w, "",
        "Photos: Kagiso Sebego-Marumo",
        lambda k: it(k, "Gallery: Kazungula bridge works in pictures", w, [], story=False, rel=False, note="Gallery. " + LBL.format("Gallery:")))
    rows, items = ordered(rows, items)
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n<channel>\n  <title>The Kgale Tribune - World</title>\n  <link>' + base + '/world</link>\n  <description>World news</description>\n  <language>en</language>\n'
            + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("en_bw_kgaletribune_world_json_escapes_in_xml.rss.xml", text, items, lang="en", outlet="The Kgale Tribune", structure="Node.js exporter that inserted JSON.stringify output into RSS text",
                notes="Gaborone daily, April 2018. Bytes are valid UTF-8 and well-formed XML, but all non-ASCII text is written as literal JSON escapes (\\uXXXX), line breaks as \\n and descriptions in double quotes. Home country Botswana.")


def _forms():
    """Presentation-form code points by (letter, form) from Unicode's compatibility decompositions."""
    import unicodedata
    table = {}
    for c in range(0xFB50, 0xFEFF):
        dec = unicodedata.decomposition(chr(c))
        if dec.startswith("<"):
            form, *rest = dec.split()
            if len(rest) == 1 and form in ("<isolated>", "<initial>", "<medial>", "<final>"):
                table.setdefault(chr(int(rest[0], 16)), {})[form] = chr(c)
    return table


FORMS = _forms()


def glyphs(s):
    """Urdu text as an old InPage-to-Unicode converter wrote it: every letter replaced by its
    contextual presentation form (isolated, initial, medial, final) from U+FB50–U+FEFF."""
    def dual(ch):
        return ch in FORMS and "<medial>" in FORMS[ch]

    out = []
    for i, ch in enumerate(s):
        if ch not in FORMS:
            out.append(ch)
            continue
        before = i > 0 and dual(s[i - 1])
        after = i + 1 < len(s) and s[i + 1] in FORMS
        f = FORMS[ch]
        if before and after and "<medial>" in f:
            form = "<medial>"
        elif before and "<final>" in f:
            form = "<final>"
        elif after and "<initial>" in f:
            form = "<initial>"
        else:
            form = "<isolated>" if "<isolated>" in f else next(iter(f))
        out.append(f[form])
    return "".join(out)


# ---------------------------------------------------------------- Lahore Urdu daily: letters as Arabic presentation forms
def ravi():
    base = "https://www.raviakhbar.example"
    rows, items = [], []

    def add(nid, title, w, body, exp):
        link = f"{base}/international/{nid}.html"
        rows.append(ri(glyphs(esc(title)), link, link, rfc822(w), glyphs(esc(body)), ind="  "))
        items.append(exp(link))

    trap = ("TRAP: every Urdu letter in title and description is written as its contextual presentation form (U+FB50–U+FEFF), as legacy InPage converters did; "
            "the text looks right on screen but shares no code points with normal Urdu. The expected title is in normal letters (NFKC of the feed text). ")
    w = d(2020, 1, 8, 22, 0, 0, 5)
    add(220108, "ایران کا عراق میں امریکی اڈوں پر میزائل حملہ", w,
        "<p>بغداد (ایجنسیاں) ایران نے عراق میں امریکی فوجی اڈوں پر درجنوں میزائل داغے۔ عراقی تجزیہ کار سلمان الجبوری نے کہا کہ ”خطہ ایک بڑی جنگ کے دہانے پر ہے“۔</p>",
        lambda k: it(k, "ایران کا عراق میں امریکی اڈوں پر میزائل حملہ", w, [], quotes=[q("سلمان الجبوری")], note=trap + "World news: relevant."))
    w = d(2020, 1, 8, 15, 0, 0, 5)
    add(220107, "یوکرین کا مسافر طیارہ تہران کے قریب گر کر تباہ", w,
        "<p>تہران (اے ایف پی) طیارے میں سوار تمام ١٧٦ افراد ہلاک ہو گئے۔</p>",
        lambda k: it(k, "یوکرین کا مسافر طیارہ تہران کے قریب گر کر تباہ", w, [], note=trap))
    w = d(2020, 1, 7, 20, 0, 0, 5)
    add(220106, "وزیر خارجہ کا خلیجی ممالک کا ہنگامی دورہ", w,
        "<p>اسلام آباد (نامہ نگار) وزیر خارجہ کشیدگی کم کرنے کے لیے ریاض اور تہران جائیں گے۔ دفتر خارجہ کے ترجمان کامران بخاری نے کہا کہ ”پاکستان کسی تنازع کا حصہ نہیں بنے گا“۔</p>",
        lambda k: it(k, "وزیر خارجہ کا خلیجی ممالک کا ہنگامی دورہ", w, [], quotes=[q("کامران بخاری", "دفتر خارجہ")], note=trap + "Pakistan's foreign policy: relevant."))
    w = d(2020, 1, 7, 12, 0, 0, 5)
    add(220105, "لاہور میں دھند، موٹروے بند", w,
        "<p>لاہور (اسٹاف رپورٹر) شدید دھند کے باعث موٹروے کئی گھنٹے بند رہی۔</p>",
        lambda k: it(k, "لاہور میں دھند، موٹروے بند", w, [], rel=False, note=trap + "Lahore city news: not relevant."))
    w = d(2020, 1, 6, 18, 0, 0, 5)
    add(220104, "آسٹریلیا کے جنگلات میں آگ، ہزاروں افراد بے گھر", w,
        "<p>سڈنی (ایجنسیاں) آگ سے اب تک ٢٤ افراد ہلاک ہو چکے ہیں۔ تحریر: نادیہ رحمان</p>",
        lambda k: it(k, "آسٹریلیا کے جنگلات میں آگ، ہزاروں افراد بے گھر", w, ["نادیہ رحمان"], note=trap + "Reporter credited at the end ('تحریر: Name')."))
    w = d(2020, 1, 6, 9, 0, 0, 5)
    add(220103, "تصویری جھلکیاں: سلیمانی کے جنازے میں لاکھوں افراد", w,
        "<p>تصاویر دیکھیں</p>",
        lambda k: it(k, "تصویری جھلکیاں: سلیمانی کے جنازے میں لاکھوں افراد", w, [], story=False, rel=False, note=trap + "Gallery. " + LBL.format("تصویری جھلکیاں:")))
    rows, items = ordered(rows, items)
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n<channel>\n  <title>' + glyphs("روزنامہ راوی - بین الاقوامی") + '</title>\n  <link>' + base + '/international</link>\n  <description>' + glyphs("بین الاقوامی خبریں") + '</description>\n  <language>ur</language>\n'
            + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("ur_pk_raviakhbar_international_presentation_forms.rss.xml", text, items, lang="ur", outlet="روزنامہ راوی", structure="legacy PHP RSS fed by an InPage-to-Unicode converter",
                aliases=["Roznama Ravi", glyphs("روزنامہ راوی")],
                notes="Lahore Urdu daily, January 2020. Valid UTF-8 and well-formed, but every Urdu letter is an Arabic presentation form (U+FB50–U+FEFF); NFKC maps them back. Home country Pakistan.")


FEEDS = [kgale, ravi]
