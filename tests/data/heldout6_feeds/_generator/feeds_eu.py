# ruff: noqa: E501  (feed text is data: long lines are the content)
"""German, Italian and Portuguese feeds of the sixth held-out set: a German news TV channel's
politics feed, a Berlin daily's foreign desk, a public radio news feed, an Italian news agency,
an Italian daily's WordPress feed, a Portuguese public broadcaster and a Brasília politics site.
All outlets, people and quotations are invented."""
from lib import dt
from mk import NS_ATOM, NS_CONTENT, NS_DC, NS_MEDIA, cdata, esc, feed, it, q, rfc822, rss


def d(day, h, mi, s=0, off=1.0):
    return dt(2026, 12, day, h, mi, s, off)


# ---------------------------------------------------------------- n-tv-style news channel
def ntw():
    """n-tv.de-style politics RSS: 'ntw.de - Politik', '-article<id>.html' links as guids,
    escaped description '<img src=… border="0" /> Teaser', enclosure image, +0100 dates,
    a Liveticker item, a video and a domestic item."""
    rows, items = [], []

    def add(slug, aid, title, when, teaser, exp, cat="Politik"):
        url = f"https://www.ntw.de/{cat.lower()}/{slug}-article{aid}.html"
        img = f"https://bilder1.ntw.de/img/incoming/crop{aid}/{aid % 9000 + 1000}-cImg_16_9-w680/Bild.jpg"
        rows.append(
            "<item>\n"
            f"<title>{esc(title)}</title>\n"
            f"<link>{url}</link>\n"
            f"<description>{esc(f'<img src={chr(34)}{img}{chr(34)} border={chr(34)}0{chr(34)} /> {teaser}')}</description>\n"
            f"<pubDate>{rfc822(when)}</pubDate>\n"
            f"<guid>{url}</guid>\n"
            f"<category>{cat}</category>\n"
            f'<enclosure url="{img}" type="image/jpeg" length="0"/>\n'
            "</item>")
        items.append(exp(url))

    w = d(3, 18, 21, 0)
    t = "Nach Drohnenangriff auf Tanker: Türkei bestellt russischen Botschafter ein"
    add("Tuerkei-bestellt-russischen-Botschafter-ein", 26281455, t, w,
        "Ein Tanker unter türkischer Flagge wird vor der Küste von Noworossijsk von einer Drohne getroffen. Ankara macht Moskau verantwortlich und zitiert den Botschafter ins Außenministerium. „Die Sicherheit der Schifffahrt im Schwarzen Meer ist nicht verhandelbar“, sagt Außenamtssprecher Oktay Erdem.",
        lambda k: it(k, t, w, [], quotes=[q("Oktay Erdem", "Außenamtssprecher")]))
    w = d(3, 17, 2, 0)
    t = "Der Krieg im Überblick: Kiew meldet Angriff auf Raffinerie bei Samara, Paris sagt Luftabwehr zu"
    add("Kiew-meldet-Angriff-auf-Raffinerie-bei-Samara", 26281302, t, w,
        "Die ukrainische Armee greift nach eigenen Angaben eine Ölraffinerie im russischen Gebiet Samara an. In Paris verhandelt der ukrainische Präsident über weitere Luftabwehrsysteme. Der 1379. Kriegstag im Überblick.",
        lambda k: it(k, t, w, [], story=False,
                     note="Daily war round-up of the live ticker ('im Überblick'); a digest, not one story. Counted as a non-story; a summary of it is still foreign affairs."))
    w = d(3, 15, 44, 0)
    t = "Bundestag beschließt Rentenpaket - Union-Abweichler bleiben in der Minderheit"
    add("Bundestag-beschliesst-Rentenpaket", 26281177, t, w,
        "Nach wochenlangem Streit stimmt der Bundestag dem Rentenpaket der Koalition zu. Nur eine Handvoll Abgeordnete der Union votiert dagegen.",
        lambda k: it(k, t, w, [], rel=False))
    w = d(3, 14, 10, 0)
    t = "Wahl in Honduras: Auszählung stockt, beide Lager erklären sich zum Sieger"
    add("Auszaehlung-in-Honduras-stockt", 26281040, t, w,
        "Drei Tage nach der Präsidentenwahl in Honduras ist noch immer kein Ergebnis in Sicht. Die Wahlbehörde spricht von technischen Problemen, die Opposition von Betrug",
        lambda k: it(k, t, w, [], note="Teaser without final stop."))
    w = d(3, 12, 55, 0)
    t = "Wie Washington die Nato-Partner unter Druck setzt"
    add("Wie-Washington-die-Nato-Partner-unter-Druck-setzt", 26280911, t, w,
        "Beim Nato-Außenministertreffen in Brüssel geht es vor allem um Geld. Washington verlangt von den Europäern mehr als fünf Prozent. ntw-Korrespondentin Katrin Albers ordnet ein.",
        lambda k: it(k, t, w, [], story=False, note="Video (correspondent explains)."), cat="Mediathek")
    w = d(3, 11, 30, 0)
    t = "Israel und Syrien verhandeln über Sicherheitsabkommen"
    add("Israel-und-Syrien-verhandeln-ueber-Sicherheitsabkommen", 26280830, t, w,
        "Erstmals seit Jahrzehnten sprechen Vertreter Israels und Syriens direkt miteinander. Bei Gesprächen in Baku geht es um eine entmilitarisierte Zone im Süden Syriens.",
        lambda k: it(k, t, w, []))
    w = d(3, 9, 5, 0)
    t = "\"Nicht mehr tragbar\": Grünen-Chefin fordert Rücktritt von Verkehrsminister"
    add("Gruenen-Chefin-fordert-Ruecktritt-von-Verkehrsminister", 26280702, t, w,
        "Nach dem Debakel um die Bahn-Milliarden wächst der Druck auf den Verkehrsminister. Die Grünen-Vorsitzende Jana Krüger sagt: \"Er hat jedes Vertrauen verspielt.\"",
        lambda k: it(k, t, w, [], rel=False, quotes=[q("Jana Krüger", "Grünen")]))

    channel = (
        "<title>ntw.de - Politik</title>\n<link>https://www.ntw.de/politik/</link>\n"
        "<description>Nachrichten aus der Politik</description>\n<language>de-DE</language>\n"
        "<copyright>ntw Nachrichtenfernsehen GmbH</copyright>\n"
        f"<lastBuildDate>{rfc822(d(3, 18, 25))}</lastBuildDate>\n"
        "<image><url>https://www.ntw.de/resources/logo-rss.png</url><title>ntw.de - Politik</title><link>https://www.ntw.de/politik/</link></image>")
    text = rss(channel, rows, ns=NS_ATOM)
    return feed("de_ntw_politik.rss.xml", text, items, lang="de", outlet="ntw.de",
                aliases=["ntw"],
                structure="n-tv.de-style section RSS (n-tv.de/politik/rss): channel 'site.de - Politik', '/politik/Slug-article<id>.html' links repeated as guids, escaped description '<img src=… border=\"0\" /> Teaser' (a space after the image), enclosure image length 0, no authors, German „…“ and straight double quotes, a standing war round-up ('Der Krieg im Überblick'), a '/mediathek/' video with the correspondent named in the teaser, two German domestic items, +0100 dates, GmbH copyright",
                notes="A politics feed: German domestic politics is not foreign affairs.")


# ---------------------------------------------------------------- WELT-style Berlin daily
def warte():
    """WELT-style foreign-desk RSS: 'DIE WARTE - Ausland', non-permalink 'article<id>' guids,
    plain teasers, dc:creator names or 'DIE WARTE', media:content with media:description caption
    and media:credit 'picture alliance/…', 'WARTEplus' marker in categories, GMT dates."""
    rows, items = [], []

    def add(slug, aid, title, when, creator, teaser, caption, credit, exp, cats=("Ausland",), path="politik/ausland"):
        url = f"https://www.diewarte.de/{path}/article{aid}/{slug}.html"
        rows.append(
            "<item>"
            f"<title>{esc(title)}</title>"
            f"<link>{url}</link>"
            f'<guid isPermaLink="false">article{aid}</guid>'
            f"<description>{esc(teaser)}</description>"
            f"<pubDate>{rfc822(when.astimezone(dt(2026, 1, 1).tzinfo), gmt=True)}</pubDate>"
            + "".join(f"<category>{c}</category>" for c in cats)
            + (f"<dc:creator>{esc(creator)}</dc:creator>" if creator else "")
            + f'<media:content url="https://img.diewarte.de/img/{aid}/16x9/1200.jpg" type="image/jpeg" medium="image">'
            f"<media:description>{esc(caption)}</media:description><media:credit>{esc(credit)}</media:credit></media:content>"
            "</item>")
        items.append(exp(f"article{aid}"))

    w = d(3, 19, 12, 40)
    t = "„Wir werden nicht zurückweichen“ – Taiwans Außenminister warnt Peking vor Blockade"
    add("Taiwans-Aussenminister-warnt-Peking-vor-Blockade", 259112846, t, w, "Johannes Wendt",
        "Nach dem größten chinesischen Manöver seit zwei Jahren gibt sich Taipeh kämpferisch. „Wir werden nicht zurückweichen“, sagt Außenminister Tsai Ming-hsien im Gespräch mit WARTE. Die USA schicken zwei Zerstörer in die Region.",
        "Tsai Ming-hsien bei einer Pressekonferenz in Taipeh", "picture alliance/AP/Huang Wen-li",
        lambda k: it(k, "„Wir werden nicht zurückweichen“ – Taiwans Außenminister warnt Peking vor Blockade", w, ["Johannes Wendt"],
                     quotes=[q("Tsai Ming-hsien", "Außenminister")]))
    w = d(3, 17, 30, 0)
    t = "Frankreichs Regierung übersteht Misstrauensvotum knapp"
    add("Frankreichs-Regierung-uebersteht-Misstrauensvotum-knapp", 259112731, t, w, "Martina Kessler",
        "Mit nur neun Stimmen Vorsprung übersteht Premier Arnaud Lécuyer das Misstrauensvotum in der Nationalversammlung. Die Sozialisten enthalten sich.",
        "Arnaud Lécuyer in der Nationalversammlung", "picture alliance/abaca/Lemaire Yannick",
        lambda k: it(k, t, w, ["Martina Kessler"]))
    w = d(3, 15, 5, 0)
    t = "Warum Polen plötzlich auf Deutschland setzt"
    add("Warum-Polen-ploetzlich-auf-Deutschland-setzt", 259112604, t, w, "Philipp Fendler und Gerhard Wawrzyniak",
        "Jahrelang galt Berlin in Warschau als Problem. Jetzt sucht die polnische Regierung die Nähe – aus Angst vor einem amerikanischen Rückzug",
        "Grenzübergang bei Frankfurt (Oder)", "picture alliance/dpa/Patrick Sommer",
        lambda k: it(k, t, w, ["Philipp Fendler", "Gerhard Wawrzyniak"]), cats=("Ausland", "WARTEplus"))
    w = d(3, 13, 48, 0)
    t = "Video: Hier stürzt in Kolumbien eine Hängebrücke ein"
    add("Hier-stuerzt-in-Kolumbien-eine-Haengebruecke-ein", 259112511, t, w, "",
        "Im Norden Kolumbiens ist eine Hängebrücke unter einem Lastwagen zusammengebrochen. Ein Anwohner filmte den Moment.",
        "Standbild aus dem Video", "DIE WARTE",
        lambda k: it(k, "Hier stürzt in Kolumbien eine Hängebrücke ein", w, [], story=False, rel=False,
                     note="Video. Title label 'Video:' may be kept or dropped"), cats=("Videos",), path="vermischtes/video")
    w = d(3, 11, 20, 0)
    t = "Iran lässt inhaftierten Deutsch-Iraner frei"
    add("Iran-laesst-inhaftierten-Deutsch-Iraner-frei", 259112380, t, w, "DIE WARTE",
        "Nach mehr als drei Jahren in Haft ist der Deutsch-Iraner Farhad Saberi frei. Das Auswärtige Amt bestätigte seine Ankunft in Berlin. Saberi war in Teheran wegen angeblicher Spionage verurteilt worden.",
        "Das Evin-Gefängnis in Teheran", "picture alliance/AA/Fatemeh Rostami",
        lambda k: it(k, t, w, [], note="dc:creator 'DIE WARTE' is the outlet."))
    w = d(3, 9, 2, 0)
    t = "Bayern-Star fällt wochenlang aus"
    add("Bayern-Star-faellt-wochenlang-aus", 259112233, t, w, "",
        "Der FC Bayern muss bis Ende Januar auf seinen Mittelfeldspieler verzichten. Er zog sich im Training einen Muskelbündelriss zu.",
        "Training an der Säbener Straße", "picture alliance/Sven Simon",
        lambda k: it(k, t, w, [], rel=False), cats=("Sport",), path="sport/fussball")
    w = d(3, 7, 45, 0)
    t = "Ausland kompakt: Die wichtigsten Nachrichten des Morgens"
    add("Ausland-kompakt-Die-wichtigsten-Nachrichten-des-Morgens", 259112101, t, w, "DIE WARTE",
        "Chile bereitet den Machtwechsel vor, in Georgien gehen die Proteste weiter, und im Sudan warnt die UN vor einer Hungersnot. Der Überblick.",
        "Symbolbild", "DIE WARTE",
        lambda k: it(k, t, w, [], story=False, note="Morning news round-up (newsletter-style digest)."))

    channel = (
        "<title>DIE WARTE - Ausland</title><link>https://www.diewarte.de/politik/ausland/</link>"
        "<description>Aktuelle Nachrichten aus dem Ausland - DIE WARTE</description><language>de-DE</language>"
        "<copyright>© Axelburg SE. Alle Rechte vorbehalten</copyright>"
        f"<lastBuildDate>{rfc822(dt(2026, 12, 3, 18, 15), gmt=True)}</lastBuildDate>")
    text = rss(channel, rows, ns=NS_DC + NS_MEDIA, sep="")
    return feed("de_diewarte_ausland.rss.xml", text, items, lang="de", outlet="DIE WARTE",
                aliases=["WARTE", "Die Warte"],
                structure="WELT-style section RSS (welt.de/feeds/section/politik/ausland.rss): single line, channel 'DIE X - Ausland', non-permalink 'article<id>' guids, plain teasers (one without final stop), dc:creator 'Name', 'A und B' or the outlet, media:content with media:description caption and media:credit 'picture alliance/Agentur/Name', 'WARTEplus' paywall category, a 'Video:' clip, a football item, a morning round-up, GMT dates, 'SE' copyright",
                notes="The picture credits name photographers, not authors.")


# ---------------------------------------------------------------- Deutschlandfunk-style radio
def funkhaus():
    """Deutschlandfunk-style news RSS: 'Funkhaus Nord - Nachrichten', '-100.html' links as
    guids, plain descriptions, no authors, an audio interview with an mp3 enclosure, a press
    review, +0100 dates."""
    rows, items = [], []

    def add(slug, title, when, desc, exp, audio=None):
        url = f"https://www.funkhausnord.de/{slug}-100.html"
        rows.append(
            "<item>\n"
            f"<title>{esc(title)}</title>\n"
            f"<link>{url}</link>\n"
            f"<description>{esc(desc)}</description>\n"
            f"<pubDate>{rfc822(when)}</pubDate>\n"
            f"<guid>{url}</guid>\n"
            + (f'<enclosure url="https://download.funkhausnord.de/file/fhn/2026/12/03/{audio}.mp3" length="6624117" type="audio/mpeg"/>\n' if audio else "")
            + "</item>")
        items.append(exp(url))

    w = d(3, 18, 5, 0)
    t = "UNO-Sicherheitsrat verlängert Mandat für Friedenstruppe im Südsudan"
    add("uno-sicherheitsrat-verlaengert-mandat-fuer-friedenstruppe-im-suedsudan", t, w,
        "Der UNO-Sicherheitsrat hat das Mandat der Friedenstruppe im Südsudan um ein Jahr verlängert. Russland und China enthielten sich. Die Mission soll vor allem Zivilisten schützen und die Wahlen im kommenden Jahr absichern.",
        lambda k: it(k, t, w, []))
    w = d(3, 17, 35, 0)
    t = "Interview: Außenpolitiker Reinhold Baasch (SPD) zur Lage in Georgien"
    add("interview-aussenpolitiker-reinhold-baasch-spd-zur-lage-in-georgien", t, w,
        "Der SPD-Außenpolitiker Reinhold Baasch fordert Sanktionen gegen die georgische Regierung. Das Gespräch führte Anne Rathgeb.",
        lambda k: it(k, t, w, [], story=False, note="Audio interview (radio programme segment)."), audio="fhn_20261203_1735_9f2a1c")
    w = d(3, 16, 0, 0)
    t = "Armenien und Aserbaidschan eröffnen gemeinsamen Grenzübergang"
    add("armenien-und-aserbaidschan-eroeffnen-gemeinsamen-grenzuebergang", t, w,
        "Armenien und Aserbaidschan haben erstmals einen gemeinsamen Grenzübergang eröffnet. Der armenische Vize-Außenminister Vahan Petrosyan sprach von einem „historischen Tag für den Südkaukasus“. Der Übergang liegt bei Margara.",
        lambda k: it(k, t, w, [], quotes=[q("Vahan Petrosyan", "armenische Vize-Außenminister")]))
    w = d(3, 12, 50, 0)
    t = "Die internationale Presseschau"
    add("die-internationale-presseschau-1250", t, w,
        "Mit Stimmen zum Nato-Treffen in Brüssel und zur Regierungskrise in Frankreich.",
        lambda k: it(k, t, w, [], story=False, note="Press review (quotes foreign newspapers' editorials); not one story."))
    w = d(3, 11, 15, 0)
    t = "Handball-WM der Frauen: Deutschland gewinnt Auftaktspiel gegen Island"
    add("handball-wm-der-frauen-deutschland-gewinnt-auftaktspiel-gegen-island", t, w,
        "Die deutschen Handballerinnen sind mit einem Sieg in die Weltmeisterschaft gestartet. In Dortmund setzte sich das Team gegen Island mit 32:25 durch.",
        lambda k: it(k, t, w, [], rel=False))
    w = d(3, 9, 40, 0)
    t = "Bolivien: Neue Regierung nimmt diplomatische Beziehungen zu Israel wieder auf"
    add("bolivien-neue-regierung-nimmt-diplomatische-beziehungen-zu-israel-wieder-auf", t, w,
        "Bolivien nimmt die diplomatischen Beziehungen zu Israel wieder auf. Das teilte das Außenministerium in La Paz mit. Die Vorgängerregierung hatte die Beziehungen 2023 wegen des Gaza-Kriegs abgebrochen.",
        lambda k: it(k, t, w, [], note="Country kicker 'Bolivien:' is part of the headline."))

    channel = (
        "<title>Funkhaus Nord - Nachrichten</title>\n<link>https://www.funkhausnord.de/nachrichten-100.html</link>\n"
        "<description>Die Nachrichten von Funkhaus Nord</description>\n<language>de</language>\n"
        "<copyright>Funkhaus Nord Körperschaft des öffentlichen Rechts</copyright>\n"
        f"<lastBuildDate>{rfc822(d(3, 18, 10))}</lastBuildDate>\n"
        "<image><url>https://www.funkhausnord.de/static/img/fhn_logo_rss.png</url><title>Funkhaus Nord</title><link>https://www.funkhausnord.de</link></image>")
    text = rss(channel, rows)
    return feed("de_funkhausnord_nachrichten.rss.xml", text, items, lang="de", outlet="Funkhaus Nord",
                structure="Deutschlandfunk-style news RSS (deutschlandfunk.de/nachrichten-100.rss): channel 'Outlet - Nachrichten', '-100.html' links repeated as guids, plain agency-style descriptions without authors, an audio interview with an mp3 enclosure and 'Das Gespräch führte Name.' credit, 'Die internationale Presseschau', a handball item, +0100 dates, public-law corporation in <copyright>",
                notes="The interviewer in the audio item is a presenter credit on a non-story.")


# ---------------------------------------------------------------- Adnkronos-style agency
def dolomiti():
    """Adnkronos-style agency RSS: 'Agenzia Dolomiti - Esteri', CDATA descriptions opening with
    '(Dolomiti) - ', no authors, links as guids, Italian-language items with English day names,
    a video and a sport item."""
    rows, items = [], []

    def add(slug, title, when, desc, exp, sect="esteri"):
        url = f"https://www.agenziadolomiti.it/{sect}/{slug}_{when.strftime('%H%M')}{when.day:02d}.html"
        rows.append(
            "<item>"
            f"<title>{cdata(title)}</title>"
            f"<link>{url}</link>"
            f"<description>{cdata(desc)}</description>"
            f"<pubDate>{rfc822(when)}</pubDate>"
            f"<guid>{url}</guid>"
            "</item>")
        items.append(exp(url))

    w = d(3, 18, 40, 12)
    t = "Ucraina, Kiev: \"Mosca ha lanciato 140 droni nella notte\""
    add("ucraina-kiev-mosca-140-droni-notte", t, w,
        "(Dolomiti) - La Russia ha lanciato 140 droni e quattro missili contro l'Ucraina nella notte. Lo ha riferito l'aeronautica militare ucraina, secondo cui 118 droni sono stati abbattuti. \"Gli attacchi hanno colpito soprattutto la rete elettrica nelle regioni di Sumy e Poltava\", ha detto il portavoce Yurii Kovalenko.",
        lambda k: it(k, t, w, [], junk=["(Dolomiti) -"], quotes=[q("Yurii Kovalenko", "aeronautica militare ucraina")]))
    w = d(3, 17, 5, 33)
    t = "Medio Oriente, il ministro degli Esteri: \"Pronti a inviare carabinieri a Gaza per addestrare polizia palestinese\""
    add("medio-oriente-ministro-esteri-carabinieri-gaza", t, w,
        "(Dolomiti) - \"L'Italia è pronta a inviare carabinieri per addestrare la futura polizia palestinese\". Così il ministro degli Esteri a margine della riunione Nato di Bruxelles, dove ha incontrato l'omologo giordano.",
        lambda k: it(k, t, w, [], junk=["(Dolomiti) -"]))
    w = d(3, 15, 22, 0)
    t = "Usa, neve e gelo nel Midwest: il video della tempesta a Chicago"
    add("usa-neve-gelo-midwest-video-chicago", t, w,
        "(Dolomiti) - Una tempesta di neve ha paralizzato Chicago, con oltre mille voli cancellati negli aeroporti O'Hare e Midway. Le immagini.",
        lambda k: it(k, "Usa, neve e gelo nel Midwest: il video della tempesta a Chicago", w, [], story=False, rel=False,
                     note="Video."), sect="video/esteri")
    w = d(3, 14, 1, 50)
    t = "Venezuela, liberati due cooperanti italiani"
    add("venezuela-liberati-due-cooperanti-italiani", t, w,
        "(Dolomiti) - Sono stati liberati i due cooperanti italiani detenuti in Venezuela da settembre. Lo ha annunciato la Farnesina, che ha ringraziato le autorità di Caracas e la Santa Sede per la collaborazione. I due, Marco Rinaldi e Silvia Perotti, rientreranno in Italia nelle prossime ore.",
        lambda k: it(k, t, w, [], junk=["(Dolomiti) -"]))
    w = d(3, 12, 30, 0)
    t = "Champions, Inter-Benfica 2-1: nerazzurri agli ottavi"
    add("champions-inter-benfica-2-1-ottavi", t, w,
        "(Dolomiti) - L'Inter batte il Benfica 2-1 a San Siro e si qualifica per gli ottavi di finale di Champions League.",
        lambda k: it(k, t, w, [], rel=False, junk=["(Dolomiti) -"]), sect="sport")
    w = d(3, 10, 48, 7)
    t = "Ue, via libera al dodicesimo pacchetto di aiuti militari all'Ucraina"
    add("ue-via-libera-dodicesimo-pacchetto-aiuti-militari-ucraina", t, w,
        "(Dolomiti) - Via libera degli ambasciatori dei Ventisette al dodicesimo pacchetto di aiuti militari all'Ucraina, del valore di 5 miliardi di euro. L'Ungheria si è astenuta. \"È un segnale di unità\", ha commentato l'Alto rappresentante Ue per la politica estera.",
        lambda k: it(k, t, w, [], junk=["(Dolomiti) -"]))
    w = d(3, 8, 15, 0)
    t = "Giappone, terremoto di magnitudo 6.2 al largo di Hokkaido: nessun allarme tsunami"
    add("giappone-terremoto-magnitudo-hokkaido", t, w,
        "(Dolomiti) - Un terremoto di magnitudo 6.2 ha colpito al largo dell'isola giapponese di Hokkaido. Non è stato diramato alcun allarme tsunami e non si segnalano danni.",
        lambda k: it(k, t, w, [], junk=["(Dolomiti) -"], rel=False))

    channel = (
        "<title>Agenzia Dolomiti - Esteri</title><link>https://www.agenziadolomiti.it/esteri/</link>"
        "<description>Le notizie dal mondo dell'Agenzia Dolomiti</description><language>it-it</language>"
        "<copyright>Copyright © Agenzia Dolomiti S.p.A. - P.IVA 01234560221</copyright>"
        f"<lastBuildDate>{rfc822(d(3, 18, 45))}</lastBuildDate>")
    text = rss(channel, rows, sep="")
    return feed("it_agenziadolomiti_esteri.rss.xml", text, items, lang="it", outlet="Agenzia Dolomiti",
                aliases=["Dolomiti"],
                structure="Adnkronos-style agency RSS (adnkronos.com/rss/esteri): single line, channel 'Agenzia X - Esteri', CDATA titles 'Luogo, …' with straight-quoted statements and CDATA plain descriptions opening '(Agency) - ', links with '_HHMMDD.html' suffixes repeated as guids, no authors, a video, a Champions League item and a quake brief, +0100 dates, 'S.p.A. - P.IVA' copyright",
                notes="The minister quoted in the Gaza item is identified by office in the text, not by name (the title's name belongs to the headline); no quote expectation there.")


# ---------------------------------------------------------------- Il Fatto-style WordPress daily
def cronista():
    """Il Fatto Quotidiano-style WordPress RSS: CDATA dc:creator ('F. Q.', 'Redazione Esteri',
    names), '?p=' guids, CDATA descriptions '… [&#8230;]' and the trailer 'L'articolo … proviene
    da …', +0000 dates."""
    rows, items = [], []

    def add(slug, pid, title, when, creator, cats, desc, exp):
        url = f"https://www.ilcronistaquotidiano.it/2026/12/{when.day:02d}/{slug}/{pid}/"
        trailer = f'L&#8217;articolo <a href="{url}">{title}</a> proviene da <a href="https://www.ilcronistaquotidiano.it">Il Cronista Quotidiano</a>.'
        rows.append(
            "\t<item>\n"
            f"\t\t<title>{title}</title>\n"
            f"\t\t<link>{url}</link>\n"
            f"\t\t<dc:creator><![CDATA[{creator}]]></dc:creator>\n"
            f"\t\t<pubDate>{rfc822(when)}</pubDate>\n"
            + "".join(f"\t\t<category><![CDATA[{c}]]></category>\n" for c in cats)
            + f'\t\t<guid isPermaLink="false">https://www.ilcronistaquotidiano.it/?p={pid}</guid>\n'
            f"\t\t<description><![CDATA[{desc} [&#8230;]</p>\n<p>{trailer}</p>\n]]></description>\n"
            "\t</item>")
        items.append(exp(f"https://www.ilcronistaquotidiano.it/?p={pid}"))

    junk = ["[…]", "proviene da", "L’articolo"]
    w = d(3, 17, 48, 10, 0)
    t = "Georgia, il governo chiude due tv d&#8217;opposizione. L&#8217;Ue: &#8220;Inaccettabile&#8221;"
    add("georgia-governo-chiude-tv-opposizione-ue", 8214433, t, w, "F. Q.", ["Mondo", "Georgia", "Unione Europea"],
        "<p>Il governo georgiano ha revocato le licenze a due emittenti vicine all&#8217;opposizione. Bruxelles parla di un passo &#8220;inaccettabile&#8221; per un Paese candidato all&#8217;adesione",
        lambda k: it(k, "Georgia, il governo chiude due tv d’opposizione. L’Ue: “Inaccettabile”", w, [], junk=junk,
                     note="'F. Q.' is the newspaper's initials used as a house byline, not a person."))
    w = d(3, 16, 2, 41, 0)
    add("sudan-el-fasher-testimonianze-medici", 8214309, "Sudan, i medici fuggiti da El Fasher: &#8220;Abbiamo operato al buio per settimane&#8221;", w, "Andrea Ferrandi", ["Mondo", "Sudan", "Africa"],
        "<p>&#8220;Abbiamo operato al buio per settimane, con le torce dei telefoni&#8221;, racconta Hawa Ibrahim, chirurga di Medici senza frontiere arrivata a Tawila dopo la caduta della città",
        lambda k: it(k, "Sudan, i medici fuggiti da El Fasher: “Abbiamo operato al buio per settimane”", w, ["Andrea Ferrandi"], junk=junk,
                     quotes=[q("Hawa Ibrahim", "Medici senza frontiere")]))
    w = d(3, 14, 25, 0, 0)
    add("abbonati-sostenitore-offerta-dicembre", 8214210, "Diventa sostenitore del Cronista: l&#8217;offerta di dicembre", w, "Il Cronista Quotidiano", ["Promo"],
        "<p>Abbonati a 1 euro al mese per i primi tre mesi e sostieni il giornalismo indipendente",
        lambda k: it(k, "Diventa sostenitore del Cronista: l’offerta di dicembre", w, [], story=False, rel=False, junk=junk,
                     note="Subscription promo."))
    w = d(3, 12, 10, 5, 0)
    add("usa-corte-suprema-dazi-sentenza", 8214102, "Usa, la Corte Suprema boccia i dazi globali della Casa Bianca. Cosa succede ora all&#8217;export italiano", w, "Giulia Marchetti", ["Mondo", "Economia", "Stati Uniti"],
        "<p>Con sei voti contro tre i giudici stabiliscono che la legge sulle emergenze economiche non autorizza tariffe generalizzate. Le conseguenze per le imprese italiane",
        lambda k: it(k, "Usa, la Corte Suprema boccia i dazi globali della Casa Bianca. Cosa succede ora all’export italiano", w, ["Giulia Marchetti"], junk=junk))
    w = d(3, 10, 40, 0, 0)
    add("serie-a-juventus-allenatore-esonero", 8214011, "Juventus, la società conferma l&#8217;allenatore dopo il ko di Napoli", w, "Redazione Sport", ["Sport", "Calcio"],
        "<p>Nessun esonero dopo la terza sconfitta consecutiva: la dirigenza bianconera difende il tecnico",
        lambda k: it(k, "Juventus, la società conferma l’allenatore dopo il ko di Napoli", w, [], rel=False, junk=junk))
    w = d(3, 8, 55, 0, 0)
    add("cina-taiwan-manovre-analisi", 8213920, "Cina-Taiwan, perché le manovre di Pechino questa volta sono diverse", w, "Lorenzo Bassi e Chiara Zenatti", ["Mondo", "Cina", "Taiwan"],
        "<p>Per la prima volta le esercitazioni simulano il blocco dei porti commerciali dell&#8217;isola. Gli analisti: &#8220;È una prova di assedio&#8221;",
        lambda k: it(k, "Cina-Taiwan, perché le manovre di Pechino questa volta sono diverse", w, ["Lorenzo Bassi", "Chiara Zenatti"], junk=junk))
    w = d(3, 7, 30, 0, 0)
    add("migranti-albania-centri-corte-ue", 8213877, "Migranti, la Corte Ue sui centri in Albania: &#8220;I trasferimenti devono rispettare il diritto d&#8217;asilo&#8221;", w, "Redazione Esteri", ["Mondo", "Migranti", "Albania"],
        "<p>I giudici di Lussemburgo fissano i limiti per i trasferimenti verso i centri costruiti dall&#8217;Italia a Shëngjin e Gjadër",
        lambda k: it(k, "Migranti, la Corte Ue sui centri in Albania: “I trasferimenti devono rispettare il diritto d’asilo”", w, [], junk=junk))

    channel = (
        "\t<title>Il Cronista Quotidiano</title>\n"
        '\t<atom:link href="https://www.ilcronistaquotidiano.it/mondo/feed/" rel="self" type="application/rss+xml" />\n'
        "\t<link>https://www.ilcronistaquotidiano.it</link>\n"
        "\t<description>Il Cronista Quotidiano: notizie, politica, mondo, cronaca</description>\n"
        f"\t<lastBuildDate>{rfc822(d(3, 17, 50, 0, 0))}</lastBuildDate>\n"
        "\t<language>it-IT</language>\n"
        "\t<generator>https://wordpress.org/?v=6.7.2</generator>")
    text = rss(channel, rows, ns=NS_DC + NS_CONTENT + NS_ATOM)
    return feed("it_cronistaquotidiano_mondo.rss.xml", text, items, lang="it", outlet="Il Cronista Quotidiano",
                structure="Il Fatto Quotidiano-style WordPress section feed (ilfattoquotidiano.it/mondo/feed/): tab-indented, channel titled with the bare outlet, titles with &#8217;/&#8220; numeric entities, CDATA dc:creator with names, 'A e B', the paper's initials 'F. Q.', 'Redazione Esteri', 'Redazione Sport' or the outlet, CDATA categories, '?p=' non-permalink guids, CDATA <p> excerpts without final stop ending ' [&#8230;]' and the trailer 'L’articolo <a>…</a> proviene da <a>Outlet</a>.', a subscription promo and a football item, +0000 dates",
                notes="Titles carry numeric character references (&#8217; &#8220; &#8221;) that must come out as characters.")


# ---------------------------------------------------------------- RTP-style Portuguese broadcaster
def rtm():
    """RTP Notícias-style RSS: 'RTM Notícias - Mundo', '_n<id>' links, CDATA descriptions with a
    leading <img>, byline line 'Name - RTM' or 'Lusa' at the end after <br/>, GMT dates."""
    rows, items = [], []

    def add(slug, nid, title, when, text, credit, exp, sect="mundo"):
        url = f"https://www.rtm.pt/noticias/{sect}/{slug}_n{nid}"
        desc = f'<img src="https://cdn-images.rtm.pt/icm/noticias/images/{nid % 97:02d}/{nid}_thumb.jpg" alt="" /><br/>{text}' + (f"<br/><br/>{credit}" if credit else "")
        rows.append(
            "<item>\n"
            f"  <title>{cdata(title)}</title>\n"
            f"  <link>{url}</link>\n"
            f"  <description>{cdata(desc)}</description>\n"
            f"  <pubDate>{rfc822(when, gmt=True)}</pubDate>\n"
            f'  <guid isPermaLink="true">{url}</guid>\n'
            "</item>")
        items.append(exp(url))

    w = d(3, 17, 55, 0, 0)
    t = "Guiné-Bissau. Junta militar anuncia transição de um ano e liberta ministros detidos"
    add("guine-bissau-junta-militar-anuncia-transicao-de-um-ano", 1718802, t, w,
        "A junta militar que tomou o poder na Guiné-Bissau anunciou uma transição de doze meses e libertou quatro ministros detidos desde o golpe. A CEDEAO considerou o prazo \"inaceitável\".",
        "Marta Vaz Pinheiro - RTM",
        lambda k: it(k, t, w, ["Marta Vaz Pinheiro"], junk=["- RTM"],
                     note="The byline is a line at the end of the description, 'Name - RTM'."))
    w = d(3, 16, 20, 0, 0)
    t = "Timor-Leste formaliza adesão à ASEAN com cerimónia em Díli"
    add("timor-leste-formaliza-adesao-a-asean", 1718777, t, w,
        "Timor-Leste tornou-se oficialmente o 11.º membro da ASEAN. \"É o fim de uma longa caminhada\", afirmou o primeiro-ministro timorense, Mateus da Costa Soares, na cerimónia em Díli.",
        "Lusa",
        lambda k: it(k, t, w, [], junk=["Lusa"], quotes=[q("Mateus da Costa Soares", "primeiro-ministro timorense")],
                     note="'Lusa' at the end is the agency credit."))
    w = d(3, 14, 40, 0, 0)
    t = "Em direto. Cimeira da NATO em Bruxelas"
    add("em-direto-cimeira-da-nato-em-bruxelas", 1718730, t, w,
        "Acompanhe ao minuto a reunião dos ministros dos Negócios Estrangeiros da NATO em Bruxelas.",
        "",
        lambda k: it(k, "Cimeira da NATO em Bruxelas", w, [], story=False,
                     note="Live blog. Title label 'Em direto.' may be kept or dropped"))
    w = d(3, 12, 5, 0, 0)
    t = "Vídeo. Manifestantes e polícia em confronto em Tbilissi"
    add("video-manifestantes-e-policia-em-confronto-em-tbilissi", 1718701, t, w,
        "Milhares de pessoas voltaram às ruas da capital da Geórgia na noite de quarta-feira.",
        "",
        lambda k: it(k, "Manifestantes e polícia em confronto em Tbilissi", w, [], story=False,
                     note="Video. Title label 'Vídeo.' may be kept or dropped"))
    w = d(3, 10, 30, 0, 0)
    t = "Moçambique. Ataques em Cabo Delgado obrigam 30 mil pessoas a fugir numa semana"
    add("mocambique-ataques-em-cabo-delgado", 1718655, t, w,
        "Os ataques de grupos armados no norte de Moçambique forçaram mais de 30 mil pessoas a abandonar as suas casas na última semana, segundo a Organização Internacional para as Migrações.<br/>A maioria das famílias procurou abrigo em Pemba e Montepuez.",
        "Luís Peixoto Carvalho, Duarte Mesquita - RTM",
        lambda k: it(k, t, w, ["Luís Peixoto Carvalho", "Duarte Mesquita"], junk=["- RTM"]))
    w = d(3, 9, 0, 0, 0)
    t = "Benfica vence Ajax e mantém esperança de apuramento"
    add("benfica-vence-ajax", 1718610, t, w,
        "O Benfica venceu o Ajax por 2-0 em Amesterdão e continua na luta pelo play-off da Liga dos Campeões.",
        "",
        lambda k: it(k, t, w, [], rel=False), sect="desporto")
    w = d(3, 7, 45, 0, 0)
    t = "Venezuela. Portugal retoma voos de repatriamento a partir de Caracas"
    add("venezuela-portugal-retoma-voos-de-repatriamento", 1718588, t, w,
        "O Governo português vai retomar os voos de repatriamento de cidadãos nacionais a partir de Caracas, anunciou o ministro dos Negócios Estrangeiros.",
        "Lusa",
        lambda k: it(k, t, w, [], junk=["Lusa"]))

    channel = (
        "<title>RTM Notícias - Mundo</title>\n<link>https://www.rtm.pt/noticias/mundo</link>\n"
        "<description>As notícias do mundo na RTM</description>\n<language>pt-PT</language>\n"
        "<copyright>© RTM - Rádio e Televisão do Minho, S.A. 2026</copyright>\n"
        f"<lastBuildDate>{rfc822(d(3, 18, 0, 0, 0), gmt=True)}</lastBuildDate>")
    text = rss(channel, rows)
    return feed("pt_pt_rtm_mundo.rss.xml", text, items, lang="pt", outlet="RTM Notícias",
                aliases=["RTM"],
                structure="RTP Notícias-style section RSS (rtp.pt/noticias/rss/mundo): channel 'Outlet Notícias - Mundo', 'País. Título' headlines with a country kicker and full stop, 'Em direto.' and 'Vídeo.' labels, '_n<id>' links as permalink guids, CDATA descriptions '<img …/><br/>text' with a second block after <br/> and the byline as a last line after <br/><br/> ('Name - RTM', 'A, B - RTM' or 'Lusa'), a football item, GMT dates, 'S.A.' copyright",
                notes="The country kicker ending in a full stop ('Guiné-Bissau.') is part of the headline as written.")


# ---------------------------------------------------------------- Poder360-style Brasília site
def praca61():
    """Poder360-style WordPress RSS: CDATA dc:creator names, '?p=' guids, description with
    'O post … apareceu primeiro em …', content:encoded with a 'leia mais' <ul>, +0000 dates."""
    rows, items = [], []

    def add(slug, pid, title, when, creator, cats, lead, body, exp):
        url = f"https://www.praca61.com.br/{cats[0].lower()}/{slug}/"
        trailer = f'<p>O post <a href="{url}">{esc(title)}</a> apareceu primeiro em <a href="https://www.praca61.com.br">Praça 61</a>.</p>'
        rows.append(
            "<item>"
            f"<title>{esc(title)}</title>"
            f"<link>{url}</link>"
            f"<dc:creator><![CDATA[{creator}]]></dc:creator>"
            f"<pubDate>{rfc822(when)}</pubDate>"
            + "".join(f"<category><![CDATA[{c}]]></category>" for c in cats)
            + f'<guid isPermaLink="false">https://www.praca61.com.br/?p={pid}</guid>'
            f"<description><![CDATA[<p>{lead}</p>\n{trailer}]]></description>"
            + (f"<content:encoded><![CDATA[{body}\n{trailer}]]></content:encoded>" if body else "")
            + "</item>")
        items.append(exp(f"https://www.praca61.com.br/?p={pid}"))

    junk = ["apareceu primeiro em", "O post"]
    w = d(3, 21, 12, 4, 0)
    t = "Itamaraty convoca embaixador da Argentina após declarações sobre o Mercosul"
    add("itamaraty-convoca-embaixador-argentina-mercosul", 1190233, t, w, "Mariana Lopes Teixeira", ["Internacional", "Argentina", "Mercosul"],
        "Chanceler diz que falas foram &#8220;desrespeitosas&#8221;; Buenos Aires nega crise",
        "<p>O Ministério das Relações Exteriores convocou nesta 4ª feira (3.dez.2026) o embaixador da Argentina em Brasília para dar explicações sobre declarações do chanceler argentino, que chamou o Mercosul de &#8220;prisão comercial&#8221;.</p>"
        "<p>&#8220;Não aceitaremos que um sócio fale do bloco nesses termos&#8221;, disse o chanceler brasileiro, Fábio Vasconcellos Ramos, em entrevista no Itamaraty.</p>"
        "<p><strong>leia mais:</strong></p><ul><li><a href=\"https://www.praca61.com.br/internacional/mercosul-ue-acordo-assinatura/\">Acordo Mercosul-UE deve ser assinado em janeiro</a></li></ul>"
        "<p>A chancelaria argentina disse em nota que não há &#8220;crise alguma&#8221; entre os 2 países.</p>",
        lambda k: it(k, t, w, ["Mariana Lopes Teixeira"], junk=[*junk, "leia mais", "Acordo Mercosul-UE deve ser assinado"],
                     quotes=[q("Fábio Vasconcellos Ramos", "chanceler brasileiro")]))
    w = d(3, 19, 40, 0, 0)
    t = "Brasil e China assinam acordo para ferrovia até o Pacífico"
    add("brasil-china-acordo-ferrovia-pacifico", 1190187, t, w, "Praça 61", ["Internacional", "China", "Infraestrutura"],
        "Memorando prevê estudos para ligar o Centro-Oeste ao porto peruano de Chancay",
        "<p>Brasil e China assinaram nesta 4ª feira (3.dez) um memorando para estudos de viabilidade de uma ferrovia ligando Mato Grosso ao porto de Chancay, no Peru.</p>"
        "<p>O investimento estimado é de US$ 18 bilhões.</p>",
        lambda k: it(k, t, w, [], junk=junk, note="dc:creator is the outlet."))
    w = d(3, 17, 5, 0, 0)
    t = "Câmara aprova projeto que amplia isenção do IR; texto vai ao Senado"
    add("camara-aprova-isencao-ir-senado", 1190121, t, w, "Hamilton Ferraz", ["Congresso", "Economia"],
        "Proposta isenta quem ganha até R$ 5.000 por mês",
        "",
        lambda k: it(k, t, w, ["Hamilton Ferraz"], rel=False, junk=junk))
    w = d(3, 15, 30, 0, 0)
    t = "Ouça o podcast &#8220;Poder Mundo&#8221;: a eleição no Chile e o Brasil"
    add("podcast-poder-mundo-eleicao-chile", 1190088, "Ouça o podcast “Poder Mundo”: a eleição no Chile e o Brasil", w, "Praça 61", ["Podcast", "Chile"],
        "Episódio discute o que muda para o Brasil com o novo governo chileno",
        "",
        lambda k: it(k, "Ouça o podcast “Poder Mundo”: a eleição no Chile e o Brasil", w, [], story=False, junk=junk,
                     note="Podcast episode."))
    w = d(3, 13, 18, 0, 0)
    t = "Venezuela liberta 3 brasileiros presos na fronteira com Roraima"
    add("venezuela-liberta-brasileiros-roraima", 1190042, t, w, "Paulo Rezende e Yasmin Albuquerque", ["Internacional", "Venezuela"],
        "Garimpeiros estavam detidos desde outubro em Santa Elena de Uairén",
        "<p>O governo da Venezuela libertou nesta 4ª feira (3.dez) 3 brasileiros detidos desde outubro na cidade de Santa Elena de Uairén, na fronteira com Roraima. A informação foi confirmada pelo Itamaraty.</p>",
        lambda k: it(k, t, w, ["Paulo Rezende", "Yasmin Albuquerque"], junk=junk))
    w = d(3, 11, 2, 0, 0)
    t = "Presidente recebe premiê da Índia e defende reforma do Conselho de Segurança"
    add("presidente-recebe-premie-india-conselho-seguranca", 1189990, "Presidente recebe premiê da Índia e defende reforma do Conselho de Segurança", w, "Mariana Lopes Teixeira", ["Internacional", "Índia", "ONU"],
        "Países assinam 7 acordos, incluindo um de cooperação em defesa",
        "<p>O presidente recebeu nesta 4ª feira (3.dez) o primeiro-ministro da Índia no Palácio do Planalto. Os 2 países assinaram 7 acordos, entre eles um de cooperação em defesa e outro sobre etanol.</p>",
        lambda k: it(k, "Presidente recebe premiê da Índia e defende reforma do Conselho de Segurança", w, ["Mariana Lopes Teixeira"], junk=junk))

    channel = (
        "<title>Praça 61</title><atom:link href=\"https://www.praca61.com.br/internacional/feed/\" rel=\"self\" type=\"application/rss+xml\" />"
        "<link>https://www.praca61.com.br</link><description>Jornalismo sobre política e poder</description>"
        f"<lastBuildDate>{rfc822(d(3, 21, 15, 0, 0))}</lastBuildDate><language>pt-BR</language>"
        "<sy:updatePeriod>hourly</sy:updatePeriod><sy:updateFrequency>1</sy:updateFrequency>")
    ns = NS_DC + NS_CONTENT + NS_ATOM + ' xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"'
    text = rss(channel, rows, ns=ns, sep="")
    return feed("pt_br_praca61_internacional.rss.xml", text, items, lang="pt", outlet="Praça 61",
                structure="Poder360-style WordPress section feed (poder360.com.br/…/feed/): single line, channel titled with the bare outlet, CDATA dc:creator names, 'A e B' or the outlet, CDATA categories, '?p=' non-permalink guids, a one-line subtitle (no final stop) as <description> followed by the trailer 'O post <a>…</a> apareceu primeiro em <a>Outlet</a>.', content:encoded with '4ª feira (3.dez.2026)' date style, a '<strong>leia mais:</strong>' related-link <ul> in the middle, digits for small numbers ('3 brasileiros'), a podcast episode and a Congress item, +0000 dates",
                notes="Items without content:encoded have only the subtitle and the trailer.")


FEEDS = [ntw, warte, funkhaus, dolomiti, cronista, rtm, praca61]
