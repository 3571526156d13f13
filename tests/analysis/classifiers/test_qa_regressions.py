"""Regressions for the classification bugs QA reported (credentials, user agents, phone forms,
wrapper transforms, coordinate pairs, biometric model names, dashed IMEIs). Fixtures in code."""

from __future__ import annotations

import json

from analysis.classifiers import classify_decoded, matcher_for
from analysis.decoders import decode_exchange
from analysis.profile import DeviceInfo, DeviceProfile
from analysis.records import Exchange, Finding

SESSION_UUID = "6513270e-269e-4d37-b2a7-4de452e6b438"
IMEI = "356938035643809"
# A US number on a German SIM: the calling code must come from the number, not the SIM country.
PROFILE = DeviceProfile(
    device=DeviceInfo(country="US"),
    identifiers={"advertising_id": "6f1d2c3b-4a5e-4f60-8b7c-9d0e1f2a3b4c", "imei": IMEI},
    contact={"email": "Qa.Tester@Example.net", "phone": "+14155550123"},
    location={"lat": 52.520008, "lon": 13.404954},
    carrier={"mcc": "262", "mnc": "01", "sim_country": "DE"},
    network={},
)


def _findings(body: object = None, headers: tuple[tuple[str, str], ...] = (),
              profile: DeviceProfile | None = None, url: str = "https://h.example/",
              raw: bytes | None = None, ctype: str = "application/json") -> list[Finding]:
    data = raw if raw is not None else (json.dumps(body).encode() if body is not None else b"")
    ex = Exchange(ts=0, method="POST", url=url,
                  request_headers=(("content-type", ctype), *headers), request_body=data)
    return classify_decoded(1, decode_exchange(ex), matcher_for(profile))


def _by_path(found: list[Finding]) -> dict[str, Finding]:
    return {f"{f.part}:{f.path}": f for f in found}


# -- 1. credentials ------------------------------------------------------------------------------

def test_analytics_session_uuid_in_body_is_not_a_credential() -> None:
    for body in ({"logs": [{"sid": SESSION_UUID, "type": "start"}]}, {"session": SESSION_UUID},
                 {"sid": SESSION_UUID}, {"session_id": SESSION_UUID}, {"sid": 1764241200}):
        assert not [f for f in _findings(body) if f.category == "secret.credential"], body


def test_session_cookies_are_credentials_whatever_the_framework() -> None:
    cookie = ("Cookie", "session_token=s3ss10nT0k3nV4lu3xyz; sessionid=Zq8s3ss10nAbCdEf99; "
              f"session_id={SESSION_UUID}; laravel_session=Ab12Cd34Ef56Gh78; _ga=GA1.2.3.4")
    found = _by_path(_findings({}, (cookie,)))
    for name in ("session_token", "sessionid", "session_id", "laravel_session"):
        assert found[f"cookie:{name}"].category == "secret.credential", name
    # Google Analytics' client-ID cookie identifies the install/browser, it is no credential
    assert found["cookie:_ga"].category == "id.device"


def test_long_session_token_in_body_is_still_a_credential() -> None:
    found = _by_path(_findings({"session": "Zq8" + "x7Kp2" * 10}))
    assert found["body:session"].category == "secret.credential"


# -- 2. user agents and default headers --------------------------------------------------------

def test_user_agent_is_device_info_only_with_os_version_or_model() -> None:
    device = ("Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/UQ1A.240105.004)",
              "ClipQA/3.2 (iPhone; iOS 17.1; Scale/3.00)", "ClipQA/88 CFNetwork/1410.0.3 "
              "Darwin/22.6.0", "QAApp/3.2.1 (Android 14)", "MyApp/1.0 (SM-G991B)",
              "18B92", "fmflocatord/7.0 iPhone10,6/18B92")  # Apple daemons: OS build, model
    for ua in device:
        found = _by_path(_findings({}, (("User-Agent", ua),)))
        assert found["header:User-Agent"].category == "device.info", ua
        assert found["header:User-Agent"].confidence >= 0.6
    for ua in ("qa", "okhttp/4.12.0", "ClipQA/3.2.1", "Go-http-client/2.0", "FBAndroidSDK.14.1.1",
               "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36"):
        assert "header:User-Agent" not in _by_path(_findings({}, (("User-Agent", ua),))), ua
    assert "body:device.ua" in _by_path(_findings({"device": {"ua": device[0]}}))


def test_default_accept_language_is_below_the_claim_threshold() -> None:
    found = _by_path(_findings({"locale": "de_DE"}, (("Accept-Language", "de-DE,de;q=0.9"),)))
    assert found["header:Accept-Language"].category == "device.info"
    assert found["header:Accept-Language"].confidence < 0.6
    assert found["body:locale"].confidence >= 0.6  # an SDK chose to send it: a real finding


# -- 3. phone numbers of the device profile -----------------------------------------------------

def test_calling_code_comes_from_the_number_not_the_sim_country() -> None:
    found = _by_path(_findings({"msisdn": "4155550123", "n": "14155550123"}, profile=PROFILE))
    assert (found["body:msisdn"].category, found["body:msisdn"].detector) == (
        "contact.phone", "ground_truth")
    assert found["body:msisdn"].transform == "national"


def test_formatted_phone_numbers_match_the_profile() -> None:
    body = {"a": "(415) 555-0123", "b": "415-555-0123", "c": "+1 415 555 0123",
            "d": "001 415 555 0123", "e": "+1 (415) 555.0123"}
    found = _by_path(_findings(body, profile=PROFILE))
    for key in body:
        f = found[f"body:{key}"]
        assert (f.category, f.detector) == ("contact.phone", "ground_truth"), key
        assert f.transform and "formatted" in f.transform
    de = DeviceProfile(device=DeviceInfo(country="DE"), identifiers={},
                       contact={"phone": "+4915112345678"}, location={}, carrier={}, network={})
    found = _by_path(_findings({"f": "+49 151 12345678", "g": "+49 (0)151 12345678",
                                "h": "0151 12345678", "i": "0151-1234567"}, profile=de))
    assert {"body:f", "body:g", "body:h"} <= found.keys()
    assert "body:i" not in found  # one digit short: another number


def test_00_prefixed_phone_is_the_profile_phone_not_an_imei_guess() -> None:
    de = DeviceProfile(device=DeviceInfo(country="DE"), identifiers={},
                       contact={"phone": "+4915112345678"}, location={}, carrier={}, network={})
    found = _findings({"phone_int": "004915112345678", "x": "004915112345678"}, profile=de)
    assert {(f.path, f.category, str(f.detector)) for f in found} == {
        ("phone_int", "contact.phone", "ground_truth"), ("x", "contact.phone", "ground_truth")}
    assert not [f for f in _findings({"x": "004915112345678"}) if f.category == "id.hardware"]


# -- 4. transforms name the wrapper layers -----------------------------------------------------

def _b64(text: str) -> str:
    import base64
    return base64.b64encode(text.encode()).decode()


def test_transform_names_the_base64_layer_around_a_value() -> None:
    found = _by_path(_findings({"eb": _b64("qa.tester@example.net"), "ib": _b64(IMEI),
                                "hx": IMEI.encode().hex() + "0a"}, profile=PROFILE))
    assert found["body:eb"].transform == "lowercase+base64"
    assert found["body:ib"].transform == "base64"
    assert found["body:hx"].transform == "hex"


def test_transform_names_the_base64_layer_around_a_whole_document() -> None:
    inner = _b64(json.dumps({"lat": 52.520008, "adid": "6f1d2c3b-4a5e-4f60-8b7c-9d0e1f2a3b4c",
                             "email_sha256": "a" * 64, "gaid": "6F1C2B3A-4D5E-4F60-8A7B-"
                             "9C0D1E2F3A4B"}))
    for profile in (PROFILE, None):
        found = _by_path(_findings(raw=f"d={inner}&v=1".encode(), profile=profile,
                                   ctype="application/x-www-form-urlencoded"))
        if profile is not None:
            assert found["body:d.adid"].transform == "base64"
            assert found["body:d.lat"].transform == "base64"
        assert found["body:d.gaid"].transform == "base64"  # key rule
        assert found["body:d.email_sha256"].transform == "sha256+base64"
    found = _by_path(_findings({"x": {"lat": 52.520008}}, profile=PROFILE))
    assert found["body:x.lat"].transform is None  # no wrapper: exact


# -- 5. a point is graded as a pair ------------------------------------------------------------

def test_point_rounded_to_4_decimals_is_precise_in_both_coordinates() -> None:
    # 52.520008, 13.404954 rounded to 4 decimals, written by JSON as 52.52 and 13.405
    for profile in (PROFILE, None):
        found = _by_path(_findings({"geo": {"lat": 52.52, "lng": 13.405}}, profile=profile))
        assert found["body:geo.lat"].category == "location.precise", profile
        assert found["body:geo.lng"].category == "location.precise"
        assert "other coordinate" in found["body:geo.lat"].evidence


def test_track_points_are_graded_per_point() -> None:
    route = [{"t": i, "lat": round(48.1371 + i * 0.0001, 4), "lon": round(11.5754 + i * 0.0001, 4)}
             for i in range(30)]
    found = _by_path(_findings({"route": route}))
    assert found["body:route[29].lat"].value == "48.14"
    assert {f.category for f in found.values()} == {"location.precise"}


def test_coarse_pairs_and_lone_coordinates_stay_coarse() -> None:
    found = _by_path(_findings({"geo": {"lat": 52.52, "lon": 13.41}, "a": {"lat": 40.71},
                                "b": {"lon": -74.006}, "loc": "52.52,13.40"}))
    assert found["body:geo.lat"].category == found["body:geo.lon"].category == "location.coarse"
    assert found["body:a.lat"].category == "location.coarse"  # its pair is elsewhere
    assert found["body:loc"].category == "location.coarse"
    assert found["body:b.lon"].category == "location.precise"


# -- 6. minor: biometric model names, dashed IMEIs, short coordinate transform ids ---------------

def test_model_of_a_face_template_is_not_the_device_model() -> None:
    found = _by_path(_findings({"selfie": {"model": "arcface-r100", "version": "2"},
                                "voiceAuth": {"model": "ecapa-tdnn"},
                                "device": {"model": "SM-G991B"}}))
    assert "body:selfie.model" not in found and "body:voiceAuth.model" not in found
    assert found["body:device.model"].category == "device.info"


def test_imei_written_with_dashes_or_spaces() -> None:
    body = {"a": "35-693803-564380-9", "b": "35 693803 564380 9", "c": "35693803-564380-9"}
    with_profile = _by_path(_findings(body, profile=PROFILE))
    without = _by_path(_findings(body))
    for key in body:
        f = with_profile[f"body:{key}"]
        assert (f.category, str(f.detector), f.transform) == ("id.hardware", "ground_truth",
                                                               "formatted"), key
        assert without[f"body:{key}"].category == "id.hardware"
    # a Luhn-failing number in the same grouping is nothing
    assert not _findings({"a": "35-693803-564380-8"})


def test_coordinate_transforms_are_short_ids() -> None:
    found = _by_path(_findings({"a": 52.52, "b": 13.405, "c": 525200080, "d": "52.5200",
                                "e": 52.520008}, profile=PROFILE))
    assert found["body:a"].transform == "round2" and found["body:b"].transform == "round3"
    assert found["body:c"].transform == "e7" and found["body:d"].transform == "round4"
    assert found["body:e"].transform is None
    assert "rounded to 3 decimals" in found["body:b"].evidence  # the words stay in the evidence
    trunc = _by_path(_findings({"lat": 52.5200, "lon": 13.4049}, profile=PROFILE))
    assert trunc["body:lon"].transform == "trunc4"
