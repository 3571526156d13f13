"""Numbers behind the figures, on the small study of conftest and on hand-made report dicts."""

from __future__ import annotations

from analysis.report import aggregate as agg
from analysis.report.data import build_report
from analysis.store import Store


def test_country_totals_sum_destinations_and_flag_cdn_only(study: Store) -> None:
    totals = agg.country_totals(build_report(study))
    assert set(totals) == {"US", "SG", "DE", agg.UNKNOWN_COUNTRY}
    assert (totals["US"].requests, totals["US"].bytes_up, totals["US"].bytes_down) == (6, 5000,
                                                                                       20000)
    assert totals["DE"].cdn_only and not totals["US"].cdn_only
    assert "location.precise" in totals["SG"].categories


def test_cdn_only_needs_every_destination_of_the_country_on_a_cdn() -> None:
    report = {"destinations": [
        {"host": "a", "ip": "1", "country": "DE", "cdn": True, "requests": 1},
        {"host": "b", "ip": "2", "country": "DE", "cdn": False, "requests": 2},
        {"host": "c", "ip": "3", "country": "FR", "cdn": True, "requests": 3}]}
    totals = agg.country_totals(report)
    assert not totals["DE"].cdn_only and totals["FR"].cdn_only
    assert totals["DE"].requests == 3


def test_category_matrix_counts_distinct_requests(study: Store) -> None:
    matrix = agg.category_matrix(build_report(study), "organization")
    face = matrix.rows.index("biometric.face")
    assert matrix.counts[face][matrix.cols.index("Clipshare Example Inc.")] == 6
    assert matrix.counts[face][matrix.cols.index("Adnet Example Ltd")] == 4
    # Rows are sorted by total, largest first.
    totals = [sum(r) for r in matrix.counts]
    assert totals == sorted(totals, reverse=True)


def test_category_matrix_counts_a_request_once_and_merges_extra_columns() -> None:
    findings = [{"request_id": 1, "category": "id.device", "organization": f"org{i % 5}",
                 "country": "US", "host": "h", "ip": "i"} for i in range(5)]
    findings += [{"request_id": 1, "category": "id.device", "organization": "org0",
                  "country": "US", "host": "h", "ip": "i"}] * 3
    matrix = agg.category_matrix({"findings": findings, "destinations": []}, max_cols=3)
    assert matrix.cols == ["org0", "org1", "3 others"]
    assert matrix.counts == [[1, 1, 1]]  # one request, whatever the number of fields


def test_finding_places_fall_back_to_the_destination() -> None:
    report = {"destinations": [{"host": "h", "ip": "i", "organization": "Org", "country": "JP"}],
              "findings": [{"host": "h", "ip": "i", "category": "id.user"},
                           {"host": "x", "ip": "y", "category": "id.user"}]}
    places = agg.finding_places(report)
    assert [(o, c) for _f, o, c in places] == [("Org", "JP"),
                                               (agg.UNKNOWN_ORG, agg.UNKNOWN_COUNTRY)]


def test_org_bytes_party_and_order(study: Store) -> None:
    orgs = agg.org_bytes(build_report(study))
    assert orgs[0].organization == "Clipshare Example Inc." and orgs[0].party == "first"
    adnet = next(o for o in orgs if o.organization == "Adnet Example Ltd")
    assert (adnet.bytes_up, adnet.bytes_down, adnet.party) == (3000, 1000, "third")


def test_consent_comparison(study: Store) -> None:
    report = build_report(study)
    compare = agg.consent_comparison(report)
    assert agg.consent_states(report) == {"yes", "no"}
    # Exchanges alternate between the no-consent (even k) and consent (odd k) captures.
    assert compare["biometric.face"]["no"] == {"Clipshare Example Inc.", "Adnet Example Ltd"}
    assert compare["device.info"] == {"no": {"Cdn Example"}, "yes": {"Cdn Example"}}


def test_sensitive_requests_only_sensitive_and_once_per_request(study: Store) -> None:
    marks = agg.sensitive_requests(build_report(study))
    cats = {m[3] for m in marks}
    assert cats == {"biometric.face", "location.precise"}
    assert len(marks) == 10 + 4  # face in 10 requests, precise location in 4


def test_reach_and_plural() -> None:
    report = {"destinations": [], "findings": [
        {"category": "biometric.face", "organization": "A", "country": "US"},
        {"category": "biometric.face", "organization": "B", "country": "SG"},
        {"category": "id.user", "organization": "C", "country": "FR"}]}
    assert agg.reach(report, ["biometric.face"]) == ({"A", "B"}, {"US", "SG"})
    by_cat = agg.reach_by_category(agg.finding_places(report))
    assert by_cat == {"biometric.face": ({"A", "B"}, {"US", "SG"}), "id.user": ({"C"}, {"FR"})}
    assert agg.plural(1, "country", "countries") == "1 country"
    assert agg.plural(2, "country", "countries") == "2 countries"


def test_the_testers_vantage_point_is_rounded_in_the_report(study: Store) -> None:
    # (QA158: the position device.toml gives may be a safe house's; the map needs a marker)
    study.set_meta("vantage", [36.711834, 4.045917])
    assert build_report(study)["study"]["vantage"] == [36.7, 4.0]
    study.set_meta("vantage", None)
    assert build_report(study)["study"]["vantage"] is None
