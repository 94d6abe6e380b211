# ruff: noqa: E501  (feed text is data: long lines are the content)
"""German, Italian and Portuguese feeds of the thirty-seventh held-out set: a Hamburg weekly's
Ausland feed, a Munich daily (Politik/Ausland), a Vienna daily's Atom feed, a Rome daily, a Turin
daily, a Rio de Janeiro portal and a Lisbon daily. All outlets, people and quotations are invented."""
from datetime import UTC

from h37 import NS_ALL, cd, d, esc, feed, it, ordered, q, rfc822, ri

LBL = "Title label '{}' may be kept or dropped."


def _ch(title, link, desc, lang, rows, ns=NS_ALL, extra=""):
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"' + ns + '>\n  <channel>\n'
            f"    <title>{title}</title>\n    <link>{link}</link>\n    <description>{desc}</description>\n    <language>{lang}</language>\n{extra}"
            + "\n".join(rows) + "\n  </channel>\n</rss>\n")


# ---------------------------------------------------------------- Hamburg weekly, Ausland
def alster():
    base = "https://www.alsterwoche.example"
    rows, items = [], []

    def add(slug, title, kicker, w, authors, teaser, exp):
        link = f"{base}/politik/ausland/{w:%Y-%m}/{slug}"
        cr = "".join(f"      <dc:creator>{esc(a)}</dc:creator>\n" for a in authors)
        extra = f"{cr}      <category>Politik</category>\n      <enclosure url=\"{base}/politik/ausland/{w:%Y-%m}/{slug}/wide__820x461\" type=\"image/jpeg\" length=\"0\"/>\n"
        desc = esc(f'<a href="{link}"><img src="{base}/politik/ausland/{w:%Y-%m}/{slug}/wide__148x84" style="float:left; margin-right:5px"></a> {teaser}')
        rows.append(ri(esc(f"{kicker}: {title}"), link + "?utm_source=rss&amp;utm_medium=feed", link, rfc822(w, "en"), desc, extra=extra, perma=False))
        items.append(exp(link))

    w = d(2019, 11, 10, 16, 5, 0, 1)
    add("bolivien-evo-morales-ruecktritt", "Morales tritt nach Wochen der Proteste zurück", "Bolivien", w, ["Lukas Brenninkmeyer"],
        "Nach dem Bericht der OAS über Unregelmäßigkeiten bei der Wahl gibt Boliviens Präsident auf. „Das Land steht vor einem Machtvakuum“, sagt die Politologin Carmen Aliaga Rojas aus La Paz.",
        lambda k: it(k, "Bolivien: Morales tritt nach Wochen der Proteste zurück", w, ["Lukas Brenninkmeyer"], quotes=[q("Carmen Aliaga Rojas")],
                     note="Kicker 'Bolivien:' is part of the feed title (kept). Teaser with a thumbnail link; link with utm parameters, guid without. English day/month names in pubDate."))
    w = d(2019, 11, 10, 12, 0, 0, 1)
    add("spanien-parlamentswahl-vox", "Die Rechten gewinnen, Sánchez verliert die Wette", "Spanien", w, ["Merle Østergaard", "Jonas Feldhoff-Amaro"],
        "Zum vierten Mal in vier Jahren wählt Spanien. Die Sozialisten bleiben vorn, doch Vox verdoppelt sich.",
        lambda k: it(k, "Spanien: Die Rechten gewinnen, Sánchez verliert die Wette", w, ["Merle Østergaard", "Jonas Feldhoff-Amaro"], note="Two dc:creator elements."))
    w = d(2019, 11, 9, 20, 0, 0, 1)
    add("mauerfall-30-jahre-berlin-feier", "Eine Stadt feiert sich selbst", "30 Jahre Mauerfall", w, ["Henrike Albers"],
        "Am Brandenburger Tor erinnern Zehntausende an den 9. November 1989.",
        lambda k: it(k, "30 Jahre Mauerfall: Eine Stadt feiert sich selbst", w, ["Henrike Albers"], rel=False, note="German home story (Berlin anniversary) in the Ausland feed: not relevant."))
    w = d(2019, 11, 9, 9, 0, 0, 1)
    add("hongkong-student-tod-proteste", "Der erste Tote der Proteste", "Hongkong", w, ["Felix Lam-Strohmeier"],
        "Ein Student stirbt nach einem Sturz in einem Parkhaus. „Wir werden nicht vergessen“, sagt die Aktivistin Joanne Tsang.",
        lambda k: it(k, "Hongkong: Der erste Tote der Proteste", w, ["Felix Lam-Strohmeier"], quotes=[q("Joanne Tsang")]))
    w = d(2019, 11, 8, 18, 0, 0, 1)
    add("podcast-nachrichten-nato-hirntod", "Ist die Nato hirntot?", "Podcast", w, [],
        "Der französische Präsident provoziert die Verbündeten. Die Nachrichten des Tages zum Hören.",
        lambda k: it(k, "Podcast: Ist die Nato hirntot?", w, [], story=False, rel=False, note="Podcast. " + LBL.format("Podcast:")))
    w = d(2019, 11, 8, 7, 0, 0, 1)
    add("brasilien-lula-freilassung", "Lula kommt frei", "Brasilien", w, ["dpa", "AFP"],
        "Nach einem Urteil des Obersten Gerichts verlässt der frühere Präsident das Gefängnis in Curitiba.",
        lambda k: it(k, "Brasilien: Lula kommt frei", w, [], note="Agencies 'dpa' and 'AFP' as dc:creator: no person."))
    rows, items = ordered(rows, items)
    text = _ch("Ausland | Alsterwoche", f"{base}/politik/ausland/index", "Aktuelle Nachrichten aus dem Ausland", "de-DE", rows)
    return feed("de_alsterwoche_ausland_vivi.rss.xml", text, items, lang="de", outlet="Alsterwoche", structure="Hamburg weekly's Ausland RSS (thumbnail teaser, kicker in title, utm links)",
                notes="November 2019. Home country Germany.")


# ---------------------------------------------------------------- Munich daily
def isar():
    base = "https://www.isarzeitung.example"
    rows, items = [], []

    def add(aid, path, title, w, body, exp):
        link = f"{base}/politik/{path}-1.{aid}"
        rows.append(ri(esc(title), link, link, rfc822(w), cd(body), perma=True))
        items.append(exp(link))

    w = d(2020, 11, 8, 11, 30, 0, 1)
    add(5109882, "usa-wahl-biden-sieger", "USA: Biden gewinnt die Präsidentschaftswahl", w,
        '<img src="https://www.isarzeitung.example/image/iz.1.5109880?w=200" width="200" /><p>Nach vier Tagen Auszählung steht fest: Joe Biden wird der 46. Präsident. „Das ist eine Erleichterung für Europa“, sagt der Transatlantik-Experte Konstantin Wehrle. Von Annika Rothmund, Washington</p>',
        lambda k: it(k, "USA: Biden gewinnt die Präsidentschaftswahl", w, ["Annika Rothmund"], quotes=[q("Konstantin Wehrle")], note="No author element: the byline 'Von Name, Ort' is at the end of the description. Heads of state as setting only."))
    w = d(2020, 11, 8, 8, 0, 0, 1)
    add(5109811, "bergkarabach-schuscha-kaempfe", "Bergkarabach: Aserbaidschan meldet Einnahme von Schuscha", w,
        '<p>Armenien bestreitet die Angaben. Von Tobias Grünwald und Lilit Sargsjan</p>',
        lambda k: it(k, "Bergkarabach: Aserbaidschan meldet Einnahme von Schuscha", w, ["Tobias Grünwald", "Lilit Sargsjan"], note="'Von A und B' at the end."))
    w = d(2020, 11, 7, 19, 0, 0, 1)
    add(5109700, "corona-bayern-teil-lockdown", "Corona in Bayern: Söder droht mit Verschärfung", w,
        '<p>Der Ministerpräsident kündigt strengere Regeln an, falls die Zahlen nicht sinken. Von Max Haberl</p>',
        lambda k: it(k, "Corona in Bayern: Söder droht mit Verschärfung", w, ["Max Haberl"], rel=False, note="Bavarian home politics: not relevant."))
    w = d(2020, 11, 7, 14, 0, 0, 1)
    add(5109650, "aethiopien-tigray-konflikt-kommentar", "Äthiopien: Ein Friedensnobelpreisträger führt Krieg", w,
        '<p>Kommentar: Die Welt schaut zu, wie Äthiopien in einen Bürgerkrieg rutscht. Von Bernd Okonkwo-Maier</p>',
        lambda k: it(k, "Äthiopien: Ein Friedensnobelpreisträger führt Krieg", w, ["Bernd Okonkwo-Maier"], note="Commentary (label 'Kommentar:' in the body)."))
    w = d(2020, 11, 7, 9, 0, 0, 1)
    add(5109601, "newsletter-usa-wahl", "Newsletter: Alles zur US-Wahl jeden Morgen", w,
        '<p>Jetzt kostenlos abonnieren.</p>',
        lambda k: it(k, "Newsletter: Alles zur US-Wahl jeden Morgen", w, [], story=False, rel=False, note="Newsletter promo."))
    w = d(2020, 11, 6, 22, 0, 0, 1)
    add(5109555, "usa-wahl-live-auszaehlung", "US-Wahl live: Biden zieht in Georgia vorbei", w,
        '<p>Alle Entwicklungen im Liveblog. (dpa/AFP)</p>',
        lambda k: it(k, "US-Wahl live: Biden zieht in Georgia vorbei", w, [], story=False, rel=False, note="Live blog."))
    rows, items = ordered(rows, items)
    text = _ch("Politik - Isar-Zeitung", f"{base}/politik", "Nachrichten aus der Politik", "de", rows, ns="")
    return feed("de_isarzeitung_politik.rss.xml", text, items, lang="de", outlet="Isar-Zeitung", structure="Munich daily's custom RSS (CDATA descriptions, byline at the end 'Von …')",
                notes="November 2020.")


# ---------------------------------------------------------------- Vienna daily, Atom
def donau():
    base = "https://www.donaukurier-wien.example"
    ents, items = [], []

    def add(aid, title, w, author, summary, exp):
        link = f"{base}/story/{aid}/"
        au = f"<author><name>{esc(author)}</name></author>" if author else ""
        ents.append(f"<entry><title>{esc(title)}</title><link rel=\"alternate\" href=\"{link}\"/><id>{link}</id><updated>{w.isoformat()}</updated>{au}<summary type=\"html\">{esc(summary)}</summary></entry>")
        items.append(exp(link))

    w = d(2021, 5, 18, 14, 12, 0, 2)
    add(2000126762, "Nahost: Waffenruhe-Bemühungen scheitern erneut", w, "Manuel Eichberger-Haddad",
        "<p>Ägypten und Katar vermitteln weiter. „Beide Seiten wollen noch nicht aufhören“, sagt die Nahostexpertin Ruth Kalman-Aziz.</p>",
        lambda k: it(k, "Nahost: Waffenruhe-Bemühungen scheitern erneut", w, ["Manuel Eichberger-Haddad"], quotes=[q("Ruth Kalman-Aziz")]))
    w = d(2021, 5, 18, 10, 0, 0, 2)
    add(2000126700, "Kolumbien: Proteste gegen Regierung halten an", w, "APA, red",
        "<p>Seit drei Wochen demonstrieren Zehntausende. (APA, red, 18.5.2021)</p>",
        lambda k: it(k, "Kolumbien: Proteste gegen Regierung halten an", w, [], junk=["(APA, red, 18.5.2021)"], note="Agency and editorial tag as author: no person."))
    w = d(2021, 5, 17, 19, 0, 0, 2)
    add(2000126650, "Gastgärten öffnen: Wien feiert mit Schanigarten-Ansturm", w, "Theresa Pichler",
        "<p>Ab Mittwoch darf wieder bewirtet werden.</p>",
        lambda k: it(k, "Gastgärten öffnen: Wien feiert mit Schanigarten-Ansturm", w, ["Theresa Pichler"], rel=False, note="Vienna city news: not relevant."))
    w = d(2021, 5, 17, 12, 0, 0, 2)
    add(2000126600, "Ceuta: Tausende Migranten schwimmen in spanische Exklave", w, "Florian Rauchenberger aus Madrid",
        "<p>Marokko lässt die Grenze offen.</p>",
        lambda k: it(k, "Ceuta: Tausende Migranten schwimmen in spanische Exklave", w, ["Florian Rauchenberger"], note="Author 'Name aus City'."))
    w = d(2021, 5, 17, 8, 0, 0, 2)
    add(2000126555, "Ansichtssache: Die Zerstörung in Gaza in Bildern", w, "",
        "<p>Bilderstrecke.</p>",
        lambda k: it(k, "Ansichtssache: Die Zerstörung in Gaza in Bildern", w, [], story=False, rel=False, note="Gallery. " + LBL.format("Ansichtssache:")))
    w = d(2021, 5, 16, 18, 0, 0, 2)
    add(2000126500, "Österreich und EU: Kurz gegen gemeinsame Linie zu Israel", w, "Gerald Schwaighofer",
        "<p>Die Regierung in Wien hisst die israelische Fahne; Kritik aus Brüssel.</p>",
        lambda k: it(k, "Österreich und EU: Kurz gegen gemeinsame Linie zu Israel", w, ["Gerald Schwaighofer"], note="Austria's foreign policy: relevant."))
    ents, items = ordered(ents, items)
    text = ('<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de-AT"><title>International - Donaukurier Wien</title>'
            f'<link rel="self" href="{base}/rss/international"/><id>{base}/international</id><updated>{d(2021, 5, 18, 14, 15, 0, 2).isoformat()}</updated>' + "".join(ents) + "</feed>")
    return feed("de_at_donaukurierwien_international.atom.xml", text, items, lang="de", outlet="Donaukurier Wien", structure="Vienna daily's single-line Atom (updated only, APA tags)",
                shape="atom", ctype="application/atom+xml; charset=utf-8", notes="May 2021. Home country Austria.")


# ---------------------------------------------------------------- Rome daily
def tevere():
    base = "https://www.gazzettadeltevere.example"
    rows, items = [], []

    def add(nid, slug, title, w, author, body, exp):
        link = f"{base}/esteri/{w:%Y/%m/%d}/news/{slug}-{nid}/"
        extra = (f"      <dc:creator>{esc(author)}</dc:creator>\n" if author else "") + f'      <media:content url="{base}/esteri/{w:%Y/%m/%d}/{nid}.jpg" type="image/jpeg"/>\n'
        rows.append(ri(esc(title), link, link, rfc822(w), esc(body), extra=extra))
        items.append(exp(link))

    w = d(2022, 9, 21, 13, 0, 0, 2)
    add(385521, "putin-mobilitazione-parziale-russia", "Russia, mobilitazione parziale: voli esauriti e code ai confini", w, "dal nostro inviato Edoardo Fantuzzi",
        "<p>MOSCA – I biglietti aerei per Istanbul e Erevan sono esauriti in poche ore. «Non voglio andare in una guerra che non è mia», dice Artëm, 27 anni, in coda al confine con la Georgia.</p>",
        lambda k: it(k, "Russia, mobilitazione parziale: voli esauriti e code ai confini", w, ["Edoardo Fantuzzi"], quotes=[q("Artëm")], note="'dal nostro inviato' is a role, not part of the name."))
    w = d(2022, 9, 21, 9, 0, 0, 2)
    add(385500, "iran-proteste-mahsa-amini", "Iran, le proteste si estendono a 15 città", w, "Redazione Esteri",
        "<p>Sette morti negli scontri. (ANSA)</p>",
        lambda k: it(k, "Iran, le proteste si estendono a 15 città", w, [], junk=["(ANSA)"], note="Desk credit: no person."))
    w = d(2022, 9, 20, 20, 0, 0, 2)
    add(385480, "elezioni-2022-ultimi-comizi", "Elezioni, gli ultimi comizi: i leader a caccia degli indecisi", w, "Chiara Bellomo",
        "<p>Cinque giorni al voto del 25 settembre.</p>",
        lambda k: it(k, "Elezioni, gli ultimi comizi: i leader a caccia degli indecisi", w, ["Chiara Bellomo"], rel=False, note="Italian election: home politics, not relevant."))
    w = d(2022, 9, 20, 15, 0, 0, 2)
    add(385460, "onu-assemblea-generale-guterres", "Onu, l'Assemblea generale si apre sotto l'ombra della guerra", w, "Valeria Cinquegrana e Tommaso Reali",
        "<p>NEW YORK – «Il mondo è in grave pericolo», ha detto la delegata dell'Uruguay Lucía Ferreyra nel suo intervento.</p>",
        lambda k: it(k, "Onu, l'Assemblea generale si apre sotto l'ombra della guerra", w, ["Valeria Cinquegrana", "Tommaso Reali"], quotes=[q("Lucía Ferreyra")], note="Two authors joined with 'e'."))
    w = d(2022, 9, 20, 10, 0, 0, 2)
    add(385440, "video-londra-funerali-regina", "VIDEO | Londra, la folla lungo il percorso del corteo funebre", w, "",
        "<p>Le immagini.</p>",
        lambda k: it(k, "VIDEO | Londra, la folla lungo il percorso del corteo funebre", w, [], story=False, rel=False, note="Video. " + LBL.format("VIDEO |")))
    w = d(2022, 9, 19, 18, 0, 0, 2)
    add(385420, "ucraina-izium-fosse-analisi", "Ucraina, cosa sappiamo delle fosse di Izium", w, "Sergio Lanzavecchia",
        "<p>L'analisi. Le autorità ucraine hanno riesumato 440 corpi.</p>",
        lambda k: it(k, "Ucraina, cosa sappiamo delle fosse di Izium", w, ["Sergio Lanzavecchia"]))
    rows, items = ordered(rows, items)
    text = _ch("Gazzetta del Tevere - Esteri", f"{base}/esteri", "Esteri", "it", rows)
    return feed("it_gazzettadeltevere_esteri.rss.xml", text, items, lang="it", outlet="Gazzetta del Tevere", structure="Rome daily's section RSS with media:content", notes="September 2022.")


# ---------------------------------------------------------------- Turin daily
def mole():
    base = "https://www.corrieredellamole.example"
    rows, items = [], []

    def add(nid, slug, title, w, body, exp):
        link = f"{base}/esteri/{w:%Y/%m/%d}/news/{slug}-{nid}/"
        rows.append(ri(cd(title), link, link, rfc822(w), cd(body), ind="  "))
        items.append(exp(link))

    w = d(2017, 6, 9, 8, 0, 0, 2)
    add(1250031, "regno-unito-voto-may-perde-maggioranza", "Regno Unito, May perde la maggioranza assoluta", w,
        "<p>LONDRA. I conservatori restano primo partito ma senza maggioranza. «È un terremoto», commenta il politologo Alastair Pennington. <br/><i>DI MARCO GIACHINO</i></p>",
        lambda k: it(k, "Regno Unito, May perde la maggioranza assoluta", w, ["Marco Giachino"], quotes=[q("Alastair Pennington")], note="Byline in capitals 'DI NAME' at the end of the description."))
    w = d(2017, 6, 8, 21, 0, 0, 2)
    add(1250010, "qatar-crisi-golfo-blocco", "Qatar isolato, le navi cambiano rotta", w,
        "<p>Il blocco dei vicini colpisce le importazioni. <i>DI ELISA MANTOVANI-RAZ E PAOLO TRUCCO</i></p>",
        lambda k: it(k, "Qatar isolato, le navi cambiano rotta", w, ["Elisa Mantovani-Raz", "Paolo Trucco"], note="Two authors in capitals."))
    w = d(2017, 6, 8, 15, 0, 0, 2)
    add(1249990, "juventus-torino-piazza-san-carlo-indagini", "Piazza San Carlo, la procura indaga sul panico", w,
        "<p>Sentiti i primi testimoni. <i>DI LUCA BRAIDA</i></p>",
        lambda k: it(k, "Piazza San Carlo, la procura indaga sul panico", w, ["Luca Braida"], rel=False, note="Turin city news in the Esteri feed: not relevant."))
    w = d(2017, 6, 8, 10, 0, 0, 2)
    add(1249970, "teheran-attacchi-parlamento-mausoleo", "Teheran, l'Isis rivendica gli attacchi al parlamento", w,
        "<p>Diciassette morti. (Agi)</p>",
        lambda k: it(k, "Teheran, l'Isis rivendica gli attacchi al parlamento", w, [], junk=["(Agi)"], note="Agency tag only."))
    w = d(2017, 6, 7, 19, 0, 0, 2)
    add(1249950, "fotogallery-londra-veglia-london-bridge", "Fotogallery: Londra, la veglia per le vittime di London Bridge", w,
        "<p>Le foto.</p>",
        lambda k: it(k, "Fotogallery: Londra, la veglia per le vittime di London Bridge", w, [], story=False, rel=False, note="Gallery. " + LBL.format("Fotogallery:")))
    w = d(2017, 6, 7, 12, 0, 0, 2)
    add(1249930, "comey-audizione-senato-anticipazioni", "Usa, Comey al Senato: attesa per l'audizione", w,
        "<p>WASHINGTON. La testimonianza scritta dell'ex direttore dell'Fbi anticipa l'audizione. <i>DAL NOSTRO CORRISPONDENTE FRANCESCO SEMERIA</i></p>",
        lambda k: it(k, "Usa, Comey al Senato: attesa per l'audizione", w, ["Francesco Semeria"], note="Correspondent sign-off in capitals."))
    rows, items = ordered(rows, items)
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n<channel>\n  <title>Corriere della Mole - Esteri</title>\n  <link>' + base + '/esteri</link>\n  <description>Esteri</description>\n  <language>it-IT</language>\n'
            + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("it_corrieredellamole_esteri.rss.xml", text, items, lang="it", outlet="Corriere della Mole", structure="Turin daily's RSS (CDATA, capitalised 'DI NAME' bylines)", notes="June 2017.")


# ---------------------------------------------------------------- Rio de Janeiro portal
def guanabara():
    base = "https://portalguanabara.example"
    rows, items = [], []

    def add(slug, title, w, body, exp, img=True):
        link = f"{base}/mundo/noticia/{w:%Y/%m/%d}/{slug}.ghtml"
        pre = f'<img src="https://s2.portalguanabara.example/{slug[:8]}.jpg" /><br />' if img else ""
        rows.append(ri(cd(title), link, link, rfc822(w.astimezone(UTC), gmt=True), cd(pre + body)))
        items.append(exp(link))

    w = d(2023, 1, 8, 19, 30, 0, -3)
    add("argentina-inflacao-2022", "Inflação na Argentina fecha 2022 em 95%, a maior em três décadas", w,
        "Economistas preveem novo ano difícil. &quot;Os preços mudam toda semana&quot;, disse a comerciante Graciela Montiel, de Buenos Aires. Por Renata Albuquerque, PG",
        lambda k: it(k, "Inflação na Argentina fecha 2022 em 95%, a maior em três décadas", w, ["Renata Albuquerque"], quotes=[q("Graciela Montiel")], note="Image then <br /> then text; byline 'Por Name, portal' at the end."))
    w = d(2023, 1, 8, 16, 0, 0, -3)
    add("atos-golpistas-brasilia-invasao", "Manifestantes invadem Congresso, Planalto e STF em Brasília", w,
        "Vândalos depredaram as sedes dos Três Poderes. Por Redação",
        lambda k: it(k, "Manifestantes invadem Congresso, Planalto e STF em Brasília", w, [], rel=False, note="Brazilian home politics in the Mundo feed: not relevant."))
    w = d(2023, 1, 7, 22, 0, 0, -3)
    add("eua-camara-presidente-eleito-15-votacoes", "EUA: Câmara elege presidente após 15 votações", w,
        "Republicano venceu após concessões à ala radical. Por Agência France-Presse",
        lambda k: it(k, "EUA: Câmara elege presidente após 15 votações", w, [], note="Agency credit."))
    w = d(2023, 1, 7, 12, 0, 0, -3)
    add("peru-protestos-mortos-puno", "Peru: protestos deixam 17 mortos em Puno", w,
        "Confrontos com a polícia. &quot;Queremos justiça&quot;, disse o agricultor Wilber Quispe Mamani. Por Thiago Nascimento e Lúcia Vasconcelos, PG",
        lambda k: it(k, "Peru: protestos deixam 17 mortos em Puno", w, ["Thiago Nascimento", "Lúcia Vasconcelos"], quotes=[q("Wilber Quispe Mamani")]))
    w = d(2023, 1, 6, 20, 0, 0, -3)
    add("video-ucrania-tregua-natal-ortodoxo", "VÍDEO: Ucrânia rejeita trégua de Natal anunciada por Moscou", w,
        "Assista.", lambda k: it(k, "VÍDEO: Ucrânia rejeita trégua de Natal anunciada por Moscou", w, [], story=False, rel=False, note="Video. " + LBL.format("VÍDEO:")), img=False)
    w = d(2023, 1, 6, 9, 0, 0, -3)
    add("podcast-mundo-em-pauta-china-covid", "Mundo em Pauta: a China reabre após três anos de Covid zero", w,
        "Ouça o podcast.", lambda k: it(k, "Mundo em Pauta: a China reabre após três anos de Covid zero", w, [], story=False, rel=False, note="Podcast."), img=False)
    rows, items = ordered(rows, items)
    text = _ch("Portal Guanabara &gt; Mundo", f"{base}/mundo/", "Notícias do mundo", "pt-BR", rows)
    return feed("pt_br_portalguanabara_mundo.rss.xml", text, items, lang="pt", outlet="Portal Guanabara", structure="Rio portal RSS (image + <br /> + text, '.ghtml' links)", notes="January 2023. Home country Brazil.")


# ---------------------------------------------------------------- Lisbon daily
def tejo():
    base = "https://www.diariodotejo.example"
    rows, items = [], []

    def add(nid, slug, title, w, author, body, exp):
        link = f"{base}/{w:%Y/%m/%d}/mundo/noticia/{slug}-{nid}"
        extra = f"    <author>{esc(author)}</author>\n" if author else ""
        rows.append(ri(esc(title), link, link, rfc822(w), esc(body), extra=extra, ind="  "))
        items.append(exp(link))

    w = d(2020, 6, 2, 18, 0, 0, 1)
    add(1919201, "protestos-eua-george-floyd-noite", "Protestos nos EUA: sétima noite de manifestações e recolher obrigatório", w, "Rita Sarmento Lobo, em Nova Iorque",
        "<p>Milhares desafiaram o recolher obrigatório. «Estamos cansados de ter medo», disse Keisha Armstead, enfermeira de Brooklyn.</p>",
        lambda k: it(k, "Protestos nos EUA: sétima noite de manifestações e recolher obrigatório", w, ["Rita Sarmento Lobo"], quotes=[q("Keisha Armstead")], note="'Name, em City'."))
    w = d(2020, 6, 2, 12, 0, 0, 1)
    add(1919180, "hong-kong-lei-seguranca-reino-unido-passaportes", "Londres oferece vistos a três milhões de habitantes de Hong Kong", w, "Lusa",
        "<p>Resposta britânica à lei de segurança.</p>",
        lambda k: it(k, "Londres oferece vistos a três milhões de habitantes de Hong Kong", w, [], note="Agency."))
    w = d(2020, 6, 1, 20, 0, 0, 1)
    add(1919150, "covid-19-portugal-desconfinamento-fase-tres", "Desconfinamento: terceira fase arranca com centros comerciais abertos", w, "Joana Pereira Brás",
        "<p>Lisboa mantém restrições.</p>",
        lambda k: it(k, "Desconfinamento: terceira fase arranca com centros comerciais abertos", w, ["Joana Pereira Brás"], rel=False, note="Portuguese home news: not relevant."))
    w = d(2020, 6, 1, 14, 0, 0, 1)
    add(1919130, "brasil-bolsonaro-manifestacoes-democracia", "Brasil: manifestações pró e contra o Governo acabam em confronto", w, "Pedro Caeiro e Mariana Lopes Dantas",
        "<p>Polícia usou gás lacrimogéneo em São Paulo.</p>",
        lambda k: it(k, "Brasil: manifestações pró e contra o Governo acabam em confronto", w, ["Pedro Caeiro", "Mariana Lopes Dantas"]))
    w = d(2020, 6, 1, 9, 0, 0, 1)
    add(1919100, "opiniao-europa-fundo-recuperacao", "Opinião: o fundo de recuperação é o momento hamiltoniano da Europa?", w, "Tiago Fontes Mendonça",
        "<p>O autor é investigador em assuntos europeus. Escreve segundo o novo acordo ortográfico.</p>",
        lambda k: it(k, "Opinião: o fundo de recuperação é o momento hamiltoniano da Europa?", w, ["Tiago Fontes Mendonça"], junk=["Escreve segundo o novo acordo ortográfico"], note="Opinion. " + LBL.format("Opinião:")))
    w = d(2020, 5, 31, 18, 0, 0, 1)
    add(1919080, "newsletter-mundo-semana", "Newsletter: o mundo numa semana", w, "",
        "<p>Subscreva.</p>",
        lambda k: it(k, "Newsletter: o mundo numa semana", w, [], story=False, rel=False, note="Newsletter promo."))
    rows, items = ordered(rows, items)
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n<channel>\n  <title>Diário do Tejo - Mundo</title>\n  <link>' + base + '/mundo</link>\n  <description>Mundo</description>\n  <language>pt-PT</language>\n'
            + "\n".join(rows) + "\n</channel>\n</rss>\n")
    return feed("pt_pt_diariodotejo_mundo.rss.xml", text, items, lang="pt", outlet="Diário do Tejo", structure="Lisbon daily's RSS (<author> 'Name, em City')", notes="June 2020. Home country Portugal.")


FEEDS = [alster, isar, donau, tevere, mole, guanabara, tejo]
