# ruff: noqa: E501  (feed text is data: long lines are the content)
"""Urdu, tech, science and broken feeds of the seventh held-out set: an international
broadcaster-backed Urdu site (Drupal), a Lahore Urdu daily's WordPress feed, a tech news site's
Atom feed, a science weekly's RSS, a newsletter's JSON Feed 1.0, an RSS 1.0 (RDF) feed in
windows-1252 without any declared encoding, and a bot-challenge HTML page at a feed URL. All
outlets, people and quotations are invented."""
import json

from lib import dt
from mk import NS_ATOM, NS_CONTENT, NS_DC, NS_MEDIA, atom, esc, it, q, rfc822, rss
from mk import feed as _feed


def feed(*a, notes=None, **k):
    return _feed(*a, notes=notes, **k)


def d(day, h, mi, s=0, off=0.0):
    return dt(2026, 12, day, h, mi, s, off)


# ---------------------------------------------------------------- Independent Urdu-style
def azadurdu():
    """Independent Urdu-style Drupal RSS: xml:base, 'NID at https://site' guids, dc:creator
    holding Urdu names, 'ویب ڈیسک' or 'اے ایف پی', escaped <p> descriptions, +0000 dates."""
    rows, items = [], []

    def add(nid, slug, title, when, creator, desc, exp, sect="world"):
        url = f"https://www.azadurdu.com/{sect}/{slug}"
        rows.append(f"  <item>\n    <title>{esc(title)}</title>\n    <link>{url}</link>\n    <description>{esc(desc)}</description>\n"
                    f"    <pubDate>{rfc822(when)}</pubDate>\n    <dc:creator>{esc(creator)}</dc:creator>\n    <guid isPermaLink=\"false\">{nid} at https://www.azadurdu.com</guid>\n  </item>")
        items.append(exp(f"{nid} at https://www.azadurdu.com"))

    w = d(3, 14, 20)
    add("612201", "ایران-جوہری-معائنہ-کار-فردو", "ایران کا عالمی معائنہ کاروں کو فردو تک رسائی دینے کا اعلان", w, "اے ایف پی",
        "<p>جوہری توانائی کے عالمی ادارے (آئی اے ای اے) کے سربراہ ہینرک والن نے کہا ہے کہ تہران میں طے پانے والے معاہدے کے تحت چند ہفتوں میں ’بامعنی رسائی‘ بحال ہو جائے گی۔</p>",
        lambda k: it(k, "ایران کا عالمی معائنہ کاروں کو فردو تک رسائی دینے کا اعلان", w, ["اے ایف پی"], quotes=[q("ہینرک والن", "آئی اے ای اے")]))
    w = d(3, 12, 45)
    add("612180", "افغانستان-طورخم-سرحد-بندش", "طورخم سرحد دوبارہ بند، سینکڑوں ٹرک پھنس گئے", w, "نوید احمد خان",
        "<p>پشاور میں سرحدی حکام کے مطابق رات گئے فائرنگ کے تبادلے کے بعد گزرگاہ بند کی گئی۔</p><p><strong>مزید پڑھیے:</strong> <a href=\"https://www.azadurdu.com/pakistan/x\">افغان مہاجرین کی واپسی میں تیزی</a></p>",
        lambda k: it(k, "طورخم سرحد دوبارہ بند، سینکڑوں ٹرک پھنس گئے", w, ["نوید احمد خان"], junk=["مزید پڑھیے"]), sect="pakistan")
    w = d(3, 11, 0)
    add("612166", "غزہ-رفح-راہداری-زخمی", "رفح راہداری زخمیوں کے انخلا کے لیے کھل گئی", w, "ویب ڈیسک",
        "<p>مصری ہلال احمر کی عہدیدار سامیہ المصری نے کہا کہ ’یہ پہلا قدم ہے، حل نہیں۔‘</p>",
        lambda k: it(k, "رفح راہداری زخمیوں کے انخلا کے لیے کھل گئی", w, [], quotes=[q("سامیہ المصری", "مصری ہلال احمر")], note="'ویب ڈیسک' is a desk."))
    w = d(3, 9, 30)
    add("612150", "ویڈیو-لندن-میں-پاکستانی-کھانے", "ویڈیو: لندن میں پاکستانی کھانوں کا میلہ", w, "ویڈیو ڈیسک",
        "<p>ویڈیو دیکھیے۔</p>",
        lambda k: it(k, "لندن میں پاکستانی کھانوں کا میلہ", w, [], story=False, rel=False, note="Video. Title label 'ویڈیو:' may be kept or dropped"), sect="video")
    w = d(3, 8, 10)
    add("612131", "بنگلہ-دیش-انتخابات-تاریخ", "بنگلہ دیش میں عام انتخابات 18 فروری کو ہوں گے", w, "ویب ڈیسک",
        "<p>چیف الیکشن کمشنر نے ٹیلی وژن پر خطاب میں شیڈول کا اعلان کیا</p>",
        lambda k: it(k, "بنگلہ دیش میں عام انتخابات 18 فروری کو ہوں گے", w, []))
    w = d(3, 7, 0)
    add("612120", "نقطہ-نظر-امریکہ-چین-تجارت", "امریکہ اور چین کی تجارتی جنگ میں پاکستان کہاں کھڑا ہے؟", w, "ڈاکٹر سلمان رشید",
        "<p><em>نوٹ: یہ تحریر مصنف کی ذاتی آرا پر مبنی ہے، ادارے کا اس سے متفق ہونا ضروری نہیں۔</em></p><p>واشنگٹن اور بیجنگ کے درمیان محصولات کی جنگ نے اسلام آباد کو مشکل میں ڈال دیا ہے۔</p>",
        lambda k: it(k, "امریکہ اور چین کی تجارتی جنگ میں پاکستان کہاں کھڑا ہے؟", w, ["سلمان رشید"], junk=["ذاتی آرا"], note="Opinion; the disclaimer is not summary text."), sect="opinion")
    w = d(3, 6, 0)
    add("612101", "کرکٹ-اسلم-سنچری", "فرحان اسلم کی سنچری، پاکستان نے جنوبی افریقہ میں سیریز جیت لی", w, "سپورٹس ڈیسک",
        "<p>سنچورین میں پاکستان نے 289 رنز کا ہدف چار گیندیں پہلے حاصل کر لیا۔</p>",
        lambda k: it(k, "فرحان اسلم کی سنچری، پاکستان نے جنوبی افریقہ میں سیریز جیت لی", w, [], rel=False), sect="sport")
    channel = ("  <title>آزاد اردو</title>\n  <link>https://www.azadurdu.com/</link>\n  <description>آزاد اردو - خبریں، تجزیے اور ویڈیوز</description>\n  <language>ur</language>")
    text = rss(channel, rows, ns=' xml:base="https://www.azadurdu.com/"' + NS_DC)
    return feed("ur_azadurdu_drupal.rss.xml", text, items, lang="ur", outlet="آزاد اردو", aliases=["Azad Urdu"],
                structure="Independent Urdu-style Drupal RSS (independenturdu.com/rss.xml): xml:base on <rss>, two-space indentation, channel titled with the bare outlet name and no copyright, Urdu-script slugs in links, 'NID at https://site' non-permalink guids, dc:creator with a person, an agency ('اے ایف پی'), desks ('ویب ڈیسک', 'ویڈیو ڈیسک', 'سپورٹس ڈیسک') or 'ڈاکٹر Name', escaped <p> descriptions with ’…‘ quotes, a bold 'مزید پڑھیے:' related link, an opinion disclaimer in <em> before the lead, 'ویڈیو:' title label, +0000 dates")


# ---------------------------------------------------------------- Daily Pakistan-style WordPress
def roznamalahore():
    """Urdu daily WordPress feed: CDATA dc:creator desks, excerpts '[&#8230;]', 'The post …
    appeared first on …' trailer in both description and content:encoded, +0000 dates (GMT)."""
    rows, items = [], []

    def add(pid, slug, title, when, creator, desc, exp, cat="بین الاقوامی"):
        url = f"https://roznamalahore.com.pk/{pid}/{slug}/"
        trail = f'<p>The post <a href="{url}">{title}</a> appeared first on <a href="https://roznamalahore.com.pk">روزنامہ لاہور</a>.</p>'
        rows.append(f"<item><title>{esc(title)}</title><link>{url}</link><dc:creator><![CDATA[{creator}]]></dc:creator><pubDate>{rfc822(when, gmt=True)}</pubDate>"
                    f"<category><![CDATA[{cat}]]></category><guid isPermaLink=\"false\">https://roznamalahore.com.pk/?p={pid}</guid>"
                    f"<description><![CDATA[<p>{desc} [&#8230;]</p>\n{trail}]]></description><content:encoded><![CDATA[<p>{desc}</p>\n{trail}]]></content:encoded></item>")
        items.append(exp(f"https://roznamalahore.com.pk/?p={pid}"))

    w = d(3, 15, 10)
    add("1180442", "saudi-wali-ahad-daura", "سعودی ولی عہد کا دورہ پاکستان رواں ماہ متوقع، خالد نوید", w, "ویب ڈیسک",
        "نائب وزیراعظم خالد نوید نے سینیٹ کو بتایا کہ دورے کے دوران پانچ ارب ڈالر کے سرمایہ کاری معاہدوں پر دستخط ہوں گے",
        lambda k: it(k, "سعودی ولی عہد کا دورہ پاکستان رواں ماہ متوقع، خالد نوید", w, [], junk=["appeared first on", "[…]"]))
    w = d(3, 13, 40)
    add("1180430", "bharat-pani-muahida-daftar-kharija", "سندھ طاس معاہدے پر بھارتی وزیر کا بیان غیر ذمہ دارانہ ہے، دفتر خارجہ", w, "نیوز ڈیسک",
        "ترجمان دفتر خارجہ شفقت بلوچ نے ہفتہ وار بریفنگ میں کہا کہ ’پاکستان کے حصے کا پانی روکنے کی کوئی بھی کوشش جنگی اقدام تصور ہوگی‘",
        lambda k: it(k, "سندھ طاس معاہدے پر بھارتی وزیر کا بیان غیر ذمہ دارانہ ہے، دفتر خارجہ", w, [], junk=["appeared first on"], quotes=[q("شفقت بلوچ", "دفتر خارجہ")]))
    w = d(3, 12, 0)
    add("1180418", "lahore-smog-schools", "لاہور میں سموگ، سکول مزید ایک ہفتہ بند رہیں گے", w, "لاہور (سٹاف رپورٹر)",
        "پنجاب حکومت نے فضائی آلودگی کے باعث تعلیمی ادارے بند رکھنے کا فیصلہ کیا",
        lambda k: it(k, "لاہور میں سموگ، سکول مزید ایک ہفتہ بند رہیں گے", w, [], rel=False), cat="لاہور")
    w = d(3, 10, 25)
    add("1180401", "roos-ukraine-qaidi-tabadla", "روس اور یوکرین کا 300، 300 قیدیوں کے تبادلے پر اتفاق", w, "جنیوا (مانیٹرنگ ڈیسک)",
        "جنیوا میں دو روزہ مذاکرات کے بعد دونوں ممالک نے قیدیوں کے تبادلے پر اتفاق کیا، جنگ بندی پر پیش رفت نہ ہو سکی",
        lambda k: it(k, "روس اور یوکرین کا 300، 300 قیدیوں کے تبادلے پر اتفاق", w, [], junk=["appeared first on", "مانیٹرنگ ڈیسک"]))
    w = d(3, 9, 0)
    add("1180390", "showbiz-adakara-shadi", "معروف اداکارہ کی دبئی میں شادی کی تصاویر وائرل", w, "شوبز ڈیسک",
        "سوشل میڈیا پر مداحوں کی جانب سے مبارکباد کے پیغامات",
        lambda k: it(k, "معروف اداکارہ کی دبئی میں شادی کی تصاویر وائرل", w, [], rel=False), cat="شوبز")
    w = d(3, 7, 45)
    add("1180377", "afghan-muhajireen-unhcr-appeal", "اقوام متحدہ کا افغان مہاجرین کی ملک بدری روکنے کا مطالبہ", w, "اسلام آباد (نمائندہ خصوصی)",
        "یو این ایچ سی آر کی نمائندہ فلیپا کینڈلر نے کہا کہ واپس جانے والوں میں بہت سے ایسے ہیں جو کبھی افغانستان میں نہیں رہے",
        lambda k: it(k, "اقوام متحدہ کا افغان مہاجرین کی ملک بدری روکنے کا مطالبہ", w, [], quotes=[q("فلیپا کینڈلر", "یو این ایچ سی آر")]))
    w = d(3, 6, 30)
    add("1180365", "e-paper-roznama-lahore", "آج کا ای پیپر پڑھیں", w, "ویب ڈیسک",
        "روزنامہ لاہور کا ای پیپر",
        lambda k: it(k, "آج کا ای پیپر پڑھیں", w, [], story=False, rel=False, note="E-paper link."), cat="ای پیپر")
    channel = ("<title>بین الاقوامی &#8211; روزنامہ لاہور</title><atom:link href=\"https://roznamalahore.com.pk/category/international/feed/\" rel=\"self\" type=\"application/rss+xml\" />"
               f"<link>https://roznamalahore.com.pk</link><description>Latest Urdu News</description><lastBuildDate>{rfc822(d(3, 15, 12), gmt=True)}</lastBuildDate><language>ur</language>"
               "<sy:updatePeriod>hourly</sy:updatePeriod><sy:updateFrequency>1</sy:updateFrequency><generator>https://wordpress.org/?v=6.7.1</generator>")
    return feed("ur_roznamalahore_international_wp.rss.xml", rss(channel, rows, ns=NS_CONTENT + ' xmlns:wfw="http://wellformedweb.org/CommentAPI/"' + NS_DC + NS_ATOM + ' xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"', sep=""),
                items, lang="ur", outlet="روزنامہ لاہور", aliases=["Roznama Lahore"],
                structure="Daily Pakistan-style Urdu WordPress category feed (/category/<cat>/feed/): single line, channel 'Section &#8211; Outlet' in Urdu with an English 'Latest Urdu News' description, Latin-script slugs under numeric ids, '?p=' non-permalink guids, CDATA dc:creator holding desks ('ویب ڈیسک', 'نیوز ڈیسک', 'شوبز ڈیسک') or 'City (Desk/Reporter)' datelines, never a person, CDATA excerpt ending ' [&#8230;]' plus an English 'The post … appeared first on …' trailer in both description and content:encoded, Urdu ’…‘ quotes, e-paper link and showbiz item, GMT dates")


# ---------------------------------------------------------------- The Verge-style Atom
def circuitry():
    """The Verge-style Atom: xml:lang, title type=html, author/name, '?p=' ids, published and
    updated -05:00, summary type=html plus full content type=html ending with a related-link."""
    ents, items = [], []

    def add(slug, pid, title, when, author, summary, content, exp, cats=("News",)):
        url = f"https://www.circuitry.com/{slug}"
        c = "".join(f'<category scheme="https://www.circuitry.com" term="{x}" />' for x in cats)
        ents.append(f"\t<entry>\n\t\t<author>\n\t\t\t<name>{esc(author)}</name>\n\t\t</author>\n\t\t<title type=\"html\"><![CDATA[{title}]]></title>\n"
                    f"\t\t<link rel=\"alternate\" type=\"text/html\" href=\"{url}\" />\n\t\t<id>https://www.circuitry.com/?p={pid}</id>\n"
                    f"\t\t<updated>{when.isoformat()}</updated>\n\t\t<published>{when.isoformat()}</published>\n\t\t{c}\n"
                    f"\t\t<summary type=\"html\"><![CDATA[{summary}]]></summary>\n\t\t<content type=\"html\"><![CDATA[{content}]]></content>\n\t</entry>")
        items.append(exp(f"https://www.circuitry.com/?p={pid}"))

    o = -5
    w = d(3, 14, 30, 0, o)
    add("policy/8712/eu-digital-markets-act-fine-app-store", "8712", "The EU just fined Pomelo €1.2 billion under the Digital Markets Act", w, "Mara Lindqvist",
        "It’s the largest DMA penalty yet.",
        "<figure><img alt=\"\" src=\"https://cdn.circuitry.com/8712.jpg\" /><figcaption>Image: Circuitry</figcaption></figure><p>The European Commission has fined Pomelo €1.2 billion for steering rules in its app store. “The rules are not optional,” said Marisol Edling, the Commission’s competition chief.</p><p><strong>Related</strong></p><ul><li><a href=\"https://www.circuitry.com/x\">Pomelo’s App Store changes in Europe, explained</a></li></ul>",
        lambda k: it(k, "The EU just fined Pomelo €1.2 billion under the Digital Markets Act", w, ["Mara Lindqvist"], junk=["Image: Circuitry", "Related"], quotes=[q("Marisol Edling", "Commission")]), cats=("Policy", "Tech", "News"))
    w = d(3, 13, 5, 0, o)
    add("gadgets/8711/lumen-phone-9-review", "8711", "Lumen Phone 9 review: a great camera stuck in a boring phone", w, "Devon Akers",
        "The best zoom we’ve tested, if you can live with the rest.",
        "<p>The best zoom we’ve tested.</p>",
        lambda k: it(k, "Lumen Phone 9 review: a great camera stuck in a boring phone", w, ["Devon Akers"], rel=False), cats=("Reviews",))
    w = d(3, 11, 40, 0, o)
    add("policy/8709/chip-export-controls-china-nvidia-rule", "8709", "US tightens chip export rules again, and China calls it ‘technological bullying’", w, "Sam Okafor",
        "The Commerce Department closed a loophole on advanced AI chips.",
        "<p>The Commerce Department closed a loophole. China’s commerce ministry said the rule was “technological bullying.”</p>",
        lambda k: it(k, "US tightens chip export rules again, and China calls it ‘technological bullying’", w, ["Sam Okafor"]), cats=("Policy",))
    w = d(3, 10, 0, 0, o)
    add("podcast/8706/circuitcast-ai-agents-holiday", "8706", "Are AI agents ready to do your holiday shopping?", w, "Circuitry Staff",
        "On this episode of The Circuitcast, we try to buy gifts with three AI agents.",
        "<p>On this episode of The Circuitcast…</p><iframe src=\"https://podcasts.circuitry.com/embed/8706\"></iframe>",
        lambda k: it(k, "Are AI agents ready to do your holiday shopping?", w, [], story=False, rel=False, note="Podcast episode; staff byline."), cats=("Podcasts",))
    w = d(3, 9, 15, 0, o)
    add("tech/8704/india-satellite-internet-license-starlink-rival", "8704", "India grants satellite internet licence to Orbitra, weeks after rival’s approval", w, "Priya Menon",
        "Orbitra will start service in 2027.",
        "<p>India’s telecom department granted the licence on Wednesday.</p>",
        lambda k: it(k, "India grants satellite internet licence to Orbitra, weeks after rival’s approval", w, ["Priya Menon"], rel=False, note="Business/tech; not foreign affairs."))
    w = d(3, 8, 0, 0, o)
    add("deals/8702/best-cyber-week-deals-laptops", "8702", "The best Cyber Week laptop deals you can still get", w, "Circuitry Deals",
        "Prices are still low on a few of our favourites.",
        "<p>Prices are still low.</p>",
        lambda k: it(k, "The best Cyber Week laptop deals you can still get", w, [], story=False, rel=False, note="Shopping post."), cats=("Deals",))
    w = d(3, 7, 20, 0, o)
    add("news/8700/russia-blocks-pomelo-call-messaging-apps", "8700", "Russia blocks Pomelo Call and two more messaging apps", w, "Mara Lindqvist and Sam Okafor",
        "Roskomnadzor cited ‘terrorism’ concerns.",
        "<p>Russia’s internet regulator said the apps were used to “organize terrorist activity.”</p>",
        lambda k: it(k, "Russia blocks Pomelo Call and two more messaging apps", w, ["Mara Lindqvist", "Sam Okafor"]))
    head = ("\t<title type=\"html\">Circuitry -  All Posts</title>\n\t<subtitle>Circuitry is about technology and how it makes us feel.</subtitle>\n"
            f"\t<updated>{d(3, 14, 32, 0, o).isoformat()}</updated>\n\t<link rel=\"alternate\" type=\"text/html\" href=\"https://www.circuitry.com\" />\n"
            "\t<id>https://www.circuitry.com/rss/index.xml</id>\n\t<link rel=\"self\" type=\"application/atom+xml\" href=\"https://www.circuitry.com/rss/index.xml\" />\n\t<icon>https://www.circuitry.com/icon.png</icon>")
    text = atom(head, ents, decl='<?xml version="1.0" encoding="UTF-8"?>').replace('<feed xmlns="http://www.w3.org/2005/Atom">', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-US">')
    return feed("en_tech_circuitry_allposts.atom.xml", text, items, lang="en", outlet="Circuitry", shape="atom", topic="tech",
                ctype="application/atom+xml; charset=utf-8",
                structure="The Verge-style Atom (theverge.com/rss/index.xml): xml:lang on <feed>, title type=html 'Outlet -  All Posts' (two spaces), tab indentation, one <author><name> per entry ('A and B', 'Outlet Staff', 'Outlet Deals'), CDATA titles type=html, '?p=<id>' ids, identical published/updated with -05:00, category scheme/term, short summary type=html plus content type=html opening with <figure>/<figcaption> image credit and ending with a 'Related' list, podcast and deals posts")


# ---------------------------------------------------------------- New Scientist-style
def newfrontier():
    """New Scientist-style RSS: channel 'Outlet - Home', plain descriptions, no authors,
    non-permalink numeric guids, category, media:thumbnail, +0000 dates."""
    rows, items = [], []

    def add(path, gid, title, when, desc, cat, exp):
        url = f"https://www.newfrontier.com/{path}/"
        rows.append(f"<item>\n<title>{esc(title)}</title>\n<link>{url}</link>\n<description>{esc(desc)}</description>\n<category>{cat}</category>\n"
                    f"<guid isPermaLink=\"false\">{gid}</guid>\n<pubDate>{rfc822(when)}</pubDate>\n<media:thumbnail url=\"https://images.newfrontier.com/{gid}.jpg?width=300\"/>\n</item>")
        items.append(exp(gid))

    w = d(3, 16, 0)
    add("article/2510001-ancient-dna-reveals-bronze-age-migration-into-britain", "2510001", "Ancient DNA reveals a forgotten Bronze Age migration into Britain", w,
        "Genomes from 300 skeletons suggest a wave of people arrived from what is now the Netherlands around 1500 BC", "Humans",
        lambda k: it(k, "Ancient DNA reveals a forgotten Bronze Age migration into Britain", w, rel=False))
    w = d(3, 14, 30)
    add("article/2509987-cop-deal-methane-pledge-satellites", "2509987", "Satellites show countries that signed methane pledge are missing targets", w,
        "An analysis of satellite data finds emissions from oil and gas fields in 12 signatory nations rose last year, undermining a key climate agreement", "Environment",
        lambda k: it(k, "Satellites show countries that signed methane pledge are missing targets", w, note="Climate diplomacy angle; borderline relevant."))
    w = d(3, 13, 0)
    add("article/2509970-bird-flu-h5n1-cambodia-cases-who", "2509970", "WHO warns of rise in H5N1 bird flu cases in Cambodia", w,
        "The World Health Organization says seven people have been infected since October, though there is no sign of human-to-human spread", "Health",
        lambda k: it(k, "WHO warns of rise in H5N1 bird flu cases in Cambodia", w, rel=False))
    w = d(3, 11, 15)
    add("article/2509955-new-species-of-frog-found-in-peru", "2509955", "Tiny orange frog discovered in Peruvian cloud forest", w,
        "The species, barely 1 centimetre long, was found during a survey of the Andes", "Life",
        lambda k: it(k, "Tiny orange frog discovered in Peruvian cloud forest", w, rel=False))
    w = d(3, 10, 0)
    add("video/2509940-watch-robot-dog-climbs-stairs", "2509940", "Watch a robot dog climb icy stairs", w,
        "Video: engineers trained the robot in simulation", "Technology",
        lambda k: it(k, "Watch a robot dog climb icy stairs", w, story=False, rel=False, note="Video."))
    w = d(3, 9, 0)
    add("article/2509931-us-withdrawal-who-funding-research", "2509931", "US exit from WHO leaves global disease surveillance with $500m gap", w,
        "Researchers say the shortfall is already hitting polio and measles monitoring in Africa and Asia", "Health",
        lambda k: it(k, "US exit from WHO leaves global disease surveillance with $500m gap", w))
    w = d(3, 8, 0)
    add("subscribe/newsletters/cool-earth-weekly", "2509000", "Sign up to Cool Earth Weekly, our free climate newsletter", w,
        "Get a dose of climate optimism in your inbox every week", "Newsletters",
        lambda k: it(k, "Sign up to Cool Earth Weekly, our free climate newsletter", w, story=False, rel=False, note="Newsletter promo."))
    channel = ("<title>New Frontier - Home</title>\n<link>https://www.newfrontier.com</link>\n<description>Science news and science articles from New Frontier</description>\n"
               f"<language>en-gb</language>\n<lastBuildDate>{rfc822(d(3, 16, 5))}</lastBuildDate>\n<atom:link href=\"https://www.newfrontier.com/feed/home/\" rel=\"self\" type=\"application/rss+xml\"/>")
    return feed("en_science_newfrontier_home.rss.xml", rss(channel, rows, ns=NS_ATOM + NS_MEDIA), items, lang="en", outlet="New Frontier", topic="science",
                structure="New Scientist-style RSS (newscientist.com/feed/home/): channel 'Outlet - Home', plain one-sentence descriptions without final stop, one <category> section per item, numeric non-permalink guids, media:thumbnail with a width query, no authors, no copyright, a video and a newsletter sign-up, +0000 dates")


# ---------------------------------------------------------------- JSON Feed 1.0
def crossingsjson():
    """JSON Feed 1.0 of a foreign-policy newsletter: singular 'author', content_html, summary,
    one title-less note, tags, date_published with offsets, _custom extension."""
    items, exp = [], []

    def add(i, title, when, author, html, exp_fn, summary=None, tags=()):
        url = f"https://crossings.news/p/{i}"
        e = {"id": url, "url": url}
        if title:
            e["title"] = title
        e["content_html"] = html
        if summary:
            e["summary"] = summary
        e["date_published"] = when.isoformat()
        if author:
            e["author"] = {"name": author, "url": "https://crossings.news/about"}
        if tags:
            e["tags"] = list(tags)
        e["_crossings"] = {"paywalled": False}
        items.append(e)
        exp.append(exp_fn(url))

    o = -5
    w = d(3, 7, 0, 0, o)
    add("armenia-azerbaijan-peace-treaty-signing", "Armenia and Azerbaijan are finally signing. What’s in the treaty", w, "Theo Varga",
        "<p>Good morning from Washington. Here’s what you need to know.</p><p>Armenia and Azerbaijan will sign a peace treaty in Abu Dhabi on Friday, ending more than three decades of conflict. “This is the end of a chapter,” said Lilit Hakobyan, a former Armenian deputy foreign minister.</p><hr><p><em>Forwarded this email? <a href=\"https://crossings.news/subscribe\">Subscribe here</a>.</em></p>",
        lambda k: it(k, "Armenia and Azerbaijan are finally signing. What’s in the treaty", w, ["Theo Varga"], junk=["Subscribe here", "Good morning from Washington"], quotes=[q("Lilit Hakobyan")]),
        summary="Plus: the Rafah crossing, and a new fight over chips.", tags=["Caucasus"])
    w = d(2, 7, 0, 0, o)
    add("sahel-russia-africa-corps-mali", "Russia’s Africa Corps is struggling in Mali", w, "Theo Varga",
        "<p>Two convoys ambushed in a week near Kidal, according to local officials.</p><p>Sponsored by Northgate Advisory</p>",
        lambda k: it(k, "Russia’s Africa Corps is struggling in Mali", w, ["Theo Varga"], junk=["Sponsored by"]), tags=["Africa", "Russia"])
    w = d(1, 18, 30, 0, o)
    add("note-quick-take-french-vote", None, w, "Theo Varga",
        "<p>Quick take: Vasseur will survive tonight’s vote, but barely. Watch the Socialists.</p>",
        lambda k: it(k, "", w, ["Theo Varga"], story=False, note="Untitled short note."))
    w = d(1, 7, 0, 0, o)
    add("taiwan-drills-what-changed", "Beijing’s drills around Taiwan: what actually changed", w, "Rhea Santos",
        "<p>Guest post by Rhea Santos, a fellow at the Pacific Policy Circle.</p><p>The exercises lasted longer and came closer than last year’s.</p>",
        lambda k: it(k, "Beijing’s drills around Taiwan: what actually changed", w, ["Rhea Santos"], junk=["Guest post by"]), tags=["Asia"])
    w = d(28, 9, 0, 0, o).replace(month=11)
    add("thanksgiving-reading-list", "Our Thanksgiving reading list", w, "Theo Varga",
        "<p>Ten books on diplomacy we loved this year.</p>",
        lambda k: it(k, "Our Thanksgiving reading list", w, ["Theo Varga"], story=False, rel=False, note="Reading list."))
    w = d(27, 7, 0, 0, o).replace(month=11)
    add("ecuador-referendum-foreign-bases", "Ecuador voted on foreign military bases. Here’s what happened", w, "Theo Varga",
        "<p>Voters rejected the proposal to allow foreign bases by 58 to 42 percent.</p>",
        lambda k: it(k, "Ecuador voted on foreign military bases. Here’s what happened", w, ["Theo Varga"]), tags=["Americas"])
    doc = {"version": "https://jsonfeed.org/version/1", "title": "Crossings", "home_page_url": "https://crossings.news/",
           "feed_url": "https://crossings.news/feed.json", "description": "A daily briefing on the world, from Washington.",
           "icon": "https://crossings.news/icon.png", "author": {"name": "Theo Varga"}, "items": items}
    text = json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
    return feed("en_jsonfeed_crossings_v1.json", text, exp, lang="en", outlet="Crossings", shape="jsonfeed", topic="world",
                ctype="application/json", declared=None,
                structure="JSON Feed 1.0 (version 'https://jsonfeed.org/version/1') of a daily foreign-policy newsletter: singular 'author' objects (feed and items) instead of 1.1 'authors', content_html with a greeting, a sponsor line and a 'Forwarded this email? Subscribe here' footer, optional summary, one item without title (short note), a guest post whose author appears only in author.name and a 'Guest post by' line, tags, date_published with -05:00, custom '_crossings' extension, items spanning late November")


# ---------------------------------------------------------------- RDF 1.0 in cp1252, undeclared
def meridianrdf():
    """RSS 1.0 (RDF) of an old world-news portal: no XML declaration at all, bytes windows-1252
    (curly quotes, dashes), header 'application/rdf+xml' without charset, dc:creator and dc:date."""
    rows, lis, items = [], [], []

    def add(slug, title, when, creator, desc, exp):
        url = f"http://www.meridianworld.org/news/{slug}.shtml"
        lis.append(f'    <rdf:li rdf:resource="{url}" />')
        cr = f"\n  <dc:creator>{esc(creator)}</dc:creator>" if creator else ""
        rows.append(f'<item rdf:about="{url}">\n  <title>{esc(title)}</title>\n  <link>{url}</link>\n  <description>{esc(desc)}</description>{cr}\n  <dc:date>{when.isoformat()}</dc:date>\n  <dc:subject>World</dc:subject>\n</item>')
        items.append(exp(url))

    w = d(3, 15, 0)
    add("2026/12/03/moldova-gas", "Moldova secures winter gas via Romania – but at a price", w, "Ruth Amsel",
        "Chisinau will pay about €40m more than last winter, officials said. “We had no alternative,” said Energy Minister Victor Turcan.",
        lambda k: it(k, "Moldova secures winter gas via Romania – but at a price", w, ["Ruth Amsel"], quotes=[q("Victor Turcan", "Energy")]))
    w = d(3, 13, 20)
    add("2026/12/03/ethiopia-eritrea", "Ethiopia–Eritrea tensions: AU envoy “deeply concerned”", w, "Meridian staff",
        "The African Union’s special envoy called for restraint… and a return to the Algiers agreement.",
        lambda k: it(k, "Ethiopia–Eritrea tensions: AU envoy “deeply concerned”", w, [], note="Staff byline."))
    w = d(3, 11, 0)
    add("2026/12/03/philippines-shoal", "Manila protests Chinese water cannon use near shoal", w, "",
        "Two Filipino crew members were hurt, the coast guard said.",
        lambda k: it(k, "Manila protests Chinese water cannon use near shoal", w, []))
    w = d(3, 9, 45)
    add("2026/12/03/crossword", "Today’s crossword – Thursday", w, "",
        "Solve today’s puzzle.",
        lambda k: it(k, "Today’s crossword – Thursday", w, [], story=False, rel=False, note="Puzzle."))
    w = d(3, 8, 30)
    add("2026/12/03/sudan-aid", "Aid convoy enters El Fasher after 5‑month siege", w, "Kofi Mensah-Ablorh",
        "Twelve lorries entered the city – the first since July, the WFP said.",
        lambda k: it(k, "Aid convoy enters El Fasher after 5‑month siege", w, ["Kofi Mensah-Ablorh"], note="Non-breaking hyphen U+2011 is not in windows-1252: written as a plain hyphen in the bytes.") )
    w = d(3, 7, 0)
    add("2026/12/03/euro-ski", "Alpine resorts open early after November snow", w, "Ruth Amsel",
        "Lifts in Zermatt and Val d’Isère opened a week ahead of schedule.",
        lambda k: it(k, "Alpine resorts open early after November snow", w, ["Ruth Amsel"], rel=False))
    head = ('<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">\n'
            '<channel rdf:about="http://www.meridianworld.org/rss/world.rdf">\n  <title>Meridian World – Headlines</title>\n  <link>http://www.meridianworld.org/</link>\n'
            '  <description>World news headlines from Meridian World</description>\n  <dc:language>en</dc:language>\n  <dc:rights>© 2026 Meridian World Trust</dc:rights>\n'
            '  <items>\n   <rdf:Seq>\n' + "\n".join(lis) + '\n   </rdf:Seq>\n  </items>\n</channel>\n')
    text = head + "\n".join(rows) + "\n</rdf:RDF>\n"
    text = text.replace("\u2011", "-")
    for e in items:
        e.title = e.title.replace("\u2011", "-")
    return feed("en_meridianworld_headlines_cp1252_nodecl.rdf", text, items, lang="en", outlet="Meridian World", shape="rss1-rdf",
                encoding="cp1252", ctype="application/rdf+xml", declared=None,
                structure="Old portal's RSS 1.0 (RDF) headline feed: NO XML declaration and a Content-Type without charset, while the bytes are windows-1252 (curly quotes 0x93/0x94/0x92, en dash 0x96, ellipsis 0x85, euro 0x80, Romanian names written without diacritics), rdf:Seq of items, dc:creator names or 'Meridian staff', dc:date with Z offsets, dc:subject, dc:rights with a Trust; titles with en dashes and curly quotes; a crossword and a ski-resort item")


# ---------------------------------------------------------------- bot-challenge page
def challenge():
    text = ('<!DOCTYPE html><html lang="en-US"><head><title>Just a moment...</title><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">'
            '<meta http-equiv="X-UA-Compatible" content="IE=Edge"><meta name="robots" content="noindex,nofollow"><meta name="viewport" content="width=device-width,initial-scale=1">'
            '<style>*{box-sizing:border-box;margin:0;padding:0}html{line-height:1.15}body{display:flex;flex-direction:column;height:100vh}</style></head>'
            '<body><div class="main-wrapper" role="main"><div class="main-content"><noscript><div class="h2"><span id="challenge-error-text">Enable JavaScript and cookies to continue</span></div></noscript>'
            '<h1 class="zone-name-title h1">www.harbourtelegraph.com.au</h1><h2 class="h2" id="challenge-running">Verifying you are human. This may take a few seconds.</h2>'
            '<div id="challenge-body-text" class="core-msg spacer">www.harbourtelegraph.com.au needs to review the security of your connection before proceeding.</div></div></div>'
            '<script>(function(){window._cf_chl_opt={cvId: \'3\',cZone: "www.harbourtelegraph.com.au",cType: \'managed\',cRay: \'8e1f2a3b4c5d6e7f\',cH: \'x9Yq\'};}());</script>'
            '<div class="footer" role="contentinfo"><div class="footer-inner"><div class="clearfix diagnostic-wrapper"><div class="ray-id">Ray ID: <code>8e1f2a3b4c5d6e7f</code></div></div>'
            '<div class="text-center" id="footer-text">Performance &amp; security by a CDN provider</div></div></div></body></html>\n')
    return feed("en_au_harbourtelegraph_world_bot_challenge.rss.xml", text, [], lang="en", outlet="The Harbour Telegraph", shape="html",
                ctype="text/html; charset=UTF-8", declared="utf-8", acceptable=("refused",),
                structure="What an Australian daily's world RSS URL (…/rss/world.xml) returns to a feed reader behind a CDN bot check: HTTP 403 with a 'Just a moment...' JavaScript challenge HTML page (title, noscript 'Enable JavaScript and cookies to continue', Ray ID) instead of the feed; it must be refused, not read as items",
                notes="No items: the page is not a feed.")


FEEDS = [azadurdu, roznamalahore, circuitry, newfrontier, crossingsjson, meridianrdf, challenge]
