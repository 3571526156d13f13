"""An Ulaanbaatar apartment block's residents'-association app "Orshin Suugch" (heating, hot and
cold water, the lift and the stairwell of a Soviet-era block in Bayanzurkh; its API's keys are
Mongolian in Latin letters: ``ner`` name, ``ovog`` family name, ``utas`` phone, ``i_meil``
e-mail, ``nuuts_ug`` password, ``tursun_ognoo`` birth date, ``huis`` sex, ``registriin_dugaar``
register/ID number, ``hayag`` address, ``bair`` building, ``toot`` flat number, ``duureg``
district, ``khoroo`` sub-district, ``hot`` city, ``nukhur`` husband, ``khuukhed`` child,
``ger_bul`` household, ``os_dugaar`` resident account number, ``nekhemjlekh`` bill, ``dun``
amount, ``dans`` bank account, ``tooluur`` meter, ``khaluun_us`` hot water, ``khuiten_us`` cold
water, ``gomdol`` complaint, ``tailbar`` note, ``khaikh`` search, ``sanal`` vote, ``khel``
language, ``tsagiin_bus`` time zone, ``kod`` code, ``zurag`` photo). Not sets 64, 91 and 123's
condominium and housing-society apps (visitors, gates, maintenance billing) nor set 93's
ger-district heating subsidy: the block's own association bills district heating and water by
meter and takes complaints about cold radiators and the lift. Sign-up, a log-in, an SMS code,
``/mi``, bills, a bill by number in the path, a payment, meter readings (msgpack) and a meter
photo, a heating complaint, a lift fault, the household, a stairwell vote, an e-receipt
registration (base64 JSON in a form field), notices, a search, history by account number in
the path, a receipt, a profile update, a message to the manager, a password change, push,
events, the duty rota by a cookie GET and a log-out."""

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
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    NATIONAL,
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
from eval_families24_kit import claims, rid
from eval_families141_kit import (
    BILL,
    DAUGHTER,
    HUSBAND,
    METERS,
    MN_ACCOUNT,
    OS_NO,
    RESIDENCE,
    SUKH,
    TZ,
    UB_HOME,
    UB_HOME_AT,
    hd,
    obj,
)
from eval_families141_sdk import (
    bj_bid,
    cz_crash,
    cz_crumb,
    cz_session,
    mg_batch,
    mg_identify,
    tb_launch,
)
from eval_families141_svc import ca_save, ft_eval, pg_confirm, pk_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("orshin", "Orshin Suugch", "com.example.orshinsuugch", "2.4.1",
          "https://api.orshinsuugch.example.net")
IID = "X-OS-Tokhooromj"
PW = "Bair17!Toot54"
NID = "personal.national_id"
MN = "mn-MN,mn;q=0.9,en;q=0.7"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, lang=MN, **kw)


def orshin() -> list[Case]:
    rng = random.Random(14101)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, i_meil=L(EMAIL, MAIL), os_dugaar=L(OS_NO, UID)))}
    bill = at_path(case(f, f"{a}/api/v2/nekhemjlekh/{BILL}", headers=_h(rng, **b)), BILL, BUY)
    hist = at_path(case(f, f"{a}/api/v2/orshin_suugch/{OS_NO}/tuukh", headers=_h(rng, **b),
                        query={"on": "2025"}), OS_NO, UID)
    receipt_no = "BRM-25120554"
    receipt = at_path(case(f, f"{a}/api/v2/barimt/{receipt_no}", headers=_h(rng, **b)),
                      receipt_no, BUY)
    return [
        case(f, f"{a}/api/v2/burtguulekh", headers=_h(rng), body={
            "ner": L(FIRST, NAMEC), "ovog": L(LAST, NAMEC), "i_meil": L(EMAIL, MAIL),
            "utas": L(E164, TEL), "nuuts_ug": L(PW, CRED), "tursun_ognoo": L(DOB, BIRTH),
            "huis": L("em", GENDER), "registriin_dugaar": L(RESIDENCE, NID),
            "hayag": {"hot": L(UB_HOME["city"], COARSE), "duureg": L(UB_HOME["district"], COARSE),
                      "khoroo": L(UB_HOME["khoroo"], COARSE), "bair": L(UB_HOME["bair"], ADDR),
                      "toot": L(UB_HOME["toot"], ADDR)},
            "os_dugaar": L(OS_NO, UID), "sukh": SUKH["id"], "zuvshuurul": True}),
        case(f, f"{a}/api/v2/nevtrekh", fmt="form", headers=_h(rng), body={
            "utas": L(NATIONAL, TEL), "nuuts_ug": L(PW, CRED), "sanakh": "1"}),
        case(f, f"{a}/api/v2/batalgaajuulakh", headers=_h(rng), body={
            "utas": L(E164, TEL), "kod": L("418207", CRED), "session": rid(rng)}),
        case(f, f"{a}/api/v2/mi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v2/nekhemjlekh", headers=_h(rng, **b), query={
            "os_dugaar": L(OS_NO, UID), "sar": "2025-12"}),
        bill,
        case(f, f"{a}/api/v2/tolbor", fmt="form", headers=_h(rng, **b), body={
            "nekhemjlekh": L(BILL, BUY), "dun": L("186400", BUY), "valyut": "MNT",
            "dans": L(MN_ACCOUNT, PAY), "bank_kod": "050000", "guilgee": rid(rng)}),
        case(f, f"{a}/api/v2/tooluur", fmt="msgpack", headers=_h(rng, **b), body={
            "os_dugaar": L(OS_NO, UID), "tooluur": [
                {"dugaar": METERS["hot"], "khaluun_us": 412.6},
                {"dugaar": METERS["cold"], "khuiten_us": 688.1}],
            "ognoo": "2025-12-20", "khemjilt_id": obj(rng, "kh")}),
        multipart(f, f"{a}/api/v2/tooluur/zurag", [
            ("zurag", "tooluur_hot.jpg", "image/jpeg", L(JPEG + b"\x41", MEDIA)),
            ("meta", None, "application/json", {"os_dugaar": L(OS_NO, UID),
                                                "tooluur": METERS["hot"]})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v2/gomdol", headers=_h(rng, **b), body={
            "turul": "dulaan", "os_dugaar": L(OS_NO, UID),
            "tailbar": L("Khuukhdiin uruunii radiator 3 khonog khuiten baina, okhin maani "
                         "khaniad kholgoj bronkhittei bolson", f"{TEXT}|{MED}"),
            "uruunii_dulaan": 14, "gomdol_id": obj(rng, "gd")}),
        case(f, f"{a}/api/v2/lift/gemtel", fmt="form", headers=_h(rng, **b), body={
            "orts": "2", "lift": "LF-17-2",
            "tailbar": L("Lift 5 davkhart zogsoj baina, khaalga ongoikhgui", TEXT)}),
        case(f, f"{a}/api/v2/ger_bul", headers=_h(rng, **b), body={
            "os_dugaar": L(OS_NO, UID),
            "nukhur": {"ner": L(HUSBAND["name"], NAMEC), "utas": L(HUSBAND["phone"], TEL),
                       "tursun_ognoo": L(HUSBAND["dob"], BIRTH),
                       "registriin_dugaar": L(HUSBAND["reg"], NID)},
            "khuukhed": [{"ner": L(DAUGHTER["first"], NAMEC),
                          "tursun_ognoo": L(DAUGHTER["dob"], BIRTH),
                          "huis": L("em", GENDER)}],
            "ger_buliin_too": 3}),
        case(f, f"{a}/api/v2/sanal", headers=_h(rng, **b), body={
            "sanal_asuulga": "sa_2025_shat", "songolt": "tiim", "os_dugaar": L(OS_NO, UID),
            "sanal_id": obj(rng, "sn")}),
        case(f, f"{a}/api/v2/ebarimt", fmt="form", headers=_h(rng, **b), body={
            "data": W({"os_dugaar": L(OS_NO, UID), "utas": L(E164, TEL),
                       "dun": L(186400, BUY), "nekhemjlekh": L(BILL, BUY)}, "b64json"),
            "v": "1"}),
        case(f, f"{a}/api/v2/medee", headers=_h(rng, **b), query={
            "sukh": SUKH["id"], "khel": L("mn", DEV), "page": "1"}),
        case(f, f"{a}/api/v2/khaikh", headers=_h(rng, **b), query={
            "khaikh": L("santekhnikch duudlaga", SEARCH), "page": "1"}),
        hist,
        receipt,
        case(f, f"{a}/api/v2/profail", headers=_h(rng, **b), body={
            "i_meil": L("Jane.Doe@example.org", MAIL), "utas": L(NATIONAL, TEL),
            "khel": L("mn", DEV), "tsagiin_bus": L(TZ, DEV), "medegdel": True}),
        case(f, f"{a}/api/v2/zakhia", headers=_h(rng, **b), body={
            "khend": "menejer",
            "tailbar": L("Sain baina uu, manai ortsnii gerel 2 doloo khonog asaagui baina. "
                         "Jane, 54 toot", TEXT), "khavsralt": []}),
        case(f, f"{a}/api/v2/nuuts_ug/solikh", fmt="form", headers=_h(rng, **b), body={
            "khuuchin": L(PW, CRED), "shine": L("Bair17!Toot54#2026", CRED)}),
        case(f, f"{a}/api/v2/tokhooromj", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "tokhooromj_id": L(INSTALL_ID, DID),
            "khel": L("mn", DEV), "tsagiin_bus": L(TZ, DEV), "model": L("Pixel 8", DEV),
            "os": L("Android 14", DEV)}),
        case(f, f"{a}/api/v2/uil_ajillagaa", gz=True, headers=_h(rng, **b), body={
            "khereglegch": L(USER_ID, UID), "uil": [
                ev("nekhemjlekh_kharakh", 1), ev("tolbor_tolsun", 2, dun=L(186400, BUY)),
                ev("delgets", 3, ner=L("TooluurOruulakh", USAGE))]}),
        case(f, f"{a}/api/v2/jijuur", headers=_h(rng, how="none"), cookies={
            "os_session": L(opaque(rng, "", 40), CRED), "os_tokhooromj": L(INSTALL_ID, DID),
            "os_req": rid(rng)}),
        case(f, f"{a}/api/v2/garakh", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "tokhooromj": L(INSTALL_ID, DID)}),
    ]


def orshin_sdks() -> list[Case]:
    rng = random.Random(14102)
    return [
        mg_batch(APP, rng, [("Bill Viewed", {"month": "2025-12"}),
                            ("Bill Paid", {"amount": L(186400, BUY)})],
                 at=UB_HOME_AT, nd=2, locale="mn_MN"),
        mg_identify(APP, rng, {"duureg": L("Bayanzurkh", COARSE), "hot": L("Ulaanbaatar", COARSE),
                               "os_dugaar": L(OS_NO, UID), "household": 3}),
        tb_launch(APP, rng, first=True),
        bj_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, keywords="heating,plumbing"),
        cz_crash(APP, rng, ("java.lang.NumberFormatException", "For input string: \"412,6\""),
                 [cz_crumb("nav", "Nekhemjlekh -> TooluurOruulakh"),
                  cz_crumb("net", "POST", {"url": f"{APP.api}/api/v2/tooluur", "status": 400})],
                 screen="TooluurActivity"),
        cz_session(APP, rng, secs=244),
        ft_eval(APP, rng, {"sukh": SUKH["id"], "duureg": L("Bayanzurkh", COARSE)}),
        pk_register(APP, rng, lang="mn", tags={"sukh": SUKH["id"], "orts": "2"}),
        pg_confirm(APP, rng, "186400"),
        ca_save(APP, rng, {"analytics": True, "ads": False}),
    ]
