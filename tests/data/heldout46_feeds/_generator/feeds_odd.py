# ruff: noqa: E501  (feed text is data: long lines are the content)
"""The two oddly encoded feeds of the forty-sixth held-out set: a Muzaffarabad (Azad Kashmir)
Urdu daily whose UTF-8 bytes are declared and served as windows-1256, and a Sassari daily whose
UTF-8 feed carries a BOM and U+2028/U+2029 separators and U+202F inside its quotations.
All outlets, people and quotations are invented."""
from gen import build
from h46 import d, esc, rfc822


# ---------------------------------------------------------------- Muzaffarabad Urdu daily, classic ASP page: UTF-8 bytes under a windows-1256 declaration
def jhelum():
    base = "http://www.dailyjhelumnama.example"

    def row(tail, title, when, creator, body):
        url = f"{base}/news_detail.asp?id={tail}"
        return url, (f"<item>\r\n<title>{esc(title)}</title>\r\n<link>{esc(url)}</link>\r\n<description>{esc(body)}</description>\r\n<pubDate>{rfc822(when)}</pubDate>\r\n</item>")

    def wrap(head, rows):
        return '<?xml version="1.0" encoding="windows-1256"?>\r\n<rss version="2.0">\r\n<channel>\r\n' + head + "\r\n".join(rows) + "\r\n</channel>\r\n</rss>\r\n"

    w = [d(2012, 3, 21, 19, 0, 0, 5), d(2012, 3, 21, 12, 0, 0, 5), d(2012, 3, 20, 18, 30, 0, 5), d(2012, 3, 20, 10, 0, 0, 5), d(2012, 3, 19, 16, 0, 0, 5), d(2012, 3, 19, 9, 0, 0, 5)]
    rows = [
        ("10231", "ایل او سی پر فائرنگ، اقوام متحدہ کے مبصرین کا دورہ", w[0], "",
         "مظفرآباد (نمائندہ جہلم نامہ) لائن آف کنٹرول پر فائرنگ کے بعد اقوام متحدہ کے فوجی مبصرین نے متاثرہ دیہات کا دورہ کیا۔ گاؤں کے نمبردار راجہ فاروق خان نے کہا کہ ”ہمارے بچے اسکول نہیں جا سکتے“۔ ایک فوجی افسر نے نام ظاہر نہ کرنے کی شرط پر بتایا کہ فائرنگ ”بلا اشتعال“ تھی۔",
         [], [("راجہ فاروق خان",)], True, True,
         "UTF-8 bytes under an encoding='windows-1256' prolog and a 'charset=windows-1256' header: read as declared, every letter turns into Arabic-script mojibake; decoding as UTF-8 is good, refusal acceptable. Line of Control incident with UN observers: relevant (foreign/security affairs)."),
        ("10228", "افغانستان: امریکی فوجی کی فائرنگ، کرزئی کا سخت ردعمل", w[1], "",
         "کابل (اے ایف پی) افغان صدر کے ترجمان سلطان احمد رحیمی نے کہا کہ یہ واقعہ ”ناقابل معافی“ ہے۔ نیٹو کے ایک ترجمان نے کہا کہ تحقیقات جاری ہیں۔",
         [], [], True, True, "A presidential spokesman quoted; the head of state only as a setting. Relevant."),
        ("10225", "مظفرآباد: نیلم پل کی مرمت شروع", w[2], "", "محکمہ تعمیرات عامہ کے مطابق مرمت دو ماہ میں مکمل ہوگی۔", [], [], True, False, "Local news: not relevant."),
        ("10221", "شام: کوفی عنان کا امن منصوبہ، سلامتی کونسل کی حمایت", w[3], "",
         "نیویارک (ایجنسیاں) سلامتی کونسل نے شام کے لیے امن منصوبے کی حمایت کی۔ ایک مغربی سفارت کار نے کہا، ”یہ پہلا قدم ہے، آخری نہیں“۔",
         [], [("ایک مغربی سفارت کار",)], True, True, "The envoy appears only as the setting (name in the headline); the quote is from an anonymous diplomat. Relevant."),
        ("10218", "تصاویر: یوم پاکستان کی تیاریاں", w[4], "", "تصاویر دیکھیں", [], [], False, False, "Photo page: not a story. Title label 'تصاویر:' may be kept or dropped."),
        ("10215", "چین اور پاکستان کے درمیان قراقرم ہائی وے معاہدہ", w[5], "",
         "اسلام آباد (ایجنسیاں) چینی سفارت خانے کے ترجمان ژانگ وی نے کہا کہ دوستی ”ہمالیہ سے بلند“ ہے۔",
         [], [], True, True, "A bilateral agreement seen from Azad Kashmir: foreign affairs, relevant."),
    ]
    head = (f"<title>روزنامہ جہلم نامہ</title>\r\n<link>{base}/</link>\r\n<description>آزاد کشمیر کا ترجمان</description>\r\n<language>ur</language>\r\n")
    return build({"name": "ur_pk_jhelumnama_utf8_declared_cp1256.rss.xml"}, rows, row, head, wrap, lang="ur", outlet="روزنامہ جہلم نامہ", aliases=["جہلم نامہ", "Daily Jhelum Nama"],
                 ctype="text/xml; charset=windows-1256", declared="windows-1256", acceptable=("decoded", "refused"),
                 notes="Mis-declared encoding: the bytes are valid UTF-8 (each Urdu letter two bytes) but prolog and header both say windows-1256, a setting left over from the site's older Arabic-script template. Decoding as UTF-8 is good; refusal is acceptable; mojibake is a defect.",
                 structure="Muzaffarabad (Azad Jammu and Kashmir) Urdu daily's feed from a classic ASP page (news_rss.asp) written in 2012: CRLF line ends, '<?xml version=\"1.0\" encoding=\"windows-1256\"?>' and 'Content-Type: text/xml; charset=windows-1256' over UTF-8 bytes, no namespaces, no indentation, language 'ur', 'news_detail.asp?id=<n>' links with NO guid, no authors, plain Urdu descriptions starting 'شہر (نمائندہ …)' or '(ایجنسیاں)', ”…“ quotes after 'نے کہا کہ', anonymous officers and diplomats, +0500 dates in March 2012")


# ---------------------------------------------------------------- Sassari daily, custom export: UTF-8 with BOM, U+2028/U+2029 and U+202F inside quotes
def turritana():
    base = "https://www.nuovaturritana.example"
    LS, PS, NN = "\u2028", "\u2029", "\u202f"

    def row(tail, title, when, creator, body):
        url = f"{base}/esteri/{tail}"
        return url, (f"<item>\n<title>{esc(title)}</title>\n<link>{url}</link>\n<guid isPermaLink=\"true\">{url}</guid>\n<pubDate>{rfc822(when)}</pubDate>\n"
                     + (f"<dc:creator>{esc(creator)}</dc:creator>\n" if creator else "") + f"<description><![CDATA[{body}]]></description>\n</item>")

    def wrap(head, rows):
        return '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">\n<channel>\n' + head + "\n".join(rows) + "\n</channel>\n</rss>\n"

    w = [d(2026, 4, 9, 18, 30, 0, 2), d(2026, 4, 9, 11, 0, 0, 2), d(2026, 4, 8, 17, 15, 0, 2), d(2026, 4, 8, 9, 40, 0, 2), d(2026, 4, 7, 15, 0, 0, 2), d(2026, 4, 7, 8, 0, 0, 2)]
    rows = [
        ("tunisia-migranti-accordo-ue", "Tunisia-Ue, nuovo accordo sui migranti. Tunisi: «Non saremo il guardiano d'Europa»", w[0], "Giovanni Maria Pinna",
         f"<p>Bruxelles e Tunisi hanno firmato un nuovo memorandum.{LS}«Non saremo il guardiano d'Europa{NN}», ha detto il ministro degli Esteri tunisino, Mohamed Ali Ben Salah, in conferenza stampa.{PS}Secondo una fonte della Commissione europea, l'accordo prevede «fondi legati a obiettivi verificabili».</p>",
         ["Giovanni Maria Pinna"], [("Mohamed Ali Ben Salah", "ministro degli Esteri tunisino")], True, True,
         "A U+2028 LINE SEPARATOR and a U+2029 PARAGRAPH SEPARATOR (pasted from a word processor through the CMS's JSON API) stand between sentences; a U+202F narrow no-break space before the closing guillemet. They are whitespace to a reader: the summary must not show them as marks. Relevant."),
        ("corsica-autonomia-parigi", "Corsica, autonomia alla prova del Senato francese", w[1], "Redazione",
         f"<p>AJACCIO – Il Senato francese esamina la riforma.{LS}«È un passo storico, ma la strada è lunga», ha dichiarato il presidente dell'Assemblea di Corsica, Ghjuvan Petru Santoni.{LS}«Noi sardi guardiamo con interesse», ha aggiunto da Cagliari la consigliera regionale Maria Antonietta Serra.</p>",
         [], [("Ghjuvan Petru Santoni", "Assemblea di Corsica"), ("Maria Antonietta Serra", "consigliera regionale")], True, True, "Foreign (French) reform with a Sardinian angle: relevant."),
        ("sassari-carnevale-bilancio", "Sassari, la Cavalcata sarda avrà un nuovo percorso", w[2], "Paola Satta",
         f"<p>Cambia il percorso della Cavalcata.{PS}«Più sicurezza, stessa festa», ha detto l'assessora al Turismo.</p>", ["Paola Satta"], [("l'assessora al Turismo",)], True, False, "City news: not relevant."),
        ("sudan-onu-carestia-darfur", "Darfur, l'Onu: «Carestia in almeno cinque aree»", w[3], "Giovanni Maria Pinna",
         f"<p>Il Programma alimentare mondiale conferma la carestia in cinque aree del Darfur.{LS}«Le famiglie mangiano foglie bollite.{PS}Non è una metafora», ha detto la portavoce del Pam a Port Sudan, Leila Haddad-Osman.</p>",
         ["Giovanni Maria Pinna"], [("Leila Haddad-Osman", "Programma alimentare mondiale"), ("Onu",)], True, True, "A quotation that runs across a U+2029 paragraph separator. Relevant."),
        ("podcast-mondo-in-sardo", "Podcast | Il mondo in sardo, puntata 41", w[4], "", "<p>Ascolta la puntata.</p>", [], [], False, False, "Podcast: not a story. Title label 'Podcast |' may be kept or dropped."),
        ("meteo-maestrale", "Meteo, torna il maestrale: allerta gialla", w[5], "", "<p>Raffiche fino a 80 km/h.</p>", [], [], True, False, "Home weather: not relevant."),
    ]
    head = (f"<title>La Nuova Turritana | Esteri</title>\n<link>{base}/esteri</link>\n<description>Notizie dal mondo</description>\n<language>it</language>\n")
    return build({"name": "it_nuovaturritana_esteri_bom_u2028_u2029_u202f.rss.xml"}, rows, row, head, wrap, lang="it", outlet="La Nuova Turritana", aliases=["Nuova Turritana"],
                 encoding="utf-8-sig", ctype="text/xml", declared="utf-8",
                 notes="Well-formed: a UTF-8 BOM before the prolog, no charset in the header; U+2028, U+2029 and U+202F are legal XML characters. They must come out as spaces or line breaks, never as visible marks or mojibake.",
                 structure="Sassari daily's 'Esteri' feed exported by its custom Node.js front from a headless CMS's JSON: a UTF-8 BOM before '<?xml … encoding=\"utf-8\"?>', 'Content-Type: text/xml' without charset, no indentation, language 'it', permalink guids, pubDate before dc:creator (absent for desk items), CDATA <p> bodies with raw U+2028 LINE SEPARATOR and U+2029 PARAGRAPH SEPARATOR between sentences and inside a quotation, a U+202F narrow no-break space before a closing guillemet, «…» quotes with 'ha detto', 'ha dichiarato', 'ha aggiunto', 'secondo una fonte', a podcast, +0200 dates in April 2026")


FEEDS = [jhelum, turritana]
