"""A Curepipe physiotherapy clinic's facial-palsy programme "Figirbon" (her left-sided Bell's
palsy since early January; its API's keys are Kreol Morisien snake_case with the clinic's
loans: ``pasian`` patient, ``prenon``, ``non_fami``, ``imel``, ``portab``, ``dat_nesans``,
``sex``, ``permi_rezidans`` residence permit, ``lasirans`` insurance, ``dosye`` patient file,
``maladi`` illness, ``sintom`` symptoms, ``kote`` side, ``konmanse`` onset, ``medikaman``
medicine, ``tansion`` blood pressure, ``ansint`` pregnant, ``figir`` face, ``lizie`` eye,
``gout_lizie`` eye drops, ``ekzersis`` exercises, ``randevou`` appointment, ``tes`` test,
``dokter`` doctor, ``montan``, ``peyman``, ``sertifika`` certificate, ``patron`` employer,
``mesaz``, ``rod``): sign-up with her residence permit and insurance, an SMS code, ``/mwa``,
the intake questionnaire (gzip), face photos, a protobuf exercise log, the eye-care diary
(msgpack), the physiotherapy booking, an EMG test, a check-in at the clinic, the payment with
the insurer's share, a sick note (PDF) for her employer, a message to the physiotherapist,
medicine reminders, a video session, sharing with her husband, invoices by file number in the
path, an offline exercise queue (JSON Lines), a search, push and events."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    BIRTH,
    BUY,
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
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families244_kit import (
    CLINIC,
    CLINIC_FIX,
    DOSYE,
    HUSBAND,
    MU_HOME_AT,
    PHYSIO,
    POLICY,
    RESIDENCE,
    fix,
    hd,
    obj,
    push,
)
from eval_families244_sdk import ct_crash, ct_crumb, ct_session, td_batch, td_queue, tm_launch
from eval_families244_svc import cg_check, ff_eval, ha_attach, ha_message, mp_geocode, pr_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("figirbon", "Figirbon", "com.example.figirbon", "1.9.2",
          "https://api.figirbon.example.net")
IID = "X-Figirbon-Install"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(36))
NID = "personal.national_id"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def figirbon() -> list[Case]:
    rng = random.Random(24431)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, imel=L(EMAIL, MAIL), dosye=L(DOSYE, MED)))}
    cla, clo = fix(CLINIC_FIX, 5)
    lab: dict[str, str] = {}
    log = pb([(1, L(DOSYE, MED)), (2, 1768521600),
              (3, [(1, L("lev sousi", MED)), (2, 10), (3, L(62, MED))]),
              (5, [(1, L("ferm lizie dousman", MED)), (2, 10), (3, L(48, MED))]),
              (4, L(81, DEV))], "", lab)
    inv = at_path(case(f, f"{a}/v2/pasian/{DOSYE}/fakti", headers=_h(rng, **b)), DOSYE, MED)
    return [
        case(f, f"{a}/v2/pasian", headers=_h(rng), body={
            "prenon": L(FIRST, NAMEC), "non_fami": L(LAST, NAMEC), "imel": L(EMAIL, MAIL),
            "portab": L(E164, TEL), "dat_nesans": L(DOB, BIRTH), "sex": L("F", GENDER),
            "permi_rezidans": L(RESIDENCE, NID),
            "lasirans": {"nimero": L(POLICY, MED), "konpani": "Example Health Mauritius"},
            "refere_par": "dokter"}),
        case(f, f"{a}/v2/auth/sms", fmt="form", headers=_h(rng), body={
            "portab": L(E164, TEL), "kod": L("590266", CRED)}),
        case(f, f"{a}/v2/mwa", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v2/kestioner", gz=True, headers=_h(rng, **b), body={
            "dosye": L(DOSYE, MED), "maladi": L("paralizi figir (Bell)", MED),
            "konmanse": L("2026-01-05", MED), "kote": L("gos", MED),
            "sintom": [L("lizie pa ferm net", MED), L("dimal dan zorey", MED),
                       L("pa gout manze lor kote gos", MED)],
            "grad_hb": L(4, MED), "diabet": L(False, MED), "tansion": L("normal", MED),
            "ansint": L(False, MED),
            "medikaman": [L("prednisolone 60 mg", MED), L("valaciclovir 1 g", MED)]}),
        multipart(f, f"{a}/v2/foto/figir", [
            ("foto", "zour10_sourir.jpg", "image/jpeg", L(JPEG + b"\x0a", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"dosye": L(DOSYE, MED), "zour": 10,
                                                "ekspresion": "sourir"})],
            headers=_h(rng, **b)),
        raw(f, f"{a}/v2/ekzersis/zournal", log, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/lizie/zournal", fmt="msgpack", headers=_h(rng, **b), body={
            "dosye": L(DOSYE, MED), "dat": "2026-01-16", "gout_lizie": L(6, MED),
            "bann_lanwit": L(True, MED), "lizie_rouz": L(False, MED)}),
        case(f, f"{a}/v2/randevou", headers=_h(rng, **b), body={
            "dosye": L(DOSYE, MED), "kalite": L("fizioterapi figir", MED),
            "ler": "2026-01-19T09:30", "sal": "sl_02", "klinik": CLINIC["id"]}),
        case(f, f"{a}/v2/tes", fmt="form", headers=_h(rng, **b), body={
            "dosye": L(DOSYE, MED), "tes": L("EMG nerf figir", MED),
            "dokter": L("Dr. Yusuf Peerun", NAMEC), "dat": "2026-01-27"}),
        case(f, f"{a}/v2/prezans", headers=_h(rng, **b), body={
            "randevou": obj(rng, "rv"), "pozision": {"lat": cla, "lng": clo},
            "klinik": {"id": CLINIC["id"], "lat": CLINIC["lat"], "lng": CLINIC["lon"]}}),
        case(f, f"{a}/v2/peyman", fmt="form", headers=_h(rng, **b), body={
            "montan": L("1800", BUY), "monnen": "MUR", "part_lasirans": L("1200", BUY),
            "lasirans": L(POLICY, MED), "metod": L(opaque(rng, "pm_", 24), PAY),
            "kart4": L("4444", PAY)}),
        multipart(f, f"{a}/v2/sertifika", [
            ("sertifika", "sertifika_maladi.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"dosye": L(DOSYE, MED),
                                                "patron": "Example Remote LLC",
                                                "zour_konze": L(14, MED)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v2/mesaz", headers=_h(rng, **b), body={
            "pou": {"non": L(PHYSIO[0], NAMEC), "imel": L(PHYSIO[1], MAIL)},
            "mesaz": L("Mo lizie gos pa pe ferm net ankor lanwit, eski mo kontinie met bann la?",
                       f"{TEXT}|{MED}")}),
        case(f, f"{a}/v2/rapel/medikaman", headers=_h(rng, **b), body={
            "dosye": L(DOSYE, MED), "medikaman": L("prednisolone 60 mg", MED),
            "ler": ["08:00"], "ziska": "2026-01-15"}),
        case(f, f"{a}/v2/video/sal", headers=_h(rng, **b), body={
            "randevou": obj(rng, "rv"), "token_zwenn": L(opaque(rng, "vs_", 36), CRED)}),
        case(f, f"{a}/v2/partaz", headers=_h(rng, **b), body={
            "dosye": L(DOSYE, MED),
            "avek": {"non": L(HUSBAND[0], NAMEC), "portab": L(HUSBAND[1], TEL)},
            "lakses": ["randevou", "fakti"]}),
        inv,
        lines(f, f"{a}/v2/ekzersis/sync", [
            {"dosye": L(DOSYE, MED), "ekzersis": L("gonfle lazou", MED), "fwa": 10,
             "ts": 1768608000},
            {"dosye": L(DOSYE, MED), "ekzersis": L("sourir ferm lebouss", MED), "fwa": 10,
             "ts": 1768608420}], headers=_h(rng, **b)),
        case(f, f"{a}/v2/rod", headers=_h(rng, **b), query={
            "rod": L("ekzersis pou lev kwin labous", f"{SEARCH}|{MED}")}),
        case(f, f"{a}/v2/aparey", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v2/levennman", headers=_h(rng, how="none"), cookies={
            "fb_sid": L(opaque(rng, "", 40), CRED), "fb_dev": L(INSTALL_ID, DID)}, body={
            "itilizater": L(USER_ID, UID), "sesion": rid(rng), "levennman": [
                ev("ekzersis_fini", 1), ev("ekran", 2, ekran=L("ZournalLizie", USAGE))]}),
    ]


def figirbon_sdks() -> list[Case]:
    rng = random.Random(24432)
    return [
        td_batch(APP, rng, [("Exercise Done", {"score": L(62, MED)}),
                            ("Session Booked", {"clinic": CLINIC["id"]})]),
        td_queue(APP, rng, [("Eye Diary", {"drops": L(6, MED)}), ("Photo Uploaded", {"day": 10})]),
        tm_launch(APP, rng, first=True, user=True),
        ct_session(APP, rng, secs=604),
        ct_crash(APP, rng, ("android.hardware.camera2.CameraAccessException", "camera busy"),
                 [ct_crumb("nav", "Zournal -> FotoFigir")], screen="FotoActivity"),
        ff_eval(APP, rng, {"clinic": CLINIC["id"], "program": L("facial-palsy", MED)}, hdr=True),
        pr_register(APP, rng, tags={"klinik": CLINIC["id"]}),
        cg_check(APP, rng, {"analytics": True, "research": False}),
        mp_geocode(APP, rng, "Klinik Fizio Forest Side", SEARCH, near=MU_HOME_AT, nd=2),
        ha_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "rapor_neurolog.pdf", "application/pdf"),
        ha_message(APP, rng, L("Mo pa pe gagn video session la, ekran nwar",
                               TEXT), {"dosye": L(DOSYE, MED)}),
    ]
