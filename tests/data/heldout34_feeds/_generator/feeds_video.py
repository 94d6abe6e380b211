# ruff: noqa: E501  (feed text is data: long lines are the content)
"""Platform feeds of the thirty-fourth held-out set: YouTube channel Atom feeds of a Kenyan
English news channel (2023) and a Pakistani Urdu news channel (2022), and a Reddit world-affairs
community's Atom feed (2022). Channels, communities, users, people and quotations are invented."""
from h34 import d, esc, feed, isoz, it, q


def _yt_entry(vid, chan, name, title, when, upd, desc, views, stars):
    return (f" <entry>\n  <id>yt:video:{vid}</id>\n  <yt:videoId>{vid}</yt:videoId>\n  <yt:channelId>{chan}</yt:channelId>\n  <title>{esc(title)}</title>\n"
            f'  <link rel="alternate" href="https://www.youtube.com/watch?v={vid}"/>\n  <author>\n   <name>{esc(name)}</name>\n   <uri>https://www.youtube.com/channel/{chan}</uri>\n  </author>\n'
            f"  <published>{isoz(when)}</published>\n  <updated>{isoz(upd)}</updated>\n  <media:group>\n   <media:title>{esc(title)}</media:title>\n"
            f'   <media:content url="https://www.youtube.com/v/{vid}?version=3" type="application/x-shockwave-flash" width="640" height="390"/>\n'
            f'   <media:thumbnail url="https://i3.ytimg.com/vi/{vid}/hqdefault.jpg" width="480" height="360"/>\n   <media:description>{esc(desc)}</media:description>\n'
            f'   <media:community>\n    <media:starRating count="{stars}" average="5.00" min="1" max="5"/>\n    <media:statistics views="{views}"/>\n   </media:community>\n  </media:group>\n </entry>')


def _yt_doc(chan, name, created, entries):
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns:yt="http://www.youtube.com/xml/schemas/2015" xmlns:media="http://search.yahoo.com/mrss/" xmlns="http://www.w3.org/2005/Atom">\n'
            f' <link rel="self" href="http://www.youtube.com/feeds/videos.xml?channel_id={chan}"/>\n <id>yt:channel:{chan[2:]}</id>\n <yt:channelId>{chan[2:]}</yt:channelId>\n'
            f' <title>{esc(name)}</title>\n <link rel="alternate" href="https://www.youtube.com/channel/{chan}"/>\n <author>\n  <name>{esc(name)}</name>\n  <uri>https://www.youtube.com/channel/{chan}</uri>\n </author>\n'
            f" <published>{isoz(created)}</published>\n" + "\n".join(entries) + "\n</feed>")


# ---------------------------------------------------------------- YouTube channel of a Kenyan TV news service, July 2023
def youtube_ke():
    chan, name = "UCr7XvT2pQ9sL4mK8nB3wYzA", "RVTV News Kenya"
    rows, items = [], []
    promo = "\n\nSubscribe to our channel: https://www.youtube.com/channel/UCr7XvT2pQ9sL4mK8nB3wYzA?sub_confirmation=1\nFollow us on https://rvtvnews.example and on social media @RVTVNewsKE\n\n#RVTVNews #Kenya"

    def add(vid, title, when, desc, views, stars, exp):
        rows.append(_yt_entry(vid, chan, name, title, when, when.replace(minute=(when.minute + 7) % 60), desc, views, stars))
        items.append(exp(f"yt:video:{vid}"))

    w = d(2023, 7, 12, 14, 30, 5, 0)
    add("Kp3Xq8Vt0wA", "Kenya, Ethiopia sign pact on sharing the Omo basin's water | RVTV News", w,
        "Kenya and Ethiopia on Wednesday signed a framework agreement on the use of water from the Omo river basin, ending years of dispute over the dam cascade upstream and its effect on Lake Turkana.\n\n"
        "The agreement, signed in Addis Ababa by the two countries' water ministers, sets up a joint technical commission and commits Ethiopia to share data on releases from its reservoirs.\n\n"
        "\u201cFor the first time the people of Turkana have a seat at the table where their lake is discussed,\u201d said Dr Esther Lokwang, a hydrologist at Turkana University College.\n\n"
        "Reporting by Wambui Njoroge in Addis Ababa" + promo, 18422, 611,
        lambda k: it(k, "Kenya, Ethiopia sign pact on sharing the Omo basin's water", w, ["Wambui Njoroge"], quotes=[q("Esther Lokwang", "Turkana University College")],
                     junk=["Subscribe to our channel", "#RVTVNews", "Reporting by", "sub_confirmation"],
                     note="A YouTube upload whose description is a signed written report of three paragraphs opening with the news: per the product rule a story that carries a clip. The reporter is named only in the 'Reporting by' line; the channel author 'RVTV News Kenya' is not a person. Subscribe/follow lines and hashtags are junk. Title label '| RVTV News' may be kept or dropped. Kenya's own water diplomacy: relevant."))
    w = d(2023, 7, 12, 5, 58, 40, 0)
    add("Lv9Rb2Ys6nE", "LIVE: RVTV Daybreak | 12 July 2023", w,
        "Join us live for the morning news, weather and the papers." + promo, 3204, 88,
        lambda k: it(k, "RVTV Daybreak | 12 July 2023", w, [], story=False, rel=False,
                     note="A live stream: not a story. Title label 'LIVE:' may be kept or dropped."))
    w = d(2023, 7, 11, 19, 15, 0, 0)
    add("Qm4Hs7Tz1cU", "Haiti mission: Kenya ready to lead multinational force, says CS | RVTV News", w,
        "The Cabinet Secretary spoke to journalists after meeting the UN envoy." + promo, 25510, 702,
        lambda k: it(k, "Haiti mission: Kenya ready to lead multinational force, says CS", w, [], story=False, rel=False,
                     note="A news clip with a one-line description: no article text, not a story (the product posts articles, not clips). Title label '| RVTV News' may be kept or dropped."))
    w = d(2023, 7, 10, 16, 0, 12, 0)
    add("Zt5Wa9Ke3bM", "Matatu art goes digital 🎨 #shorts", w, "#shorts #Nairobi #matatuculture", 61043, 3190,
        lambda k: it(k, "Matatu art goes digital 🎨", w, [], story=False, rel=False, note="A YouTube Short: not a story. Title label '#shorts' may be kept or dropped."))
    w = d(2023, 7, 7, 20, 41, 3, 0)
    add("Ub1Ng6Jx8qR", "Maandamano: police and protesters clash in Nairobi CBD over Finance Act | RVTV News", w,
        "Police fired tear gas at protesters in Nairobi's central business district on Friday as opposition supporters marched against the new Finance Act and the rising cost of living.\n\n"
        "Businesses along Moi Avenue and Tom Mboya Street closed their doors by midday, and commuters walked home after matatu operators withdrew their vehicles.\n\n"
        "The opposition has called for weekly demonstrations until the tax measures, including the doubling of VAT on fuel to 16 per cent, are withdrawn.\n\n"
        "Interior ministry officials said 23 people had been arrested in the capital and in Kisumu." + promo, 40110, 980,
        lambda k: it(k, "Maandamano: police and protesters clash in Nairobi CBD over Finance Act", w, [], rel=False, junk=["Subscribe to our channel", "#RVTVNews"],
                     note="An unsigned written report of four paragraphs opening with the news: a story that carries a clip. Home politics: not relevant. Title label '| RVTV News' may be kept or dropped."))
    w = d(2023, 7, 11, 21, 30, 0, 0)
    add("Wc8Pe4Gy2dV", "Prime Time News | Full Bulletin | 11 July 2023", w, "Tonight's headlines in full." + promo, 9820, 190,
        lambda k: it(k, "Prime Time News | Full Bulletin | 11 July 2023", w, [], story=False, rel=False, note="A full news bulletin: not a story."))
    rows_items = sorted(zip(rows, items, strict=True), key=lambda r: r[1].published, reverse=True)
    rows, items = [r for r, _ in rows_items], [i for _, i in rows_items]
    text = _yt_doc(chan, name, d(2014, 3, 2, 9, 11, 40, 0), rows)
    return feed("en_ke_youtube_channel_rvtvnews_2023.atom.xml", text, items, lang="en", outlet="RVTV News Kenya", aliases=["RVTV News", "RVTV"],
                shape="atom", topic="mixed", ctype="text/xml; charset=UTF-8", declared="UTF-8",
                structure="YouTube channel Atom feed (youtube.com/feeds/videos.xml?channel_id=UC…) of a Nairobi TV news service, July 2023: the yt/media/Atom namespaces in YouTube's order, one-space indentation, self link first, 'yt:channel:<id>' feed id without the 'UC' prefix, channel author with uri, the channel's creation date as feed <published>, no trailing newline; entries with yt:video ids, yt:videoId, yt:channelId, the channel as author, +00:00 published/updated, media:group with media:title, the Flash-era media:content URL, hqdefault thumbnail, a plain-text media:description with blank-line paragraphs, the channel's subscribe/follow footer and hashtags, and media:community star rating and views; titles ending in ' | RVTV News'; two written reports (one signed 'Reporting by …'), a live stream, a one-line clip, a Short with an emoji and a full bulletin",
                notes="Only the entries whose description is itself a written report (three signed or four unsigned paragraphs opening with the news) are stories; the other uploads are clips. The channel name is not a person. Relevance for a Kenyan audience.")


# ---------------------------------------------------------------- YouTube channel of a Pakistani Urdu news channel, November 2022
def youtube_pk():
    chan, name = "UCa2Nw7Qe5Rt1Yu9Io3Pl6Kj", "آئینہ نیوز"
    rows, items = [], []
    promo = "\n\nآئینہ نیوز کو سبسکرائب کریں: https://www.youtube.com/channel/UCa2Nw7Qe5Rt1Yu9Io3Pl6Kj?sub_confirmation=1\nہماری ویب سائٹ: https://aainanews.example\n\n#AainaNews #Pakistan #UrduNews"

    def add(vid, title, when, desc, views, stars, exp):
        rows.append(_yt_entry(vid, chan, name, title, when, when.replace(second=(when.second + 31) % 60), desc, views, stars))
        items.append(exp(f"yt:video:{vid}"))

    w = d(2022, 11, 20, 9, 12, 0, 0)
    add("Rn6Ty1Ua4sE", "کوپ 27: نقصان اور تباہی فنڈ کے قیام پر اتفاق، پاکستان کی بڑی سفارتی کامیابی", w,
        "مصر کے شہر شرم الشیخ میں اقوام متحدہ کی موسمیاتی کانفرنس کوپ 27 میں موسمیاتی تبدیلی سے متاثرہ ممالک کے لیے نقصان اور تباہی فنڈ کے قیام پر اتفاق ہو گیا ہے۔\n\n"
        "ترقی پذیر ممالک کے گروپ کی سربراہی کرنے والے پاکستان نے اس فنڈ کے لیے مذاکرات میں مرکزی کردار ادا کیا۔ حالیہ سیلاب سے ملک کو تیس ارب ڈالر سے زیادہ کا نقصان ہوا تھا۔\n\n"
        "موسمیاتی امور کی ماہر ڈاکٹر نائلہ شیرازی نے کہا کہ ”فنڈ کا قیام پہلا قدم ہے، اصل امتحان یہ ہے کہ پیسہ کب اور کیسے آتا ہے۔“\n\n"
        "رپورٹ: ثمینہ اعوان، شرم الشیخ" + promo, 35210, 1204,
        lambda k: it(k, "کوپ 27: نقصان اور تباہی فنڈ کے قیام پر اتفاق، پاکستان کی بڑی سفارتی کامیابی", w, ["ثمینہ اعوان"], quotes=[q("نائلہ شیرازی")],
                     junk=["سبسکرائب", "#AainaNews", "رپورٹ:"],
                     note="A signed written report of three paragraphs in the description: a story that carries a clip. The reporter is named only in the closing line 'رپورٹ: Name، City' (the place is not part of the name). Pakistan's climate diplomacy: relevant."))
    w = d(2022, 11, 24, 15, 0, 3, 0)
    add("Hx2Lo8Ve5mQ", "🔴 LIVE | وزیر اعظم کا قوم سے خطاب", w, "براہ راست دیکھیں" + promo, 88120, 2333,
        lambda k: it(k, "وزیر اعظم کا قوم سے خطاب", w, [], story=False, rel=False, note="A live stream: not a story. Title label '🔴 LIVE |' may be kept or dropped."))
    w = d(2022, 11, 23, 17, 5, 0, 0)
    add("Jc7Ub3Wn0rF", "آج کی بات | مکمل پروگرام | 23 نومبر 2022", w, "آج کے پروگرام کے مہمان: سیاسی تجزیہ کار" + promo, 14502, 310,
        lambda k: it(k, "آج کی بات | مکمل پروگرام | 23 نومبر 2022", w, [], story=False, rel=False, note="A talk-show episode: not a story."))
    w = d(2022, 11, 22, 6, 40, 0, 0)
    add("Pe1Ki9Zs4tW", "لاہور میں اسموگ کی صورتحال #Shorts", w, "#Shorts #Lahore #Smog", 120440, 4021,
        lambda k: it(k, "لاہور میں اسموگ کی صورتحال", w, [], story=False, rel=False, note="A YouTube Short: not a story. Title label '#Shorts' may be kept or dropped."))
    w = d(2022, 11, 23, 12, 20, 0, 0)
    add("Mv3Rq6Xb8yH", "آرمی چیف کی تقرری: سمری وزیر اعظم ہاؤس کو موصول", w,
        "وزارت دفاع نے نئے آرمی چیف کی تقرری کے لیے سینئر ترین جرنیلوں کے ناموں پر مشتمل سمری وزیر اعظم ہاؤس کو بھجوا دی ہے۔\n\n"
        "سرکاری ذرائع کے مطابق سمری میں چھ لیفٹیننٹ جنرلز کے نام شامل ہیں اور وزیر اعظم آئندہ دو روز میں فیصلہ کریں گے۔\n\n"
        "موجودہ آرمی چیف کی مدت ملازمت 29 نومبر کو ختم ہو رہی ہے۔\n\n"
        "اپوزیشن نے تقرری کے عمل پر تحفظات کا اظہار کیا ہے۔" + promo, 56002, 1420,
        lambda k: it(k, "آرمی چیف کی تقرری: سمری وزیر اعظم ہاؤس کو موصول", w, [], rel=False, junk=["سبسکرائب", "#AainaNews"],
                     note="An unsigned written report of four paragraphs: a story that carries a clip. Home politics: not relevant."))
    w = d(2022, 11, 21, 8, 30, 0, 0)
    add("Ta5Gd2Nc7pL", "ویڈیو: قطر میں فٹبال ورلڈ کپ کا رنگا رنگ آغاز", w, "افتتاحی تقریب کی جھلکیاں" + promo, 23011, 650,
        lambda k: it(k, "قطر میں فٹبال ورلڈ کپ کا رنگا رنگ آغاز", w, [], story=False, rel=False, note="A clip: not a story. Title label 'ویڈیو:' may be kept or dropped."))
    rows_items = sorted(zip(rows, items, strict=True), key=lambda r: r[1].published, reverse=True)
    rows, items = [r for r, _ in rows_items], [i for _, i in rows_items]
    text = _yt_doc(chan, name, d(2016, 8, 14, 5, 2, 19, 0), rows)
    return feed("ur_pk_youtube_channel_aainanews_2022.atom.xml", text, items, lang="ur", outlet="آئینہ نیوز", aliases=["Aaina News"],
                shape="atom", topic="mixed", ctype="text/xml; charset=UTF-8", declared="UTF-8",
                structure="YouTube channel Atom feed of a Pakistani Urdu TV news channel, November 2022: the same YouTube structure (yt:videoId, media:group, media:community, channel as author, +00:00 dates, Pakistan +0500) with Urdu titles and descriptions, an emoji live marker '🔴 LIVE |', '#Shorts', a talk-show episode, a clip labelled 'ویڈیو:', an Urdu subscribe footer with English hashtags, a signed report ending 'رپورٹ: Name، City' and an unsigned four-paragraph report",
                notes="Only the two entries whose description is a written report are stories. Relevance for a Pakistani audience.")


# ---------------------------------------------------------------- Reddit community Atom feed, February 2022
def reddit():
    sub = "worldaffairsdesk"
    rows, items = [], []

    def add(tid, slug, title, when, user, link, html_self, thumb, exp):
        comments = f"https://www.reddit.com/r/{sub}/comments/{tid}/{slug}/"
        img = f'<a href="{comments}"> <img src="{thumb}" alt="{esc(title)}" title="{esc(title)}" /> </a>' if thumb else ""
        body = (f'<table> <tr><td> {img} </td><td> ' if thumb else "") + (html_self or "")
        body += (f' &#32; submitted by &#32; <a href="https://www.reddit.com/user/{user}"> /u/{user} </a> <br/> <span><a href="{link or comments}">[link]</a></span>'
                 f' &#32; <span><a href="{comments}">[comments]</a></span>')
        body += " </td></tr></table>" if thumb else ""
        th = f'<media:thumbnail url="{thumb}" />' if thumb else ""
        rows.append(f'<entry><author><name>/u/{user}</name><uri>https://www.reddit.com/user/{user}</uri></author><category term="{sub}" label="r/{sub}"/>'
                    f'<content type="html">{esc(body)}</content><id>t3_{tid}</id>{th}<link href="{comments}" /><updated>{isoz(when)}</updated>'
                    f"<published>{isoz(when)}</published><title>{esc(title)}</title></entry>")
        items.append(exp(f"t3_{tid}"))

    base_junk = ["submitted by", "/u/", "[link]", "[comments]", "&#32;"]
    w = d(2022, 2, 21, 19, 58, 31, 0)
    add("swq8k1", "russia_recognises_independence_of_donetsk_and", "Russia recognises independence of Donetsk and Luhansk, orders troops into both regions", w,
        "baltic_lighthouse", "https://www.balticherald.example/world/2022/02/21/russia-recognises-donetsk-luhansk", None,
        "https://b.thumbs.redditmedia.example/Xk2pQ9rT4vN1mB7a.jpg",
        lambda k: it(k, "Russia recognises independence of Donetsk and Luhansk, orders troops into both regions", w, [], junk=[*base_junk, "baltic_lighthouse"], outlet="balticherald.example",
                     note="A link post: headline only, the outlet is the linked site (its host, as nothing names it), via the community. The submitter is not an author. Relevant."))
    w = d(2022, 2, 22, 14, 2, 10, 0)
    add("sxd3m7", "germany_halts_certification_of_nord_stream_2", "Germany halts certification of Nord Stream 2 pipeline", w,
        "ostsee_reader", "https://rhineledger.example/politics/nord-stream-2-certification-halted-2022-02-22", None,
        "https://b.thumbs.redditmedia.example/Pq7Lm2Xn9sR4tV1c.jpg",
        lambda k: it(k, "Germany halts certification of Nord Stream 2 pipeline", w, [], junk=[*base_junk, "ostsee_reader"], outlet="rhineledger.example",
                     note="Link post: the outlet is the linked host. Relevant."))
    w = d(2022, 2, 22, 6, 0, 2, 0)
    add("swz1a0", "megathread_russiaukraine_crisis_february_22", "Megathread: Russia–Ukraine crisis, 22 February (updates, sources, no memes)", w,
        "worldaffairsdesk-mod", None,
        '<!-- SC_OFF --><div class="md"><p>Please keep all updates on the crisis in this thread. Link to reputable sources. Top-level comments must contain a source.</p><ul><li>06:00 UTC: thread opened</li></ul></div><!-- SC_ON -->',
        None,
        lambda k: it(k, "Megathread: Russia–Ukraine crisis, 22 February (updates, sources, no memes)", w, [], story=False, rel=False, junk=base_junk,
                     note="A moderators' self post (a discussion thread): not a story. Self posts stay the community's."))
    w = d(2022, 2, 20, 20, 10, 44, 0)
    add("sw1q6n", "beijing_winter_olympics_close_with_norway_top", "Beijing Winter Olympics close with Norway top of the medal table", w,
        "fjell_og_fjord", "https://www.nordicsportsdaily.example/olympics/beijing-2022-closing-ceremony-medal-table", None,
        "https://b.thumbs.redditmedia.example/Nb5Vc8Xz1Qa3Ws6e.jpg",
        lambda k: it(k, "Beijing Winter Olympics close with Norway top of the medal table", w, [], rel=False, junk=[*base_junk, "fjell_og_fjord"], outlet="nordicsportsdaily.example",
                     note="A sport link post: a story, not relevant."))
    w = d(2022, 2, 19, 11, 25, 9, 0)
    add("svf0t2", "analysis_why_kazakhstans_january_unrest_still", "Analysis: Why Kazakhstan's January unrest still matters for Moscow and Beijing", w,
        "steppe_notes", "https://steppestudies.example/commentary/kazakhstan-january-unrest-moscow-beijing", None,
        None,
        lambda k: it(k, "Analysis: Why Kazakhstan's January unrest still matters for Moscow and Beijing", w, [], junk=[*base_junk, "steppe_notes"], outlet="steppestudies.example",
                     note="A link post without a thumbnail (no table around the 'submitted by' line). Relevant. Title label 'Analysis:' may be kept or dropped."))
    w = d(2022, 2, 18, 15, 0, 0, 0)
    add("sumb8c", "weekly_discussion_what_books_would_you_recommend", "Weekly discussion: what books would you recommend on post-Soviet politics?", w,
        "worldaffairsdesk-mod", None,
        '<!-- SC_OFF --><div class="md"><p>Share your recommendations below. One book per comment, with a sentence on why.</p></div><!-- SC_ON -->',
        None,
        lambda k: it(k, "Weekly discussion: what books would you recommend on post-Soviet politics?", w, [], story=False, rel=False, junk=base_junk,
                     note="A discussion self post: not a story."))
    rows_items = sorted(zip(rows, items, strict=True), key=lambda r: r[1].published, reverse=True)
    rows, items = [r for r, _ in rows_items], [i for _, i in rows_items]
    text = ('<?xml version="1.0" encoding="UTF-8"?><feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/">'
            f'<category term="{sub}" label="r/{sub}"/><updated>{isoz(d(2022, 2, 22, 14, 40, 51, 0))}</updated><icon>https://www.redditstatic.com/icon.png/</icon>'
            f'<id>/r/{sub}/.rss</id><link rel="self" href="https://www.reddit.com/r/{sub}/.rss" type="application/atom+xml" />'
            f'<link rel="alternate" href="https://www.reddit.com/r/{sub}/" type="text/html" /><subtitle>News and analysis on international relations. Sources required.</subtitle><title>World Affairs Desk</title>'
            + "".join(rows) + "</feed>")
    return feed("en_reddit_worldaffairsdesk_atom_2022.atom.xml", text, items, lang="en", outlet="r/worldaffairsdesk", aliases=["World Affairs Desk", "worldaffairsdesk", "Reddit"],
                shape="atom", topic="aggregator", ctype="application/atom+xml; charset=UTF-8", declared="UTF-8",
                structure="Reddit community Atom feed (reddit.com/r/<name>/.rss), February 2022: one line, feed <category term label='r/…'> before <updated>, the redditstatic icon, '/r/<name>/.rss' feed id, self and alternate links, subtitle, the community's display title LAST in the head; entries ordered newest first (the 'new' listing), each starting with <author> '/u/<name>' and uri, a category, escaped HTML content — for link posts a table with the thumbnail and ' &#32; submitted by &#32; /u/… <br/> [link] &#32; [comments]', for a link post without thumbnail the bare line, for self posts the '<!-- SC_OFF --><div class=\"md\">…</div><!-- SC_ON -->' body — 't3_<id>' ids, media:thumbnail, the comments page as <link> (the shared article only inside the [link] anchor), identical updated/published, title last",
                notes="Link posts name the linked site as outlet (their host: no feed of theirs names them), via the community; self posts (a megathread, a weekly discussion) are the community's and are not stories. Usernames are submitters, never authors.")


FEEDS = [youtube_ke, youtube_pk, reddit]
