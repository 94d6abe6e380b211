# ruff: noqa: E501  (feed text is data: long lines are the content)
"""Italian feeds of the fortieth held-out set: a Cremona daily on WordPress 4.4, a Venice regional
TV on Drupal 7 (Italian day and month names in pubDate), a Rome news agency's custom feed and a
San Marino daily on Joomla 3. All outlets, people and quotations are invented."""
from gen40 import rss_feed
from h40 import d, it, q

LAB = "Title label '{}' may be kept or dropped"


def padana():
    b = "https://www.gazzettapadana.example"
    J = ["L'articolo", "proviene da"]

    def r(pid, slug, title, w, cr, body, cats, exp):
        foot = f' <p>L&#8217;articolo <a rel="nofollow" href="{b}/{slug}/">{title}</a> proviene da <a rel="nofollow" href="{b}">Gazzetta Padana</a>.</p>'
        return (f"{b}/?p={pid}", f"{b}/{slug}/", title, w, cr, body + foot, cats, exp)

    w1, w2, w3, w4, w5, w6 = d(2015, 11, 14, 10, 5, 0, 1), d(2015, 11, 14, 8, 30, 0, 1), d(2015, 11, 13, 19, 0, 0, 1), d(2015, 11, 13, 12, 40, 0, 1), d(2015, 11, 12, 17, 20, 0, 1), d(2015, 11, 12, 9, 0, 0, 1)
    t1 = "Parigi, notte di terrore: oltre cento morti al Bataclan e allo Stade de France"
    t2 = "La Farnesina attiva l'unità di crisi: «Nessun italiano tra le vittime accertate»"
    t3 = "Fotogallery: la Fiera del Torrone in piazza del Comune"
    t4 = "Libia, a Roma la conferenza internazionale: l'Italia punta al governo di unità"
    t5 = "Legge di stabilità, via libera del Senato: cosa cambia per i Comuni"
    t6 = "Cremonese, Tesser: «Con il Pavia serve la gara perfetta»"
    rows = [
        r(88211, "parigi-attentati-bataclan-stade-de-france", t1, w1, "Redazione", "<p>PARIGI – Una serie di attacchi coordinati ha colpito la capitale francese venerdì sera. Lo stato d&#8217;emergenza è stato proclamato in tutto il Paese (ANSA).</p>", ["Esteri"],
          lambda k: it(k, t1, w1, [], junk=J + ["(ANSA)"], note="WordPress 4.4 with the 'proviene da' footer of an Italian SEO plugin. 'Redazione' is a desk. Relevant.")),
        r(88209, "farnesina-unita-di-crisi-parigi-italiani", t2, w2, "Marco Ferrandi", "<p>di Marco Ferrandi</p><p>ROMA – «Stiamo verificando la posizione di ogni connazionale», ha detto il portavoce della Farnesina Aldo Rinaldi. Tra i dispersi c&#8217;è una ricercatrice veneziana.</p>", ["Esteri"],
          lambda k: it(k, t2, w2, ["Marco Ferrandi"], junk=J, quotes=[q("Aldo Rinaldi", "Farnesina")], note="Italy's foreign ministry after an attack abroad: relevant. 'di Name' byline line at the top of the body.")),
        r(88190, "fotogallery-fiera-del-torrone", t3, w3, "Redazione", "<p>Le immagini della prima giornata.</p>", ["Fotogallery"],
          lambda k: it(k, t3, w3, [], story=False, rel=False, junk=J, note="Photo gallery: not a story. " + LAB.format("Fotogallery:"))),
        r(88177, "libia-conferenza-roma-governo-unita", t4, w4, "Marco Ferrandi", "<p>di Marco Ferrandi</p><p>L&#8217;Italia ospiterà a dicembre una conferenza con i Paesi confinanti con la Libia. «Senza un governo unitario non c&#8217;è piano possibile», ha detto la diplomatica Silvia Caruso, inviata speciale per la Libia.</p>", ["Esteri", "Libia"],
          lambda k: it(k, t4, w4, ["Marco Ferrandi"], junk=J, quotes=[q("Silvia Caruso")], note="Italy's own foreign policy: relevant. 'inviata speciale per la Libia' is a job title, no organisation written.")),
        r(88160, "legge-stabilita-senato-comuni", t5, w5, "Paola Bertoletti", "<p>Il Senato ha approvato la manovra con la fiducia. Per i Comuni del Cremonese sblocco parziale del patto di stabilità.</p>", ["Esteri", "Politica"],
          lambda k: it(k, t5, w5, ["Paola Bertoletti"], rel=False, junk=J, note="Home budget law with the Esteri category attached: a story, not relevant.")),
        r(88151, "cremonese-tesser-pavia", t6, w6, "Gianni Lodigiani", "<p>«Con il Pavia serve la gara perfetta», ha detto l&#8217;allenatore grigiorosso Attilio Tesser alla vigilia.</p>", ["Sport"],
          lambda k: it(k, t6, w6, ["Gianni Lodigiani"], rel=False, junk=J, quotes=[q("Attilio Tesser")], note="Home football in the feed: a story, not relevant.")),
    ]
    return rss_feed("it_gazzettapadana_esteri_wp44.rss.xml", b, rows, style="wp", lang="it", outlet="Gazzetta Padana", link=f"{b}/category/esteri/",
                    chan_title="Esteri &#8211; Gazzetta Padana", chan_desc="Il quotidiano di Cremona e provincia", language="it-IT", generator="https://wordpress.org/?v=4.4.2",
                    structure="Cremona daily's 'Esteri' category on WordPress 4.4.2: WordPress's namespace block, channel 'Esteri &#8211; Brand', it-IT, '?p=<id>' guids, GMT pubDates (newsroom +0100), CDATA dc:creator with a person or 'Redazione', CDATA categories, CDATA HTML descriptions with a 'di Name' byline paragraph, «…» quotes with 'ha detto', upper-case 'CITY –' datelines, '(ANSA)', and an SEO plugin's 'L’articolo … proviene da …' footer with rel=nofollow; a gallery, a home budget story and football, November 2015")


def telelaguna():
    b = "https://www.telelaguna.example"
    J = ["Leggi tutto"]

    def r(nid, slug, title, w, cr, body, cats, exp):
        return (f"{nid} at {b}", f"{b}/notizie/mondo/{slug}", title, w, cr, body + f' <a href="{b}/notizie/mondo/{slug}">Leggi tutto</a>', cats, exp)

    w1, w2, w3, w4, w5, w6 = d(2017, 10, 27, 19, 45, 0, 2), d(2017, 10, 26, 13, 10, 0, 2), d(2017, 10, 25, 20, 0, 0, 2), d(2017, 10, 23, 9, 30, 0, 2), d(2017, 10, 20, 18, 15, 0, 2), d(2017, 10, 19, 7, 50, 0, 2)
    t1 = "Catalogna, il Parlamento vota l'indipendenza. Madrid commissaria la regione"
    t2 = "Brexit, stallo sui diritti dei cittadini: «Tremila veneti a Londra in attesa»"
    t3 = "VIDEO | Acqua alta a Venezia, 110 centimetri in piazza San Marco"
    t4 = "Referendum sull'autonomia, il Veneto vota sì al 98%: ora la trattativa con Roma"
    t5 = "Kurdistan iracheno, dopo il referendum l'esercito riprende Kirkuk"
    t6 = "Vertice Ue, accordo sulla riforma dei lavoratori distaccati"
    rows = [
        r(51442, "catalogna-parlamento-indipendenza-madrid-155", t1, w1, "Elisa Marangon", "<p>BARCELLONA – Il Parlamento catalano ha approvato la dichiarazione di indipendenza. Il Senato spagnolo ha autorizzato l&#39;articolo 155.</p>", ["Mondo", "Spagna"],
          lambda k: it(k, t1, w1, ["Elisa Marangon"], note="Drupal 7 format_date translates day and month names through t(), so with Italian as the site language pubDate reads 'ven, 27 ott 2017'. Relevant.")),
        r(51420, "brexit-diritti-cittadini-veneti-londra", t2, w2, "Elisa Marangon", "<p>«Siamo in tremila solo dal Veneto e nessuno sa cosa succederà», ha detto Chiara Pizzolato, dell&#39;associazione Veneti nel Regno Unito.</p>", ["Mondo"],
          lambda k: it(k, t2, w2, ["Elisa Marangon"], quotes=[q("Chiara Pizzolato", "associazione Veneti nel Regno Unito")], note="Brexit talks with a local angle: relevant.")),
        r(51401, "video-acqua-alta-venezia-110", t3, w3, "", "<p>Le immagini della marea di questa sera.</p>", ["Video"],
          lambda k: it(k, t3, w3, [], story=False, rel=False, note="Video: not a story. " + LAB.format("VIDEO |"))),
        r(51377, "referendum-autonomia-veneto-98-trattativa-roma", t4, w4, "Davide Scarpa", "<p>VENEZIA – Affluenza al 57%. «Da domani si tratta», ha detto il presidente della Regione.</p>", ["Mondo", "Politica"],
          lambda k: it(k, t4, w4, ["Davide Scarpa"], rel=False, note="Regional autonomy vote (home politics) under Mondo: a story, not relevant. The unnamed regional president is not a labelled speaker.")),
        r(51350, "kurdistan-iracheno-kirkuk-esercito", t5, w5, "Redazione Mondo", "<p>BAGDAD – Le forze irachene hanno ripreso il controllo di Kirkuk e dei suoi pozzi petroliferi.</p>", ["Mondo"],
          lambda k: it(k, t5, w5, [], note="Desk credit: []. Relevant.")),
        r(51338, "vertice-ue-lavoratori-distaccati", t6, w6, "Redazione Mondo", "<p>BRUXELLES – I ministri del Lavoro hanno trovato un&#39;intesa dopo dodici ore di negoziato. L&#39;Italia ha votato a favore.</p>", ["Mondo", "Europa"],
          lambda k: it(k, t6, w6, [], note="EU deal in which Italy took part: relevant.")),
    ]
    return rss_feed("it_telelaguna_mondo_drupal7.rss.xml", b, rows, style="drupal7", lang="it", outlet="TeleLaguna", aliases=["Tele Laguna"], date_lang="it", link=f"{b}/notizie/mondo",
                    chan_title="Mondo | TeleLaguna", chan_desc="", language="it",
                    structure="Venice regional TV's 'Mondo' taxonomy feed on Drupal 7 (taxonomy/term/<tid>/feed): xml:base, dc namespace, two-space indentation, empty channel description, language 'it', escaped HTML teasers ending with a 'Leggi tutto' link, taxonomy <category domain=…>, pubDate with ITALIAN day and month names (Drupal 7 format_date passes D and M through t(): 'ven, 27 ott 2017 19:45:00 +0200'), dc:creator with a person, 'Redazione Mondo' or absent, '<nid> at <base>' guids, «…» quotes, a video with 'VIDEO |', the Veneto autonomy referendum (home politics) under Mondo, October 2017")


def aine():
    b = "https://www.aine-agenzia.example"

    def r(nid, title, w, cr, body, exp):
        return (f"AINE-{nid}", f"{b}/notizia/{nid}", title, w, cr, body, [], exp)

    w1, w2, w3, w4, w5, w6 = d(2023, 11, 23, 18, 2, 0, 1), d(2023, 11, 23, 12, 47, 0, 1), d(2023, 11, 22, 22, 30, 0, 1), d(2023, 11, 20, 16, 55, 0, 1), d(2023, 11, 20, 8, 0, 0, 1), d(2023, 11, 19, 23, 40, 0, 1)
    t1 = "Olanda: voto, il partito di Wilders primo. Trattative difficili per il governo"
    t2 = "Migranti, intesa Italia-Albania: via libera alla ratifica in commissione"
    t3 = "Manovra, la Camera accelera: emendamenti entro venerdì"
    t4 = "Gaza: tregua di quattro giorni, scambio di ostaggi e prigionieri"
    t5 = "AGENDA ESTERI: gli appuntamenti di lunedì 20 novembre"
    t6 = "Argentina: ballottaggio, vince Milei. «Un cambio d'epoca», dice il politologo Ruiz"
    rows = [
        r(231123118, t1, w1, "AINE", "<p>(AINE) L&#8217;Aia, 23 nov. &#8211; Il Partito per la Libertà ha ottenuto 37 seggi. «Nessuno vuole governare con lui, ma nessuno può ignorarlo», ha detto all&#8217;AINE l&#8217;analista Pieter Goossens.</p>",
          lambda k: it(k, t1, w1, [], junk=["(AINE)"], quotes=[q("Pieter Goossens")], note="Agency copy: dateline '(AINE) City, 23 nov. –' in Italian agency style; 'AINE' in <author> is the agency: []. Relevant.")),
        r(231123064, t2, w2, "Laura Ceccarelli", "<p>(AINE) Roma, 23 nov. &#8211; Il protocollo con Tirana prevede due centri in territorio albanese. «È un modello per l&#8217;Europa», ha detto il sottosegretario Enrico Valli. (di Laura Ceccarelli)</p>",
          lambda k: it(k, t2, w2, ["Laura Ceccarelli"], junk=["(AINE)"], quotes=[q("Enrico Valli")], note="Italy's own foreign and migration policy with Albania: relevant. The byline '(di Name)' closes the body.")),
        r(231122201, t3, w3, "AINE", "<p>(AINE) Roma, 22 nov. &#8211; La commissione Bilancio fissa il calendario.</p>",
          lambda k: it(k, t3, w3, [], rel=False, junk=["(AINE)"], note="Home budget story on the agency's Esteri wire: a story, not relevant.")),
        r(231120150, t4, w4, "AINE", "<p>(AINE) Gerusalemme, 20 nov. &#8211; L&#8217;accordo mediato dal Qatar prevede il rilascio di 50 ostaggi.</p>",
          lambda k: it(k, t4, w4, [], junk=["(AINE)"], note="Relevant.")),
        r(231120010, t5, w5, "AINE", "<p>Ore 10: Consiglio Affari Esteri Ue a Bruxelles. Ore 15: conferenza stampa alla Farnesina.</p>",
          lambda k: it(k, t5, w5, [], story=False, rel=False, note="Daily agenda of appointments: not a story. " + LAB.format("AGENDA ESTERI:"))),
        r(231119233, t6, w6, "Laura Ceccarelli", "<p>(AINE) Buenos Aires, 19 nov. &#8211; «Un cambio d&#8217;epoca», ha detto il politologo Martín Ruiz dell&#8217;Università di La Plata. (di Laura Ceccarelli)</p>",
          lambda k: it(k, t6, w6, ["Laura Ceccarelli"], junk=["(AINE)"], quotes=[q("Martín Ruiz", "Università di La Plata")], note="Foreign election: relevant. The president-elect appears only as a setting.")),
    ]
    return rss_feed("it_aine_esteri_agency_php.rss.xml", b, rows, style="php", lang="it", outlet="AINE", aliases=["Agenzia Italiana Notizie Estere"], link=f"{b}/esteri",
                    chan_title="AINE - Esteri", chan_desc="Agenzia Italiana Notizie Estere - notiziario esteri", language="it",
                    structure="Rome news agency's 'Esteri' wire as a one-line RSS from its own PHP site: no whitespace between items, 'AINE-<wire number>' non-permalink guids, CDATA HTML bodies opening with the agency dateline '(AINE) Città, 23 nov. –' (numeric en-dash references), RSS <author> holding the agency name, a person or nothing, a '(di Name)' byline tail, «…» quotes with 'ha detto' and 'dice', a home budget item on the foreign wire, a daily 'AGENDA ESTERI' schedule, +0100 dates, November 2023")


def titano():
    b = "https://www.tribunadeltitano.example"

    def r(aid, alias, title, w, cr, body, exp):
        u = f"{b}/dal-mondo/{aid}-{alias}"
        return (u, u, title, w, cr, body, ["Dal Mondo"], exp)

    w1, w2, w3, w4, w5, w6 = d(2019, 8, 29, 18, 30, 0, 2), d(2019, 8, 28, 11, 0, 0, 2), d(2019, 8, 27, 16, 20, 0, 2), d(2019, 8, 26, 9, 45, 0, 2), d(2019, 8, 24, 12, 0, 0, 2), d(2019, 8, 23, 20, 10, 0, 2)
    t1 = "Italia, nasce il governo giallorosso: cosa cambia per San Marino"
    t2 = "Accordo di associazione con l'Ue, nuovo round a Bruxelles"
    t3 = "Consiglio Grande e Generale, sessione fiume sull'assestamento di bilancio"
    t4 = "Amazzonia in fiamme, il G7 stanzia 20 milioni"
    t5 = "SONDAGGIO | Vi sentite più vicini all'Italia o all'Europa?"
    t6 = "Hong Kong, dodicesimo weekend di proteste"
    rows = [
        r(8841, "italia-governo-giallorosso-san-marino", t1, w1, "Matteo Gasperoni", "<p>Il nuovo esecutivo di Roma dovrà ratificare gli accordi sui frontalieri. «Con Roma serve continuità», ha detto il Segretario di Stato Luca Berardi.</p><p class=\"readmore\">Leggi tutto...</p>",
          lambda k: it(k, t1, w1, ["Matteo Gasperoni"], junk=["Leggi tutto..."], quotes=[q("Luca Berardi")], note="From San Marino, Italy's government crisis is foreign politics: relevant. 'Segretario di Stato' is a title.")),
        r(8833, "accordo-associazione-ue-bruxelles", t2, w2, "Matteo Gasperoni", "<p>Il negoziato per l&#39;accordo di associazione con l&#39;Unione europea entra nella fase tecnica.</p><p class=\"readmore\">Leggi tutto...</p>",
          lambda k: it(k, t2, w2, ["Matteo Gasperoni"], junk=["Leggi tutto..."], note="San Marino's own foreign policy toward the EU: relevant.")),
        r(8827, "consiglio-grande-generale-assestamento", t3, w3, "Redazione", "<p>Seduta notturna a Palazzo Pubblico.</p><p class=\"readmore\">Leggi tutto...</p>",
          lambda k: it(k, t3, w3, [], rel=False, junk=["Leggi tutto..."], note="Home parliament under Dal Mondo: a story, not relevant.")),
        r(8819, "amazzonia-fiamme-g7-biarritz", t4, w4, "Redazione", "<p>BIARRITZ – I leader del G7 hanno annunciato un fondo d&#39;emergenza. (ANSA)</p><p class=\"readmore\">Leggi tutto...</p>",
          lambda k: it(k, t4, w4, [], junk=["(ANSA)", "Leggi tutto..."], note="Relevant.")),
        r(8810, "sondaggio-italia-europa", t5, w5, "Redazione", "<p>Vota il nostro sondaggio.</p><p class=\"readmore\">Leggi tutto...</p>",
          lambda k: it(k, t5, w5, [], story=False, rel=False, note="Reader poll: not a story. " + LAB.format("SONDAGGIO |"))),
        r(8802, "hong-kong-proteste-dodicesimo-weekend", t6, w6, "Francesca Terenzi", "<p>HONG KONG – Lacrimogeni e idranti a Tsuen Wan.</p><p class=\"readmore\">Leggi tutto...</p>",
          lambda k: it(k, t6, w6, ["Francesca Terenzi"], junk=["Leggi tutto..."], note="Relevant.")),
    ]
    return rss_feed("it_sm_tribunadeltitano_dalmondo_joomla3.rss.xml", b, rows, style="joomla", lang="it", outlet="La Tribuna del Titano", aliases=["Tribuna del Titano"], link=f"{b}/dal-mondo",
                    chan_title="Dal Mondo", chan_desc="La Tribuna del Titano - quotidiano sammarinese", language="it-it", generator="Joomla! - Open Source Content Management",
                    structure="San Marino daily's 'Dal Mondo' category on Joomla 3.9 (?format=feed&type=rss): tab indentation, channel title only the section, brand in the description, language 'it-it' (Joomla's installed language: nothing says San Marino except 'Palazzo Pubblico', 'Consiglio Grande e Generale', 'Segretario di Stato'), permalink guids = links, CDATA intro text with a 'Leggi tutto...' paragraph, <author> as 'address (Name)' with a person or 'Redazione', <category>, +0200 dates, a reader poll, August 2019")


FEEDS = [padana, telelaguna, aine, titano]
