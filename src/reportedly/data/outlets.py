"""News organizations: their names, web domains, the short names they go by, and kind.

``OUTLETS`` is language-neutral data serving two stages. Ingestion names an article's
outlet from its URL (``reportedly.ingest.urls``) or from an agency's dateline; attribution
recognizes outlets named in a text by ``name`` and ``aliases`` ("Reuters reported",
"according to AP"; ``reportedly.attribution.outlets``). Aliases are only forms that name
the outlet unambiguously on their own: "AP" and "the BBC" are in, "the Post" and "the
Times" are out (several papers answer to them; the London paper is named "The Times of
London" for that reason), and so are bare words that start sentences or name people
("Economist", "Guardian", "New Yorker"). ``domains`` are lower-case registrable hosts
without ``www.``; subdomains match them (``edition.cnn.com`` is CNN). What news text
calls an outlet in English ("the British news agency") is in ``reportedly.lang.en``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

OutletKind = Literal["agency", "newspaper", "broadcaster", "magazine", "online", "state media"]


@dataclass(frozen=True, slots=True)
class Outlet:
    """One news organization: canonical ``name``, web ``domains``, other names, kind."""

    name: str
    domains: tuple[str, ...]
    aliases: tuple[str, ...] = ()
    kind: OutletKind = "newspaper"


OUTLETS: tuple[Outlet, ...] = (
    # News agencies
    Outlet("Reuters", ("reuters.com",), ("Thomson Reuters",), "agency"),
    Outlet("Associated Press", ("apnews.com", "ap.org"), ("AP", "The Associated Press"), "agency"),
    Outlet("Agence France-Presse", ("afp.com",), ("AFP", "Agence France Presse"), "agency"),
    Outlet("Bloomberg", ("bloomberg.com",), ("Bloomberg News",), "agency"),
    Outlet("TASS", ("tass.com", "tass.ru"), ("ITAR-TASS", "Tass"), "state media"),
    Outlet("RIA Novosti", ("ria.ru",), ("RIA",), "state media"),
    Outlet("Interfax", ("interfax.ru", "interfax.com"), (), "agency"),
    Outlet("Xinhua", ("xinhuanet.com", "news.cn"), ("Xinhua News Agency",), "state media"),
    Outlet("Kyodo News", ("kyodonews.net", "kyodonews.jp"), ("Kyodo",), "agency"),
    Outlet("Yonhap", ("yna.co.kr",), ("Yonhap News Agency",), "agency"),
    Outlet("Anadolu Agency", ("aa.com.tr",), ("Anadolu",), "state media"),
    Outlet("Deutsche Presse-Agentur", ("dpa.com",), ("dpa", "DPA"), "agency"),
    Outlet("ANSA", ("ansa.it",), (), "agency"),
    Outlet("EFE", ("efe.com",), ("Agencia EFE",), "agency"),
    Outlet("Press Trust of India", ("ptinews.com",), ("PTI",), "agency"),
    Outlet("Indo-Asian News Service", ("ianslive.in",), ("IANS",), "agency"),
    Outlet("Asian News International", ("aninews.in",), ("ANI",), "agency"),
    Outlet("PA Media", ("pamediagroup.com",), ("Press Association", "PA News Agency"), "agency"),
    Outlet("Ukrinform", ("ukrinform.net", "ukrinform.ua"), (), "state media"),
    Outlet("IRNA", ("irna.ir",), ("Islamic Republic News Agency",), "state media"),
    Outlet("KCNA", ("kcna.kp", "kcnawatch.org"), ("Korean Central News Agency",), "state media"),
    Outlet("United Press International", ("upi.com",), ("UPI",), "agency"),
    # Broadcasters
    Outlet("BBC", ("bbc.com", "bbc.co.uk"), ("the BBC", "BBC News"), "broadcaster"),
    Outlet("CNN", ("cnn.com",), (), "broadcaster"),
    Outlet("Fox News", ("foxnews.com",), ("Fox News Channel",), "broadcaster"),
    Outlet("NBC News", ("nbcnews.com",), ("NBC",), "broadcaster"),
    Outlet("CBS News", ("cbsnews.com",), ("CBS",), "broadcaster"),
    Outlet("ABC News", ("abcnews.go.com", "abcnews.com"), (), "broadcaster"),
    Outlet("MSNBC", ("msnbc.com",), (), "broadcaster"),
    Outlet("CNBC", ("cnbc.com",), (), "broadcaster"),
    Outlet("NPR", ("npr.org",), ("National Public Radio",), "broadcaster"),
    Outlet("PBS", ("pbs.org",), ("PBS NewsHour",), "broadcaster"),
    Outlet("Sky News", ("news.sky.com",), (), "broadcaster"),
    Outlet("Al Jazeera", ("aljazeera.com", "aljazeera.net"), (), "broadcaster"),
    Outlet("Deutsche Welle", ("dw.com",), ("DW",), "broadcaster"),
    Outlet("France 24", ("france24.com",), (), "broadcaster"),
    Outlet("Euronews", ("euronews.com",), (), "broadcaster"),
    Outlet("CBC News", ("cbc.ca",), ("Canadian Broadcasting Corporation",), "broadcaster"),
    Outlet(
        "Australian Broadcasting Corporation", ("abc.net.au",), ("ABC Australia",), "broadcaster"
    ),
    Outlet("NHK", ("nhk.or.jp",), ("NHK World",), "broadcaster"),
    Outlet("RT", ("rt.com",), ("Russia Today",), "state media"),
    Outlet("CGTN", ("cgtn.com",), ("China Global Television Network",), "state media"),
    Outlet("Voice of America", ("voanews.com",), ("VOA",), "state media"),
    Outlet(
        "Radio Free Europe/Radio Liberty",
        ("rferl.org",),
        ("RFE/RL", "Radio Liberty"),
        "broadcaster",
    ),
    # Newspapers
    Outlet("The New York Times", ("nytimes.com",), ("New York Times", "NYT"), "newspaper"),
    Outlet("The Washington Post", ("washingtonpost.com",), ("Washington Post",), "newspaper"),
    Outlet("The Wall Street Journal", ("wsj.com",), ("Wall Street Journal", "WSJ"), "newspaper"),
    Outlet("Financial Times", ("ft.com",), ("the Financial Times", "FT"), "newspaper"),
    Outlet("The Guardian", ("theguardian.com", "guardian.co.uk"), (), "newspaper"),
    Outlet("The Times of London", ("thetimes.co.uk", "thetimes.com"), (), "newspaper"),
    Outlet(
        "The Telegraph",
        ("telegraph.co.uk",),
        ("Daily Telegraph", "The Daily Telegraph"),
        "newspaper",
    ),
    Outlet("The Independent", ("independent.co.uk",), (), "newspaper"),
    Outlet("Daily Mail", ("dailymail.co.uk",), ("the Daily Mail", "MailOnline"), "newspaper"),
    Outlet("USA Today", ("usatoday.com",), (), "newspaper"),
    Outlet("Los Angeles Times", ("latimes.com",), ("LA Times", "L.A. Times"), "newspaper"),
    Outlet("New York Post", ("nypost.com",), ("the New York Post",), "newspaper"),
    Outlet("The Boston Globe", ("bostonglobe.com",), ("Boston Globe",), "newspaper"),
    Outlet("Chicago Tribune", ("chicagotribune.com",), (), "newspaper"),
    Outlet("The Globe and Mail", ("theglobeandmail.com",), ("Globe and Mail",), "newspaper"),
    Outlet("The Dallas Morning News", ("dallasnews.com",), ("Dallas Morning News",), "newspaper"),
    Outlet("Tampa Bay Times", ("tampabay.com",), (), "newspaper"),
    Outlet("Le Monde", ("lemonde.fr",), (), "newspaper"),
    Outlet("Der Spiegel", ("spiegel.de",), ("Spiegel",), "magazine"),
    Outlet("Frankfurter Allgemeine Zeitung", ("faz.net",), ("FAZ",), "newspaper"),
    Outlet("El País", ("elpais.com",), ("El Pais",), "newspaper"),
    Outlet("Haaretz", ("haaretz.com", "haaretz.co.il"), (), "newspaper"),
    Outlet("The Times of Israel", ("timesofisrael.com",), ("Times of Israel",), "online"),
    Outlet("The Jerusalem Post", ("jpost.com",), ("Jerusalem Post",), "newspaper"),
    Outlet("The Hindu", ("thehindu.com",), (), "newspaper"),
    Outlet(
        "The Times of India", ("timesofindia.indiatimes.com",), ("Times of India",), "newspaper"
    ),
    Outlet("South China Morning Post", ("scmp.com",), ("SCMP",), "newspaper"),
    Outlet("The Japan Times", ("japantimes.co.jp",), ("Japan Times",), "newspaper"),
    Outlet("The Sydney Morning Herald", ("smh.com.au",), ("Sydney Morning Herald",), "newspaper"),
    Outlet("Kyiv Independent", ("kyivindependent.com",), ("The Kyiv Independent",), "online"),
    Outlet("Kyiv Post", ("kyivpost.com",), ("The Kyiv Post",), "newspaper"),
    Outlet("The Moscow Times", ("themoscowtimes.com",), ("Moscow Times",), "online"),
    Outlet("Kommersant", ("kommersant.ru", "kommersant.com"), (), "newspaper"),
    Outlet("Vedomosti", ("vedomosti.ru",), (), "newspaper"),
    Outlet("Izvestia", ("iz.ru",), ("Izvestiya",), "newspaper"),
    Outlet("Novaya Gazeta", ("novayagazeta.ru", "novayagazeta.eu"), (), "newspaper"),
    Outlet("Global Times", ("globaltimes.cn",), (), "state media"),
    Outlet("People's Daily", ("people.com.cn", "en.people.cn"), (), "state media"),
    # Magazines
    Outlet("The Economist", ("economist.com",), (), "magazine"),
    Outlet("TIME", ("time.com",), ("Time magazine",), "magazine"),
    Outlet("Newsweek", ("newsweek.com",), (), "magazine"),
    Outlet("The Atlantic", ("theatlantic.com",), (), "magazine"),
    Outlet("The New Yorker", ("newyorker.com",), (), "magazine"),
    Outlet("Foreign Policy", ("foreignpolicy.com",), (), "magazine"),
    Outlet("Forbes", ("forbes.com",), (), "magazine"),
    Outlet("National Review", ("nationalreview.com",), (), "magazine"),
    # Online outlets
    Outlet("Politico", ("politico.com", "politico.eu"), ("POLITICO", "Politico Europe"), "online"),
    Outlet("Axios", ("axios.com",), (), "online"),
    Outlet("Meduza", ("meduza.io",), (), "online"),
    Outlet("HuffPost", ("huffpost.com", "huffingtonpost.com"), ("Huffington Post",), "online"),
    Outlet("Breitbart News", ("breitbart.com",), ("Breitbart",), "online"),
    Outlet("BuzzFeed News", ("buzzfeednews.com",), ("BuzzFeed",), "online"),
    Outlet("Vox", ("vox.com",), (), "online"),
    Outlet("The Daily Beast", ("thedailybeast.com",), ("Daily Beast",), "online"),
    Outlet("The Hill", ("thehill.com",), (), "online"),
    Outlet("Business Insider", ("businessinsider.com",), (), "online"),
    Outlet("Bellingcat", ("bellingcat.com",), (), "online"),
    Outlet("TMZ", ("tmz.com",), (), "online"),
    Outlet("Yahoo News", ("news.yahoo.com",), (), "online"),
)


DATASET_CODES = {"fox": "Fox News", "hpo": "HuffPost", "nyt": "The New York Times"}
"""Short codes news datasets put in an outlet field (BASIL's ``source``), by the outlet's
name. Only for a field that names an outlet: in running text "Fox" is not one."""


def lookup_field(value: str) -> Outlet | None:
    """The outlet an input's outlet field names: a name, an alias, or a dataset's code."""
    return lookup_name(DATASET_CODES.get(_name_key(value), value))


def lookup_name(name: str) -> Outlet | None:
    """The outlet whose name or alias is ``name`` (case-insensitive, a leading "the" optional)."""
    wanted = _name_key(name)
    for outlet in OUTLETS:
        if any(_name_key(n) == wanted for n in (outlet.name, *outlet.aliases)):
            return outlet
    return None


def _name_key(name: str) -> str:
    key = " ".join(name.split()).casefold()
    return key.removeprefix("the ")
