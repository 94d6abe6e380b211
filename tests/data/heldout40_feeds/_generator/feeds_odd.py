# ruff: noqa: E501  (feed text is data: long lines are the content)
"""The two oddly encoded feeds of the fortieth held-out set: a Vaduz weekly's feed written by an
IBM midrange program in EBCDIC (IBM500, declared) and a Porto Alegre radio's classic-ASP feed in
UTF-7 (declared and served). All outlets, people and quotations are invented."""
from feeds_pt import mk
from h40 import d, q


def vaduz():
    return mk("de_li_vaduzerlandesbote_ausland_ebcdic_ibm500.rss.xml", "http://www.vaduzer-landesbote.example", [
        ("krim-referendum-annexion", "Krim: Moskau unterzeichnet Beitrittsvertrag", d(2014, 3, 18, 17, 0, 0, 1), "", "<p>Moskau. Der Westen spricht von Annexion. (sda/dpa)</p>", [], [], True, True, ["(sda/dpa)"], None, "EBCDIC bytes (IBM500), declared in the prolog. Relevant."),
        ("liechtenstein-informationsaustausch-oecd", "Liechtenstein sagt automatischen Informationsaustausch zu", d(2014, 3, 14, 11, 0, 0, 1), "Martin Büchel", "<p>Vaduz. «Wir wollen bei den Ersten sein», sagte Regierungsrat Thomas Frommelt.</p>", [], ["Martin Büchel"], True, True, [], [q("Thomas Frommelt")], "Liechtenstein's own foreign/financial diplomacy: relevant."),
        ("schweiz-masseneinwanderung-folgen-liechtenstein", "Nach dem Ja zur Zuwanderungsinitiative: Was gilt für Grenzgänger?", d(2014, 3, 12, 8, 0, 0, 1), "Martin Büchel", "<p>Bern/Vaduz. Das Schweizer Votum betrifft auch 20 000 Pendler.</p>", [], ["Martin Büchel"], True, True, [], None, "From Liechtenstein the Swiss vote is foreign news: relevant."),
        ("landtag-budget-sparpaket", "Landtag verabschiedet drittes Sparpaket", d(2014, 3, 13, 19, 0, 0, 1), "Andrea Marxer", "<p>Vaduz. Die Debatte dauerte bis Mitternacht.</p>", [], ["Andrea Marxer"], False, True, [], None, "Home politics: not relevant."),
        ("fc-vaduz-challenge-league-tabellenspitze", "FC Vaduz verteidigt die Tabellenspitze", d(2014, 3, 16, 18, 0, 0, 1), "", "<p>2:0 gegen Wohlen.</p>", [], [], False, True, [], None, "Home sport: not relevant."),
        ("bildergalerie-funkensonntag-schaan", "Bildergalerie: Funkensonntag in Schaan", d(2014, 3, 10, 9, 0, 0, 1), "", "<p>Die Bilder.</p>", [], [], False, False, [], None, "Gallery: not a story. Title label 'Bildergalerie:' may be kept or dropped."),
    ], "php", "Vaduzer Landesbote", "Vaduzer Landesbote - Ausland", "Vaduzer Landesbote - Ausland", "de-LI",
        "Vaduz paper's 'Ausland' feed written by an RPG program on an IBM midrange server and served unconverted: EBCDIC bytes (code page 500), prolog encoding=\"IBM500\", header 'text/xml; charset=IBM500', one line, German day and month names in pubDate ('Di, 18 Mär 2014'), «…» quotes, '(sda/dpa)', de-LI, +0100 dates, March 2014",
        date_lang="de", path="ausland", lang="de", encoding="cp500", decl="IBM500", declared="IBM500", ctype="text/xml; charset=IBM500", acceptable=("decoded", "refused"), aliases=["Landesbote"])


def gaucha():
    return mk("pt_br_radiopampaverde_mundo_utf7.rss.xml", "http://www.radiopampaverde.example", [
        ("argentina-primarias-resultado", "Argentina: oposição vence as primárias e peso despenca", d(2019, 8, 12, 19, 0, 0, -3), "Fernanda Schmitt", "<p>“O mercado levou um susto”, disse o economista Tiago Lorenzoni, da PUCRS.</p>", [], ["Fernanda Schmitt"], True, True, [], [q("Tiago Lorenzoni", "PUCRS")], "UTF-7 bytes, declared and served. Neighbour's election: relevant."),
        ("amazonia-queimadas-franca-itamaraty", "Queimadas: Itamaraty rebate críticas da França", d(2019, 8, 23, 18, 0, 0, -3), "Agência Brasil", "<p>Brasília – O governo classificou as críticas de “colonialistas”.</p>", [], [], True, True, [], None, "Brazil's own foreign policy: relevant."),
        ("gremio-libertadores-quartas", "Grêmio vence e avança na Libertadores", d(2019, 8, 22, 23, 30, 0, -3), "Esporte", "<p>Gol nos acréscimos.</p>", [], [], False, True, [], None, "Home sport: not relevant."),
        ("porto-alegre-orla-guaiba-obras", "Prefeitura retoma obras do trecho 3 da Orla do Guaíba", d(2019, 8, 21, 10, 0, 0, -3), "Fernanda Schmitt", "<p>Previsão de entrega em 2021.</p>", [], ["Fernanda Schmitt"], False, True, [], None, "Home city: not relevant."),
        ("hong-kong-protestos-aeroporto", "Hong Kong: protestos fecham aeroporto pelo segundo dia", d(2019, 8, 13, 9, 0, 0, -3), "", "<p>Voos cancelados.</p>", [], [], True, True, [], None, "Relevant."),
        ("ouca-correspondente-buenos-aires", "Ouça: o correspondente em Buenos Aires analisa as primárias", d(2019, 8, 12, 21, 0, 0, -3), "", "<p>Áudio do Jornal da Noite.</p>", [], [], False, False, [], None, "Audio clip: not a story. Title label 'Ouça:' may be kept or dropped."),
    ], "php", "Rádio Pampa Verde", "Rádio Pampa Verde - Mundo", "Rádio Pampa Verde - Mundo", "pt-BR",
        "Porto Alegre radio's 'Mundo' feed from a classic-ASP page whose Response.Charset and CodePage were set to UTF-7 (65000): the bytes are UTF-7 (accents and curly quotes as '+AOk-'-style base64 runs), prolog encoding=\"utf-7\", header 'text/xml; charset=utf-7', one line, <author> with a person, 'Agência Brasil', 'Esporte' or empty, “…” quotes with 'disse', -0300 dates, August 2019",
        path="mundo", lang="pt", encoding="utf-7", decl="utf-7", declared="utf-7", ctype="text/xml; charset=utf-7", acceptable=("decoded", "refused"), aliases=["Pampa Verde"])


FEEDS = [vaduz, gaucha]
