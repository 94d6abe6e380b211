# ruff: noqa: E501  (feed text is data: long lines are the content)
"""The two encoding traps of the sixty-third held-out set: a Gozo English weekly in ISO-8859-3
(Latin-3, Maltese letters), declared right, and an Aberystwyth English weekly in ISO-8859-14
(Latin-8, Celtic: Welsh w- and y-circumflex) declared as ISO-8859-1."""
from h63 import bio, build_feed, d, fig, news, p, plain_head, q, rel


def gozo():
    B = "http://gozoobserver.example"
    rows = [
        ("Libya migrant boat: 61 feared drowned off Zuwara, AFM says", d(2020, 9, 4, 15, 0, 0, 2), "Ġorġ Xuereb", ["World"],
         p("At least 61 migrants are feared drowned after their boat capsized off Zuwara, Libya, the Armed Forces of Malta said on Friday.",
           "\"Our patrol boat picked up 12 survivors,\" said Maj. Ħelena Żammit, spokeswoman for the Armed Forces of Malta.")
         + fig(B + "/img/afm.jpg", "Survivors at Hay Wharf.", "Photo: Ċensu Borg") + rel("Read also:", ["EU states refuse to share rescued migrants"], B + "/world"),
         dict(quotes=[q("Ħelena Żammit", "Armed Forces of Malta")], junk=["Photo: Ċensu Borg", "Read also:"], note="Mass-casualty shipwreck abroad with Maltese rescue: relevant (rule D).")),
        ("Għajnsielem residents object to new hotel", d(2020, 9, 3, 12, 0, 0, 2), "Marija Ċassar", ["Gozo"], p("A petition has 900 signatures."), dict(rel=False, note="Local news: not relevant.")),
        ("Malta and Italy in row over rescue zone", d(2020, 9, 2, 17, 0, 0, 2), "Ġorġ Xuereb and Marija Ċassar", ["World"],
         p("Italy accused Malta of ignoring distress calls in its search-and-rescue zone.", "\"We have nothing to hide,\" said Ġużeppi Farruġia, a Foreign Ministry official in Valletta."),
         dict(authors=["Ġorġ Xuereb", "Marija Ċassar"], quotes=[q("Ġużeppi Farruġia", "Foreign Ministry")], note="Malta–Italy relations: relevant.")),
        ("Malta and Libya sign migration memorandum, opposition cries foul", d(2020, 9, 1, 9, 0, 0, 2), "Observer Newsroom", ["World"], p("Malta and the Tripoli government signed a memorandum on migration coordination centres. The opposition said the text had been kept from Parliament."), dict(authors=[], note="Malta–Libya agreement: relevant. Desk credit gives no author.")),
        ("Subscribe to the Gozo Observer e-paper", d(2020, 8, 31, 8, 0, 0, 2), "Gozo Observer", ["Promo"], p("EUR 5 a month."), dict(authors=[], story=False, rel=False, note="Promo: non-story.")),
        ("Beirut blast: Maltese aid plane lands with medical supplies", d(2020, 8, 30, 14, 0, 0, 2), "Marija Ċassar", ["World"],
         p("A Maltese aid flight carrying medical supplies landed in Beirut after the port explosion that killed more than 190 people.") + bio("Marija Ċassar is the Observer's Valletta correspondent."),
         dict(junk=["Valletta correspondent"], note="Disaster abroad drawing foreign aid: relevant. No quote.")),
    ]
    head = plain_head("Gozo Observer - World", B, "Gozo's English weekly", "en-MT", d(2020, 9, 4, 15, 5, 0, 2), "(c) 2020 Gozo Observer Publishing Ltd", "custom PHP")
    return build_feed("en_mt_gozoobserver_world_iso8859_3.rss.xml", "plain", B, head, rows, outlet="Gozo Observer", lang="en", encoding="iso8859_3", decl="ISO-8859-3",
                      ctype="application/rss+xml; charset=ISO-8859-3", acceptable=("decoded", "refused"),
                      structure="Victoria (Gozo, Malta) English weekly, custom PHP feed (2020) in ISO-8859-3 (Latin-3) declared in prolog and header: Maltese letters (Ġ ġ Ħ ħ Ż ż Ċ ċ) in bylines, names and places are single Latin-3 bytes that read as Latin-1 mojibake (Õ Ý ¡ ± ¯ ¿ Å å); straight quotes only.",
                      notes="Encoding trap: ISO-8859-3 (Latin-3), declared right. Decoding with iso8859_3 is the good outcome; a one-line refusal is acceptable. Home country: Malta.")


def aberystwyth():
    B = "http://cardiganbaytimes.example"
    rows = [
        ("Welsh aid convoy reaches Ukrainian border as Senedd pledges £4m", d(2022, 3, 10, 16, 0, 0, 0), "Gwŷn ap Dafydd", ["World"],
         p("A convoy of six lorries from Ceredigion reached the Polish-Ukrainian border at Medyka.", "\"We drove for three days,\" said Ŵyn Rhisiart, organiser of the Aberystwyth Ukraine Appeal.")
         + news("Sign up to the Cardigan Bay Times newsletter."),
         dict(authors=["Gwŷn ap Dafydd"], quotes=[q("Ŵyn Rhisiart", "Aberystwyth Ukraine Appeal")], junk=["Sign up to the Cardigan Bay Times newsletter"], note="Aid to a war abroad with government funding: relevant.")),
        ("Aberystwyth University student stranded in Shanghai lockdown", d(2022, 3, 9, 12, 0, 0, 0), "Siân Llŷr", ["World"],
         p("A student from Borth is confined to her flat in Shanghai.", "\"I just want to get home,\" said Mererid Tŷ-Gwyn."),
         dict(authors=["Siân Llŷr"], quotes=[q("Mererid Tŷ-Gwyn")], note="A national caught up in an epidemic abroad (the Shanghai COVID lockdown): relevant (rule C(c)).")),
        ("Cardigan Bay fishermen count cost of UK-EU quota deal", d(2022, 3, 8, 10, 0, 0, 0), "Siân Llŷr", ["World"], p("Whelk and scallop fishermen say the UK-EU deal on shared stocks leaves them with no new quota. \"We were promised a sea of opportunity,\" said Gwilym Ŷnys, secretary of the Welsh Fishermen's Association."), dict(authors=["Siân Llŷr"], quotes=[q("Gwilym Ŷnys", "Welsh Fishermen's Association")], note="UK-EU fisheries agreement: relevant.")),
        ("Eisteddfod tickets on sale - win a family pass", d(2022, 3, 7, 9, 0, 0, 0), "Cardigan Bay Times", ["Competitions"], p("Enter now."), dict(authors=[], story=False, rel=False, note="Competition: non-story.")),
        ("Irish Sea ferry talks: Welsh ports press UK and Ireland", d(2022, 3, 6, 14, 0, 0, 0), "Gwŷn ap Dafydd", ["World"],
         p("Fishguard and Holyhead port operators asked London and Dublin to agree post-Brexit border checks.", "\"Trade through Wales has fallen by a third,\" said Dŵr Pritchard, chief executive of Stena Cymru Ports.") + bio("Gwŷn ap Dafydd covers politics."),
         dict(authors=["Gwŷn ap Dafydd"], quotes=[q("Dŵr Pritchard", "Stena Cymru Ports")], junk=["covers politics"], note="UK–Ireland post-Brexit trade: relevant.")),
        ("Rugby: Aberystwyth beat Llanymddyfri", d(2022, 3, 5, 18, 0, 0, 0), "Sports Desk", ["Sport"], p("A 24-10 win."), dict(authors=[], rel=False, note="Home sport: not relevant.")),
    ]
    head = plain_head("Cardigan Bay Times :: World", B, "Aberystwyth and Ceredigion", "en-GB", d(2022, 3, 10, 16, 5, 0, 0), "(c) 2022 Cardigan Bay Times Cyf", "custom PHP")
    return build_feed("en_gb_wls_cardiganbaytimes_world_latin8_as_latin1.rss.xml", "plain", B, head, rows, outlet="Cardigan Bay Times", lang="en", encoding="iso8859_14", decl="ISO-8859-1",
                      ctype="application/rss+xml; charset=ISO-8859-1", acceptable=("decoded", "refused"),
                      structure="Aberystwyth (Wales) English weekly, custom PHP feed (2022) written in ISO-8859-14 (Latin-8, Celtic) but declared ISO-8859-1 in the prolog and header: Welsh ŵ ŷ Ŵ in bylines and names are Latin-8 bytes that read as ð þ Ð under the declared Latin-1; â î û and £ are the same bytes in both.",
                      notes="Encoding trap: ISO-8859-14 (Latin-8) declared wrong as ISO-8859-1. Decoding with iso8859_14 is the good outcome; a one-line refusal is acceptable. Home country: United Kingdom.")


FEEDS = [gozo, aberystwyth]
