"""A used-car import and port-clearing agent's app "Todzivu" (``tɔdziʋu`` ship: her 2017 Camry,
bought at a US auction, lands at Lomé's port; the agent clears it, convoys it through Aflao and
registers it in Ho). Its API's keys are Ewe in ASCII (``ŋ`` as ``n``, ``ɔ`` as ``o``, ``ɛ`` as
``e``, ``ɖ`` as ``d``, ``ƒ`` as ``f``, ``ʋ`` as ``v``): ``nko`` name, ``fome_nko`` surname,
``fon`` phone, ``adzamenya`` password, ``dzigbe`` birth date, ``nofe`` residence (street line),
``du`` town, ``nutome`` region, ``mozogbale`` passport, ``nofegbale`` residence card, ``sro``
spouse, ``vu`` car, ``vu_dzesi`` VIN, ``vudzefe`` port, ``adzo`` duty, ``agbososo`` amount,
``asixoxo`` price, ``gaxexe`` payment, ``xexemo`` payment method, ``tefe`` place, ``nkeke`` day,
``lifo`` border, ``vukula`` driver, ``xola`` recipient, ``gbedasi`` message, ``didi`` search,
``nkudodzi`` reminder, ``lolodenu`` consent, ``asidede`` signature, ``nyatofofo`` complaint,
``nyadzodzo`` events, ``agbale`` document, ``zala`` user,
``mo`` device (``mɔ̃`` machine). Calls: sign-up, a form log-in, ``/nye``, the car
registered, the bill of lading and her passport page, the duty estimate, the duty paid, the yard
visit with her fix, damage photos, the inspection checklist (msgpack), a message to the agent,
the convoy to Ho, the border transit (her husband's Ghana Card, her Ghana TIN), the file by number
in the path, receipts by cookie, a search, alerts, a wallet link (base64 JSON in a form field),
consent, a complaint, push, events and a log-out."""

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
from eval_families178_kit import (
    AGENT,
    BL,
    BORDER,
    FILE,
    GH_TIN,
    HER_TG,
    HO_HOUSE,
    HO_HOUSE_AT,
    HUSBAND,
    HUSBAND_CARD,
    LOME_HOME,
    MOTHER_IL,
    PASSPORT,
    PORT,
    PORT_FIX,
    RESIDENCE,
    TZ,
    VIN,
    fix,
    hd,
    obj,
)
from eval_families178_sdk import (
    bf_bid,
    bf_notice,
    cd_crash,
    cd_crumb,
    mc_batch,
    mc_identify,
    tn_event,
    tn_launch,
)
from eval_families178_svc import cl_wallet, hs_message, mm_route, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("todzivu", "Todzivu", "com.example.todzivu", "3.4.1", "https://api.todzivu.example.com")
IID = "X-Todzivu-Mo"
PW = "Camry2017!Lome"
NID = "personal.national_id"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(48))


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, fr=True, **kw)


def todzivu() -> list[Case]:
    rng = random.Random(17801)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, email=L(EMAIL, MAIL), faili=L(FILE, BUY)))}
    pla, plo = fix(PORT_FIX)
    status = at_path(case(f, f"{a}/api/v1/faili/{FILE}/nonome", headers=_h(rng, **b)), FILE, BUY)
    return [
        case(f, f"{a}/api/v1/nkonlo", headers=_h(rng), body={
            "nko": L(FIRST, NAMEC), "fome_nko": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "fon": L(E164, TEL), "fon_tg": L(HER_TG, TEL), "adzamenya": L(PW, CRED),
            "dzigbe": L(DOB, BIRTH), "nofe": L(LOME_HOME["line"], ADDR),
            "du": L(LOME_HOME["town"], COARSE), "nutome": L(LOME_HOME["region"], COARSE),
            "mozogbale": L(PASSPORT, NID), "nofegbale": L(RESIDENCE, NID),
            "sro": {"nko": L(HUSBAND[0], NAMEC), "fon": L(HUSBAND[1], TEL)},
            "lolo_nyawo": True}),
        case(f, f"{a}/api/v1/ge_de_eme", fmt="form", headers=_h(rng), body={
            "email": L(EMAIL_UPPER, MAIL), "adzamenya": L(PW, CRED), "nkudodzi_nye": "1"}),
        case(f, f"{a}/api/v1/nye", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v1/vuwo", headers=_h(rng, **b), body={
            "vu_dzesi": VIN, "nonome": "Toyota Camry LE 2017", "todzivu": "MSC Lomé Express",
            "bl": BL, "vudzefe": PORT["id"], "asixoxo": L(6850, BUY), "ga_fomevi": "USD",
            "faili": L(FILE, BUY), "nko_le_agbale_dzi": L(f"{FIRST} {LAST}", NAMEC)}),
        multipart(f, f"{a}/api/v1/agbalewo", [
            ("bl", "bill_of_lading.pdf", "application/pdf", L(PDF, MEDIA)),
            ("mozogbale", "passport_page.jpg", "image/jpeg", L(JPEG + b"\x11", f"{MEDIA}|{NID}")),
            ("meta", None, "application/json", {"faili": L(FILE, BUY), "bl": BL,
                                                "mozogbale_xexledzesi": L(PASSPORT, NID)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/adzo/kpo", headers=_h(rng, **b), query={
            "faili": L(FILE, BUY), "vu_fe": "2017", "cc": "2494", "asixoxo": L("6850", BUY)}),
        case(f, f"{a}/api/v1/adzo/xexe", fmt="form", headers=_h(rng, **b), body={
            "faili": L(FILE, BUY), "agbososo": L("1874500", BUY), "ga_fomevi": "XOF",
            "xexemo": L(opaque(rng, "pm_", 24), PAY), "momo_fon": L(HER_TG, TEL)}),
        case(f, f"{a}/api/v1/vudzefe/gbosasra", headers=_h(rng, **b), body={
            "faili": L(FILE, BUY), "tefe": {"lat": pla, "lng": plo, "sizuste": 9},
            "vudzefe": {"id": PORT["id"], "lat": PORT["lat"], "lng": PORT["lon"]},
            "gbosasra_id": obj(rng, "gv")}),
        multipart(f, f"{a}/api/v1/vuwo/nonometatawo", [
            ("photo", "bumper_dent.jpg", "image/jpeg", L(JPEG + b"\x12", MEDIA)),
            ("meta", None, "application/json", {
                "faili": L(FILE, BUY),
                "nunlonlo": L("Ngogbe bumper gbagbã le todzivu me, mekpɔe egbe", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v1/vuwo/dodokpo", fmt="msgpack", headers=_h(rng, **b), body={
            "faili": L(FILE, BUY), "kilomita": 88214, "nuwo": [
                {"nu": "tyres", "nonome": "nyui"}, {"nu": "battery", "nonome": "gbagbã"}],
            "dodokpola": "insp_07", "asidede": L(f"{FIRST} {LAST}", NAMEC)}),
        case(f, f"{a}/api/v1/gbedasi", headers=_h(rng, **b), body={
            "xola": AGENT["id"],
            "gbedasi": L("Meɖe kuku, yɔ srɔ̃nye Selorm le +22890482217 ne vu la do go",
                         f"{TEXT}|{NAMEC}|{TEL}")}),
        case(f, f"{a}/api/v1/mozozo", headers=_h(rng, **b), body={
            "faili": L(FILE, BUY), "yiyi_nkeke": "2026-02-03", "vukula": "drv_aflao_12",
            "xola": {"nko": L(MOTHER_IL[0], NAMEC), "fon": L(MOTHER_IL[1], TEL),
                     "nofe": L(HO_HOUSE["line"], ADDR), "digital_adrese": L(HO_HOUSE["gps"], ADDR),
                     "du": L(HO_HOUSE["town"], COARSE), "nutome": L(HO_HOUSE["region"], COARSE)},
            "asixoxo": L(95000, BUY)}),
        case(f, f"{a}/api/v1/lifo/dodo", headers=_h(rng, **b), body={
            "faili": L(FILE, BUY), "lifo": BORDER["id"], "duko_yi": "GH",
            "ghana_card": L(HUSBAND_CARD, NID), "sro_nko": L(HUSBAND[0], NAMEC),
            "tin": L(GH_TIN, NID), "fon_gh": L(HUSBAND[2], TEL),
            "lifo_tefe": {"lat": BORDER["lat"], "lng": BORDER["lon"]}}),
        status,
        case(f, f"{a}/api/v1/gaxogbalewo", headers=_h(rng, how="none"), cookies={
            "tdz_sesi": L(opaque(rng, "", 40), CRED), "tdz_mo": L(INSTALL_ID, DID),
            "tdz_req": rid(rng)}),
        case(f, f"{a}/api/v1/didi", headers=_h(rng, **b), query={
            "didi": L("adzo na Camry 2017 le Ghana", SEARCH), "axa": "1"}),
        case(f, f"{a}/api/v1/nkudodzi", headers=_h(rng, **b), body={
            "sms": L(HER_TG, TEL), "email": L(EMAIL, MAIL), "nyawo": ["vudzefe", "adzo", "lifo"]}),
        case(f, f"{a}/api/v1/momo/kpe", fmt="form", headers=_h(rng, **b), body={
            "data": W({"fon": L(HER_TG, TEL), "gakotoku": "tmoney",
                       "nko": L(f"{FIRST} {LAST}", NAMEC)}, "b64json"), "v": "2"}),
        case(f, f"{a}/api/v1/lolodenu", fmt="form", headers=_h(rng, **b), body={
            "faili": L(FILE, BUY), "adzofe_nyatakaka": "yes",
            "asidede": L(f"{FIRST} {LAST}", NAMEC), "nkeke": "2026-01-22"}),
        case(f, f"{a}/api/v1/nyatofofo", headers=_h(rng, **b), body={
            "faili": L(FILE, BUY), "nu": "yard_fee",
            "nunlonlo": L("Wobia ga 40000 le asinye evelia, gaxogbale mele asinye o", TEXT)}),
        case(f, f"{a}/api/v1/mowo", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "mo_id": L(INSTALL_ID, DID),
            "gbe": L("fr", DEV), "gheyighi_dzesi": L(TZ, DEV), "model": L("Pixel 8", DEV),
            "os": L("Android 14", DEV)}),
        case(f, f"{a}/api/v1/nyadzodzo", gz=True, headers=_h(rng, **b), body={
            "zala": L(USER_ID, UID), "nyadzodzo": [
                ev("adzo_xexe", 1, agbososo=L(1874500, BUY)),
                ev("ekran", 2, ekran=L("FailiNonome", USAGE))]}),
        case(f, f"{a}/api/v1/do_le_eme", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "mo": L(INSTALL_ID, DID)}),
    ]


def todzivu_sdks() -> list[Case]:
    rng = random.Random(17802)
    return [
        mc_batch(APP, rng, [("Car Registered", {"year": 2017}),
                            ("Duty Paid", {"amount": L(1874500, BUY)})],
                 at=PORT_FIX, nd=2, locale="fr_TG"),
        mc_identify(APP, rng, {"du": L("Lomé", COARSE), "faili": L(FILE, BUY), "vuwo": 1}),
        tn_launch(APP, rng, first=True),
        tn_event(APP, rng, "purchase", {"faili": L(FILE, BUY)}, revenue=1874500.0, hashed=True),
        bf_bid(APP, rng, {"banner": {"w": 320, "h": 50}}, at=PORT_FIX, nd=3,
               keywords="cars,import,lome"),
        bf_notice(APP, rng, "win"),
        cd_crash(APP, rng, ("java.lang.IllegalStateException", "upload cancelled"),
                 [cd_crumb("nav", "Faili -> Agbalewo"),
                  cd_crumb("net", "POST", {"url": f"{APP.api}/api/v1/agbalewo", "status": 413})],
                 screen="AgbaleActivity"),
        pt_register(APP, rng, lang="fr", tags={"faili_nonome": "customs", "vudzefe": PORT["id"]}),
        cl_wallet(APP, rng, "1874500", L(HER_TG, TEL)),
        mm_route(APP, rng, [((PORT["lat"], PORT["lon"]), None),
                            ((BORDER["lat"], BORDER["lon"]), None), (HO_HOUSE_AT, PRECISE)]),
        hs_message(APP, rng, L(f"Faili {FILE}: vu la mede Aflao haɖe o", f"{TEXT}|{BUY}"),
                   {"faili": L(FILE, BUY)}),
    ]
