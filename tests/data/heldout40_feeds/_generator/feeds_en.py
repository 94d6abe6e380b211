# ruff: noqa: E501  (feed text is data: long lines are the content)
"""English contrast feeds of the fortieth held-out set (Cork, Winnipeg, Lagos). All outlets, people
and quotations are invented."""
from feeds_pt import mk
from h40 import d, q


def leeside():
    return mk("en_ie_leesideexaminer_world_wp39.rss.xml", "http://www.leesideexaminer.example", [
        ("crimea-referendum-moscow-annexation", "Crimea votes to join Russia as EU readies sanctions", d(2014, 3, 16, 21, 0, 0, 0), "Ciarán Mac Suibhne", "<p>“This vote was held at gunpoint,” said Aoife Brennan of the Irish Institute of European Affairs.</p>", ["World"], ["Ciarán Mac Suibhne"], True, True, [], [q("Aoife Brennan", "Irish Institute of European Affairs")], "Relevant."),
        ("tanaiste-brussels-ukraine-sanctions-ireland", "Ireland backs travel bans but warns on trade sanctions", d(2014, 3, 17, 13, 0, 0, 0), "Political Staff", "<p>Dublin will support asset freezes.</p>", ["World", "Politics"], [], True, True, [], None, "Ireland's own foreign policy: relevant. 'Political Staff' is a desk."),
        ("mh370-search-indian-ocean", "MH370: search widens to southern Indian Ocean", d(2014, 3, 18, 7, 30, 0, 0), "Press Association", "<p>KUALA LUMPUR – Twenty-six countries are now involved.</p>", ["World"], [], True, True, [], None, "Agency: []. Relevant."),
        ("cork-city-council-events-centre", "City council split over events centre site", d(2014, 3, 18, 19, 0, 0, 0), "Niamh O'Driscoll", "<p>Councillors deferred the vote.</p>", ["World", "Cork"], ["Niamh O'Driscoll"], False, True, [], None, "Home city story in the World category: not relevant."),
        ("gallery-st-patricks-day-parade-cork", "Gallery: St Patrick's Day parade on Patrick Street", d(2014, 3, 17, 18, 0, 0, 0), "Photo Desk", "<p>Pictures from the parade.</p>", ["Gallery"], [], False, False, [], None, "Gallery: not a story. Title label 'Gallery:' may be kept or dropped."),
        ("hurling-league-cork-clare", "Cork edge Clare in league thriller", d(2014, 3, 16, 18, 0, 0, 0), "Sports Desk", "<p>A late point won it.</p>", ["Sport"], [], False, True, [], None, "Home sport: not relevant."),
    ], "wp", "The Leeside Examiner", "World &#8211; The Leeside Examiner", "Cork's daily", "en-US",
        "Cork daily's 'World' category on WordPress 3.9: channel 'World &#8211; Brand', en-US, GMT pubDates (Ireland on GMT in March), CDATA dc:creator with a person, 'Political Staff', 'Press Association', 'Photo Desk', 'Sports Desk', CDATA HTML descriptions, curly quotes, a gallery, home city and sport, March 2014", gen="http://wordpress.org/?v=3.9", path="world", lang="en", aliases=["Leeside Examiner"])


def redriver():
    return mk("en_ca_redriverledger_world_brightspot.rss.xml", "https://www.redriverledger.example", [
        ("ps752-iran-admits-shooting-down-plane", "Iran admits shooting down Ukrainian jet; 57 Canadians among dead", d(2020, 1, 11, 9, 0, 0, -6), "Dana Kowalchuk", "<p>“We want answers and we want the bodies home,” said Reza Tavakoli, who lost a cousin.</p>", ["World"], ["Dana Kowalchuk"], True, True, [], [q("Reza Tavakoli")], "Relevant, with a Canadian angle."),
        ("ottawa-ps752-compensation-demand", "Ottawa demands compensation and a full investigation from Tehran", d(2020, 1, 12, 16, 0, 0, -6), "The Canadian Press", "<p>OTTAWA – The federal government will press its demands at a meeting in London.</p>", ["World", "Politics"], [], True, True, [], None, "Canada's own foreign policy: relevant."),
        ("manitoba-legislature-budget-deficit", "Province forecasts smaller deficit ahead of spring budget", d(2020, 1, 10, 14, 0, 0, -6), "Dana Kowalchuk", "<p>The finance minister spoke at the legislature.</p>", ["World", "Manitoba"], ["Dana Kowalchuk"], False, True, [], None, "Home provincial politics: not relevant."),
        ("australia-bushfires-firefighters-canada", "Canadian firefighters head to Australia's burning southeast", d(2020, 1, 9, 11, 0, 0, -6), "Marc-André Bouchard", "<p>A fourth contingent left Winnipeg on Thursday.</p>", ["World"], ["Marc-André Bouchard"], True, True, [], None, "Relevant."),
        ("podcast-the-big-picture-iran", "The Big Picture podcast: What comes next with Iran", d(2020, 1, 8, 6, 0, 0, -6), "", "<p>Listen wherever you get your podcasts.</p>", ["Podcasts"], [], False, False, ["wherever you get your podcasts"], None, "Podcast: not a story. Title label 'The Big Picture podcast:' may be kept or dropped."),
        ("jets-beat-flames-overtime", "Jets edge Flames in overtime", d(2020, 1, 11, 22, 0, 0, -6), "Sports Desk", "<p>Winnipeg's fourth straight win.</p>", ["Sports"], [], False, True, [], None, "Home sport: not relevant."),
    ], "joomla", "The Red River Ledger", "World | The Red River Ledger", "News from Winnipeg and the world", "en-CA",
        "Winnipeg daily's world section as exported by Brightspot through a classic RSS template: tab indentation, permalink guids, CDATA HTML descriptions, <author> as 'address (Name)' with a person, 'The Canadian Press', 'Sports Desk' or absent, en-CA, -0600 dates, a podcast, provincial politics and hockey, January 2020", gen="Brightspot", path="world", lang="en", aliases=["Red River Ledger"])


def lagoon():
    return mk("en_ng_lagoontribune_world_php.rss.xml", "https://lagoontribune.example", [
        ("ecowas-niger-coup-deadline", "ECOWAS gives Niger junta one week to restore civilian rule", d(2023, 7, 30, 20, 0, 0, 1), "Chinedu Okafor, Abuja", "<p>“All options remain on the table,” said Ambassador Halima Danjuma, ECOWAS commissioner.</p>", [], ["Chinedu Okafor"], True, True, [], [q("Halima Danjuma", "ECOWAS")], "Nigeria leads ECOWAS: foreign policy, relevant. Place after the comma is not part of the name."),
        ("lagos-third-mainland-bridge-closure", "Third Mainland Bridge to close for repairs", d(2023, 7, 29, 10, 0, 0, 1), "Metro Desk", "<p>Motorists advised to use alternatives.</p>", [], [], False, True, [], None, "Home city story: not relevant."),
        ("sudan-war-khartoum-ceasefire-collapse", "Sudan: Jeddah talks stall as fighting spreads to Darfur", d(2023, 7, 28, 15, 0, 0, 1), "AFP", "<p>KHARTOUM – Fighting intensified in Nyala. — AFP</p>", [], [], True, True, ["— AFP"], None, "Relevant."),
        ("watch-falcons-world-cup-win", "WATCH: Super Falcons stun Australia", d(2023, 7, 27, 14, 0, 0, 1), "Sports Desk", "<p>Video highlights.</p>", [], [], False, False, [], None, "Video: not a story. Title label 'WATCH:' may be kept or dropped."),
        ("black-sea-grain-deal-collapse-africa", "Grain deal collapse: what it means for Africa's bread prices", d(2023, 7, 26, 9, 0, 0, 1), "Funmilayo Adeyemi", "<p>An explainer.</p>", [], ["Funmilayo Adeyemi"], True, True, [], None, "Explainer: relevant."),
        ("tinubu-fuel-subsidy-palliatives", "FG unveils N500bn palliative package", d(2023, 7, 26, 19, 0, 0, 1), "Chinedu Okafor, Abuja", "<p>The package goes to the National Assembly.</p>", [], ["Chinedu Okafor"], False, True, [], None, "Home politics in the world feed: not relevant."),
    ], "php", "The Lagoon Tribune", "The Lagoon Tribune - World", "The Lagoon Tribune - World", "en",
        "Lagos daily's 'World' feed from a custom PHP CMS: one line, link guids, CDATA HTML, <author> with 'Name, City', a desk or 'AFP', '— AFP' tail, +0100 dates, a video, home city and home politics, July 2023", path="world", lang="en", aliases=["Lagoon Tribune"])


FEEDS = [leeside, redriver, lagoon]
