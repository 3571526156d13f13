"""Two-hundred-and-ninety-fifth, BLIND labelled set for the classifier evaluation ("blind292"):
written without reading the classifier code, its rules, the tests or the README's evaluation
tables, and never run through a classifier by its author; ``main`` (the project's decoder path
check) was run at the end: it exited 0 on its first run (and again after this docstring was
written). It is to be scored once, by the
lead, on the final rules (the lead registers it in ``eval_classifiers.py``; this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like sets
20-37 and 151 this set measures ORDINARY traffic: mainstream app-backend and SDK shapes in roughly
the proportions real captures have (152 first-party calls and 80 SDK calls, 232 exchanges, 1,679
labels after ``listed_once`` as ``main`` prints them), mostly ordinary placements of the
profile's values (``eval_payloads.profile()``, the one every set uses), with everyday
look-alikes. She is a US citizen raised in Oxnard, California, by a Mixtec mother from Tlaxiaco,
and speaks Tu'un Savi (Tlaxiaco Mixtec), Spanish and English; she now lives in Tlaxiaco
(Oaxaca, Mexico), her US SIM roaming, with her Mixtec husband Fidencio Ramírez Cruz (met in
Oregon) and their son Emiliano (10), who plays pelota mixteca; her mother-in-law Macaria Cruz
López weaves palm in Santa María Xochixtlapilco near Huajuapan de León; her sister Lucy is in
Oxnard. All people, numbers and businesses are fictional; hosts are under example.* (RFC 2606);
no real company is named as a sender. Seven app kinds, each with its own API and the SDKs it
embeds; the API keys are Mixtec written as a local developer would, ASCII-folded (the saltillo
dropped, ñ as n), mixed with the English words APIs keep (``email``, ``token``, ``id``, ``lat``)
and the Spanish loans the trades use:
- ``eval_families295_tenate.py`` "Tenate": a palm-weaving cooperative's member app (money: her
  deliveries, weekly pay, an advance). Keys: ``sivi`` name, ``apeyido`` surname (loan),
  ``telefono``, ``tuun_kasi`` password (lit. "closed word", a coinage), ``kivi_kaku`` birth date,
  ``vee`` house (street line), ``nuu`` town, ``tutu`` paper (ID card), ``socia`` member,
  ``nana_yii`` mother-in-law, ``tinu`` work (a piece), ``kuenta``, ``yavi`` price, ``xuun``
  money, ``chavi`` payment, ``soyate`` palm, ``manojo`` bundle, ``kasaa`` arrival, ``lugar``,
  ``ndatuun`` message, ``nanduku`` search, ``vaa`` yes/good, ``yoo`` month;
- ``_karru.py`` "Tutu Karru": the temporary import permit of her US pickup (money: fee, deposit,
  refund). Keys: ``sivi``, ``sivi_vee`` surname (lit. "house name"), ``pasaporte``, ``tutu``,
  ``karru``, ``serie`` VIN, ``placa``, ``dueno`` owner, ``yii`` husband, ``licencia``,
  ``permiso``, ``deposito``, ``nandiko_xuun`` refund (lit. "money comes back"), ``ichi`` street,
  ``barrio``, ``cp``, ``poliza``;
- ``_pelota.py`` "Pasajuego": the son's pelota mixteca club (the child's data). Keys: ``nana``
  mother, ``see`` child, ``curp``, ``jugador``, ``sexo``, ``kuee`` illness, ``tatan`` medicine,
  ``peso``, ``sukun`` height (a coinage), ``guante``, ``talla``, ``equipo``, ``juego``, ``tayu``
  seat, ``kodigo``;
- ``_ndatuun.py`` "Ndatuun": a Tu'un Savi interpreters' roster for US clinics and courts (a
  sensitive trait: her Mixtec identity). Keys: ``tuun`` language, ``tuun_sii`` mother tongue
  (lit. "mother's word"), ``nayivi_savi`` (ñayivi savi, "Rain People": the Mixtec
  self-identification), ``pueblo``, ``variante``, ``interprete``, ``kana`` call, ``minuto``,
  ``firma``, ``ora``; ``ssn``, ``routing``, ``account`` stay English;
- ``_tatan.py`` "Tatan": a pharmacy's adjoining consulting room (her own health data). Keys:
  ``expediente`` file, ``turno`` queue ticket, ``kuee``, ``tatan``, ``nii_presion`` blood
  pressure (``nii`` blood), ``ndeyu`` temperature and ``kutoo`` pregnant (coinages),
  ``receta``, ``prueba``, ``curp``, ``tarjeta``;
- ``_inavilu.py`` "Ina Vilu" (dog cat): the town's dog and cat sterilisation campaign. Keys:
  ``ina`` dog, ``vilu`` cat, ``dueno``, ``kuia`` age, ``vakuna``, ``turno``, ``taxi`` gift
  (a donation), ``barrio``;
- ``_lucha.py`` "Lucha Ñuu Dee": a Huajuapan wrestling arena's tickets. Keys: ``socio``,
  ``funcion``, ``boleto``, ``tayu`` seat, ``orden``, ``ultimos4``, ``maskara``, ``luchador``,
  ``see``, ``kuia``, ``voto``, ``motivo``.
New kinds (a grep of ``scripts/eval_families*`` file names and of the module docstrings, extracted
with ``ast``, case-insensitive): "mixtec", "mixteca", "tlaxiaco", "huajuapan", "palm weav",
"palm hat", "palm-leaf", "sombrero", "huipil", "temporary import" (only set 201's own grep list),
"vehicle import", "import permit", "pelota mixteca", "interpreter roster" ("interpret" only inside
other apps: set 14's booking, set 224's key), "consultorio", "pharmacy doctor", "spay",
"neuter", "steriliz", "castrat", "lucha libre", "mezcal", "agave", "jaripeo", "matanza" matched
nothing. Rejected because they existed: temazcal (151, 224, 228), tequio/faena (173), mayordomía
and Day of the Dead (173), rotating savings and a caja popular (112, 124, 228), a Wi-Fi voucher
(173), Basque pelota (84, a different game and an adults' booking), a brass band (135), a seed
exchange and seed loan (109, 134), a bone-setter (156), a teachers' union (181, 217), water
tankers (183, 188), rabies shots (142), satellite pay-TV (243), welding (215), gift books (137,
215, 261), kapana pre-orders (215), party rentals (226), a raki distillery (140), weaving
cooperative shops (147). Set 189 (Juchitán, Oaxaca) and set 173 (a Huasteca Nahua set) were not
opened; their kinds were avoided from their docstrings. The SDKs are ten new vendors, built once
and called by every app with its own events: ``_sdk.py`` (analytics "Metrisavi", MMP
"Trackyutnu", OpenRTB 2.5 ads "Bidyuku", crash reporting "Crashyuu") and ``_svc.py`` (flags
"Flagnuni", push "Pingkaa", consent "Consentkivi", payments "Coinxuun", maps "Mapichi", support
chat "Helpchindee"); their code is set 151's SDK shapes with vendors, hosts, helper prefixes,
zone, country, region, language and currency changed (a grep of ``scripts/`` found none of the
ten names; "Consentita", the first choice, matched two files and was dropped).
``eval_families295_kit.py`` holds her places, people and the apps' businesses.

What is in it: sign-ups and log-ins (JSON and form passwords, an OAuth password grant, SMS codes),
``/yo``-style GETs with JWT bearers; palm: the catalogue, a delivery with her fix in the patio
(6 decimals), a hat's photo, weekly pay by member number in the path, the payout account (CLABE,
RFC), an advance, palm bundles (msgpack), arrival at the warehouse (5 decimals), a protobuf work
beat, a message naming her mother-in-law's arthritis, a search, a hat sent to her sister's US
address, a receipt by cookie, an offline sync (JSON Lines), an assembly vote, a workshop; permit:
the pickup's record, its title (PDF), the permit and its fee, the deposit, the module check-in,
the permit PDF by number in the path, the sticker photo, the husband as a driver (licence), the
exit notice, the refund, the address, the insurance policy, a protobuf drive beat (4 decimals);
pelota: the son's registration (CURP), the medical certificate (PDF), weight and height, fees,
a glove, his stats by player number in the path, attendance with her fix, a message about his
wrist, the team photo, a tournament trip with consent, a score sheet (msgpack), an offline queue
(JSON Lines), a base64 JSON preferences cookie; interpreters: sign-up with her Mixtec identity,
a certificate (PDF), the W-9 (gzip; SSN), the bank account, availability, assignments, a call
(room token) and its timesheet, a glossary note, payments by interpreter number in the path, the
directory opt-in, a voice sample (M4A), an offline call log (JSON Lines); consulting room: a
queue ticket, arrival with her fix, triage, the consultation by file number in the path, the
prescription filled, a breath test, a lab photo, a message to the doctor, a reminder (msgpack),
the loyalty card, a CFDI invoice, a protobuf symptom diary, sharing with her husband;
sterilisation: the dog, campaigns near her house (3 decimals), a slot, the fee, the consent
(signature PNG, resident card), arrival, a post-op photo, the rabies shot, a stray report
(4 decimals), volunteering, a donation, the cat's slot (msgpack), an offline check-in queue;
arena: shows, the seat map, tickets with the family's names, payment, the QR by order number in
the path, a ticket sent to her husband, the entry scan with her fix, a mask (msgpack), the son's
mask contest (photo, age), a photo with a wrestler, chat, a fan vote, the fan card, a refund.
SDKs: analytics batches (gzip; positions at 2 or 3 decimals), traits (base64 JSON in a form
field), offline queues (JSON Lines), base64url beacons; MMP installs, sessions, events (hashed
e-mail and phone) and deep links (a URL in a JSON field carrying the permit or the order and
her e-mail); OpenRTB bids (GPS at 2 or 3 decimals or IP geo) and notices; crash envelopes and
sessions; flag evaluations (JSON; base64 JSON header); push subscribers; consent records and
checks; card tokens, confirmations (MXN and USD) and a wallet payout; geocoding, reverse
geocoding (``lat,lon`` in the path), routes; support messages and uploads.

Negatives are implicit: request, delivery, slot, turn, thread, assignment, room, order-line and
message IDs, idempotency keys, nonces, timestamps, versions, public SDK keys, OpenRTB IDs and
prices; the cooperative's ID, name, phone and warehouse point, catalogue pieces and their unit
prices, the assembly ID; the permit module's ID and point, the pickup's VIN, make, model and
plate (no taxonomy type fits; left unlabelled, as set 151's plate), the port of entry, the
insurer; the court's ID and point, the team, the glove workshop, the glove's size and studs,
match scores; the clinic at the interpreting end, the interpreter's working languages, the
routing number (the bank's), the certificate kind; the pharmacy's ID, name, phone and point,
the CFDI use code and regime; the campaign's ID and site point, the animals' names, sex, ages,
weights and vaccine lot; the arena's ID, point and phone, seats, gates, wrestlers and fights.

Conventions kept from sets 20-37 and 151: model, make, OS, locale, language, Accept-Language,
time zone, rooted flags, network type, battery, free memory and User-Agents ``device.info``;
event and screen names ``behavior.usage``; SDK and install IDs, push tokens ``id.device``;
passwords, SMS codes, bearer, refresh, session, room and client-secret tokens
``secret.credential``, JWT claims at ``<where>.claims.<claim>``; scalar lists labelled per
element and collapsed by ``eval_families21.listed_once``; MCC/MNC and carrier
``location.carrier``; town, barrio, state, post code and country ``location.coarse``; street
lines ``contact.address``; amounts, totals, fees, fares, tickets, orders, the permit, the policy
and earnings ``financial.purchase``; card data, last four digits, payment-method IDs, the CLABE
and the US account number ``financial.payment``; another person's full name, phone and e-mail
typed by the user ``contact.*``; a value in the URL path ``url`` ``path[i]``; text that states a
health fact, a sensitive trait or quotes a labelled value carries that category too.

Calls made in this set (a reader may disagree; stated so a score can be read):
- a first name alone in free text (Emiliano, Canela the dog) is not ``contact.name`` except where
  the text is about the child (the wrist message); the advance's reason mentioning the son's
  school things is ``content.text`` only; full names always are;
- palm: the member number ``id.user``; her deliveries' totals, the palm bought, the advance and
  an order for her sister ``financial.purchase``; her patio fixes ``location.precise`` (where
  she works); the resident card and RFC ``personal.national_id``;
- permit: the permit number ``financial.purchase`` (a paid permit, as set 135's customs entry)
  in body, JWT, URL path, protobuf and deep link; the title PDF and sticker photo
  ``content.media`` only; the husband's driving licence ``personal.national_id``;
- pelota: the son is a data subject: CURP ``personal.national_id``, player number ``id.user``
  (body, JWT ``see``, URL path, msgpack, cookie), name, birth date, sex; his weight and height
  ``health.fitness``; the medical certificate ``content.media|health.medical``; asthma, the
  bee-sting allergy and the inhaler ``health.medical``;
- interpreters: ``nayivi_savi``, ``tuun_sii``, ``pueblo``, ``variante`` and the SDK traits, flag
  attributes and push tags naming Mixtec as her language ``personal.sensitive`` (ethnic
  origin); the working-language list (``en``, ``es``, ``mix-tlx``, also a JWT claim) is left
  unlabelled as a professional skill; the SSN ``personal.national_id``; the US mailing address
  (her sister's house) ``contact.address`` with town, state and ZIP ``location.coarse``; per-call
  earnings ``financial.purchase``; the voice sample ``content.media`` (a recording, not a
  voiceprint); the glossary note ``content.text`` only;
- consulting room: the file number ``health.medical`` everywhere (as set 151's chart); the
  pregnancy answer ``health.medical|personal.sensitive`` (TAXONOMY.md lists pregnancy as
  sensitive); her weight ``health.fitness``; temperature and blood pressure ``health.medical``;
  a search naming her medicine ``behavior.search|health.medical``; her CURP
  ``personal.national_id``; the loyalty card ``id.user``; the pharmacy looked up on the map
  ``behavior.search`` with its proximity at 2 decimals ``location.coarse``;
- sterilisation: the animals' data are negatives; the resident card in the consent
  ``personal.national_id``; the signature image ``content.media``; her fix at a stray sighting
  (4 decimals) ``location.precise``;
- arena: the fan card ``id.user``; the order number ``financial.purchase`` (body, URL path,
  msgpack, deep link); the son's full name and age in the mask contest ``contact.name`` /
  ``personal.birthdate``;
- SDKs: Trackyutnu's ``country`` ``location.coarse`` and ``roaming`` ``device.info``; OpenRTB
  geo country (``MEX``), region (``OAX``) and city ``location.coarse``; positions at 2 decimals
  ``location.coarse``, at 3 or more ``location.precise``.

Looked at (stated honestly): the brief; TAXONOMY.md and DESIGN.md (whole);
``eval_payloads.py`` (whole); ``eval_families151.py`` and all its modules (``_kit``, ``_sdk``,
``_svc``, ``_abano``, ``_building``, ``_dental``, ``_parish``, ``_qvevri``, ``_school``,
``_svan``; whole; ``_sdk``/``_svc`` copied with renames); from the helper kits only
definitions and signatures: the head (imports, constants) and ``__all__`` of
``eval_families17_kit.py``, ``App``, ``ev``, ``opaque`` of ``eval_families20_kit.py``, ``head``,
``claims``, ``rid``, ``sdk_id``, ``others`` and ``__all__`` of ``eval_families24_kit.py``, the
``def`` lines and bodies of ``raw``, ``multipart``, ``pb`` (``eval_families6_kit``), ``enc``,
``jsonl`` (``_7_kit``), ``report`` (``_8_kit``), ``add``, ``token`` (``_10_kit``), ``sjwt``
(``_18_kit``), ``at_path``, ``sdk_uid`` (``_21_kit``), ``lines``, ``sdk_uuid`` (``_22_kit``),
``listed_once`` (``eval_families21.py``), and the values of a few constants printed by importing
the kits (E164, NATIONAL, DASHED, EMAIL_UPPER, EMAIL_MIXED, FIRST, LAST, DOB, T0, CARD2, SSN,
ROUTING, ACCOUNT, ``LISTED_ONCE``); the file names of ``scripts/eval_families*`` and the module
docstrings of those files (extracted to a scratch file and grepped, with excerpts of matching
lines read). The vendor-name check was a ``grep -rli`` over ``scripts/`` that printed only counts
(it therefore also passed over ``eval_classifiers.py``, ``eval_sets.py`` and
``corpus_classify.py``; nothing from them was read). No classifier, rule, test or decoder was
read or run; ``ruff check --select F`` ran on these files.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families295_inavilu
import eval_families295_karru
import eval_families295_lucha
import eval_families295_ndatuun
import eval_families295_pelota
import eval_families295_tatan
import eval_families295_tenate
from eval_families17_kit import report
from eval_families21 import listed_once
from eval_payloads import Case

# Not checked against the decoders before the run of ``main``; no gap is stated.
DECODER_GAPS: set[tuple[str, str]] = set()


def build(elements: bool = False) -> list[Case]:
    """The set; ``elements``: scalar lists labelled per element (as set 21's first writing)."""
    cases = raw_build()
    return cases if elements else listed_once(cases)


def raw_build() -> list[Case]:
    return [*eval_families295_tenate.tenate(), *eval_families295_tenate.tenate_sdks(),
            *eval_families295_karru.karru(), *eval_families295_karru.karru_sdks(),
            *eval_families295_pelota.pasajuego(), *eval_families295_pelota.pasajuego_sdks(),
            *eval_families295_ndatuun.ndatuun(), *eval_families295_ndatuun.ndatuun_sdks(),
            *eval_families295_tatan.tatan(), *eval_families295_tatan.tatan_sdks(),
            *eval_families295_inavilu.inavilu(), *eval_families295_inavilu.inavilu_sdks(),
            *eval_families295_lucha.lucha(), *eval_families295_lucha.lucha_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
