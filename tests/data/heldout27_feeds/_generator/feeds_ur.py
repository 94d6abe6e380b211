# ruff: noqa: E501  (feed text is data: long lines are the content)
"""Urdu feeds of the twenty-seventh held-out set: a Pakistani state television network's Urdu
news portal and a Beijing international radio's Urdu service (Atom). All outlets, people and
quotations are invented."""
from h27 import cd, d, esc, feed, isoz, it, q, rfc822


# ---------------------------------------------------------------- PTV News-style (Islamabad) state TV's Urdu 'International' RSS, zone abbreviation PKT
def qaumitv():
    rows, items = [], []
    base = "https://urdu.qaumitv.example"

    def add(nid, slug, title, when, body, exp, img=None):
        url = f"{base}/{nid}/{slug}"
        med = f"\n<media:thumbnail url=\"{base}/uploads/{when:%Y/%m}/{img}.jpg\" width=\"300\" height=\"169\" />" if img else ""
        rows.append(f"<item>\n<title>{cd(title)}</title>\n<link>{url}</link>\n<guid isPermaLink=\"false\">{nid}</guid>\n<description>{cd(body)}</description>{med}\n"
                    f"<pubDate>{rfc822(when)[:-5]}PKT</pubDate>\n</item>")
        items.append(exp(nid))

    o = 5
    w = d(2021, 9, 13, 21, 10, 0, o)
    add("86412", "afghanistan-donors-conference-geneva", "افغانستان کے لیے ایک ارب ڈالر سے زائد امداد کے وعدے", w,
        "<p>جنیوا: اقوام متحدہ کی میزبانی میں ہونے والی ڈونرز کانفرنس میں مختلف ممالک نے افغانستان کے لیے ایک ارب ڈالر سے زائد امداد کے وعدے کیے ہیں۔</p>"
        "<p>وزارت خارجہ کی ترجمان ثمینہ رؤف نے کہا کہ ”افغان عوام کو اس مشکل وقت میں تنہا نہیں چھوڑا جا سکتا“۔</p>",
        lambda k: it(k, "افغانستان کے لیے ایک ارب ڈالر سے زائد امداد کے وعدے", w, [], junk=["جنیوا:"], quotes=[q("ثمینہ رؤف", "وزارت خارجہ")],
                     note="pubDate uses the zone ABBREVIATION 'PKT' (Pakistan Standard Time, UTC+5), which is not an RFC 822 zone; numeric non-permalink guid; no author element."),
        img="geneva-conference")
    w = d(2021, 9, 13, 18, 35, 0, o)
    add("86398", "sco-summit-dushanbe-preparations", "شنگھائی تعاون تنظیم کا سربراہی اجلاس، وزیراعظم دوشنبے جائیں گے", w,
        "<p>اسلام آباد: وزیراعظم شنگھائی تعاون تنظیم کے سربراہی اجلاس میں شرکت کے لیے جمعرات کو تاجکستان کے دارالحکومت دوشنبے روانہ ہوں گے۔</p>"
        "<p>اجلاس میں علاقائی سلامتی اور افغانستان کی صورتحال پر تبادلہ خیال متوقع ہے۔</p>",
        lambda k: it(k, "شنگھائی تعاون تنظیم کا سربراہی اجلاس، وزیراعظم دوشنبے جائیں گے", w, [], junk=["اسلام آباد:"]), img="sco-flags")
    w = d(2021, 9, 13, 16, 0, 0, o)
    add("86385", "video-aukus-france-reaction", "ویڈیو: آسٹریلیا کے آبدوز معاہدے پر فرانس کا ردعمل", w,
        "<p><iframe src=\"https://www.youtube.example/embed/qtv86385\" width=\"560\" height=\"315\"></iframe></p>",
        lambda k: it(k, "ویڈیو: آسٹریلیا کے آبدوز معاہدے پر فرانس کا ردعمل", w, [], story=False, rel=False,
                     note="Video item (an iframe only), not a story. Title label 'ویڈیو:' may be kept or dropped."))
    w = d(2021, 9, 13, 13, 20, 0, o)
    add("86371", "new-zealand-team-arrives-islamabad", "نیوزی لینڈ کرکٹ ٹیم 18 سال بعد پاکستان پہنچ گئی", w,
        "<p>اسلام آباد: نیوزی لینڈ کی کرکٹ ٹیم تین ون ڈے اور پانچ ٹی ٹوئنٹی میچوں کی سیریز کھیلنے کے لیے اسلام آباد پہنچ گئی۔</p>",
        lambda k: it(k, "نیوزی لینڈ کرکٹ ٹیم 18 سال بعد پاکستان پہنچ گئی", w, [], rel=False, junk=["اسلام آباد:"], note="Sport."), img="nz-team")
    w = d(2021, 9, 13, 11, 5, 0, o)
    add("86360", "karachi-rain-forecast", "کراچی میں آج سے بارش کا امکان، محکمہ موسمیات", w,
        "<p>کراچی: محکمہ موسمیات نے شہر میں آئندہ تین روز کے دوران ہلکی سے درمیانی بارش کی پیش گوئی کی ہے۔</p>",
        lambda k: it(k, "کراچی میں آج سے بارش کا امکان، محکمہ موسمیات", w, [], rel=False, junk=["کراچی:"], note="Weather forecast (domestic); short but written as a report: a story."))
    w = d(2021, 9, 13, 9, 40, 0, o)
    add("86352", "iran-iaea-agreement-cameras", "ایران اور آئی اے ای اے کے درمیان نگرانی کے کیمروں پر معاہدہ", w,
        "<p>تہران: ایران نے جوہری توانائی کے عالمی ادارے کے معائنہ کاروں کو نگرانی کے کیمروں کے میموری کارڈ تبدیل کرنے کی اجازت دے دی ہے۔</p>"
        "<p>ایران کی جوہری توانائی تنظیم کے ترجمان فرہاد کمالی نے کہا کہ ”یہ ایک تکنیکی معاہدہ ہے، سیاسی نہیں“۔</p>",
        lambda k: it(k, "ایران اور آئی اے ای اے کے درمیان نگرانی کے کیمروں پر معاہدہ", w, [], junk=["تہران:"], quotes=[q("فرہاد کمالی", "ایران کی جوہری توانائی تنظیم")]))
    channel = (f"<title>{cd('قومی ٹی وی نیوز - بین الاقوامی')}</title>\n<link>{base}/category/international</link>\n<description>{cd('قومی ٹی وی نیوز اردو')}</description>\n<language>ur</language>\n"
               f"<lastBuildDate>{rfc822(d(2021, 9, 13, 21, 15, 0, o))[:-5]}PKT</lastBuildDate>")
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/">\n<channel>\n'
            + channel + "\n" + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("ur_pk_qaumitv_international.rss.xml", text, items, lang="ur", outlet="قومی ٹی وی نیوز", aliases=["قومی ٹی وی", "Qaumi TV News"],
                structure="PTV News-style (Islamabad) state television's Urdu news portal, 'International' category RSS from a Laravel CMS: no indentation, CDATA Urdu channel title 'برانڈ - بین الاقوامی', '/<5 digits>/<latin-slug>' links with the bare number as NON-permalink guid, CDATA <p> bodies with 'شہر:' datelines and ”…“ quotes closed before '۔', media:thumbnail after the description, NO author element, pubDate and lastBuildDate with the zone ABBREVIATION 'PKT' instead of an offset, a 'ویڈیو:' item with an iframe, sport and weather items, September 2021")


# ---------------------------------------------------------------- CRI Urdu-style (Beijing) international radio's Urdu service as Atom with xhtml content
def sadaechin():
    entries, items = [], []
    base = "https://urdu.sadaechin.example"

    def add(aid, title, when, summary, xhtml, exp, audio=None):
        url = f"{base}/{when:%Y%m%d}/{aid}.html"
        enc = f"\n  <link rel=\"enclosure\" type=\"audio/mpeg\" href=\"https://audio.sadaechin.example/urdu/{audio}.mp3\" length=\"6021334\"/>" if audio else ""
        ct = f"\n  <content type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\" dir=\"rtl\">{xhtml}</div></content>" if xhtml else ""
        entries.append(f"<entry>\n  <id>urn:sadaechin:urdu:{aid}</id>\n  <title>{esc(title)}</title>\n  <link rel=\"alternate\" href=\"{url}\"/>{enc}\n  <updated>{isoz(when)}</updated>\n"
                       f"  <summary>{esc(summary)}</summary>{ct}\n</entry>")
        items.append(exp(f"urn:sadaechin:urdu:{aid}"))

    o = 8
    w = d(2020, 6, 17, 20, 30, 0, o)
    add("a4f1e2c7", "چین اور بھارت کا سرحدی کشیدگی کم کرنے پر اتفاق", w,
        "دونوں ممالک کے وزرائے خارجہ نے ٹیلی فون پر بات چیت کی",
        "<p>بیجنگ، 17 جون (صدائے چین): چین اور بھارت کے وزرائے خارجہ نے وادی گلوان میں جھڑپ کے بعد ٹیلی فون پر بات چیت کی اور صورتحال کو پرامن طریقے سے حل کرنے پر اتفاق کیا۔</p>"
        "<p>چینی وزارت خارجہ کے ترجمان لی وین چھنگ نے کہا: ”فریقین کو زمینی صورتحال کو مزید پیچیدہ بنانے والے کسی اقدام سے گریز کرنا چاہیے۔“</p>",
        lambda k: it(k, "چین اور بھارت کا سرحدی کشیدگی کم کرنے پر اتفاق", w, [], junk=["(صدائے چین)"], quotes=[q("لی وین چھنگ", "چینی وزارت خارجہ")],
                     note="Atom entry without its own author (the feed-level author is the station): []. urn: ids; xhtml content in an RTL <div>; only <updated>, in UTC with 'Z'."))
    w = d(2020, 6, 17, 17, 5, 0, o)
    add("b81d03e9", "سی پیک کے تحت کوہالہ پن بجلی منصوبے کے معاہدے پر دستخط", w,
        "چین اور پاکستان کے درمیان 2.4 ارب ڈالر کا معاہدہ",
        "<p>اسلام آباد، 17 جون (صدائے چین): چین پاکستان اقتصادی راہداری کے تحت دریائے جہلم پر پن بجلی منصوبے کے معاہدے پر دستخط ہو گئے۔</p>",
        lambda k: it(k, "سی پیک کے تحت کوہالہ پن بجلی منصوبے کے معاہدے پر دستخط", w, [], junk=["(صدائے چین)"], note="Bilateral China–Pakistan project: relevant."))
    w = d(2020, 6, 17, 14, 40, 0, o)
    add("c02a5f11", "بیجنگ میں کووڈ۔19 کے نئے کیسز، تھوک منڈی بند", w,
        "شہر میں ٹیسٹنگ کا دائرہ بڑھا دیا گیا",
        "<p>بیجنگ، 17 جون (صدائے چین): بیجنگ میں کورونا وائرس کے 31 نئے مقامی کیسز سامنے آئے ہیں جن کا تعلق شِن فادی تھوک منڈی سے ہے۔</p>",
        lambda k: it(k, "بیجنگ میں کووڈ۔19 کے نئے کیسز، تھوک منڈی بند", w, [], rel=False, junk=["(صدائے چین)"], note="Public health inside China: not relevant."))
    w = d(2020, 6, 17, 12, 0, 0, o)
    add("d55b7e20", "آڈیو: پروگرام ”چین کی سیر“ – 17 جون", w,
        "ہمارا ہفتہ وار پروگرام سنیے", None,
        lambda k: it(k, "آڈیو: پروگرام ”چین کی سیر“ – 17 جون", w, [], story=False, rel=False,
                     note="Radio programme page (audio enclosure, summary only), not a story. Title label 'آڈیو:' may be kept or dropped."),
        audio="cheen-ki-sair-20200617")
    w = d(2020, 6, 16, 21, 15, 0, o)
    add("e9c3d442", "تصاویر: ڈریگن بوٹ فیسٹیول کی تیاریاں", w,
        "تصویری جھلکیاں", None,
        lambda k: it(k, "تصاویر: ڈریگن بوٹ فیسٹیول کی تیاریاں", w, [], story=False, rel=False, note="Photo gallery, not a story."))
    w = d(2020, 6, 16, 18, 50, 0, o)
    add("f1207b88", "چین اور یورپی یونین کا ورچوئل سربراہی اجلاس 22 جون کو ہوگا", w,
        "تجارت، موسمیاتی تبدیلی اور وبا پر بات چیت ہوگی",
        "<p>برسلز، 16 جون (صدائے چین): چین اور یورپی یونین کے رہنما 22 جون کو ویڈیو لنک کے ذریعے سربراہی اجلاس منعقد کریں گے۔</p>"
        "<p>یورپی یونین کے ایک سفارت کار نے کہا کہ اجلاس میں سرمایہ کاری کے معاہدے پر پیش رفت کا جائزہ لیا جائے گا۔</p>",
        lambda k: it(k, "چین اور یورپی یونین کا ورچوئل سربراہی اجلاس 22 جون کو ہوگا", w, [], junk=["(صدائے چین)"], note="Anonymous diplomat: no quote label."))
    head = (f"<title>صدائے چین اردو سروس</title>\n<subtitle>خبریں، پروگرام اور تبصرے</subtitle>\n<link rel=\"alternate\" href=\"{base}/\"/>\n<link rel=\"self\" href=\"{base}/atom.xml\"/>\n"
            f"<id>{base}/</id>\n<updated>{isoz(d(2020, 6, 17, 20, 30, 0, o))}</updated>\n<author>\n  <name>صدائے چین</name>\n</author>\n<rights>© صدائے چین بین الاقوامی ریڈیو</rights>")
    text = '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ur">\n' + head + "\n" + "\n".join(entries) + "\n</feed>\n"
    return feed("ur_cn_sadaechin_urdu.atom", text, items, lang="ur", outlet="صدائے چین", aliases=["صدائے چین اردو سروس", "صدائے چین اردو"], shape="atom",
                ctype="application/atom+xml",
                structure="CRI Urdu-style (Beijing) international radio's Urdu service as Atom 1.0: xml:lang=\"ur\", feed-level <author> holding the station (entries have none), urn: entry ids, ONLY <updated> (no <published>) in UTC with 'Z', text summaries without final '۔', <content type=\"xhtml\"> with an RTL <div dir=\"rtl\"> and wire datelines 'شہر، 17 جون (برانڈ):', ”…“ quotes after 'نے کہا:', an audio programme entry with rel=\"enclosure\", a photo gallery, June 2020")


FEEDS = [qaumitv, sadaechin]
