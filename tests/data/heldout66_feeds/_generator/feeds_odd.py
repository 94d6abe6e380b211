# ruff: noqa: E501  (feed text is data: long lines are the content)
"""The two encoding traps of the sixty-sixth held-out set, of kinds no earlier README lists:
- a Hilo (Hawaii) weekly whose feed is made by a mail-to-web gateway that copies the mail headers
  as they travel: titles and dc:creator are RFC 2047 MIME encoded-words ('=?UTF-8?Q?…?=',
  '=?UTF-8?B?…?=') wherever the subject or sender name has a non-ASCII letter, plain elsewhere,
  inside an otherwise ordinary UTF-8 document (a transfer encoding leaking into the feed);
- a Lautoka (Fiji) ASP.NET feed whose HTTP header says 'charset=utf-16' (Response.ContentEncoding
  set to Encoding.Unicode) while the prolog says UTF-8 and the bytes are UTF-8 without a BOM,
  written with Response.BinaryWrite (header and prolog disagree; the bytes settle it)."""
import base64

from h66 import bio, build_feed, corr, d, fig, p, plain_head, q, qa, rel

_QSAFE = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")


def qword(s, limit=75):
    """RFC 2047 Q encoding, split into encoded-words of at most `limit` characters, joined by a space."""
    words, cur = [], ""
    for ch in s:
        b = ch.encode("utf-8")
        enc = "_" if ch == " " else "".join(chr(x) if x in _QSAFE else f"={x:02X}" for x in b)
        if len("=?UTF-8?Q?" + cur + enc + "?=") > limit:
            words.append(cur)
            cur = ""
        cur += enc
    words.append(cur)
    return " ".join(f"=?UTF-8?Q?{w}?=" for w in words)


def bword(s):
    return "=?UTF-8?B?" + base64.b64encode(s.encode("utf-8")).decode("ascii") + "?="


def mime(s, kind="q"):
    """What the gateway copies from the mail header: ASCII stays plain, anything else is encoded."""
    if s.isascii():
        return s
    return qword(s) if kind == "q" else bword(s)


def hilo():
    B = "https://hilotradewinds.example"
    rows = [
        ("Hawaiʻi Guard soldiers join Balikatan drills in the Philippines", d(2024, 4, 24, 15, 0, 0, -10), "Kainoa Medeiros", ["World"],
         p("About 200 soldiers of the Hawaiʻi Army National Guard’s 29th Infantry Brigade are taking part in the Balikatan exercises in the Philippines, the largest in the drills’ history, the Guard said Wednesday.",
           "“Our soldiers trained alongside Filipino and Australian troops on Luzon and Palawan,” said Lt. Col. Mālia Kahale, a spokeswoman for the Hawaiʻi National Guard.")
         + fig(B + "/img/balikatan.jpg", "Soldiers at Fort Magsaysay.", "Photo courtesy Hawaiʻi National Guard"),
         dict(quotes=[q("Mālia Kahale", "Hawaiʻi National Guard")], junk=["Photo courtesy Hawaiʻi National Guard"], note="U.S. troops in allied military exercises abroad (South China Sea tensions): relevant. Title is a Q encoded-word in the feed.")),
        ("Compact funding passes: what it means for Hilo’s Micronesian families", d(2024, 3, 12, 10, 0, 0, -10), "Noelani Ahuna", ["World", "Explainers"],
         qa("What passed?", "Congress approved $7.1 billion over 20 years for the Compacts of Free Association with the Federated States of Micronesia, the Marshall Islands and Palau, after a year-long delay.")
         + qa("Why does it matter here?", "About 2,000 people from the Compact nations live on the Big Island. “Our families were afraid the clinics would close,” said Ester Jano, who runs the Chuukese Community Association of Hilo.")
         + rel("Related:", ["COFA migrants and Medicaid: a timeline"], B + "/news"),
         dict(quotes=[q("Ester Jano", "Chuukese Community Association of Hilo")], junk=["Related:", "COFA migrants and Medicaid"], note="U.S. treaty funding for the Compact states: relevant. Title has a curly apostrophe, so it is encoded in the feed.")),
        ("Correction: Kīlauea story misstated lava lake depth", d(2024, 4, 20, 8, 0, 0, -10), "Hilo Tradewinds", ["Corrections"],
         p("An April 18 story gave the depth of the lava lake in Halemaʻumaʻu as 150 meters. It is about 150 feet."),
         dict(authors=[], story=False, rel=False, note="Correction notice: non-story.")),
        ("Mauna Kea authority approves first lease terms", d(2024, 4, 22, 17, 30, 0, -10), "Noelani Ahuna", ["Local"],
         p("The Maunakea Stewardship and Oversight Authority approved the framework for new observatory leases on Monday.", "“This is the first time the community has had a seat at the table,” said board member Keawe Pālama."),
         dict(rel=False, quotes=[q("Keawe Pālama", "board member")], note="Home land-use matter: not relevant. ASCII title and sender: both plain in the feed. A member's role before the name is the affiliation as written (label corrected).")),
        ("Guest column: Pacific islands need more than visits from Washington", d(2024, 4, 21, 6, 0, 0, -10), "Leilani Kahananui-Sōga", ["Opinion"],
         p("Every year brings another delegation from Washington to Honiara, Suva or Port Moresby, and another promise.",
           "Pacific states judge partners by what arrives after the delegation leaves: embassies that stay open, ships that come, scholarships that continue.")
         + bio("Leilani Kahananui-Sōga is a professor of Pacific Islands studies at the University of Hawaiʻi at Hilo."),
         dict(junk=["is a professor of Pacific Islands studies"], raw_by="B", note="Guest op-ed on U.S. policy in the Pacific: story, relevant. The sender name is a B (base64) encoded-word.")),
        ("Volcano Watch: Kīlauea summit quiet as seismic swarm fades", d(2024, 4, 19, 12, 0, 0, -10), "Kainoa Medeiros", ["Local", "Volcano"],
         p("Earthquake counts beneath Kīlauea’s summit fell to about 20 a day this week, the Hawaiian Volcano Observatory said."),
         dict(rel=False, note="Home volcano news: not relevant.")),
    ]
    rows.sort(key=lambda r: r[1], reverse=True)
    out = []
    for title, date, by, cats, body, kw in rows:
        kw = dict(kw)
        kind = "b" if kw.pop("raw_by", None) == "B" else "q"
        kw["raw_t"] = mime(title)
        kw["raw_by"] = mime(by, kind)
        out.append((title, date, by, cats, body, kw))
    head = plain_head("Hilo Tradewinds — World & Island News", B, "East Hawaiʻi news by mail and web", "en-us", d(2024, 4, 24, 15, 5, 0, -10), "© 2024 Hilo Tradewinds LLC", "mail2rss.pl 0.9")
    return build_feed("en_us_hi_hilotradewinds_world_rfc2047_titles.rss.xml", "plain", B, head, out, outlet="Hilo Tradewinds", lang="en",
                      structure="Hilo (Hawaii) weekly, RSS made by a home-made Perl mail-to-web gateway (2024): reporters mail their stories to the web desk and the script copies the Subject and From headers into <title> and <dc:creator> still MIME-encoded (RFC 2047): every subject or name with a non-ASCII character (ʻokina, kahakō, ’) is one or more '=?UTF-8?Q?…?=' encoded-words ('_' for space, '=CA=BB' for ʻ, long subjects split into several words separated by a space that is not part of the text), one sender name a '=?UTF-8?B?…?=' word; ASCII subjects and names are plain. Bodies and descriptions are ordinary UTF-8 HTML. Dates -1000.",
                      notes="Encoding trap (transfer kind): RFC 2047 MIME encoded-words in titles and creators of a UTF-8 feed. The document decodes as UTF-8; decoding the encoded-words (adjacent words join without the separating space) gives the expected titles and authors; an encoded-word left in a title or author is a defect. Home country: United States.")


def lautoka():
    B = "http://westernvitipost.example"
    rows = [
        ("Fiji and Australia sign Vuvale Partnership", d(2019, 9, 16, 17, 0, 0, 12), "Shalendra Prasad", ["World"],
         p("Fiji and Australia signed the Vuvale Partnership in Suva on Monday, committing to closer cooperation on security, trade and labour mobility.",
           "“The word ‘vuvale’ means family – it sets the tone for everything that follows,” said Losana Tuilagi, a senior official of Fiji’s Ministry of Foreign Affairs.")
         + rel("Also read:", ["Pacific labour scheme: Lautoka workers head to Queensland"], B + "/news"),
         dict(quotes=[q("Losana Tuilagi", "Ministry of Foreign Affairs")], junk=["Also read:"], note="Bilateral partnership agreement: relevant.")),
        ("Fijian peacekeepers return from the Golan Heights", d(2019, 9, 14, 11, 0, 0, 12), "Mereoni Vakalala", ["World"],
         p("Ninety soldiers of the Republic of Fiji Military Forces returned to Nadi on Saturday after a year with the UN Disengagement Observer Force on the Golan Heights.",
           "“Our men served with distinction in a very tense area,” said Lt Col Apenisa Naivalu of the Republic of Fiji Military Forces, the contingent’s commander.")
         + fig(B + "/img/nadi.jpg", "Families greet the soldiers at Nadi International Airport.", "Picture: SEVANAIA TUIVUNA"),
         dict(quotes=[q("Apenisa Naivalu", "Republic of Fiji Military Forces")], junk=["Picture: SEVANAIA TUIVUNA"], note="UN peacekeeping mission abroad: relevant.")),
        ("What we know: Samoa’s measles emergency and Fiji’s response", d(2019, 11, 22, 15, 0, 0, 12), "Mereoni Vakalala", ["World", "Explainers"],
         qa("What is happening in Samoa?", "Samoa has declared a state of emergency after a measles outbreak killed at least 25 people, most of them children under five.")
         + qa("What is Fiji doing?", "Fiji’s Ministry of Health has sent a team of nurses to Apia and started vaccination at Nadi and Suva airports. “Anyone travelling to Samoa must show proof of vaccination,” said Dr Sunita Chand, national adviser for communicable diseases.")
         + corr("This story was updated on 23 November with the latest death toll."),
         dict(quotes=[q("Sunita Chand", "Ministry of Health")], junk=["This story was updated on 23 November"], note="Deadly epidemic abroad with Fijian government response: relevant (rule D). The items are not in date order (this newest item is third).")),
        ("Lautoka mill ends crushing season early", d(2019, 9, 13, 9, 0, 0, 12), "Shalendra Prasad", ["Local"],
         p("The Fiji Sugar Corporation says the Lautoka mill crushed 520,000 tonnes of cane this season.", "“Growers did their part,” said cane farmer Ram Lal of Saweni."),
         dict(rel=False, quotes=[q("Ram Lal")], note="Local industry: not relevant.")),
        ("Opinion: Pacific debt to China is a choice, not a trap", d(2019, 9, 12, 6, 0, 0, 12), "Dr Aisake Raikadroka", ["Opinion"],
         p("Talk of a ‘debt trap’ misreads Pacific governments, who borrow from Beijing because Canberra and Wellington said no."),
         dict(authors=["Aisake Raikadroka"], note="Opinion on Pacific states' borrowing from China: story, relevant. 'Dr' is a title. Title label 'Opinion:' may be kept or dropped")),
        ("Photo gallery: Hibiscus and Diwali lights in Lautoka", d(2019, 9, 11, 19, 0, 0, 12), "Western Viti Post", ["Gallery"],
         p("Pictures: Western Viti Post photographers."), dict(authors=[], story=False, rel=False, junk=["Pictures: Western Viti Post photographers"], note="Photo gallery: non-story.")),
    ]
    rows = [rows[0], rows[1], rows[2], rows[3], rows[4], rows[5]]
    head = plain_head("Western Viti Post - World News", B, "Lautoka and the Western Division", "en-FJ", d(2019, 11, 22, 15, 5, 0, 12), "Copyright 2019 Western Viti Post Ltd", "ASP.NET 4.7 RssHandler.ashx")
    return build_feed("en_fj_westernvitipost_world_utf8_header_utf16.rss.xml", "plain", B, head, rows, outlet="Western Viti Post", lang="en",
                      ctype="text/xml; charset=utf-16", acceptable=("decoded", "refused"),
                      structure="Lautoka (Fiji) daily's site, RSS from an ASP.NET 4.7 generic handler (RssHandler.ashx, 2019) that sets Response.ContentEncoding = Encoding.Unicode, so the server sends 'Content-Type: text/xml; charset=utf-16', but writes an XmlWriter's UTF-8 MemoryStream with Response.BinaryWrite: the bytes are UTF-8 without a BOM and the prolog says encoding=\"UTF-8\". Header and prolog disagree; the bytes (ASCII '<?xml', no BOM, no NUL bytes, valid UTF-8 for ’ “ ” –) settle it. Items not in date order (a November explainer third). Dates +1200.",
                      notes="Encoding trap (mixed declarations): HTTP header charset=utf-16 over a UTF-8 document whose prolog says UTF-8. Decoding as UTF-8 is the good outcome; a one-line refusal is acceptable; text decoded as UTF-16 (CJK-looking junk) is a defect. Home country: Fiji.")


FEEDS = [hilo, lautoka]
