"""Women's argan cooperative app "Tadukli Argan" (tadukli, "partnership": the cooperative of the
douar of Tighanimin near Freija, where her mother-in-law cracks argan and she joined as a
member). Its API's keys are Tachelhit in Latin letters as the cooperative's developer writes
them, with Arabic/French loans: ``ism`` first name, ``nnsb`` family name, ``tilifun`` phone,
``awal_n_uzray`` password, ``tarikh_n_tlalit`` birth date, ``lakart`` identity card,
``tamazirt`` village, ``tamnadt`` region, ``amdakkwl`` member (lit. "companion"), ``tadggwalt``
mother-in-law, ``afiyach`` argan nuts, ``tiznin`` kernels, ``kilu`` kilos, ``lxlsa`` pay,
``lhisas`` shares, ``amrwas`` advance (lit. "debt"), ``iqariden`` amount, ``ssumt`` price,
``lkont`` account, ``tighri`` reading class, ``tiwizi`` shared work day, ``tswira`` photo,
``lmsaj`` message, ``tawqi3`` signature, ``lkud`` code, ``nkki`` me, ``aruku`` device,
``tigawin`` events. Calls: joining, an SMS code, ``/nkki``, the day's kernels with her fix, an
offline sync (JSON Lines), the pay statement, the payout account (her RIB), shares bought, an
advance requested, the social-security (AMO) sign-up with her son as beneficiary, the reading
class, a jar photo, oil at the member price (msgpack), the members' chat, the douar pick-up, the
member card by number in the path, a vote, a cookie GET of the share certificate, push and
events. New: "argan" matched no docstring; "cooperative" matched many (coffee, cocoa, fishing,
dairy and craft cooperatives); this one's cracking-room pay, shares and AMO are its own."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DID,
    E164,
    GENDER,
    JPEG,
    MEDIA,
    NAMEC,
    PAY,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families254_kit import (
    CNSS,
    COOP,
    COOP_FIX,
    HOME_AT,
    MA_RIB,
    MEMBER,
    MOTHER_IL,
    RESIDENCE,
    SON,
    aruku,
    fix,
    hd,
)
from eval_families254_sdk import bw_bid, ck_crash, ck_crumb, mg_batch, mg_queue, ta_launch
from eval_families254_svc import ca_check, fl_eval, ht_message, mb_geocode, pg_register, pq_wallet
from eval_payloads import INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("tadukli", "Tadukli Argan", "com.example.tadukli", "1.9.0",
          "https://api.tadukli.example.org")
IID = "X-Tadukli-Aruku"
PW = "Argan#Tighanimin7"
NID = "personal.national_id"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def tadukli() -> list[Case]:
    rng = random.Random(25411)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, amdakkwl=L(MEMBER, UID), tilifun=L(E164, TEL),
                                    coop=COOP["id"]))}
    cla, clo = fix(COOP_FIX, 5)
    card = at_path(case(f, f"{a}/api/imdukkal/{MEMBER}/lkarta", headers=_h(rng, **b)),
                   MEMBER, UID)
    return [
        case(f, f"{a}/api/tirra", headers=_h(rng), body={
            "ism": L(FIRST, NAMEC), "nnsb": L(LAST, NAMEC), "tilifun": L(E164, TEL),
            "awal_n_uzray": L(PW, CRED), "tarikh_n_tlalit": L(DOB, BIRTH),
            "lakart": L(RESIDENCE, NID), "tamazirt": L("Tighanimin", COARSE),
            "tamnadt": L("Souss-Massa", COARSE), "amdakkwl": L(MEMBER, UID),
            "tadggwalt": {"ism": L(MOTHER_IL[0], NAMEC), "tilifun": L(MOTHER_IL[1], TEL)},
            "coop": COOP["id"]}),
        case(f, f"{a}/api/kchm/sms", fmt="form", headers=_h(rng), body={
            "tilifun": L(E164, TEL), "lkud": L("519027", CRED)}),
        case(f, f"{a}/api/nkki", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/tiznin/ass", headers=_h(rng, **b), body={
            "amdakkwl": L(MEMBER, UID), "ass": "2026-01-21", "afiyach_kilu": 14.5,
            "tiznin_kilu": 2.1, "tabla": "t03", "adgar": {"lat": cla, "lng": clo},
            "adgar_n_coop": {"lat": COOP["lat"], "lng": COOP["lon"]}}),
        lines(f, f"{a}/api/sync", [
            {"op": "tiznin", "ass": "2026-01-19", "kilu": 1.8, "amdakkwl": L(MEMBER, UID)},
            {"op": "tiznin", "ass": "2026-01-20", "kilu": 2.3, "amdakkwl": L(MEMBER, UID)},
            {"op": "tiwizi", "ass": "2026-01-20", "tasa3t": 3, "amdakkwl": L(MEMBER, UID)}],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/lxlsa", headers=_h(rng, **b), query={
            "amdakkwl": L(MEMBER, UID), "ayyur": "2026-01"}),
        case(f, f"{a}/api/lkont", headers=_h(rng, **b), body={
            "mul_n_lkont": L(f"{FIRST} {LAST}", NAMEC), "rib": L(MA_RIB, PAY),
            "lbank": "Banque Exemple du Souss", "amdakkwl": L(MEMBER, UID)}),
        case(f, f"{a}/api/lhisas", fmt="form", headers=_h(rng, **b), body={
            "amdakkwl": L(MEMBER, UID), "ddrt": "2", "iqariden": L("1000.00", BUY),
            "tarrayt": L(opaque(rng, "tok_", 24), PAY)}),
        case(f, f"{a}/api/amrwas", headers=_h(rng, **b), body={
            "amdakkwl": L(MEMBER, UID), "iqariden": 1500, "ayyurn": 5,
            "ssbab": L("I lktub n iwi d lmdrasa, rad t id rrigh s lxlsa", TEXT)}),
        case(f, f"{a}/api/amo/tirra", gz=True, headers=_h(rng, **b), body={
            "amdakkwl": L(MEMBER, UID), "cnss": L(CNSS, NID), "lakart": L(RESIDENCE, NID),
            "imsnfa3n": [{"ism": L(f"{SON['first']} {SON['last']}", NAMEC),
                          "tarikh_n_tlalit": L(SON["dob"], BIRTH),
                          "anaw": L(SON["sex"], GENDER), "tazdart": "iwi"}]}),
        case(f, f"{a}/api/tighri", headers=_h(rng, **b), body={
            "amdakkwl": L(MEMBER, UID), "tasna": "tifinagh_1", "ass": "tlata",
            "tasa3t": "16:00"}),
        multipart(f, f"{a}/api/tiswirin", [
            ("tswira", "tasgrut_argan.jpg", "image/jpeg", L(JPEG + b"\x91", MEDIA)),
            ("meta", None, "application/json", {"product": "zit_argan_250", "ssumt": 120,
                                                "amdakkwl": L(MEMBER, UID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/ttlb", fmt="msgpack", headers=_h(rng, **b), body={
            "amdakkwl": L(MEMBER, UID),
            "ttlb": [{"product": "zit_argan_250", "ddrt": 4, "ssumt": 90},
                     {"product": "amlou_500", "ddrt": 2, "ssumt": 70}],
            "iqariden": L(500, BUY), "ttlb_id": L("TT-26-0193", BUY)}),
        case(f, f"{a}/api/lmsaj", headers=_h(rng, **b), body={
            "agraw": "imdukkal_tighanimin",
            "lmsaj": L("Tiwizi n tlata, rad awigh Fadma s tumubil, nkkin d tadggwalt inu",
                       TEXT)}),
        case(f, f"{a}/api/asiwd", fmt="form", headers=_h(rng, **b), body={
            "tamazirt": L("Tighanimin", COARSE), "ass": "2026-01-27", "tasa3t": "07:30",
            "afiyach_shwal": "6", "tilifun": L(E164, TEL)}),
        card,
        case(f, f"{a}/api/amuggar/vote", headers=_h(rng, **b), body={
            "amdakkwl": L(MEMBER, UID), "asqsi": "q_2026_01_machine", "tiwwuri": "yah"}),
        case(f, f"{a}/api/lhisas/certificate", headers=_h(rng, how="none"), cookies={
            "tdk_sess": L(opaque(rng, "", 40), CRED), "tdk_aruku": L(INSTALL_ID, DID),
            "tdk_prefs": W({"amdakkwl": L(MEMBER, UID), "tutlayt": "shi"}, "b64json")}),
        case(f, f"{a}/api/asiggl", headers=_h(rng, **b), query={
            "q": L("ssumt n tiznin ghassad", SEARCH)}),
        case(f, f"{a}/api/lxlsa/pdf", headers=_h(rng, how="none"), query={
            "ayyur": "2026-01"}, cookies={"tdk_sess": L(opaque(rng, "", 40), CRED),
                                          "tdk_amdakkwl": L(MEMBER, UID)}),
        case(f, f"{a}/api/aruku", headers=_h(rng, **b), body=aruku(push_token(rng))),
        case(f, f"{a}/api/tigawin", headers=_h(rng, **b), body={
            "amsqdac": L(USER_ID, UID), "session": rid(rng), "tigawin": [
                ev("tiznin_logged", 1), ev("agdil", 2, agdil=L("Lxlsa", USAGE))]}),
    ]


def tadukli_sdks() -> list[Case]:
    rng = random.Random(25412)
    return [
        mg_batch(APP, rng, [("Kernels Logged", {"kilo": 2.1}),
                            ("Shares Bought", {"amount": L(1000, BUY)})], at=COOP_FIX, nd=2),
        mg_queue(APP, rng, [("Kernels Logged", {"kilo": 1.8}), ("Offline Sync", {"n": 3})]),
        ta_launch(APP, rng, first=True, user=True),
        bw_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="argan,cooperative,souss"),
        ck_crash(APP, rng, ("java.net.UnknownHostException", "api.tadukli.example.org"),
                 [ck_crumb("nav", "Tiznin -> Sync"), ck_crumb("log", "offline queue 3")],
                 screen="SyncActivity"),
        fl_eval(APP, rng, {"coop": COOP["id"], "tamnadt": L("Souss-Massa", COARSE)}),
        pg_register(APP, rng, lang="fr", tags={"coop": COOP["id"], "agraw": "imdukkal"}),
        pq_wallet(APP, rng, "1240", L(E164, TEL)),
        mb_geocode(APP, rng, "Freija souk", SEARCH, near=HOME_AT, nd=2),
        ht_message(APP, rng, L(f"Lxlsa n dujanbir ur tlkim lkont inu, amdakkwl {MEMBER}",
                               f"{TEXT}|{UID}"), {"amdakkwl": L(MEMBER, UID)}),
        ca_check(APP, rng, {"analytics": True, "ads": False}),
    ]
