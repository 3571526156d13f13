"""A Kabyle village committee's app "Taddart-iw" (the tajmaat of Ighil Temedda, her husband's
village in the Ain El Hammam commune; the household is registered under Idir, she runs the app
for the house). Its API's keys are Kabyle in Latin letters as a local developer writes them
(ASCII-folded: gh for the gamma, e for the ayin, plain t, d, z, s, h for the dotted letters):
``ajerred`` sign-up, ``tuqqna`` log-in, ``tufgha`` log-out, ``amaghnu`` profile, ``isem`` first
name, ``isem_n_twacult`` family name, ``imayl`` e-mail, ``tilifun`` phone, ``awal_uffir``
password (lit. "hidden word"), ``azemz_n_tlalit`` birth date, ``taddart`` village, ``tagiwnt``
commune, ``lwilaya`` province, ``axxam`` household (lit. "house"), ``bab_n_wexxam`` head of
household, ``aeggal`` member, ``tawsa`` the yearly contribution, ``timecret`` the village's
shared sacrifice and meat sharing, ``amur``/``imuren`` share/shares, ``aksum`` meat, ``azal``
amount, ``axelles`` payment, ``lkhetya`` fine, ``anejmu`` assembly meeting, ``ulac`` absent,
``ssebba`` reason, ``tallalt`` help (the funeral fund), ``tikci`` giving, ``amigri`` emigrant,
``tafrant`` vote, ``asumer`` proposal, ``ilugan`` rules, ``algu`` notice, ``abrid`` road,
``adeg`` place, ``tawlaft`` photo, ``izen`` message, ``adris`` text, ``ibenk`` device,
``tutlayt`` language, ``tidyanin`` events, ``agdil`` screen: sign-up, log-in, ``/amaghnu``, the
household, the yearly contribution by household number in the path and its payment (her postal
account), timecret shares, the meat collected (an offline JSON Lines queue with her fix), a fine
for an absence from the assembly, her husband's phone linked to the household (base64 JSON in a
form field), the assembly's agenda, a funeral-fund gift with a condolence, her brother-in-law's
emigrant contribution, notices, the rules, a vote, a storm report with a photo and her fix, a
message to the committee, the ledger sync (msgpack), push, events and a log-out. No earlier set
has a village committee ("village committee", "tajmaat", "timecret" matched nothing; set 206's
Aman is a village water association, no water here)."""

from __future__ import annotations

import random
from typing import Any

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
    JPEG,
    MAIL,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
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
from eval_families249_kit import (
    ASSEMBLY,
    BROTHER_IL,
    CCP,
    HOUSEHOLD,
    HUSBAND,
    MOTHER_IL,
    SON,
    TO_HOME,
    TZ,
    VILLAGE,
    VILLAGE_HOUSE_AT,
    fix,
    hd,
    obj,
)
from eval_families249_sdk import (
    as_batch,
    as_identify,
    as_queue,
    bt_bid,
    bt_notice,
    cz_crash,
    cz_crumb,
    tu_launch,
)
from eval_families249_svc import ca_save, ft_eval, ha_message, mt_reverse, pl_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("taddartiw", "Taddart-iw", "com.example.taddartiw", "1.8.2",
          "https://api.taddartiw.example.org")
IID = "X-Taddart-Ibenk"
PW = "Ighil#Temedda1991"
ROAD_FIX = (36.569842, 4.301177)  # her phone at the fallen tree on the village road


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, kab=True, **kw)


def taddart() -> list[Case]:
    rng = random.Random(24901)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imayl=L(EMAIL, MAIL), axxam=L(HOUSEHOLD, UID),
                                    taddart=L(VILLAGE["name"], COARSE)))}
    rla, rlo = fix(ROAD_FIX, 5)
    hla, hlo = fix(VILLAGE_HOUSE_AT, 6)
    tawsa = at_path(case(f, f"{a}/v1/axxam/{HOUSEHOLD}/tawsa", headers=_h(rng, **b),
                         query={"aseggas": "2026"}), HOUSEHOLD, UID)
    return [
        case(f, f"{a}/v1/ajerred", headers=_h(rng), body={
            "isem": L(FIRST, NAMEC), "isem_n_twacult": L(LAST, NAMEC), "imayl": L(EMAIL, MAIL),
            "tilifun": L(E164, TEL), "awal_uffir": L(PW, CRED),
            "azemz_n_tlalit": L(DOB, BIRTH), "taddart": L(VILLAGE["name"], COARSE),
            "tagiwnt": L(VILLAGE["commune"], COARSE), "lwilaya": L(VILLAGE["wilaya"], COARSE),
            "axxam": L(HOUSEHOLD, UID),
            "bab_n_wexxam": {"isem": L(HUSBAND[0], NAMEC), "tilifun": L(HUSBAND[1], TEL)},
            "tansa_n_tmdint": L(TO_HOME["line"], ADDR), "amdakkel": "tameṭṭut n bab n wexxam"}),
        case(f, f"{a}/v1/tuqqna", fmt="form", headers=_h(rng), body={
            "imayl": L(EMAIL_UPPER, MAIL), "awal_uffir": L(PW, CRED), "cfu_fell_i": "1"}),
        case(f, f"{a}/v1/amaghnu", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/axxam", headers=_h(rng, **b), body={
            "axxam": L(HOUSEHOLD, UID), "iaeggalen": [
                {"isem": L(HUSBAND[0], NAMEC), "tilifun": L(HUSBAND[1], TEL), "assagh": "argaz"},
                {"isem": L(f"{SON['first']} {SON['last']}", NAMEC),
                 "azemz_n_tlalit": L(SON["dob"], BIRTH), "assagh": "mmi"},
                {"isem": L(MOTHER_IL[0], NAMEC), "tilifun": L(MOTHER_IL[1], TEL),
                 "assagh": "tadeggalt"}],
            "adeg_n_wexxam": {"lat": hla, "lng": hlo}}),
        tawsa,
        case(f, f"{a}/v1/tawsa/axelles", fmt="form", headers=_h(rng, **b), body={
            "axxam": L(HOUSEHOLD, UID), "aseggas": "2026", "azal": L("6000", BUY),
            "tadrimt": "DZD", "rip": L(CCP["rip"], PAY), "uttun_n_usenqed": obj(rng, "snq")}),
        case(f, f"{a}/v1/timecret/imuren", headers=_h(rng, **b), body={
            "axxam": L(HOUSEHOLD, UID), "azemz": "2026-03-14", "imuren": 4,
            "aksum_kg": 6, "azal": L(4000, BUY), "amur": L("TM-26-0142", BUY),
            "adris": L("Ma ulac aɣilif, amur n yemma Tassadit ad t-nawi nekkni", TEXT)}),
        lines(f, f"{a}/v1/timecret/tawwit", [
            {"amur": L("TM-26-0142", BUY), "yettwawi": True, "asrag": "2026-03-14T11:20:00+01:00",
             "adeg": {"lat": L(round(ASSEMBLY["lat"] + 0.000041, 6), PRECISE),
                      "lng": L(round(ASSEMBLY["lon"] - 0.000032, 6), PRECISE)},
             "ibenk": L(INSTALL_ID, DID)},
            {"amur": L("TM-26-0142", BUY), "tamawt": L("Aksum yelha, tanemmirt i yimeddukal",
                                                         TEXT), "ibenk": L(INSTALL_ID, DID)}],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/lkhetya", headers=_h(rng, **b), body={
            "axxam": L(HOUSEHOLD, UID), "anejmu": "anj_2026_02", "ulac": True,
            "ssebba": L("Idir yella deg uxeddim di Lezzayer ass-nni", TEXT),
            "azal": L(1000, BUY), "axelles": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/v1/tallalt/tikci", headers=_h(rng, **b), body={
            "tallalt": "tl_2026_07", "axxam": L(HOUSEHOLD, UID), "azal": L(2000, BUY),
            "izen": L("Ad yerhem Rebbi Dda Muh, tanemmirt i wid i d-yellan", TEXT)}),
        case(f, f"{a}/v1/amigri/tawsa", headers=_h(rng, **b), body={
            "amigri": {"isem": L(BROTHER_IL[0], NAMEC), "tilifun": L(BROTHER_IL[1], TEL)},
            "axxam": L(HOUSEHOLD, UID), "azal_eur": L(150, BUY), "aseggas": "2026",
            "ssebba": "abrid"}),
        case(f, f"{a}/v1/algu", headers=_h(rng, **b), query={
            "taddart": ASSEMBLY["id"], "seg": "2026-01-01", "tutlayt": L("kab", DEV)}),
        case(f, f"{a}/v1/ilugan", headers=_h(rng, **b), query={"taddart": ASSEMBLY["id"]}),
        case(f, f"{a}/v1/tafrant", fmt="form", headers=_h(rng, **b), body={
            "asumer": "sm_timecret_azemz", "afran": "ih", "axxam": L(HOUSEHOLD, UID)}),
        multipart(f, f"{a}/v1/abrid/ugur", [
            ("tawlaft", "tasejrt.jpg", "image/jpeg", L(JPEG + b"\x49", MEDIA)),
            ("meta", None, "application/json", {
                "adeg": {"lat": rla, "lng": rlo, "tiseddi": 9},
                "adris": L("Tasejrt n ttut teɣli ɣef ubrid ddaw tala, ulac tikli i tkeṛṛusin",
                           TEXT), "axxam": L(HOUSEHOLD, UID)})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/izen", headers=_h(rng, **b), body={
            "i": "tajmaat_lmessul", "izen": L(
                "Azul, d nekk tameṭṭut n Idir. Ma tebɣam ad iyi-d-tessiwlem: +1 555 010 0199",
                f"{TEXT}|{TEL}")}),
        case(f, f"{a}/v1/axxam/aqqen", fmt="form", headers=_h(rng, **b), body={
            "data": W({"axxam": L(HOUSEHOLD, UID), "isem": L(HUSBAND[0], NAMEC),
                       "tilifun": L(HUSBAND[1], TEL)}, "b64json"), "v": "1"}),
        case(f, f"{a}/v1/anejmu/anj_2026_04", headers=_h(rng, **b), query={
            "axxam": L(HOUSEHOLD, UID), "amasal": "json"}),
        case(f, f"{a}/v1/tawsa/sync", fmt="msgpack", headers=_h(rng, **b), body={
            "axxam": L(HOUSEHOLD, UID), "ilgen": [
                {"anaw": "tawsa", "azal": L(6000, BUY), "azemz": "2026-01-09"},
                {"anaw": "timecret", "azal": L(4000, BUY), "azemz": "2026-03-02"},
                {"anaw": "lkhetya", "azal": L(1000, BUY), "azemz": "2026-02-21"}],
            "asnas": "2026-03-15T09:00:00Z"}),
        case(f, f"{a}/v1/ighewwaren", headers=_h(rng, how="none"), cookies={
            "td_sesyu": L(opaque(rng, "", 40), CRED), "td_ibenk": L(INSTALL_ID, DID),
            "td_req": rid(rng)}),
        case(f, f"{a}/v1/ibenk", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "ibenk_id": L(INSTALL_ID, DID),
            "tutlayt": L("kab", DEV), "tamnadt_n_wakud": L(TZ, DEV),
            "amudil": L("Pixel 8", DEV), "os": L("Android 14", DEV)}),
        case(f, f"{a}/v1/tidyanin", gz=True, headers=_h(rng, **b), body={
            "aseqdac": L(USER_ID, UID), "tidyanin": [
                ev("tawsa_txelles", 1, azal=L(6000, BUY)),
                ev("agdil", 2, agdil=L("Timecret", USAGE)), ev("tafrant", 3)]}),
        case(f, f"{a}/v1/tufgha", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "ibenk": L(INSTALL_ID, DID)}),
    ]


def taddart_sdks() -> list[Case]:
    rng = random.Random(24902)
    return [
        as_batch(APP, rng, [("Contribution Paid", {"amount": L(6000, BUY)}),
                            ("Shares Booked", {"shares": 4})],
                 at=VILLAGE_HOUSE_AT, nd=2, locale="kab_DZ"),
        as_identify(APP, rng, {"taddart": L(VILLAGE["name"], COARSE),
                               "lwilaya": L("Tizi Ouzou", COARSE), "axxam": L(HOUSEHOLD, UID)}),
        as_queue(APP, rng, [("Notice Read", {"notice": "alg_0117"}),
                            ("Road Report", {"kind": "tree"})]),
        tu_launch(APP, rng, first=True),
        bt_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="village,kabylie,olive"),
        bt_notice(APP, rng, "imp"),
        cz_crash(APP, rng, ("java.lang.IllegalStateException", "vote already closed"),
                 [cz_crumb("nav", "Algu -> Tafrant"),
                  cz_crumb("net", "POST", {"url": f"{APP.api}/v1/tafrant", "status": 409})],
                 screen="TafrantActivity"),
        ft_eval(APP, rng, {"taddart": ASSEMBLY["id"], "role": "axxam"}),
        pl_register(APP, rng, lang="kab", at=VILLAGE_HOUSE_AT, nd=2,
                    tags={"taddart": L(VILLAGE["name"], COARSE), "algu": True}),
        ca_save(APP, rng, {"analytics": True, "ads": False}),
        mt_reverse(APP, rng, ROAD_FIX, PRECISE, nd=5),
        ha_message(APP, rng, L("Axelles n tawsa ur d-yeffiɣ ara deg usenqed", TEXT),
                   {"axxam": L(HOUSEHOLD, UID)}),
    ]
