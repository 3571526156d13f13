"""Mine-risk report and cleared-land check app "Lunguka" ("be careful"; the province's
mine-action desk: villagers report suspect items, check whether a field has been surveyed or
cleared before ploughing, and follow mine-risk lessons; its API's keys are Umbundu, ASCII-folded:
``onduko`` name, ``onduko_yepata`` surname (family name), ``otelefone`` phone, ``ondaka_yasuekwa``
password (lit. "hidden word"), ``imbo`` village, ``ombala`` town, ``epia`` field, ``mwene``
owner, ``ocitumalo`` place, ``esapulo`` report, ``ondaka`` text, ``efoto`` photo, ``okusanda``
search, ``elongiso`` lesson, ``ovitumalo`` corners, ``elimi`` language): sign-up, SMS code,
``/ame``, the clearance status near the family field (4 decimals), the field registered with its
corners and her husband as owner, a suspect item reported with a photo and her fix, her reports
by user ID in the path, one report's status, a clearance-team visit requested (her
brother-in-law the contact on the ground), the cleared-areas layer for the village, an offline
msgpack queue of fixes walked along the boundary, a protobuf field beat, lesson progress, alerts
for the village, an offline sync (JSON Lines), a message to the liaison officer, notices by cookie
GET, a search, push, events and a log-out."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
    JPEG,
    MAIL,
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
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families229_kit import (
    BROTHER_IL,
    DEMINERS,
    FIELD_AT,
    FIELD_FIX,
    HAZARD_AT,
    HOME_AT,
    HUSBAND,
    TZ,
    fix,
    hd,
    obj,
)
from eval_families229_sdk import ck_crash, ck_crumb, ck_session, en_launch, tx_batch, tx_queue
from eval_families229_svc import (
    cj_save,
    ft_eval,
    hm_message,
    mp_reverse,
    mp_route,
    mp_telemetry,
    pk_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("lunguka", "Lunguka", "com.example.lunguka", "1.9.4", "https://api.lunguka.example.org")
IID = "X-Lunguka-Device"
PW = "Cuima#Epia2026"


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, pt=True, **kw)


def lunguka() -> list[Case]:
    rng = random.Random(22901)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, otelefone=L(E164, TEL), email=L(EMAIL, MAIL),
                                    imbo=L("Cuima", COARSE)))}
    fla, flo = fix(FIELD_FIX)
    field = obj(rng, "ep")
    rep = obj(rng, "es", 12)
    lab: dict[str, str] = {}
    beat = pb([(1, L(USER_ID, UID)), (2, field), (3, 1768214400),
               (4, [(1, L(FIELD_FIX[0], PRECISE)), (2, L(FIELD_FIX[1], PRECISE)), (3, 9.0)]),
               (5, L(63, DEV))], "", lab)
    mine = at_path(case(f, f"{a}/v1/omunu/{USER_ID}/olosapulo", headers=_h(rng, **b),
                        query={"estado": "todos"}), USER_ID, UID)
    return [
        case(f, f"{a}/v1/okusonehisa", headers=_h(rng), body={
            "onduko": L(FIRST, NAMEC), "onduko_yepata": L(LAST, NAMEC), "otelefone": L(E164, TEL),
            "email": L(EMAIL, MAIL), "ondaka_yasuekwa": L(PW, CRED), "imbo": L("Cuima", COARSE),
            "ombala": L("Caala", COARSE), "provincia": L("Huambo", COARSE),
            "elimi": L("pt", DEV), "termos": True}),
        case(f, f"{a}/v1/okusonehisa/sms", fmt="form", headers=_h(rng), body={
            "otelefone": L(E164, TEL), "kodigo": L("508316", CRED)}),
        case(f, f"{a}/v1/ame", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/apia/estado", headers=_h(rng, **b), query={
            "lat": L(f"{FIELD_AT[0][0]:.4f}", PRECISE), "lng": L(f"{FIELD_AT[0][1]:.4f}", PRECISE),
            "raio_m": "500"}),
        case(f, f"{a}/v1/apia", headers=_h(rng, **b), body={
            "epia": field, "mwene": {"onduko": L(HUSBAND[0], NAMEC),
                                     "otelefone": L(HUSBAND[1], TEL)},
            "imbo": L("Cuima", COARSE), "hectare": 1.8, "cultura": "epungu",
            "ovitumalo": [{"lat": L(la, PRECISE), "lng": L(lo, PRECISE)} for la, lo in FIELD_AT],
            "eteke_lyokulima": "2026-01-20"}),
        multipart(f, f"{a}/v1/esapulo", [
            ("efoto", "ocikuata.jpg", "image/jpeg", L(JPEG + b"\x29", MEDIA)),
            ("meta", None, "application/json", {
                "esapulo": rep, "epia": field,
                "ocitumalo": {"lat": fla, "lng": flo, "acc_m": 6},
                "ondaka": L("Rusty round metal thing half buried at the north corner of our field, "
                            "near the anthill. Nobody touched it, we put stones around it.",
                            TEXT),
                "marcador_proximo": {"lat": HAZARD_AT[0], "lng": HAZARD_AT[1]}})],
            headers=_h(rng, **b)),
        mine,
        case(f, f"{a}/v1/esapulo/{rep}", headers=_h(rng, **b)),
        case(f, f"{a}/v1/ovisita", headers=_h(rng, **b), body={
            "esapulo": rep, "equipa": DEMINERS["id"], "eteke": "2026-01-16",
            "omunu_kocitumalo": {"onduko": L(BROTHER_IL[0], NAMEC),
                                   "otelefone": L(BROTHER_IL[1], TEL)},
            "base": {"lat": DEMINERS["lat"], "lng": DEMINERS["lon"]}}),
        case(f, f"{a}/v1/olomapa/alimpiwa", headers=_h(rng, **b), query={
            "imbo": L("Cuima", COARSE), "zoom": "14", "formato": "geojson"}),
        case(f, f"{a}/v1/ocitumalo/fila", fmt="msgpack", headers=_h(rng, **b), body={
            "epia": field, "omunu": L(USER_ID, UID),
            "ovitumalo": [{"lat": L(round(FIELD_AT[i][0], 6), PRECISE),
                           "lng": L(round(FIELD_AT[i][1], 6), PRECISE), "t": 1768214000 + 90 * i}
                          for i in range(3)]}),
        raw(f, f"{a}/v1/epia/{field}/pulso", beat, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/elongiso/progresso", headers=_h(rng, **b), body={
            "omunu": L(USER_ID, UID), "elongiso": "marcas_vermelhas_3", "ovipulilo": 10,
            "vyacili": 9, "duracao_s": L(412, USAGE)}),
        case(f, f"{a}/v1/alertas", fmt="form", headers=_h(rng, **b), body={
            "imbo": L("Cuima", COARSE), "ombala": L("Caala", COARSE),
            "push_token": L(push_token(rng), DID)}),
        lines(f, f"{a}/v1/sync", [
            {"op": "esapulo", "id": obj(rng, "es", 12), "lat": L(f"{FIELD_AT[3][0]:.5f}", PRECISE),
             "lng": L(f"{FIELD_AT[3][1]:.5f}", PRECISE),
             "ondaka": L("Another one by the south path, smaller, like a bottle", TEXT)},
            {"op": "efoto_pendente", "id": obj(rng, "ef"), "by": L(USER_ID, UID)}],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/esapulo/{rep}/ondaka", headers=_h(rng, **b), body={
            "utambuli": "liaison_caala",
            "ondaka": L("Senhor, the children use the south path to school. Can the team come "
                        "before the rains? My husband's phone is +244923418206.",
                        f"{TEXT}|{TEL}")}),
        case(f, f"{a}/v1/avisos", headers=_h(rng, how="none"), cookies={
            "lg_sessao": L(opaque(rng, "", 40), CRED), "lg_device": L(INSTALL_ID, DID),
            "lg_req": rid(rng)}),
        case(f, f"{a}/v1/okusanda", headers=_h(rng, **b), query={
            "q": L("mina perto da escola de Cuima", SEARCH), "pagina": "1"}),
        case(f, f"{a}/v1/devices", headers=_h(rng, **b), body={
            "push_token": L(push_token(rng), DID), "device_id": L(INSTALL_ID, DID),
            "elimi": L("pt", DEV), "tz": L(TZ, DEV), "modelo": L("Pixel 8", DEV),
            "so": L("Android 14", DEV)}),
        case(f, f"{a}/v1/events", gz=True, headers=_h(rng, **b), body={
            "omunu": L(USER_ID, UID), "events": [
                ev("esapulo_enviado", 1), ev("ecra", 2, ecra=L("MapaAlimpiwa", USAGE)),
                ev("elongiso_concluido", 3)]}),
        case(f, f"{a}/v1/okupitamo", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "device": L(INSTALL_ID, DID)}),
    ]


def lunguka_sdks() -> list[Case]:
    rng = random.Random(22902)
    return [
        tx_batch(APP, rng, [("Report Sent", {"kind": "uxo"}), ("Lesson Done", {"n": 3})],
                 at=FIELD_FIX, nd=2, locale="pt_AO"),
        tx_queue(APP, rng, [("Field Walked", {"points": 3}), ("Photo Queued", {})]),
        en_launch(APP, rng, first=True),
        ck_crash(APP, rng, ("java.lang.IllegalStateException", "camera released"),
                 [ck_crumb("nav", "Esapulo -> Efoto"),
                  ck_crumb("net", "POST", {"url": f"{APP.api}/v1/esapulo", "status": 504})],
                 screen="EfotoActivity"),
        ck_session(APP, rng, secs=960),
        ft_eval(APP, rng, {"province": L("Huambo", COARSE), "offlineMaps": True}),
        pk_register(APP, rng, lang="pt", tags={"imbo": L("Cuima", COARSE)}),
        cj_save(APP, rng, {"analytics": True, "crash": True, "marketing": False}),
        mp_reverse(APP, rng, FIELD_FIX, PRECISE, nd=5),
        mp_route(APP, rng, [(HOME_AT, PRECISE), (FIELD_AT[0], PRECISE)]),
        mp_telemetry(APP, rng, [FIELD_AT[1], FIELD_FIX], PRECISE),
        hm_message(APP, rng, L("The photo of my report did not upload twice", TEXT),
                   {"esapulo": rep_ref(rng)}),
    ]


def rep_ref(rng: random.Random) -> str:
    """A report reference quoted to support (a negative)."""
    return obj(rng, "es", 12)
