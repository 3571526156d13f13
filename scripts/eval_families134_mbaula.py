"""Lilongwe improved-cookstove carbon programme app "Mbaula Yathu" (its API's keys are Chichewa
(Chinyanja): ``dzina`` name, ``dzina_la_banja`` family name, ``nambala_ya_foni`` phone number,
``imelo`` e-mail, ``mawu_achinsinsi`` password, ``tsiku_lobadwa`` birth date, ``adilesi``
address, ``dera`` area, ``mzinda`` city, ``chiphaso`` identity document number, ``mwamuna``
husband, ``ana`` children, ``zaka`` age in years, ``nambala_ya_banja`` household number,
``malo`` place, ``uthenga`` message, ``ndalama`` amount of money, ``khodi`` code, ``chilankhulo``
language, ``nthawi`` time zone, ``chithunzi`` photo, ``kufufuza`` search): the household signs
up, logs in with a password and an SMS code, ``/ine`` (me) with a JWT, registers its stove at
the kitchen, a photo of the stove in use, the stove-use monitor's sync (protobuf), the fuel
survey (the son's name and age, a cough in the house), the payouts by household number in the
query, a payout to mobile money, an offline queue (msgpack), dealers near her, a broken stove
report, a training session, the certificate by household number in the path, a neighbour
referred, the news by a cookie GET, a verification visit, a card link (base64 JSON in a form
field), a search, push, events and a log-out."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    EMAIL_UPPER,
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families134_kit import (
    FRIEND,
    HOME,
    HOME_AT,
    HUSBAND,
    KITCHEN_AT,
    MOMO,
    RESIDENCE_PERMIT,
    SON,
    STOVE,
    STOVE_DEPOT,
    STOVE_HH,
    TZ,
    fix,
    hd,
)
from eval_families134_sdk import (
    ac_event,
    ac_launch,
    bn_bid,
    bn_notice,
    ck_crash,
    ck_crumb,
    sm_batch,
    sm_identify,
)
from eval_families134_svc import cm_wallet, mk_reverse, pn_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("mbaula", "Mbaula Yathu", "com.example.mbaulayathu", "2.4.0",
          "https://api.mbaulayathu.example.org")
IID = "X-Mbaula-Chipangizo"
PW = "Chitetezo!Area47"
DOB_NY = "17/05/1991"
NATID = "personal.national_id"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, ny=True, **kw)


def mbaula() -> list[Case]:
    rng = random.Random(13401)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imelo=L(EMAIL, MAIL), banja=L(STOVE_HH, UID)))}
    kla, klo = fix(KITCHEN_AT, 6)
    lab: dict[str, str] = {}
    sync = pb([(1, L(STOVE_HH, UID)), (2, STOVE["sensor"]), (3, 1765324800),
               (4, [(1, 14), (2, 612), (3, 71.5)]),
               (5, [(1, L(round(KITCHEN_AT[0], 5), PRECISE)),
                    (2, L(round(KITCHEN_AT[1], 5), PRECISE))]),
               (6, [(1, STOVE["ble"]), (2, STOVE["fw"]), (3, L(62, DEV))])], "", lab)
    cert = at_path(case(f, f"{a}/api/v1/satifiketi/{STOVE_HH}", headers=_h(rng, **b),
                        query={"mtundu": "pdf"}), STOVE_HH, UID)
    return [
        case(f, f"{a}/api/v1/lembetsa", headers=_h(rng), body={
            "dzina": L(FIRST, NAMEC), "dzina_la_banja": L(LAST, NAMEC), "imelo": L(EMAIL, MAIL),
            "nambala_ya_foni": L(E164, TEL), "mawu_achinsinsi": L(PW, CRED),
            "tsiku_lobadwa": L(DOB_NY, BIRTH), "mkazi_kapena_mwamuna": L("mkazi", GENDER),
            "adilesi": L(HOME["line"], ADDR), "dera": L(HOME["area"], COARSE),
            "mzinda": L(HOME["city"], COARSE), "chiphaso": L(RESIDENCE_PERMIT, NATID),
            "mwamuna": {"dzina": L(HUSBAND[0], NAMEC), "nambala_ya_foni": L(HUSBAND[1], TEL)},
            "nambala_ya_banja": L(STOVE_HH, UID), "anthu_apakhomo": 3, "vomereza": True}),
        case(f, f"{a}/api/v1/lowa", fmt="form", headers=_h(rng), body={
            "imelo": L(EMAIL_UPPER, MAIL), "mawu_achinsinsi": L(PW, CRED), "kumbukira": "inde"}),
        case(f, f"{a}/api/v1/tsimikiza", fmt="form", headers=_h(rng), body={
            "nambala_ya_foni": L(E164, TEL), "khodi": L("480913", CRED)}),
        case(f, f"{a}/api/v1/ine", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/mbaula", headers=_h(rng, **b), body={
            "nambala_ya_banja": L(STOVE_HH, UID), "seriyo": STOVE["serial"],
            "sensa": STOVE["sensor"], "malo": {"lat": kla, "lon": klo, "kulondola_m": 6},
            "depo": STOVE_DEPOT["id"], "mtundu": "chitetezo-2",
            "tsiku_lolandira": "2025-11-28"}),
        multipart(f, f"{a}/api/v1/mbaula/chithunzi", [
            ("chithunzi", "mbaula_khitchini.jpg", "image/jpeg", L(JPEG + b"\x34", MEDIA)),
            ("zambiri", None, "application/json", {
                "nambala_ya_banja": L(STOVE_HH, UID), "seriyo": STOVE["serial"],
                "malo": {"lat": L(round(KITCHEN_AT[0], 5), PRECISE),
                         "lon": L(round(KITCHEN_AT[1], 5), PRECISE)}})],
            headers=_h(rng, **b)),
        raw(f, f"{a}/api/v1/sensa/sync", sync, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/kafukufuku", headers=_h(rng, **b), body={
            "anthu_apakhomo": 3,
            "ana": [{"dzina": L(SON["first"], NAMEC), "zaka": L(3, BIRTH)}],
            "nkhuni_mtolo_pa_sabata": 2, "makala_matumba": 1,
            "wina_akutsokomola": L(True, MED),
            "uthenga": L("Mwana wanga akutsokomola kwambiri utsi ukachuluka", f"{TEXT}|{MED}"),
            "kuphika_panja": False}),
        case(f, f"{a}/api/v1/malipiro", headers=_h(rng, **b), query={
            "nambala_ya_banja": L(STOVE_HH, UID), "chaka": "2025"}),
        case(f, f"{a}/api/v1/malipiro/tulutsa", fmt="form", headers=_h(rng, **b), body={
            "ndalama": L("18500", BUY),
            "nambala_ya_foni": L(MOMO, TEL), "netiweki": "momo", "ref": rid(rng)}),
        case(f, f"{a}/api/v1/mzere", fmt="msgpack", headers=_h(rng, **b), body={
            "nambala_ya_banja": L(STOVE_HH, UID), "zochitika": [
                {"k": "kuphika", "mphindi": 48, "t": 1765263600},
                {"k": "kuphika", "mphindi": 35, "t": 1765285200}],
            "malo": {"lat": L(round(KITCHEN_AT[0], 4), PRECISE),
                     "lon": L(round(KITCHEN_AT[1], 4), PRECISE)}}),
        case(f, f"{a}/api/v1/ogulitsa/pafupi", headers=_h(rng, **b), query={
            "lat": L(f"{HOME_AT[0]:.3f}", PRECISE), "lon": L(f"{HOME_AT[1]:.3f}", PRECISE),
            "km": "5"}),
        case(f, f"{a}/api/v1/vuto", headers=_h(rng, **b), body={
            "seriyo": STOVE["serial"],
            "uthenga": L("Mbaula yang'ambika m'mbali, sensa siikuyaka", TEXT),
            "mtundu_wa_vuto": "kusweka"}),
        case(f, f"{a}/api/v1/maphunziro/bwera", fmt="form", headers=_h(rng, **b), body={
            "gawo": "3",
            "malo_a_maphunziro": STOVE_DEPOT["id"]}),
        cert,
        case(f, f"{a}/api/v1/mnansi/itana", headers=_h(rng, **b), body={
            "dzina": L(FRIEND[0], NAMEC), "nambala_ya_foni": L(FRIEND[1], TEL),
            "uthenga": L("Thoko, lembetsani mbaula yathu, imasunga nkhuni", TEXT),
            "khodi_yoitanira": "MBY-TP77"}),
        case(f, f"{a}/api/v1/nkhani", headers=_h(rng, how="none"), cookies={
            "mby_gawo": L(opaque(rng, "", 40), CRED), "mby_chipangizo": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/v1/kuyendera", headers=_h(rng, **b), body={
            "tsiku": "2025-12-15",
            "adilesi": L(HOME["line"], ADDR), "nambala_ya_foni": L(E164, TEL),
            "malangizo": L("Nyumba ya chipata chobiriwira pafupi ndi tchalitchi", TEXT)}),
        case(f, f"{a}/api/v1/khadi/lumikiza", fmt="form", headers=_h(rng, **b), body={
            "data": W({"nambala_ya_banja": L(STOVE_HH, UID), "nambala_ya_foni": L(E164, TEL),
                       "tsiku_lobadwa": L(DOB_NY, BIRTH)}, "b64json"), "v": "1"}),
        case(f, f"{a}/api/v1/kufufuza", headers=_h(rng, **b), query={
            "q": L("momwe mungatsukire mbaula", SEARCH), "tsamba": "1"}),
        case(f, f"{a}/api/v1/chipangizo", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "chipangizo_id": L(INSTALL_ID, DID),
            "chilankhulo": L("ny", DEV), "nthawi": L(TZ, DEV), "model": L("Pixel 8", DEV),
            "os": L("Android 14", DEV)}),
        case(f, f"{a}/api/v1/zochitika", gz=True, headers=_h(rng, **b), body={
            "wogwiritsa": L(USER_ID, UID), "zochitika": [
                ev("mbaula_yalembetsedwa", 1, depo=STOVE_DEPOT["id"]),
                ev("sensa_sync", 2, masiku=7),
                ev("chophimba", 3, chophimba=L("MalipiroAnga", USAGE))]}),
        case(f, f"{a}/api/v1/tuluka", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "zonse": "ayi"}),
    ]


def mbaula_sdks() -> list[Case]:
    rng = random.Random(13402)
    return [
        sm_batch(APP, rng, [("Stove Registered", {"depot": STOVE_DEPOT["id"]}),
                            ("Payout Requested", {"amount": L(18500, BUY)})],
                 at=HOME_AT, nd=2, locale="ny_MW"),
        sm_identify(APP, rng, {"dera": L("Area 47", COARSE), "mzinda": L("Lilongwe", COARSE),
                               "nambala_ya_banja": L(STOVE_HH, UID), "stove_model": "chitetezo-2"}),
        ac_launch(APP, rng, first=True),
        ac_event(APP, rng, "payout", {"household": L(STOVE_HH, UID)}, revenue=18500.0),
        bn_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="cooking,charcoal,savings"),
        bn_notice(APP, rng, "win"),
        ck_crash(APP, rng, ("java.lang.IllegalStateException", "BLE scan already started"),
                 [ck_crumb("nav", "MbaulaYanga -> SensaSync"),
                  ck_crumb("net", "POST", {"url": f"{APP.api}/api/v1/sensa/sync",
                                           "status": 503})], screen="SensaSyncActivity"),
        pn_register(APP, rng, lang="ny", at=HOME_AT, nd=2,
                    tags={"dera": L("Area 47", COARSE), "depo": STOVE_DEPOT["id"]}),
        cm_wallet(APP, rng, "18500", L(MOMO, TEL)),
        mk_reverse(APP, rng, HOME_AT, PRECISE, nd=5),
    ]
