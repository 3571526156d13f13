"""Key names in the languages of blind105–blind108 (Shona, Quechua with Spanish, romanised
Sinhala, Galician), read after each set's first run (``[words.translations]``)."""

from __future__ import annotations

from tests.analysis.classifiers.found import found_in


def _cats(body: dict[str, object]) -> dict[str, set[str]]:
    return {path: set(found) for path, found in found_in(body).items()}


def test_shona_keys() -> None:
    found = _cats({"zita_remhuri": "Doe", "nhamba_yerunhare": "+263772123456",
                   "kero": "12 Borrowdale Rd, Harare", "zuva_rekuberekwa": "1991-05-17",
                   "pasiwedhi": "hunter2!x"})
    assert found == {"zita_remhuri": {"contact.name"}, "nhamba_yerunhare": {"contact.phone"},
                     "kero": {"contact.address"}, "zuva_rekuberekwa": {"personal.birthdate"},
                     "pasiwedhi": {"secret.credential"}}
    # (not "guta", Romanian for gout on a medical form: the second review)
    assert _cats({"fisa_medicala": {"guta": "da"}}) == {}


def test_quechua_and_spanish_keys() -> None:
    found = _cats({"ayllu_suti": "Quispe", "tilipunu_yupay": "+51984123456",
                   "llaqta": "Cusco", "paqarimuy_punchaw": "1991-05-17"})
    assert found == {"ayllu_suti": {"contact.name"}, "tilipunu_yupay": {"contact.phone"},
                     "llaqta": {"location.coarse"}, "paqarimuy_punchaw": {"personal.birthdate"}}
    # (not a business partner's "socio": the second review)
    assert _cats({"empresa": {"socio": "BP-100432"}}) == {}


def test_sinhala_keys() -> None:
    found = _cats({"akshansha": -6.927114, "deshansha": 79.861243, "wasagama": "Perera",
                   "durakathana_ankaya": "+94771234567", "upan_dinaya": "1991-05-17"})
    assert found == {"akshansha": {"location.precise"}, "deshansha": {"location.precise"},
                     "wasagama": {"contact.name"}, "durakathana_ankaya": {"contact.phone"},
                     "upan_dinaya": {"personal.birthdate"}}


def test_galician_keys() -> None:
    found = _cats({"apelidos": "Doe", "concello": "Vigo", "contrasinal": "x8!kP2qa",
                   "data_nacemento": "1991-05-17", "parella": "Xoán"})
    assert found == {"apelidos": {"contact.name"}, "concello": {"location.coarse"},
                     "contrasinal": {"secret.credential"}, "data_nacemento": {"personal.birthdate"}}


def test_wolof_lao_guarani_and_tigrinya_keys() -> None:
    """blind109–blind112's languages, read after their first runs."""
    found = _cats({"nimero_telefon": "+221771234567", "quartier": "Ouakam",
                   "nam_sakun": "Doe", "van_keut": "1991-05-17", "meuang": "Vientiane",
                   "tera_joapy": "Doe", "ara_heñoiha": "1991-05-17", "cedula": "4812339",
                   "qutsri_silki": "+251914123456", "mehlefi_qal": "x9!kQ2pa"})
    assert found == {"nimero_telefon": {"contact.phone"}, "quartier": {"location.coarse"},
                     "nam_sakun": {"contact.name"}, "van_keut": {"personal.birthdate"},
                     "meuang": {"location.coarse"}, "tera_joapy": {"contact.name"},
                     "ara_heñoiha": {"personal.birthdate"}, "cedula": {"personal.national_id"},
                     "qutsri_silki": {"contact.phone"}, "mehlefi_qal": {"secret.credential"}}
    # words that mean other things elsewhere stay out: a tyre, "your", a shim
    assert _cats({"dekk": "Michelin 205/55", "seu": "Jane", "shim": "0.5 mm"}) == {}


def test_hawaiian_and_kyrgyz_keys() -> None:
    """blind113's and blind114's languages, read after their first runs."""
    found = _cats({"inoa_ohana": "Doe", "kelepona": "+18085551234", "la_hanau": "1991-05-17",
                   "familiyasy": "Doe", "telefon_nomeri": "+996555123456",
                   "tuulgan_kunu": "1991-05-17", "jynysy": "female"})
    assert found == {"inoa_ohana": {"contact.name"}, "kelepona": {"contact.phone"},
                     "la_hanau": {"personal.birthdate"}, "familiyasy": {"contact.name"},
                     "telefon_nomeri": {"contact.phone"},
                     "tuulgan_kunu": {"personal.birthdate"}, "jynysy": {"personal.gender"}}


def test_maori_and_luxembourgish_keys() -> None:
    """blind115's and blind116's languages, read after their first runs."""
    found = _cats({"ingoa_whanau": "Doe", "nama_waea": "+64211234567", "ra_whanau": "1991-05-17",
                   "familljennumm": "Doe", "telefonsnummer": "+352621123456",
                   "gebuertsdatum": "1991-05-17", "passwuert": "x9!kQ2pa"})
    assert found == {"ingoa_whanau": {"contact.name"}, "nama_waea": {"contact.phone"},
                     "ra_whanau": {"personal.birthdate"}, "familljennumm": {"contact.name"},
                     "telefonsnummer": {"contact.phone"}, "gebuertsdatum": {"personal.birthdate"},
                     "passwuert": {"secret.credential"}}
