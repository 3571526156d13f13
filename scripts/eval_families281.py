"""Two-hundred-and-eighty-first, BLIND labelled set for the classifier evaluation ("blind278"):
written without reading the classifier code, its rules, the tests or the README's evaluation
tables, and never run through a classifier by its author; the project's decoder path check
(``report``, as ``main`` runs it) was run over the set's own cases while it was written and
``main`` at the end. It is to be scored once, by the lead, on the final rules (the lead
registers it in ``eval_classifiers.py``; this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like sets
20-37 this set measures ORDINARY traffic: mainstream app-backend and SDK shapes in roughly the
proportions real captures have (153 first-party calls and 77 SDK calls, 230 exchanges, 1,734
labels after ``listed_once`` as ``main`` prints them), mostly ordinary placements of the profile's values
(``eval_payloads.profile()``, the one every set uses), with everyday look-alikes.

Who she is: the profile's person, living in Ranica, in the Serio valley just outside Bergamo
(Lombardy, Italy), with her wife Chiara Locatelli (a Bergamo-born primary teacher; they married
in New York in 2014), her US SIM roaming on an Italian network; their son Tommaso Locatelli Doe
(10, born in Bergamo, she is his birth mother) is in the fifth class of the village school and
rides with a children's mountain-bike school; Chiara's father Gianni Locatelli lives in Brescia
and owns a 1957 Fiat 1100/103 that they drive in regularity rallies; her sister Emily is in
Ohio. All people are fictional; ``eval_families281_kit.py`` holds her places, people, codici
fiscali (real check characters) and the apps' businesses.

Seven app kinds (fictional names, hosts under example.* per RFC 2606, no real company named as
sender), each with its own API whose keys are Lombard (Bergamasco/Bresciano, ASCII-folded as a
local developer would write them, mixed with the English words real APIs keep: ``token``,
``id``, ``email``, ``password`` in OAuth grants, ``ssid``...), and the SDKs it embeds:
- ``eval_families281_rally.py`` "Strade Vecie": a classic-car regularity rally's entrant app
  (she is the navigator): ``iscrisiu`` sign-up, ``nom``, ``cognom``, ``posta_eletronica``,
  ``celular``, ``ciav`` password, ``nassida`` birth date, ``codes_fiscal``, ``patent`` licence,
  ``indiris``, ``paes``, ``equipagg`` crew, ``pilota``, ``navigadur``, ``machina``, ``telaio``,
  ``targa``, ``quota``, ``pagament``, ``import``, ``controll``, ``prova``, ``posisiu``,
  ``sena`` dinner, ``messagg``, ``serca``, ``aparecc``, ``evencc``, ``sortida``;
- ``_famee.py`` "Famee Arcobalen": a rainbow families' association (SENSITIVE TRAIT: her sexual
  orientation; the second-parent adoption; the child at events), camelCase: ``tipFamea``
  (``do mame`` two mothers), ``compagna``, ``fioi``, ``tesera``, ``parolaSegreta``,
  ``codesFiscal``, ``sportelLegal``, ``pratica``, ``descrissiu``, ``vacansa``, ``partecipancc``,
  ``dieta``, ``grop``, ``turno``, ``richiesta``, ``donasiu``, ``fond``, ``didascalia``;
- ``_mtb.py`` "Pedali": the son's children's mountain-bike school (THE CHILD): ``genitur``,
  ``fiol``, ``sess``, ``tesera_fci``, ``certificat``, ``salut`` (``altessa``, ``pes``,
  ``alergie``, ``asma``, ``medesine``), ``contat_emergensa``, ``alenament``, ``presense``,
  ``assensa`` (``motiv``), ``ritir`` (``persuna``, ``relasiu``), ``traccia`` (``punc``),
  ``gara``, ``divisa`` (``taja``, ``nom_so_la_maja``);
- ``_sogn.py`` "Sogn Bu": a hospital sleep centre's insomnia therapy (HER HEALTH), camelCase:
  ``pasient``, ``impegnativa`` (``nre``, ``quesit``), ``questionare`` (``risposte``,
  ``puntegg``, ``ansia``), ``diariSogn`` (``inLecc``, ``indormentasMin``, ``dessedade``,
  ``levada``, ``ureDeSogn``), ``finestra``, ``medesine``, ``visita``, ``referti``, ``ticket``,
  ``condivisiu``;
- ``_casa.py`` "Ca Sicura": home insurance and the hail claim (HER MONEY): ``polissa``,
  ``rata``, ``garansie``, ``sinister``, ``tempesta`` (hail), ``dagn_stimat``, ``stansa``,
  ``fornidur``, ``sopraluogh``, ``rimbors`` (``intestatari``, ``iban``), ``familiar``,
  ``membri``, ``sensor``, ``assistensa``, ``problema``, ``consens``;
- ``_gas.py`` "Spesa Giosta": the village solidarity purchasing group (GAS): ``famea``
  (``referent``, ``membri``), ``soci``, ``quota_anual``, ``ordin`` (``righe``, ``prodot``,
  ``quantita``, ``presi``, ``total``), ``produtur``, ``cassa``, ``versament``, ``turno``,
  ``dieta`` (``senza_glutine``), ``segnalasiu``, ``consegnat``, ``incass``, ``vot``;
- ``_stua.py`` "Stua": the pellet stove's dealer app (module, schedule, pallets, service),
  camelCase: ``client``, ``stua`` (``matricola``, ``modell``), ``rete``, ``telemetria``,
  ``programa`` (``acendida``, ``smorsada``, ``temperadura``), ``pellet`` (``sach``,
  ``bancal``, ``presiSach``), ``consegna``, ``firmatDa``, ``manutensiu`` (``tecnich``),
  ``libret``, ``alarm``, ``incentiv`` (``spesa``), ``spassacami`` chimney sweep.

Novelty (stated honestly): a Python ``ast`` dump of the module docstrings of every
``scripts/eval_families*.py`` (to ``/tmp/s25/blind278/``) was grepped, with the file names, for
candidate words. "classic car", "car rally", "regularity" (only a menstrual-cycle word),
"pellet" (only set 152's own list of words that matched nothing), "insomnia", "rainbow",
"two mothers"/"same-sex" (only labels inside set 80's donor clinic and set 15's IVF app),
"purchasing group"/"buying group" and "home insurance" (only other sets' lists of words that
matched nothing) found no app of these kinds. Close neighbours, made different: set 85's
vintage-car restoration marketplace (here an event's entrant app); sets 14, 44 and 77's LGBTQ+
social, dating and events apps (here a parents' association with a legal desk); set 248's adult
mountain-bike trail park (here a children's school with a parent account); set 37's home apnoea
test, 111's CPAP and 11/24's sleep-sound apps (here a prescribed insomnia therapy); crop hail
inside set 268's farmers' union (here a home policy and claim); firewood (146), heating oil (203,
253), a chimney sweep with a stove subsidy (152) (here a pellet stove's connected module and
dealer). Rejected after the grep because they existed: meal vouchers (263), blood donors (175 and
others), a cruciate-ligament clinic (268), an oratory or parish summer camp (children's camps
in 157), mushroom permits (168), bocce (159's petanque), a trade union (217, 268), a funicular
(273), an astronomy club (223), paragliding (99). No earlier Lombard set was found (the only
Italian sets are Sardinian 168, Friulian 207, Sicilian 240, Venetian 263, Neapolitan 267 and
Ligurian 273; set 51 is a Milan pharmacy with Italian keys). The SDKs are ten new vendors, built
once and called by every app with its own events: ``_sdk.py`` (analytics "Metrisoncei", MMP
"Trackpulenta", OpenRTB 2.5 ads "Bidtalegg", crash reporting "Crashserio") and ``_svc.py``
(flags "Flagstrachin", push "Pingorobie", consent "Consentpaes", payments "Coinsolcc", maps
"Mappresolana", support chat "Helpscarpinocc"); their code is set 151's SDK shapes with the
vendors, hosts, function prefixes, zone, country, region, city and currency changed (the
docstring grep found none of the ten names).

What is in it: sign-ups and log-ins (JSON and form passwords, OAuth password grants, an SMS code),
``/me``-style GETs with JWT bearers (claims ``codes_fiscal``, ``tesera``, ``assoc``, ``fioi``,
``pasient``, ``polisse``, ``soci``, ``client``); rally: the crew entry with the driver's
licence, tax code and address and her licence, the fee, a car photo, the insurance PDF, the road
book by crew number in the path, a check-in at a control (6 decimals), a protobuf trial beat, a
msgpack trial queue (5-decimal string), an offline log (JSON Lines, 4 decimals), standings, the
gala dinner, a message quoting her father-in-law, a receipt by cookie, a search, base64 JSON in
a form field; association: joining with the family type, her wife and son, dues, a meeting, the
legal desk's adoption request, the son's birth certificate and their marriage certificate
(PDFs), the holiday camp and its receipt by booking number in the path, a Pride message, a
volunteer shift, a letter to the school, a donation to the legal fund, a search, a photo,
base64 JSON in a cookie; bike school: the son's enrolment, medical certificate (PDF), health
form (gzip), fee, trainings, attendance by card number in the path, an absence, a pick-up
authorisation for his grandfather, a trail check-in (5 decimals), her track (msgpack), a
protobuf beat, a race, the kit, a photo, a message to the coach, a calendar by cookie; insomnia:
the referral, the ISI questionnaire (gzip), the sleep diary (JSON Lines), a protobuf night from
her wristband, the sleep window, medicines, a visit and check-in (5 decimals), a video room, a
message to the therapist, the report (PDF), reports by patient number in the path, the
co-payment, sharing with her wife; insurance: the policy by number in the path, the instalment,
the hail claim with her fix at home, photos and an invoice (the claim in the path), photo
positions (msgpack), the adjuster's visit, the payout IBAN, the household, a leak sensor on the
home Wi-Fi, a plumber call-out (5-decimal string), base64 JSON consents; purchasing group:
joining, an order and its change (msgpack), a top-up, the balance, a shift and the hall
check-in (4 decimals), the diet, a message to a farm, a broken-eggs report, the shift tally
(JSON Lines), the receipt by order number in the path, a vote; stove: the stove registered at
home (5 decimals), its Wi-Fi, a protobuf telemetry beat (her LAN address), the schedule, a
pallet order with a gate code in the note, tracking by order number in the path, the delivery
signature, the service, the heating log, an alarm photo and queue (msgpack), the incentive form
(gzip; her tax code and IBAN), invoices by cookie. SDKs: analytics batches (gzip; positions at 2
or 3 decimals), traits (base64 JSON in a form field), offline queues (JSON Lines), a base64url
beacon; MMP installs, events (hashed e-mail and phone); OpenRTB bids (GPS at 2 or 3 decimals or
IP geo) and notices; crash envelopes and sessions; flag evaluations (JSON; base64 JSON header);
push subscribers; consent records and checks; card tokens and confirmations; geocoding (her
address typed, a place searched), reverse geocoding (``lat,lon`` in the path), routes and
telemetry; support messages and an upload.

Negatives are implicit: request, check, slot, visit, turn, ride, thread, order-line and object
IDs, idempotency keys, nonces, timestamps, versions, public SDK keys, OpenRTB IDs and prices; the
rally's ID, start and control points, trial codes, times, hundredths and penalties, the car's
make, model, year, chassis number and plate (no taxonomy type fits; left unlabelled), the
category ``1947-1961``; the association's ID, section, the meeting, the case file ``pr_55102``,
the lawyer's ID, the camp's ID, the school ID and class; the bike school's ID and base point, the
group ``U11``, the race, its category ``G5`` and bib number, kit codes and size; the sleep
centre's ID and point, the GP's ID, the clinic room, the priority letter; the policy's square
metres, year built and floors, covers, the adjuster's and agency's IDs, the roofer's name, the
leak sensor's serial; the hall's ID and point, the farms' IDs, names and phones, catalogue prices
and quantities, other members' accounts, the producer voted on; the stove's serial, model,
module and firmware, room temperatures and power levels, the schedule, the technician's ID, the
flue, alarm codes, bag prices.

Conventions kept from set 151 (as it states them): model, make, OS, locale, language,
Accept-Language, time zone, rooted flags, network type, battery, free memory, LAN addresses and
User-Agents ``device.info``; event and screen names ``behavior.usage``; SDK and install IDs, push
tokens ``id.device``; passwords, SMS codes, bearer, refresh, session and video-room tokens
``secret.credential``, JWT claims at ``<where>.claims.<claim>``; scalar lists labelled per element
and collapsed by ``eval_families21.listed_once``; MCC/MNC and carrier ``location.carrier``; town,
province, region, post code and country ``location.coarse``; street lines ``contact.address``;
amounts, totals, fees, dues, premiums, bookings, entries and orders ``financial.purchase``; card
data, last four digits, payment-method IDs and IBANs ``financial.payment``; another person's full
name, phone and e-mail typed by the user ``contact.*``; a value in the URL path ``url``
``path[i]``; text that states a health fact, a sensitive trait or quotes a labelled value carries
that category too.

Calls made in this set (a reader may disagree; stated so a score can be read):
- a first name alone in free text (Chiara, Tommaso) is not ``contact.name`` except where the
  text is about the child (absence, the coach, the school letter, the photo caption) or names a
  person with a surname; full names always are; the jersey nickname ``TOMMY`` is the child's
  name (``contact.name``);
- codici fiscali (hers, her wife's, the son's, the father-in-law's), her residence card and
  both driving licences ``personal.national_id``;
- her wife: "my wife" in text she writes (the rally dinner note) states her sexual orientation
  ``personal.sensitive`` (as set 57's post about her wife); her wife's name in structured fields
  (``compagna``, ``genitur_2``, contacts, guests) is only ``contact.name``, and a relation key is
  not a value; the association's ``tipFamea: do mame``, the identify trait ``two mothers``, the
  adoption request's kind and text, the marriage certificate PDF (``content.media`` too), the
  Pride message, the float group, the push tag ``pride_volunteer``, the legal fund and the JWT
  claim with the association's name ``personal.sensitive``; the association's and section's IDs
  unlabelled (like a church ID in SDK tags); the son's birth certificate PDF ``content.media``
  only;
- rally: the crew number ``financial.purchase`` (the entry she paid: body, query, URL path,
  protobuf, b64 cookie-like form field, text); the father-in-law's birth date
  ``personal.birthdate``;
- bike school: Tommaso is a data subject: tax code ``personal.national_id``, federation card
  ``id.user`` (body, query, JWT ``fioi``, URL path, protobuf), name, birth date, sex; height and
  weight ``health.fitness``; allergy, asthma, inhaler, the certificate PDF (``content.media``
  too) ``health.medical``; her track behind him ``location.precise``, the base a negative;
- insomnia: the patient number (body, JWT, query, URL path, protobuf) and the e-referral number
  ``health.medical`` (a medical record number, as set 151's chart); the diary's latencies,
  awakenings and hours, the prescribed sleep window, ISI answers and score ``health.medical`` (a
  treatment log of a diagnosed condition); the wristband's heart rates ``health.fitness``, its
  sleep efficiency ``health.medical``; the therapist typed by her ``contact.*``; the co-payment
  ``financial.purchase``;
- insurance: the policy and claim numbers, the premium, instalment, estimated damage and the
  roofer's invoice total ``financial.purchase`` (her contract and its claim); photo positions at
  home ``location.precise``; the leak sensor on her home Wi-Fi (the profile's SSID/BSSID)
  ``location.wifi``;
- purchasing group: the member account ``id.user``; order totals and top-ups
  ``financial.purchase``, order-line prices negatives; "gluten-free" in the diet form
  ``health.medical`` (it is there because her wife is coeliac), a search for gluten-free flour
  only ``behavior.search``;
- stove: the customer number ``id.user``; the stove's position at home ``location.precise``; the
  gate code in a delivery note ``content.text|secret.credential``; the incentive's cost
  ``financial.purchase``; typing her own address into the geocoder ``contact.address``;
- SDKs: Trackpulenta's ``country`` ``location.coarse`` and ``roaming`` ``device.info``; OpenRTB
  geo country, region (``25``, Lombardy) and city ``location.coarse``; positions at 2 decimals
  ``location.coarse``, at 3 or more ``location.precise``.

Looked at (stated honestly): the brief; ``/work/shared/TAXONOMY.md`` whole and the
``report.json`` paragraph of ``/work/shared/DESIGN.md``; ``eval_families151.py`` and all its
modules (``_abano``, ``_parish``, ``_dental``, ``_school``, ``_svan``, ``_qvevri``,
``_building``, ``_kit``, ``_sdk``, ``_svc``) whole, the last two copied with renames;
``eval_payloads.py`` whole; definitions and signatures only of the helper kits: the grep lists of
top-level names in ``eval_families6_kit``, ``_17_kit``, ``_18_kit``, ``_19_kit``, ``_20_kit``,
``_21_kit``, ``_22_kit``, ``_24_kit``; the sources of ``raw``, ``multipart`` (head), ``pb``
(set 6), ``App``, ``ev``, ``opaque``, ``DOB`` (set 20), ``at_path``, ``sdk_uid`` (set 21 kit),
``lines``, ``sdk_uuid`` (set 22), ``rid``, ``sdk_id``, ``head``, ``claims`` and the card and
web-view constants (set 24), the import block of ``eval_families17_kit`` and its ``__all__``,
``check_ci`` and ``report`` (``eval_families8_kit``), ``listed_once``, ``LISTED_ONCE`` and
``_list_of`` in ``eval_families21.py`` (whose ``build``/``raw_build`` lines showed with them), and
a few constants' values printed with Python (``E164``, ``NATIONAL``, ``EMAIL_UPPER``, ``JPEG``);
the file names and module docstrings of ``scripts/eval_families*.py`` (the grep above; snippets
of other sets' docstrings were read around the hits). No classifier, rule, test or other set's
cases were read or run; ``ruff check --select F`` ran on these files.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families281_casa
import eval_families281_famee
import eval_families281_gas
import eval_families281_mtb
import eval_families281_rally
import eval_families281_sogn
import eval_families281_stua
from eval_families17_kit import report
from eval_families21 import listed_once
from eval_payloads import Case

# Checked against the decoders while written (every labelled path is produced); no gap stated.
DECODER_GAPS: set[tuple[str, str]] = set()


def build(elements: bool = False) -> list[Case]:
    """The set; ``elements``: scalar lists labelled per element (as set 21's first writing)."""
    cases = raw_build()
    return cases if elements else listed_once(cases)


def raw_build() -> list[Case]:
    return [*eval_families281_rally.stradevecie(), *eval_families281_rally.stradevecie_sdks(),
            *eval_families281_famee.famee(), *eval_families281_famee.famee_sdks(),
            *eval_families281_mtb.pedali(), *eval_families281_mtb.pedali_sdks(),
            *eval_families281_sogn.sognbu(), *eval_families281_sogn.sognbu_sdks(),
            *eval_families281_casa.casasicura(), *eval_families281_casa.casasicura_sdks(),
            *eval_families281_gas.spesagiosta(), *eval_families281_gas.spesagiosta_sdks(),
            *eval_families281_stua.stua(), *eval_families281_stua.stua_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
