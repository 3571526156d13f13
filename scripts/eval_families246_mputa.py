"""A burns-and-dressings clinic's app "Mputa" (``mputa`` wound; Nzanza, Matadi): she scalded her
left forearm with boiling palm oil at home and has it dressed at the clinic over six weeks (her own
health data). Its API's keys are Kituba in ASCII with the French words of the clinic: ``zina``
first name, ``zina_ya_tata`` family name (lit. "father's name"), ``telefone`` phone, ``imele``
e-mail, ``kinsweki`` password, ``dati_ya_kubutuka`` birth date, ``nkento_bakala`` sex (``nkento``
woman), ``pasipore`` passport, ``adresi`` address, ``mbanza`` town, ``nimero_ya_fisha`` file
number, ``mputa`` wound, ``kisika_ya_nitu`` body site, ``mpasi`` pain,
``bilongo`` medicines, ``alerzi`` allergies, ``divumu`` pregnancy, ``vaksin`` vaccine,
``pansema`` dressing, ``kilumbu`` day, ``ngunga`` hour, ``ntalu`` amount, ``lufutu`` payment,
``nsangu`` message, ``mambu`` text, ``dokotolo`` doctor, ``nkazi`` spouse, ``sosa`` search,
``kisika`` place. Sign-up with her passport, an SMS code, ``/mono``, the first-visit triage,
photos of the burn, dressing appointments, a payment, the check-in at the clinic, a protobuf pain
and itch diary, prescriptions, a message to her nurse, wrist exercises (gzip), a compression
sleeve with her arm's measurements, her employer's medical cover, the invoice by file number in
the path, sharing with her husband, a video follow-up, scar-cream reminders, a search, push and
events. New kind: "burn" in the docstrings only as sunburn, burn-out or firewood burned; wound
apps exist (a diabetic foot-ulcer photo tracker), none for an acute burn's dressings."""

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
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families246_kit import (
    CLINIC,
    CLINIC_FIX,
    FILE,
    HOME,
    HOME_AT,
    HUSBAND,
    NURSE,
    PASSPORT,
    WORKER,
    fix,
    hd,
    obj,
    push,
)
from eval_families246_sdk import cz_session, lm_launch, ty_batch, ty_queue
from eval_families246_svc import ck_check, fm_eval, hb_attach, my_geocode, pn_register
from eval_payloads import EMAIL, USER_ID, Case, J, L, case

APP = App("mputa", "Mputa", "com.example.mputa", "1.9.0", "https://api.mputa.example.net")
IID = "X-Mputa-Install"
NID = "personal.national_id"
FIT = "health.fitness"
PW = "Mafuta!Nzanza7"
PDF = b"%PDF-1.6\n%\xe2\xe3\xcf\xd3\n" + bytes(range(30))


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, fr=True, **kw)


def mputa() -> list[Case]:
    rng = random.Random(24621)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, telefone=L(E164, TEL), nimero_ya_fisha=L(FILE, MED)))}
    cla, clo = fix(CLINIC_FIX, 5)
    lab: dict[str, str] = {}
    diary = pb([(1, L(FILE, MED)), (2, 1768176000),
                (3, [(1, L(5, MED)), (2, L(7, MED)), (3, L("paracetamol 1 g", MED))]),
                (4, "2.0.1")], "", lab)
    inv = at_path(case(f, f"{a}/v1/fisha/{FILE}/factures", headers=_h(rng, **b)), FILE, MED)
    return [
        case(f, f"{a}/v1/basadi", headers=_h(rng), body={
            "zina": L(FIRST, NAMEC), "zina_ya_tata": L(LAST, NAMEC), "telefone": L(E164, TEL),
            "imele": L(EMAIL, MAIL), "kinsweki": L(PW, CRED),
            "dati_ya_kubutuka": L("1991-05-17", BIRTH), "nkento_bakala": L("nkento", GENDER),
            "pasipore": L(PASSPORT, NID), "adresi": L(HOME["line"], ADDR),
            "mbanza": L(HOME["town"], COARSE)}),
        case(f, f"{a}/v1/auth/sms", fmt="form", headers=_h(rng), body={
            "telefone": L(E164, TEL), "code": L("550318", CRED)}),
        case(f, f"{a}/v1/mono", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/triage", headers=_h(rng, **b), body={
            "nimero_ya_fisha": L(FILE, MED), "mputa": L("brulure ya mafuta ya ntaba", MED),
            "kisika_ya_nitu": L("diboko ya lumoso", MED), "ndambu": L("2e degre", MED),
            "ntinu_cm2": L(48, MED), "mpasi": L(8, MED), "vaksin": {"tetanos": L(False, MED)},
            "alerzi": [L("penisilini", MED)], "divumu": L(False, MED),
            "kilumbu_ya_mputa": "2026-01-05"}),
        multipart(f, f"{a}/v1/mputa/foto", [
            ("foto", "diboko_kilumbu1.jpg", "image/jpeg", L(JPEG + b"\x81", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"nimero_ya_fisha": L(FILE, MED), "kilumbu": 1,
                                                "pansema": L("sulfadiazine", MED)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/pansema/bangunga", headers=_h(rng, **b), query={
            "clinique": CLINIC["id"], "mposo": "2026-W02", "nimero_ya_fisha": L(FILE, MED)}),
        case(f, f"{a}/v1/pansema/rendez-vous", headers=_h(rng, **b), body={
            "nimero_ya_fisha": L(FILE, MED), "ngunga": obj(rng, "sl"),
            "kisalu": L("pansema ya brulure", MED), "kilumbu": "2026-01-08T08:30",
            "kiti": "box_2"}),
        case(f, f"{a}/v1/lufutu", fmt="form", headers=_h(rng, **b), body={
            "ntalu": L("25000", BUY), "devise": "CDF", "nimero_ya_fisha": L(FILE, MED),
            "lufutu_id": L(opaque(rng, "pm_", 24), PAY), "nsuka_4": L("4444", PAY)}),
        case(f, f"{a}/v1/kukota", headers=_h(rng, **b), body={
            "rendez_vous": obj(rng, "rv"), "kisika": {"lat": cla, "lng": clo},
            "clinique": {"id": CLINIC["id"], "lat": CLINIC["lat"], "lng": CLINIC["lon"]}}),
        raw(f, f"{a}/v1/zulunalu", diary, "application/x-protobuf", lab, headers=_h(rng, **b)),
        case(f, f"{a}/v1/bilongo", headers=_h(rng, **b), query={
            "nimero_ya_fisha": L(FILE, MED), "ya_ntangu_yai": "true"}),
        case(f, f"{a}/v1/nsangu", headers=_h(rng, **b), body={
            "kwa": {"zina": L(NURSE[0], NAMEC), "imele": L(NURSE[1], MAIL)},
            "mambu": L("Mputa ke basisa masa ya mpembe, mpe ke nuka fioti. Yo kele mbote?",
                       f"{TEXT}|{MED}")}),
        case(f, f"{a}/v1/kinesi/mambu", gz=True, headers=_h(rng, **b), body={
            "nimero_ya_fisha": L(FILE, MED), "exercices": [
                {"nkumbu": "flexion poignet", "degre": L(55, MED), "mbala": 10},
                {"nkumbu": "extension poignet", "degre": L(40, MED), "mbala": 10}],
            "mpasi": L(3, MED)}),
        case(f, f"{a}/v1/manchon/commande", headers=_h(rng, **b), body={
            "nimero_ya_fisha": L(FILE, MED), "diboko_cm": {"nkinzi": L(16.5, FIT),
                                                          "kati": L(24.0, FIT),
                                                          "nsongi": L(27.5, FIT)},
            "ntalu": L(60, BUY), "devise": "USD"}),
        case(f, f"{a}/v1/couverture", headers=_h(rng, **b), body={
            "nimero_ya_fisha": L(FILE, MED), "mfumu_ya_kisalu": "Manutention Nzadi",
            "nimero_ya_musali": L(WORKER, UID), "accident_ya_kisalu": L(False, MED)}),
        inv,
        case(f, f"{a}/v1/kabula", headers=_h(rng, **b), body={
            "nimero_ya_fisha": L(FILE, MED), "ti": {"zina": L(HUSBAND[0], NAMEC),
                                                    "telefone": L(HUSBAND[1], TEL)},
            "bima": ["rendez_vous", "factures"]}),
        case(f, f"{a}/v1/video/salle", headers=_h(rng, **b), body={
            "rendez_vous": obj(rng, "rv"), "join_token": L(opaque(rng, "vr_", 36), CRED),
            "dokotolo": "dr_ngoma"}),
        case(f, f"{a}/v1/bilongo/rappel", fmt="form", headers=_h(rng, **b), body={
            "nimero_ya_fisha": L(FILE, MED), "bilongo": L("creme ya cicatrice", MED),
            "ngunga": "07:00,19:00"}),
        case(f, f"{a}/v1/sosa", headers=_h(rng, **b), query={
            "sosa": L("mputa ke kuwa mbangu na mpimpa", f"{SEARCH}|{MED}")}),
        case(f, f"{a}/v1/aparey", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/v1/mambu", headers=_h(rng, **b), body={
            "muntu": L(USER_ID, UID), "session": rid(rng), "events": [
                ev("diary_saved", 1), ev("ekrani", 2, ekrani=L("Zulunalu", USAGE))]}),
    ]


def mputa_sdks() -> list[Case]:
    rng = random.Random(24622)
    return [
        ty_batch(APP, rng, [("Dressing Booked", {"clinic": CLINIC["id"]}),
                            ("Paid", {"amount": L(25000, BUY)})]),
        ty_queue(APP, rng, [("Diary Entry", {"mpasi": L(5, MED)}),
                            ("Photo Uploaded", {"day": 7})]),
        lm_launch(APP, rng, first=True, user=True),
        cz_session(APP, rng, secs=384),
        fm_eval(APP, rng, {"clinique": CLINIC["id"], "programme": L("brulures", MED)}, hdr=True),
        pn_register(APP, rng, lang="fr", tags={"clinique": CLINIC["id"]}),
        ck_check(APP, rng, {"analytics": True, "research": False}),
        my_geocode(APP, rng, "Centre de Soins Mputa Nzanza", SEARCH, near=HOME_AT, nd=2),
        hb_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "ordonnance_mputa.pdf", "application/pdf"),
    ]
