"""Jagran-booking app "Jagrata" (a Jammu troupe, the Maa Bhagwati Jagran Mandali, sings the
all-night jagran for the goddess at devotees' homes; she books it for the family's vow after
Kabir's recovery, on the first Saturday of Chaitra Navratri). Its API's keys are Dogri in Latin
letters as a Jammu developer writes them, ASCII-folded and mixed with English: ``naa`` name,
``upnaa`` surname, ``mobail`` mobile, ``gupt_shabad`` password, ``janam_tarik`` birth date,
``pata`` address, ``shehar`` town, ``pin`` post code, ``bhakt_nambar`` devotee number,
``kuldevi`` family goddess, ``gotar`` clan lineage, ``sukhna`` vow, ``tarik`` date, ``vela``
time, ``thaan`` place, ``akshansh``/``deshantar`` latitude/longitude, ``rakam`` amount,
``adaigi`` payment, ``bhet`` offering, ``mehmaan`` guests, ``ginti`` count, ``saman`` goods,
``sneha`` message, ``khoj`` search, ``tasveeran`` photos, ``raseed`` receipt, ``raay`` review,
``taare`` stars, ``ijazat`` permission, ``jyot`` the holy flame, ``farmaish`` song requests,
``lyane_aala`` the one who brings, ``bina_pyaaz_lehsun`` without onion and garlic, ``bhasha``
language, ``ghatnavaan`` events. Sign-up, a log-in, ``/mera``, troupes for the date, the troupe's
programme, the booking at her house (her point, the vow, the family goddess and lineage), the
advance by UPI, the flame brought by her husband, tent and sound (msgpack), the langar, the guest
list with an invitation, the loudspeaker permission (PDF, her Aadhaar), the receipt by booking
number in the path, a live stream for her sister, an offering, a bhajan search, song requests,
the start with her fix, photos, a review, points by cookie, push, events and a log-out."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
    DID,
    DIGITS,
    E164,
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
    SEARCH,
    SENS,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families297_kit import (
    AADHAAR,
    DEVOTEE,
    FATHER_IL,
    HOME,
    HOME_AT,
    HUSBAND,
    JAGRAN,
    MOTHER_IL,
    SISTER_US,
    TROUPE,
    UPI,
    fix,
    hd,
    obj,
    push,
)
from eval_families297_sdk import (
    bt_bid,
    bt_notice,
    ct_crash,
    ct_crumb,
    mk_batch,
    mk_identify,
    tr_event,
    tr_launch,
)
from eval_families297_svc import cr_card, cr_confirm, hc_message, pg_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("jagrata", "Jagrata", "com.example.jagrata", "3.4.1", "https://api.jagrata.example.com")
IID = "X-Jagrata-Device"
PW = "JaiMata!Dhi27B"
DOB_DOI = "17-05-1991"
NID = "personal.national_id"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(36))
KULDEVI, GOTAR = "Sukrala Mata", "Bharadwaj"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, doi=True, **kw)


def jagrata() -> list[Case]:
    rng = random.Random(29711)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), bhakt=L(DEVOTEE, UID)))}
    hla, hlo = fix(HOME_AT, 5)
    receipt = at_path(case(f, f"{a}/api/v1/jagran/{JAGRAN}/raseed", headers=_h(rng, **b)),
                      JAGRAN, BUY)
    return [
        case(f, f"{a}/api/v1/khata/khol", headers=_h(rng), body={
            "naa": L(FIRST, NAMEC), "upnaa": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "mobail": L(E164, TEL), "gupt_shabad": L(PW, CRED), "janam_tarik": L(DOB_DOI,
                                                                              "personal.birthdate"),
            "pata": L(HOME["line"], ADDR), "shehar": L(HOME["town"], COARSE),
            "pin": L(HOME["pin"], COARSE), "bhakt_nambar": L(DEVOTEE, UID), "bhasha": "doi"}),
        case(f, f"{a}/api/v1/login", fmt="form", headers=_h(rng), body={
            "desh_code": "+1", "mobail": L(DIGITS, TEL), "gupt_shabad": L(PW, CRED),
            "yaad_rakho": "1"}),
        case(f, f"{a}/api/v1/mera", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/mandliyan", headers=_h(rng, **b), query={
            "shehar": L("Jammu", COARSE), "tarik": "2026-03-21", "bhasha": "dogri",
            "budget_tak": "35000"}),
        case(f, f"{a}/api/v1/mandli/{TROUPE['id']}/parogram", headers=_h(rng, **b),
             query={"tarik": "2026-03-21"}),
        case(f, f"{a}/api/v1/jagran", headers=_h(rng, **b), body={
            "mandli": TROUPE["id"], "tarik": "2026-03-21", "vela": "21:00", "ghante": 8,
            "jagran": L(JAGRAN, BUY), "rakam": L(31000, BUY), "bhakt_nambar": L(DEVOTEE, UID),
            "thaan": {"pata": L(HOME["line"], ADDR),
                      "akshansh": L(HOME_AT[0], PRECISE), "deshantar": L(HOME_AT[1], PRECISE)},
            "kuldevi": L(KULDEVI, SENS), "gotar": L(GOTAR, SENS),
            "sukhna": L("Kabir de theek hone di sukhna, Mata Rani da shukrana", f"{TEXT}|{SENS}")}),
        case(f, f"{a}/api/v1/adaigi", fmt="form", headers=_h(rng, **b), body={
            "jagran": L(JAGRAN, BUY), "rakam": L("11000.00", BUY), "kism": "advance",
            "tarika": "upi", "upi_id": L(UPI, PAY), "utr": "602114887310"}),
        case(f, f"{a}/api/v1/jyot", headers=_h(rng, **b), body={
            "jagran": L(JAGRAN, BUY), "mandir": L("Bawe Wali Mata, Bahu Fort", SENS),
            "tarik": "2026-03-21", "vela": "17:30",
            "lyane_aala": {"naa": L(HUSBAND[0], NAMEC), "mobail": L(HUSBAND[1], TEL)}}),
        case(f, f"{a}/api/v1/tent-sound", fmt="msgpack", headers=_h(rng, **b), body={
            "jagran": L(JAGRAN, BUY),
            "saman": [{"cheez": "shamiana 40x60", "ginti": 1, "rakam": 6500},
                      {"cheez": "sound 2 speaker", "ginti": 1, "rakam": 2500},
                      {"cheez": "darbar sajawat", "ginti": 1, "rakam": 800}],
            "kul_rakam": L(9800, BUY)}),
        case(f, f"{a}/api/v1/langar", headers=_h(rng, **b), body={
            "jagran": L(JAGRAN, BUY), "mehmaan_ginti": 150,
            "khana": ["halwa", "kale chane", "puri", "kadhi"],
            "bina_pyaaz_lehsun": L(True, SENS), "rakam": L(18500, BUY)}),
        case(f, f"{a}/api/v1/mehmaan", headers=_h(rng, **b), body={
            "jagran": L(JAGRAN, BUY),
            "mehmaan": [{"naa": L(FATHER_IL[0], NAMEC), "mobail": L(FATHER_IL[1], TEL)},
                        {"naa": L(MOTHER_IL[0], NAMEC), "mobail": L(MOTHER_IL[1], TEL)},
                        {"naa": L(SISTER_US[0], NAMEC), "email": L(SISTER_US[2], MAIL)}],
            "sneha": L("Jai Mata Di! Mata da jagran 21 March, raat 9 baje, House 27-B, Lane 4, "
                       "Gandhi Nagar. Zaroor aana!", f"{TEXT}|{SENS}|{ADDR}")}),
        multipart(f, f"{a}/api/v1/ijazat", [
            ("arzi", "loudspeaker_arzi.pdf", "application/pdf", L(PDF, MEDIA)),
            ("meta", None, "application/json", {
                "naa": L(f"{FIRST} {LAST}", NAMEC), "pata": L(HOME["line"], ADDR),
                "aadhaar": L(AADHAAR, NID), "thana": "Gandhi Nagar",
                "vela": "21:00-05:00", "karan": L("Mata da jagran", SENS)})],
            headers=_h(rng, **b)),
        receipt,
        case(f, f"{a}/api/v1/live", headers=_h(rng, **b), body={
            "jagran": L(JAGRAN, BUY), "dekhne_aale": [L(SISTER_US[2], MAIL)],
            "stream_key": L(opaque(rng, "sk_", 32), CRED), "nijji": True}),
        case(f, f"{a}/api/v1/bhet", fmt="form", headers=_h(rng, **b), body={
            "rakam": L("2100", BUY), "fund": L("Mata di chunni te chhatar", SENS),
            "tarika": L(opaque(rng, "pm_", 24), PAY), "gupt_daan": "false"}),
        case(f, f"{a}/api/v1/bhajan/khoj", headers=_h(rng, **b), query={
            "khoj": L("Sukrala Mata dogri bhet", f"{SEARCH}|{SENS}"), "panna": "1"}),
        case(f, f"{a}/api/v1/farmaish", headers=_h(rng, **b), body={
            "jagran": L(JAGRAN, BUY), "gaane": ["bh_0112", "bh_0487", "bh_0031"],
            "sneha": L("Meri sass aaste ik Dogri bhet zaroor gaana, Sukrala Mata di",
                       f"{TEXT}|{SENS}")}),
        case(f, f"{a}/api/v1/jagran/shuru", headers=_h(rng, **b), body={
            "jagran": L(JAGRAN, BUY), "thaan": {"akshansh": hla, "deshantar": hlo, "sateek": 9},
            "check_id": obj(rng, "st")}),
        multipart(f, f"{a}/api/v1/tasveeran", [
            ("tasveer", "darbar.jpg", "image/jpeg", L(JPEG + b"\x29", MEDIA)),
            ("meta", None, "application/json", {
                "jagran": L(JAGRAN, BUY),
                "caption": L("Mata da darbar saade ghar, Jai Mata Di", f"{TEXT}|{SENS}")})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/raay", fmt="form", headers=_h(rng, **b), body={
            "mandli": TROUPE["id"], "taare": "5",
            "raay": L("Bhetan bahut sohniyan, sare mehmaan khush hoe. Shukriya!", TEXT)}),
        case(f, f"{a}/api/v1/ank", headers=_h(rng, how="none"), cookies={
            "jg_sesh": L(opaque(rng, "", 40), CRED), "jg_device": L(INSTALL_ID, DID),
            "jg_req": rid(rng)}),
        case(f, f"{a}/api/v1/device", headers=_h(rng, **b), body=push(push_token(rng), "doi_IN")),
        case(f, f"{a}/api/v1/ghatnavaan", gz=True, headers=_h(rng, **b), body={
            "user": L(USER_ID, UID), "ghatnavaan": [
                ev("jagran_booked", 1, mandli=TROUPE["id"]), ev("adaigi", 2, rakam=L(11000, BUY)),
                ev("screen", 3, screen=L("MeraJagran", USAGE))]}),
        case(f, f"{a}/api/v1/logout", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
    ]


def jagrata_sdks() -> list[Case]:
    rng = random.Random(29712)
    return [
        mk_batch(APP, rng, [("Jagran Booked", {"total": L(31000, BUY)}),
                            ("Advance Paid", {"amount": L(11000, BUY)})],
                 at=HOME_AT, nd=2, locale="doi_IN"),
        mk_identify(APP, rng, {"kuldevi": L(KULDEVI, SENS), "shehar": L("Jammu", COARSE),
                               "bhakt_nambar": L(DEVOTEE, UID)}),
        tr_launch(APP, rng, first=True),
        tr_event(APP, rng, "purchase", {"jagran": L(JAGRAN, BUY)}, revenue=31000.0,
                 currency="INR", hashed=True),
        bt_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="devotional,navratri,jammu"),
        bt_notice(APP, rng, "win"),
        ct_crash(APP, rng, ("java.lang.IllegalStateException", "upi intent returned null"),
                 [ct_crumb("nav", "MeraJagran -> Adaigi"),
                  ct_crumb("net", "POST", {"url": f"{APP.api}/api/v1/adaigi", "status": 502})],
                 screen="AdaigiActivity"),
        pg_register(APP, rng, lang="doi", at=HOME_AT, nd=2,
                    tags={"navratri": L(True, SENS), "shehar": L("Jammu", COARSE)}),
        cr_card(APP, rng),
        cr_confirm(APP, rng, "2100.00"),
        hc_message(APP, rng, L(f"Advance for jagran {JAGRAN} was debited twice",
                               f"{TEXT}|{BUY}"), {"bhakt_nambar": L(DEVOTEE, UID)}),
    ]
