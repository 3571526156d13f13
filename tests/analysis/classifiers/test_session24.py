"""The twenty-fourth session's readings, from its QA rounds (QA173: a Breton fertility clinic;
QA174: a displaced persons' cash-transfer registration in Sango) and its blind sets' misses,
each with the look-alikes that must stay unread."""

from __future__ import annotations

import json
import math
import random

from analysis.classifiers import classify_decoded
from analysis.classifiers.birth_dates import birth_like
from analysis.classifiers.mails_in_text import addresses
from analysis.classifiers.orientation_values import orientation_value
from analysis.decoders import decode_exchange
from analysis.records import Exchange
from tests.analysis.classifiers.found import confidences_in as _all
from tests.analysis.classifiers.found import found_in, strong_in


def test_a_birth_date_by_its_value_under_the_apps_own_word() -> None:
    person = {"hu": {"zo_iri": "u_88", "email": "prisca.n@example.org",
                     "lango_dungo": "1991-03-14", "nimero_ti_singa": "+23672451893"}}
    assert _all(person)["hu.lango_dungo"]["personal.birthdate"] == 0.6
    # ...alone, below a verdict: a company founded, a displacement's day are as plausible
    assert _all({"kpe": "2013-12-05"})["kpe"]["personal.birthdate"] == 0.55
    # ...two such dates in one record: which is the birth is not said
    two = _all({"hu": {"email": "p@example.org", "kpe": "2013-12-05", "lango": "14/03/1991"}})
    assert two["hu.kpe"]["personal.birthdate"] == 0.55
    assert two["hu.lango"]["personal.birthdate"] == 0.55
    # not a recent date, not an English key (a start, an expiry), not a list's element, not a
    # date that is none (31 February), not a time of day
    quiet = _all({"kpe": "2024-01-05", "start_date": "1991-03-14", "lango": ["1991-03-14"],
                  "zaza": "31/02/1991", "wali": "1991-03-14T09:30:00Z"})
    assert not any("personal.birthdate" in c for c in quiet.values())
    # ...nor another day of a life under the words the sets used for it
    days = _all({"batiso": "1991-08-25", "sacraments": {"matrimony": "2008-12-27"},
                 "nona": {"murio": "1987-06-30"}, "bakuna": {"MMR": "2001-09-02"}})
    assert not any("personal.birthdate" in c for c in days.values())


def test_birth_like_dates() -> None:
    assert birth_like("1991-03-14", 2026) and birth_like("14.03.1991", 2026)
    assert birth_like("03/14/1991", 2026) and birth_like("1991-03-14T00:00:00Z", 2026)
    assert not birth_like("1899-12-31", 2026) and not birth_like("2017-03-14", 2026)
    assert not birth_like("19910314", 2026) and not birth_like("1991-13-14", 2026)


def test_an_email_address_inside_a_text() -> None:
    crash = {"breadcrumbs": [{"category": "log", "message": "login ok for prisca.n@example.org"}]}
    assert "contact.email" in strong_in(crash)["breadcrumbs[0].message"]
    # not a role mailbox, not a URL's user and password, not a file name's scale
    assert addresses("write to support@kangbi.example or noreply@kangbi.example") == []
    assert addresses("GET https://user:pw@host.example.com/x failed") == []
    assert addresses("icon@2x.png not found") == []
    assert addresses("mailto:prisca.n@example.org sent") == ["prisca.n@example.org"]
    # a whole address is read once, by its shape
    whole = found_in({"msg": "prisca.n@example.org"})
    assert whole["msg"]["contact.email"] == "value.email"


def _sine(seed: int) -> list[float]:
    return [round(math.sin(seed * 7.1 + i * 0.37) * 0.21, 6) for i in range(128)]


def test_a_template_sent_to_a_biometric_service_without_its_modality() -> None:
    # QA174: 128 floats under Sango "le" (face) to bio.kangbi.example's /v1/verify
    verify = _all({"zo": "u_1", "le": _sine(2)}, "https://bio.kangbi.example/v1/verify")
    assert verify["le"]["biometric.face"] == 0.7
    dedup = strong_in({"zo": "u_1", "le_vector": _sine(1)}, "https://bio.kangbi.example/v1/dedup")
    assert "biometric.face" in dedup["le_vector"]
    # ...192 values, a speaker model's length, a voice
    r = random.Random(4)
    voice = strong_in({"v": [round(r.uniform(-1, 1), 5) for _ in range(192)]},
                      "https://api.example/biometrics/enrol")
    assert "biometric.voice" in voice["v"]
    # not a profile's biography, not a service that is no biometric one, not an unsigned list
    assert "le" not in _all({"le": _sine(2)}, "https://api.kangbi.example/v1/profile/bio")
    assert "le" not in _all({"le": _sine(2)}, "https://api.kangbi.example/v1/verify")
    assert "le" not in _all({"le": [abs(x) for x in _sine(2)]}, "https://bio.k.example/v1/verify")
    # 256 and 512 are either's: unread without a photo or a word
    r = random.Random(5)
    assert "e" not in _all({"e": [round(r.uniform(-1, 1), 5) for _ in range(512)]},
                           "https://bio.k.example/v1/verify")


def test_events_named_under_the_apps_own_word_for_name() -> None:
    batch = {"install_id": "i_1", "darvoudou": [
        {"anv": "skramm_gwel", "skramm": "kelchiad", "ts": 1780000000000},
        {"anv": "louzou_enrollet", "ts": 1780000060000}]}
    found = strong_in(batch, "https://collect.stadmetr.example/v1/batch")
    assert "behavior.usage" in found["darvoudou[0].anv"]
    assert "behavior.usage" in found["darvoudou[1].anv"]
    # ...one record's code is a type's as often: two events or more
    one = strong_in({"darvoudou": [{"seurt": "treuzkas_embrion", "ts": 1780000000000}]})
    assert "darvoudou[0].seurt" not in one
    # ...nor an event's ID under an unknown word (a UUID is letters and dashes too)
    ids = strong_in({"events": [{"eid": "a87d1b8c-547d-455c-8559-c38a515c931a", "ts": 1780000000},
                                {"eid": "fd8d5238-1d6c-b2b2-a87c-62e2309646de", "ts": 1780000001}]})
    assert "events[0].eid" not in ids


def test_a_sexual_orientation_or_a_same_sex_couple_by_its_value() -> None:
    found = strong_in({"doare_familh": "same_sex_female_couple", "oad": 37})
    assert "personal.sensitive" in found["doare_familh"]
    assert orientation_value("lesbian") and orientation_value("gay-man")
    assert orientation_value("same-sex parents")
    assert not orientation_value("straight") and not orientation_value("same sex ratio")
    # not under an English key (a venue's, a festival's), not a place's record
    assert "genre" not in strong_in({"genre": "lesbian"})
    assert "places[0].doare" not in strong_in({"places": [{"doare": "gay"}]})


def test_a_medication_written_as_a_name_and_a_dose() -> None:
    cycle = {"kelchiad": {"louzou": [{"anv": "Gonal-f", "doz": "150 UI"},
                                     {"anv": "Cetrotide", "doz": "0.25 mg"}]}}
    found = strong_in(cycle)
    for path in ("louzou[0].anv", "louzou[0].doz", "louzou[1].anv", "louzou[1].doz"):
        assert "health.medical" in found["kelchiad." + path]
    # not a recipe's grams or a drink's millilitres, not a record with more to it
    assert "resept.sukr" not in strong_in({"resept": {"sukr": "Gwinizh", "kementad": "20 g"}})
    assert "boued.anv" not in strong_in({"boued": {"anv": "Kafe", "kementad": "250 ml"}})
    busy = strong_in({"x": {"anv": "Natriom", "doz": "200 mg", "stal": "Ti-Koz"}})
    assert "x.anv" not in busy


def test_the_qa_rounds_words() -> None:
    found = strong_in({"iri": "Prisca Ndoumbe", "lango_ti_dungo": "1991-03-14",
                       "mara": "Yakoma", "reizh": "maouez", "koli_wali": "wali",
                       "postel": "k@example.org"})
    assert "personal.birthdate" in found["lango_ti_dungo"]
    assert "contact.email" in found["postel"]
    assert "personal.gender" in found["reizh"] and "personal.gender" in found["koli_wali"]
    # Sango "mara" (ethnic group) is Bambara's region (blind154's "Ségou"): left out
    assert "mara" not in found


def test_a_frisian_time_is_no_snowplow_item() -> None:
    # QA175: "tiid" (time) read as Snowplow's transaction item: a care round's time
    found = strong_in({"medisyn": "Donepezil", "tiid": "2025-03-14T08:05:00+01:00"})
    assert "tiid" not in found and "health.medical" in found["medisyn"]
    # ...Snowplow's own item ID still is one
    assert "financial.purchase" in strong_in({"tiid": "ord-88120"}).get("tiid", set())


def test_the_frisian_carers_words() -> None:
    found = strong_in({"posysje": {"breedte": 53.03307, "lingte": 5.66029},
                       "diagnoaze": "alzheimer-dementy, stadium 2",
                       "sykterm": "wat te dwaan by nachtlike unrest"})
    assert "location.precise" in found["posysje.breedte"]
    assert "location.precise" in found["posysje.lingte"]
    assert "health.medical" in found["diagnoaze"]
    assert "behavior.search" in found["sykterm"]
    paid = strong_in({"ev": "purchase", "wearde": 412.5, "munt": "EUR"})
    assert "financial.purchase" in paid["wearde"]


def test_the_session_reviews_look_alikes_stay_unread_or_below_a_verdict() -> None:
    # birth dates: a document's issue, a hire, an account's opening, a death, a litter
    person = {"nombre": "Ana Ruiz", "email": "ana.ruiz@corp.example"}
    for key in ("fecha_emision", "fecha_alta", "fecha_apertura", "gestorben", "wurfdatum",
                "trouwdatum", "erstzulassung", "baujahr"):
        found = _all({"x": {**person, key: "2009-03-15"}})
        assert "personal.birthdate" not in found.get(f"x.{key}", {}), key
    assert "personal.birthdate" in _all({"x": {**person, "fecha_nac": "1990-03-15"}})["x.fecha_nac"]
    # e-mail addresses an organisation or a machine gives, or a placeholder
    assert addresses("Consultas: atencion.clientes@bancosol.example, de 9 a 18h") == []
    assert addresses("remote git@github.com:acme/app.git updated") == []
    assert addresses("Author: Build Bot <buildbot@acme-ci.example>") == []
    assert addresses("z.B. max.mustermann@beispiel.de eingeben") == []
    assert addresses("Escríbenos a reservas.sol@hotelsol.example para grupos") == []
    # orientation: a surname, a mood, a ride's driver, and without a person only 0.55
    assert not orientation_value("Gay") and not orientation_value("gai")
    assert not orientation_value("same_sex")
    assert _all({"doare": "lesbian"})["doare"]["personal.sensitive"] == 0.55
    assert "ambiente" not in strong_in({"bar": {"ambiente": "gay"}, "user_id": "u_1"})
    # a medication's dose: not a nutrient, a supplement, a credit or a potion
    for rec in ({"anv": "Natrium", "doz": "400 mg"}, {"anv": "Kreatin Pulver", "doz": "5000 mg"},
                {"anv": "Math 101", "doz": "3 units"}, {"anv": "Vitamin D3", "doz": "1000 IE"}):
        assert not any("health.medical" in c for c in strong_in({"x": rec}).values()), rec
    assert "health.medical" in strong_in({"x": {"anv": "Insulatard", "doz": "12 units"}})["x.doz"]
    # events: statuses or steps under a word no list knows are no app's events
    parcels = {"historia": [{"stan": "w_drodze", "ts": 1780000000},
                            {"stan": "doreczona", "ts": 1780000100},
                            {"stan": "odebrana_paczka", "ts": 1780000200}]}
    assert not any("behavior.usage" in c for c in strong_in(parcels).values())
    # biometric services: a vector named for another signal, a bare "bio" host's things
    r = random.Random(7)
    vec = [round(r.uniform(-1, 1), 5) for _ in range(128)]
    assert "ecg" not in _all({"ecg": vec}, "https://api.example/biometrics/enroll")
    assert "v" not in _all({"v": vec}, "https://bio.lovematch.example/v1/profiles/match")


def test_a_forum_post_and_a_draft_in_a_crash_breadcrumb() -> None:
    # QA173: a forum host's post under Breton words, and its draft logged by a crash SDK
    post = strong_in({"testenn": "Demat d'an holl, treuzkas embrion am bo d'ar 14 a viz Mezheven"},
                     "https://forum.hadenn.example/api/v1/postou")
    assert "content.text" in post["testenn"]
    crash = {"breadcrumbs": [{"msg": "skramm: forom/skrivan"},
                             {"msg": "draft: Aon am eus rak an treuzkas, n'em eus ket kousket"},
                             {"message": "chais_draft=Ng diak lsekum a kmal mesisiich a rengui"}]}
    found = strong_in(crash, "https://crash.kelenn.example/api/v1/report")
    assert "content.text" in found["breadcrumbs[1].msg"]
    assert "content.text" in found["breadcrumbs[2].message"]
    # ...not a status line about a draft, nor the app's own traffic
    quiet = strong_in({"breadcrumbs": [{"message": "Draft saved: 3 items in cart"},
                                       {"message": "draft: batch of 20 events uploaded"}]},
                      "https://crash.kelenn.example/api/v1/report")
    assert not any("content.text" in c for c in quiet.values())


def test_a_card_number_beside_its_expiry_split_in_fields_and_its_code() -> None:
    # QA177: "kaad_nomba" beside "eks_mont", "eks_yie" and "sivivi", all in Patois
    form = {"kaad_nomba": "4539578763621486", "eks_mont": "09", "eks_yie": "41", "sivivi": "417"}
    assert _all(form)["kaad_nomba"]["financial.payment"] == 0.8
    # ...not without the code, nor beside a count and a price
    assert _all({**form, "sivivi": "x"})["kaad_nomba"]["financial.payment"] == 0.55
    other = _all({"kaad_nomba": "4539578763621486", "qty": "09", "price": "2300"})
    assert other["kaad_nomba"]["financial.payment"] == 0.55


def test_a_frameworks_signed_session_cookie_under_any_name() -> None:
    sig = "Zk7w2Qp9Lm4Xv8Tr1Yb3Nc6Hj0Dg5SaKx9fQ2mZ7pL4"
    cookies = (("cookie", f"bub_sesh=s%3AkX9fQ2mZ7pL4vR8tW1yB3nC6hJ0dG5sA.{sig}; lang=en"),)
    found = strong_in({"a": 1}, headers=cookies)
    assert "secret.credential" in found["bub_sesh"]
    assert "secret.credential" not in found.get("lang", set())
    rails = (("cookie", "_app_s=QkFoN0JrazZEM05sYzNOcGIyNWZhV1E9--" + "ab12" * 10),)
    assert "secret.credential" in strong_in({"a": 1}, headers=rails)["_app_s"]
    # ...not a plain value, nor the shape outside a cookie
    assert "x" not in strong_in({"a": 1}, headers=(("cookie", "x=s%3Ahello.world"),))
    body = strong_in({"note": f"s:kX9fQ2mZ7pL4vR8tW1yB3nC6hJ0dG5sA.{sig}"})
    assert "secret.credential" not in body.get("note", set())


def test_a_czech_or_slovak_birth_number_with_its_slash() -> None:
    # QA178's "rodno_cislo": a woman's month plus 50, the ten digits divisible by 11
    assert "personal.national_id" in strong_in({"cislo": "845311/0303"})["cislo"]
    assert "cislo" not in strong_in({"cislo": "845311/0304"})  # (not divisible by 11)
    assert "cislo" not in strong_in({"cislo": "841399/0303"})  # (no month 13)


def test_a_sports_books_event_code_is_no_app_event() -> None:
    # QA177: "?event=EV7700" in an odds lookup is a match, not a usage event
    ex = Exchange(ts=0, method="GET", url="https://api.bigupbet.example/v3/odds?event=EV7700")
    assert not any(f.category == "behavior.usage" for f in classify_decoded(1, decode_exchange(ex)))
    assert "behavior.usage" in strong_in({"event": "screen_view"})["event"]


def test_a_sentence_in_the_apps_words_sent_to_a_chats_host() -> None:
    # QA174: complaints under Sango "tene" to chat.kangbi.example, 0.55 before
    msg = {"zo": "u_1", "tene": "Singila mingi na ala kue.", "ngbonga": 1700000000}
    assert _all(msg, "https://chat.kangbi.example/v1/kpale/tene")["tene"]["content.text"] == 0.7
    # ...elsewhere the same text is the app's as often: below a verdict, and short ones unread
    long = {"tene": "Mbi wara nginza ti nze so pepe. Agent ti site a tene mbi ga na lakue."}
    assert _all(long, "https://api.kangbi.example/v1/kpale/tene")["tene"]["content.text"] == 0.55
    assert "tene" not in _all(msg, "https://api.kangbi.example/v1/kpale/tene")


def test_no_diagnosis_code_in_the_evidence_a_report_shows_unmasked() -> None:
    # QA180: "names a diagnosis with its ICD-10 code (F43.1)" beside the masked value
    ex = Exchange(ts=0, method="POST", url="https://api.penagah.example/v2/referral",
                  request_headers=(("content-type", "application/json"),),
                  request_body=json.dumps({"x": "PTSD (F43.1)"}).encode())
    found = [f for f in classify_decoded(1, decode_exchange(ex)) if f.path == "x"]
    assert found and all("F43" not in f.evidence for f in found)


def test_the_screens_of_a_crash_reporters_navigation_breadcrumbs() -> None:
    # QA180: a legal-aid app's case screens in Sentry-style breadcrumbs, to a crash SDK abroad
    crumbs = {"breadcrumbs": {"values": [
        {"type": "navigation", "category": "navigation",
         "data": {"from": "/dosye", "to": "/dosye/case-7781"}},
        {"category": "app.lifecycle", "data": {"state": "background"}},
        {"type": "http", "category": "http",
         "data": {"url": "https://api.penagah.example/v2/dosye", "status_code": 200}}]}}
    found = strong_in(crumbs, "https://ingest.bexlog.example/api/41/store/")
    assert "behavior.usage" in found["breadcrumbs.values[0].data.from"]
    assert "behavior.usage" in found["breadcrumbs.values[0].data.to"]
    # ...not a lifecycle breadcrumb's state (the app's, no use of it)
    assert "behavior.usage" not in found.get("breadcrumbs.values[1].data.state", set())
    # ...not an HTTP breadcrumb's URL, nor "from"/"to" outside breadcrumbs (a transfer's)
    assert "behavior.usage" not in found.get("breadcrumbs.values[2].data.url", set())
    transfer = strong_in({"type": "navigation", "data": {"from": "acc_1", "to": "acc_2"}})
    assert not any("behavior.usage" in c for c in transfer.values())


def test_a_password_and_a_payment_token_by_their_shape() -> None:
    found = strong_in({"chiavi": "Tarocco&Moro2026", "metodi": "pm_1f75cb1f014d20ab1cda9eb7"})
    assert "secret.credential" in found["chiavi"]
    assert "financial.payment" in found["metodi"]
    # not a handle, base64, a URL, an English key's value or a PaymentIntent
    quiet = strong_in({"tagu": "JaneFlare#2291", "dati": "fT1xqQxoD39EkaY+s/1EJMNKYOI4JXO1",
                       "gpp": "DBABzw~1YNN~BVQqAAAAAg", "fl": "q5#<dL;*+va{w#>asfL5",
                       "lidhja": "https://x.example/r?p=Ab1!", "intent": "pi_577495e7ca8e5d8b",
                       "chiavi_b": "tarocco&moro"})
    assert not any({"secret.credential", "financial.payment"} & c for c in quiet.values())


def test_a_session_cookie_named_in_the_apps_words() -> None:
    cookies = (("cookie", "cz_sessioni=c3b5a32c0feb908e07a0781a28af078974a2c36d; "
                          "courses=0a1b2c3d4e5f60718293a4b5c6d7e8f9; theme=dark"),)
    found = strong_in({"a": 1}, headers=cookies)
    assert "secret.credential" in found["cz_sessioni"]
    assert "secret.credential" not in found.get("courses", set())


def test_the_low_german_union_words_and_a_session_cookie_ending_its_name() -> None:
    # QA181: union membership and a tax number under Plattdüütsch words, "havensess"
    found = strong_in({"egenschappen": {"gewerkschaftslidd": True},
                       "andraagsteller": {"stuernummer": "86095742719"}},
                      headers=(("cookie", "havensess=0a1b2c3d4e5f60718293a4b5c6d7e8f9"),))
    assert "personal.sensitive" in found["egenschappen.gewerkschaftslidd"]
    assert "personal.national_id" in found["andraagsteller.stuernummer"]
    assert "secret.credential" in found["havensess"]
