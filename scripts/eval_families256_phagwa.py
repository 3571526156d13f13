"""A Nieuw Nickerie mandir's Phagwa chautal-group app "Faguagrupu" (her husband's family's
Sanatan mandir; she plays the manjira in its chautal singing group, which rehearses for the
Phagwa (Holi) competition; her religion). Its API's keys are Sranan Tongo, ASCII-folded as a
local developer writes them, with the English words APIs keep (``email``, ``token``, ``id``) and
the temple's Hindi loans (``mandir``, ``puja``, ``pandit``, ``chautal``, ``abir``): ``fosi_nen`` /
``famiri_nen`` first name / surname, ``telefon_nomru`` phone, ``kibriwortu`` password (lit.
"hidden word"), ``gebore_dei`` birth date, ``foto`` town, ``distrikt`` district, ``bribi`` faith,
``masra`` husband, ``pikin`` child, ``lidnomru`` member number, ``grupu`` group, ``singi`` song,
``oefen`` rehearsal, ``doro`` arrival (check-in), ``presi`` place, ``suku`` search, ``boskopu``
message, ``moni`` amount, ``paiman`` payment, ``bestel`` order, ``krosi`` clothes, ``langa``
height, ``sidon_presi`` seat, ``kwitansi`` receipt, ``den_sani`` events, ``masyin`` device,
``tongo`` language. Calls: sign-up, log-in, ``/mi``, the rehearsal schedule, a rehearsal
check-in at the mandir (4 decimals), a song search, her practice recording, the competition
entry (the group's singers), the Holika dahan donation, an abir order (msgpack), the kurta
sizes, bus seats to the Paramaribo celebration, a message to the pandit, a puja for the
daughter's birthday, the dues by member number in the path, a receipt by cookie GET, push,
events and a log-out. Phagwa and chautal groups are new (a docstring grep for "phagwa",
"chautal", "holika" and "mandir" matched nothing; sets 87 and 149 have a Hindu festival's
volunteers and a temple's puja bookings: here a singing group's rehearsals and contest)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    M4A,
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
from eval_families18_kit import FIT
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families256_kit import (
    BROTHER_IL,
    DAUGHTER,
    HUSBAND,
    MANDIR,
    MANDIR_FIX,
    MEMBER,
    MOTHER_IL,
    NICK_HOME_AT,
    SISTER_US,
    TZ,
    fix,
    hd,
    obj,
)
from eval_families256_sdk import (
    ck_crash,
    ck_crumb,
    tk_event,
    tk_launch,
    tt_batch,
    tt_identify,
    tt_pixel,
)
from eval_families256_svc import cb_save, cp_card, cp_confirm, hm_message, mk_route, ps_register
from eval_payloads import EMAIL, INSTALL_ID, Case, J, L, case

APP = App("faguagrupu", "Faguagrupu", "com.example.faguagrupu", "1.8.2",
          "https://api.faguagrupu.example.org")
IID = "X-Fagua-Masyin"
PW = "Holi!Nickerie26"
DOB_NL = "17-05-1991"
REL = SENS  # religion
KID = f"{DAUGHTER['first']} {DAUGHTER['last']}"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def faguagrupu() -> list[Case]:
    rng = random.Random(25611)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), lidnomru=L(MEMBER, UID),
                                    mandir=L(MANDIR["name"], REL)))}
    mla, mlo = fix(MANDIR_FIX, 4)
    dues = at_path(case(f, f"{a}/api/v1/memre/{MEMBER}/bijdrage", headers=_h(rng, **b),
                        query={"yari": "2026"}), MEMBER, UID)
    return [
        case(f, f"{a}/api/v1/skrifi_yu", headers=_h(rng), body={
            "fosi_nen": L(FIRST, NAMEC), "famiri_nen": L(LAST, NAMEC),
            "email": L(EMAIL_MIXED, MAIL), "telefon_nomru": L(E164, TEL),
            "kibriwortu": L(PW, CRED), "gebore_dei": L(DOB_NL, BIRTH),
            "foto": L("Paramaribo", COARSE), "distrikt": L("Paramaribo", COARSE),
            "bribi": L("Sanatan Dharm", REL), "mandir": L(MANDIR["id"], REL),
            "grupu": L("chautal-oost", REL), "instrumenti": "manjira",
            "masra": {"nen": L(HUSBAND[0], NAMEC), "telefon_nomru": L(HUSBAND[1], TEL)},
            "lidnomru": L(MEMBER, UID)}),
        case(f, f"{a}/api/v1/kon_na_ini", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL, MAIL), "kibriwortu": L(PW, CRED), "masyin": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/v1/mi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/oefen", headers=_h(rng, **b), query={
            "grupu": L("chautal-oost", REL), "mun": "2026-02"}),
        case(f, f"{a}/api/v1/oefen/doro", headers=_h(rng, **b), body={
            "oefen": obj(rng, "oe"), "lidnomru": L(MEMBER, UID),
            "presi": {"lat": mla, "lng": mlo},
            "mandir": {"id": MANDIR["id"], "lat": MANDIR["lat"], "lng": MANDIR["lon"]}}),
        case(f, f"{a}/api/v1/singi/suku", headers=_h(rng, **b), query={
            "suku": L("chautal Holi khele Raghubira", f"{SEARCH}|{REL}"), "bladzijde": "1"}),
        multipart(f, f"{a}/api/v1/singi/opname", [
            ("opname", "manjira_oefen.m4a", "audio/mp4", L(M4A + b"\x12", MEDIA)),
            ("meta", None, "application/json", {
                "lidnomru": L(MEMBER, UID), "singi": "sg_raghubira",
                "boskopu": L("Mi tek a manjira baka a tweede couplet, yu kan arki?", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/strijd/inschrijving", headers=_h(rng, **b), body={
            "grupu": L("chautal-oost", REL), "strijd": "phagwa-2026-nickerie",
            "singiman": [L(f"{FIRST} {LAST}", NAMEC), L(HUSBAND[0], NAMEC),
                         L(BROTHER_IL[0], NAMEC)],
            "fesa": L("Phagwa", REL), "kontakt": L(E164, TEL)}),
        case(f, f"{a}/api/v1/paiman", fmt="form", headers=_h(rng, **b), body={
            "fonds": L("holika-dahan", REL), "moni": L("250.00", BUY), "valuta": "SRD",
            "metodi": L(opaque(rng, "pm_", 24), PAY), "lidnomru": L(MEMBER, UID)}),
        case(f, f"{a}/api/v1/abir/bestel", fmt="msgpack", headers=_h(rng, **b), body={
            "lidnomru": L(MEMBER, UID),
            "sani": [{"kleur": "rood", "kilo": 2, "preis": 90},
                     {"kleur": "geel", "kilo": 1, "preis": 45}],
            "ala_moni": L(135, BUY), "tyari": "mandir"}),
        case(f, f"{a}/api/v1/krosi/maten", headers=_h(rng, **b), body={
            "lidnomru": L(MEMBER, UID), "krosi": "kurta-wit",
            "langa_cm": L(168, FIT), "borst_cm": L(92, FIT), "maat": L("M", FIT)}),
        case(f, f"{a}/api/v1/bus/sidon_presi", headers=_h(rng, **b), body={
            "reis": "rs_nick_pbo_0314", "sidon_presi": 3,
            "pasensiri": [L(f"{FIRST} {LAST}", NAMEC), L(HUSBAND[0], NAMEC), L(KID, NAMEC)],
            "moni": L(360, BUY), "opstap": "Mandir Oost"}),
        case(f, f"{a}/api/v1/boskopu", headers=_h(rng, **b), body={
            "gi": "pandit_oost",
            "boskopu": L("Panditji, mi skoonmama Kamla Sewdihal wani du a havan fu Asha "
                         "friyari, a dei 3 juni kan?", f"{TEXT}|{REL}|{NAMEC}|{BIRTH}")}),
        case(f, f"{a}/api/v1/puja/reserveri", headers=_h(rng, **b), body={
            "puja": L("janamdin havan", REL), "dei": "2026-06-03",
            "pikin": {"nen": L(KID, NAMEC), "gebore_dei": L(DAUGHTER["dob"], BIRTH)},
            "dakshina": L(300, BUY), "kontakt": {"nen": L(MOTHER_IL[0], NAMEC),
                                                "telefon": L(MOTHER_IL[1], TEL)}}),
        lines(f, f"{a}/api/v1/oefen/wachtrij", [
            {"oefen": obj(rng, "oe"), "lidnomru": L(MEMBER, UID),
             "lat": L(round(MANDIR_FIX[0], 4), PRECISE), "lng": L(round(MANDIR_FIX[1], 4), PRECISE),
             "t": 1770400800},
            {"oefen": obj(rng, "oe"), "lidnomru": L(MEMBER, UID),
             "lat": L(round(MANDIR_FIX[0] + 0.0001, 4), PRECISE),
             "lng": L(round(MANDIR_FIX[1], 4), PRECISE), "t": 1771005600}],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/bhandara/kon", headers=_h(rng, **b), body={
            "fesa": L("Phagwa bhandara", REL), "lidnomru": L(MEMBER, UID),
            "gasi": [{"nen": L(HUSBAND[0], NAMEC)},
                     {"nen": L(KID, NAMEC), "yari": L(8, BIRTH)},
                     {"nen": L(SISTER_US[0], NAMEC), "telefon": L(SISTER_US[1], TEL)}],
            "njanjan": "vegetarisch"}),
        dues,
        case(f, f"{a}/api/v1/kwitansi/laatste", headers=_h(rng, how="none"), cookies={
            "fg_sesi": L(opaque(rng, "", 40), CRED), "fg_masyin": L(INSTALL_ID, DID),
            "fg_req": rid(rng)}),
        case(f, f"{a}/api/v1/masyin", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "masyin_id": L(INSTALL_ID, DID),
            "tongo": L("nl", DEV), "ten_zone": L(TZ, DEV), "model": L("Pixel 8", DEV)}),
        case(f, f"{a}/api/v1/den_sani", gz=True, headers=_h(rng, **b), body={
            "lidnomru": L(MEMBER, UID), "den_sani": [
                ev("oefen_doro", 1), ev("skrin", 2, skrin=L("Singi", USAGE)),
                ev("paiman", 3, fonds=L("holika-dahan", REL))]}),
        case(f, f"{a}/api/v1/komoto", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "masyin": L(INSTALL_ID, DID)}),
    ]


def faguagrupu_sdks() -> list[Case]:
    rng = random.Random(25612)
    return [
        tt_batch(APP, rng, [("Rehearsal Checked In", {"group": L("chautal-oost", REL)}),
                            ("Donation", {"amount": L(250, BUY)})], at=MANDIR_FIX, nd=2),
        tt_identify(APP, rng, {"mandir": L(MANDIR["name"], REL), "lidnomru": L(MEMBER, UID),
                               "distrikt": L("Nickerie", COARSE)}),
        tt_pixel(APP, rng, "Song Opened", {"song": "sg_raghubira"}),
        tk_launch(APP, rng, first=True),
        tk_event(APP, rng, "donation", {"fund": L("holika-dahan", REL)}, revenue=250.0),
        ck_crash(APP, rng, ("java.lang.IllegalStateException", "recorder released"),
                 [ck_crumb("nav", "Singi -> Opname"), ck_crumb("tap", "record_button")],
                 screen="OpnameActivity"),
        ps_register(APP, rng, lang="nl", at=NICK_HOME_AT, nd=2,
                    tags={"grupu": L("chautal-oost", REL), "instrument": "manjira"}),
        cb_save(APP, rng, {"analytics": True, "marketing": False}),
        cp_card(APP, rng, email=True),
        cp_confirm(APP, rng, "250.00"),
        mk_route(APP, rng, [(NICK_HOME_AT, PRECISE), ((MANDIR["lat"], MANDIR["lon"]), None)],
                 mode="walking"),
        hm_message(APP, rng, L("Mi paiman fu Holika dahan no kon na ini a app",
                               f"{TEXT}|{REL}"), {"lidnomru": L(MEMBER, UID)}),
    ]
