# ruff: noqa: E501  (feed text is data: long lines are the content)
"""The two broken or oddly encoded feeds of the twenty-third held-out set.
All outlets, people and quotations are invented."""
from lib import dt
from mk import esc, it, q, rfc822
from mk import feed as _feed


def feed(*a, notes=None, **k):
    return _feed(*a, notes=notes, **k)


def d(day, h, mi, s=0, off=0.0):
    return dt(2027, 6, day, h, mi, s, off)


# ---------------------------------------------------------------- UTF-16 big-endian without a byte-order mark
def sanagatribune():
    rows, items = [], []
    o = 1

    def add(nid, slug, title, when, author, desc, exp):
        url = f"https://www.sanagatribune.example/en/{slug}-{nid}"
        au = f"\r\n\t\t\t<author>{esc(author)}</author>" if author else ""
        rows.append(f"\t\t<item>\r\n\t\t\t<title>{esc(title)}</title>\r\n\t\t\t<link>{url}</link>\r\n\t\t\t<guid isPermaLink=\"true\">{url}</guid>{au}\r\n\t\t\t<pubDate>{rfc822(when)}</pubDate>\r\n"
                    f"\t\t\t<description>{esc(desc)}</description>\r\n\t\t</item>")
        items.append(exp(url))

    w = d(15, 17, 30, 0, o)
    add(51208, "cemac-heads-of-state-meet-in-malabo-on-currency-reform", "CEMAC Heads of State Meet in Malabo on CFA Franc Reform", w, "Elvis Ngwa Tanyi",
        "<p>Six Central African leaders are discussing a timetable for ending the deposit of half of their reserves with the French Treasury</p><p>“The question is no longer whether, but when,” said Désiré Mbarga, an adviser at the Bank of Central African States.</p>",
        lambda k: it(k, "CEMAC Heads of State Meet in Malabo on CFA Franc Reform", w, ["Elvis Ngwa Tanyi"], quotes=[q("Désiré Mbarga", "Bank of Central African States")]))
    w = d(15, 14, 10, 0, o)
    add(51199, "cameroon-nigeria-complete-bakassi-boundary-demarcation", "Cameroon, Nigeria Complete Bakassi Boundary Demarcation", w, "Tribune Staff",
        "<p>The joint commission has placed the last of 2,100 pillars along the 2,000-km border.The UN will hand over the final maps in Yaoundé in July</p>",
        lambda k: it(k, "Cameroon, Nigeria Complete Bakassi Boundary Demarcation", w, [], note="Staff credit, not a person."))
    w = d(15, 10, 45, 0, o)
    add(51190, "lake-chad-multinational-force-operation", "Lake Chad: Multinational Force Says 40 Insurgents Killed", w, "AFP",
        "<p>Troops from Chad, Niger, Nigeria and Cameroon carried out the operation on islands near Darak, the force said.</p>",
        lambda k: it(k, "Lake Chad: Multinational Force Says 40 Insurgents Killed", w, ["AFP"], note="Agency as the only credit. [] is also correct"))
    w = d(14, 18, 0, 0, o)
    add(51181, "douala-port-dredging-begins", "Douala Port: Dredging of Access Channel Begins", w, "Brenda Fru",
        "<p>The work will allow ships with a draught of 12 metres to dock.</p>",
        lambda k: it(k, "Douala Port: Dredging of Access Channel Begins", w, ["Brenda Fru"], rel=False))
    w = d(14, 15, 20, 0, o)
    add(51176, "indomitable-lions-squad-for-world-cup-qualifiers", "Indomitable Lions: 26-Man Squad for World Cup Qualifiers", w, "Sports Desk",
        "<p>Three home-based players are in the squad.</p>",
        lambda k: it(k, "Indomitable Lions: 26-Man Squad for World Cup Qualifiers", w, [], rel=False))
    w = d(14, 9, 0, 0, o)
    add(51170, "communique-enam-competitive-examination", "Communiqué: ENAM Competitive Entrance Examination 2027", w, None,
        "<p>The list of candidates is available at regional delegations.</p>",
        lambda k: it(k, "Communiqué: ENAM Competitive Entrance Examination 2027", w, [], story=False, rel=False, note="Official notice, not a story."))
    channel = ("\t\t<title>The Sanaga Tribune - English Edition</title>\r\n\t\t<link>https://www.sanagatribune.example/en</link>\r\n\t\t<description>Bilingual national daily</description>\r\n\t\t<language>en</language>\r\n"
               "\t\t<copyright>Sanaga Publishing Corporation</copyright>")
    text = ('<?xml version="1.0" encoding="UTF-16"?>\r\n<rss version="2.0">\r\n\t<channel>\r\n' + channel + "\r\n" + "\r\n".join(rows) + "\r\n\t</channel>\r\n</rss>\r\n")
    return feed("en_cm_sanagatribune_utf16be_nobom.rss.xml", text, items, lang="en", outlet="The Sanaga Tribune", aliases=["Sanaga Tribune"],
                encoding="utf-16-be", declared="UTF-16", ctype="text/xml",
                acceptable=("decoded", "refused"),
                notes="Odd: the document is UTF-16 BIG-ENDIAN WITHOUT a byte-order mark, its declaration says only 'UTF-16' and the HTTP header has no charset. The first four bytes (00 3C 00 3F) identify UTF-16BE by the XML specification's autodetection table. Decoding the six items (curly quotes and the é in a name intact) is good; refusing with a one-line error is acceptable; a crash, mojibake, NUL characters or interleaved garbage in titles are defects.",
                structure="Cameroon Tribune-style (Yaoundé) bilingual state daily's English-edition RSS written by a Java/.NET serializer as UTF-16 BIG-ENDIAN WITHOUT a BOM under an 'encoding=\"UTF-16\"' declaration, served as 'text/xml' without a charset: CRLF line ends, tab indentation, channel 'Brand - English Edition', '/en/<slug>-<id>' permalink guids, <author> holding a person (a three-part name), 'Tribune Staff', AFP, 'Sports Desk' or nothing, escaped <p> descriptions with a standfirst without final stop, a missing space after a full stop, curly quotes, a 'Communiqué:' official notice, +0100 dates")


# ---------------------------------------------------------------- Urdu in windows-1256 declared ISO-8859-6
def _cp1256(s: str) -> str:
    """What a legacy Urdu CMS stores: the Arabic yeh for the Farsi yeh, '.' for '۔' (neither
    exists in windows-1256)."""
    return s.replace("ی", "ي").replace("۔", ".")


def roznamaravi():
    rows, items = [], []
    o = 5

    def add(nid, title, when, desc, exp):
        url = f"http://www.roznamaravi.example/news.php?id={nid}&amp;cat=2"
        rows.append(f"<item>\n<title>{esc(_cp1256(title))}</title>\n<link>{url}</link>\n<description>{esc(_cp1256(desc))}</description>\n<pubDate>{rfc822(when)}</pubDate>\n</item>")
        items.append(exp(url.replace("&amp;", "&")))

    def x(k, title, w, junk=(), **kw):
        return it(k, _cp1256(title), w, [], junk=[_cp1256(j) for j in junk], **kw)

    w = d(15, 20, 0, 0, o)
    add(88412, "پاکستان اور چین کا سی پیک کے دوسرے مرحلے پر اتفاق، گوادر میں نیا ایئرپورٹ فعال", w,
        "لاہور (نمائندہ خصوصی) پاکستان اور چین نے سی پیک کے دوسرے مرحلے میں زراعت اور معدنیات کے منصوبوں پر اتفاق کر لیا ہے۔ دونوں ممالک کے وزرائے منصوبہ بندی نے بیجنگ میں معاہدے پر دستخط کیے",
        lambda k: x(k, "پاکستان اور چین کا سی پیک کے دوسرے مرحلے پر اتفاق، گوادر میں نیا ایئرپورٹ فعال", w, junk=["(نمائندہ خصوصی)"]))
    w = d(15, 17, 15, 0, o)
    add(88405, "ایرانی وزیر خارجہ کا دورہ پاکستان، سرحدی تجارت بڑھانے پر بات چیت", w,
        "اسلام آباد (اے پی پی) ایران کے وزیر خارجہ نے دفتر خارجہ میں ملاقات کی جس میں تفتان اور گبد کی سرحدی منڈیوں کو فعال کرنے پر اتفاق ہوا۔ترجمان نے کہا کہ ملاقات خوشگوار ماحول میں ہوئی",
        lambda k: x(k, "ایرانی وزیر خارجہ کا دورہ پاکستان، سرحدی تجارت بڑھانے پر بات چیت", w, junk=["(اے پی پی)"]))
    w = d(15, 13, 40, 0, o)
    add(88398, "لاہور میں ڈینگی کے 40 نئے کیس، محکمہ صحت الرٹ", w,
        "لاہور (سٹاف رپورٹر) شہر کے مختلف علاقوں میں انسداد ڈینگی مہم شروع کر دی گئی ہے۔",
        lambda k: x(k, "لاہور میں ڈینگی کے 40 نئے کیس، محکمہ صحت الرٹ", w, rel=False, junk=["(سٹاف رپورٹر)"]))
    w = d(15, 11, 0, 0, o)
    add(88390, "قومی ہاکی ٹیم نے ملائیشیا کو ہرا دیا", w,
        "ایپوہ (سپورٹس ڈیسک) پاکستان نے سلطان اذلان شاہ کپ میں ملائیشیا کو تین ایک سے شکست دی۔",
        lambda k: x(k, "قومی ہاکی ٹیم نے ملائیشیا کو ہرا دیا", w, rel=False, junk=["(سپورٹس ڈیسک)"]))
    w = d(14, 21, 30, 0, o)
    add(88383, "افغان عبوری حکومت کا طورخم پر نئی تجارتی راہداری کھولنے کا اعلان", w,
        "پشاور (بیورو رپورٹ) افغان حکام نے کہا ہے کہ طورخم پر مال بردار گاڑیوں کے لیے الگ راہداری اگلے ماہ کھول دی جائے گی۔",
        lambda k: x(k, "افغان عبوری حکومت کا طورخم پر نئی تجارتی راہداری کھولنے کا اعلان", w, junk=["(بیورو رپورٹ)"]))
    w = d(15, 6, 0, 0, o)
    add(88379, "آج کا اخبار پڑھیں", w,
        "روزنامہ راوی کا ای پیپر",
        lambda k: x(k, "آج کا اخبار پڑھیں", w, story=False, rel=False, note="E-paper link, not a story."))
    channel = (f"<title>{_cp1256('روزنامہ راوی')}</title>\n<link>http://www.roznamaravi.example/</link>\n<description>{_cp1256('لاہور سے شائع ہونے والا اردو روزنامہ')}</description>\n<language>ur</language>")
    text = ('<?xml version="1.0" encoding="ISO-8859-6"?>\n<rss version="2.0">\n<channel>\n' + channel + "\n" + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("ur_pk_roznamaravi_cp1256_as_iso88596.rss.xml", text, items, lang="ur", outlet=_cp1256("روزنامہ راوی"), aliases=["روزنامہ راوی", "Roznama Ravi"],
                encoding="cp1256", declared="ISO-8859-6", ctype="text/xml; charset=ISO-8859-6",
                acceptable=("decoded", "refused"),
                notes="Broken: the bytes are WINDOWS-1256 but the XML declaration and the HTTP header both say ISO-8859-6. The Urdu letters that ISO-8859-6 lacks (ٹ پ چ ڈ ڑ ژ ک گ ں ہ ھ ے) sit at windows-1256 positions that ISO-8859-6 leaves undefined or maps to other characters, and the Arabic letters from U+0641 on are at different positions in the two code pages (windows-1256 0xE1 'ل' is ISO-8859-6 'ف'). The legacy CMS stores the Arabic yeh (ي) for the Farsi yeh and '.' for '۔', so expected titles carry those. Urdu titles and summaries read with windows-1256 are good; refusing with a one-line error is acceptable; U+FFFD, C1 controls, missing letters or letters swapped by the ISO-8859-6 table are defects.",
                structure="Small Lahore Urdu daily's hand-written PHP RSS from the early 2000s: no indentation, windows-1256 bytes under an 'ISO-8859-6' declaration and header, Urdu channel title, 'news.php?id=<n>&amp;cat=2' links and NO guid, no author element, plain descriptions opening with the 'شہر (credit)' dateline of Pakistani papers ('لاہور (نمائندہ خصوصی)', '(اے پی پی)', '(سٹاف رپورٹر)', '(سپورٹس ڈیسک)', '(بیورو رپورٹ)'), Arabic yeh for Farsi yeh, '.' for '۔', a missing space after a full stop, texts without final stop, an e-paper link, +0500 dates; no copyright")


FEEDS = [sanagatribune, roznamaravi]
