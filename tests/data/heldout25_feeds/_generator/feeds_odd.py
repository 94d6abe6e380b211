# ruff: noqa: E501  (feed text is data: long lines are the content)
"""The two broken or oddly encoded feeds of the twenty-fifth held-out set.
All outlets, people and quotations are invented."""
from common25 import d, feed
from mk import esc, it, q, rfc822

# ---------------------------------------------------------------- windows-1254 (Turkish) bytes declared ISO-8859-1 in prolog and header


def girne():
    rows, items = [], []
    base = "http://www.girnehaber.example"

    def add(nid, title, when, creator, body, exp):
        url = f"{base}/haber.asp?id={nid}"
        cr = f"\r\n<author>{esc(creator)}</author>" if creator else ""
        rows.append(f"<item>\r\n<title>{esc(title)}</title>\r\n<link>{url}</link>\r\n<description>{esc(body)}</description>{cr}\r\n<pubDate>{rfc822(when)}</pubDate>\r\n<guid>{url}</guid>\r\n</item>")
        items.append(exp(url))

    o = 3
    w = d(19, 16, 45, 0, o)
    add(48812, "BM Genel Sekreter temsilcisi Lefkoşa’da: İki lider yeniden masaya mı oturuyor?", w, "Şükrü Ağaoğlu",
        "<p>LEFKOŞA – BM Genel Sekreteri’nin Kıbrıs temsilcisi, iki toplum liderini ayrı ayrı ziyaret ederek gayriresmi bir üçlü görüşme önerdi.</p>"
        "<p>Görüşmede ara bölgedeki geçiş kapıları ve kayıp şahıslar konusu da ele alındı.</p>"
        "<p>“Masaya dönmek için önce güven lazım; güven de küçük adımlarla oluşur” dedi Cumhurbaşkanlığı sözcüsü Hüseyin Özdağlı.</p>",
        lambda k: it(k, "BM Genel Sekreter temsilcisi Lefkoşa’da: İki lider yeniden masaya mı oturuyor?", w, ["Şükrü Ağaoğlu"], junk=["LEFKOŞA –"],
                     quotes=[q("Hüseyin Özdağlı", "Cumhurbaşkanlığı")], note="Turkish letters (ş ğ ı İ) and curly quotes are single windows-1254 bytes; read as ISO-8859-1 they become þ ð ý Ý and C1 controls."))
    w = d(19, 11, 20, 0, o)
    add(48801, "Türkiye’den su getiren boru hattı için yeni protokol imzalandı", w, "Gülşen Yıldırım",
        "<p>ANKARA – Türkiye ile KKTC arasında, denizaltı boru hattıyla getirilen suyun dağıtımına ilişkin yeni bir protokol imzalandı.</p>"
        "<p>Protokole göre suyun yönetimi beş yıl süreyle ortak bir şirkete devredilecek.</p>",
        lambda k: it(k, "Türkiye’den su getiren boru hattı için yeni protokol imzalandı", w, ["Gülşen Yıldırım"], junk=["ANKARA –"]))
    w = d(18, 17, 0, 0, o)
    add(48790, "Lefkoşa’da Dereboyu’nda trafik düzenlemesi", w, None,
        "<p>Lefkoşa Türk Belediyesi, Dereboyu Caddesi’nin cuma akşamları trafiğe kapatılacağını açıkladı.</p>",
        lambda k: it(k, "Lefkoşa’da Dereboyu’nda trafik düzenlemesi", w, [], rel=False))
    w = d(18, 7, 0, 0, o)
    add(48781, "Hava durumu: Sıcaklık 29 derece", w, None,
        "<p>Meteoroloji Dairesi’ne göre hava az bulutlu ve açık, sıcaklık iç kesimlerde 29 derece.</p>",
        lambda k: it(k, "Hava durumu: Sıcaklık 29 derece", w, [], story=False, rel=False, note="Weather forecast."))
    w = d(17, 21, 30, 0, o)
    add(48770, "Süper Lig’de Doğan Türk Birliği, Cihangir’i 2-0 yendi", w, "Spor Servisi",
        "<p>Süper Lig’in 7. haftasında Doğan Türk Birliği sahasında Cihangir’i 2-0 yendi.</p>",
        lambda k: it(k, "Süper Lig’de Doğan Türk Birliği, Cihangir’i 2-0 yendi", w, [], rel=False, note="Desk credit."))
    w = d(17, 14, 10, 0, o)
    add(48762, "Yeşil Hat Tüzüğü: AB, ara bölgeden geçen mal listesini genişletiyor", w, "Şükrü Ağaoğlu",
        "<p>BRÜKSEL – Avrupa Komisyonu, Yeşil Hat Tüzüğü kapsamında Kıbrıslı Türklerin güneye satabileceği ürünlerin listesini genişletme kararı aldı.</p>"
        "<p>Karar, hellim ve bazı tarım ürünlerini kapsıyor. Ticaret Odası kararı “geç kalmış ama olumlu bir adım” olarak niteledi.</p>",
        lambda k: it(k, "Yeşil Hat Tüzüğü: AB, ara bölgeden geçen mal listesini genişletiyor", w, ["Şükrü Ağaoğlu"], junk=["BRÜKSEL –"]))
    channel = (f"<title>Girne Haber - Son Dakika</title>\r\n<link>{base}/</link>\r\n<description>Kıbrıs’ın haber sitesi</description>\r\n<language>tr</language>\r\n"
               f"<lastBuildDate>{rfc822(d(19, 16, 46, 0, o))}</lastBuildDate>\r\n<copyright>Girne Haber Ltd.</copyright>")
    text = ('<?xml version="1.0" encoding="ISO-8859-1"?>\r\n<rss version="2.0">\r\n<channel>\r\n' + channel + "\r\n" + "\r\n".join(rows) + "\r\n</channel>\r\n</rss>\r\n")
    return feed("tr_cy_girnehaber_cp1254_as_latin1.rss.xml", text, items, lang="tr", outlet="Girne Haber", aliases=["GirneHaber"], encoding="cp1254",
                ctype="text/xml; charset=ISO-8859-1", declared="ISO-8859-1", acceptable=("decoded", "refused"),
                structure="Turkish Cypriot (Nicosia/Lefkoşa) news site's 'Son Dakika' RSS from a classic ASP CMS on a Windows server: windows-1254 bytes (ş ğ ı İ Ş Ğ, curly quotes and en dashes as single bytes) under encoding=\"ISO-8859-1\" in the prolog AND 'text/xml; charset=ISO-8859-1' in the HTTP header, CRLF line ends, no indentation, no namespaces, 'haber.asp?id=<5 digits>' links repeated as bare guids LAST, RSS 2.0 <author> holding a bare name (no e-mail), 'Spor Servisi' or nothing, escaped <p> descriptions with upper-case 'ŞEHİR –' datelines, “…” quotes closed before 'dedi Name', a weather item, Ltd. copyright, +0300 dates",
                notes="TRAP: the bytes are windows-1254 but prolog and header both say ISO-8859-1, which decodes every byte without error: ş→þ, ğ→ð, ı→ý, İ→Ý, Ş→Þ, and “ ” ’ – become C1 controls. The <language>tr</language> element and the impossible Turkish spellings show the real codec. Decoding as windows-1254 is good; refusal is acceptable; þ/ð/ý letters or C1 controls in titles, authors or summaries are defects.")


# ---------------------------------------------------------------- control characters from a word processor inside the XML (not well-formed)


def honiara():
    rows, items = [], []
    base = "https://www.honiaraobserver.example"

    def add(nid, slug, title, when, creator, body, exp):
        url = f"{base}/news/{nid}/{slug}"
        cr = f"\n<dc:creator>{creator}</dc:creator>" if creator else ""
        rows.append(f"<item>\n<title>{title}</title>\n<link>{url}</link>\n<guid isPermaLink=\"true\">{url}</guid>{cr}\n<pubDate>{rfc822(when)}</pubDate>\n<description><![CDATA[{body}]]></description>\n</item>")
        items.append(exp(url))

    o = 11
    w = d(19, 17, 20, 0, o)
    add(15512, "chinese-police-advisers-to-stay-until-2024", "Chinese police advisers to stay until 2024", w, "Gideon Tuhaika",
        "Chinese police advisers will remain in the country until the end of 2024 under an extension signed in Honiara yesterday.\x0b"
        "The group of 12 officers trains the Royal Solomon Islands Police Force in public order management.\x0b"
        "“The extension is about training, not about bases,” said Clement Rukale, permanent secretary of the Ministry of Police, National Security and Correctional Services.\x0b"
        "Australia, New Zealand and Fiji also have police advisers in the country.",
        lambda k: it(k, "Chinese police advisers to stay until 2024", w, ["Gideon Tuhaika"], quotes=[q("Clement Rukale", "Ministry of Police")],
                     note="Paragraphs separated by U+000B (Word's manual line break), which XML 1.0 forbids even inside CDATA."))
    w = d(19, 12, 0, 0, o)
    add(15503, "pif-leaders-to-meet-in-suva-on-regional-security-declaration", "PIF leaders to meet in Suva on regional security declaration", w, "Gideon Tuhaika",
        "Pacific Islands Forum leaders will meet in Suva next month to finalise a regional security declaration.\x0b"
        "The Prime Minister’s Office said Solomon Islands would support a text that recognises the right of each member to choose its security partners.",
        lambda k: it(k, "PIF leaders to meet in Suva on regional security declaration", w, ["Gideon Tuhaika"]))
    w = d(18, 16, 40, 0, o)
    add(15494, "png-and-solomon-islands-to-hold-joint-border-patrols-in-bougainville-strait", "PNG and Solomon Islands to hold joint border patrols", w, "Observer Reporter",
        "Papua New Guinea and Solomon Islands will hold joint maritime patrols in the Bougainville Strait from December, under a border co\x1eoperation agreement signed in Port Moresby.",
        lambda k: it(k, "PNG and Solomon Islands to hold joint border patrols", w, [], note="U+001E (Word's non-breaking hyphen) inside 'co-operation'; staff credit."))
    w = d(18, 9, 0, 0, o)
    add(15486, "stadium-works-on-track-for-pacific-games", "Stadium works on track for Pacific Games", w, "Observer Sports",
        "Construction of the national stadium is 80 per cent complete, the organising committee said.",
        lambda k: it(k, "Stadium works on track for Pacific Games", w, [], rel=False))
    w = d(17, 15, 30, 0, o)
    add(15477, "central-market-vendors-relocated", "Central market vendors relocated during repairs", w, "Rosemary Kiko",
        "About 300 vendors have moved to a temporary site near the Point Cruz wharf while the roof of the central market is repaired.",
        lambda k: it(k, "Central market vendors relocated during repairs", w, ["Rosemary Kiko"], rel=False))
    w = d(17, 8, 0, 0, o)
    add(15470, "public-holiday-notice", "Public holiday notice", w, None,
        "Government offices will be closed on Monday for the Guadalcanal Province Day.",
        lambda k: it(k, "Public holiday notice", w, [], story=False, rel=False, note="Government notice."))
    channel = (f"<title>The Honiara Observer</title>\n<link>{base}</link>\n<description>Solomon Islands news</description>\n<language>en</language>\n"
               f"<lastBuildDate>{rfc822(d(19, 17, 21, 0, o))}</lastBuildDate>")
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">\n<channel>\n' + channel + "\n" + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("en_sb_honiaraobserver_ctrlchars.rss.xml", text, items, lang="en", outlet="The Honiara Observer", aliases=["Honiara Observer"],
                ctype="application/rss+xml; charset=UTF-8", acceptable=("decoded", "refused"),
                structure="Solomon Star-style (Honiara) daily's hand-written PHP RSS whose stories are pasted from a word processor: no indentation, dc namespace only, '/news/<5 digits>/<slug>' permalink guids, dc:creator holding a person, 'Observer Reporter', 'Observer Sports' or nothing, CDATA plain-text descriptions whose paragraphs are separated by U+000B (Word's manual line break) and one U+001E (Word's non-breaking hyphen) inside 'co-operation', curly quotes, a public-holiday notice, +1100 dates",
                notes="TRAP: U+000B and U+001E are not allowed anywhere in an XML 1.0 document, even in CDATA, so a strict parser stops at the first item. Recovering all six items with the control characters turned into paragraph breaks (or removed) is good; refusal is acceptable; a crash, a lost item or a control character in a title or summary is a defect.")


FEEDS = [girne, honiara]
