"""Cattle-post herd and vaccination record app "Lesaka" (Gaborone; its API's keys are Setswana:
``leina`` name, ``sefane`` family name, ``mogala`` phone number, ``aterese`` address, ``motse``
village, ``nomoro_ya_omang`` Omang number, ``letsatsi_la_tsalo`` birth date, ``lefokosephiri``
password, ``monna`` husband; also ``imeile`` e-mail, ``khoutu`` code, ``moraka`` cattle post,
``modisa`` herdsman, ``dikgomo`` cattle, ``ente`` vaccination, ``tlhaloso`` note, ``puo``
language, ``morekii`` buyer, ``tlhwatlhwa`` price, ``batla`` search). Sign-up, log-in by phone and
SMS code, ``/me``, the post and its herdsman, animals and a photo, vaccinations with her fix, an
offline sync (msgpack), a movement permit, a sale, the herdsman's wage, feed, a search, her drive
to the post, push, events, reports by a cookie GET, support and a password change."""

from __future__ import annotations

import random

from eval_families17_kit import E164, JPEG, NATIONAL, multipart, push_token
from eval_families20_kit import FIRST, LAST, ev, opaque
from eval_families24_kit import claims
from eval_families130_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    GAB_AT,
    GAB_HOME,
    HERDSMAN,
    HUSBAND,
    MAIL,
    MEDIA,
    NAMEC,
    NATID,
    OMANG,
    POST_AT,
    PRECISE,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    VET_OFFICE,
    VILLAGE,
    BwApp,
    fix,
    hd,
    home,
    obj,
    tags,
    walk,
)
from eval_families130_sdk import (
    ak_event,
    ak_launch,
    bc_bid,
    bc_notice,
    fl_crash,
    fl_crumb,
    ql_batch,
    ql_identify,
)
from eval_families130_svc import bh_register, fm_eval, tb_geocode, tb_reverse
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = BwApp("lesaka", "Lesaka", "com.example.lesaka", "2.6.1", "https://api.lesaka.example.com")
IID = "X-Lesaka-Install"
PW = "Kgomo-Tshadi-58"


def _h(rng: random.Random, **kw: object) -> dict:
    return hd(APP, rng, iid=IID, **kw)


def lesaka() -> list[Case]:
    rng = random.Random(13001)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    herd = tags(rng, 6)
    post = obj(rng, "mrk", 8)
    return [
        case(f, f"{a}/v1/badirisi", headers=_h(rng), body={
            "leina": L(FIRST, NAMEC), "sefane": L(LAST, NAMEC), "mogala": L(E164, TEL),
            "imeile": L(EMAIL, MAIL), "nomoro_ya_omang": L(OMANG, NATID),
            "letsatsi_la_tsalo": L("17/05/1991", BIRTH), "aterese": L(GAB_HOME["line"], ADDR),
            "motse": L("Gaborone", COARSE), "lefokosephiri": L(PW, CRED),
            "monna": {"leina": L(HUSBAND[0], NAMEC), "mogala": L(HUSBAND[1], TEL)}}),
        case(f, f"{a}/v1/tsena", fmt="form", headers=_h(rng), body={
            "mogala": L(NATIONAL, TEL), "lefokosephiri": L(PW, CRED), "sesebediswa": "android"}),
        case(f, f"{a}/v1/tsena/khoutu", headers=_h(rng), body={
            "mogala": L(E164, TEL), "khoutu": L("482913", CRED), "nonce": opaque(rng, "", 16)}),
        case(f, f"{a}/v1/nna", headers=_h(rng, extra={"Authorization": J(claims(
            rng, omang=L(OMANG, NATID), mogala=L(E164, TEL)))})),
        case(f, f"{a}/v1/meraka", headers=_h(rng, **b), body={
            "leina_la_moraka": "Moraka wa Metsimotlhabe", "motse": L(VILLAGE, COARSE),
            "lat": fix(POST_AT)[0], "lon": fix(POST_AT)[1],
            "modisa": {"leina": L(HERDSMAN[0], NAMEC), "mogala": L(HERDSMAN[1], TEL)},
            "lesaka_la_ditshwene": 2}),
        case(f, f"{a}/v1/meraka/{post}/dikgomo", headers=_h(rng, **b), body={"dikgomo": [
            {"tag": t, "mmala": c, "bong": s, "dingwaga": y}
            for t, c, s, y in zip(herd, ["tshweu", "ntsho", "khunou", "tshweu", "nala", "ntsho"],
                                  ["tshadi", "tshadi", "poo", "tshadi", "namane", "tshadi"],
                                  [6, 4, 5, 3, 1, 7], strict=True)]}),
        multipart(f, f"{a}/v1/dikgomo/{herd[2]}/setshwantsho", [
            ("setshwantsho", "kgomo_poo.jpg", "image/jpeg", L(JPEG + b"\x21", MEDIA)),
            ("data", None, "application/json", {"tag": herd[2], "tsaya_ka": 1765320011})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/ente", headers=_h(rng, **b), body={
            "moraka": post, "ente": "FMD-SAT2", "batch": "FMD-25-1187", "dikgomo": herd[:5],
            "letsatsi": "2025-12-08", "ofisiri": "VO-2271",
            "kwa": {"lat": fix(POST_AT, 5)[0], "lon": fix(POST_AT, 5)[1]},
            "tlhaloso": L("Dinamane tse pedi di a gotlhola, ke di tsentse mo lesakeng", TEXT)}),
        case(f, f"{a}/v1/kopanya", fmt="msgpack", headers=_h(rng, **b), body={
            "modirisi": L(USER_ID, UID), "moraka": post, "palo": 37, "tse_dintsha": herd[4:],
            "kwa": {"lat": fix(POST_AT, 4)[0], "lon": fix(POST_AT, 4)[1]},
            "sesebediswa": L(INSTALL_ID, DID), "nako": 1765322201}),
        case(f, f"{a}/v1/ditirelo/ofisi", headers=_h(rng, **b), query={
            "lat": home(3)[0], "lon": home(3)[1], "radius_km": "60"}),
        case(f, f"{a}/v1/ditetla/kgwebo", headers=_h(rng, **b), body={
            "nomoro_ya_omang": L(OMANG, NATID), "go_tswa": post, "dikgomo": herd[:3],
            "go_ya": {"leina": "Lobatse Abattoir Gate 2", "lat": -25.21904, "lon": 25.67488},
            "ofisi": VET_OFFICE["id"], "letsatsi": "2025-12-15"}),
        case(f, f"{a}/v1/thekiso", headers=_h(rng, **b), body={
            "dikgomo": herd[:2], "morekii": {"leina": L("Tebogo Ramotswa", NAMEC),
                                             "mogala": L("+26774550932", TEL)},
            "tlhwatlhwa": L("16800.00", BUY), "madi": "BWP", "thekiso_id": obj(rng, "tks")}),
        case(f, f"{a}/v1/modisa/tuelo", fmt="form", headers=_h(rng, **b), body={
            "modisa_mogala": L(HERDSMAN[1], TEL), "tuelo": L("1200.00", BUY),
            "kgwedi": "2025-12", "tsela": "orange-money"}),
        case(f, f"{a}/v1/dijo/order", headers=_h(rng, **b), body={
            "dilo": [{"sku": "LK-FEED-50", "leina": "Lick block 25 kg", "palo": 8}],
            "palogotlhe": L("1340.00", BUY), "romela_kwa": {"motse": L(VILLAGE, COARSE)},
            "order": opaque(rng, "ord-", 8)}),
        case(f, f"{a}/v1/batla", headers=_h(rng, **b), query={
            "batla": L("lumpy skin ente", SEARCH), "puo": L("tn", DEV), "tsebe": "1"}),
        case(f, f"{a}/v1/loeto", gz=True, headers=_h(rng, **b), body={
            "moraka": post, "go_tswa": "gaborone",
            "ntlha": walk(rng, 6, GAB_AT, POST_AT, nd=5)}),
        case(f, f"{a}/v1/ditlhophiso", headers=_h(rng, **b), body={
            "puo": L("tn", DEV), "tz": L("Africa/Gaborone", DEV), "sms_ente": True,
            "kitsiso_ya_pula": True}),
        case(f, f"{a}/v1/thuso", headers=_h(rng, **b), body={
            "tlhaloso": L("Ga ke bone kgomo ya me BW07 mo lenaaneng morago ga go kopanya", TEXT),
            "sesebediswa": {"model": L("Pixel 8", DEV), "os": L("Android 14", DEV)}}),
        case(f, f"{a}/v1/lefokosephiri", fmt="form", headers=_h(rng, **b), body={
            "la_kgale": L(PW, CRED), "le_lesha": L("Kgomo-Poo-61", CRED)}),
        case(f, f"{a}/v1/push", headers=_h(rng, **b), body={
            "token": L(push_token(rng), DID), "install": L(INSTALL_ID, DID),
            "model": L("Pixel 8", DEV), "os": L("Android 14", DEV), "locale": L("tn_BW", DEV)}),
        case(f, f"{a}/v1/ditiragalo", gz=True, headers=_h(rng, **b), body={
            "modirisi": L(USER_ID, UID), "ditiragalo": [
                ev("kgomo_added", 1, palo=6), ev("ente_recorded", 2),
                ev("screen", 3, screen=L("HerdList", USAGE))]}),
        case(f, f"{a}/v1/dipego/2025", headers=_h(rng, how="upper"),
             cookies={"lesaka_sid": L(opaque(rng, "", 40), CRED), "lang": "tn"}),
        case(f, f"{a}/v1/dikgomo/{herd[0]}/histori", headers=_h(rng, how="nodash", **b)),
        case(f, f"{a}/v1/pula", headers=_h(rng, **b), query={
            "lat": fix(POST_AT, 2)[0], "lon": fix(POST_AT, 2)[1], "matsatsi": "7"}),
    ]


def lesaka_sdks() -> list[Case]:
    rng = random.Random(13002)
    return [
        ql_batch(APP, rng, [("Herd Synced", {"animals": 37}), ("Vaccination Saved",
                                                                  {"vaccine": "FMD"})],
                 at=POST_AT, nd=2, locale="tn_BW"),
        ql_identify(APP, rng, {"village": L(VILLAGE, COARSE), "herd_size": 37,
                               "first_name": L(FIRST, NAMEC)}),
        ak_launch(APP, rng, first=True),
        ak_event(APP, rng, "herd_registered", {"animals": 6}),
        bc_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="cattle,feed,veterinary"),
        bc_notice(APP, rng, "win"),
        fl_crash(APP, rng, ("java.lang.IllegalStateException", "tag scanner closed"),
                 [fl_crumb("nav", "HerdList -> Vaccinate"),
                  fl_crumb("net", "POST /v1/ente", {"status": 502})], screen="VaccinateActivity"),
        fm_eval(APP, rng, {"district": L("Kweneng", COARSE), "herd_size": 37}),
        bh_register(APP, rng, tags={"motse": L(VILLAGE, COARSE), "lang": "tn"}),
        tb_reverse(APP, rng, POST_AT, PRECISE, nd=5),
        tb_geocode(APP, rng, VILLAGE, COARSE, near=GAB_AT, nd=3),
    ]
