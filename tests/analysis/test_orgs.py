"""Organisation tables, registrable domains and first/third-party attribution."""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis.enrich_party import Attributor, app_tokens
from analysis.orgs import (
    OrgTableError,
    load_org_table,
    load_third_party_web,
    parse_org_table,
    registrable_domain,
    third_party_web_for_host,
)
from analysis.records import Party


def test_bundled_table_is_valid_and_covers_mobile_sdks() -> None:
    table = load_org_table()
    for host, company in [
        ("app-measurement.com", "Google"), ("firebase-settings.crashlytics.com", "Google"),
        ("graph.facebook.com", "Meta"), ("t.appsflyersdk.com", "AppsFlyer"),
        ("app.adjust.com", "Adjust"), ("api2.branch.io", "Branch Metrics"),
        ("control.kochava.com", "Kochava"), ("sdk-api-v1.singular.net", "Singular"),
        ("ms.applovin.com", "AppLovin"), ("auction.unityads.unity3d.com", "Unity Technologies"),
        ("init.supersonicads.com", "Unity Technologies"), ("api.mixpanel.com", "Mixpanel"),
        ("api2.amplitude.com", "Amplitude"), ("api.segment.io", "Twilio Segment"),
        ("sdk.iad-01.braze.com", "Braze"), ("api.onesignal.com", "OneSignal"),
        ("o1.ingest.sentry.io", "Sentry"), ("browser-intake-datadoghq.com", "Datadog"),
        ("mobile-collector.newrelic.com", "New Relic"), ("in.appcenter.ms", "Microsoft"),
        ("notify.bugsnag.com", "SmartBear (Bugsnag)"),
        ("report.appmetrica.yandex.net", "Yandex"), ("log.byteoversea.com", "ByteDance"),
        ("mon.isnssdk.com", "ByteDance"), ("p16.tiktokcdn.com", "ByteDance"),
        ("api16.musical.ly", "ByteDance"), ("sf16.pstatp.com", "ByteDance"),
        ("metrics1.data.hicloud.com", "Huawei"), ("bugly.qq.com", "Tencent"),
        ("alog.umeng.com", "Alibaba"), ("d1.cloudfront.net", "Amazon"),
        ("x.akamaized.net", "Akamai"), ("x.global.ssl.fastly.net", "Fastly"),
    ]:
        match = table.for_host(host)
        assert match is not None and match[1].name == company, host
    # ByteDance-family networks from DATA-SOURCES.md, by number
    for asn in (396986, 138699, 150436, 11983, 137718):
        row = table.for_asn(asn)
        assert row is not None and row.name == "ByteDance", asn
    assert table.for_asn(13335).cdn and table.for_asn(16509).hosting  # type: ignore[union-attr]
    assert table.for_host("unknown.example") is None


def test_longest_suffix_wins() -> None:
    table = load_org_table()
    assert table.for_host("adservice.google.com")[1].kind == "sdk"  # type: ignore[index]
    assert table.for_host("www.google.com")[1].kind == "platform"  # type: ignore[index]
    assert table.for_host("firebaseinstallations.googleapis.com")[1].kind == "sdk"  # type: ignore[index]


@pytest.mark.parametrize(("text", "words"), [
    ('[[org]]\nname = "A"\nkind = "sdk"\ndomains = ["a.example"]\n', "source note"),
    ('[[org]]\nname = "A"\nkind = "bank"\nsource = "s"\n', "kind 'bank'"),
    ('[[org]]\nname = "A"\nkind = "sdk"\nsource = "s"\ndomains = ["a.example"]\n'
     '[[org]]\nname = "B"\nkind = "sdk"\nsource = "s"\ndomains = ["a.example"]\n', "twice"),
    ('[[org]]\nname = "A"\nkind = "sdk"\nsource = "s"\nasns = ["AS1"]\n', "asns"),
    ("[[org]\n", "not valid TOML"),
])
def test_bad_table_names_the_problem(text: str, words: str) -> None:
    with pytest.raises(OrgTableError) as info:
        parse_org_table(text, Path("orgs.toml"))
    assert "orgs.toml" in str(info.value) and words in str(info.value)


def test_third_party_web() -> None:
    assert len(load_third_party_web()) > 2000
    match = third_party_web_for_host("static.hotjar.com")
    assert match is not None and match[1].name == "Hotjar" and match[1].origin == "third-party-web"


@pytest.mark.parametrize(("host", "reg"), [
    ("api.clipshare.example", "clipshare.example"), ("www.example.co.uk", "example.co.uk"),
    ("x.herokuapp.com", "herokuapp.com"), ("10.0.0.1", None), ("2001:db8::1", None),
    ("co.uk", None), (None, None), ("API.ClipShare.Example.", "clipshare.example"),
    # the documentation domains (RFC 2606): each name under them is its own
    ("api.adcrest.example.net", "adcrest.example.net"), ("example.com", "example.com"),
    ("t.notifly.example.org", "notifly.example.org"), ("www.example.com", "www.example.com"),
])
def test_registrable_domain(host: str | None, reg: str | None) -> None:
    assert registrable_domain(host) == reg


def test_app_tokens() -> None:
    assert app_tokens(["com.example.clipshare"]) == {"clipshare"}
    assert app_tokens(["com.zhiliaoapp.musically"]) == {"zhiliaoapp", "musically"}
    assert app_tokens(["com.ss.android.ugc.trill"]) == {"trill"}  # short tokens dropped
    # generic words of a domain's name ("share") are not its company's name
    assert app_tokens([], ["clip-share.example"]) == {"clip-share", "clip"}
    # a first_party list alone decides: the package name adds nothing
    assert app_tokens(["com.acme.sparrowcam"], ["acme.test"]) == {"acme"}


def test_generic_package_words_make_no_domain_first_party() -> None:
    # QA3 P32: "weather" and "maps" in com.acme.weather.maps name no company
    assert app_tokens(["com.acme.weather.maps"]) == {"acme"}
    guess = Attributor(apps=["com.acme.weather.maps"])
    for host in ("api.weather.test", "tiles.maps.test", "sdk.weatherkit-ads.test"):
        assert guess.attribute(host, None, None).party == Party.UNKNOWN, host
    got = guess.attribute("api.acme.test", None, None)
    assert (got.party, got.organization_source) == (Party.FIRST, "package-name guess")


def test_an_explicit_first_party_list_alone_decides() -> None:
    # QA3 P32b: with first_party = ["acme.test"], package words never make a domain first
    listed = Attributor(first_party=["acme.test"], apps=["com.acme.weather.maps"])
    for host in ("api.weather.test", "tiles.maps.test"):
        got = listed.attribute(host, None, None)
        # (named by its domain: no table or network knows it, QA163)
        assert (got.party, got.organization) == (Party.THIRD, host.split(".", 1)[1]), host
        assert got.organization_source == "domain"
        assert not listed.is_first_party(host)
    assert listed.is_first_party("API.acme.test.")
    assert not listed.is_first_party("10.0.0.1")
    # the hosting-subdomain rule stays: a listed domain's name left of the hosting suffix
    assert listed.attribute("acme-media.s3.amazonaws.com", 16509, None).party == Party.FIRST
    assert listed.is_first_party("acme-media.s3.amazonaws.com")
    # a package-name word no longer counts on hosting either, with a list
    assert not Attributor(first_party=["other.test"], apps=["com.example.clipshare"]
                          ).is_first_party("clipshare-media.s3.amazonaws.com")


@pytest.fixture
def attributor() -> Attributor:
    return Attributor(first_party=["clipshare.example"], apps=["com.example.clipshare"])


@pytest.mark.parametrize(("host", "asn", "as_org", "party", "org", "source"), [
    # first party: listed domain, package-name token, token on a cloud host's subdomain
    ("api.clipshare.example", 14618, "Amazon.com, Inc.", "first", "clipshare.example",
     "first_party"),
    # a domain merely containing the app's name is not on the list: third (QA3 P32b)
    ("cdn.clipshare-static.net", 13335, "Cloudflare, Inc.", "third", "clipshare-static.net",
     "domain"),
    ("clipshare-media.s3.amazonaws.com", 16509, "Amazon.com, Inc.", "first",
     "clipshare.example", "first_party"),
    ("clipshare-prod.herokuapp.com", None, None, "first", "clipshare.example", "first_party"),
    # someone else's bucket on the same cloud: not first, and not Amazon's data either
    ("othercorp.s3.amazonaws.com", 16509, "Amazon.com, Inc.", "unknown",
     "Amazon (hosting; customer unknown)", "table"),
    ("d2x9k.cloudfront.net", 16509, "Amazon.com, Inc.", "unknown",
     "Amazon (hosting; customer unknown)", "table"),
    # SDK endpoints: third
    ("app-measurement.com", 15169, "Google LLC", "third", "Google", "table"),
    ("graph.facebook.com", 32934, "Facebook, Inc.", "third", "Meta", "table"),
    ("log.byteoversea.com", 138699, "TIKTOK PTE. LTD.", "third", "ByteDance", "table"),
    ("static.hotjar.com", None, None, "third", "Hotjar", "third-party-web"),
    (None, 32934, "Facebook, Inc.", "third", "Meta", "table"),  # address in Meta's network
    # with a first_party list, any other named host is third party (as the claim check reads
    # it): a domain on a hosting network, a domain on an unknown network, a domain alone
    ("metrics.sparrow.example", 24940, "Hetzner Online GmbH", "third", "sparrow.example",
     "domain"),
    # a named host on a network no table knows: its domain's operator, not the network's
    # (QA170: a registrar's and a hosting company's ASN named as recipients)
    ("t.tracker.example", 64500, "Example Transit", "third", "tracker.example", "domain"),
    # no table and no network: named by its domain (QA163: one vendor's two hosts, one name)
    ("t.tracker.example", None, None, "third", "tracker.example", "domain"),
    # unknown: a bare hosting address, a bare address of an unknown network or none
    (None, 16276, "OVH SAS", "unknown", "OVHcloud (hosting; customer unknown)", "table"),
    (None, 64500, "Example Transit", "unknown", "Example Transit", "asn"),
    (None, None, None, "unknown", None, None),
])
def test_party_and_organization(attributor: Attributor, host: str | None, asn: int | None,
                                as_org: str | None, party: str, org: str | None,
                                source: str | None) -> None:
    got = attributor.attribute(host, asn, as_org)
    assert (str(got.party), got.organization, got.organization_source) == (party, org, source)


def test_cdn_flag_from_host_or_network(attributor: Attributor) -> None:
    assert attributor.attribute("api.clipshare.example", 13335, "Cloudflare, Inc.").cdn
    assert attributor.attribute("x.akamaized.net", None, None).cdn
    assert not attributor.attribute("api.clipshare.example", 16509, "Amazon.com, Inc.").cdn


def test_no_first_party_without_claims_or_app() -> None:
    bare = Attributor()
    assert bare.attribute("api.clipshare.example", None, None).party == Party.UNKNOWN
    # the app's own company known in the table stays that company, as first party
    google_app = Attributor(apps=["com.google.android.youtube"])
    got = google_app.attribute("www.youtube.com", 15169, "Google LLC")
    assert (got.party, got.organization) == (Party.FIRST, "Google")


@pytest.mark.parametrize(("host", "asn", "as_org"), [
    ("metrics.sparrow.example", 24940, "Hetzner Online GmbH"),
    ("t.tracker.example", 64500, "Example Transit"),
    ("t.tracker.example", None, None),
])
def test_unknown_domains_stay_unknown_without_a_first_party_list(
        host: str, asn: int | None, as_org: str | None) -> None:
    # without a claims file's first_party list only a known organisation is third (issue 6)
    got = Attributor(apps=["com.example.clipshare"]).attribute(host, asn, as_org)
    assert got.party == Party.UNKNOWN
    assert Attributor(first_party=["clipshare.example"]).attribute(host, asn,
                                                                   as_org).party == Party.THIRD


def test_another_captured_apps_servers_are_not_this_policys_first_party() -> None:
    # QA4 P11: with a claims file, first party is its app's; without one, a guessed first
    # party is named after the app whose words matched
    from analysis.enrich_party import study_attributor
    with_claims = study_attributor((), "com.example.zorblax", ["com.other.quuxmaps"])
    assert with_claims.attribute("api.zorblax.test").party == Party.FIRST
    assert with_claims.attribute("geo.quuxmaps.test").party != Party.FIRST
    without = study_attributor((), None, ["com.example.zorblax", "com.other.quuxmaps"])
    other = without.attribute("geo.quuxmaps.test")
    assert other.party == Party.FIRST and other.organization == "com.other.quuxmaps"
    assert other.organization_source == "package-name guess"
