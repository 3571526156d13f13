"""The twenty-second session's readings, from its QA rounds (QA153: a Seychellois Creole
methadone clinic and an Occitan farmers' mutual; QA154: a Mauritian Creole fertility service and
a Kikongo sickle-cell clinic), each with the look-alikes that must stay unread."""

from __future__ import annotations

import json

from tests.analysis.classifiers.found import strong_in


def test_an_illness_under_the_apps_own_word_for_one() -> None:
    # (the lexicon's words for an illness were read only with a known condition's name)
    assert "health.medical" in strong_in({"kimbevo": "Drépanocytose SS"})["kimbevo"]
    assert "health.medical" in strong_in({"mwana": {"kimbevo": "Drepanocytose"}})[
        "mwana.kimbevo"]
    assert "health.medical" in strong_in({"nafradura": "fractura tibia drecha"})["nafradura"]
    assert "health.medical" in strong_in({"illness": "drepanocytose"})["illness"]
    # ...not a game's, nor a pet's
    assert "game.illness" not in strong_in({"game": {"illness": "plague"}})
    assert "pet.illness" not in strong_in({"pet": {"illness": "kennel cough"}})


def test_a_tests_result_under_its_conditions_key_of_more_words() -> None:
    for key, value in (("hepatitis_c", "positive, RNA detected"), ("hcv_status", "positive"),
                       ("hbsag", "negative"), ("hiv_test_result", "negative")):
        assert "health.medical" in strong_in({key: value}).get(key, set()), key
    for key, value in (("covid_cases", "positive"), ("hcv_status", "pending review"),
                       ("hepatitis_c", "An overview of the disease")):
        assert "health.medical" not in strong_in({key: value}).get(key, set()), key


def test_a_dose_under_its_medicines_own_key() -> None:
    assert "health.medical" in strong_in({"treatment": {"methadone_mg": 70}})[
        "treatment.methadone_mg"]
    assert "health.medical" not in strong_in({"order": {"ibuprofen_price": 3.5}}).get(
        "order.ibuprofen_price", set())
    assert "methadone_mg" not in strong_in({"methadone_mg": "see leaflet"})


def test_the_creoles_and_occitans_words() -> None:
    found = strong_in({"telefonn": "+248 2 555 318", "lareligion": "Indou (Sanatan Dharma)",
                       "groupe_ethnique": "Vili", "latitid": -4.673512,
                       "lonzitid": 55.518843, "nimero_idantite": "991-0458-1-1-27"})
    assert "contact.phone" in found["telefonn"]
    assert "personal.sensitive" in found["lareligion"]
    assert "personal.sensitive" in found["groupe_ethnique"]
    assert "location.precise" in found["latitid"] and "location.precise" in found["lonzitid"]
    assert "personal.national_id" in found["nimero_idantite"]
    # a union by its confederation's name under the Occitan word for one
    assert "personal.sensitive" in strong_in({"traits": {"sindicat": "Confederacion Pagesa"}})[
        "traits.sindicat"]
    assert "traits.sindicat" not in strong_in({"traits": {"sindicat": "true"}})


def test_a_card_number_under_the_creoles_word_for_a_card() -> None:
    found = strong_in({"numero_kart": "4627318945120377", "exp": "09/28"})
    assert "financial.payment" in found["numero_kart"]
    assert "financial.payment" in strong_in({"kart_nimero": "4921810000447417"})["kart_nimero"]


def test_national_numbers_written_in_their_own_layout_under_any_key() -> None:
    for value in ("756.3059.1876.49", "1 79 04 09 122 045 52"):
        assert "personal.national_id" in strong_in({"numelo": value}).get("numelo", set()), value
    # (a layout with no check a code would fail, or a NIR's key unspaced: below a verdict)
    from tests.analysis.classifiers.found import found_in
    for value in ("291059940431804", "42201-0937716-2", "R1403911700523"):
        assert "personal.national_id" in found_in({"numelo": value}).get("numelo", {}), value
        assert "numelo" not in strong_in({"numelo": value}), value
    # a wrong check digit or key, an impossible month or date, an order's reference
    for value in ("756.3059.1876.48", "1 79 04 09 122 045 53", "1 79 14 09 122 045 52",
                  "R3213911700523", "R1413911700523"):
        assert "numelo" not in strong_in({"numelo": value}), value
    assert "personal.national_id" not in strong_in({"order_ref": "42201-0937716-2"}).get(
        "order_ref", set())
    # Mauritius's card under its short name
    assert "personal.national_id" in strong_in({"nic": "R1403911700523"})["nic"]


def test_the_nir_check_is_rare_on_random_numbers() -> None:
    from random import Random

    from analysis.classifiers.national_shapes import french_nir
    rnd = Random(22)
    hits = sum(french_nir(str(rnd.randrange(10**14, 3 * 10**14))) for _ in range(100_000))
    assert hits < 1_000  # (one in 97 of those with a sex digit and a month in place)


def _line(message: str) -> set[str]:
    found = strong_in({"breadcrumbs": {"values": [{"message": message}]}},
                      "https://o1.ingest.example.io/api/7/store/")
    return found.get("breadcrumbs.values[0].message", set())


def test_a_places_card_or_pin_in_a_log_line_in_occitan_creole_and_kikongo() -> None:
    for line in ("Ponch Mutuala Foix lat=42.9653 lon=1.607",
                 "Burèu tel=05 61 55 02 40 08:30-17:00",
                 "Lopitali yimonekene tel=22 294 55 50 lat=-4.7889 lon=11.8635",
                 "Famasi Victoria afise tel=4 555 120 lat=-4.6185 lon=55.4513"):
        assert not _line(line) & {"contact.phone", "location.precise"}, line
    # ...her own pin stays hers
    assert "location.precise" in _line("Ponch mon ostal lat=42.9653 lon=1.607")


def test_a_session_cookie_in_the_creoles_and_occitans_words() -> None:
    from analysis.classifiers import classify_decoded
    from analysis.decoders import decode_exchange
    from analysis.records import Exchange
    for cookie in ("ns_sesyon=8f3kQ9zLm2Xv7RtY4pWq1bNc", "pg_sesilha=a7Hk29LmQx8Vz3Rt5YpW"):
        ex = Exchange(ts=0, method="GET", url="https://api.example.com/v1/me",
                      request_headers=(("cookie", cookie),))
        assert {f.category for f in classify_decoded(1, decode_exchange(ex))} == {
            "secret.credential"}, cookie


def test_conditions_and_medicines_in_french_and_the_creoles() -> None:
    assert "health.medical" in strong_in({"epatit_c": "pozitif, ARN detekte"})["epatit_c"]
    assert "health.medical" in strong_in({"props": {"metadonn_mg": 70}})["props.metadonn_mg"]
    assert "health.medical" in _line("Mwana Hb=6.1 paludisme=positif hydroxyuree=500mg")
    assert "health.medical" not in _line("Campagne paludisme: 1200 moustiquaires livrées")


def test_a_places_card_or_pin_in_a_log_line_by_its_shape_in_any_language() -> None:
    # (QA155, QA156 and the earlier rounds' lines: a local number with hours, a local number
    # with a pin, a named pin of four decimals with no accuracy)
    for line in ("Markaz tel=330 5550 08:00-14:00", "Markaz dhakkaifi tel=330 5550 lat=4.2121",
                 "Chaw ua hauj lwm tel=651-555-0100 07:30-17:30", "Polis tel=011 555 1991 24h",
                 "Atencion al socio tel=2555 4110 lun-vie 9-18",
                 "Centrale tel=09 555 12 40 7-22u",
                 "Poent Ti ar Besketourien lat=47.8722 lon=-3.918",
                 "Qhov chaw Tsev Laus Payne Ave lat=44.9762 lon=-93.0705"):
        assert not _line(line) & {"contact.phone", "location.precise"}, line
    # ...her own fixes, her saved people's numbers and a call-back at her number stay hers
    for line, category in (("Gege thanu lat=4.175482 lon=73.509617 acc=6", "location.precise"),
                           ("Location updated lat=40.7418 lon=-73.9893", "location.precise"),
                           ("Home Kyle lat=43.4245 lon=-102.1771", "location.precise"),
                           ("Khurantash tel=+7 903 555-27-64 upranna", "contact.phone"),
                           ("Call booked tel=+380 67 555 1234 10:00-10:30", "contact.phone"),
                           ("SOS sent tel=112 lat=40.74183 lon=-73.98931", "location.precise")):
        assert category in _line(line), line


def test_qa155_and_qa156s_words_numbers_and_targeting() -> None:
    found = strong_in({"relijion": "katolik", "latichuud": 18.020614, "longichuud": -76.781187,
                       "aidee_kaadu": "A284913", "trn": "107-482-936",
                       "lej_medicare": "3RW7-KP2-HN48", "naym": "Dwayne Campbell",
                       "fone": "876-555-0143", "sindikad": {"anv": "Sindikad Pesketaerien"},
                       "traits": {"thalassemia_carrier": True, "sekshuality": "gay"}})
    assert "personal.sensitive" in found["relijion"]
    assert "location.precise" in found["latichuud"] and "location.precise" in found["longichuud"]
    for path in ("aidee_kaadu", "trn", "lej_medicare"):
        assert "personal.national_id" in found[path], path
    assert "contact.name" in found["naym"] and "contact.phone" in found["fone"]
    assert "personal.sensitive" in found["sindikad.anv"]
    assert "health.medical" in found["traits.thalassemia_carrier"]
    assert "personal.sensitive" in found["traits.sekshuality"]
    # a transaction's "trn", an MBI's forbidden letter
    assert "trn" not in strong_in({"trn": "TX88123991"})
    assert "x" not in strong_in({"x": "3RS7-KP2-HN48"})
    assert "personal.national_id" in _line("Chrai agen validieshan trn=107482936 smadi=1")


def test_ambiguous_targeting_words_two_of_a_kind() -> None:
    url = "https://ads.example.org/openrtb/2.6/bid"
    for words in ("islam,halal,mosque", "gay,msm", "shaman,animism", "hindu,temple,mandir"):
        assert "personal.sensitive" in strong_in({"user": {"keywords": words}}, url).get(
            "user.keywords", set()), words
    for words in ("halal,restaurants", "temple run,games", "gay,paris"):
        assert "personal.sensitive" not in strong_in({"user": {"keywords": words}}, url).get(
            "user.keywords", set()), words
    assert "health.medical" in strong_in({"user": {"keywords": "prep,hiv test"}}, url)[
        "user.keywords"]


def test_a_masked_card_and_a_card_beside_its_expiry() -> None:
    for value in ("4921 81** **** 7417", "492181******7417", "**** **** **** 7417",
                  "2200 70** **** 3627"):
        assert "financial.payment" in strong_in({"kart": value}).get("kart", set()), value
    for value in ("2026-**-** 1234", "****-****-1234", "**** 7417"):
        assert "kart" not in strong_in({"kart": value}), value
    found = strong_in({"kaad_nomba": "4627318945120377", "ekspaiyri": "09/28"})
    assert "financial.payment" in found["kaad_nomba"]
    assert "kaad_nomba" not in strong_in({"kaad_nomba": "4627318945120377"})  # (0.55 alone)
    assert "financial.payment" not in strong_in(
        {"order": {"ref": "4627318945120377", "d": "09/28"}}).get("order.ref", set())


def test_qa157_and_qa158s_words() -> None:
    found = strong_in({"ID_karta_nomru": "FA481327", "uttun_n_tmagit": "119415010034702157",
                       "ddin": "Islam", "palavra_pasi": "Kriolu*2024",
                       "wrokomanbond": "Bond fu Pakketi Rijders Sranan (BPRS)",
                       "traits": {"khos": "metilfenidat", "diagnoz": "SDVG, disleksi"}})
    assert "personal.national_id" in found["ID_karta_nomru"]
    assert "personal.national_id" in found["uttun_n_tmagit"]
    assert "personal.sensitive" in found["ddin"] and "personal.sensitive" in found["wrokomanbond"]
    assert "secret.credential" in found["palavra_pasi"]
    assert "health.medical" in found["traits.khos"]


def test_a_sentence_under_a_key_in_the_apps_own_words_below_a_verdict() -> None:
    from tests.analysis.classifiers.found import found_in
    own, english = "https://api.meshrep.example.com/v1/izahatlar", "https://api.example.com/v1/settings"
    text = "Erim rawap chalidu, sehnige yeqin orun bolsa yaxshi bolatti"
    assert found_in({"izahat": text}, own) == {
        "izahat": {"content.text": "text.own-words-sentence"}}
    assert "izahat" not in strong_in({"izahat": text}, own)  # (0.55: the app's text as often)
    for body, url in (({"izahat": "Erim rawap chalidu, orun bolsa"}, own),  # (too few words)
                      ({"izahat": "Order 4412 shipped to 22 Baker St on 12 May 2026"}, own),
                      ({"izahat": "retry=3 state=open code=E42 host=api node=7 zone=b"}, own),
                      ({"exception": {"izahat": text}}, own),
                      ({"description": text}, own),  # (an English key: written.py's)
                      ({"izahat": text}, english)):  # (an English call: written.py's)
        assert not any("content.text" in c for c in found_in(body, url).values()), body


def test_qa159_and_qa160s_numbers_words_and_lines() -> None:
    from tests.analysis.classifiers.found import found_in
    assert "personal.national_id" in found_in({"x": "219-47-6083"})["x"]
    assert "personal.national_id" in found_in({"y": "MA 48 29 13 B"})["y"]
    found = strong_in({"x": "1857.39.246", "y": "2748 19368 0901", "earroo_NHS": "485 726 1936",
                       "orientaght_seksoil": "lesbian", "kebliil": "Idid",
                       "ynnyd": {"lhead": 54.152337, "lhiurid": -4.486221},
                       "kashres": "glat kosher, cholov yisroel"})
    assert "personal.national_id" in found["x"] and "personal.national_id" in found["y"]
    assert "personal.national_id" in found["earroo_NHS"]
    for path in ("orientaght_seksoil", "kebliil", "kashres"):
        assert "personal.sensitive" in found[path], path
    assert "location.precise" in found["ynnyd.lhead"]
    for value in ("666-47-6083", "219-00-6083", "GB482913B", "AB123456E"):
        assert "x" not in strong_in({"x": value}), value
    assert "personal.national_id" in _line("Kontrolearje bsn=1857.39.246 mislearre")
    url = "https://ads.example.org/openrtb/2.6/bid"
    assert "personal.sensitive" in strong_in({"user": {"keywords": "kosher,shabbos"}}, url)[
        "user.keywords"]


def test_the_profiles_name_with_a_middle_initial_on_a_card() -> None:
    # (QA156, QA158, QA160: "DWAYNE A CAMPBELL" for the profile's "Dwayne Campbell")
    from analysis.classifiers import classify_decoded, matcher_for
    from analysis.decoders import decode_exchange
    from analysis.profile import DeviceInfo, DeviceProfile
    from analysis.records import Exchange
    prof = DeviceProfile(device=DeviceInfo(platform="android", country="JM"),
                         contact={"name": "Dwayne Campbell"})

    def names(value: str) -> set[str]:
        ex = Exchange(ts=0, method="POST", url="https://pay.example.com/v1/kaad",
                      request_headers=(("content-type", "application/json"),),
                      request_body=json.dumps({"naym_pan_kaad": value}).encode())
        return {f.rule or "" for f in classify_decoded(1, decode_exchange(ex), matcher_for(prof))
                if f.category == "contact.name"}
    assert "profile.contact.name" in names("DWAYNE A CAMPBELL")
    assert "profile.contact.name" in names("Dwayne A. Campbell")
    assert "profile.contact.name" not in names("Dwayne Andrew Campbell Jr")


def test_qa161_and_qa162s_numbers_words_and_targeting() -> None:
    found = strong_in({"cui": "2748193680901", "x": "2748 19368 0901", "y": "1857.39.246",
                       "boargerservicenummer": "185739246", "inombolo_yemazisi": "0508142100355",
                       "kutsandza_bulili": "gay (MSM)", "Jemeent": "Altkolonia",
                       "traits": {"fakbun": "FNV_lid"}})
    for path in ("cui", "x", "y", "boargerservicenummer", "inombolo_yemazisi"):
        assert "personal.national_id" in found[path], path
    for path in ("kutsandza_bulili", "Jemeent", "traits.fakbun"):
        assert "personal.sensitive" in found[path], path
    # a screen's density, a CUI with a wrong check digit or department, a BSN failing its test
    assert strong_in({"dpi": "420"}).get("dpi") == {"device.info"}
    for value in ("2748193690901", "2748193682301"):
        assert "personal.national_id" not in strong_in({"cui": value}).get("cui", set()), value
    assert "y" not in strong_in({"y": "1857.39.247"})
    # a Frisian "tiid" holding a Unix time is no Snowplow item
    assert "tiid" not in strong_in({"tiid": "1764412345"})
    url = "https://ads.example.org/openrtb/2.6/bid"
    for words in ("mennonit,altkolonier", "fnv,union member"):
        assert "personal.sensitive" in strong_in({"user": {"keywords": words}}, url)[
            "user.keywords"], words
    assert "user.keywords" not in strong_in({"user": {"keywords": "credit union,loans"}}, url)


def test_a_codice_fiscale_by_its_check_character_and_a_tax_number_by_its_name() -> None:
    found = strong_in({"codic_fiscal_intestatari": "RSSMRA85T10A562S", "tax_number": "123456789"})
    assert "personal.national_id" in found["codic_fiscal_intestatari"]
    assert "personal.national_id" in found["tax_number"]
    assert "x" not in strong_in({"x": "RSSMRA85T10A562T"})  # (a wrong check character)
    assert "merchant.tax_number" not in strong_in({"merchant": {"tax_number": "123456789"}})


def test_the_sessions_review_look_alikes_stay_below_a_verdict() -> None:
    # (the review's look-alikes of this session's readings, /tmp review REPORT.md)
    for body in ({"sku": "310-11-0123"}, {"locker_code": "HT482913B"},
                 {"gutschein": "3HT7-QX9-WR52"}, {"colis": "S2311070031852"},
                 {"fb_uid": "100012345678908"}, {"akaunti": "**** **** **** 3021"},
                 {"kifaa": {"imei_masked": "3548 90** **** 1234"}},
                 {"tarjeta_puntos": {"numero": "5200820000123453", "vence": "12/27"}},
                 {"destination": {"hepatitis_a": True}},
                 {"mkoa": {"covid_status": "positive trend"}},
                 {"bidhaa_x": {"paracetamol_mg": 500}}):
        assert not strong_in(body), body
    url = "https://ads.example.org/openrtb/2.6/bid"
    for words in ("temple run,diwali offers", "kosher salt,torah scrolls art",
                  "credit union,trade-in deals", "queer eye,gay times magazine"):
        assert "user.keywords" not in strong_in({"user": {"keywords": words}}, url), words
    for line in ("Reserva confirmada tel=0612345678 19:00-21:00",
                 "Checkin tel=0612345678 lat=52.3702 lon=4.8952"):
        assert "contact.phone" in _line(line), line
    for line in ("Trip Start lat=51.5072 lon=-0.1276", "Centre map lat=52.370216 lon=4.8951 acc=9"):
        assert "location.precise" in _line(line), line


def test_a_union_member_among_a_phrases_words_but_not_a_credit_unions() -> None:
    url = "https://ads.example.org/openrtb/2.6/bid"
    found = strong_in({"user": {"keywords": "burnout,fnv union member,farm worker"}}, url)
    assert "personal.sensitive" in found["user.keywords"]
    assert "user.keywords" not in strong_in({"user": {"keywords": "credit union member"}}, url)
