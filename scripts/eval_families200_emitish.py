"""A lactation consultancy and hospital-grade breast-pump rental app "Emitish" (emitish:
breast-feeding; a studio in Almaty's Bostandyq district; her own health data after the birth of
Mehriban by caesarean). Uyghur keys in Latin letters: ``xeridar_nomuri`` client number,
``tughut_usuli`` delivery method, ``emitish_usuli`` feeding method, ``emchek`` breast,
``aghriq`` pain, ``qizitma`` fever, ``yalliq`` inflammation, ``dorilar`` medicines,
``allergiye`` allergy, ``qan_besimi`` blood pressure, ``meslihetchi`` consultant, ``korush``
visit, ``sewebi`` reason, ``nasos`` pump, ``ijare`` rental, ``girew`` deposit, ``muddet`` term,
``seans`` session, ``sol`` / ``ong`` left / right, ``ml``, ``minut`` minutes, ``bowaq`` baby,
``eghirliq`` weight, ``boy`` length, ``qayturush`` return, ``video_oyi`` video room, with the
shared words (``isim``, ``familiye``, ``elxet``, ``yanfon``, ``mexpiy_nomur``, ``iin``,
``tughulghan_kun``, ``adres``, ``summa``, ``tolem``, ``uchur``, ``kenglik``/``uzunluq``).
Calls: sign-up (her IIN, the baby, a caesarean), an SMS code, ``/men``, the questionnaire (gzip),
consultants, a home visit booked, the rental deposit, the rental, pairing the pump, a protobuf
pumping session, a feeding log (msgpack), the baby's weigh-in, a photo for the consultant, a
message to her, a video room, recommendations, medicines, a check-in at the studio, the account
by client number in the path, the pump's return with the deposit to her IBAN, push and events.
Set 157 has a maternity's postnatal follow-up; breast pumps and lactation consultants matched
nothing ("breast pump", "lactation")."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
    BIRTH,
    BUY,
    CRED,
    E164,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    SEARCH,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    pb,
    push_token,
)
from eval_families20_kit import DOB, FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims
from eval_families200_kit import (
    BABY,
    CLIENT,
    HOME,
    HOME_AT,
    IIN,
    KZ_ACCOUNT,
    PUMP,
    STUDIO,
    STUDIO_FIX,
    fix,
    hd,
    obj,
    push,
)
from eval_families200_sdk import cm_session, mr_batch, mr_queue, td_launch
from eval_families200_svc import (
    cs_check,
    cy_confirm,
    fd_eval,
    hc_attach,
    ma_geocode,
    pl_register,
)
from eval_payloads import EMAIL, USER_ID, Case, J, L, case

APP = App("emitish", "Emitish", "com.example.emitish", "1.3.5", "https://api.emitish.example.com")
IID = "X-Emitish-Install"
NID = "personal.national_id"
FIT = "health.fitness"
CONSULTANT = ("Gulnara Tursunova", "g.tursunova@sutyoli.example.com")  # typed by her
PDF = b"%PDF-1.6\n%\xe2\xe3\xcf\xd3\n" + bytes(range(48))


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "upper")
    return hd(APP, rng, IID, **kw)


def emitish() -> list[Case]:
    rng = random.Random(20061)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, elxet=L(EMAIL, MAIL), xeridar=L(CLIENT, MED)))}
    sla, slo = fix(STUDIO_FIX, 5)
    lab: dict[str, str] = {}
    session = pb([(1, L(CLIENT, MED)), (2, obj(rng, "ps")), (3, 1765519200),
                  (4, [(1, L(62, MED)), (2, L(48, MED)), (3, L(18, MED))]), (5, 7)], "", lab)
    acct = at_path(case(f, f"{a}/v1/xeridarlar/{CLIENT}/hesab", headers=_h(rng, **b)),
                   CLIENT, MED)
    return [
        case(f, f"{a}/v1/tizimlitish", headers=_h(rng), body={
            "isim": L(FIRST, NAMEC), "familiye": L(LAST, NAMEC), "elxet": L(EMAIL, MAIL),
            "yanfon": L(E164, TEL), "tughulghan_kun": L(DOB, BIRTH), "iin": L(IIN, NID),
            "bowaq": {"isim": L(BABY["first"], NAMEC), "tughulghan_kun": L(BABY["dob"], BIRTH)},
            "tughut_usuli": L("kesarche", MED), "xeridar_nomuri": L(CLIENT, MED)}),
        case(f, f"{a}/v1/kirish/sms", fmt="form", headers=_h(rng), body={
            "yanfon": L(E164, TEL), "kod": L("774102", CRED)}),
        case(f, f"{a}/v1/men", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/soalnama", gz=True, headers=_h(rng, **b), body={
            "xeridar_nomuri": L(CLIENT, MED), "emitish_usuli": L("arilash", MED),
            "emchek_aghriqi": L(6, MED), "qizitma": L(False, MED),
            "yalliq": L("ong emchek, qizirish", MED), "dorilar": [L("ibuprofen 400 mg", MED)],
            "allergiye": [L("penitsillin", MED)], "qan_besimi": L("118/76", MED),
            "tughut_usuli": L("kesarche", MED)}),
        case(f, f"{a}/v1/meslihetchiler", headers=_h(rng, **b), query={"til": "ug,ru,en"}),
        case(f, f"{a}/v1/korush", headers=_h(rng, **b), body={
            "meslihetchi": "lc_0093", "waqit": "2025-12-11T11:00", "tur": "oyge_kelish",
            "adres": L(HOME["line"], ADDR), "xeridar_nomuri": L(CLIENT, MED),
            "sewebi": L("bowaq emchekni yaxshi tutmaydu, ong emchek aghriydu", f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/tolem", fmt="form", headers=_h(rng, **b), body={
            "maqsat": "girew", "summa": L("60000", BUY), "pul_birliki": "KZT",
            "metod": L(opaque(rng, "pm_", 24), PAY), "karta_axirqi_4": L("4444", PAY)}),
        case(f, f"{a}/v1/nasos/ijare", headers=_h(rng, **b), body={
            "nasos": PUMP["serial"], "modeli": PUMP["model"], "muddet_kun": 30,
            "xeridar_nomuri": L(CLIENT, MED), "ijare_heqqi": L(24000, BUY),
            "yetkuzush_adresi": L(HOME["line"], ADDR)}),
        case(f, f"{a}/v1/nasos/baghlash", headers=_h(rng, **b), body={
            "nasos": PUMP["serial"], "ble": "d4:36:39:0a:7e:12", "firmware": "2.8.1",
            "xeridar_nomuri": L(CLIENT, MED)}),
        raw(f, f"{a}/v1/nasos/seans", session, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/emitish/kundilik", fmt="msgpack", headers=_h(rng, **b), body={
            "xeridar_nomuri": L(CLIENT, MED), "emitishler": [
                {"waqit": "02:10", "terep": L("sol", MED), "minut": L(22, MED)},
                {"waqit": "05:40", "terep": L("ong", MED), "minut": L(9, MED)},
                {"waqit": "09:05", "sheshe_ml": L(70, MED)}]}),
        case(f, f"{a}/v1/bowaq/eghirliq", headers=_h(rng, **b), body={
            "xeridar_nomuri": L(CLIENT, MED), "kun": "2025-12-10",
            "eghirliq_gramm": L(3890, FIT), "boy_cm": L(53, FIT)}),
        multipart(f, f"{a}/v1/resimler", [
            ("resim", "latch_day16.jpg", "image/jpeg", L(JPEG + b"\x52", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"xeridar_nomuri": L(CLIENT, MED), "kun": 16})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/uchur", headers=_h(rng, **b), body={
            "tapshuruwalghuchi": {"isim": L(CONSULTANT[0], NAMEC),
                                  "elxet": L(CONSULTANT[1], MAIL)},
            "uchur": L("Emchek uchi yerildi, kechte qizitma 37.8 boldi, nasosni toxtitaymu?",
                       f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/video_oyi", headers=_h(rng, **b), body={
            "korush": obj(rng, "vs"), "kirish_token": L(opaque(rng, "vr_", 36), CRED)}),
        case(f, f"{a}/v1/tewsiyeler", headers=_h(rng, **b), query={
            "xeridar_nomuri": L(CLIENT, MED), "mawzu": "mastit"}),
        case(f, f"{a}/v1/dorilar", headers=_h(rng, **b), body={
            "xeridar_nomuri": L(CLIENT, MED),
            "dorilar": [L("domperidone 10 mg", MED), L("lecithin 1200 mg", MED)],
            "bashlash": "2025-12-12"}),
        case(f, f"{a}/v1/kirish_belgisi", headers=_h(rng, **b), body={
            "korush": obj(rng, "vs"), "orun": {"kenglik": sla, "uzunluq": slo},
            "studiye": {"id": STUDIO["id"], "kenglik": STUDIO["lat"], "uzunluq": STUDIO["lon"]}}),
        acct,
        case(f, f"{a}/v1/nasos/qayturush", headers=_h(rng, **b), body={
            "nasos": PUMP["serial"], "kuryer_waqti": "2026-01-10T10-13",
            "adres": L(HOME["line"], ADDR), "girew_qayturush": {"iban": L(KZ_ACCOUNT, PAY),
                                                                "summa": L(60000, BUY)}}),
        case(f, f"{a}/v1/uskune", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/hadisiler", headers=_h(rng, **b), body={
            "ishletkuchi": L(USER_ID, UID), "hadisiler": [
                ev("seans_saqlandi", 1), ev("ekran", 2, ekran=L("Kundilik", USAGE))]}),
    ]


def emitish_sdks() -> list[Case]:
    rng = random.Random(20062)
    return [
        mr_batch(APP, rng, [("Pump Session", {"ml": L(110, MED)}),
                            ("Rental Started", {"days": 30})]),
        mr_queue(APP, rng, [("Feed Logged", {"side": L("sol", MED)}),
                            ("Weigh In", {"grams": L(3890, FIT)})]),
        td_launch(APP, rng, first=True, user=True),
        cm_session(APP, rng, secs=388),
        fd_eval(APP, rng, {"studiye": STUDIO["id"], "programma": L("mastit", MED)}, hdr=True),
        pl_register(APP, rng, tags={"studiye": STUDIO["id"]}),
        cs_check(APP, rng, {"analytics": True, "research": False}),
        ma_geocode(APP, rng, "Sutyoli Lactation Studio", SEARCH, near=HOME_AT, nd=2),
        hc_attach(APP, rng, L(PDF, MEDIA), "rental_contract.pdf", "application/pdf"),
        cy_confirm(APP, rng, "60000"),
    ]
