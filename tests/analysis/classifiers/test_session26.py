"""The twenty-sixth session's readings, each with the look-alikes that must stay unread."""

from __future__ import annotations

from analysis.classifiers import classify_decoded
from analysis.decoders import decode_exchange
from analysis.records import Exchange
from tests.analysis.classifiers.found import strong_in


def test_a_diagnosis_code_under_the_code_systems_name() -> None:
    # blind259's clinic: "icd": "K64.1" beside the diagnosis in the app's own words
    found = strong_in({"icd": "K64.1", "dx_icd10": "E11.9, I10", "icd11": "6A70.1"})
    assert "health.medical" in found["icd"]
    assert "health.medical" in found["dx_icd10"]
    assert "health.medical" in found["icd11"]
    # ...not an inland container depot's code (QA91), nor a version or a flag under the name
    quiet = strong_in({"icd_code": "INTKD6", "icd": "true", "icd_version": "2019"})
    assert not any("health.medical" in quiet.get(k, set())
                   for k in ("icd_code", "icd", "icd_version"))


def test_a_treatment_regimen_by_its_drugs() -> None:
    # QA198: an HIV clinic's refill reminder, the regimen under Acholi "yat" and an analytics
    # event's "regimen"
    found = strong_in({"yat": "TDF/3TC/DTG", "events": [{"regimen": "AZT/3TC/LPV/r"}],
                       "prep": "TDF + FTC"})
    for path in ("yat", "events[0].regimen", "prep"):
        assert "health.medical" in found[path], path
    # ...not one drug's letters, a booster alone, nor other letters joined so
    quiet = strong_in({"a": "DTG", "b": "LPV/r", "c": "ABC/DEF", "d": "TDF/3TC/XYZ"})
    assert not any("health.medical" in cats for cats in quiet.values())


def test_a_day_is_no_national_insurance_number() -> None:
    # QA198: Acholi "nino" is a day; Spanish "niño" a child: a NINO only in its own shape
    found = strong_in({"nino": "2026-07-07", "national_id": "07.07.2026"})
    assert "personal.national_id" not in found.get("nino", set())
    assert "personal.national_id" not in found.get("national_id", set())
    assert "personal.national_id" in strong_in({"nino": "JT482719C"})["nino"]


def test_an_amount_collected_from_a_mobile_money_wallet() -> None:
    # QA198: a mobile-money API's "/v1/collections" (a request to pay) with its currency
    body = {"amount": "50000", "currency": "UGX"}
    for url in ("https://momo.example/v1/collections",
                "https://momo.example/collection/v1_0/requesttopay"):
        assert "financial.purchase" in strong_in(body, url)["amount"], url


def _ld(field: int, payload: bytes) -> bytes:
    """A protobuf length-delimited field (wire type 2), lengths under 128."""
    return bytes([field << 3 | 2, len(payload)]) + payload


def test_a_logged_pair_in_a_schemaless_protobuf_line() -> None:
    # QA200: a crash report's breadcrumb at a numbered field, "submit aadhaar_numbar=… failed"
    line = b"submit aadhaar_numbar=584219370666 failed: timeout after 30s"
    crumb = _ld(1, b"IdForm") + _ld(2, line)
    raw = _ld(1, b"com.example.app") + _ld(5, crumb) + _ld(5, _ld(1, b"Home") + _ld(2, b"ok"))
    ex = Exchange(ts=0, method="POST", url="https://crash.example/api/v1/report",
                  request_headers=(("content-type", "application/x-protobuf"),),
                  request_body=raw)
    found = {(f.path, f.category) for f in classify_decoded(1, decode_exchange(ex))
             if f.confidence >= 0.6}
    assert any(c == "personal.national_id" for _, c in found), found


def test_a_track_as_rows_under_the_apps_own_word() -> None:
    # QA200: a pony ride's [lat, lon, t, alt] rows under Kashmiri "waat" (a way)
    rows = [[round(34.016112 + 0.00037 * i, 6), round(75.315023 + 0.00036 * i, 6),
             1789301000 + 10 * i, 2200 + 2 * i] for i in range(8)]
    found = strong_in({"safar": "GS-3391", "waat": rows}, "https://api.example/v3/gur/safar")
    assert "location.precise" in found["waat"]  # (the list whole, as under "track")
    # ...not a chart's rows that do not move as a trace does, nor a few rows
    noise = [[round(34.016112 + (0.01 if i % 2 else -0.01), 6), round(75.315023 + 0.00036 * i, 6)]
             for i in range(8)]
    assert "waat" not in strong_in({"waat": noise})
    assert "waat" not in strong_in({"waat": rows[:3]})


def test_grams_are_no_bodys_weight() -> None:
    # QA200: a 5 g pack of saffron under Kashmiri "wazan" (a weight)
    assert "health.fitness" not in strong_in({"wazan": "5g"}).get("wazan", set())
    assert "health.fitness" in strong_in({"wazan": "62 kg"})["wazan"]
    assert "health.fitness" in strong_in({"birth_weight": "3200 g"})["birth_weight"]


def test_kashmiri_words_for_a_number_a_card_and_a_street() -> None:
    # QA200: "passport_numbar", "kard_aakhri4", an address's "gali", a woman's "zanaan"
    found = strong_in({"passport_numbar": "Z4829173", "kard_aakhri4": "6467",
                       "pata": {"gali": "Ghat 9, Boulevard Road", "shahar": "Srinagar"},
                       "jins": "zanaan"})
    assert "personal.national_id" in found["passport_numbar"]
    assert "financial.payment" in found["kard_aakhri4"]
    assert "contact.address" in found["pata.gali"]
    assert "personal.gender" in found["jins"]


def test_the_rounds_words_in_gascon_greek_and_tulu() -> None:
    # QA199 (Gascon), QA202 (Greek as Pontic writes it), QA201 (Tulu and Kannada)
    found = strong_in({"ev": [{"simptomas": ["mau de cap", "vertigi"]}],
                       "data_de_neishenca": "1991-04-12", "blessadura": "entorsa",
                       "systoliki": 142, "thriskeia": "Orthodoxi", "epitheton": "Karypidou",
                       "pirayo": 41, "gaaya": "wrist fracture",
                       "dhoni": {"akshamsha": 13.3497, "rekhamsha": 74.6781}})
    assert "health.medical" in found["ev[0].simptomas"]
    assert "personal.birthdate" in found["data_de_neishenca"]
    assert "health.medical" in found["blessadura"]
    assert "health.medical" in found["systoliki"]
    assert "personal.sensitive" in found["thriskeia"]
    assert "contact.name" in found["epitheton"]
    assert "personal.birthdate" in found["pirayo"]
    assert "health.medical" in found["gaaya"]
    assert "location.precise" in found["dhoni.akshamsha"]
    # ...and a Kannada or Tulu town is no illness (Kyrgyz "ooru" is no longer read)
    assert "health.medical" not in strong_in({"ooru": "Malpe"}).get("ooru", set())


def test_an_sdks_bare_iid_with_an_ids_shape() -> None:
    # QA199, QA201: "iid": "inst-9f3a1c77e2b4" missed without a profile on every request
    found = strong_in({"iid": "inst-9f3a1c77e2b4", "items": [{"iid": "sku-88812-a"}],
                       "players": [{"iid": "inst-0a1b2c3d4e"}]})
    assert "id.device" in found["iid"]
    assert "id.device" not in found.get("items[0].iid", set())
    assert "id.device" not in found.get("players[0].iid", set())


def test_an_illness_named_by_the_value_under_the_apps_own_word() -> None:
    # QA198: Acholi "two" (an illness) holding "HIV"; the sets' own words for a diagnosis
    found = strong_in({"twoo": "HIV", "rog": "type 2 diabetes", "bemar": "asthma"})
    for path in ("twoo", "rog", "bemar"):
        assert "health.medical" in found[path], path
    # ...not a shop's category, a search, nor a longer text naming something else
    quiet = strong_in({"kategori": "asthma", "search": {"xyz": "asthma"},
                       "zzz": "asthma-friendly rooms"})
    assert not any("health.medical" in cats for cats in quiet.values()), quiet


def test_a_sign_in_step_in_the_apps_own_words() -> None:
    # blind242, QA198: "/api/v1/kod" {"kod": "731904", "telefon": ...}, no verification word
    found = strong_in({"kod": "731904", "telefon": "+905321234567"},
                      "https://api.example/api/v1/kod")
    assert "secret.credential" in found["kod"]
    # ...not a code beside anything else the user wrote, nor in a referral's call
    quiet = strong_in({"code": "75008", "email": "ann@mail.example.com", "name": "Ann Lee"},
                      "https://api.example/v1/newsletter")
    assert "secret.credential" not in quiet.get("code", set())
    quiet = strong_in({"code": "731904", "phone": "+256772555013"},
                      "https://api.example/v1/referral")
    assert "secret.credential" not in quiet.get("code", set())


def test_an_indian_postal_index_number_beside_the_address() -> None:
    # the blind sets' Indian apps: "pin": "846004" beside the town, read as a secret PIN before
    found = strong_in({"pata": {"gali": "Lalbagh", "shahar": "Darbhanga", "pin": "846004"}})
    assert found["pata.pin"] == {"location.coarse"}
    found = strong_in({"pin": "846004", "city": "Darbhanga", "district": "Darbhanga"})
    assert found["pin"] == {"location.coarse"}
    # ...a log-in's PIN stays a secret, beside a village too (blind123)
    assert "secret.credential" in strong_in({"pin": "846004", "phone": "+919812345678"})["pin"]
    found = strong_in({"village": "Leulumoega", "city": "Apia", "phone": "+6857712345",
                       "pin": "270611"})
    assert "secret.credential" in found["pin"]


def test_an_aadhaar_number_in_its_printed_groups() -> None:
    # QA205: a guest's Aadhaar under Kumaoni "pachhyan.lambar", beside "kism": "aadhaar"
    found = strong_in({"pachhyan": {"kism": "aadhaar", "lambar": "4623 8951 0274"}})
    assert "personal.national_id" in found["pachhyan.lambar"]
    # ...not one whose Verhoeff check fails, nor one starting with 0 or 1
    quiet = strong_in({"a": "4623 8951 0275", "b": "1623 8951 0274"})
    assert not any("personal.national_id" in cats for cats in quiet.values())


def test_kumaoni_and_temne_words() -> None:
    # QA205 (Kumaoni), QA206 (Temne)
    found = strong_in({"chot": "sickle cut on the left hand", "kadam": 8420, "umar": 34,
                       "gun": {"devta": "Golu Devta"}, "wath_esem": "Mariatu Kargbo"})
    assert "health.medical" in found["chot"]
    assert "health.fitness" in found["kadam"]
    assert "personal.birthdate" in found["umar"]
    assert "personal.sensitive" in found["gun.devta"]
    assert "contact.name" in found["wath_esem"]


def test_georgian_words_for_a_personal_number_and_a_sex() -> None:
    # QA207: "pirad_nomeri" (11 digits) read as a user's ID only; "sqesi": "osuri" (a woman)
    found = strong_in({"pirad_nomeri": "01008012345", "sqesi": "osuri"})
    assert "personal.national_id" in found["pirad_nomeri"]
    assert "personal.gender" in found["sqesi"]


def test_a_tb_regimen_by_its_letters_and_medicines_joined() -> None:
    # QA209: a TB clinic's "RHZE" sent to analytics, its drugs' names joined by slashes
    found = strong_in({"props": {"qoricho": "RHZE", "phase": "2HRZE/4HR"},
                       "hige": "Rifampicin/Isoniazid/Pyrazinamide/Ethambutol"})
    for path in ("props.qoricho", "props.phase", "hige"):
        assert "health.medical" in found[path], path
    # ...not letters without R and H, three letters, nor a pharmacy's products for sale
    quiet = strong_in({"a": "ZESE", "b": "RHS", "c": "HERE",
                       "products": [{"name": "paracetamol + ibuprofen"}]})
    assert not any("health.medical" in cats for cats in quiet.values()), quiet


def test_balti_words_a_shia_school_and_an_sdks_install() -> None:
    # QA208: "maslak" with a Shia school's name, "imambargah", "kha_par", an SDK's "install"
    found = strong_in({"maslak": "shia ithna ashari", "imambargah": "Khaplu Markazi Imambargah",
                       "kha_par": "03555550291", "install": "inst-77aa01bc9"})
    assert "personal.sensitive" in found["maslak"]
    assert "personal.sensitive" in found["imambargah"]
    assert "contact.phone" in found["kha_par"]
    assert "id.device" in found["install"]
    assert "id.device" not in strong_in({"install": "2026-01-04"}).get("install", set())


def test_a_search_calls_only_text_under_the_apps_own_word() -> None:
    # QA202: "/v2/anazitisi?lexi=insoulini+glargine", the call's name in Greek
    from tests.analysis.classifiers.found import found_in
    found = found_in({}, "https://api.example/v2/anazitisi?lexi=insoulini+glargine")
    assert "behavior.search" in found["lexi"]
    # ...beside a one-word filter too ("katigoria=ilatsia", the same request)
    found = found_in({}, "https://api.example/v2/anazitisi?lexi=insoulini+glargine"
                         "&katigoria=ilatsia")
    assert "behavior.search" in found["lexi"] and "katigoria" not in found
    # ...not two texts, nor a call named for something else
    assert "lexi" not in found_in({}, "https://api.example/v2/search?lexi=a+b&zzz=c+d")
    assert "lexi" not in found_in({}, "https://api.example/v2/products?lexi=insulin+glargine")


def test_a_masked_card_number_inside_a_text() -> None:
    # QA204: a crash breadcrumb "pardakht kart=610433******7713 mablagh=4500000"
    found = strong_in({"crumbs": [{"m": "pardakht kart=610433******7713 mablagh=4500000"}]})
    assert "financial.payment" in found["crumbs[0].m"]
    # ...not a number masked but for its last four (an account's, a phone's), nor a masked PIN
    quiet = strong_in({"m": "sent code to phone ******7713 for account", "n": "pin=**** ok"})
    assert not any("financial.payment" in cats for cats in quiet.values())
