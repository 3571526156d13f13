"""device.toml: a valid profile loads; each bad value fails naming the file, key and problem."""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis.profile import ProfileError, load_profile

GOOD = """
[device]
name = "test phone"
platform = "android"
country = "us"
lat = 40.7
lon = -74.0

[identifiers]
advertising_id = "6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b"
imei = "49-015420-323751-8"
mac = "3c:5a:b4:12:34:56"

[contact]
email = "jane.doe@example.org"

[location]
lat = 40.74183
lon = -73.98931

[carrier]
mcc = "310"
mnc = "260"
sim_country = "us"

[network]
public_ip = "203.0.113.7"
"""


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "device.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_good_profile(tmp_path: Path) -> None:
    prof = load_profile(_write(tmp_path, GOOD))
    assert prof.identifiers["imei"] == "490154203237518"  # separators dropped
    assert prof.carrier["sim_country"] == "US" and prof.device.country == "US"
    assert prof.location == {"lat": 40.74183, "lon": -73.98931}
    assert prof.vantage == (40.7, -74.0)
    assert prof.source == str(tmp_path / "device.toml")


@pytest.mark.parametrize(("edit", "words"), [
    (("imei = \"49-015420-323751-8\"", "imei = \"490154203237519\""), "Luhn"),
    (("mcc = \"310\"", "mcc = \"31\""), "MCC"),
    (("mac = \"3c:5a:b4:12:34:56\"", "mac = \"3c5a\""), "MAC"),
    (("lat = 40.74183", "lat = 140.0"), "out of range"),
    (("[network]", "[networks]"), "unknown section"),
    (("public_ip", "public_ipv9"), "unknown key"),
    (("email = \"jane.doe@example.org\"", "email = \"jane\""), "e-mail"),
    (("lon = -73.98931\n", ""), "both lat and lon"),
    (("public_ip = \"203.0.113.7\"", "public_ip = \"91.64.12\""), "not an IPv4 or IPv6"),
    (("email = \"jane.doe@example.org\"", "email = \"jane.doe@example.org\"\nphone = \"hello\""),
     "not a phone number"),
    (("advertising_id = \"6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b\"", "advertising_id = \"\""),
     "is empty"),
    (("advertising_id = \"6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b\"", "advertising_id = \"abc\""),
     "not a UUID"),
])
def test_bad_values_name_the_problem(tmp_path: Path, edit: tuple[str, str], words: str) -> None:
    path = _write(tmp_path, GOOD.replace(*edit, 1) if edit[0] != "lon = -73.98931\n"
                  else GOOD.replace("lat = 40.74183\nlon = -73.98931\n", "lat = 40.74183\n"))
    with pytest.raises(ProfileError) as err:
        load_profile(path)
    assert str(path) in str(err.value) and words in str(err.value)


def test_missing_and_broken_files(tmp_path: Path) -> None:
    with pytest.raises(ProfileError, match="not found"):
        load_profile(tmp_path / "nope.toml")
    with pytest.raises(ProfileError, match="not valid TOML"):
        load_profile(_write(tmp_path, "[device\n"))


def test_platform_must_be_android_or_ios(tmp_path: Path) -> None:
    path = tmp_path / "device.toml"
    path.write_text('[device]\nplatform = "windows"\n')
    with pytest.raises(ProfileError, match=r"device\.platform"):
        load_profile(path)
    path.write_text('[device]\nplatform = "iOS"\n')
    assert load_profile(path).device.platform == "ios"


def test_a_vantage_point_needs_both_coordinates(tmp_path: Path) -> None:
    # QA202: a [device] lat without its lon was taken silently, and the RTT check had no point
    path = tmp_path / "device.toml"
    path.write_text('[device]\nlat = 40.99\n')
    with pytest.raises(ProfileError, match=r"\[device\] needs both lat and lon"):
        load_profile(path)
    path.write_text('[location]\nlon = 22.87\n')
    with pytest.raises(ProfileError, match=r"\[location\] needs both lat and lon"):
        load_profile(path)
    path.write_text('[device]\nlat = 40.99\nlon = 22.87\n')
    assert load_profile(path).vantage == (40.99, 22.87)
