"""Domestic-worker employer app "Umqeshwa" (the employee; she employs Nosipho Dyantyi three days a
week at the Summerstrand flat and uses the app for the contract, wages, UIF contributions,
leave and payslips; isiXhosa keys: ``umqeshi`` employer, ``umqeshwa`` employee, ``igama`` /
``ifani``, ``imeyile``, ``ifowuni``, ``iphasiwedi``, ``ikhowudi`` code, ``inombolo_yesazisi``
ID number, ``idilesi`` address (``umgca`` line, ``ihlomela`` suburb, ``isixeko`` city,
``ikhowudi_yeposi`` post code, ``iphondo`` province), ``umhla_wokuzalwa`` birth date,
``isini`` sex, ``ixesha_lokuqala`` start date, ``iintsuku`` days, ``umvuzo`` wage,
``umvuzo_ngeyure`` hourly wage, ``umvuzo_wenyanga`` monthly wage, ``iiyure`` hours,
``iakhawunti`` account, ``isivumelwano`` contract, ``isayini`` signature, ``ikhefu`` leave,
``ikhefu_lokugula`` sick leave, ``isiqinisekiso`` certificate, ``isizathu`` reason,
``imali_mboleko`` advance, ``izavenge`` instalments, ``ibhonasi`` bonus, ``irhafu`` tax,
``amaxwebhu`` documents): employer sign-up with her SA ID number and address, log-in and an OTP,
``/mna``, Nosipho added (her SA ID number, birth date), UIF registration, the signed contract
(PDF), a wage payment (both bank accounts), payslips, leave by the worker's ID number in the
path, a sick note (photo), an advance, the tax certificate (her tax reference in the query),
the worker's ID copy, a support message, a cookie GET with a base64 JSON cookie, a bonus, a
timesheet (gzip), push, events and a log-out. Earlier sets' nannies appear as pick-up people or
phone top-ups; an employer's payroll and UIF app is new."""

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
    EMAIL_UPPER,
    GENDER,
    JPEG,
    MAIL,
    MED,
    MEDIA,
    NAMEC,
    PAY,
    TEL,
    TEXT,
    UID,
    USAGE,
    multipart,
    push_token,
)
from eval_families20_kit import FIRST, LAST, App, ev, opaque
from eval_families21_kit import at_path
from eval_families24_kit import claims, rid
from eval_families155_kit import (
    EMPLOYER,
    PE_HOME,
    SA_ID,
    TAX_REF,
    WORKER,
    ZA_ACCOUNT,
    hd,
    obj,
    push,
)
from eval_families155_sdk import ab_event, ab_launch, mq_batch, mq_identify, mq_pixel
from eval_families155_svc import (
    cr_card,
    cr_confirm,
    cv_check,
    fk_eval,
    hn_attach,
    pq_register,
)
from eval_payloads import EMAIL, INSTALL_ID, USER_ID, Case, J, L, W, case

APP = App("umqeshwa", "Umqeshwa", "com.example.umqeshwa", "5.0.1",
          "https://api.umqeshwa.example.net")
IID = "X-Umqeshwa-Device"
PW = "Summerstrand!6001"
NID = "personal.national_id"
PDF = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + bytes(range(48))
W_ACCOUNT = "1098234410"  # the worker's savings account (financial.payment)
W_FIRST, W_LAST = WORKER["name"].split()


def _h(rng: random.Random, **kw: Any) -> dict[str, Any]:
    kw.setdefault("how", "nodash")
    return hd(APP, rng, IID, **kw)


def umqeshwa() -> list[Case]:
    rng = random.Random(15551)
    a, f = APP.api, APP.fam
    b = {"auth": "bearer"}
    emp = L(EMPLOYER, UID)
    wk = obj(rng, "wk")  # the worker's record in the app (a negative)
    jw = {"Authorization": J(claims(rng, imeyile=L(EMAIL, MAIL), umqeshi=L(EMPLOYER, UID)))}
    leave = at_path(case(f, f"{a}/api/v3/abaqeshwa/{WORKER['id']}/ikhefu", headers=_h(rng, **b),
                         query={"unyaka": "2026"}), WORKER["id"], NID)
    return [
        case(f, f"{a}/api/v3/abaqeshi", headers=_h(rng), body={
            "igama": L(FIRST, NAMEC), "ifani": L(LAST, NAMEC), "imeyile": L(EMAIL, MAIL),
            "ifowuni": L(E164, TEL), "iphasiwedi": L(PW, CRED),
            "inombolo_yesazisi": L(SA_ID, NID), "umqeshi": emp,
            "idilesi": {"umgca": L(PE_HOME["line"], ADDR), "ihlomela": L(PE_HOME["area"], COARSE),
                        "isixeko": L(PE_HOME["town"], COARSE),
                        "ikhowudi_yeposi": L(PE_HOME["post"], COARSE),
                        "iphondo": L(PE_HOME["region"], COARSE)}}),
        case(f, f"{a}/api/v3/ngena", fmt="form", headers=_h(rng), body={
            "imeyile": L(EMAIL_UPPER, MAIL), "iphasiwedi": L(PW, CRED),
            "isixhobo": L(INSTALL_ID, DID)}),
        case(f, f"{a}/api/v3/ngena/otp", fmt="form", headers=_h(rng), body={
            "ifowuni": L(E164, TEL), "ikhowudi": L("774120", CRED)}),
        case(f, f"{a}/api/v3/mna", headers=_h(rng, extra=jw)),
        case(f, f"{a}/api/v3/abaqeshwa", headers=_h(rng, **b), body={
            "umqeshwa": wk, "igama": L(W_FIRST, NAMEC), "ifani": L(W_LAST, NAMEC),
            "inombolo_yesazisi": L(WORKER["id"], NID), "ifowuni": L(WORKER["phone"], TEL),
            "umhla_wokuzalwa": L("1979-08-22", BIRTH), "isini": L("ibhinqa", GENDER),
            "ixesha_lokuqala": "2024-02-01", "iintsuku": ["mon", "wed", "fri"],
            "umvuzo_ngeyure": L(30.23, BUY)}),
        case(f, f"{a}/api/v3/uif/bhalisa", headers=_h(rng, **b), body={
            "umqeshi": emp, "inombolo_yesazisi_yomqeshi": L(SA_ID, NID),
            "umqeshwa": {"inombolo_yesazisi": L(WORKER["id"], NID),
                         "igama": L(WORKER["name"], NAMEC)},
            "umvuzo_wenyanga": L(3870, BUY), "uhlobo": "domestic"}),
        multipart(f, f"{a}/api/v3/isivumelwano", [
            ("isivumelwano", "contract_nosipho.pdf", "application/pdf", L(PDF, MEDIA)),
            ("meta", None, "application/json", {"umqeshwa": wk,
                                                "isayini": L(f"{FIRST} {LAST}", NAMEC)})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v3/umvuzo/hlawula", headers=_h(rng, **b), body={
            "umqeshwa": wk, "inyanga": "2026-01", "iiyure": 48, "isixa": L("1451.04", BUY),
            "uif_umqeshwa": L("14.51", BUY), "uif_umqeshi": L("14.51", BUY),
            "iakhawunti_yomqeshwa": L(W_ACCOUNT, PAY), "iakhawunti_yam": L(ZA_ACCOUNT, PAY),
            "ireferensi": rid(rng)}),
        case(f, f"{a}/api/v3/izilipsi", headers=_h(rng, **b), query={
            "umqeshi": emp, "umqeshwa": wk, "inyanga": "2026-01"}),
        leave,
        case(f, f"{a}/api/v3/ikhefu", fmt="form", headers=_h(rng, **b), body={
            "umqeshwa": wk, "uhlobo": "annual", "ukusuka": "2026-04-06", "ukuya": "2026-04-10",
            "iintsuku": "5"}),
        multipart(f, f"{a}/api/v3/ikhefu/lokugula", [
            ("isiqinisekiso", "sick_note.jpg", "image/jpeg", L(JPEG + b"\x3a", f"{MEDIA}|{MED}")),
            ("meta", None, "application/json", {"umqeshwa": wk, "isizathu": L("influenza", MED),
                                                "iintsuku": 3})], headers=_h(rng, **b)),
        case(f, f"{a}/api/v3/imali_mboleko", headers=_h(rng, **b), body={
            "umqeshwa": wk, "isixa": L(800, BUY), "izavenge": 4,
            "isizathu": L("Ufuna iyunifomu yesikolo yonyana wakhe", TEXT)}),
        case(f, f"{a}/api/v3/irhafu/isiqinisekiso", headers=_h(rng, **b), query={
            "irhafu": L(TAX_REF, NID), "unyaka": "2025"}),
        multipart(f, f"{a}/api/v3/amaxwebhu", [
            ("isazisi", "nosipho_id.jpg", "image/jpeg", L(JPEG + b"\x3b", f"{MEDIA}|{NID}")),
            ("meta", None, "application/json", {"umqeshwa": wk, "uhlobo": "id_copy"})],
            headers=_h(rng, **b)),
        case(f, f"{a}/api/v3/imiyalezo", headers=_h(rng, **b), body={
            "kubani": "support", "umcimbi": obj(rng, "tk"),
            "umyalezo": L("I-UIF kaDisemba ithathwe kabini kwiakhawunti yam", TEXT)}),
        case(f, f"{a}/api/v3/ingxelo", headers=_h(rng, how="none"), cookies={
            "umq_sess": L(opaque(rng, "", 40), CRED),
            "umq_prefs": W({"umqeshi": L(EMPLOYER, UID), "ulwimi": L("xh", "device.info")},
                           "b64json")}),
        case(f, f"{a}/api/v3/ibhonasi", headers=_h(rng, **b), body={
            "umqeshwa": wk, "isixa": L(1500, BUY),
            "umyalezo": L("Enkosi ngonyaka omhle, Nosipho!", TEXT)}),
        case(f, f"{a}/api/v3/iiyure", gz=True, headers=_h(rng, **b), body={
            "umqeshwa": wk, "iveki": "2026-W03",
            "iintsuku": [{"usuku": "mon", "iiyure": 8}, {"usuku": "wed", "iiyure": 8},
                         {"usuku": "fri", "iiyure": 6}], "isixa": L(665.06, BUY)}),
        case(f, f"{a}/api/v3/izixhobo", headers=_h(rng, **b), body=push(push_token(rng))),
        case(f, f"{a}/api/v3/iziganeko", headers=_h(rng, **b), body={
            "umsebenzisi": L(USER_ID, UID), "iziganeko": [
                ev("umvuzo_uhlawulwe", 1), ev("iscreen", 2, iscreen=L("Izilipsi", USAGE))]}),
        case(f, f"{a}/api/v3/phuma", fmt="form", headers=_h(rng, **b), body={
            "refresh_token": L(opaque(rng, "rt_", 48), CRED), "isixhobo": L(INSTALL_ID, DID)}),
    ]


def umqeshwa_sdks() -> list[Case]:
    rng = random.Random(15552)
    return [
        mq_batch(APP, rng, [("Wage Paid", {"amount": L(1451.04, BUY)}),
                            ("Payslip Viewed", {})]),
        mq_identify(APP, rng, {"role": "employer", "workers": 1,
                               "city": L("Gqeberha", COARSE), "umqeshi": L(EMPLOYER, UID)}),
        mq_pixel(APP, rng, "Leave Opened", {"year": "2026"}),
        ab_launch(APP, rng, first=True),
        ab_event(APP, rng, "wage_paid", {"month": "2026-01"}, revenue=1451.04, currency="ZAR"),
        fk_eval(APP, rng, {"workers": 1, "province": L("Eastern Cape", COARSE)}, hdr=True),
        pq_register(APP, rng, tags={"role": "employer"}),
        cv_check(APP, rng, {"analytics": True, "marketing": False}),
        cr_card(APP, rng, email=True),
        cr_confirm(APP, rng, "49.00"),
        hn_attach(APP, rng, L(PDF, MEDIA), "payslip_jan.pdf", "application/pdf"),
    ]
