"""QA123's readings (a matrimonial app in Kuala Lumpur with Malay keys; a courier app in
Lagos): Malaysia's MyKad number by its Malay and English names, Malay gender, bio and guardian
keys, a sect's other spellings, a local number's dashed groups in a crash line, a mosque's name
(``rules/keys.toml``, ``log_pair_words.CALLING_PREFIX``, ``validators_names``)."""

from __future__ import annotations

from analysis.classifiers.validators_names import person_name
from tests.analysis.classifiers.found import found_in


def _line(line: str) -> dict[str, str] | None:
    body = {"breadcrumbs": [{"category": "app", "message": line}]}
    return found_in(body, "https://crash.example.net/api/1/store/").get("breadcrumbs[0].message")


def test_a_malaysian_profile() -> None:
    found = found_in({"no_kp": "950621-14-5682", "jantina": "perempuan", "mazhab": "Shafii",
                      "tentang_saya": "Saya suka membaca dan memasak",
                      "wali": {"nama": "Ahmad bin Ismail", "telefon": "019-555 0199"}},
                     "https://api.example.my/v1/profil")
    assert {k: set(v) for k, v in found.items()} == {
        "no_kp": {"personal.national_id"}, "jantina": {"personal.gender"},
        "mazhab": {"personal.sensitive"}, "tentang_saya": {"content.text"},
        "wali.nama": {"contact.name"}, "wali.telefon": {"contact.phone"}}
    assert _line("Profile saved no_kp=950621-14-5682") == {"personal.national_id": "key.mykad"}
    # (the ninth review) a caller's number, a chip's lot, a book's school of law, a wanted
    # partner's gender, a game's guardian
    assert found_in({"ic_number": "201901012345", "no_ic": True,
                     "kitab": {"mazhab": "Shafii"}, "pasangan_idaman": {"jantina": "lelaki"},
                     "penapis": {"jantina": "perempuan"}}) == {}


def test_a_local_numbers_dashed_groups_in_a_crash_line() -> None:
    assert _line("Contact phone=019-555 0199 ok") == {"contact.phone": "key.phone"}
    # a date, a version, a count are no number's groups
    assert _line("Build v=019-555 date=2024-05 ok") is None


def test_a_mosques_name_is_no_persons() -> None:
    assert not person_name("Masjid Negara") and not person_name("Surau Al-Ikhlas")
    assert not person_name("East London Mosque")
    assert person_name("Aisyah Binti Rahman") and person_name("Ali Surau")
