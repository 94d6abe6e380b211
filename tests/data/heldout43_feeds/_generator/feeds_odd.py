# ruff: noqa: E501  (feed text is data: long lines are the content)
"""The two broken feeds of the forty-third held-out set, both made by middleware between the CMS
and the reader: a Kota Kinabalu daily whose WordPress feed starts with PHP 'Deprecated' and
'Warning' notices printed by a share plugin BEFORE the XML declaration (and therefore served as
text/html), and a Praia (Cabo Verde) weekly's feed run through a page-optimisation plugin's HTML
minifier that collapses whitespace and strips the quotes from attribute values, in the XML as in
the HTML. All outlets, people and quotations are invented."""
import re

from h43 import d, feed, it, q, rfc822, wp_item, wp_rss


def _sorted(rows, items):
    pairs = sorted(zip(rows, items, strict=True), key=lambda r: r[1].published, reverse=True)
    return [r for r, _ in pairs], [i for _, i in pairs]


# ---------------------------------------------------------------- PHP notices before the XML declaration, 2019
def tideline():
    base = "https://www.borneotideline.example"
    root = "/home/tideline/public_html"
    plug = f"{root}/wp-content/plugins/wp-social-sharebar/sharebar.php"
    rows, items = [], []
    bar = ('<div class="wss-sharebar"><span class="wss-label">Share this:</span> <a class="wss-fb" href="https://www.facebook.com/sharer.php?u={u}">Facebook</a> '
           '<a class="wss-tw" href="https://twitter.com/intent/tweet?url={u}">Twitter</a> <a class="wss-wa" href="https://api.whatsapp.com/send?text={u}">WhatsApp</a></div>')

    def add(pid, slug, title, when, creator, cats, excerpt, body, exp):
        url = f"{base}/{when.strftime('%Y/%m/%d')}/{slug}/"
        rows.append(wp_item(title, url, when, [creator], cats, pid, base, excerpt + " [&hellip;]", body + bar.replace("{u}", url)))
        items.append(exp(f"{base}/?p={pid}"))

    junk = ["Deprecated", "Warning", "create_function", "headers already sent", "Share this:", "public_html"]
    w = d(2019, 11, 24, 22, 40, 0, 8)
    add(120455, "hong-kong-district-council-polls-record-turnout", "Hong Kong votes in record numbers in district council polls", w, "Jessica Liew", ["World"],
        "Turnout in Hong Kong's district council elections passed 70 per cent, the highest in the city's history.",
        "<p>HONG KONG: Turnout in Sunday&#8217;s district council elections passed 70 per cent, the highest in the city&#8217;s history, after nearly six months of protests.</p>"
        "<p>&#8220;People queued for two hours in the sun. That tells you what this vote meant,&#8221; said Kenneth Chan Wai-ming, a Sabah-born accountant who has lived in Sha Tin for 15 years.</p>"
        "<p>Results were expected early on Monday.</p>",
        lambda k: it(k, "Hong Kong votes in record numbers in district council polls", w, ["Jessica Liew"], quotes=[q("Kenneth Chan Wai-ming")], junk=junk,
                     note="The document does not start with the XML declaration: PHP printed a 'Deprecated: Function create_function() is deprecated in …/sharebar.php on line 88' notice and a 'Warning: Cannot modify header information - headers already sent by …' notice, each in <br /><b>…</b> HTML, before '<?xml'. Because headers were already sent, the server's default 'text/html; charset=UTF-8' went out. Everything after the notices is a normal WordPress feed. Recovering all six items with clean summaries is good; a one-line refusal is acceptable; notice text in an item or a crash is a defect. Relevant."))
    w = d(2019, 11, 24, 9, 15, 0, 8)
    add(120430, "bougainville-independence-referendum-opens", "Bougainville begins two-week vote on independence from Papua New Guinea", w, "Reuters", ["World"],
        "Voting runs until December 7, and the result is not binding.",
        "<p>ARAWA: Voters in Bougainville began casting ballots on Saturday in a two-week referendum on independence from Papua New Guinea, the centrepiece of a peace deal that ended a decade-long civil war.</p>"
        "<p>The result is not binding; PNG&#8217;s parliament has the final say.</p>",
        lambda k: it(k, "Bougainville begins two-week vote on independence from Papua New Guinea", w, [], junk=junk, note="Agency in dc:creator: no author. Relevant."))
    w = d(2019, 11, 23, 18, 0, 0, 8)
    add(120411, "sabah-esszone-curfew-extended", "ESSZone curfew extended for another two weeks", w, "Mohd Hafiz Jainal", ["Sabah"],
        "The dusk-to-dawn sea curfew covers seven districts on the east coast.",
        "<p>KOTA KINABALU: The dusk-to-dawn sea curfew in the Eastern Sabah Security Zone has been extended for two weeks, covering waters off seven east-coast districts, state police said.</p>",
        lambda k: it(k, "ESSZone curfew extended for another two weeks", w, ["Mohd Hafiz Jainal"], rel=False, junk=junk, note="State security routine: a story, not relevant."))
    w = d(2019, 11, 18, 20, 30, 0, 8)
    add(120320, "sri-lanka-new-president-sworn-in", "Sri Lanka's new president sworn in at ancient Buddhist site", w, "Jessica Liew", ["World"],
        "The former defence secretary won 52 per cent of the vote.",
        "<p>COLOMBO: Sri Lanka&#8217;s new president, a former defence secretary, was sworn in on Monday at an ancient Buddhist site in Anuradhapura, a day after winning 52 per cent of the vote.</p>"
        "<p>&#8220;Minority voters in the north and east went the other way almost entirely,&#8221; said Dr Priya Selvanathan, who lectures in South Asian politics at a university in Kuala Lumpur.</p>",
        lambda k: it(k, "Sri Lanka's new president sworn in at ancient Buddhist site", w, ["Jessica Liew"], quotes=[q("Priya Selvanathan")], junk=junk, note="Relevant."))
    w = d(2019, 11, 22, 12, 0, 0, 8)
    add(120398, "video-kk-waterfront-night-market", "Video: A night at the KK waterfront market", w, "Tideline Video", ["Video"],
        "Watch.",
        '<p><iframe width="560" height="315" src="https://www.youtube.com/embed/KkWf91nM" frameborder="0" allowfullscreen></iframe></p>',
        lambda k: it(k, "Video: A night at the KK waterfront market", w, [], story=False, rel=False, junk=junk, note="Video only: not a story. Title label 'Video:' may be kept or dropped."))
    w = d(2019, 11, 21, 15, 45, 0, 8)
    add(120380, "philippines-sabah-claim-passport-map-row", "Putrajaya protests Manila passport map showing Sabah", w, "Mohd Hafiz Jainal", ["World", "Sabah"],
        "Wisma Putra summoned the Philippine envoy over a map in new passports.",
        "<p>KOTA KINABALU: Wisma Putra has summoned the Philippine ambassador after reports that a map showing Sabah as Philippine territory would be printed in new passports.</p>"
        "<p>&#8220;Sabah is not up for discussion, in a passport or anywhere else,&#8221; said Datuk Joanna Mojuntin, a state assemblywoman from Penampang.</p>",
        lambda k: it(k, "Putrajaya protests Manila passport map showing Sabah", w, ["Mohd Hafiz Jainal"], quotes=[q("Joanna Mojuntin")], junk=junk,
                     note="Honorific 'Datuk' is not part of the name. A bilateral territorial dispute: relevant."))
    rows, items = _sorted(rows, items)
    notices = (f"<br />\n<b>Deprecated</b>:  Function create_function() is deprecated in <b>{plug}</b> on line <b>88</b><br />\n"
               f"<br />\n<b>Warning</b>:  Cannot modify header information - headers already sent by (output started at {plug}:88) in <b>{root}/wp-includes/feed-rss2.php</b> on line <b>8</b><br />\n")
    text = notices + wp_rss("The Borneo Tideline", f"{base}/feed/", base, "Sabah&#039;s news, first", rfc822(d(2019, 11, 24, 14, 40, 0, 0)), "en-US", "5.3", rows)
    return feed("en_my_borneotideline_php_notices_before_declaration.rss.xml", text, items, lang="en", outlet="The Borneo Tideline", aliases=["Borneo Tideline"], topic="mixed",
                ctype="text/html; charset=UTF-8", acceptable=("decoded", "refused"),
                structure="Kota Kinabalu (Sabah) daily's WordPress 5.3 feed in November 2019 on PHP 7.2 with an old share plugin: the response body opens with two PHP notices in HTML ('<br />\\n<b>Deprecated</b>:  Function create_function() is deprecated in <b>…/wp-social-sharebar/sharebar.php</b> on line <b>88</b><br />' and '<b>Warning</b>:  Cannot modify header information - headers already sent by (output started at …) in <b>…/wp-includes/feed-rss2.php</b> on line <b>8</b>') BEFORE the XML declaration, so the document is not well-formed and went out as 'text/html; charset=UTF-8'; then WordPress's rss2 template (en-US, +0000 dates, newsroom +0800), dc:creator people, 'Reuters' or 'Tideline Video', excerpts ending ' [&hellip;]', the plugin's 'Share this:' bar after each body; upper-case datelines 'CITY:', honorifics 'Datuk'/'Dr', a state security item and a video",
                notes="BROKEN: text before the XML declaration (PHP notices), served as text/html. Recovering the six items is good; a clear one-line refusal is acceptable; notice text leaking into titles or summaries, a lost item or a crash is a defect.")


# ---------------------------------------------------------------- HTML minifier with attribute-quote removal applied to the feed, 2022
_ATTR = re.compile(r'(\s[\w:.-]+)=(["\'])([^\s"\'=<>`]+)\2')


def _minify(text: str) -> str:
    """What the page-optimisation plugin's HTML minifier does to every response, the feed included:
    whitespace between tags collapsed, newlines and tabs inside text folded to one space, and quotes
    removed from attribute values that contain no space, quote, '=', '<', '>' or backtick."""
    decl, rest = text.split("?>", 1)
    rest = re.sub(r">\s+<", "><", rest)
    rest = re.sub(r"[\t\n]+", " ", rest)
    rest = _ATTR.sub(r"\1=\3", rest)
    return decl + "?>" + rest.strip() + "\n"


def achada():
    base = "https://jornaldaachada.example"
    rows, items = [], []

    def add(pid, slug, title, when, creator, cats, excerpt, body, exp):
        url = f"{base}/{slug}/"
        fig = f'<figure class="wp-block-image size-large"><img loading="lazy" width="1024" height="576" src="{base}/wp-content/uploads/2022/09/{slug[:24]}.jpg" alt="" class="wp-image-{pid - 3}"/></figure>'
        rows.append(wp_item(title, url, when, [creator], cats, pid, base, excerpt + " [&hellip;]", fig + body))
        items.append(exp(f"{base}/?p={pid}"))

    junk = ["wp-image", "loading=lazy"]
    w = d(2022, 9, 22, 19, 0, 0, -1)
    add(33412, "primeiro-ministro-onu-divida-clima", "Na ONU, primeiro-ministro pede troca de dívida por investimento climático", w, "Ivone Tavares", ["Mundo", "Política"],
        "O chefe do Governo cabo-verdiano discursou na Assembleia Geral das Nações Unidas.",
        "<p>O primeiro-ministro de Cabo Verde defendeu esta quinta-feira, na Assembleia Geral das Nações Unidas, em Nova Iorque, a conversão de parte da dívida externa dos pequenos Estados insulares em investimento em energias renováveis e adaptação climática.</p>"
        "<p>&#8220;Para um país de dez ilhas, cada ponto percentual de juros é uma escola que não se constrói&#8221;, disse à reportagem o economista Nelson Brito Lopes, da Universidade de Cabo Verde.</p>",
        lambda k: it(k, "Na ONU, primeiro-ministro pede troca de dívida por investimento climático", w, ["Ivone Tavares"], quotes=[q("Nelson Brito Lopes", "Universidade de Cabo Verde")], junk=junk,
                     note="The whole document is one line after the declaration, and the minifier has removed the quotes from every simple attribute value, in the RSS markup (rel=self, type=application/rss+xml, isPermaLink=false, the atom:link href) as in the HTML inside CDATA (loading=lazy, width=1024, class=wp-image-…). Unquoted attributes are not well-formed XML. Recovering the six items is good; a one-line refusal is acceptable; a crash or a lost item is a defect. The home country's diplomacy at the UN: relevant."))
    w = d(2022, 9, 16, 10, 30, 0, -1)
    add(33380, "angola-posse-presidente-reeleito", "Angola: Presidente reeleito toma posse em Luanda", w, "Inforpress", ["Mundo", "Lusofonia"],
        "Cerimónia contou com chefes de Estado da região, incluindo o de Cabo Verde.",
        "<p>Luanda, 15 set (Inforpress) &#8211; O Presidente angolano, reeleito nas eleições de 24 de agosto, tomou posse hoje para um segundo mandato, numa cerimónia com vários chefes de Estado africanos, entre os quais o cabo-verdiano.</p>",
        lambda k: it(k, "Angola: Presidente reeleito toma posse em Luanda", w, [], junk=[*junk, "(Inforpress)"], note="Agency copy ('Inforpress' is an agency). Relevant."))
    w = d(2022, 9, 9, 8, 0, 0, -1)
    add(33341, "morte-rainha-isabel-ii-reacoes", "Morte de Isabel II: Cabo Verde envia condolências ao Reino Unido", w, "Redação", ["Mundo"],
        "O Governo e a Presidência da República enviaram mensagens de pesar.",
        "<p>O Governo e a Presidência da República de Cabo Verde enviaram condolências ao Reino Unido pela morte da rainha Isabel II, que morreu na quinta-feira aos 96 anos no castelo de Balmoral, na Escócia.</p>",
        lambda k: it(k, "Morte de Isabel II: Cabo Verde envia condolências ao Reino Unido", w, [], junk=junk, note="'Redação' is not a person. Relevant."))
    w = d(2022, 9, 20, 15, 15, 0, -1)
    add(33398, "brasil-eleicoes-cabo-verdianos-votam", "Eleições no Brasil: campanha entra na reta final", w, "Ivone Tavares", ["Mundo", "Lusofonia"],
        "Faltam menos de duas semanas para a primeira volta.",
        "<p>A menos de duas semanas da primeira volta das eleições presidenciais brasileiras, marcada para 2 de outubro, as sondagens continuam a indicar uma disputa entre dois candidatos.</p>"
        "<p>&#8220;O Brasil é o grande parceiro lusófono, e o resultado vai pesar na cooperação universitária&#8221;, afirmou Carla Fortes Semedo, investigadora em relações internacionais na Praia.</p>",
        lambda k: it(k, "Eleições no Brasil: campanha entra na reta final", w, ["Ivone Tavares"], quotes=[q("Carla Fortes Semedo")], junk=junk, note="Relevant."))
    w = d(2022, 9, 19, 11, 0, 0, -1)
    add(33390, "turismo-sal-boa-vista-recuperacao", "Turismo: Sal e Boa Vista já superam números de 2019", w, "Redação", ["Economia"],
        "As dormidas nas duas ilhas cresceram em agosto.",
        "<p>As dormidas nos hotéis das ilhas do Sal e da Boa Vista superaram em agosto os números do mesmo mês de 2019, segundo o Instituto Nacional de Estatística.</p>",
        lambda k: it(k, "Turismo: Sal e Boa Vista já superam números de 2019", w, [], rel=False, junk=junk, note="Home economy: a story, not relevant."))
    w = d(2022, 9, 17, 18, 40, 0, -1)
    add(33385, "galeria-festival-gamboa", "Galeria: as imagens do Festival da Gamboa", w, "Redação", ["Cultura"],
        "As melhores fotografias das duas noites.",
        "<p>As melhores fotografias das duas noites do festival na Praia.</p>",
        lambda k: it(k, "Galeria: as imagens do Festival da Gamboa", w, [], story=False, rel=False, junk=junk, note="Photo gallery: not a story. Title label 'Galeria:' may be kept or dropped."))
    rows, items = _sorted(rows, items)
    text = _minify(wp_rss("Jornal da Achada", f"{base}/feed/", base, "Semanário da cidade da Praia", rfc822(d(2022, 9, 22, 20, 0, 0, 0)), "pt-PT", "6.0.2", rows))
    return feed("pt_cv_jornaldaachada_minified_unquoted_attributes.rss.xml", text, items, lang="pt", outlet="Jornal da Achada", topic="mixed",
                ctype="application/rss+xml; charset=UTF-8", acceptable=("decoded", "refused"),
                structure="Praia (Cabo Verde) weekly's WordPress 6.0 feed in September 2022 after a page-optimisation plugin's HTML minifier ran over it: after the untouched XML declaration the whole document is one line (whitespace between tags dropped, newlines and tabs folded), and quotes are stripped from every attribute value without spaces or '=' — in the RSS markup (<atom:link href=https://…/feed/ rel=self type=application/rss+xml />, <guid isPermaLink=false>, the namespace declarations with URL values) as in the CDATA HTML; WordPress's rss2 template underneath (pt-PT, +0000 dates, Praia -0100), an Inforpress dateline, 'Redação', home economy and a gallery",
                notes="BROKEN: attribute values without quotes (xmlns:…=http://…, rel=self, isPermaLink=false) are not well-formed XML. Recovering the six items is good; a clear one-line refusal is acceptable; a crash, a lost item or markup in the output is a defect.")


FEEDS = [tideline, achada]
