"""``analysis.orgs`` reads the public suffix list's ICANN section itself (faster than the
library's parser): its answers must be the library's on the installed list."""

from __future__ import annotations

from publicsuffixlist import PublicSuffixList

from analysis.orgs import icann_rules, registrable_domain


def test_same_registrable_domains_as_the_library() -> None:
    theirs = PublicSuffixList(only_icann=True)
    # every rule as a host one and two labels below it, wildcards and exceptions included,
    # with upper case, a trailing dot, unknown TLDs, bare TLDs and empty labels
    hosts = ["example", "a.example", "b.a.example", "x..com", ".com", "com.", "WWW.BBC.CO.UK.",
             "a.b.c.d.e.f.g.kawasaki.jp", "city.kawasaki.jp", "x.city.kawasaki.jp"]
    for rule in icann_rules():
        bare = rule.lstrip("!").removeprefix("*.")
        hosts += [bare, f"x.{bare}", f"a.b.{bare}", f"Q.{bare.upper()}."]
    assert len(hosts) > 25_000
    for host in hosts:
        expected = theirs.privatesuffix(host.lower().rstrip("."))
        assert registrable_domain(host) == expected, host


def test_icann_only_and_idn_forms() -> None:
    rules = set(icann_rules())
    assert "co.uk" in rules and "github.io" not in rules  # a private suffix is left out
    assert "公司.cn" in rules and "xn--55qx5d.cn" in rules  # both forms of an IDN rule
    assert registrable_domain("api.example.co.uk") == "example.co.uk"
    assert registrable_domain("user.github.io") == "github.io"
    assert registrable_domain("x.xn--55qx5d.cn") == "x.xn--55qx5d.cn"
