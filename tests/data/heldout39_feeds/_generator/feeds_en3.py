# ruff: noqa: E501  (feed text is data: long lines are the content)
"""English feeds of the thirty-ninth held-out set (part 3: a Colombo daily on Newspack, a
Berlin-based tech newsletter's JSON Feed, a science magazine on WordPress). All invented."""
from h39 import ad, audio, bio, d, feed, fig, it, jsonfeed, q, tweet, wp_feed, yt

B = "https://www.gallefaceherald.example"


def gallface():
    rp = '<div class="wp-block-newspack-blocks-homepage-articles"><h2 class="article-section-title">Related</h2><article><h3><a href="' + B + '/2024/04/30/imf-review/">IMF second review: what changed</a></h3></article></div>'
    S = [
        (51201, "india-lanka-ferry-nagapattinam", "Nagapattinam–Kankesanthurai ferry resumes after monsoon-season pause", d(2024, 5, 2, 18, 0, 0, 5.5), ["Tharindu Wickramasuriya"], ["World", "South Asia"],
         "The ferry link with India resumed on Thursday.",
         '<p>The passenger ferry between Nagapattinam in India and Kankesanthurai in the north resumed on Thursday after a six-month pause.</p><figure class="wp-block-pullquote"><blockquote><p>&#8220;For Jaffna traders this is the cheapest way to Chennai.&#8221;</p><cite>Kumaran Sivanesan, Northern Chamber of Commerce</cite></blockquote></figure>'
         '<p>India&#8217;s high commission said the service would run four days a week.</p>' + rp,
         lambda k: it(k, "Nagapattinam–Kankesanthurai ferry resumes after monsoon-season pause", d(2024, 5, 2, 18, 0, 0, 5.5), ["Tharindu Wickramasuriya"], quotes=[q("Kumaran Sivanesan", "Northern Chamber of Commerce")],
                      junk=["Related", "IMF second review"], note="Newspack: a wp-block-pullquote whose cite gives the speaker and affiliation, and a Related homepage-articles block. A link with India: relevant.")),
        (51188, "maldives-election-muizzu-majority", "Maldives ruling party wins supermajority in parliamentary vote", d(2024, 4, 22, 10, 30, 0, 5.5), ["Agence France-Presse"], ["World"],
         "The ruling party won 66 of 93 seats.",
         '<p>MALE &#8211; The Maldives&#8217; ruling party won 66 of the 93 seats in Sunday&#8217;s parliamentary election, the election commission said.</p>' + ad("Advertisement", "np-1") + '<p>India and China are watching the result closely.</p>',
         lambda k: it(k, "Maldives ruling party wins supermajority in parliamentary vote", d(2024, 4, 22, 10, 30, 0, 5.5), [], junk=["Advertisement"], note="Agency credit in dc:creator: [] expected. Relevant.")),
        (51170, "colombo-port-city-casino-licence", "Port City: Cabinet approves first casino licence", d(2024, 4, 20, 15, 0, 0, 5.5), ["Ishani Fernando-Perera"], ["World", "Business"],
         "The cabinet approved the licence on Friday.",
         '<p>The Cabinet on Friday approved the first casino licence in the Colombo Port City special economic zone.</p>' + rp,
         lambda k: it(k, "Port City: Cabinet approves first casino licence", d(2024, 4, 20, 15, 0, 0, 5.5), ["Ishani Fernando-Perera"], rel=False, junk=["Related"], note="Home business: a story, not relevant.")),
        (51152, "red-sea-shipping-colombo-transhipment", "Analysis: Red Sea attacks send ships to Colombo – and strain its berths", d(2024, 4, 18, 9, 0, 0, 5.5), ["Ishani Fernando-Perera"], ["World", "Analysis"],
         "Transhipment volumes rose 23% in the first quarter.",
         '<h2>Rerouted round the Cape</h2><p>Transhipment volumes at Colombo rose 23% in the first quarter as carriers avoided the Red Sea after attacks on ships by Yemen&#8217;s Houthis.</p>'
         + audio("Listen to this article", B + "/audio/51152.mp3", "4:52") +
         '<p>&#8220;We are a winner of somebody else&#8217;s crisis, and that is an uncomfortable place,&#8221; said Ruwan Jayasekara, a shipping analyst at Trincomalee Maritime Advisory.</p>'
         + bio("Ishani Fernando-Perera", "is the Herald&#8217;s business editor. Follow her on X @ishanifp."),
         lambda k: it(k, "Analysis: Red Sea attacks send ships to Colombo – and strain its berths", d(2024, 4, 18, 9, 0, 0, 5.5), ["Ishani Fernando-Perera"], quotes=[q("Ruwan Jayasekara", "Trincomalee Maritime Advisory")],
                      junk=["Listen to this article", "4:52", "business editor", "@ishanifp"], note="Audio player, h2 and a bio box. A world crisis's effect on shipping: relevant. Title label 'Analysis:' may be kept or dropped.")),
        (51140, "watch-vesak-lanterns-colombo", "Watch: Vesak lanterns light up Colombo", d(2024, 5, 1, 20, 0, 0, 5.5), ["Herald Video"], ["World", "Video"],
         "Vesak week.", yt("vEsAk24c0lm"),
         lambda k: it(k, "Watch: Vesak lanterns light up Colombo", d(2024, 5, 1, 20, 0, 0, 5.5), [], story=False, rel=False, note="Video: not a story. Title label 'Watch:' may be kept or dropped.")),
        (51131, "russia-ukraine-lankan-mercenaries", "Families of Sri Lankans fighting for Russia appeal to Moscow", d(2024, 4, 16, 13, 0, 0, 5.5), ["Tharindu Wickramasuriya", "Ishani Fernando-Perera"], ["World"],
         "The foreign ministry says 455 Sri Lankans were recruited.",
         '<p>The foreign ministry said on Tuesday that at least 455 Sri Lankan ex-servicemen had been recruited to fight for Russia in Ukraine, and that it had asked Moscow to release them.</p>'
         + tweet("MFA_LK_example", "Foreign Ministry", "Deputy Minister met the Russian Ambassador today regarding Sri Lankans in the conflict zone.", "April 16, 2024", 1780110) +
         '<p>&#8220;My son was promised a kitchen job,&#8221; said Mallika Rajapaksha Herath, whose son left in January.</p>',
         lambda k: it(k, "Families of Sri Lankans fighting for Russia appeal to Moscow", d(2024, 4, 16, 13, 0, 0, 5.5), ["Tharindu Wickramasuriya", "Ishani Fernando-Perera"], quotes=[q("Mallika Rajapaksha Herath")],
                      junk=["Deputy Minister met the Russian Ambassador"], note="Co-authors as two dc:creator; an embedded tweet. Foreign policy toward Russia: relevant.")),
    ]
    return wp_feed("en_lk_gallefaceherald_world_newspack.rss.xml", "The Galle Face Herald", "en", "en-US", B, "World &#8211; The Galle Face Herald", "Colombo&#039;s independent daily",
                   d(2024, 5, 2, 13, 0, 0, 0), S, aliases=["Galle Face Herald"],
                   structure="Colombo daily's 'World' category on WordPress 6.4 with the Newspack theme and blocks: WordPress namespace block, channel 'World &#8211; Brand', en-US, '/YYYY/MM/DD/<slug>/' links, '?p=<id>' guids, +0000 pubDates (newsroom +0530), one or two CDATA dc:creator (a reporter, 'Agence France-Presse', 'Herald Video'), content:encoded with a wp-block-pullquote carrying a cite, a Newspack 'Related' homepage-articles block, an ad label, an audio player, h2, a bio box with an X handle, an embedded tweet and a YouTube iframe, April–May 2024")


def kernelside():
    base = "https://kernelside.example"
    js, items = [], []

    def add(slug, title, when, author, tags, html, label):
        url = f"{base}/posts/{slug}/"
        e = {"id": url, "url": url, "title": title, "content_html": html, "date_published": when.isoformat().replace("+00:00", "Z")}
        if author:
            e["authors"] = [{"name": author}]
        e["tags"] = tags
        js.append(e)
        items.append(label(url))

    nl = '<aside class="signup"><p>Get Kernelside in your inbox every Tuesday. <a href="/subscribe">Subscribe</a> — it&#39;s free.</p></aside>'
    masto = lambda who, txt: f'<iframe src="https://social.example/@{who}/11230/embed" class="mastodon-embed" style="max-width: 100%; border: 0" width="400" allowfullscreen="allowfullscreen"></iframe><script src="https://social.example/embed.js" async="async"></script><!-- {txt} -->'
    w = d(2025, 9, 23, 7, 30, 0, 0)
    add("eu-cyber-resilience-act-open-source", "The Cyber Resilience Act's reporting clock starts next year. Open-source maintainers are not ready", w, "Jonas Albrecht-Nwosu", ["policy", "eu", "open-source"],
        '<p>From September 2026, makers of software sold in the EU must report actively exploited vulnerabilities within 24 hours.</p><h2>Who counts as a manufacturer?</h2>'
        '<p>Foundations that steward open-source projects fall under a lighter “steward” regime.</p><p>“Most maintainers have never heard the word steward used this way,” said Malin Thorsen, who chairs the Nordic Open Source Alliance.</p>'
        + masto("nosa", "thread") + nl,
        lambda k: it(k, "The Cyber Resilience Act's reporting clock starts next year. Open-source maintainers are not ready", w, ["Jonas Albrecht-Nwosu"], quotes=[q("Malin Thorsen", "Nordic Open Source Alliance")],
                     junk=["Subscribe", "in your inbox every Tuesday"], note="EU regulation seen from a Berlin site (home: Germany, EU law): the EU's rules on software makers are policy coverage; relevant as a regulatory world-affairs story. Mastodon embed iframe."))
    w = d(2025, 9, 22, 15, 0, 0, 0)
    add("review-framework-16-second-gen", "Review: The second-gen Framework 16 is the repairable laptop I'd buy", w, "Ria Castellanos", ["hardware", "review"],
        '<p>The modular laptop finally gets a battery that lasts a working day.</p>' + fig("/img/fw16.jpg", "", "The expansion bay.", "Image: Ria Castellanos / Kernelside") + '<p><em>Disclosure: the manufacturer lent us the review unit.</em></p>' + nl,
        lambda k: it(k, "Review: The second-gen Framework 16 is the repairable laptop I'd buy", w, ["Ria Castellanos"], rel=False, junk=["Disclosure:", "Image: Ria Castellanos"],
                     note="Product review: a story, not relevant. Title label 'Review:' may be kept or dropped."))
    w = d(2025, 9, 21, 10, 0, 0, 0)
    add("chip-export-controls-netherlands", "Dutch widen chip-tool export licences as US pressure grows", w, "Jonas Albrecht-Nwosu", ["policy", "chips"],
        '<p>The Dutch government widened licence requirements for lithography tools, covering older immersion machines for the first time.</p><p>“This is about alliance politics as much as technology,” said Pieter van Roon, a former trade official now at the Delft Policy Lab.</p>' + nl,
        lambda k: it(k, "Dutch widen chip-tool export licences as US pressure grows", w, ["Jonas Albrecht-Nwosu"], quotes=[q("Pieter van Roon", "Delft Policy Lab")], junk=["Subscribe"], note="Export controls between states: relevant."))
    w = d(2025, 9, 20, 12, 0, 0, 0)
    add("kernel-6-17-released", "Linux 6.17 is out: what's new for laptops", w, "Ria Castellanos", ["linux"],
        '<p>Linus Torvalds tagged 6.17 on Sunday.</p><pre><code>uname -r\n6.17.0</code></pre>' + nl,
        lambda k: it(k, "Linux 6.17 is out: what's new for laptops", w, ["Ria Castellanos"], rel=False, note="Software release news: a story, not relevant."))
    w = d(2025, 9, 19, 8, 0, 0, 0)
    add("kernelside-live-berlin-october", "Kernelside Live: join us in Berlin on October 16", w, "", ["events"],
        '<p>Tickets are on sale now.</p>',
        lambda k: it(k, "Kernelside Live: join us in Berlin on October 16", w, [], story=False, rel=False, note="Event promo: not a story."))
    w = d(2025, 9, 18, 7, 30, 0, 0)
    add("podcast-ep-140-sovereign-cloud", "Podcast #140: Who owns Europe's sovereign cloud?", w, "", ["podcast"],
        '<audio controls src="/audio/140.mp3"></audio><p>Listen wherever you get your podcasts.</p>',
        lambda k: it(k, "Podcast #140: Who owns Europe's sovereign cloud?", w, [], story=False, rel=False, note="Podcast: not a story."))
    text = jsonfeed("Kernelside", base + "/", base + "/feed.json", "en", js, desc="Software, hardware and the rules around them. From Berlin.")
    return feed("en_tech_kernelside_eleventy.feed.json", text, items, lang="en", outlet="Kernelside", shape="jsonfeed", topic="tech", ctype="application/feed+json; charset=utf-8",
                structure="Berlin-based English tech newsletter site built with Eleventy's JSON Feed template (1.1): URL ids, 'Z' dates, one author or none, tags, content_html with h2, a Mastodon embed iframe with embed.js and an HTML comment, a figure with 'Image: Name / Brand', a review disclosure, a code block, a sign-up aside, an event promo and a podcast, September 2025")


def fieldnote():
    B2 = "https://fieldnotescience.example"
    S = [
        (9012, "antarctic-sea-ice-record-low-third-year", "Antarctic sea ice hits a record winter low for the third year running", d(2021, 9, 24, 12, 0, 0, 1), ["Harriet Oyelaran-Finch"], ["Climate", "Oceans"],
         "Winter maximum 1.1 million km² below the average.",
         audio("Listen to this article", B2 + "/audio/9012.mp3", "5 minutes") + '<p>Antarctic sea ice peaked at its lowest winter extent on record, researchers said on Friday.</p>'
         + fig(B2 + "/wp-content/uploads/ice.jpg", "", "Pack ice in the Weddell Sea.", "Credit: Ilse Marquardt/Polar Survey") +
         '<p>&#8220;Three years is no longer a fluke,&#8221; said Dr Tomasz Wierzba, a sea-ice physicist at the University of Tasmania.</p>'
         '<p><em>Correction: This article originally gave the shortfall as 1.5 million km².</em></p>' + bio("Harriet Oyelaran-Finch", "is a science writer based in Bristol."),
         lambda k: it(k, "Antarctic sea ice hits a record winter low for the third year running", d(2021, 9, 24, 12, 0, 0, 1), ["Harriet Oyelaran-Finch"], quotes=[q("Tomasz Wierzba", "University of Tasmania")],
                      junk=["Listen to this article", "Credit: Ilse Marquardt", "Correction:", "science writer based in Bristol"], note="Climate science of world scope: relevant. 'Dr' is not part of the name.")),
        (9004, "who-malaria-vaccine-approval", "WHO backs first malaria vaccine for wide use in African children", d(2021, 9, 22, 16, 0, 0, 1), ["Samuel Achterberg"], ["Health"],
         "A recommendation 30 years in the making.",
         '<p>The World Health Organization recommended broad use of the RTS,S malaria vaccine among children in sub-Saharan Africa.</p><p><strong>Read also:</strong> <a href="/2021/05/mosquito-gene-drive/">Gene drives move to the field</a></p>'
         '<p>&#8220;It is imperfect, but imperfect at scale saves lives,&#8221; said Grace Wanjiku Otieno, an epidemiologist at the Kisumu Field Station.</p>',
         lambda k: it(k, "WHO backs first malaria vaccine for wide use in African children", d(2021, 9, 22, 16, 0, 0, 1), ["Samuel Achterberg"], quotes=[q("Grace Wanjiku Otieno", "Kisumu Field Station")],
                      junk=["Read also", "Gene drives move to the field"], note="International health decision: relevant.")),
        (8998, "fossil-ichthyosaur-rutland", "Giant ichthyosaur found in a drained reservoir gets its name", d(2021, 9, 20, 9, 0, 0, 1), ["Samuel Achterberg"], ["Palaeontology"],
         "The 10-metre skeleton was found in 2021.",
         '<p>The 10-metre skeleton found in a drained English reservoir has been formally described.</p>' + insta("CUx1chthy", "Our ichthyosaur has a name!"),
         lambda k: it(k, "Giant ichthyosaur found in a drained reservoir gets its name", d(2021, 9, 20, 9, 0, 0, 1), ["Samuel Achterberg"], rel=False, junk=["View this post on Instagram", "has a name"], note="Science without world-affairs angle: a story, not relevant.")),
        (8990, "q-and-a-webinar-genomics", "Webinar: Ask a genomicist, September 30", d(2021, 9, 19, 9, 0, 0, 1), ["Fieldnote Events"], ["Events"],
         "Register now.", '<p>Register now for our free webinar.</p>',
         lambda k: it(k, "Webinar: Ask a genomicist, September 30", d(2021, 9, 19, 9, 0, 0, 1), [], story=False, rel=False, note="Webinar notice: not a story.")),
        (8984, "jwst-launch-date-set", "James Webb telescope launch set for December 18", d(2021, 9, 17, 14, 0, 0, 1), ["Harriet Oyelaran-Finch"], ["Space"],
         "The launch from Kourou is set.", '<p>NASA and ESA set December 18 for the launch from Kourou.</p>' + yt("jw5TlaUnch"),
         lambda k: it(k, "James Webb telescope launch set for December 18", d(2021, 9, 17, 14, 0, 0, 1), ["Harriet Oyelaran-Finch"], rel=False, note="Space science news: a story, not relevant.")),
        (8979, "newsletter-field-notes-37", "Field Notes #37: ice, vaccines and a sea dragon", d(2021, 9, 16, 8, 0, 0, 1), ["Harriet Oyelaran-Finch"], ["Newsletter"],
         "This week's newsletter.", '<p>Hello readers. This week: ice, vaccines and a sea dragon.</p>',
         lambda k: it(k, "Field Notes #37: ice, vaccines and a sea dragon", d(2021, 9, 16, 8, 0, 0, 1), ["Harriet Oyelaran-Finch"], story=False, rel=False, note="Newsletter edition: not a story.")),
    ]
    return wp_feed("en_science_fieldnote_wp58.rss.xml", "Fieldnote", "en", "en-GB", B2, "Fieldnote", "Science, carefully", d(2021, 9, 24, 11, 5, 0, 0), S, topic="science",
                   structure="UK science magazine's main feed on WordPress: WordPress namespace block, en-GB, '/YYYY/MM/DD/<slug>/' links, '?p=<id>' guids, +0000 pubDates (newsroom +0100), CDATA dc:creator ('Fieldnote Events' on a notice), content:encoded with an audio player at the top, a figure with 'Credit: Name/Institution', an italic correction, a bio box, a bold 'Read also:' link, an Instagram embed, a YouTube iframe, a webinar notice and a newsletter edition, September 2021")


from h39 import insta  # noqa: E402

FEEDS = [gallface, kernelside, fieldnote]
