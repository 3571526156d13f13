"""Two-hundred-and-sixty-seventh, BLIND labelled set for the classifier evaluation ("blind264"):
written without reading the classifier code, its rules, the tests or the README's evaluation
tables, and never run through a classifier by its author; ``main`` (the project's decoder path
check) was run by the author (the first full run exited 0; it was run again after ``ruff --fix``
removed unused imports and the docstrings were reflowed). It is to be scored once, by the lead,
on the final rules (the lead registers it in ``eval_classifiers.py``; this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like
set 151 (its template) this set measures ORDINARY traffic: mainstream app-backend and SDK shapes
in roughly the proportions real captures have (156 first-party calls and 80 SDK calls, 236
exchanges, 1,743 labels after ``listed_once`` as ``main`` prints them), mostly ordinary
placements of the profile's values (``eval_payloads.profile()``, the one every set uses), with
everyday look-alikes.

Who she is: the profile's Jane Doe, an American who teaches English at a language school in the
Vomero (Naples) and lives in Pozzuoli (Campi Flegrei, Campania, Italy; EUR, zone Europe/Rome, her
US SIM roaming on an Italian network, MCC/MNC 222/88 as the MMP's ``visited_plmn``) with her
Puteolan husband Ciro Sannino; their son Gennaro (10) fences sabre at a club in Arco Felice; her
mother-in-law Carmela Illiano lives in Rione Toiano; her sister Emily Doe is in Columbus, Ohio.
All fictional. Italian tax codes (codice fiscale: hers born abroad Z404, the husband's and a
neighbour's born in Pozzuoli G964, the son's in Naples F839) are computed with the real rule
and carry their check letter (``eval_families267_kit.cf``); the couple's IBAN has a valid CIN
and check digits (``iban``); they belong to nobody. Her residence card (an EU citizen's spouse)
and her US SSN (a FATCA form) are ``personal.national_id``. ``eval_families267_kit.py`` holds
her places, people and the apps' businesses.

The seven apps (fictional names, hosts under example.* per RFC 2606, no real company named as
sender), each with its own API whose keys are Neapolitan as a Naples developer writes them,
ASCII-folded (``cugnomme``, ``juorno_nascita``, ``ndirizzo`` for 'ndirizzo, ``urdeme_quatte``
for ll'urdeme quatte), mixed with the English words real APIs keep (``email``, ``token``,
``id``, ``push_token``, ``refresh_token``, ``grant_type``, ``ssid``, ``iban``, ``privacy``) and
Italian loans a local developer keeps (``codice_fiscale``, ``cap``, ``ticket``, ``nre``,
``impegnativa``, ``referto``, ``logopedia``, ``detrazione``, ``catasto``):
 - ``eval_families267_pasture.py`` "Pasturaro": a San Gregorio Armeno workshop's (``puteca``)
   custom nativity figurines (``pasture``) with the family's faces, shipped to her sister;
 - ``_pizza.py`` "Furnariello": a pizza-making school's evening course (enrolment, dough logs,
   the oven, the exam, the certificate);
 - ``_voce.py`` "Voce Bbona": a phoniatrics voice clinic for her vocal-fold nodules (HER HEALTH:
   questionnaire, referral, videostroboscopy, a voice recording and its acoustic measures,
   speech therapy, a voice diary, sick leave);
 - ``_carusiello.py`` "Carusiello": postal-savings passbooks and savings bonds (HER MONEY: her
   passbook, the son's minor passbook, a bond, deposits from her IBAN, a transfer to her
   mother-in-law, a proxy, the FATCA form);
 - ``_trema.py`` "Terra ca Trema": a bradyseism residents' committee of the red zone (HER
   POLITICAL OPINION: her reason for joining, a petition, a motion, a march, a survey with her
   vote and trust, a legal fund, neighbours' signatures collected);
 - ``_scherma.py`` "Sala 'e Scherma": the son's fencing club's parent app (THE CHILD'S DATA: his
   name, birth date, sex, tax code, federation card, medical certificate, health form, weight,
   height, kit sizes, age category, results, pick-ups);
 - ``_sentinella.py`` "Sentinella 'e Casa": a structural-monitoring subscription (crack gauges,
   a tilt meter, a Wi-Fi gateway) for their flat and the mother-in-law's.

Neapolitan key words shared (meaning): ``nomme`` / ``cugnomme`` first name / surname,
``nomme_cumpleto`` full name, ``cellulare`` / ``recapito`` mobile / contact number, ``chiave``
and ``parola_secreta`` password ("key", "secret word"), ``juorno_nascita`` birth date, ``nato_a``
born in, ``sesso`` sex (``femmena`` / ``masculo``), ``codice_fiscale`` tax code, ``ndirizzo``
street line, ``rione`` quarter, ``paese`` town, ``citta`` city, ``provincia``, ``stato`` state,
``mporto`` amount, ``prezzo`` price, ``totale``, ``pavamento`` payment, ``metodo`` method,
``urdeme_quatte`` last four, ``caparra`` deposit, ``quota`` fee / dues, ``rate`` instalments,
``ordene`` order, ``ricevute`` receipts, ``fattura`` / ``fatture`` invoice(s), ``pusizione``
position, ``foto``, ``didascalia`` caption, ``scritto`` text, ``mmasciata`` message, ``cerca``
search, ``recensione`` / ``stelle`` review / stars, ``juorno`` / ``juorne`` day(s), ``ora``
time, ``perzone`` people, ``utente`` user, ``evente`` events, ``schermo`` screen,
``dispusitivo`` / ``dispusitive`` device(s), ``lengua`` language, ``fuso_orario`` time zone,
``sessione``, ``ije`` me, ``scrizione`` sign-up, ``trase`` / ``esce`` log in / out, ``marito``
(in free text), ``criaturo`` child, ``nonna`` grandmother, ``cu`` with (sharing), ``salute``
health, ``allergie``, ``medicine``, ``dulore`` pain, ``miedeco`` doctor; each module's
docstring lists its own words.

Kinds checked as new: every module docstring of ``scripts/eval_families*.py`` (extracted with
``ast`` into a scratch file, about 2,850 files) and the file-name list were searched for the
candidate words. Nothing matched "presepe", "figurine", "terracotta", "pizza", "pizzaiol",
"stroboscop", "voice therap", "voice clinic", "hoarse", "phoniatr", "passbook", "savings
bond", "postal savings", "bradyseism", "campi flegrei", "pozzuoli", "naples", "napoli",
"neapolitan", "crackmeter", "tiltmeter", "scherma", "sabre", "epee", "fencing club" ("fencing"
only as geofencing; "structural" only a seismic app's self-check; "nativity" only set 227's
living-nativity play, a parish theatre, not a figurine workshop). Near kinds, and how these
differ, are in each module's docstring: set 63's Parkinson's voice test and set 105's Carnatic
vocal lessons (not an ENT clinic), set 142's gold pawnshop and set 105's gold loans (a gold
buyer was dropped for them), set 240's anti-racket network, set 263's humanist association, set
207's language-rights association and set 193's ward budgeting (none a bradyseism committee),
set 189's seismic alert and household plan, set 161's earthquake-damage relief and set 153's
landslide watch (none a paid home-monitoring service), set 144's children's water polo and set
263's rowing school. The Italian sets 168 (Cagliari), 207 (Udine), 240 (Catania) and 263
(Chioggia) were read by their docstrings only, to keep away from their kinds and words; set 51
is a Milan pharmacy. The SDKs are ten new vendors, built once and called by every app with its
own events: ``_sdk.py`` (analytics "Metrisfoglia", MMP "Trackpulcinella", OpenRTB 2.5 ads
"Bidbaba", crash reporting "Crashcuoppo") and ``_svc.py`` (flags "Flagfalanghina", push
"Pingpastiera", consent "Consentcasatiello", payments "Coinzeppola", maps "Mapsolfatara",
support chat "Helptaralli"); their code is set 151's SDK shapes with the vendors, hosts, zone,
country (``IT``/``ITA``, region ``72``, city Pozzuoli), currency (EUR) changed and the MMP's
``visited_plmn`` added (``grep -ril`` of ``scripts/`` found none of the ten names, nor the app
names, nor their food and place roots).

What is in it: sign-ups and log-ins (JSON and form passwords, an OAuth password grant, SMS and
one-time codes, a log-in by tax code), ``/ije`` GETs with JWT bearers (claims: account,
pupil, chart, saver, tax code, passbooks, membership, committee, fencer cards, sites);
figurines: the catalogue, a commission with three faces, the likeness photos (multipart), the
deposit, the order by number in the path, a message about her husband's beard, shipping to her
sister in Ohio (typed address), a visit booked, a check-in with her fix (5 decimals), the
wishlist (msgpack), the cart by cookie, a review, a search, a gift voucher for her
mother-in-law, the invoice with her tax code, preferences (base64 JSON in a form field); pizza:
sign-up with her tax code, the courses, enrolment with her lactose intolerance, a payment,
instalments from her IBAN, the calendar, attendance (5 decimals), a dough log (msgpack), a
pizza photo, an oven session (protobuf), the exam, the result by pupil number in the path, the
certificate posted home, a message mentioning her vocal cords, a search, a course given to her
husband, a review, receipts by cookie, an offline sync (JSON Lines); voice: registration with
her GP, an SMS code, the questionnaire (gzip), the referral and its NRE, the videostroboscopy
(MP4), a WAV recording with jitter/shimmer/HNR, the plan, speech-therapy sessions, the co-pay,
a check-in, a protobuf voice diary, an exercise log (msgpack), a message to the
phoniatrician, reports by chart number in the path, a sick-leave certificate, sharing with her
husband, a video room, invoices by cookie, the medical-expense export; savings: registration
with her residence card, a video identification (selfie and the card's photo), the passbooks,
the son's passbook, transactions by passbook number in the path, a bond, a deposit, a transfer
to her mother-in-law's IBAN, rates, a simulation, an OTP, a protobuf session beat, branches near
home (3 decimals), an appointment, the statement by cookie (session plus base64 JSON), a proxy
for her husband, the FATCA form, a complaint; committee: sign-up with her reason, dues,
assemblies, attendance with her fix (4 decimals), a petition signed, a motion voted, a march
joined with her husband, a crack photo with her home fix (6 decimals), a survey (gzip), tremors
and news, the chat, a volunteer shift, a donation, her card by number in the path, neighbours'
signatures (JSON Lines), the card by cookie (base64 JSON), a log-out; fencing: the parent's
sign-up, Gennaro registered, the medical certificate (PDF), the health form (gzip), the fee, a
drop-off with her fix, the kit rental, a competition entry, results by card number in the path,
a protobuf bout, a practice log (msgpack), the grandmother's pick-up authorisation (her ID card
number), a message to the master, a podium photo, a lift to Salerno, receipts by cookie, the
sports-expense deduction; monitoring: sign-up, their flat (6 decimals) and the mother-in-law's,
the subscription, the gateway on the home Wi-Fi (the profile's SSID/BSSID), sensors paired,
readings (gzip), a protobuf gateway beat, tremors near home (2 decimals), an alarm seen from
work (5 decimals), a crack photo, an inspection, the site by number in the path, sharing with
her husband, a report for the town hall, a msgpack manual-gauge queue with her fix in the
mother-in-law's flat, invoices by cookie, a log-out. SDKs: analytics batches (gzip; positions at
2 or 3 decimals or none), traits (base64 JSON in a form field), offline queues (JSON Lines),
base64url beacons; MMP installs, sessions, events (hashed e-mail and phone) and a deep link (the
site and her e-mail in a URL in a JSON field); OpenRTB bids (GPS at 2 decimals or IP geo) and
notices; crash envelopes and sessions; flag evaluations (JSON; base64 JSON header); push
subscribers; consent records and checks; card tokens and confirmations; geocoding, reverse
geocoding (``lat,lon`` in the path), routes; support messages and an upload.

Negatives are implicit: request, visit, lesson, appointment, slot, bout, operation, shift,
alarm, petition and motion IDs, idempotency keys, nonces, timestamps, versions, public SDK keys,
OpenRTB IDs and prices; the workshop's ID, name, phone and point, catalogue figurines, their
heights and prices; the school's ID, point and oven, its oven temperatures, flour, water, salt
and rise hours; the clinic's ID and point, rooms, exercise names; the branch's ID and point,
rates and a simulation's amount and years; the square's ID and point, the tremor query and the
news; the hall's ID and point, the bout's touches, the piste, drills; the gateway's serial and
BLE address, sensor IDs, crack openings and tilts (readings of devices that are not the user's
phone), the building's floors and year, the cadastral sheet and parcel, the mother-in-law's
flat's point as a site record; her employer's name and point.

Conventions kept from sets 20-37 and 151 (as 151 states them): model, make, OS, locale,
language, Accept-Language, time zone, rooted flags, network type, battery, free memory, LAN
addresses and User-Agents ``device.info``; event and screen names ``behavior.usage``; SDK and
install IDs, push tokens ``id.device``; passwords, SMS/one-time codes, bearer, refresh, session
and video-room tokens ``secret.credential``, JWT claims at ``<where>.claims.<claim>``; scalar
lists labelled per element and collapsed by ``eval_families21.listed_once``; MCC/MNC and carrier
``location.carrier``; city, quarter, town, province, state, post code, birthplace and country
``location.coarse``; street lines ``contact.address``; amounts, totals, fees, deposits, dues,
donations, orders and bookings ``financial.purchase``; card data, last four digits,
payment-method IDs, IBANs, passbook and bond numbers ``financial.payment``; another person's
full name, phone, e-mail, address, tax code and ID card typed by the user ``contact.*`` /
``personal.national_id``; a value in the URL path ``url`` ``path[i]``; text that states a
health fact, a sensitive trait or quotes a labelled value carries that category too.

Calls made in this set (a reader may disagree; stated so a score can be read):
- a first name alone in free text (Ciro, Carmela, Gennarino) is not ``contact.name`` except where
  the text is about the child (the wrist-sprain message); the child's full name always is;
- figurines: the faces' names are ``contact.name``; the likeness photos ``content.media`` only
  (no face template is sent); the customer account ``id.user``;
- pizza: the pupil number ``id.user`` (body, JWT, query, protobuf, path, JSON Lines); her lactose
  intolerance ``health.medical``; the oven's readings are negatives;
- voice: the chart number ``health.medical`` everywhere (as 151's dental chart); the GP's
  referral number (NRE) ``health.medical``; job ("insegnante") unlabelled; singing in a choir in
  the questionnaire ``health.medical`` (a voice-use factor); the WAV and the MP4
  ``content.media|health.medical``; jitter, shimmer, HNR and phonation time ``health.medical``,
  not ``biometric.voice`` (clinical measures, not a template for identification); the co-pay
  and the deductible total ``financial.purchase``; the employer's name a negative;
- savings: the passbook and bond numbers ``financial.payment`` (accounts, as IBANs); the bond's
  amount ``financial.purchase``; the ID card's photo ``content.media|personal.national_id``, the
  selfie ``content.media`` only; citizenship and tax residences (``US``, ``IT``) unlabelled;
  the SSN in the FATCA form ``personal.national_id``; a simulation's amount unlabelled;
- committee: membership (JWT ``comitato``), her reason, the petition signature, her vote, the
  survey's party, trust and would-leave answers, the march and shift activities, the legal fund,
  push tags and chat text ``personal.sensitive`` (political opinion); the membership card
  ``id.user``; the evacuation zone ``location.coarse``; a neighbour's name, tax code and
  signature collected by her ``contact.name`` / ``personal.national_id`` /
  ``personal.sensitive``;
- fencing: the federation card ``id.user`` (body, JWT ``tiratori``, query, path, protobuf,
  SDK); his weight and height ``health.fitness``, and the mask and jacket sizes too (body
  measurements); his age category ("Under 11") ``personal.birthdate``; glasses, allergies and
  the certificate PDF ``health.medical`` (the PDF also ``content.media``); handedness and weapon
  unlabelled; the grandmother's ID card number ``personal.national_id``;
- monitoring: the site numbers ``id.user``; their flat's point and her fixes (home, work, the
  mother-in-law's kitchen) ``location.precise``, the mother-in-law's flat as a registered site
  point a negative (a building, not a fix of hers); the home SSID/BSSID ``location.wifi`` and the
  phone's LAN address ``device.info``; the tremor query at 2 decimals ``location.coarse``;
- SDKs: Trackpulcinella's ``country`` ``location.coarse``, ``roaming`` ``device.info``,
  ``visited_plmn`` ``location.carrier``; OpenRTB geo country, region (``72``) and city
  ``location.coarse``; positions at 2 decimals ``location.coarse``, at 3 or more
  ``location.precise``.

Looked at (stated honestly): the brief; ``/work/shared/TAXONOMY.md`` whole; DESIGN.md's heading
list and its "Outputs" section (report.json); ``eval_families151.py`` and all its modules
(``_kit``, ``_sdk``, ``_svc``, ``_abano``, ``_building``, ``_dental``, ``_parish``, ``_qvevri``,
``_school``, ``_svan``) whole, except that terminal truncation hid a few lines of
``151_school.py`` (its first cases after line 80); ``eval_payloads.py`` whole. Of the helper
kits only definitions: a grep of ``def``/``class``/constant lines of kits 6, 17, 18, 19, 20, 21,
22 and 24, the bodies of ``raw``, ``multipart``, ``pb`` (6), ``App``, ``pos``, ``latlng``,
``ev``, ``play_token``, ``opaque`` (20), ``at_path``, ``sdk_uid``, ``channel`` (21), ``lines``,
``sdk_uuid``, ``tracking`` (22), ``rid``, ``sdk_id``, ``head``, ``claims`` (24), the import list
and ``__all__`` of ``eval_families17_kit``, and a grep locating ``Acc``, ``add``, ``token``
(kit 10) and ``listed_once`` (``eval_families21.py``, its def line). Rules bent, each by a grep:
(1) a grep for where category constants (``SENS``, ``MED``, ``EMAIL_UPPER``...) are defined ran
over all ``eval_families1*_kit.py`` and ``eval_families[0-9]_kit.py`` and printed such constant
lines from other sets' kits (108, 115, 116, 117, 118, 127, 130, 187, 194): category-id strings
only; (2) ``grep -ril scherma scripts/`` for a name's novelty printed three ``ev("schermata"...)``
lines of sets 25, 29 and 51; (3) ``grep -ril`` of the ten vendor and app names over ``scripts/``
(file lists, all empty). No classifier, rule, test, decoder or ``eval_classifiers.py`` was read
or run, no git command was run; ``ruff check --select F`` ran on these files (``--fix`` removed
unused imports) and ``main`` ran as stated above.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families267_carusiello
import eval_families267_pasture
import eval_families267_pizza
import eval_families267_scherma
import eval_families267_sentinella
import eval_families267_trema
import eval_families267_voce
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
    return [*eval_families267_pasture.pasturaro(), *eval_families267_pasture.pasturaro_sdks(),
            *eval_families267_pizza.furnariello(), *eval_families267_pizza.furnariello_sdks(),
            *eval_families267_voce.vocebbona(), *eval_families267_voce.vocebbona_sdks(),
            *eval_families267_carusiello.carusiello(),
            *eval_families267_carusiello.carusiello_sdks(),
            *eval_families267_trema.terracatrema(), *eval_families267_trema.terracatrema_sdks(),
            *eval_families267_scherma.salascherma(),
            *eval_families267_scherma.salascherma_sdks(),
            *eval_families267_sentinella.sentinella(),
            *eval_families267_sentinella.sentinella_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
