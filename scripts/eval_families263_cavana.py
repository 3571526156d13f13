"""A boatyard's customer app "Cavanin" (Cantiere Val da Rio on the Lusenzo lagoon: the family's
``topa``, a flat-bottomed lagoon boat with an outboard, is hauled out in November, stored for the
winter, antifouled and launched in April; ``cavana`` is the Venetian boat shed; its API's keys
are Venetian, ASCII-folded: ``nome`` / ``cognome``, ``email``, ``celulare``, ``ciave``,
``codese_fiscal``, ``indirisso``, ``comun``, ``cap``, ``cliente`` client account, ``barca``
boat, ``targa`` registration, ``motor`` engine, ``proprietario`` owner, ``alaggio`` haul-out,
``varo`` launch, ``rimesajo`` winter storage, ``contrato``, ``firma``, ``lavori`` jobs,
``caparra`` deposit, ``inporto``, ``iban``, ``intestatario`` account holder, ``foto``,
``dani`` damage, ``posission``, ``cancel`` gate, ``codice``, ``gasolio`` fuel, ``ciave_barca``
boat keys, ``mesajo``, ``serca``): sign-up with her tax code, an SMS code, ``/mi``, the boat,
the haul-out booked, the storage contract signed (an image), the jobs (msgpack), the deposit,
an IBAN mandate, photos of the hull, her arrival at the yard with her fix, the gate code, the
yard's Wi-Fi, a sensor sync (protobuf), a checklist sync (JSON Lines), the launch requested, a
fuel order, the invoices by client number in the path, a message, an invoice by cookie GET, push
and events. Set 154 has a mooring association and other sets a boat builder and an outboard
workshop; this is a yard's haul-out and winter storage."""

from __future__ import annotations

import random
from typing import Any

from eval_families6_kit import raw
from eval_families17_kit import (
    ADDR,
    BUY,
    COARSE,
    CRED,
    DEV,
    DID,
    E164,
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
    WIFI,
    multipart,
    pb,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families22_kit import lines
from eval_families24_kit import claims, rid
from eval_families263_kit import (
    BOAT,
    CF,
    HOME,
    HOME_AT,
    HUSBAND,
    IT_ACCOUNT,
    YARD,
    YARD_CLIENT,
    YARD_FIX,
    fix,
    hd,
    obj,
    vpush,
)
from eval_families263_sdk import bb_bid, mc_batch, mc_queue, tf_event, tf_launch
from eval_families263_svc import (
    cz_wallet,
    fs_eval,
    hf_attach,
    mb_geocode,
    mb_telemetry,
    pc_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, case

APP = App("cavanin", "Cavanin", "com.example.cavanin", "2.0.5",
          "https://api.cavanin.example.com")
IID = "X-Cavanin-Install"
NID = "personal.national_id"
STORAGE = "RIM-2025-0148"  # the winter-storage contract (financial.purchase)


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    return hd(APP, rng, IID, it=True, **kw)


def cavanin() -> list[Case]:
    rng = random.Random(26341)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    jw = {"Authorization": J(claims(rng, cliente=L(YARD_CLIENT, UID), celulare=L(E164, TEL)))}
    yla, ylo = fix(YARD_FIX)
    boat_id = obj(rng, "brc")
    lab: dict[str, str] = {}
    sensor = pb([(1, L(YARD_CLIENT, UID)), (2, boat_id), (3, 1767950000),
                 (4, [(1, 3.2), (2, 12.7), (3, 0)]), (5, "snsr_vdr_0419")], "", lab)
    invoices = at_path(case(f, f"{a}/v1/clienti/{YARD_CLIENT}/fature", headers=_h(rng, **b),
                            query={"ano": "2025"}), YARD_CLIENT, UID)
    return [
        case(f, f"{a}/v1/clienti", headers=_h(rng), body={
            "nome": L(FIRST, NAMEC), "cognome": L(LAST, NAMEC), "email": L(EMAIL, MAIL),
            "celulare": L(E164, TEL), "codese_fiscal": L(CF, NID),
            "indirisso": L(HOME["line"], ADDR), "comun": L(HOME["town_vec"], COARSE),
            "cap": L(HOME["post"], COARSE), "cliente": L(YARD_CLIENT, UID),
            "fatura_elettronica": {"codice_destinatario": "0000000"}}),
        case(f, f"{a}/v1/auth/sms", fmt="form", headers=_h(rng), body={
            "celulare": L(E164, TEL), "codice": L("118406", CRED)}),
        case(f, f"{a}/v1/mi", headers=_h(rng, extra=jw)),
        case(f, f"{a}/v1/barche", headers=_h(rng, **b), body={
            "barca": boat_id, "nome": BOAT["name"], "tipo": BOAT["kind"], "targa": BOAT["reg"],
            "lunghessa": BOAT["length"], "motor": BOAT["engine"],
            "proprietario": {"nome": L(HUSBAND[0], NAMEC), "celulare": L(HUSBAND[1], TEL)},
            "cliente": L(YARD_CLIENT, UID)}),
        case(f, f"{a}/v1/alaggi", headers=_h(rng, **b), body={
            "barca": boat_id, "zorno": "2025-11-08", "ora": "09:00", "gru": "gru_20t",
            "prenotasion": L(obj(rng, "AL"), BUY), "inporto": L(140, BUY)}),
        multipart(f, f"{a}/v1/rimesajo/contrato", [
            ("firma", "firma.png", "image/png", L(b"\x89PNG\r\n\x1a\n" + bytes(40), MEDIA)),
            ("contrato", None, "application/json", {
                "contrato": L(STORAGE, BUY), "barca": boat_id, "posto": "capanon-B-07",
                "dal": "2025-11-08", "al": "2026-04-10", "inporto": L(620, BUY),
                "firmado_da": L(f"{FIRST} {LAST}", NAMEC)})], headers=_h(rng, **b)),
        case(f, f"{a}/v1/lavori", fmt="msgpack", headers=_h(rng, **b), body={
            "contrato": L(STORAGE, BUY), "lavori": [
                {"codice": "antivegetativa", "presio": 260},
                {"codice": "tagliando_motor", "presio": 180},
                {"codice": "anodi", "presio": 45}], "totale": L(485, BUY)}),
        case(f, f"{a}/v1/pagamenti/caparra", fmt="form", headers=_h(rng, **b), body={
            "contrato": L(STORAGE, BUY), "inporto": L("300.00", BUY), "valuta": "EUR",
            "metodo": L(opaque(rng, "pm_", 24), PAY), "ultime_quatro": L("4444", PAY)}),
        case(f, f"{a}/v1/pagamenti/sepa", headers=_h(rng, **b), body={
            "iban": L(IT_ACCOUNT, PAY), "intestatario": L(f"{FIRST} {LAST}", NAMEC),
            "codese_fiscal": L(CF, NID), "mandato": obj(rng, "sdd"), "cliente": L(YARD_CLIENT,
                                                                              UID)}),
        multipart(f, f"{a}/v1/barche/dani", [
            ("foto", "scafo_prua.jpg", "image/jpeg", L(JPEG + b"\x55", MEDIA)),
            ("meta", None, "application/json", {
                "barca": boat_id,
                "nota": L("Una righa sul fianco de prua, xe sucesso in canal Lombardo", TEXT)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/arrivo", headers=_h(rng, **b), body={
            "cliente": L(YARD_CLIENT, UID), "posission": {"lat": yla, "lng": ylo, "acc": 9},
            "cantiere": {"id": YARD["id"], "lat": YARD["lat"], "lng": YARD["lon"]}}),
        case(f, f"{a}/v1/cancel/codice", fmt="form", headers=_h(rng, **b), body={
            "cliente": L(YARD_CLIENT, UID), "codice_cancel": L("5521#", CRED)}),
        case(f, f"{a}/v1/wifi", headers=_h(rng, **b), body={
            "ssid": L(YARD["ssid"], WIFI), "bssid": L(YARD["bssid"], WIFI),
            "ip_locale": L("192.168.77.19", DEV)}),
        raw(f, f"{a}/v1/sensori/sync", sensor, "application/x-protobuf", lab,
            headers=_h(rng, **b)),
        lines(f, f"{a}/v1/checklist/sync", [
            {"op": "fato", "voce": "svodà_sentina", "barca": boat_id, "ts": 1762590000},
            {"op": "fato", "voce": "tolto_batteria", "barca": boat_id, "ts": 1762590600},
            {"op": "nota", "voce": "ciave_barca", "da": L(YARD_CLIENT, UID),
             "testo": L("Le ciave de la barca le ga Marco", TEXT)}],
            headers=_h(rng, **b)),
        case(f, f"{a}/v1/varo", headers=_h(rng, **b), body={
            "barca": boat_id, "zorno_desiderà": "2026-04-11",
            "nota": L("Semo a Cioza sabo matina, se pol varar prima de le diese?", TEXT),
            "contato": L(HUSBAND[1], TEL)}),
        case(f, f"{a}/v1/gasolio", fmt="form", headers=_h(rng, **b), body={
            "barca": boat_id, "litri": "40", "presio_litro": "1.92", "totale": L("76.80", BUY)}),
        invoices,
        case(f, f"{a}/v1/mesaji", headers=_h(rng, **b), body={
            "a": "uficio_cantiere",
            "mesajo": L("Buongiorno, mio marito Marco Boscolo passa a ritirare le chiavi, il "
                        "suo numero è +39 347 118 2055", f"{TEXT}|{NAMEC}|{TEL}")}),
        case(f, f"{a}/v1/fature/ultima", headers=_h(rng, how="none"), cookies={
            "cv_sesion": L(opaque(rng, "", 40), CRED), "cv_aparecio": L(INSTALL_ID, DID),
            "cv_req": rid(rng)}),
        case(f, f"{a}/v1/aparecio", headers=_h(rng, **b), body=vpush(push_token(rng))),
        case(f, f"{a}/v1/eventi", gz=True, headers=_h(rng, **b), body={
            "doparador": L(USER_ID, UID), "eventi": [
                ev("alaggio_prenotà", 1), ev("schermo", 2, schermo=L("Rimesajo", USAGE))]}),
    ]


def cavanin_sdks() -> list[Case]:
    rng = random.Random(26342)
    return [
        mc_batch(APP, rng, [("Haulout Booked", {"total": L(140, BUY)}),
                            ("Contract Signed", {})], at=YARD_FIX, nd=3),
        mc_queue(APP, rng, [("Checklist Done", {"items": 2}), ("Photo Added", {})]),
        tf_launch(APP, rng, user=True),
        tf_event(APP, rng, "purchase", {"contrato": L(STORAGE, BUY)}, revenue=620.0,
                 currency="EUR", hashed=True),
        bb_bid(APP, rng, {"banner": {"w": 300, "h": 250}}, at=YARD_FIX, nd=2,
               keywords="nautica,barca,pesca"),
        fs_eval(APP, rng, {"cantiere": YARD["id"], "comun": L("Chioggia", COARSE)}),
        pc_register(APP, rng, lang="it", at=HOME_AT, nd=2, tags={"cantiere": YARD["id"]}),
        cz_wallet(APP, rng, "300", L(E164, TEL)),
        mb_geocode(APP, rng, "distributore gasolio barche Chioggia", SEARCH, near=YARD_FIX,
                   nd=3),
        mb_telemetry(APP, rng, [YARD_FIX, HOME_AT], PRECISE),
        hf_attach(APP, rng, L(JPEG + b"\x56", MEDIA), "elica.jpg", "image/jpeg"),
    ]
