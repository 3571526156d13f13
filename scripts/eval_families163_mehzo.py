"""Early-intervention centre parent app "Mehzo" (a Frankfurt centre's therapy for Abel, 5, autistic;
the centre's Eritrean-German developer wrote the API in Tigrinya: ``welladi`` parent, ``zmd``
relation, ``wlad`` child, ``kuxri_fayl`` file number, ``mermera`` diagnosis, ``elamat`` goals,
``kfle_gzie`` session, ``tehagagazi`` therapist, ``tebay`` behaviour, ``gzie_deqiq`` minutes,
``mdqas`` sleep, ``zareba`` speech, ``qalat`` words, ``mgbi`` food, ``alerji`` allergy,
``fqad`` consent, ``ktam`` signature, ``kita`` day-care, with the set's shared keys): the parent's
sign-up, an e-mail code, ``/ane`` (a ``deqi`` claim), Abel's registration (his insurance number),
the diagnostic report (PDF), the goals by file number in the path, goals set, sessions, a session
booked, a check-in with her fix, the behaviour log (gzip), new words (msgpack), a home video, a
message to the therapist, consent, sharing with the day-care teacher, a search, diet and
medicines, a fare reimbursement, a video-therapy room, the history by cookie, push, events and a
token refresh. No earlier set has an autism or early-intervention app (a docstring grep); sets
with speech therapy or ADHD are about other children and programmes."""

from __future__ import annotations

import random
from typing import Any

from eval_families17_kit import (
    BIRTH,
    BUY,
    CRED,
    DID,
    E164,
    GENDER,
    MAIL,
    MED,
    MEDIA,
    MP4,
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
from eval_families19_kit import EMAIL_MIXED
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families163_kit import (
    CENTRE,
    CENTRE_FIX,
    CHILD_FILE,
    DE_IBAN,
    FFM_HOME_AT,
    SON,
    THERAPIST,
    fix,
    hd,
    mesarhi,
    obj,
)
from eval_families163_sdk import cd_session, mc_batch, mc_queue, tn_launch
from eval_families163_svc import cy_save, fn_eval, hs_attach, mm_geocode, pt_register
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("mehzo", "Mehzo", "com.example.mehzo", "2.0.7", "https://api.mehzo.example.org")
IID = "X-Mehzo-Device"
PW = "Abel2020!Bruecke"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(50))
KID = f"{SON['first']} {SON['last']}"
TEACHER = ("Jasmin Roth", "j.roth@kita-sonnenblume.example.net")  # the day-care teacher
FILE = L(CHILD_FILE, MED)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, **kw)


def mehzo() -> list[Case]:
    rng = random.Random(16341)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {
        "Authorization": J(
            claims(rng, imeyl=L(EMAIL, MAIL), deqi=[L(CHILD_FILE, MED)], role="welladi")
        )
    }
    cla, clo = fix(CENTRE_FIX, 5)
    goals = at_path(
        case(f, f"{a}/api/wlad/{CHILD_FILE}/elamat", headers=_h(rng, **b)), CHILD_FILE, MED
    )
    return [
        case(
            f,
            f"{a}/api/welladi/temezgeb",
            headers=_h(rng),
            body={
                "sim_mlue": L(f"{FIRST} {LAST}", NAMEC),
                "imeyl": L(EMAIL_MIXED, MAIL),
                "kuxri_silki": L(E164, TEL),
                "hbue_qal": L(PW, CRED),
                "zmd": "adey",
            },
        ),
        case(
            f,
            f"{a}/api/auth/imeyl-kod",
            fmt="form",
            headers=_h(rng),
            body={"imeyl": L(EMAIL, MAIL), "kod": L("274019", CRED)},
        ),
        case(f, f"{a}/api/ane", headers=_h(rng, extra=jw)),
        case(
            f,
            f"{a}/api/wlad",
            headers=_h(rng, **b),
            body={
                "sim": L(SON["first"], NAMEC),
                "sim_abbo": L(SON["last"], NAMEC),
                "elet_wldet": L(SON["dob"], BIRTH),
                "xota": L(SON["sex"], GENDER),
                "kuxri_wastna": L(SON["kvnr"], MED),
                "qanqatat": ["ti", "de"],
                "kita": "kita_sonnenblume",
                "kuxri_fayl": FILE,
            },
        ),
        multipart(
            f,
            f"{a}/api/wlad/mermera",
            [
                ("report", "spz_befund.pdf", "application/pdf", L(PDF, f"{MEDIA}|{MED}")),
                (
                    "meta",
                    None,
                    "application/json",
                    {
                        "kuxri_fayl": FILE,
                        "mermera": L("F84.0 childhood autism", MED),
                        "elet": "2025-06-30",
                        "spz": "spz_ffm_mitte",
                    },
                ),
            ],
            headers=_h(rng, **b),
        ),
        goals,
        case(
            f,
            f"{a}/api/elamat",
            headers=_h(rng, **b),
            body={
                "kuxri_fayl": FILE,
                "elamat": [
                    L("kl'ite qalat hbur ydli", MED),
                    L("rs mhxab ytgas", MED),
                    L("ab kita mis kalot deqi ytxawet", MED),
                ],
            },
        ),
        case(
            f,
            f"{a}/api/kfle_gzie",
            headers=_h(rng, **b),
            query={"kuxri_fayl": FILE, "werhi": "2026-02"},
        ),
        case(
            f,
            f"{a}/api/kfle_gzie/qoxera",
            fmt="form",
            headers=_h(rng, **b),
            body={
                "seat": obj(rng, "sl"),
                "kuxri_fayl": FILE,
                "tehagagazi": "th_albers",
                "ayni": L("logopedie", MED),
            },
        ),
        case(
            f,
            f"{a}/api/ateto",
            headers=_h(rng, **b),
            body={
                "kfle_gzie": obj(rng, "kg"),
                "bota": {"kekros": cla, "kentros": clo},
                "centre": {"id": CENTRE["id"], "kekros": CENTRE["lat"], "kentros": CENTRE["lon"]},
            },
        ),
        case(
            f,
            f"{a}/api/tebay/mezgeb",
            gz=True,
            headers=_h(rng, **b),
            body={
                "kuxri_fayl": FILE,
                "mezgeb": [
                    {
                        "elet": "2026-02-03",
                        "tebay": L("meltdown", MED),
                        "gzie_deqiq": L(12, MED),
                        "mknyat": L("dmxi U-Bahn, ab Konstablerwache", f"{TEXT}|{MED}"),
                    },
                    {
                        "elet": "2026-02-04",
                        "tebay": L("head banging", MED),
                        "gzie_deqiq": L(3, MED),
                    },
                ],
                "mdqas": {"seat": L(7.5, MED), "tenesie": L(3, MED)},
            },
        ),
        case(
            f,
            f"{a}/api/zareba/qalat",
            fmt="msgpack",
            headers=_h(rng, **b),
            body={
                "kuxri_fayl": FILE,
                "qalat": [L("mai", MED), L("buna", MED), L("auto", MED)],
                "qanqa": "ti",
                "elet": "2026-02-06",
            },
        ),
        multipart(
            f,
            f"{a}/api/video",
            [
                ("video", "abel_playing.mp4", "video/mp4", L(MP4, f"{MEDIA}|{MED}")),
                (
                    "meta",
                    None,
                    "application/json",
                    {
                        "kuxri_fayl": FILE,
                        "melekti": L(
                            "Abel ms bsklet kxawet ttesfyu, ab 2:10 hand-flapping",
                            f"{TEXT}|{MED}|{NAMEC}",
                        ),
                    },
                ),
            ],
            headers=_h(rng, **b),
        ),
        case(
            f,
            f"{a}/api/melekti",
            headers=_h(rng, **b),
            body={
                "nab": {"sim": L(THERAPIST[0], NAMEC), "imeyl": L(THERAPIST[1], MAIL)},
                "text": L(
                    "Frau Albers, Abel hamuus 5 seat xrKu deqisu, kulu lelti tenesiu",
                    f"{TEXT}|{MED}|{NAMEC}",
                ),
            },
        ),
        case(
            f,
            f"{a}/api/fqad",
            fmt="form",
            headers=_h(rng, **b),
            body={
                "kuxri_fayl": FILE,
                "video": "true",
                "kita_zerga": "true",
                "ktam": L(f"{FIRST} {LAST}", NAMEC),
                "elet": "2026-02-02",
            },
        ),
        case(
            f,
            f"{a}/api/kita/zerga",
            headers=_h(rng, **b),
            body={
                "teqebali": {"sim": L(TEACHER[0], NAMEC), "imeyl": L(TEACHER[1], MAIL)},
                "kuxri_fayl": FILE,
                "ayni": "elamat_report",
            },
        ),
        case(
            f,
            f"{a}/api/dleya",
            headers=_h(rng, **b),
            query={"q": L("autism tigrinya mexahft deqi", SEARCH)},
        ),
        case(
            f,
            f"{a}/api/mgbi",
            headers=_h(rng, **b),
            body={
                "kuxri_fayl": FILE,
                "alerji": [L("peanut", MED)],
                "mgbi": L("gluten-free trial", MED),
                "medhanit": [L("melatonin 1 mg", MED)],
            },
        ),
        case(
            f,
            f"{a}/api/wastna/fatura",
            fmt="form",
            headers=_h(rng, **b),
            body={
                "kuxri_wastna": L(SON["kvnr"], MED),
                "ayni": "fahrtkosten",
                "meten": L("38.40", BUY),
                "iban": L(DE_IBAN, PAY),
            },
        ),
        case(
            f,
            f"{a}/api/video/room",
            headers=_h(rng, **b),
            body={"kfle_gzie": obj(rng, "kg"), "joinToken": L(opaque(rng, "vr_", 36), CRED)},
        ),
        case(
            f,
            f"{a}/api/tarik",
            headers=_h(rng, how="none"),
            cookies={
                "mz_sesia": L(opaque(rng, "", 40), CRED),
                "mz_mesarhi": L(INSTALL_ID, DID),
                "mz_req": rid(rng),
            },
        ),
        case(f, f"{a}/api/mesarhi", headers=_h(rng, **b), body=mesarhi(APP, push_token(rng))),
        case(
            f,
            f"{a}/api/fxametat",
            headers=_h(rng, **b),
            body={
                "teteqami": L(USER_ID, UID),
                "fxametat": [ev("tebay_logged", 1), ev("gexi", 2, gexi=L("Elamat", USAGE))],
            },
        ),
        case(
            f,
            f"{a}/api/session/refresh",
            fmt="form",
            headers=_h(rng, how="none"),
            body={"refresh_token": L(opaque(rng, "rt_", 48), CRED), "mesarhi": L(INSTALL_ID, DID)},
        ),
    ]


def mehzo_sdks() -> list[Case]:
    rng = random.Random(16342)
    return [
        mc_batch(
            APP,
            rng,
            [("Behaviour Logged", {"kind": L("meltdown", MED)}), ("Video Uploaded", {})],
            locale="ti_DE",
        ),
        mc_queue(APP, rng, [("Session Opened", {}), ("Words Added", {"count": 3})]),
        tn_launch(APP, rng),
        cd_session(APP, rng, secs=611),
        fn_eval(APP, rng, {"centre": CENTRE["id"], "program": L("autism", MED)}, hdr=True),
        pt_register(APP, rng, lang="ti", tags={"centre": CENTRE["id"]}),
        cy_save(APP, rng, {"analytics": True, "research": False, "video": True}),
        mm_geocode(APP, rng, "Kinderhaus Bruecke Nordend", SEARCH, near=FFM_HOME_AT, nd=2),
        hs_attach(APP, rng, L(PDF, f"{MEDIA}|{MED}"), "spz_befund.pdf", "application/pdf"),
    ]
