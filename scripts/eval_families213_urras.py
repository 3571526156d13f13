"""A community land trust's members' app "Oighreachd" (the community-owned estate around Tarbert
bought out by its residents: membership, the AGM ballot, the trust's rented houses, polytunnel
plots, ranger walks, stalking permits and the wind-turbine fund's grants). Its API's keys are
Scottish Gaelic: ``urras`` trust, ``ball`` member, ``ballrachd`` membership, ``aireamh_ball``
member number, ``clar_taghaidh`` electoral roll, ``baileat`` ballot, ``roghainn`` choice,
``taigheadas`` housing, ``iarrtas`` application, ``teaghlach`` household, ``teachd_a_steach``
income, ``feumalachdan`` needs, ``obair`` work, ``sgriobhainn`` document, ``cuibhreann`` plot,
``barr`` crop, ``maor`` ranger, ``cuairt`` walk, ``cead_sealg`` stalking permit,
``teisteanas_gunna`` firearm certificate, ``tabhartas`` grant, ``aithris`` report, with the
shared Gaelic keys: the membership application, an SMS code, a JSON log-in, ``/mise``, the
member card by number in the path, the fee, the AGM, the ballot, a housing application (gzip;
her NI number, household, health needs), a proof of address (PDF), a polytunnel plot with her fix,
a growing log (msgpack), ranger walks and a booking for the family, her husband's stalking
permit (his firearm certificate), a turbine-fund grant for her loom shed (her UTR and bank), a
message, a search, notices by cookie, a fly-tipping report with her fix, push, events and a
refresh. No earlier set has a land trust or a buy-out (a docstring grep of ``scripts/``)."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    COARSE,
    CRED,
    DID,
    E164,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    PRECISE,
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
from eval_families213_kit import (
    HOME,
    HOME_AT,
    HUSBAND,
    MEMBER,
    NINO,
    PLOT_AT,
    SON,
    TRUST,
    UK_ACCOUNT,
    UK_SORT,
    UTR,
    fix,
    hd,
    obj,
    push,
)
from eval_families213_sdk import lr_launch, lr_link, sb_bid, tm_batch
from eval_families213_svc import (
    ag_check,
    bp_register,
    bt_eval,
    cc_attach,
    mp_geocode,
    sg_card,
    sg_confirm,
)
from eval_payloads import EMAIL, INSTALL_ID, NAME, USER_ID, Case, J, L, U, case

APP = App("oighreachd", "Oighreachd", "com.example.oighreachd", "2.0.7",
          "https://api.oighreachd.example.org")
IID = "X-Oighreachd-Inneal"
PW = "Bagh!Urras2026"
NID = "personal.national_id"
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(48))
PLOT_FIX = (57.927688, -6.836455)  # her phone at her polytunnel plot
TIP_FIX = (57.921406, -6.829917)  # where she saw the fly-tipping


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, gd=True, **kw)


def oighreachd() -> list[Case]:
    rng = random.Random(21341)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, ball=L(MEMBER, UID), ainm=L(NAME, NAMEC)))}
    pla, plo = fix(PLOT_FIX)
    card = at_path(case(f, f"{a}/api/buill/{MEMBER}/cairt", headers=_h(rng, **b)), MEMBER, UID)
    kid = f"{SON['first']} {SON['last']}"
    return [
        case(f, f"{a}/api/ballrachd/iarrtas", headers=_h(rng), body={
            "ainm": L(FIRST, NAMEC), "sloinneadh": L(LAST, NAMEC), "post_d": L(EMAIL, MAIL),
            "fon_laimhe": L(E164, TEL), "facal_faire": L(PW, CRED), "la_breith": L(DOB, BIRTH),
            "seoladh": L(HOME["line"], ADDR), "baile": L(HOME["town"], COARSE),
            "cod_puist": L(HOME["post"], COARSE), "clar_taghaidh": True}),
        case(f, f"{a}/api/ballrachd/dearbhadh", fmt="form", headers=_h(rng), body={
            "fon_laimhe": L(E164, TEL), "cod": L("907133", CRED)}),
        case(f, f"{a}/api/logadh_a_steach", headers=_h(rng), body={
            "post_d": L(EMAIL, MAIL), "facal_faire": L(PW, CRED), "inneal": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/mise", headers=_h(rng, extra=jw)),
        card,
        case(f, f"{a}/api/ballrachd/paigheadh", fmt="form", headers=_h(rng, **b), body={
            "aireamh_ball": L(MEMBER, UID), "suim": L("5.00", BUY), "airgead": "GBP",
            "modh": L(opaque(rng, "pm_", 24), PAY)}),
        case(f, f"{a}/api/coinneamh_bhliadhnail", headers=_h(rng, **b), query={
            "aireamh_ball": L(MEMBER, UID), "bliadhna": "2026"}),
        case(f, f"{a}/api/baileat", headers=_h(rng, **b), body={
            "baileat": "agm_2026", "aireamh_ball": L(MEMBER, UID),
            "roghainn": {"muileann_gaoithe_2": "taic", "stiuirichean": ["cand_03", "cand_07"]}}),
        case(f, f"{a}/api/taigheadas/iarrtas", gz=True, headers=_h(rng, **b), body={
            "iarrtas": obj(rng, "th"), "aireamh_ball": L(MEMBER, UID), "aireamh_ni": L(NINO, NID),
            "seoladh_an_drasta": L(HOME["line"], ADDR), "teachd_a_steach": 31800,
            "obair": "breabadair clò",
            "teaghlach": [{"ainm": L(HUSBAND[0], NAMEC), "daimh": "ceile"},
                          {"ainm": L(kid, NAMEC), "la_breith": L(SON["dob"], BIRTH),
                           "daimh": "mac"}],
            "feumalachdan": L("ground floor: heart condition (AF); son has asthma", MED),
            "seomraichean": 3}),
        multipart(f, f"{a}/api/taigheadas/sgriobhainn", [
            ("sgriobhainn", "cis_comhairle.pdf", "application/pdf", L(PDF, MEDIA)),
            ("meta", None, "application/json", {"seorsa": "dearbhadh_seolaidh",
                                                "aireamh_ball": L(MEMBER, UID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/cuibhreann", headers=_h(rng, **b), body={
            "aireamh_ball": L(MEMBER, UID), "aite": {"domhan_leud": pla, "domhan_fad": plo},
            "cuibhreann": {"id": "pt_07", "domhan_leud": PLOT_AT[0], "domhan_fad": PLOT_AT[1]},
            "mal": L(25, BUY)}),
        case(f, f"{a}/api/cuibhreann/log", fmt="msgpack", headers=_h(rng, **b), body={
            "cuibhreann": "pt_07", "barr": ["buntàta", "càl", "connlach"], "uisge_l": 40,
            "aite": {"domhan_leud": L(round(PLOT_FIX[0], 5), PRECISE),
                     "domhan_fad": L(round(PLOT_FIX[1], 5), PRECISE)}}),
        case(f, f"{a}/api/maor/cuairtean", headers=_h(rng, **b), query={
            "mios": "2026-07", "seorsa": "eòin"}),
        case(f, f"{a}/api/maor/cuairtean/gleidh", headers=_h(rng, **b), body={
            "cuairt": "cr_iolaire_0712", "daoine": 3,
            "ainmean": [L(f"{FIRST} {LAST}", NAMEC), L(HUSBAND[0], NAMEC), L(kid, NAMEC)],
            "aois_paiste": L(10, BIRTH), "fon": L(E164, TEL)}),
        case(f, f"{a}/api/cead_sealg", headers=_h(rng, **b), body={
            "neach_sealg": L(HUSBAND[0], NAMEC), "fon": L(HUSBAND[1], TEL),
            "teisteanas_gunna": L("FAC/N/22/04417", NID), "raon": "beinn_a_tuath",
            "lathaichean": ["2026-09-14", "2026-09-15"], "taille": L(60, BUY)}),
        case(f, f"{a}/api/tabhartas", headers=_h(rng, **b), body={
            "maoin": "muileann_gaoithe", "adhbhar": L("Mullach ùr air seada na beairt agam", TEXT),
            "suim": L(2500, BUY), "utr": L(UTR, NID),
            "banca": {"cod_seorsachaidh": L(UK_SORT, PAY), "aireamh_cunntais": L(UK_ACCOUNT, PAY)}}),
        case(f, f"{a}/api/teachdaireachd", headers=_h(rng, **b), body={
            "gu": "oifis_urrais",
            "teachdaireachd": L("Tha an rathad gu na cuibhreannan dùinte le craobh a thuit",
                                TEXT)}),
        case(f, f"{a}/api/lorg", headers=_h(rng, **b), query={
            "lorg": L("taighean air mhàl Tairbeart 3 seòmraichean", SEARCH)}),
        case(f, f"{a}/api/naidheachdan", headers=_h(rng, how="none"), cookies={
            "uo_seisean": L(opaque(rng, "", 40), CRED), "uo_ball": L(MEMBER, UID),
            "uo_iarrtas": rid(rng)}),
        case(f, f"{a}/api/aithris", headers=_h(rng, **b), body={
            "seorsa": "sgudal_air_a_dhumpadh",
            "aite": {"domhan_leud": L(TIP_FIX[0], PRECISE), "domhan_fad": L(TIP_FIX[1], PRECISE)},
            "tuairisgeul": L("Seann fhrids' is bathar ri taobh an rathaid", TEXT)}),
        case(f, f"{a}/api/inneal", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/tachartasan", gz=True, headers=_h(rng, **b), body={
            "cleachdaiche": L(USER_ID, UID), "tachartasan": [
                ev("baileat_air_a_chur", 1), ev("sgrion", 2, sgrion=L("Taigheadas", USAGE))]}),
        case(f, f"{a}/api/seisean/ath_nuadhachadh", fmt="form", headers=_h(rng, how="none"),
             body={"refresh_token": L(opaque(rng, "rt_", 48), CRED),
                   "inneal": L(INSTALL_ID, DID)}),
    ]


def oighreachd_sdks() -> list[Case]:
    rng = random.Random(21342)
    link = U("https://oighreachd.example.org/b", {"ball": L(MEMBER, UID), "src": "post",
                                                  "em": L(EMAIL, MAIL)})
    return [
        tm_batch(APP, rng, [("Ballot Cast", {}), ("Plot Logged", {"barr": 3})],
                 at=PLOT_FIX, nd=3, locale="gd_GB"),
        lr_launch(APP, rng, first=True, user=True),
        lr_link(APP, rng, link),
        sb_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, at=HOME_AT, nd=3,
               keywords="housing,harris,garden"),
        bt_eval(APP, rng, {"urras": TRUST["id"], "ball": L(MEMBER, UID)}, hdr=True),
        bp_register(APP, rng, lang="gd", tags={"urras": TRUST["id"]}),
        ag_check(APP, rng, {"analytics": True, "ads": True}),
        sg_card(APP, rng),
        sg_confirm(APP, rng, "60.00"),
        mp_geocode(APP, rng, "Beinn a Tuath car park", SEARCH, near=HOME_AT, nd=3),
        cc_attach(APP, rng, L(JPEG + b"\x5a", MEDIA), "craobh.jpg", "image/jpeg"),
    ]
