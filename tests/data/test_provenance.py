"""Citation rules for the built-in data: every record cites an official source, and nothing
anywhere in the data cites a wiki mirror, a cache, an aggregator or a social-media post."""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import urlsplit

import pytest

from briefing_app.data.figures import load_figures
from briefing_app.data.security import (
    load_deployments,
    load_flashpoints,
    load_groupings,
    security_dir,
)

# Domains a reviewer would reject, with the reason, so the next person adding a fact knows why.
REFUSED_DOMAINS = {
    "fandom.com": "wiki farm",
    "wikipedia.org": "encyclopaedia: cite what it cites",
    "wikimili.com": "Wikipedia mirror",
    "wikiup.org": "Wikipedia mirror",
    "wikiclassic.com": "Wikipedia mirror",
    "wikimonde.com": "Wikipedia mirror",
    "worddisk.com": "Wikipedia mirror",
    "piglix.com": "Wikipedia mirror",
    "academic.ru": "Wikipedia mirror",
    "en-academic.com": "Wikipedia mirror",
    "de-academic.com": "Wikipedia mirror",
    "zxc.wiki": "Wikipedia mirror",
    "mgwiki.top": "Wikipedia mirror",
    "sagapedia.com": "Wikipedia mirror",
    "pinocchiopedia.com": "Wikipedia mirror",
    "kampuspedia.com": "Wikipedia mirror",
    "explained.today": "Wikipedia mirror",
    "the-uncensored-wiki.com": "Wikipedia mirror",
    "review.clateway.com": "Wikipedia mirror",
    "kiwix.lema.org": "Wikipedia mirror",
    "dweb.link": "IPFS copy of Wikipedia",
    "fleek.co": "IPFS copy of Wikipedia",
    "movatter.jp": "proxy of another site",
    "ghilliesuitmarket.com": "proxy of another site",
    "kuztomin.com": "copy of another site",
    "web.archive.org": "cache: cite the page itself",
    "archive.ph": "cache: cite the page itself",
    "webcache.googleusercontent.com": "search engine cache",
    "zazoom.it": "news aggregator",
    "menafn.com": "press-release aggregator",
    "latestly.com": "news aggregator",
    "devdiscourse.com": "news aggregator",
    "particle.news": "news aggregator",
    "news-pravda.com": "aggregator of Russian state media",
    "einpresswire.com": "press-release distributor",
    "lucianmarin.com": "social-media post",
    "saba.ye": "news agency quoting SIPRI: cite SIPRI",
    "welovetheeighties.com": "nostalgia site",
    "jagranjosh.com": "quiz site",
    "blogspot.com": "personal blog",
}

# Publishers whose pages count as official: the organisations themselves, governments and their
# armed forces, international bodies, national statistical offices, and the statistical and
# research institutes named in #15.
OFFICIAL_DOMAINS = (
    "nato.int",
    "europa.eu",
    "un.org",
    "unoda.org",
    "gov.uk",
    "government.se",
    "government.is",
    "defmin.fi",
    "urm.lt",
    "mod.gov.lv",
    "president.lv",
    "mil.ee",
    "kaitseministeerium.ee",
    "forsvaret.dk",
    "auswaertiges-amt.de",
    "bundeswehr.de",
    "elysee.fr",
    "president.gov.ua",
    "rada.gov.ua",
    "mil.pl",
    "gov.pl",
    "prezydent.pl",
    "army.mil",
    "navy.mil",
    "af.mil",
    "spaceforce.mil",
    "defense.gov",
    "eucom.mil",
    "dvidshub.net",
    "tuik.gov.tr",
    "ssb.no",
    "statice.is",
    "ons.gov.uk",
    "statcan.gc.ca",
    "abs.gov.au",
    "stats.govt.nz",
    "stat.go.jp",
    "belstat.gov.by",
    "instat.gov.al",
    "monstat.org",
    "stat.gov.mk",
    "sipri.org",
    "iiss.org",
    "imf.org",
    "worldbank.org",
    "oecd.org",
)
# The Bundeswehr army press office (PIZ Heer) publishes its releases in this newsroom.
OFFICIAL_PREFIXES = ("https://www.presseportal.de/pm/127975/",)

# Records for which no official source could be found; the press or an operator stands alone,
# and the record's note says what rests on it. Remove an entry once an official source is cited.
NO_OFFICIAL_SOURCE = {
    "baltiysk": "Russian base; no citable Russian or allied official page found",
    "chernyakhovsk": "Russian unit; deployment confirmed in Russian statements reported by press",
    "khrabrovo": "the airport operator's own site; no government page found",
    "suwalki_gap": "border lengths from press; the line itself is derived from the country layer",
    "belarus_oreshnik": "Belarusian statement reported by press; no official transcript found",
    "zapad_2025": "Russian and Belarusian defence ministry statements reported by TASS",
    "rzeszow_jasionka_hub": "the airport operator's own site; figures from press",
}

_URL = re.compile(r"https?://[^\s\"',;)]+")


def _host(url: str) -> str:
    return (urlsplit(url).hostname or "").lower()


def _on(host: str, domain: str) -> bool:
    return host == domain or host.endswith("." + domain)


def is_official(url: str) -> bool:
    return url.startswith(OFFICIAL_PREFIXES) or any(_on(_host(url), d) for d in OFFICIAL_DOMAINS)


def refused_reason(url: str) -> str | None:
    host = _host(url)
    return next((why for d, why in REFUSED_DOMAINS.items() if _on(host, d)), None)


def _data_files():
    folder = security_dir()
    return sorted(folder.glob("*.json")) + sorted((folder / "derived").glob("*.geojson"))


def test_no_address_anywhere_in_the_data_comes_from_a_refused_domain():
    found = []
    for path in _data_files():
        for url in _URL.findall(path.read_text(encoding="utf-8")):
            reason = refused_reason(url)
            if reason:
                found.append(f"{path.name}: {url} ({reason})")
    assert not found, "\n".join(found)


def _records() -> Iterator[tuple[str, list[str]]]:
    """(record id, every address the record cites) for each record of the built-in data."""
    for g in load_groupings():
        yield g.id, [g.source_url]
        for m in g.members:
            yield f"{g.id}/{m.iso_a3}", [m.source_url]
    for d in load_deployments():
        yield d.id, [d.source_url]
    for f in load_flashpoints():
        yield f.id, [f.source_url]
    figures = load_figures()
    for metric in figures.metrics.values():
        yield f"figures/{metric.id}", [metric.source_url]
    for code, by_metric in figures.countries.items():
        for metric_id, figure in by_metric.items():
            yield f"figures/{code}/{metric_id}", [figure.source_url]


def test_every_record_has_an_official_source():
    lacking = [
        record_id
        for record_id, urls in _records()
        if record_id not in NO_OFFICIAL_SOURCE and not any(map(is_official, urls))
    ]
    assert not lacking, f"no official source: {lacking}"


def test_records_excused_from_an_official_source_still_lack_one():
    # Keeps the exemption list honest: an entry goes once its record cites an official source.
    records = dict(_records())
    for record_id in NO_OFFICIAL_SOURCE:
        assert record_id in records, f"{record_id} is not a record"
        assert not any(map(is_official, records[record_id])), record_id


@pytest.mark.parametrize(
    ("url", "official"),
    [
        ("https://www.nato.int/cps/en/natohq/topics_52044.htm", True),
        ("https://shape.nato.int/efp/efp/present-structure", True),
        ("https://www.gov.uk/government/news/x", True),
        ("https://kyivindependent.com/x", False),
        ("https://notnato.int.example.com/x", False),
    ],
)
def test_official_means_the_publisher_itself(url, official):
    assert is_official(url) is official


def test_refused_domains_include_their_subdomains():
    assert refused_reason("https://military-history.fandom.com/wiki/North_Atlantic_Treaty")
    assert refused_reason("https://en.wikipedia.org/wiki/NATO")
    assert refused_reason("https://www.nato.int/cps/en/natohq/topics_52044.htm") is None
