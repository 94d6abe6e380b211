"""A small offline gazetteer: countries, demonyms, capitals, leaders and institutions.

Used as named-entity cues by `relevance` (foreign-policy signal), `tags` (region tags) and
`clustering` (entity overlap). Matching is by word n-grams looked up in dicts, not by a giant
regex alternation, so it is linear in the text and cannot mistake "Iranian" for anything but
Iran or "Chinatown" for China. Names that are also common words or US places ("Jordan",
"Georgia", "Turkey", "Chad") are *ambiguous*: they count only when the text corroborates them.
The United States is home, not abroad: it is recognized (kind "home") but never a foreign cue.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache


def _words(text: str) -> list[str]:
    """Split a literal word list (kept as one string so it reads like prose)."""
    return text.split()


# region | canonical | aliases (names, demonyms, capitals); "?alias" = ambiguous, needs context
_COUNTRIES = """
east-asia|China|china,chinese,beijing,prc,people's republic of china,shanghai
east-asia|China|?xinjiang,uyghur,uyghurs,uighur,tibet,tibetan
east-asia|Hong Kong|hong kong
east-asia|Taiwan|taiwan,taiwanese,taipei
east-asia|Japan|japan,japanese,tokyo
east-asia|North Korea|north korea,north korean,north koreans,pyongyang,dprk,n. korea
east-asia|South Korea|south korea,south korean,south koreans,seoul,korea,korean,koreans
east-asia|Mongolia|mongolia,mongolian,ulaanbaatar
southeast-asia|Vietnam|vietnam,vietnamese,hanoi
southeast-asia|Philippines|philippines,philippine,filipino,filipinos,manila
southeast-asia|Indonesia|indonesia,indonesian,indonesians,jakarta
southeast-asia|Malaysia|malaysia,malaysian,kuala lumpur
southeast-asia|Thailand|thailand,thai,bangkok
southeast-asia|Myanmar|myanmar,burma,burmese,naypyitaw,yangon,rohingya
southeast-asia|Cambodia|cambodia,cambodian,phnom penh
southeast-asia|Laos|laos,laotian,vientiane
southeast-asia|Singapore|singapore,singaporean
southeast-asia|Brunei|brunei
southeast-asia|Timor-Leste|east timor,timor-leste
south-asia|India|india,indian,indians,new delhi,delhi,mumbai,kashmir
south-asia|Pakistan|pakistan,pakistani,pakistanis,islamabad,karachi,lahore
south-asia|Afghanistan|afghanistan,afghan,afghans,kabul,kandahar
south-asia|Bangladesh|bangladesh,bangladeshi,dhaka
south-asia|Sri Lanka|sri lanka,sri lankan,colombo
south-asia|Nepal|nepal,nepali,nepalese,kathmandu
south-asia|Bhutan|bhutan
south-asia|Maldives|maldives,maldivian
central-asia|Kazakhstan|kazakhstan,kazakh,astana,almaty
central-asia|Uzbekistan|uzbekistan,uzbek,tashkent
central-asia|Kyrgyzstan|kyrgyzstan,kyrgyz,bishkek
central-asia|Tajikistan|tajikistan,tajik,dushanbe
central-asia|Turkmenistan|turkmenistan,turkmen,ashgabat
middle-east|Iran|iran,iranian,iranians,tehran,persian gulf
middle-east|Iraq|iraq,iraqi,iraqis,baghdad,mosul,basra,kurdistan
middle-east|Syria|syria,syrian,syrians,damascus,aleppo,idlib
middle-east|Israel|israel,israeli,israelis,jerusalem,tel aviv,idf
middle-east|Palestine|palestine,palestinian,palestinians,gaza,west bank,ramallah,gazans
middle-east|Lebanon|lebanon,lebanese,beirut
middle-east|Jordan|?jordan,jordanian,jordanians,amman
middle-east|Saudi Arabia|saudi arabia,saudi,saudis,riyadh,jeddah
middle-east|Yemen|yemen,yemeni,yemenis,sanaa,aden
middle-east|United Arab Emirates|united arab emirates,uae,emirati,abu dhabi,dubai
middle-east|Qatar|qatar,qatari,doha
middle-east|Kuwait|kuwait,kuwaiti
middle-east|Bahrain|bahrain,bahraini
middle-east|Oman|oman,omani,muscat
middle-east|Turkey|?turkey,turkish,turks,türkiye,turkiye,ankara,istanbul
middle-east|Egypt|egypt,egyptian,egyptians,cairo,sinai
europe|Ukraine|ukraine,ukrainian,ukrainians,kyiv,kiev,kharkiv,donbas,donbass,donetsk,luhansk
europe|Ukraine|kherson,zaporizhzhia,mariupol,odesa,odessa,crimea,bakhmut
russia|Russia|russia,russian,russians,moscow,kremlin,st. petersburg,chechnya,siberia
europe|Belarus|belarus,belarusian,minsk
europe|United Kingdom|united kingdom,uk,britain,british,great britain,london,england,scotland
europe|United Kingdom|scottish,wales,welsh,northern ireland,downing street,westminster,brexit
europe|Ireland|ireland,irish,dublin
europe|France|france,french,paris,élysée,elysee
europe|Germany|germany,german,germans,berlin,bundestag
europe|Italy|italy,italian,italians,rome
europe|Spain|spain,spanish,madrid,catalonia,catalan,barcelona
europe|Portugal|portugal,portuguese,lisbon
europe|Netherlands|netherlands,dutch,amsterdam,the hague
europe|Belgium|belgium,belgian,brussels
europe|Luxembourg|luxembourg
europe|Switzerland|switzerland,swiss,geneva,bern,zurich,davos
europe|Austria|austria,austrian,vienna
europe|Poland|poland,?polish,?poles,warsaw
europe|Czech Republic|czech republic,czechia,czech,prague
europe|Slovakia|slovakia,slovak,bratislava
europe|Hungary|hungary,hungarian,budapest
europe|Romania|romania,romanian,bucharest
europe|Bulgaria|bulgaria,bulgarian,?sofia
europe|Greece|greece,greek,athens
europe|Cyprus|cyprus,cypriot,nicosia
europe|Serbia|serbia,serbian,serbs,belgrade
europe|Kosovo|kosovo,kosovar,pristina
europe|Bosnia|bosnia,bosnian,herzegovina,sarajevo
europe|Croatia|croatia,croatian,zagreb
europe|Slovenia|slovenia,slovenian,ljubljana
europe|Albania|albania,albanian,tirana
europe|North Macedonia|north macedonia,macedonia,skopje
europe|Montenegro|montenegro
europe|Moldova|moldova,moldovan,chisinau,transnistria
europe|Georgia|?georgia,georgian,tbilisi,abkhazia,south ossetia
europe|Armenia|armenia,armenian,armenians,yerevan
europe|Azerbaijan|azerbaijan,azerbaijani,azeri,baku,nagorno-karabakh,karabakh
europe|Estonia|estonia,estonian,tallinn
europe|Latvia|latvia,latvian,riga
europe|Lithuania|lithuania,lithuanian,vilnius
europe|Finland|finland,finnish,helsinki
europe|Sweden|sweden,swedish,stockholm
europe|Norway|norway,norwegian,oslo
europe|Denmark|denmark,danish,copenhagen,greenland
europe|Iceland|iceland,icelandic,reykjavik
europe|Malta|malta,maltese
europe|Vatican|vatican,holy see
africa|Sudan|sudan,sudanese,khartoum,darfur
africa|South Sudan|south sudan,juba
africa|Ethiopia|ethiopia,ethiopian,ethiopians,addis ababa,tigray
africa|Eritrea|eritrea,eritrean,asmara
africa|Somalia|somalia,somali,mogadishu,al-shabab
africa|Kenya|kenya,kenyan,kenyans,nairobi
africa|Uganda|uganda,ugandan,kampala
africa|Tanzania|tanzania,tanzanian,dodoma,dar es salaam
africa|Rwanda|rwanda,rwandan,kigali
africa|Burundi|burundi
africa|Congo|congo,congolese,kinshasa,drc,brazzaville
africa|Nigeria|nigeria,nigerian,nigerians,abuja,lagos,boko haram
africa|Niger|?niger,niamey
africa|Mali|mali,malian,bamako
africa|Burkina Faso|burkina faso,burkinabe,ouagadougou
africa|Chad|?chad,chadian,n'djamena
africa|Sahel|sahel
africa|Senegal|senegal,senegalese,dakar
africa|Ghana|ghana,ghanaian,accra
africa|Ivory Coast|ivory coast,côte d'ivoire,ivorian,abidjan
africa|Cameroon|cameroon,cameroonian,yaounde
africa|Central African Republic|central african republic,bangui
africa|South Africa|south africa,south african,pretoria,johannesburg,cape town
africa|Zimbabwe|zimbabwe,zimbabwean,harare
africa|Zambia|zambia,zambian,lusaka
africa|Mozambique|mozambique,mozambican,maputo
africa|Angola|angola,angolan,luanda
africa|Namibia|namibia,namibian,windhoek
africa|Botswana|botswana
africa|Madagascar|madagascar,malagasy
africa|Malawi|malawi
africa|Libya|libya,libyan,libyans,tripoli,benghazi
africa|Tunisia|tunisia,tunisian,tunis
africa|Algeria|algeria,algerian,algiers
africa|Morocco|morocco,moroccan,rabat,western sahara
africa|Guinea|?guinea,conakry
africa|Sierra Leone|sierra leone,freetown
africa|Liberia|liberia,liberian,monrovia
africa|Gabon|gabon,libreville
americas|Canada|canada,canadian,canadians,ottawa
americas|Mexico|mexico,mexican,mexicans,mexico city
americas|Cuba|cuba,cuban,cubans,havana
americas|Haiti|haiti,haitian,haitians,port-au-prince
americas|Dominican Republic|dominican republic,santo domingo
americas|Venezuela|venezuela,venezuelan,venezuelans,caracas
americas|Colombia|colombia,colombian,bogota,bogotá
americas|Brazil|brazil,brazilian,brazilians,brasilia,brasília,rio de janeiro,são paulo,sao paulo
americas|Argentina|argentina,argentine,argentinian,buenos aires
americas|Chile|?chile,chilean,santiago
americas|Peru|peru,peruvian,lima
americas|Bolivia|bolivia,bolivian,la paz
americas|Ecuador|ecuador,ecuadorian,quito
americas|Paraguay|paraguay,paraguayan,asunción
americas|Uruguay|uruguay,uruguayan,montevideo
americas|Nicaragua|nicaragua,nicaraguan,managua
americas|Honduras|honduras,honduran,tegucigalpa
americas|Guatemala|guatemala,guatemalan
americas|El Salvador|el salvador,salvadoran,san salvador
americas|Panama|panama,panamanian
americas|Costa Rica|costa rica,costa rican
americas|Jamaica|jamaica,jamaican
oceania|Australia|australia,australian,australians,canberra,sydney
oceania|New Zealand|new zealand,wellington,auckland
oceania|Papua New Guinea|papua new guinea,port moresby
oceania|Fiji|fiji,fijian
oceania|Solomon Islands|solomon islands
oceania|Samoa|samoa,samoan,apia
oceania|Tonga|tonga,tongan,nuku'alofa
oceania|Vanuatu|vanuatu,port vila
oceania|Kiribati|kiribati,tarawa
oceania|Tuvalu|tuvalu,funafuti
oceania|Nauru|nauru
oceania|Palau|palau
oceania|Marshall Islands|marshall islands,majuro
oceania|Micronesia|micronesia,federated states of micronesia
africa|Benin|benin,beninese,porto-novo,cotonou
africa|Togo|togo,togolese,lome
africa|Gambia|gambia,the gambia,gambian,banjul
africa|Guinea-Bissau|guinea-bissau,bissau
africa|Mauritania|mauritania,mauritanian,nouakchott
africa|Cabo Verde|cabo verde,cape verde,cape verdean,praia
africa|Djibouti|djibouti,djiboutian
africa|Comoros|comoros,comorian,moroni
africa|Mauritius|mauritius,mauritian,port louis
africa|Seychelles|seychelles,seychellois
africa|Lesotho|lesotho,maseru
africa|Eswatini|eswatini,swaziland,mbabane
americas|Guyana|guyana,guyanese,?georgetown
americas|Suriname|suriname,surinamese,paramaribo
americas|Belize|belize,belizean
americas|Bahamas|bahamas,bahamian,?nassau
americas|Barbados|barbados,barbadian,bridgetown
americas|Trinidad and Tobago|trinidad and tobago,trinidad,port of spain
americas|Grenada|grenada
americas|Saint Lucia|saint lucia,st lucia
americas|Antigua and Barbuda|antigua and barbuda,antigua
americas|Dominica|?dominica
europe|Andorra|andorra
europe|Liechtenstein|liechtenstein,vaduz
europe|Monaco|monaco,monegasque
europe|San Marino|san marino
"""

# canonical | region ("" = none) | aliases; heads of state and government, top diplomats and
# other principal figures of world news 2012–2026. Ambiguous surnames (Medvedev the tennis player,
# Chavez the US labour leader, May, Tusk, Duda) are listed only with a first name or title.
_LEADERS = """
Vladimir Putin|russia|putin,vladimir putin
Sergei Lavrov|russia|lavrov,sergei lavrov
Volodymyr Zelenskyy|europe|zelenskyy,zelensky,zelenskiy,volodymyr zelenskyy,volodymyr zelensky
Xi Jinping|east-asia|xi jinping,xi
Wang Yi|east-asia|wang yi
Kim Jong Un|east-asia|kim jong un,kim jong-un,kim yo jong
Yoon Suk Yeol|east-asia|yoon suk yeol,yoon suk-yeol
Lee Jae-myung|east-asia|lee jae-myung,lee jae myung
Moon Jae-in|east-asia|moon jae-in,moon jae in
Fumio Kishida|east-asia|kishida,fumio kishida
Shinzo Abe|east-asia|shinzo abe
Shigeru Ishiba|east-asia|ishiba,shigeru ishiba
Sanae Takaichi|east-asia|takaichi,sanae takaichi
Tsai Ing-wen|east-asia|tsai ing-wen
Lai Ching-te|east-asia|lai ching-te
Narendra Modi|south-asia|modi,narendra modi
Imran Khan|south-asia|imran khan
Shehbaz Sharif|south-asia|shehbaz sharif,nawaz sharif
Sheikh Hasina|south-asia|sheikh hasina
Recep Tayyip Erdogan|middle-east|erdogan,erdoğan,recep tayyip erdogan
Benjamin Netanyahu|middle-east|netanyahu,benjamin netanyahu
Naftali Bennett|middle-east|naftali bennett
Yair Lapid|middle-east|yair lapid
Mahmoud Abbas|middle-east|mahmoud abbas
Ali Khamenei|middle-east|khamenei,ayatollah
Ebrahim Raisi|middle-east|raisi,ebrahim raisi
Masoud Pezeshkian|middle-east|pezeshkian
Hassan Rouhani|middle-east|rouhani,hassan rouhani
Javad Zarif|middle-east|zarif
Abbas Araghchi|middle-east|araghchi
Qassem Soleimani|middle-east|soleimani
Bashar al-Assad|middle-east|assad,bashar al-assad
Mohammed bin Salman|middle-east|mohammed bin salman,crown prince mohammed
Abdel Fattah el-Sisi|middle-east|sisi,el-sisi
Yahya Sinwar|middle-east|sinwar
Emmanuel Macron|europe|macron,emmanuel macron
Olaf Scholz|europe|scholz,olaf scholz
Friedrich Merz|europe|merz,friedrich merz
Angela Merkel|europe|merkel,angela merkel
Boris Johnson|europe|boris johnson
Rishi Sunak|europe|sunak,rishi sunak
Keir Starmer|europe|starmer,keir starmer
Theresa May|europe|theresa may
Liz Truss|europe|liz truss
Giorgia Meloni|europe|meloni,giorgia meloni
Viktor Orban|europe|orban,orbán,viktor orban
Pedro Sanchez|europe|pedro sanchez,pedro sánchez
Alexander Lukashenko|europe|lukashenko
Ursula von der Leyen|europe|von der leyen,ursula von der leyen
Jens Stoltenberg|europe|stoltenberg
Mark Rutte|europe|rutte,mark rutte
Justin Trudeau|americas|trudeau,justin trudeau
Mark Carney|americas|mark carney
Luiz Inácio Lula da Silva|americas|lula,lula da silva
Jair Bolsonaro|americas|bolsonaro
Javier Milei|americas|milei
Nicolás Maduro|americas|maduro,nicolás maduro,nicolas maduro
Andrés Manuel López Obrador|americas|lópez obrador,lopez obrador,amlo
Claudia Sheinbaum|americas|sheinbaum
Gustavo Petro|americas|gustavo petro
Daniel Ortega|americas|daniel ortega
Cyril Ramaphosa|africa|ramaphosa
Abiy Ahmed|africa|abiy,abiy ahmed
Antonio Guterres|africa|guterres
Ferdinand Marcos Jr.|southeast-asia|?marcos,ferdinand marcos
Rodrigo Duterte|southeast-asia|duterte
Joko Widodo|southeast-asia|jokowi,joko widodo
Prabowo Subianto|southeast-asia|prabowo
Scott Morrison|oceania|scott morrison
Anthony Albanese|oceania|?albanese,anthony albanese
Charles III|europe|king charles,charles iii,king charles iii
Elizabeth II|europe|queen elizabeth,queen elizabeth ii,elizabeth ii
Pope Francis|europe|pope francis
Pope Leo XIV|europe|pope leo,pope leo xiv
Pope Benedict XVI|europe|pope benedict,benedict xvi
David Cameron|europe|david cameron
Nigel Farage|europe|farage,nigel farage
Jeremy Corbyn|europe|corbyn,jeremy corbyn
Nicola Sturgeon|europe|nicola sturgeon
François Hollande|europe|hollande,françois hollande,francois hollande
Marine Le Pen|europe|le pen,marine le pen
Mario Draghi|europe|draghi,mario draghi
Matteo Salvini|europe|salvini,matteo salvini
Geert Wilders|europe|geert wilders
Alexis Tsipras|europe|tsipras,alexis tsipras
Mariano Rajoy|europe|rajoy,mariano rajoy
Andrzej Duda|europe|andrzej duda
Donald Tusk|europe|donald tusk
Petro Poroshenko|europe|poroshenko
Alexei Navalny|russia|navalny,alexei navalny,yulia navalnaya
Dmitry Medvedev|russia|dmitry medvedev
Sergei Shoigu|russia|shoigu
Yevgeny Prigozhin|russia|prigozhin
Li Keqiang|east-asia|li keqiang
Li Qiang|east-asia|li qiang
Kim Jong Il|east-asia|kim jong il,kim jong-il
Park Geun-hye|east-asia|park geun-hye,park geun hye
Yoshihide Suga|east-asia|yoshihide suga
Dalai Lama|east-asia|dalai lama
Aung San Suu Kyi|southeast-asia|suu kyi,aung san suu kyi
Min Aung Hlaing|southeast-asia|min aung hlaing
Hun Sen|southeast-asia|hun sen,hun manet
Prayuth Chan-ocha|southeast-asia|prayuth,prayut
Najib Razak|southeast-asia|najib razak
Anwar Ibrahim|southeast-asia|anwar ibrahim
Lee Hsien Loong|southeast-asia|lee hsien loong
Ashraf Ghani|south-asia|ashraf ghani
Hamid Karzai|south-asia|karzai,hamid karzai
Mahmoud Ahmadinejad|middle-east|ahmadinejad
Hassan Nasrallah|middle-east|nasrallah
Ismail Haniyeh|middle-east|haniyeh
Abu Bakr al-Baghdadi|middle-east|al-baghdadi,abu bakr al-baghdadi
Osama bin Laden|middle-east|bin laden,osama bin laden
Jamal Khashoggi|middle-east|khashoggi
King Salman|middle-east|king salman
Mohammed bin Zayed|middle-east|mohammed bin zayed
Muammar Gaddafi|africa|gaddafi,qaddafi,muammar gaddafi
Hosni Mubarak|middle-east|mubarak,hosni mubarak
Mohamed Morsi|middle-east|morsi,mohamed morsi
Jacob Zuma|africa|zuma,jacob zuma
Nelson Mandela|africa|nelson mandela
Robert Mugabe|africa|mugabe,robert mugabe
Emmerson Mnangagwa|africa|mnangagwa
Paul Kagame|africa|kagame,paul kagame
Yoweri Museveni|africa|museveni
Uhuru Kenyatta|africa|uhuru kenyatta
William Ruto|africa|ruto,william ruto
Muhammadu Buhari|africa|buhari
Bola Tinubu|africa|tinubu
Omar al-Bashir|africa|omar al-bashir
Salva Kiir|africa|salva kiir
Hugo Chávez|americas|hugo chavez,hugo chávez
Juan Guaidó|americas|guaido,guaidó,juan guaido
Evo Morales|americas|evo morales
Dilma Rousseff|americas|rousseff,dilma rousseff
Michel Temer|americas|michel temer
Enrique Peña Nieto|americas|peña nieto,pena nieto
Nayib Bukele|americas|bukele,nayib bukele
Gabriel Boric|americas|gabriel boric
Dina Boluarte|americas|boluarte
Raúl Castro|americas|raul castro,raúl castro,fidel castro
Miguel Díaz-Canel|americas|díaz-canel,diaz-canel
Jovenel Moïse|americas|jovenel moise,jovenel moïse
Malcolm Turnbull|oceania|malcolm turnbull
Jacinda Ardern|oceania|jacinda ardern,ardern
"""
# Guterres is UN, not Africa; fix the region after parsing (kept in the table for brevity).
_NO_REGION = {"Antonio Guterres"}

# canonical | topic | aliases; a trailing "!" on an alias = match case-sensitively (acronyms).
_INSTITUTIONS = """
NATO|alliance|nato,NATO!,north atlantic treaty organization
United Nations|un|united nations,UN!,U.N.!,unga,general assembly,security council,guterres
European Union|eu|european union,EU!,eurozone,euro zone,euro area,european commission
European Union|eu|european council,european parliament
IAEA|nuclear|iaea,international atomic energy agency
WHO|health|world health organization,WHO!
IMF|economy|imf,international monetary fund
World Bank|economy|world bank
WTO|trade|wto,world trade organization
G7|summit|g7,g-7,group of seven
G20|summit|g20,g-20,group of 20
ASEAN|summit|asean
African Union|summit|african union
OPEC|energy|opec,opec+
ICC|justice|international criminal court,ICC!
ICJ|justice|international court of justice,world court,ICJ!
UNHCR|migration|unhcr
OSCE|alliance|osce
Arab League|alliance|arab league
BRICS|alliance|brics
Hamas|conflict|hamas
Hezbollah|conflict|hezbollah
Taliban|conflict|taliban
Islamic State|conflict|islamic state,isis,isil
al-Qaeda|conflict|al-qaeda,al qaeda,al-qaida
Houthis|conflict|houthi,houthis
Wagner Group|conflict|wagner group,wagner mercenaries
European Central Bank|economy|european central bank,ECB!
Federal Reserve|economy|federal reserve,Fed!
Bank of England|economy|bank of england
Bank of Japan|economy|bank of japan
People's Bank of China|economy|people's bank of china
State Department|diplomacy|state department,secretary of state,blinken,pompeo,rubio
Pentagon|security|pentagon
"""

# Words that corroborate an ambiguous place name ("Jordan's King Abdullah", "Georgia's ruling
# party", "Chad's junta"); sports and entertainment words veto it ("Michael Jordan", "Georgia
# Bulldogs", "turkey recipe").
_CORROBORATE = frozenset(
    _words(
        "king queen government minister ministry president "
        "parliament border troops army military "
        "embassy ambassador refugees refugee capital junta coup regime sanctions diplomatic "
        "foreign ruling opposition protesters protests election elections kingdom republic "
        "war ceasefire militants rebels tariffs tariff economy imports exports lira "
        "earthquake talks nato summit"
    )
)
_VETO = frozenset(
    _words(
        "nba nfl basketball football bulldogs game season coach recipe thanksgiving roast "
        "stuffing gravy senator governor atlanta county peach dawgs championship playoffs "
        "sneakers jersey bulls senate runoff gop republican republicans democrat democrats "
        "congressman congresswoman rep jim state's"
    )
)

HOME = "United States"
_HOME_ALIASES = (
    "united states",
    "us",
    "usa",
    "america",
    "american",
    "americans",
    "washington",
    "white house",
)


@dataclass(frozen=True, slots=True)
class Entity:
    name: str  # canonical: "North Korea", "NATO", "Vladimir Putin"
    kind: str  # "country", "leader", "institution", "home"
    region: str  # region tag for countries and leaders, topic for institutions; "" if none
    ambiguous: bool = False


@dataclass(frozen=True, slots=True)
class Mention:
    entity: Entity
    surface: str  # the words as written
    start: int  # token index


def _parse() -> tuple[dict[str, Entity], dict[str, Entity]]:
    """Lowercase n-gram → Entity, and case-sensitive acronym → Entity."""
    lower: dict[str, Entity] = {}
    exact: dict[str, Entity] = {}
    for line in _COUNTRIES.strip().splitlines():
        region, name, aliases = line.split("|")
        for alias in aliases.split(","):
            amb = alias.startswith("?")
            lower[_key(alias.lstrip("?"))] = Entity(name, "country", region, amb)
    for line in _LEADERS.strip().splitlines():
        name, region, aliases = line.split("|")
        for alias in aliases.split(","):
            amb = alias.startswith("?")
            region_ = "" if name in _NO_REGION else region
            lower[_key(alias.lstrip("?"))] = Entity(name, "leader", region_, amb)
    for line in _INSTITUTIONS.strip().splitlines():
        name, topic, aliases = line.split("|")
        entity = Entity(name, "institution", topic)
        for alias in aliases.split(","):
            if alias.endswith("!"):
                exact[alias[:-1].replace(".", "")] = entity
            else:
                lower[_key(alias)] = entity
    home = Entity(HOME, "home", "")
    for alias in _HOME_ALIASES:
        lower.setdefault(alias, home)
    exact["US"] = home
    lower.pop("us", None)  # the pronoun "us": only the capitalized "US"/"U.S." is the country
    return lower, exact


_TOKEN = re.compile(r"[^\W_]+(?:[-'’.][^\W_]+)*\+?", re.UNICODE)
_DOTTED = re.compile(r"\b((?:[A-Z]\.){2,})")


def _key(phrase: str) -> str:
    return " ".join(_TOKEN.findall(phrase.lower()))


def tokenize(text: str) -> list[str]:
    """Words as written, with "U.S." → "US", and possessive "'s" dropped ("Iran's" → "Iran")."""
    return list(_tokenize(text))


@lru_cache(maxsize=256)
def _tokenize(text: str) -> tuple[str, ...]:
    # Cached: one article's title and lead are tokenized by tags, relevance and clustering.
    if "." in text:
        text = _DOTTED.sub(lambda m: m.group(1).replace(".", ""), text)
    tokens = _TOKEN.findall(text)
    if "s" in text or "S" in text:
        tokens = [t[:-2] if t.endswith(("'s", "’s", "'S")) else t for t in tokens]
    return tuple(tokens)


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, Entity], dict[str, Entity], dict[str, int]]:
    """The lookup tables, and for each first word of a name the most words a name starting
    with it has: most words start no name of two words or more, so most positions cost one
    lookup instead of one per possible length."""
    lower, exact = _parse()
    longest: dict[str, int] = {}
    for k in lower:
        words = k.split(" ")
        longest[words[0]] = max(longest.get(words[0], 1), len(words))
    return lower, exact, longest


def find_mentions(text: str, tokens: list[str] | None = None) -> list[Mention]:
    """Every gazetteer mention, longest match first; ambiguous names kept only if corroborated."""
    lower, exact, longest = _tables()
    toks = tokens if tokens is not None else tokenize(text)
    folded = [t.lower() for t in toks]
    found: list[Mention] = []
    i = 0
    while i < len(toks):
        for n in range(min(longest.get(folded[i], 1), len(toks) - i), 0, -1):
            entity = None
            if n == 1:
                entity = exact.get(toks[i]) or lower.get(folded[i])
            else:
                entity = lower.get(" ".join(folded[i : i + n]))
            if entity is not None:
                found.append(Mention(entity, " ".join(toks[i : i + n]), i))
                i += n
                break
        else:
            i += 1
    if any(m.entity.ambiguous for m in found):
        found = _resolve_ambiguous(found, folded, toks)
    return found


def _resolve_ambiguous(found: list[Mention], folded: list[str], toks: list[str]) -> list[Mention]:
    words = set(folded)
    vetoed = bool(words & _VETO)
    corroborated = bool(words & _CORROBORATE)
    kept = []
    for m in found:
        if m.entity.ambiguous:
            # A place name is capitalized; "turkey" in lowercase is the bird.
            if not toks[m.start][:1].isupper() or vetoed:
                continue
            same_region = any(
                o.entity.region == m.entity.region and not o.entity.ambiguous for o in found
            )
            if not (corroborated or same_region):
                continue
        kept.append(m)
    return kept
