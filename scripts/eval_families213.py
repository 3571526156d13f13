"""Two-hundred-and-thirteenth, BLIND labelled set for the classifier evaluation ("blind210"):
written without reading the classifier code, its rules, the tests or the README's evaluation
tables, and never run through a classifier by its author; only ``main`` (the project's decoder
path check) was run. It is to be scored once, by the lead, on the final rules (the lead registers
it in ``eval_classifiers.py``; this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like sets
20-37 this set measures ORDINARY traffic: mainstream app-backend and SDK shapes in roughly the
proportions real captures have (166 first-party calls and 73 SDK calls, 239 exchanges, 1,784
labels after ``listed_once`` as ``main`` prints them), mostly ordinary placements of the
profile's values (``eval_payloads.profile()``, the one every set uses), with everyday
look-alikes. She lives on her husband's family croft at Urgha by Tarbert, Isle of Harris (Outer
Hebrides, Scotland), with her husband Murdo MacLeod and their son Calum (10); her US SIM roams
on a UK network; Stornoway is where the airport, the hospital and the tweed mill are; her
mother-in-law Catriona MacLeod and brother-in-law Iain MacLeod live in Partick, Glasgow. Seven
app kinds (fictional names, hosts under example.* per RFC 2606, no real company named as
sender), each with its own API whose keys are SCOTTISH GAELIC (unaccented, as a local developer
would write them, mixed with English where real apps are: ``token``, ``id``, ``utr``, ``ssid``,
``refresh_token``, OAuth fields) and the SDKs it embeds:
- ``eval_families213_slighe.py`` "Slighe", NHS patient-travel claims (her heart ablation in
  Clydebank; flights, escort, receipts, the claim to her bank);
- ``_croit.py`` "Croitear", crofting tenancy, common grazings and peat banks;
- ``_salm.py`` "Salmadair", a Free Church congregation's communion season and psalm precenting
  (her religion);
- ``_feis.py`` "Ceolag", the children's Gaelic traditional-music tuition week (Calum's data);
- ``_urras.py`` "Oighreachd", a community land trust's members, housing, plots and grants;
- ``_bata.py`` "Sgioba", a volunteer lifeboat crew's pager app (her crew medical, her fixes on
  the way to the boathouse);
- ``_beairt.py`` "Beairt", a Harris Tweed home weaver's piecework from a Stornoway mill.
Shared key words (each module's docstring lists its own): ``ainm`` first name, ``sloinneadh``
surname, ``post_d`` e-mail, ``fon``/``fon_laimhe`` phone/mobile, ``facal_faire`` password,
``cod`` code, ``la_breith`` birth date, ``gne`` sex, ``seoladh`` address line, ``baile`` town,
``eilean`` island, ``cod_puist`` postcode, ``aireamh_chi`` CHI number, ``aireamh_ni`` National
Insurance number, ``ceile`` spouse, ``mac`` son, ``paiste`` child, ``daimh`` relation,
``suim`` amount, ``airgead`` currency, ``paigheadh`` payment, ``modh`` method, ``banca`` bank,
``cod_seorsachaidh`` sort code, ``aireamh_cunntais`` account number, ``ainm_cunntais`` account
name, ``domhan_leud``/``domhan_fad`` latitude/longitude, ``aite`` place, ``teachdaireachd``
message, ``lorg`` search, ``dealbh`` photo, ``cleachdaiche`` user, ``tachartasan`` events,
``sgrion`` screen, ``inneal``/``id_inneil`` device/device ID, ``modail`` model, ``canan``
language, ``son_uine`` time zone, ``clarachadh`` registration, ``logadh_a_steach``/``a_mach``
log-in/out, ``mise`` me, ``dearbhadh`` verification. Novelty (a file-name and docstring grep of
``scripts/`` incl. sets 180-212): "croft", "lifeboat", "coastguard", "land trust", "buy-out",
"patient travel", "fèis", "precent", "gaelic", "hebrides", "stornoway" matched nothing ("feis"
without the accent matched set 97's council module, not opened); weaving (129, 131, 147),
churches (28, 51, 59, 126, 132, 134, 151), summer camps (93, 157, 171) and flocks (78, 93, 97)
exist, and each module says how it differs. The SDKs are ten new vendors
(``_sdk.py``: analytics "Tomhaisan", MMP "Lorgrach", OpenRTB 2.5 ads "Sanasbid", crash reporting
"Tuislelog"; ``_svc.py``: flags "Bratachflag", push "Brathping", consent "Aontagate", payments
"Sgillinpay", maps "Mapachair", support chat "Cobhairchat"): set 151's call shapes renamed, with
GB/GBR/SCT, Europe/London and GBP, and a Faster Payments payout (sort code and account) in place
of the mobile-money one; a grep of ``scripts/`` found none of the ten names.
``eval_families213_kit.py`` holds her places, people, identifiers and the apps' businesses.

What is in it: sign-ups and log-ins (JSON and form passwords, OAuth password grants, SMS and
e-mail codes), ``/mise`` GETs with JWT bearers (Gaelic claims ``post_d``, ``chi``, ``croit``,
``rola``, ``coitheanal``, ``clann``, ``ball``, ``ainm``, ``sgioba``, ``fon``, ``breabadair``),
profile edits, payments, uploads (PDF letters, photos, a psalm recording, a concert video),
searches, messages, protobuf beats (journey, attendance, crew position, loom counter), msgpack
bodies (receipts, peat log, Sunday-school enrolment, lunches, growing log, service log, weaving
log), gzip JSON (claims, grants, health forms, crew medical, tax figures, events), JSON Lines
(croft sync), base64 JSON cookies, values in URL paths (CHI, croft, roll, participant, member
and weaver numbers), cookies, headers and query strings; SDKs: analytics batches (gzip;
positions at 2 or 3 decimals), traits (base64 JSON in a form field), offline queues (JSON
Lines), base64url beacons; MMP installs, events (hashed e-mail and phone) and a deep link; OpenRTB
bids (GPS or IP geo) and a notice; crash envelopes and sessions; flag evaluations (JSON; base64
JSON header); push subscribers; consent records and checks; card tokens, confirmations and
payouts; geocoding, reverse geocoding (``lat,lon`` in the path), routes and telemetry; support
messages and an upload.

Negatives are implicit: request, letter, claim, slot, iarrtas (application), callout, thread,
class and object IDs, the mill's piece number, idempotency keys, nonces, timestamps, versions,
public SDK keys, OpenRTB IDs and prices; the airport's code and point, the heart centre's ID,
name, phone and point, the flight number; the township fank's ID and point, sheep and lamb
counts, hectares, metres; the church's ID and point, psalm numbers and tunes; the hall's ID and
point, class IDs, instrument numbers; the trust's ID and office, plot ``pt_07`` and its mapped
point, ballot choices and candidate IDs, walk IDs; the station's ID and point, the casualty
vessel's position, the boat, other crew numbers, the pager's firmware; the mill's ID, name and
phone, patterns, yarn colours, the piece rate, yards, kilograms; household income
(``teachd_a_steach``: no taxonomy type fits, left unlabelled), a mileage count.

Conventions kept from sets 20-37 (as set 151 states them): model, make, OS, locale, language,
Accept-Language, time zone, rooted flags, network type, battery, free memory, LAN addresses and
User-Agents ``device.info``; event and screen names ``behavior.usage``; SDK and install IDs, push
tokens ``id.device``; passwords, SMS/e-mail codes, bearer, refresh, session tokens and client
secrets ``secret.credential``, JWT claims at ``<where>.claims.<claim>``; scalar lists labelled
per element and collapsed by ``eval_families21.listed_once``; MCC/MNC and carrier
``location.carrier``; town, island, township, region, postcode and country ``location.coarse``;
street lines ``contact.address``; amounts, totals, fees, fares, rents, grants, bookings and
orders ``financial.purchase``; card data, last four digits, payment-method IDs, sort codes and
account numbers ``financial.payment``; another person's full name, phone and e-mail typed by the
user ``contact.*``; a value in the URL path ``url`` ``path[i]``; text that states a health fact,
a sensitive trait or quotes a labelled value carries that category too.

Calls made in this set (a reader may disagree; stated so a score can be read):
- a first name alone in free text (Murdo/Murchadh, Calum) is not ``contact.name`` except where
  the text is about the child (the concert caption, the message to the tutor); full names are;
- CHI numbers (hers and Calum's; NHS Scotland's number with its mod-11 check digit), her
  National Insurance number, her Unique Taxpayer Reference, her GB driving licence and her
  husband's firearm certificate ``personal.national_id`` (as set 97's NHS and NI numbers);
- travel: the flight booking ``financial.purchase``; the department and reason of the
  appointment, the escort need, the wheelchair ``health.medical``; the referral letter PDF
  ``content.media|health.medical``; the reimbursement claim total and receipts
  ``financial.purchase`` (fares she paid); her fix at her mother-in-law's flat (protobuf)
  ``location.precise``;
- croft: the croft register number ``id.user`` (her tenancy account: body, JWT ``croit``, query,
  URL path, base64 cookie); the peat bank's corners and her fixes at the fank and the bank
  ``location.precise`` (the fank's point a negative); the township ``location.coarse``; the
  son's age ``personal.birthdate``; the grant and rent ``financial.purchase``;
- church: congregation, church ID, communicant status, services, communion, funds, baptism,
  Sabbath settings and push tags ``personal.sensitive`` (religion); the precenting recording
  ``content.media|personal.sensitive``; the roll number ``id.user``; a prayer request naming her
  mother-in-law's stroke ``content.text|personal.sensitive|health.medical|contact.name``;
- music week: Calum is a data subject: name, birth date, sex, CHI, participant number
  ``id.user`` (body, JWT ``clann``, URL path, protobuf, cookie), asthma, allergy, inhaler and
  nut-free lunches ``health.medical``; his concert video ``content.media``;
- land trust: the member number ``id.user``; her health needs in the housing application
  ``health.medical``; her plot fix and the fly-tipping spot she reports ``location.precise``
  (the mapped plot point a negative); the ballot unlabelled (a community vote, not a political
  opinion);
- lifeboat: her crew number ``id.user``; the pager ID ``id.device`` and its Bluetooth address
  ``id.hardware``; her fixes on the road and at the boathouse ``location.precise``; eyesight,
  heart condition and medicines ``health.medical``; weight, height, BMI and kit sizes
  ``health.fitness``; the unnamed casualty's condition ``health.medical`` (its position a
  negative);
- weaver: the weaver number ``id.user``; her earnings and expenses, piece value and a sale
  ``financial.purchase`` (her sales, as set 151's excise revenue); her shed's point
  ``location.precise``; her home SSID/BSSID for the loom counter ``location.wifi``, its LAN
  address ``device.info``; her brother-in-law's name, e-mail, phone and Glasgow address
  ``contact.*`` / ``location.coarse``;
- SDKs: Lorgrach's ``country`` ``location.coarse`` and ``roaming`` ``device.info``; OpenRTB geo
  country, region (``SCT``) and city ``location.coarse``; positions at 2 decimals
  ``location.coarse``, at 3 or more ``location.precise``.

Looked at beyond TAXONOMY.md and DESIGN.md (stated honestly): ``eval_payloads.py``;
``eval_families151.py`` and all its modules (``_kit``, ``_sdk``, ``_svc``, ``_abano``,
``_parish``, ``_dental``, ``_school``, ``_svan``, ``_qvevri``, ``_building``; its ``_sdk``/``_svc``
were copied with renames into this set's); the constant and function signature lines of
``eval_families6_kit``, ``17_kit``, ``18_kit``, ``19_kit``, ``20_kit``, ``21_kit``, ``22_kit`` and
``24_kit`` plus the bodies of ``App``, ``head``, ``claims``, ``rid``, ``sdk_id``, ``raw``,
``multipart``, ``pb``, ``at_path``, ``lines``; the head of ``eval_families97.py``'s docstring and
lines of it mentioning NHS/NI/sort codes (a UK set, for its conventions); DESIGN.md's first
200 lines; the first lines of the docstrings of ``eval_families147_kente``, ``129_tais``,
``131_qolin`` and ``120_knit``; file-name and docstring greps of ``scripts/`` for the app kinds
and the new names. No classifier, rule, test, decoder, README or eval script was read or run; ``ruff check --select F`` ran on these
files (it removed unused imports); ``main``, and while writing a throw-away script in /tmp that
calls the same ``report`` on one module at a time, were run for the decoder path check.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families213_bata
import eval_families213_beairt
import eval_families213_croit
import eval_families213_feis
import eval_families213_salm
import eval_families213_slighe
import eval_families213_urras
from eval_families17_kit import report
from eval_families21 import listed_once
from eval_payloads import Case

# Checked with ``main`` (the decoders' paths): no gap is stated.
DECODER_GAPS: set[tuple[str, str]] = set()


def build(elements: bool = False) -> list[Case]:
    """The set; ``elements``: scalar lists labelled per element (as set 21's first writing)."""
    cases = raw_build()
    return cases if elements else listed_once(cases)


def raw_build() -> list[Case]:
    return [*eval_families213_slighe.slighe(), *eval_families213_slighe.slighe_sdks(),
            *eval_families213_croit.croitear(), *eval_families213_croit.croitear_sdks(),
            *eval_families213_salm.salmadair(), *eval_families213_salm.salmadair_sdks(),
            *eval_families213_feis.ceolag(), *eval_families213_feis.ceolag_sdks(),
            *eval_families213_urras.oighreachd(), *eval_families213_urras.oighreachd_sdks(),
            *eval_families213_bata.sgioba(), *eval_families213_bata.sgioba_sdks(),
            *eval_families213_beairt.beairt(), *eval_families213_beairt.beairt_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
