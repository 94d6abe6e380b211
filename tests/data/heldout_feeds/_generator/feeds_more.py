# ruff: noqa: E501  (feed text is data: long lines are the content)
"""Tech site Atom feed (The Verge-style) and a Spanish daily whose UTF-8 bytes are
declared as ISO-8859-1 (the reverse of the Austrian feed)."""
from lib import Feed, Item, cdata, dt, esc, rfc822

# --------------------------------------------------------------------------------------
# 27. Tech site Atom (The Verge / Vox Media style): <content type="html"> with <figure>,
#     figcaption + credit, "Related" lists, deals posts and newsletter promos.
# --------------------------------------------------------------------------------------


def circuit() -> Feed:
    base = "https://www.thecircuit.tech"
    et = -5

    def fig(cap, credit):
        return (f'<figure><img alt="" src="https://cdn.thecircuit.tech/uploads/chorus_asset/file/2612/x.jpg?quality=90&amp;strip=all&amp;crop=0,0,100,100" />'
                f'<figcaption>{cap} <em>Image: {credit}</em></figcaption></figure>')

    rows = [
        ("24123401/starlink-ukraine-direct-to-cell-nato", "Ukraine gets direct-to-phone satellite service as NATO allies foot the bill",
         "Poland and the Nordic countries are paying for the first year.",
         [fig("A Starlink terminal in the Kharkiv region.", "Artem Volynets / Reuters"),
          "<p>Ukraine’s largest mobile operator will switch on satellite text messaging for all subscribers next week, with Poland, Denmark, Finland and Sweden covering the cost of the first year of service.</p>",
          "<p>“This is about keeping civilians connected when the grid goes down,” said Olena Hrytsenko, Ukraine’s deputy minister for digital transformation.</p>",
          '<ul class="related"><li><a href="' + base + '/24110011/">Related: How Ukraine keeps its phone networks running</a></li></ul>'],
         ["Elena Marchetti"], dt(2026, 12, 2, 14, 30, 0, et), True, True,
         ["Image:", "Reuters", "Related:"], [{"speaker": "Olena Hrytsenko", "affiliation": "Ukraine’s deputy minister for digital transformation"}]),
        ("24123388/export-controls-malaysia-thailand-gpus", "The US is tightening AI chip exports to Malaysia and Thailand",
         "The rule targets data centers that could resell compute to Chinese firms.",
         [fig("A data center construction site in Johor.", "Getty Images"),
          "<p>The Commerce Department’s new rule requires licenses for shipments of the most powerful accelerators to the two countries, which have become hubs for data center construction.</p>"],
         ["Rafael Okonjo"], dt(2026, 12, 1, 16, 2, 0, et), True, True, ["Image:", "Getty Images"], None),
        ("24123370/orion-x2-review", "Orion X2 review: the best camera, again",
         "Northwind’s phone is still the one to beat for photos, but battery life disappoints.",
         [fig("The Orion X2 in its new sage color.", "Dana Fairfield / The Circuit"),
          "<p>I have been using the Orion X2 for two weeks as my only phone.</p>"],
         ["Dana Fairfield"], dt(2026, 12, 1, 9, 0, 0, et), True, False, ["Image:"], None),
        ("24123355/best-cyber-monday-deals-2026", "The best Cyber Monday deals you can still get",
         "Discounts on headphones, laptops and smart home gear.",
         ["<p>Some links on this page are affiliate links. The Circuit may earn a commission.</p>", "<p>Here are the best deals still live.</p>"],
         ["Circuit Deals Team"], dt(2026, 11, 30, 12, 0, 0, et), False, False, ["affiliate", "commission"], None),
        ("24123340/baltic-sea-cable-damage-finland-estonia", "Another Baltic Sea data cable has been damaged",
         "Finnish police have detained a cargo ship that sailed from a Russian port.",
         ["<p>A fiber-optic cable between Finland and Estonia stopped carrying traffic early Tuesday, the second such incident this year.</p>",
          "<p>Finnish authorities said they were investigating possible sabotage.Nato said it would increase patrols in the area</p>"],
         ["Rafael Okonjo", "Marit Haugen"], dt(2026, 12, 2, 8, 45, 0, et), True, True, [], None),
        ("24123322/newsletter-command-line", "Sign up for Command Line, our weekly newsletter about the tech industry",
         "", ["<p>Get it in your inbox every Friday.</p>"], [], dt(2026, 11, 28, 10, 0, 0, et), False, False, [], None),
        ("24123300/open-weight-model-release", "A Paris startup’s new open-weight model rivals the big labs",
         "The 120-billion-parameter model is released under an Apache license.",
         ["<p>The company says the model matches leading closed systems on coding benchmarks.</p>"],
         ["Julien Marceau"], dt(2026, 11, 27, 11, 30, 0, et), True, False, [], None),
        ("24123290/game-review-arcadia", "Arcadia Rising is the cozy strategy game of the year",
         "Build a city, feed your citizens, and try not to flood the harbor.",
         ["<p>I lost three weekends to this game.</p>"],
         ["Sam Whitaker"], dt(2026, 11, 26, 15, 0, 0, et), True, False, [], None),
    ]
    entries, items = [], []
    for slug, title, summary, blocks, authors, d, story, rel, junk, quotes in rows:
        link = f"{base}/{slug.split('/')[1]}/{slug}"
        key = f"{base}/{slug}"
        a = "".join(f"\n    <author>\n      <name>{esc(x)}</name>\n    </author>" for x in authors)
        sm = f'\n    <summary type="html">{cdata(summary)}</summary>' if summary else ""
        entries.append(f"""  <entry>{a}
    <title type="html">{cdata(title)}</title>
    <link rel="alternate" type="text/html" href="{link}" />
    <id>{key}</id>
    <updated>{d.isoformat()}</updated>
    <published>{d.isoformat()}</published>
    <category scheme="{base}" term="{'Policy' if rel else 'Tech'}" />{sm}
    <content type="html">{cdata(''.join(blocks))}</content>
  </entry>""")
        people = [x for x in authors if "Team" not in x]
        items.append(Item(key=key, title=title, published=d, authors=people, is_story=story, relevant=rel,
                          junk=[*junk, "<figure", "figcaption"], quotes=quotes))
    text = f"""<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-US">
  <title type="text">The Circuit -  All Posts</title>
  <icon>https://cdn.thecircuit.tech/uploads/chorus_asset/file/icon.png</icon>
  <updated>2026-12-02T14:30:00-05:00</updated>
  <id>{base}/rss/full.xml</id>
  <link type="text/html" href="{base}" rel="alternate" />
  <rights>© 2026 Circuit Media, Inc. All rights reserved.</rights>
{chr(10).join(entries)}
</feed>
"""
    return Feed(name="en_us_thecircuit_tech.atom.xml", text=text, encoding="utf-8",
                content_type="application/atom+xml; charset=utf-8",
                outlet_structure="The Verge full-text Atom feed (theverge.com/rss/index.xml): CDATA html content with figure/figcaption credits",
                language="en", outlet="The Circuit", shape="atom", topic="tech", items=items,
                declared_encoding="UTF-8",
                notes="Channel title has a double space and a suffix ('The Circuit -  All Posts'). 'Circuit Deals Team' is not a person; deals and newsletter promos are not stories.")


# --------------------------------------------------------------------------------------
# 28. Spanish national daily (El Mundo-style): bytes are UTF-8, prolog and header say
#     ISO-8859-1. Honouring the declaration gives "EspaÃ±a"-style mojibake.
# --------------------------------------------------------------------------------------


def cronista() -> Feed:
    base = "https://www.elcronistadiario.es"
    mad = 1
    rows = [
        ("internacional/2026/12/02/6930a1b2fc6c83a1128b4571.html", "España y Francia sellan en Barcelona la interconexión eléctrica por el golfo de Vizcaya",
         "España y Francia firmaron este miércoles el acuerdo de financiación del cable submarino, que duplicará la capacidad de intercambio eléctrico entre ambos países.",
         "LUCÍA ARRANZ", ["Lucía Arranz"], dt(2026, 12, 2, 18, 40, 0, mad), True),
        ("internacional/2026/12/02/6930a1b2fc6c83a1128b4572.html", "Marruecos y España reabren las aduanas comerciales de Ceuta y Melilla",
         "La medida, pactada hace tres años, entrará en vigor de forma gradual a partir de enero.",
         "EL CRONISTA", [], dt(2026, 12, 2, 11, 15, 0, mad), True),
        ("espana/2026/12/01/6930a1b2fc6c83a1128b4573.html", "El Congreso convalida el decreto de ayudas a la dana con el apoyo de Junts",
         "El Gobierno salvó la votación por seis votos tras negociar hasta el último minuto.",
         "ÁLVARO QUINTANA", ["Álvaro Quintana"], dt(2026, 12, 1, 20, 5, 0, mad), True),
        ("deportes/futbol/2026/12/01/6930a1b2fc6c83a1128b4574.html", "El Atlético remonta ante el Sevilla y se acerca al liderato",
         "Dos goles en el último cuarto de hora dieron la victoria a los rojiblancos.",
         "RODRIGO SASTRE", ["Rodrigo Sastre"], dt(2026, 12, 1, 23, 10, 0, mad), False),
        ("economia/2026/11/30/6930a1b2fc6c83a1128b4575.html", "El Ibex 35 cierra noviembre con una subida del 4%",
         "La banca lideró las ganancias del selectivo madrileño.",
         "EUROPA PRESS", [], dt(2026, 11, 30, 17, 45, 0, mad), False),
        ("internacional/2026/11/30/6930a1b2fc6c83a1128b4576.html", "Argelia devuelve a su embajador a Madrid tras tres años de crisis diplomática",
         "«Es el comienzo de una nueva etapa», afirmó el ministro de Exteriores argelino, Karim Benslimane, en una entrevista con este periódico.",
         "IGNACIO BENAVENTE LLORENTE", ["Ignacio Benavente Llorente"], dt(2026, 11, 30, 9, 0, 0, mad), True),
        ("album/2026/11/29/6930a1b2fc6c83a1128b4577.html", "Las imágenes de la semana",
         "", "", [], dt(2026, 11, 29, 8, 0, 0, mad), False),
        ("internacional/2026/11/28/6930a1b2fc6c83a1128b4578.html", "La UE aprueba un préstamo de 35.000 millones para Ucrania garantizado con activos rusos",
         "Hungría se abstuvo en la votación de los embajadores en Bruselas.",
         "MARÍA OLMEDO CORRESPONSAL BRUSELAS", ["María Olmedo"], dt(2026, 11, 28, 14, 20, 0, mad), True),
    ]
    items_xml, items = [], []
    for path, title, desc, creator, authors, d, rel in rows:
        link = f"{base}/{path}"
        body = f"<p>{desc}</p>" + (f' <a href="{link}">Seguir leyendo</a>' if desc else "")
        dc = f"\n<dc:creator>{esc(creator)}</dc:creator>" if creator else ""
        items_xml.append(f"""<item>
<title>{esc(title)}</title>
<link>{link}</link>
<guid isPermaLink="true">{link}</guid>
<pubDate>{rfc822(d)}</pubDate>{dc}
<description>{esc(body)}</description>
<category>{path.split('/')[0]}</category>
</item>""")
        story = not path.startswith("album")
        q = [{"speaker": "Karim Benslimane", "affiliation": "ministro de Exteriores argelino"}] if "Benslimane" in desc else None
        items.append(Item(key=link, title=title, published=d, authors=authors, is_story=story,
                          relevant=rel if story else False, junk=["Seguir leyendo", "Ã", "Â"], quotes=q,
                          note="dc:creator is upper-case with a job title ('CORRESPONSAL BRUSELAS'); the person is María Olmedo." if "CORRESPONSAL" in creator else None))
    text = f"""<?xml version="1.0" encoding="ISO-8859-1"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
<title>El Cronista Diario - Internacional</title>
<link>{base}/internacional.html</link>
<description>Noticias internacionales de El Cronista Diario</description>
<language>es</language>
<copyright>© 2026 Unidad Editorial del Cronista, S.L.U.</copyright>
<pubDate>{rfc822(dt(2026, 12, 2, 18, 45, 0, mad))}</pubDate>
{chr(10).join(items_xml)}
</channel>
</rss>
"""
    return Feed(name="es_es_cronista_internacional_utf8_as_latin1.rss.xml", acceptable_outcomes=["decoded", "refused"], text=text, encoding="utf-8",
                content_type="text/xml; charset=ISO-8859-1",
                outlet_structure="El Mundo section feed (e00-elmundo.uecdn.es/elmundo/rss/internacional.xml): upper-case dc:creator with job titles",
                language="es", outlet="El Cronista Diario", shape="rss2", topic="mixed", items=items,
                declared_encoding="ISO-8859-1",
                notes="Encoding trap: bytes are UTF-8, prolog and HTTP header say ISO-8859-1. Decode as UTF-8 or refuse; never post 'EspaÃ±a'. Authors in upper case should come out as people's names.")


FEEDS = [circuit, cronista]
