"""The claims file (``claims.toml``): statements from a privacy policy, made checkable.

Format and judging rules are DESIGN.md's "Inputs a user writes" and "How a claim is judged".
The parser is strict: an unknown category, country code, group alias, ``expect`` or scope is an
error naming the claim id, because a typo in a claim would otherwise make it silently
``untested`` or, worse, ``holds``.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from analysis.countries import ALPHA3_TO_ALPHA2, COUNTRY_GROUPS, ISO_ALPHA2, country_name
from analysis.errors import PhonehomeError
from analysis.records import Claim
from analysis.taxonomy import expand
from analysis.textfile import TextFileError, read_utf8

EXPECTS = {"absent", "allowed", "only"}
RECIPIENTS = {"any", "first_party", "third_party"}
WHEN_KEYS = {"consent", "label", "app"}
CLAIM_KEYS = {"id", "text", "data", "expect", "recipients", "countries", "when"}
TOP_KEYS = {"app", "first_party", "user_country", "policy_url", "policy_date", "claim"}


class ClaimsError(PhonehomeError):
    """The claims file is malformed."""


@dataclass(frozen=True, slots=True)
class ClaimsFile:
    app: str | None
    first_party: tuple[str, ...]
    user_country: str | None
    claims: tuple[Claim, ...]
    source: str | None = None


def expand_countries(codes: list[str] | tuple[str, ...]) -> frozenset[str]:
    """Country codes with group aliases (``EU``, ``EEA``...) expanded. Codes are upper case."""
    out: set[str] = set()
    for code in codes:
        code = code.upper()
        out |= COUNTRY_GROUPS.get(code, {code})
    return frozenset(out)


# Codes people write that ISO 3166 does not have (QA183: "UK" in a British user's claims): the
# EU's own "UK" and "EL", and a few alpha-3 codes written where alpha-2 is asked for (any
# other alpha-3 code is told its alpha-2 by pycountry's name)
SLIPS = {"UK": ("GB", "the United Kingdom"), "EL": ("GR", "Greece"),
         "USA": ("US", "the United States"), "GBR": ("GB", "the United Kingdom"),
         "DEU": ("DE", "Germany"), "FRA": ("FR", "France"), "CHN": ("CN", "China"),
         "IND": ("IN", "India"), "SGP": ("SG", "Singapore"), "IRL": ("IE", "Ireland")}


def _country(path: Path, where: str, code: Any) -> str:
    if not isinstance(code, str):
        raise ClaimsError(f"{path}: {where}: country must be a string, not {code!r}")
    up = code.upper()
    if up not in ISO_ALPHA2 and up not in COUNTRY_GROUPS:
        slip = SLIPS.get(up)
        if slip is None and up in ALPHA3_TO_ALPHA2:  # (any alpha-3 code: "UGA", QA198)
            slip = (ALPHA3_TO_ALPHA2[up], country_name(ALPHA3_TO_ALPHA2[up]))
        hint = f"; for {slip[1]} write {slip[0]!r}" if slip else ""
        raise ClaimsError(
            f"{path}: {where}: unknown country code or group {code!r}{hint} "
            f"(ISO 3166 alpha-2 such as US, or a group: {', '.join(sorted(COUNTRY_GROUPS))})")
    return up


def _claim(path: Path, raw: Any, index: int) -> Claim:
    if not isinstance(raw, dict):
        raise ClaimsError(f"{path}: claim #{index + 1} must be a [[claim]] table")
    cid = raw.get("id")
    if not isinstance(cid, str) or not cid.strip():
        raise ClaimsError(f"{path}: claim #{index + 1} has no id")
    where = f"claim {cid!r}"
    unknown = set(raw) - CLAIM_KEYS
    if unknown:
        raise ClaimsError(f"{path}: {where}: unknown key(s) {', '.join(sorted(unknown))}")
    data = raw.get("data")
    if isinstance(data, str):
        data = [data]
    if not isinstance(data, list) or not data or not all(isinstance(d, str) for d in data):
        raise ClaimsError(f"{path}: {where}: data must be a non-empty list of category ids")
    for pattern in data:
        try:
            expand(pattern)
        except KeyError:
            raise ClaimsError(
                f"{path}: {where}: unknown category {pattern!r} (ids are listed in "
                "TAXONOMY.md; prefixes such as 'biometric' and '*' are allowed)") from None
    expect = raw.get("expect")
    if expect not in EXPECTS:
        raise ClaimsError(f"{path}: {where}: unknown expect {expect!r} "
                          f"(one of: {', '.join(sorted(EXPECTS))})")
    recipients = raw.get("recipients", "any")
    if recipients not in RECIPIENTS:
        raise ClaimsError(f"{path}: {where}: unknown recipients {recipients!r} "
                          f"(one of: {', '.join(sorted(RECIPIENTS))})")
    countries = raw.get("countries", [])
    if isinstance(countries, str):
        countries = [countries]
    if not isinstance(countries, list):
        raise ClaimsError(f"{path}: {where}: countries must be a list")
    countries = [_country(path, where, c) for c in countries]
    if expect == "only" and not countries:
        raise ClaimsError(f"{path}: {where}: expect = \"only\" needs a countries list")
    if expect != "only" and countries:
        raise ClaimsError(f"{path}: {where}: countries only make sense with expect = \"only\" "
                          f"(expect is {expect!r}); contradictory scopes")
    when = raw.get("when", {})
    if not isinstance(when, dict):
        raise ClaimsError(f"{path}: {where}: when must be a table such as {{ consent = false }}")
    conditions: list[tuple[str, str]] = []
    for key, value in when.items():
        if key not in WHEN_KEYS:
            raise ClaimsError(f"{path}: {where}: unknown condition when.{key} "
                              f"(one of: {', '.join(sorted(WHEN_KEYS))})")
        if key == "consent":
            if isinstance(value, bool):
                value = "yes" if value else "no"
            if value not in {"yes", "no", "unknown"}:
                raise ClaimsError(f"{path}: {where}: when.consent must be true/false or "
                                  f"yes/no/unknown, not {value!r}")
        elif not isinstance(value, str):
            raise ClaimsError(f"{path}: {where}: when.{key} must be a string")
        conditions.append((key, str(value)))
    text = raw.get("text", "")
    if not isinstance(text, str):
        raise ClaimsError(f"{path}: {where}: text must be a string")
    return Claim(id=cid, text=text, data=tuple(data), expect=expect, recipients=recipients,
                 countries=tuple(countries), when=tuple(conditions))


def parse_claims(text: str, path: Path) -> ClaimsFile:
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ClaimsError(f"{path}: not valid TOML: {exc}") from exc
    unknown = set(raw) - TOP_KEYS
    if unknown:
        raise ClaimsError(f"{path}: unknown top-level key(s) {', '.join(sorted(unknown))} "
                          f"(known: {', '.join(sorted(TOP_KEYS))})")
    claims = raw.get("claim", [])
    if not isinstance(claims, list):
        raise ClaimsError(f"{path}: claims must be [[claim]] tables")
    parsed = tuple(_claim(path, c, i) for i, c in enumerate(claims))
    seen: set[str] = set()
    for c in parsed:
        if c.id in seen:
            raise ClaimsError(f"{path}: claim id {c.id!r} is used twice")
        seen.add(c.id)
    first_party = raw.get("first_party", [])
    if isinstance(first_party, str):
        first_party = [first_party]
    if not isinstance(first_party, list) or not all(isinstance(d, str) for d in first_party):
        raise ClaimsError(f"{path}: first_party must be a list of domains")
    user_country = raw.get("user_country")
    if user_country is not None:
        user_country = _country(path, "user_country", user_country)
    app = raw.get("app")
    if app is not None and not isinstance(app, str):
        raise ClaimsError(f"{path}: app must be a string")
    return ClaimsFile(app=app, first_party=tuple(d.lower().strip(".") for d in first_party),
                      user_country=user_country, claims=parsed, source=str(path))


def load_claims(path: Path) -> ClaimsFile:
    try:
        text = read_utf8(path)  # a UTF-8 BOM is dropped (QA3 P30)
    except FileNotFoundError as exc:
        raise ClaimsError(f"{path}: claims file not found") from exc
    except TextFileError as exc:
        raise ClaimsError(f"{path}: {exc}") from exc
    return parse_claims(text, path)
