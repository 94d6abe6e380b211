"""Wire leads and credits: datelines ("BERLIN (Reuters) -"), agency and desk credits, place
names, bylines glued to the text, print and submission leads."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

from bot.content.clean.tables import _JUNK_TABLE, _words
from bot.core import lazy_re as re  # compiles each pattern on first use

_CAP = r"(?-i:[A-ZÀ-ÝА-ЯЁІЇЄҐΑ-Ω\u0590-\u05ff\u0600-\u06ff])"
_PARTICLE = r"(?:(?:van|von|de|da|di|del|der|la|le|al|el|bin|ibn)\s+)?"
_NAME = rf"{_CAP}[\w.'’-]*(?:\s+{_PARTICLE}{_CAP}[\w.'’-]*){{0,3}}"
_AND = r"(?:,|\band\b|\bund\b|\bet\b|\be\b|\by\b|\bи\b|و|&)"
_EMAIL = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
_JUNK_MORE = re.compile(
    rf"^\W*(?:(?:{_words('read_more')})(?=\W|$).{{0,80}}"
    rf"|(?:{_words('boilerplate')}).{{0,240}}"
    rf"|(?:{_words('byline_words')})\s+{_NAME}(?:\s*{_AND}\s*{_NAME})*"
    # "-- jroe@ledger.example": the writer's address after the names (Movable Type's byline
    # paragraphs) holds full stops a brand does not
    rf"(?:\s*[,،|/–—-]{{1,2}}\s*(?:{_EMAIL}|[^.!?۔]{{0,40}}))?(?:\s*\([^()]{{1,60}}\))?\s*[.۔]?)$",
    re.IGNORECASE | re.DOTALL,
)
_CORRESPONDENT_WORDS = "|".join(
    w for lang in ("en", "de", "fr", "es", "it", "pt")
    for w in _JUNK_TABLE["byline_words"][lang] if "nost" in w or "our" in w or "noss" in w
    or "nuestr" in w or "unser" in w or "notr" in w
)
_CORRESPONDENT_LEAD = re.compile(
    rf"^(?i:{_CORRESPONDENT_WORDS})\s+{_NAME}\.?\s+(?=[A-ZÀ-Ý„“\"«])"
)
# "By Our Correspondent The Ministry of …": a desk credit with no name run into the first
# sentence (a WordPress excerpt joins the byline paragraph to the text); a capital follows it.
_DESK_BYLINE_LEAD = re.compile(
    rf"^(?i:{_words('desk_byline_leads')})\s*[,:.|–—-]?\s+(?=[A-ZÀ-Ý„“\"«])"
    # "dalla nostra inviata Carla Benedetti. Il premier …": a named byline, left whole to the
    # byline rules
    rf"(?!{_NAME}\.(?:\s|$))"
)
_JUNK_MORE_TAIL = re.compile(
    rf"(?:(?<=[.!?。！？؟۔\"”’)…])|^)\s*(?:(?:{_words('read_more')})(?=\W|$)[^.!?。]{{0,60}}"
    r"|\[\+\d+\s*chars?\])[\W]*$|\s*…?\s*\[\+\d+\s*chars?\]\s*$",
    re.IGNORECASE,
)
# A paragraph or sentence that is only a label: "Advertisement", "Anzeige", "With AFP", "(END)":
# `^\W*(?:<boilerplate_whole>)\W*$`, run as two patterns split by how entries start (below).
# Podcast and video credits: "Foreign Desk is hosted by A and produced by B." Two credits, or
# one in a sentence about the show; "The summit is hosted by Qatar" is news and stays.
_CREDIT_VERB = re.compile(
    r"\b(?:hosted|presented|produced|edited|mixed|engineered|reported|researched|narrated|"
    r"composed|moderated)\s+by\b|\b(?:sound design|original music|theme music|music|"
    r"executive producers?|producers?|hosts?|moderation|redaktion|produktion|réalisation)"
    r"\s*(?:by|:|is|are|von|par)\s",
    re.IGNORECASE,
)
# Characters re.IGNORECASE matches to an ASCII letter that str.lower() does not map to it
# (ı İ ſ K): with one present, the literal prefilters fall back to the regex.
_ODD_FOLD = re.compile("[\u0130\u0131\u017f\u212a]")
_SHOW_WORD = re.compile(
    r"\b(?:podcast|episode|episodes|show|programme|program|newsletter|series|folge|sendung|"
    r"émission|épisode|episodio|programa)\b",
    re.IGNORECASE,
)
# "…según fuentes oficiales (EFE)", "… the ministry said. (AFP)", "… said on Thursday. — AFP",
# "(Com Reuters)", "(dpa/afp)": a credit closing the text.
_AGENCIES = (
    r"AFP|AP|Reuters|rtr|EFE|dpa|ANSA|Lusa|APA|KNA|epd|ots|red|SDA|Xinhua|Yonhap|Kyodo|Jiji|PTI|"
    r"IANS|ANI|TASS|RIA Novosti|Interfax|WAM|SPA|MENA|IRNA|Anadolu|AA|Adnkronos|AGI|askanews|"
    r"UPI|Europa Press|Agência Brasil|Agencias|Agências|Agencies|agences|wires|dpa-AFX|"
    r"Bloomberg|NHK|CNA|Bernama|Antara|APP|NNN|sid|KNA|AFP|rtr|ATS|awp|Keystone-SDA|Keystone-ATS"
)
# A wire dateline or credit opening a paragraph: "SEOUL, Dec. 3 (Yonhap) -- ",
# "WASHINGTON (AP) — ", "Berlin (dpa) - ", "(ANSA) - ROMA, 03 DIC - ", "KYIV, Dec 3 (Reuters) -".
# An upper-case place may stand alone; a mixed-case one needs the agency in brackets.
_LOWER_AGENCY = r"(?:dpa|epd|afp|apa|kna|dpa-AFX|askanews|agi|adnkronos|lusa|efe|sda|ats|awp|sid)"
_AGENCY = (
    rf"\((?:[A-Z][\w.&' /-]{{0,24}}|{_LOWER_AGENCY}(?:/{_LOWER_AGENCY})*)\)"
)
# Only agencies' names in the brackets ("(AP)", "(sda)", "(dpa/AFP)"): a credit also when no
# dash follows ("(AP) The two …", "Bern (sda) Der Bundesrat …").
_KNOWN_AGENCY = rf"\((?i:{_AGENCIES})(?:\s*/\s*(?i:{_AGENCIES}))*\)"
_KNOWN_AGENCY_RE = re.compile(_KNOWN_AGENCY)
# An agency's credit opening a sentence inside a paragraph ("… on Wednesday. (AP) Council
# leader …") or its photo credit opening the text ("(AP Photo/Jane Doe) The …"): no words of
# the summary.
LEAD_CREDIT = re.compile(
    rf"^\((?i:{_AGENCIES})(?:\s*/\s*(?i:{_AGENCIES}))*(?:\s+(?:Photo|Foto|Video)\b)?"
    r"(?:\s*/\s*[^()/]{1,40})?\)\s*(?:(?:--|[-–—:])\s*)?(?=[A-ZÀ-ÝÄÖÜ\"“‘„«])"
)
# Capitals beyond Latin-1 that place names in capitals hold: "LEFKOŞA", "İZMİR", "ŁÓDŹ".
_CAPS_EXT = "ĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽ"
# A two-letter first word ("ST JOHN’S", "LA CEIBA", "EL ALTO"; junk.json
# dateline_short_first_words) only before another word in capitals: "EU –" alone is no place.
_SHORT_FIRST = "|".join(_JUNK_TABLE["dateline_short_first_words"]["words"])
_CAPS_PLACE = (
    rf"(?:(?-i:{_SHORT_FIRST})(?=\s[A-ZÀ-ÝÄÖÜ{_CAPS_EXT}]{{2}})"
    rf"|[A-ZÀ-ÝÄÖÜ{_CAPS_EXT}][A-ZÀ-ÝÄÖÜ{_CAPS_EXT}'’.-]{{2,}})"
    rf"(?:[ /][A-ZÀ-ÝÄÖÜ{_CAPS_EXT}][A-ZÀ-ÝÄÖÜ{_CAPS_EXT}'’.-]+){{0,3}}"
)
# A place name's lower-case joining words: "Dar es Salaam", "Rio de Janeiro", "Frankfurt am Main".
_PLACE_JOINER = r"(?:es|de|do|da|dos|das|del|di|la|el|al|am|an|upon|sur|en)"
_PLACE = (
    r"[A-ZÀ-ÝÄÖÜ][\w'’.-]+"
    rf"(?:(?:[ /-]|\s{_PLACE_JOINER}\s(?=[A-ZÀ-ÝÄÖÜ]))[A-ZÀ-ÝÄÖÜ][\w'’.-]+){{0,2}}"
)
def _weekdays() -> str:
    """Full weekday names of every language CLDR names (bot/data/date_names.json): a dateline
    may give the day before the date ("PORT OF SPAIN, Trinidad, Monday October 3, 2011 (CMC)
    – ", "SUVA, Fiji, Tuesday 3 December 2026 (PINA) – "). Five letters or more: no
    abbreviation that is also a word."""
    names = json.loads(resources.files("bot.data").joinpath("date_names.json").read_text("utf-8"))
    days = {*names["days"], *(d for t in names["by_language"].values() for d in t.get("days", ()))}
    # Longest first; names of one length in their own order, not the set's: that changes with
    # each process's string hashing, and so did the pattern, which bot/data/re_cache.bin then
    # never held (every process compiled its ~93,000 characters again, ~0.15 s). Two names of
    # one length that both match a text take the same span: the order among them decides nothing.
    full = sorted((d for d in days if len(d) >= 5 and "." not in d), key=lambda d: (-len(d), d))
    return "|".join(re.escape(d) for d in full)


# "Monday ", "Tuesday, ", "lunes ": a weekday before a dateline's date
_WEEKDAY = rf"(?:(?i:{_weekdays()}),?\s+)?"
_DATE_BIT = (
    rf"(?:,\s*{_WEEKDAY}(?:[A-Za-zÀ-ÿ]{{3,9}}\.?\s+\d{{1,2}}|\d{{1,2}}\s+[A-Za-zÀ-ÿ]{{3,9}}\.?)"
    r"(?:,?\s+\d{4})?"
    # Portuguese and Spanish agencies: "DÍLI, 13 de abril de 2027 (AGÊNCIA) –"
    rf"|,\s*{_WEEKDAY}\d{{1,2}}\s+de\s+[a-zç]{{3,9}}(?:\s+de\s+\d{{4}})?)"
)
# Spanish and Portuguese wire copy puts a full stop before the dash: "Nova York, 24 set (EFE).-",
# "(AFP) .-", "(Reuters).—".
_DASH = r"\s*\.?\s*(?:--|[-–—])\s*"
# "Dec 3", "December 3", "3 Dec": an English month name and a day, as a wire dateline writes them.
_MONTH_DAY = (
    r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.?\s+\d{1,2}"
    r"|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.?)"
)
# A date a dateline gives without an agency after a mixed-case place: numeric ("Bern,
# 27.11.2024 - ", "Luanda, 03/12/2026 – "), an English month and day ("Brussels, Nov 17 — ") or a
# day, a month's name and the year ("Roma, 3 dicembre 2026 - ", "Lisboa, 3 de dezembro de 2026 –",
# "Wien, 3. Dezember 2026 -"); a word after a number without a year is no date ("Moskau, 12
# Soldaten -").
_PLAIN_DATE = (
    r",\s*(?:\d{1,2}\.\s?\d{1,2}\.\s?(?:\d{4}|\d{2})|\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})"
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.?\s+\d{1,2}(?:,?\s+\d{4})?"
    r"|\d{1,2}\.?\s+(?:de\s+)?[^\W\d_]{3,9}\.?\s+(?:de\s+)?\d{4})"
)
# An agency's short code in small letters, known or not, in brackets after a mixed-case place
# and before a dash: "Den Haag (dnd) - ", "Tel Aviv/Teheran (dnd) - ", "Kananaskis (xyz) – ".
_LOWER_CODE = r"\([a-z]{2,6}(?:[/-][A-Za-z]{2,6}){0,2}\)"
# "JAKARTA, KOMPAS.com - ": Indonesian and Malaysian portals credit their site after the place.
_SITE_CREDIT = r"(?:,\s*[A-Za-z][\w-]*\.(?:com|co\.id|id|my|net|org|co)\b)"
_BYLINE_NAME = r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3}"
# US wires and papers name the state or country after an upper-case city: "KYIV, Ukraine (AP)
# — ", "NUUK, Greenland — ".
_REGION = rf"(?:,\s*{_PLACE})"
_WIRE_LEAD = re.compile(
    rf"^(?:(?:By|BY|by)\s+{_BYLINE_NAME}(?:\s*(?:,|and|&)\s*{_BYLINE_NAME})*\s+(?={_CAPS_PLACE}))?"
    # A state agency's web service stamps the time before the dateline: "17:42 | Lima, …".
    r"(?:\d{1,2}[:.]\d{2}\s*\|\s*)?"
    # (a mixed-case place after the agency only with its date: "(AGI) - Roma, 3 dic. - ")
    rf"(?:{_AGENCY}{_DASH}(?:(?:{_CAPS_PLACE}{_DATE_BIT}?|{_PLACE}{_DATE_BIT}){_DASH})?"
    # Italian agencies' web copy: the agency first, then a mixed-case place and the date:
    # "(ANSA) Roma, 23 nov. – ", "(AGI) L'Aia, 3 dic. - ".
    rf"|{_AGENCY}\s*{_PLACE}{_DATE_BIT}{_DASH}"
    # (a hyphen glued to the capitals and the next word joins a compound: "OSZE-Beobachter …",
    # "NATO-Generalsekretär …")
    rf"|{_CAPS_PLACE}(?:{_DATE_BIT}|{_REGION}{_DATE_BIT}?)?\s*(?:{_AGENCY}|{_SITE_CREDIT})?{_DASH}"
    r"(?<![^\W\d_]-)"
    # "Jayapura, Papua (KARTIKA) - ": a mixed-case place, its province, the agency.
    rf"|{_PLACE}{_REGION}?{_DATE_BIT}?\s*{_AGENCY}{_DASH}"
    rf"|{_PLACE}\s*{_LOWER_CODE}{_DASH}"
    # A government's or an institution's press release: the place and the date, no agency.
    rf"|{_PLACE}{_REGION}?{_PLAIN_DATE}{_DASH}"
    # Caribbean and Pacific agencies' copy names the agency after the date, no brackets:
    # "PORT-AU-PRINCE, Haiti, Nov 7, CMC – ", "SUVA, Fiji, 3 Dec, PINA – ".
    rf"|{_CAPS_PLACE}{_REGION}?{_DATE_BIT},\s*(?-i:[A-Z]{{2,6}}){_DASH}"
    # A colon instead of the dash: "ISLAMABAD (Meridian Press): The …", "BERLIN (Nordpresse):
    # Die …" (the place in capitals), "Islamabad (AP): " (a mixed-case place: a known agency).
    rf"|(?:{_CAPS_PLACE}{_REGION}?\s*{_AGENCY}|{_PLACE}\s*{_KNOWN_AGENCY})\s*:\s+"
    r"(?=[A-ZÀ-ÝÄÖÜ\"“‘„«])"
    # Italian agencies stamp the place, date and time before their name: "Roma, 17 nov 15:05 -
    # (Agenzia Nova) - ".
    rf"|(?:{_CAPS_PLACE}|{_PLACE}){_DATE_BIT}(?:\s+\d{{1,2}}[:.]\d{{2}})?{_DASH}{_AGENCY}{_DASH}"
    # A place and a date make the bracket a dateline's whatever it holds: "Brussels, November 17
    # (VNA correspondent Maria Petkova) - ", "Sofia, Dec 3 (Our correspondent) - ".
    rf"|(?:{_CAPS_PLACE}|{_PLACE}){_REGION}?{_DATE_BIT}\s*\([^()]{{2,60}}\){_DASH}"
    # A wire's factbox or graphic has no place: "Dec 3 (Reuters) - Here are the candidates …".
    rf"|{_MONTH_DAY}\s*{_AGENCY}{_DASH}"
    # South Asian agencies: "New Delhi, Dec 3 (PTI): …", "Dhaka, Dec 3 (PTI) Bangladesh …",
    # "Kabul [Afghanistan], December 3 (ANI): …", "ISLAMABAD, Dec 3 (APP): …"
    # "Lima, Oct. 18 (ANDES). Peru and …": Latin American agencies' English services.
    # Indian dailies put the country in round brackets and a dash after the agency:
    # "Tacloban (Philippines), Nov. 11 (AFP)- …".
    rf"|(?:{_CAPS_PLACE}|{_PLACE})(?:\s*\[[^\[\]]{{2,30}}\]|\s*\([A-Z][^()]{{2,30}}\))?{_DATE_BIT}"
    rf"\s*{_AGENCY}(?:\s*:\s*|\.?\s+(?=[A-Z\"“‘])|{_DASH})"
    rf"|(?:{_PLACE}\s*)?{_KNOWN_AGENCY}\s+(?=[A-Z\"“‘])"
    # SPIP news sites (Sudan Tribune style): the date first, the place in capitals in
    # brackets: "April 13, 2027 (PORT SUDAN) – ".
    rf"|{_MONTH_DAY},?\s+\d{{4}}\s*\({_CAPS_PLACE}\){_DASH}"
    # Science and development news sites: the place in capitals in square brackets, "[NAIROBI]
    # Kenya's …", "[CIUDAD DE MÉXICO] El …".
    rf"|\[[A-ZÀ-ÝÄÖÜ{_CAPS_EXT}][A-ZÀ-ÝÄÖÜ{_CAPS_EXT}'’., /-]{{2,40}}\]\s*(?:{_DASH})?"
    r"(?=[A-ZÀ-Ý\"“‘«¿¡]))(?=\S)"
)


# Every alternative of _WIRE_LEAD holds a dash (_DASH), a bracket (an agency, a code) or a
# square bracket: a text without any of them opens with no wire lead, and the pattern (~15 µs
# at a paragraph's start, its alternatives each reading a place first) need not run.
def wire_lead_possible(text: str) -> bool:
    """False only where _WIRE_LEAD cannot match `text`."""
    return "-" in text or "–" in text or "—" in text or "(" in text or "[" in text


# Caspian and Central Asian agencies' dateline as its own line or run into the text, the agency
# after the date in capitals: "BAKU, Azerbaijan, April 13. AGENCY", "ASTANA, April 2. AGENCY:";
# Russian state agencies put it between slashes: "MOSCOW, June 15. /AGENCY/. ".
_DATED_PLACE_LEAD = re.compile(
    rf"^{_CAPS_PLACE}{_REGION}?,\s*{_MONTH_DAY}\.(?:\s+(?-i:[A-Z][A-Z.&-]+(?:\s[A-Z][A-Z.&-]+){{0,3}})"
    r"(?:\s*[.:]|$)|\s+/(?-i:[A-Z][A-Za-z.&-]{1,24})/\.?)?(?:\s+|$)"
)
# East Asian agency leads: Korean "(서울=연합뉴스) 홍길동 기자 = ",
# "(베이징=X) A 특파원 B 통신원 = ";
# Taiwanese/Chinese "（中央社記者X台北2日電）", "（记者X北京3日电）"; Japanese "【ワシントン共同】".
_CJK_WIRE_LEAD = re.compile(
    r"^\s*(?:[(（][^()（）=]{1,30}=[^()（）]{1,30}[)）]\s*"
    r"(?:[\w·]{1,12}\s*(?:기자|특파원|통신원|객원기자|선임기자)\s*)*=\s*"
    r"|[(（][^()（）]{0,30}?(?:記者|记者)[^()（）]{1,30}?(?:專電|专电|電|电)[)）]\s*"
    r"|【[^【】]{1,20}(?:共同|時事|ロイター|AFP)】\s*"
    # Chinese portals: "中新网客户端9月18日电(记者X)", "荆楚网消息（通讯员X）": a site's dateline,
    # then the reporter or correspondent in brackets
    r"|[^\s。，,()（）]{1,30}?(?:电|電|消息|讯|訊)\s*[(（]\s*(?:本报)?(?:记者|記者|通讯员|通訊員"
    r"|特约记者|特約記者)[^()（）]{1,30}[)）]\s*)"
)
# What Korean agency copy closes with: the reporter's e-mail and the copyright notice
# ("hong@yna.co.kr <저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>",
# "ⓒ … 무단전재 및 재배포 금지").
_KO_TAIL = re.compile(
    r"(?:\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+)?\s*[<〈<]?\s*(?:저작권자|ⓒ|©|\(c\))"
    r"[^<>〈〉]{0,120}?(?:무단\s*전재|재배포)[^<>〈〉]{0,80}[>〉>]?\W*$"
    r"|(?<=[.!?。])\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+\W*$",
    re.IGNORECASE,
)
# Editors' initials closing an item of German broadcasters' copy: "kle/jj (dpa, afp, rtr)",
# "se/ack", "asz (sid, dpa)": lower-case letter groups after the last sentence.
_EDITOR_INITIALS = re.compile(r"(?<=[.!?\"”“’])\s+[a-zäöü]{2,4}(?:/[a-zäöü]{2,4}){0,3}\s*$")
# National agencies' editor initials between slashes as the copy's last line: "/NF/", "/RY/",
# "/AB/LK/" (BTA-style wire copy); as a paragraph of its own or after the last sentence.
_SLASHED_INITIALS = re.compile(r"(?:(?<=[.!?\"”“’])\s+|^)/[A-Z]{2,5}(?:/[A-Z]{2,5}){0,3}/\s*$")
# An op-ed's author bio as its own (italic) paragraph at the end: "A B is a fellow at C. D E is
# an assistant professor at F." Every sentence is a full name introduced by an academic or
# writing role; "Jan Novak is a former defence minister." (background in news) stays.
_BIO_SENTENCE = re.compile(
    rf"^{_CAP}[\w.'’-]*(?:\s+{_PARTICLE}{_CAP}[\w.'’-]*){{1,3}}\s+(?:"
    r"(?:is|was)\s+(?:(?:a|an|the|The)\s+(?:[\w'’-]+\s+){0,4}?"
    # Without an article, a title-case job title: "A B is Senior Research Consultant, C."
    r"|(?=(?-i:[A-Z]))(?:(?-i:[A-Z])[\w'’-]+\s+){0,4}?)"
    r"(?i:fellow|professor|lecturer|researcher|analyst|journalist|writer|editor|retired|"
    r"author|scholar|non-?resident|doctoral|phd|columnist|contributor|contributing|"
    r"correspondent|consultant)\b"
    # Portuguese, Spanish, Italian: "A B é professor de Relações Internacionais e colunista"
    r"|(?:é|es|è)\s+(?:(?:um|uma|un|una)\s+)?(?:professora?|pesquisadora?|investigadora?|"
    r"colunista|columnista|editorialista|analista|ricercatrice|ricercatore|docente)\b)",
)
# An academic news site's disclosure statement closing the text: "A B receives funding from C.",
# "A B does not work for, consult, own shares in or receive funding from any company…", "The
# authors do not work for…". Only as the last paragraph, every sentence one: "The Sahel Front
# receives funding from gold traders" inside a report is news.
_PERSON = rf"{_CAP}[\w.'’-]*(?:\s+{_PARTICLE}{_CAP}[\w.'’-]*){{1,3}}"
_DISCLOSURE = re.compile(
    rf"^(?:(?:the )?authors?|(?!(?-i:The|A|An)\s){_PERSON}(?:\s*(?:,|and)\s*{_PERSON})*)\s+"
    r"(?:(?:receives?|received|has received|have received)\s+(?:\w+\s+){0,2}funding\s+from"
    r"|(?:do|does)\s+not\s+work\s+for,\s+consult"
    r"|(?:has|have)\s+(?:previously\s+)?(?:consulted|acted\s+as\s+a\s+consultant)\s+for"
    r"|(?:has|have)\s+disclosed\s+no\s+relevant\s+affiliations)\b",
    re.IGNORECASE,
)
# "Düsseldorf. Die Landesregierung…", "Berlin/Kiew. Der Kanzler…": the place line German
# regional papers open their text with. One capitalised word (or two joined by "/") as a whole
# sentence, a capital after it; abbreviations ("Prof. Weber") are not places.
_PLACE_DOT_LEAD = re.compile(
    r"^(?!(?:Prof|Gen|Sen|Gov|Capt|Sgt|Pres|Dipl|Mme|Mlle|Univ|Corp|Bzw|Ggf|Usw|Abs|Nr|Hrsg|"
    r"Bsp|Jan|Feb|Febr|Aug|Sept|Sep|Okt|Oct|Nov|Dez|Dec|Mrs|Mr|Ms|Dr|St|Jr|Sr|Sra|Inc|Ltd)\.)"
    r"[A-ZÄÖÜ][a-zäöüßéèáó-]{2,}(?:/[A-ZÄÖÜ][a-zäöüßéèáó-]{2,}){0,2}\.\s+(?=[A-ZÄÖÜ„\"])"
)
# The same place line in capitals: "MASERU. The mission…", "DAR ES SALAAM. ", "LINZ/PRAG. Das
# Land…", "WIEN. Im Mittelpunkt…" (a bold "<strong>ORT.</strong>" in Austrian and Swiss papers'
# copy). Capitals as a whole first sentence, then a sentence in mixed case (its second letter,
# or a small letter within its first words: "EU-Gipfel", "„Wir …"), are no heading or acronym
# run: a place (or a label), cut when _caps_lead reads it as one.
_CAPS_DOT_LEAD = re.compile(
    r"^[A-ZÀ-ÝÄÖÜ][A-ZÀ-ÝÄÖÜ'’-]{2,}(?:[ /-][A-ZÀ-ÝÄÖÜ][A-ZÀ-ÝÄÖÜ'’-]{1,}){0,3}\.\s+"
    r"(?=[„\"“«‘]?[A-ZÀ-ÝÄÖÜ][a-zà-ÿß]|[A-ZÀ-ÝÄÖÜ„\"“«\d][^.]{0,20}?[a-zà-ÿ])"
)
# Of several mixed-case words ("Dar es Salaam. The…", "New Delhi. "), only a place the gazetteer
# knows: "Klare Worte. Der Kanzler…" is a real opening.
_WORDS_DOT_LEAD = re.compile(
    rf"^(?P<place>[A-ZÀ-Ý][\w'’-]+(?:(?:\s{_PLACE_JOINER})?\s[A-ZÀ-Ý][\w'’-]+){{1,3}})"
    r"\.\s+(?=[„\"“«‘]?[A-ZÀ-ÝÄÖÜ])"
)
# "Windhoek/Lüderitz • Die Regierungen…", "Oshikango • ": a place (or a kicker) set off by a
# bullet, any place: no sentence opens with a bullet after its first words.
_BULLET_LEAD = re.compile(
    rf"^(?:{_CAPS_PLACE}|{_PLACE})\s*[•·]\s*(?=[„\"“«‘]?[A-ZÀ-ÝÄÖÜ\d])"
)
# Indian Urdu and Hindi dailies' place line with a double slash, a desk or an agency after it:
# "سرینگر//(نمائندہ خصوصی) …", "نئی دہلی//(یو این آئی) …", "Jammu// (KNO) …". Prose never writes
# "//": the credit in brackets may be any.
_SLASHES_LEAD = re.compile(r"^\w+(?:\s\w+){0,2}\s*//\s*(?:[(（][^()（）]{1,40}[)）])?\s*(?=\S)")
# South Asian dailies' place line with a colon: "Kathmandu: Nepal's election commission…",
# "New Delhi: …", "ISLAMABAD: …", "اسلام آباد: …"; a place and a dash without an agency:
# "Kyiv, Ukraine — …", "Genf – Die …". A speaker is written the same way ("Sheinbaum: Mexico
# will not…") and must stay, so a mixed-case lead counts only when the gazetteer reads it as a
# place (a capital or a large city, in one of the languages the lead's script is written in).
_COLON_LEAD = re.compile(
    rf"^(?:(?P<caps>{_CAPS_PLACE})|(?P<place>[A-ZÀ-Ý][\w'’.-]+(?:[ -][A-ZÀ-Ý][\w'’.-]+){{0,2}}))"
    r":\s+(?=[A-ZÀ-Ý\d])"
)
_DASH_LEAD = re.compile(
    r"^(?P<place>[A-ZÀ-Ý][\w'’.-]+(?:[ -][A-ZÀ-Ý][\w'’.-]+){0,2})"
    r"(?:,\s*[A-ZÀ-Ý][\w'’.-]+(?:[ -][A-ZÀ-Ý][\w'’.-]+){0,2})?\s+[—–-]\s+(?=[A-ZÀ-Ý\"“„«])"
)
# "Pristina/Belgrad – Nach …", "Wien/Kiew – ": two or three places joined by slashes before a
# spaced dash, as Austrian and German papers date copy from both sides; one of them must be a
# city the gazetteer knows ("Rot/Grün – Die Koalition…" is a lead). Only such a lead asks the
# other Latin-script gazetteers (the place is written in the copy's language).
_SLASH_LEAD_LANGS = ("de", "fr", "it", "es", "pt", "nl")
_PLACES_DASH_LEAD = re.compile(
    r"^(?P<places>[A-ZÀ-ÝÄÖÜ][\w'’.-]+(?:\s[A-ZÀ-ÝÄÖÜ][\w'’.-]+)?"
    r"(?:/[A-ZÀ-ÝÄÖÜ][\w'’.-]+(?:\s[A-ZÀ-ÝÄÖÜ][\w'’.-]+)?){1,2})\s+[—–-]\s+(?=[A-ZÀ-Ý\"“„«])"
)
# The same places as a whole first sentence, the German and Austrian papers' place line:
# "Tel Aviv/Gaza. Nach 15 Monaten …", "New York/Genf. Die …" (one word each: _PLACE_DOT_LEAD).
_PLACES_DOT_LEAD = re.compile(
    r"^(?P<places>[A-ZÀ-ÝÄÖÜ][\w'’-]+(?:\s[A-ZÀ-ÝÄÖÜ][\w'’-]+)?"
    r"(?:/[A-ZÀ-ÝÄÖÜ][\w'’-]+(?:\s[A-ZÀ-ÝÄÖÜ][\w'’-]+)?){1,2})\.\s+(?=[„\"“«‘]?[A-ZÀ-ÝÄÖÜ])"
)
# Urdu and Arabic services: "اسلام آباد — پاکستان اور …", "القاهرة (رويترز) - …" (a dash: the
# place line), "لاہور: …" (a colon: only a place the gazetteer knows).
# One place of one to three words, or two or three joined by slashes as copy filed from both
# sides is dated ("واشنگٹن/کابل", "الرياض / صنعاء"): prose joins no words with a slash there.
_ARABIC_SCRIPT_PLACES = (
    r"[\u0600-\u06ff]+(?:\s[\u0600-\u06ff]+){0,2}"
    r"(?:\s?/\s?[\u0600-\u06ff]+(?:\s[\u0600-\u06ff]+){0,2}){0,2}"
)
_ARABIC_SCRIPT_DATELINE = re.compile(
    rf"^{_ARABIC_SCRIPT_PLACES}(?:\s*[(（][^()（）]{{1,30}}[)）])?\s*[—–-]\s+(?=\S)"
    r"(?![0-9٠-٩۰-۹]{1,2}\s*[\u0600-\u06ff]{3,})"  # a date follows: the dated form below
    # Urdu dailies without a dash: "اسلام آباد (نمائندہ خصوصی) …", "بیجنگ (اردو مرکز ۔ 03 دسمبر
    # 2026ء) …": the bracket names a desk, reporter or agency, or holds a date.
    # "برسلز: (ویب ڈیسک) …", "جنین: (اردو نیوز) …": the place with a colon, then the credit.
    rf"|^{_ARABIC_SCRIPT_PLACES}\s*:?\s*[(（]"
    rf"(?=[^()（）]*(?:{_words('dateline_credits', variants=True)}|[0-9۰-۹]))[^()（）]{{2,60}}[)）]"
    r"\s*(?:[—–-]\s*)?(?=[\u0600-\u06ff\"”“‘’])"
    # A date after the place makes it a dateline whatever the place: "سرینگر،۱۷ نومبر: …",
    # "القاهرة، 17 نوفمبر - …" (the day in any digits, the month, maybe the year), maybe the
    # agency's or the service's credit in brackets before the colon ("کراچی، 3 دسمبر (وادی
    # نیوز): …"); after the credit the colon may be left out, the dateline set in bold before
    # the text ("<b>لندن، 24 جون (ایجنسیاں)</b> برطانیہ …": Blogger-hosted dailies).
    # The place may be parted from the date by the Urdu full stop or a dash instead of a comma
    # ("اسلام آباد ۔ 6 اگست (ایجنسیاں) …", "لاہور - 12 مارچ (نمائندہ خصوصی) …").
    r"|^[\u0600-\u06ff]+(?:\s[\u0600-\u06ff]+){0,2}\s*[،,۔—–-]\s*[0-9٠-٩۰-۹]{1,2}\s*"
    r"[\u0600-\u06ff]{3,}(?:\s*[0-9٠-٩۰-۹]{4}\s*ء?)?"
    r"(?:\s*[(（][^()（）]{2,40}[)）]\s*(?:[:：—–-]\s*)?|\s*[:：—–-]\s*)(?=\S)"
    # The Urdu newspaper dateline glued to both neighbours: "تفتان(محمد اسلم بلوچ)پاک ایران …";
    # prose puts spaces around a bracket.
    r"|^[\u0600-\u06ff]+(?:\s[\u0600-\u06ff]+){0,2}[(（][^()（）]{2,40}[)）](?=[\u0600-\u06ff])"
)
# The credit alone opening the text, or left after a known place was cut: "(ویب ڈیسک) …",
# "(اردو نیوز) …" (a desk, a reporter, an agency or the channel's news service).
_ARABIC_SCRIPT_LEAD_CREDIT = re.compile(
    rf"^[(（](?=[^()（）]*(?:{_words('dateline_credits', variants=True)}))[^()（）]{{2,40}}[)）]"
    r"\s*(?:[—–-]\s*)?(?=[\u0600-\u06ff\"”“‘’])"
)
# "کابل (عالمی اخبار) افغانستان …": a known place and the credit in brackets, no dash.
_ARABIC_SCRIPT_CREDIT = re.compile(
    r"^(?P<place>[\u0600-\u06ff]+(?:\s[\u0600-\u06ff]+){0,2})\s*[(（][^()（）]{1,30}[)）]\s+(?=[^\s—–-])"
)
_ARABIC_SCRIPT_COLON = re.compile(
    r"^(?P<place>[\u0600-\u06ff]+(?:\s[\u0600-\u06ff]+){0,2})\s*:\s+(?=\S)"
)
# The gazetteers asked: English (its exonyms cover the South Asian and African datelines written
# this way; German, Italian and Portuguese copy writes the place in capitals or with an agency,
# which needs no gazetteer), Urdu or Arabic by the letters. Each table costs memory: a worker
# loads only the ones its feeds' languages need.
_LATIN_LANGS = ("en",)
_URDU_LETTERS = re.compile("[ٹڈڑںھہےۓگکپچژ]")


def _cut_place_lead(para: str) -> str:
    """The text's first paragraph without its place line ("Düsseldorf. ", "Kathmandu: ",
    "Kyiv, Ukraine — ", "اسلام آباد — ")."""
    para = _BULLET_LEAD.sub("", _PLACE_DOT_LEAD.sub("", para, count=1), count=1)
    if (m := _CAPS_DOT_LEAD.match(para)) and _caps_lead(m[0].rstrip(". \n")):
        para = para[m.end():]
    if (m := _WORDS_DOT_LEAD.match(para)) and (
        _is_place(m["place"], _LATIN_LANGS) or m["place"].casefold() in _DATELINE_PLACES
    ):
        para = para[m.end():]
    if (m := _CAPS_HYPHEN_LEAD.match(para)) and _is_place(m["caps"].title(), _LATIN_LANGS) and (
        _caps_lead(m["caps"])
    ):
        para = para[m.end():]
    para = _SLASHES_LEAD.sub("", para, count=1)
    if (m := _COLON_LEAD.match(para)) and (
        _caps_lead(m["caps"]) or _is_city_of_country(m["caps"].title())  # "PORT SUDAN: "
        or m["caps"].casefold() in _DATELINE_PLACES or m["caps"].casefold() in _CITY_STATES
        if m["caps"] else _is_place(m["place"], _LATIN_LANGS)
        or _is_city_of_country(m["place"]) or m["place"].casefold() in _DATELINE_PLACES
    ):
        return para[m.end():]
    if (m := _DASH_LEAD.match(para)) and (
        _is_place(m["place"], _LATIN_LANGS) or _is_city_of_country(m["place"])
        # the copy's own language names the city: "Tokio – Deutschland und Japan …",
        # "Bruxelles – I leader …"; not "Moskau – Kiew: …", two sides named
        or (_is_place(m["place"], _SLASH_LEAD_LANGS) and not _place_word_at(para, m.end()))
        # A town the gazetteer does not know ("Freiburg - Auf dem …", "Bremen - Der SC …"):
        # the dash and then a word that only opens a sentence; "Russia – Ukraine talks …"
        # joins two names, and a country's own name stays.
        or (" " not in m[0][: m.end("place")] and (
            _SENTENCE_OPENER.match(para, m.end()) or _country_subject_at(para, m.end())
        ) and not _names_area(m["place"]))
    ):
        return para[m.end():]
    if (m := _PLACES_DASH_LEAD.match(para) or _PLACES_DOT_LEAD.match(para)) and any(
        _is_place(p, langs) for langs in (_LATIN_LANGS, _SLASH_LEAD_LANGS)
        for p in m["places"].split("/")
    ):
        return para[m.end():]
    if not "\u0600" <= para[:1] <= "\u06ff" and para[:1] not in "(（":
        return para
    for lead in (_ARABIC_SCRIPT_COLON, _ARABIC_SCRIPT_CREDIT):
        if ((m := lead.match(para)) and m["place"] in _DATELINE_PLACES) or (m and _is_place(
            m["place"], ("ur",) if _URDU_LETTERS.search(para[:200]) else ("ar",)
        )):
            return _ARABIC_SCRIPT_LEAD_CREDIT.sub("", para[m.end():], count=1)
    return _ARABIC_SCRIPT_LEAD_CREDIT.sub("", _ARABIC_SCRIPT_DATELINE.sub("", para, count=1),
                                          count=1)


_NEXT_NAME = re.compile(r"[A-ZÀ-ÝÄÖÜ][\w'’.-]+")


def _place_word_at(para: str, at: int) -> bool:
    """Is the capitalised word at `at` a city of a Latin-script gazetteer ("Moskau – Kiew:")?
    A country opens many a lede ("Tokio – Deutschland und Japan wollen …")."""
    if not (m := _NEXT_NAME.match(para, at)):
        return False
    return _is_place(m[0].rstrip(".:,"), ("en", *_SLASH_LEAD_LANGS))


# "Durban - South Africa will …", "Kano - Nigeria's …": a country's name as the sentence's
# subject after the dash (its verb or possessive in small letters next).
_SUBJECT_AFTER_DASH = re.compile(
    r"(?P<name>[A-ZÀ-Ý][\w.-]+(?:\s[A-ZÀ-Ý][\w.-]+){0,2})(?:['’]s?)?\s+[a-zà-ÿ]"
)


def _country_subject_at(para: str, at: int) -> bool:
    """Does the sentence at `at` open with a country's name as its subject ("South Africa
    will …")? After a one-word lead and a dash that the gazetteer does not read as a name
    ("Durban - "), the lead is the copy's place line: "Russia - Ukraine talks" has none."""
    if not (m := _SUBJECT_AFTER_DASH.match(para, at)):
        return False
    from bot.content import geo

    found = geo.find_mentions(m["name"], lang="en")
    return len(found) == 1 and found[0].surface == m["name"] and found[0].entity.kind in (
        "country", "home")


@lru_cache(maxsize=512)
def _names_area(words: str) -> bool:
    """Does the gazetteer read `words` as a country or region, not a city ("Russia", "Europe")?"""
    from bot.content import geo

    found = geo.find_mentions(words, lang="en")
    return any(f.surface == words for f in found) and not _is_place(words, _LATIN_LANGS)


# Provincial cities that date copy ("پشاور: ", "Peshawar: "), beside the gazetteer's capitals.
_DATELINE_PLACES = frozenset(
    w.casefold() for lang, ws in _JUNK_TABLE["dateline_places"].items() if not lang.startswith("_")
    for w in ws
)
# "KUWAIT: ", "SINGAPORE: ": a capital bearing its country's name, in an upper-case dateline.
_CITY_STATES = frozenset(_JUNK_TABLE["place_lead_city_states"]["en"])
# A seat of government names who speaks, not where: "Kremlin: Ukraine must …" (bot/data/junk.json).
_SEATS = frozenset(_JUNK_TABLE["place_lead_seats_of_government"]["any"])


@lru_cache(maxsize=512)
def _caps_lead(words: str) -> bool:
    """An upper-case lead before a colon: a place line ("ISLAMABAD: ", "THIRUVANANTHAPURAM: ")
    or a label ("BREAKING: "), both cut; not a body, a country or a seat of government that
    speaks ("NATO: Russia …", "RUSSIA: …", "KREMLIN: …")."""
    from bot.content import geo

    title = words.title()
    if title.casefold() in _SEATS:
        return False
    found = geo.find_mentions(title, lang="en")
    return not found or _is_place(title, _LATIN_LANGS)


@lru_cache(maxsize=512)
def _is_place(words: str, langs: tuple[str, ...]) -> bool:
    """Is `words` one city (a capital, a large city) in one of `langs`' gazetteers? Not a
    country's own name: "Russia: Ukraine fired …" names who said it, not where."""
    from bot.content import geo  # the gazetteer loads on first use: only for such leads

    for lang in langs:
        found = geo.find_mentions(words, lang=lang)
        if len(found) != 1 or found[0].surface != words:
            continue
        entity = found[0].entity
        if entity.kind not in ("country", "home") or words.casefold() in _SEATS:
            continue
        # CLDR lists each country's name first, then its capital and largest city
        names = {entity.name.casefold()} | {
            n.casefold() for other in langs for n in _cldr_names(other).get(entity.code, ())[:1]}
        if words.casefold() not in names:
            return True
    return False


# "Kuwait City", "Port Sudan": a country's name with a word that makes it a city (junk.json).
_CITY_WORDS = frozenset(_JUNK_TABLE["place_lead_name_words"]["en"])


@lru_cache(maxsize=512)
def _is_city_of_country(words: str) -> bool:
    """A city named after its country ("Kuwait City: ", "Port Sudan: "), which the gazetteer
    reads as the country alone: the country's name plus one city word, nothing else."""
    parts = words.split()
    if len(parts) < 2:
        return False
    if parts[0].casefold() in _CITY_WORDS:
        rest = " ".join(parts[1:])
    elif parts[-1].casefold() in _CITY_WORDS:
        rest = " ".join(parts[:-1])
    else:
        return False
    from bot.content import geo

    found = geo.find_mentions(rest, lang="en")
    return len(found) == 1 and found[0].surface == rest and found[0].entity.kind == "country"


@lru_cache(maxsize=8)
def _cldr_names(lang: str) -> dict[str, list[str]]:
    from bot.content import geo

    table: dict[str, list[str]] = geo.read_data("cldr.json").get(lang, {})
    return table


# Print editions' credit lines run into the first sentence (a custom CMS joins the printed
# byline box to the text): "By Lin Mei / Staff reporter The coast guard …", "Staff writer,
# with CNA The Legislative Yuan …", "AFP, TOKYO Japan and …": the credit goes (a named one's
# names go to the authors: attribution.byline_from_text).
_CREDIT_ROLE = r"(?:[A-Za-z-]+\s+){0,2}(?:reporters?|writers?|correspondents?|editors?)"
_AGENCY_LIST = rf"(?:{_AGENCIES})(?:\s*(?:,|and|/)\s*(?:{_AGENCIES}))*"
_PRINT_CREDIT_LEAD = re.compile(
    rf"^(?:(?:By|BY)\s+{_BYLINE_NAME}(?:\s*(?:,|and|&)\s*{_BYLINE_NAME})*\s*/\s*{_CREDIT_ROLE}"
    rf"|(?:[Ss]taff|[Ss]pecial|[Oo]ur)\s+{_CREDIT_ROLE}(?=,?\s+with\s)"
    rf"|{_AGENCY_LIST},\s+{_CAPS_PLACE})"
    rf"(?:,?\s+with\s+{_AGENCY_LIST})?\s+(?=[A-Z\"“‘])"
)
# A byline run into the first sentence with no stop between them ("By Mahmoud Karimi Talab Five
# years after …"): two to four capitalised name words, then a word that opens a sentence and is
# never part of a name (bot/data/junk.json 'glued_byline'). Not a time ("By Tuesday Morning The
# …"): no weekday or month among the names.
_GLUED_BYLINE_TABLE = _JUNK_TABLE["glued_byline"]
_GLUED_OPENERS = "|".join(
    re.escape(w) for lang, ws in _GLUED_BYLINE_TABLE["openers"].items()
    if not lang.startswith("_") for w in ws
)
_GLUED_PREFIXES = "|".join(map(re.escape, _GLUED_BYLINE_TABLE["prefixes"]))
_SENTENCE_OPENER = re.compile(rf"(?:{_GLUED_OPENERS})\s+[\w\"“„«‘']")
_GLUED_NAME_WORD = (
    rf"(?!(?:{_GLUED_OPENERS}|Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)(?:day)?\b)"
    r"(?!(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\b)[A-ZÀ-Ý][\w'’.-]+"
)
GLUED_BYLINE = re.compile(
    rf"^\s*(?:{_GLUED_PREFIXES})\s+"
    rf"(?P<names>{_GLUED_NAME_WORD}(?:\s+{_PARTICLE}{_GLUED_NAME_WORD}){{1,3}})"
    rf"\s+(?=(?:{_GLUED_OPENERS})\s+[\w\"“‘'])"
)
# "By A and B | CARICOM heads said …", "By Name in Hillsborough | Six weeks …": a byline set off
# from the text by a bar (a CMS's plain-text summary field, e.g. Webflow's, that holds the print
# byline line): the byline word (junk.json glued_byline prefixes), the names, a place after "in"
# and the bar, then text. The names go to the authors (attribution.byline_from_text); the lead
# goes from the text. Name words as in GLUED_BYLINE ("St." in "Kwame St. Bernard" is one).
BAR_BYLINE = re.compile(
    rf"^\s*(?:{_GLUED_PREFIXES})\s+"
    rf"(?P<names>{_GLUED_NAME_WORD}(?:\s+{_PARTICLE}{_GLUED_NAME_WORD}){{1,3}}"
    rf"(?:\s*(?:,|\band\b|\bund\b|\bet\b|\be\b|\by\b|&)\s*"
    rf"{_GLUED_NAME_WORD}(?:\s+{_PARTICLE}{_GLUED_NAME_WORD}){{1,3}})*)"
    r"(?:,?\s+(?:in|en|em|à|a|aus|in|from|at)\s+[A-ZÀ-Ý][\w'’.-]+(?:\s+[A-ZÀ-Ý][\w'’.-]+){0,2})?"
    r"\s*\|\s+(?=[\w\"“„«‘'])"
)
# "… under the national security law, writes Dr Alan Chiu.": an op-ed standfirst naming its
# writer at the end of a sentence (bot/data/junk.json writes_byline); the clause goes, the
# names go to the authors (attribution.byline_from_text). Name words without a full stop: the
# sentence ends after the name.
_WRITES_NAME = (
    r"[A-ZÀ-Ý][\w'’-]*"
    r"(?:\s+(?:(?:van|von|de|da|di|del|der|la|le|al|el|bin|ibn)\s+)?[A-ZÀ-Ý][\w'’-]*){1,3}"
)
_WRITES_VERBS = "|".join(w for ws in _JUNK_TABLE["writes_byline"].values() for w in ws)
# "…, escreve o correspondente NAME.", "…, writes our Europe correspondent NAME.", "…, schreibt
# unsere Korrespondentin NAME.": an article and the writer's role (no preposition: "o
# correspondente em Berlim" would make the city a name) before the name
_WRITES_ROLE = (
    r"(?:(?:the|our|o|a|os|as|il|la|lo|el|le|notre|nuestr[oa]|nosso|nossa|nostr[oa])\s+"
    r"(?:(?!(?:em|in|en|de|da|do|of|from|à|a|di|no|na|at)\s)[a-zà-ÿ][\w-]*\s+){1,3}"
    r"|unser(?:e)?\s+[\w-]*(?:Korrespondent|Reporter|Redakteur|Autor)(?:in)?\s+)"
)
WRITES_BYLINE = re.compile(
    rf",\s+(?:{_WRITES_VERBS})\s+{_WRITES_ROLE}?"
    rf"(?:(?:Dr|Prof|Professor|Sir|Dame)\.?\s+)?(?P<names>{_WRITES_NAME}"
    rf"(?:\s+(?:and|und|et|e|y)\s+{_WRITES_NAME})?)(?=\s*(?:[.!?](?:\s|$)|$))"
)
# "… primavera. dal nostro inviato MARCO DE ANGELIS", "… contro. di Giulia Ferraro, nostra
# corrispondente": a print CMS's byline box glued after the teaser's last full stop, its marker
# in lower case (no sentence opens so), then two to four name words (capitalised or in
# capitals) and maybe the role after a comma (bot/data/junk.json glued_byline_tail). The tail
# goes; the names go to the authors (attribution.byline_from_text).
_GLUED_TAIL_TABLE = _JUNK_TABLE["glued_byline_tail"]
_GLUED_TAIL_NAME = (
    r"[A-ZÀ-Ý][\w'’-]+(?:\s+(?:(?:de|da|di|del|della|dos|van|von|la|le)\s+)?[A-ZÀ-Ý][\w'’-]+)"
    r"{1,3}"
)
_GLUED_TAIL_MARKERS = "|".join(w for ws in _GLUED_TAIL_TABLE["markers"].values() for w in ws)
_GLUED_TAIL_BODY = (
    r"\s+"
    # the marker in lower case, or the whole sign-off in capitals ("… rotta. DI ELISA MANTOVANI
    # E PAOLO TRUCCO", "DAL NOSTRO CORRISPONDENTE FRANCESCO SEMERIA"): no sentence is so written
    rf"(?:{_GLUED_TAIL_MARKERS}|(?=[^a-zß-ÿ]+$)(?i:{_GLUED_TAIL_MARKERS}))\s+"
    rf"(?P<names>{_GLUED_TAIL_NAME}(?:\s+(?i:e|and|und|et|y)\s+{_GLUED_TAIL_NAME})?)"
    rf"(?:\s*,\s*(?i:{'|'.join(w for ws in _GLUED_TAIL_TABLE['roles'].values() for w in ws)}))?"
    r"\s*\.?\s*$"
)
_GLUED_TAIL_STOPS = r"[.!?»”\"]"
GLUED_BYLINE_TAIL = re.compile(rf"(?<={_GLUED_TAIL_STOPS}){_GLUED_TAIL_BODY}")
# The same matches, each taking the stop before it too (its start is one character earlier):
# `re` searches a pattern that opens on a character class by scanning for that class in C,
# while one that opens on a lookbehind is tried at every position (~3.5x the time; cleaning
# searches every paragraph's end).
GLUED_BYLINE_TAIL_AT_STOP = re.compile(f"{_GLUED_TAIL_STOPS}{_GLUED_TAIL_BODY}")
GLUED_TAIL_WINDOW = 200  # the marker, four names and a role: the tail's last characters
# "GENEVA-The talks …": the place in capitals glued to the first word by a hyphen, when that
# word opens a sentence (bot/data/junk.json "glued_byline" openers): "NATO-Generalsekretär",
# "USA-Reise" are compounds.
_CAPS_HYPHEN_LEAD = re.compile(
    rf"^(?P<caps>{_CAPS_PLACE})-(?=(?:{_GLUED_OPENERS})\s)"
)
_AGENCY_ENDS = tuple(a.lower() for a in _AGENCIES.split("|"))
_AGENCY_WINDOW = max(map(len, _AGENCY_ENDS)) + 8
_AGENCY_TAIL = re.compile(
    rf"\s*(?:[(\[](?:(?:mit|with|con|avec|com|con información de|com informações d[aeo]s?)\s+)?"
    rf"(?:{_AGENCIES})(?:\s*(?:[/,;-]|and|und|y|e|et)\s*(?:{_AGENCIES}))*[)\]]\.?"
    # after the last sentence, with or without a dash: "… — AFP", "… dpa/AFP/Reuters",
    # "… *Com Agência Brasil", Lusa's "… Lusa/Fim", EFE's desk initials "… EFE mmr/jlp"
    rf"|(?<=[.!?\"”’])\s*(?:[—–-]+\s*)?\*?(?:(?:with|mit|avec|com|con)\s+)?(?:{_AGENCIES})"
    rf"(?:\s*[/,]\s*(?:{_AGENCIES}))*(?:\s*/\s*fim)?(?-i:\s+[a-z]{{2,4}}(?:/[a-z]{{2,4}})+)?\.?"
    # An agency editor's three-letter code closing the text, a stop before it or none ("… su
    # Misurata (Trp)", "… presidenziale. (Res)"): Agenzia Nova-style wire copy's desk mark.
    r"|(?<=[\w.!?\"”’»])\s*\((?-i:[A-Z][a-z]{2})\))\s*$",
    re.IGNORECASE,
)
# Text that may end in a credit the tail pattern takes: "… Lusa/Fim", "… EFE mmr/jlp".
_AGENCY_END_MARKS = re.compile(r"/\s*fim\.?\s*$|\s[a-z]{2,4}/[a-z]{2,4}\.?\s*$", re.IGNORECASE)
# arXiv listings: "arXiv:2612.01234v1 Announce Type: new Abstract: We study…"; and a leading
# "Abstract:"/"Summary:" label on the text of a paper or report; Substack's player label
# "Listen now (38 min) | " before a podcast post's notes; a column label ("Blog |", "Opinião.").
_LEAD_LABEL = re.compile(
    r"^(?:(?:Listen|Watch) now\s*\(\d+\s*min\)\s*[|·]\s*)?"
    # a CMS editor's note in capitals ("ALT HED Video shows …", "DEK: …"; junk.json cms_notes)
    rf"(?:(?:{_words('cms_notes')})(?:\s*:\s*|\s+)(?=[A-Z\"“‘']))?"
    rf"(?:(?i:{_words('lead_labels')})\s*:\s*(?=\S))?"  # "Wire: Talks resume…"
    # "Blog | Behind the figures…", "Opinião. A cimeira…": a column label before the text
    rf"(?:(?i:{_words('genre_labels')})(?:\s*[:|]\s*|\.\s+)(?=[\"“„«‘'(\w]))?"
    r"(?:arXiv:\s*\d{4}\.\d{4,5}(?:v\d+)?\s*(?:Announce Type:\s*[\w-]+\s*)?)?"
    r"(?:(?:Abstract|Summary|Zusammenfassung|Résumé|Resumen|Riassunto|Resumo|Аннотация)\s*:\s*)?",
)
# "Caro direttore, tra pochi giorni …", "Sir, your editorial …": a reader's letter's salutation
# before its first sentence, in the same paragraph (junk.json letter_salutations).
LETTER_SALUTATION = re.compile(
    rf"^(?:{_words('letter_salutations')})\s*[,:]\s+(?=[^\W\d_])", re.IGNORECASE
)
# A community news site's lead-in: "An anonymous reader quotes a report from Reuters: "…"",
# "Longtime Site reader X writes: …" (junk.json's submission_leads).
_SUBMISSION_LEAD = re.compile(rf"^(?:{_words('submission_leads')})\s*:\s*(?=\S)", re.IGNORECASE)
_EXCERPT_CLOSE = {"\"": "\"", "“": "”", "«": "»"}


def _cut_submission_lead(para: str) -> str:
    """The lead-in cut, and the quotation marks around the excerpt that follows it: they mark
    the source's text, not a speaker's words (a closing mark after a sentence end, then a space
    or the end; otherwise they stay)."""
    m = _SUBMISSION_LEAD.match(para)
    if m is None:
        return para
    rest = para[m.end() :]
    close = _EXCERPT_CLOSE.get(rest[:1])
    if close is not None:
        end = rest.find(close, 1)
        if end > 1 and rest[end - 1] in ".!?…" and rest[end + 1 : end + 2] in ("", " "):
            rest = rest[1:end] + rest[end + 1 :]
    return rest
