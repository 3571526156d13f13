"""Two-hundred-and-fifty-fourth, BLIND labelled set for the classifier evaluation ("blind251"):
written without reading the classifier code, its rules, the tests or the README's evaluation
tables, and never run through a classifier by its author; ``main`` (the project's decoder path
check) was run ten times at the end (no decoder gap was reported; two runs piped to ``head``
ended on a BrokenPipeError, the others exited 0; the reruns followed small edits: ruff's removal
of unused imports, moving three calls between SDK and first-party, two label changes in the
thalasso module, line wrapping, this sentence). It is to be scored once, by the lead, on the
final rules (the lead registers it in
``eval_classifiers.py``; this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths as set
151 states them). Like sets 20-37 this set measures ORDINARY traffic: mainstream app-backend and
SDK shapes in roughly the proportions real captures have (150 first-party calls and 78 SDK
calls, 228 exchanges, 1,720 labels after ``listed_once`` as ``main`` prints them), mostly
ordinary placements of the profile's values (``eval_payloads.profile()``, the one every set
uses), with everyday look-alikes. She lives in the medina of Taroudant (Souss, Morocco) with
her Soussi husband Brahim Oubaha, her US SIM roaming; their son Anir (10) goes to the Taroudant
youth centre; her mother-in-law Fadma Idbelkas cracks argan in the women's cooperative of the
douar of Tighanimin (fictional) near Freija; her sister-in-law Rqiya Oubaha lives in Agadir;
her father-in-law Lhaj Mbark Oubaha is named once, in hospital; her sister Emily Doe lives in
Ohio. All fictional. Seven app kinds (fictional names, hosts under example.* per RFC 2606, no
real company named as sender), each with its own API and the SDKs it embeds. Every app's own
keys are Tachelhit (Shilha) in Latin letters as a local developer types them, ASCII-folded
(``gh`` for the velar fricative, ``x``/``kh`` for kh, ``ch`` for sh, ``3`` for ayn in Arabic
loans, no emphatics marked), mixed with the English words APIs keep (``email``, ``token``,
``id``, ``lat``/``lng``, ``sku``) and the French/Arabic loans Soussis say (``ssurans``
insurance, ``lordonans`` prescription, ``ddwa`` medicine, ``tbib`` doctor, ``lakart`` ID card,
``lbasbor`` passport, ``l3nwan`` address, ``lxlas`` payment, ``lhjz`` booking, ``ttlb``
order, ``rib`` bank account). Each app was given its own developer's habits, so the words for
the same thing vary between apps: first name ``assagh`` / ``ism``, family name
``assagh_n_tawja`` / ``nnsb`` / ``tawja``, phone ``nnmra`` / ``tilifun``, password
``taguri_n_uzray`` / ``awal_n_uzray`` / ``tasarut`` / ``tasarut_n_ukchum`` / ``lkud_ssirri``;
shared everyday words: ``tarikh_n_tlalit`` birth date, ``anaw`` sex (``tamtut`` woman,
``afrukh`` boy), ``tamdint`` town, ``tamazirt`` village, ``tamnadt`` region, ``lhuma``
quarter, ``tigmmi`` house, ``argaz`` husband, ``tadggwalt`` mother-in-law, ``iwi`` my son,
``attan`` illness, ``tadawt`` back, ``iqariden`` amount (lit. "money"), ``ssumt`` price,
``adgar`` place, ``awal`` remark, ``lmsaj`` message, ``asiggl`` search, ``tswira`` photo,
``itran`` stars, ``amsqdac`` user, ``aruku`` device, ``tutlayt`` language, ``tigawin``
events, ``agdil`` screen, ``tirra`` sign-up, ``kchm`` log in, ``nkki`` me, ``ffugh`` log out.
Spellings are my recollection of Souss usage and IRCAM coinages (``amsqdac``, ``aruku``,
``agdil``, ``taguri_n_uzray``); set 206's Central Atlas keys (``isem``, ``imayl``,
``awal_uffir``, ``tansa``, ``tawsit``, ``azal``, ``axelles``, ``anadi``, ``tawlaft``,
``tabrat``, ``allal``, ``nekk``, ``tidyanin``) were avoided except ``tilifun``, ``tamdint`` and
``argaz`` (the ordinary words).

Apps: ``eval_families254_thalasso.py`` ("Amanilel": an Agadir thalassotherapy centre's
prescribed cure for her lumbar disc hernia: her health data), ``_argan.py`` ("Tadukli Argan":
the women's argan cooperative where she is a member: her pay account, shares, an advance, her
social-security sign-up: money), ``_zawiya.py`` ("Lwird": a Souss zawiya's women's dhikr circle,
moussem and alms; she embraced Islam before her marriage: her religion), ``_adoul.py``
("Lkaghit": an adoul office's land-purchase deed, lafif witnesses, fees, copies of her marriage
contract: money and documents), ``_youth.py`` ("Asaysn": the youth centre's theatre and ahwash
clubs, health form and seaside camp: the child's data), ``_oven.py`` ("Afarnu": the
neighbourhood communal oven's queue and delivery) and ``_saffron.py`` ("Zzafran Taliwin": a
Taliouine saffron house's shop and harvest mornings). Checked (a grep of the file names and of
the module docstrings of ``scripts/eval_families*.py``, sets up to 253, extracted to a scratch
file): "argan", "thalasso", "sea water", "zawiya", "adoul", "communal oven", "saffron",
"Taroudant", "Agadir", "Souss", "Tachelhit", "Shilha" matched nothing; "Morocc" matched set 206
(Khenifra, Central Atlas Tamazight: a cold store, a macaque census, a water association, a
mineral shop, an Amazigh name registration, a medical caravan, trout angling: none of these
kinds); "cooperative" matched many (coffee, cocoa, fishing, craft...), "dhikr" set 165's
marabout consultation, "notary" a 1921 deed and a notary appointment, "youth centre" a Matadi
football club, "acrobat"/"circus" a contortion school and a kids' acrobatics group (so the child
app is theatre and ahwash, not acrobatics), "spa" many, "bread"/"oven" bakeries, "hammam" a
place name, "gas cylinder"/"butane" an LPG app (so no gas delivery app was written). The SDKs
are ten new vendors, built once and called by every app with its own events: ``_sdk.py``
(analytics "Metrigran", MMP "Trackaghbalu", OpenRTB 2.5 ads "Bidwargan", crash reporting
"Crashakal") and ``_svc.py`` (flags "Flaglmuj", push "Pingtagant", consent "Consentamur",
payments "Payiqaridn", maps "Mapiberdan", support chat "Helptamunt"); their code is set 151's
with the vendors, hosts, zone (Africa/Casablanca), country (MA/MAR, region ``09``, Agadir),
language and currency (MAD) changed (a grep of ``scripts/`` found none of the ten names).
``eval_families254_kit.py`` holds her places, people, documents and the apps' businesses, and
says how the Moroccan numbers were made.

What is in it: sign-ups and log-ins (JSON and form passwords, an OAuth password grant, SMS and
e-mail codes), ``/nkki`` GETs with JWT bearers, log-outs with refresh tokens; thalasso: the
prescription PDF naming her doctor, the medical questionnaire (gzip), the cure booked and paid,
the insurer's cover by member number, a check-in with her fix, a protobuf hydro-jet session,
add-ons (msgpack), weight and height, a message to the physio, a review and a search that state
her back pain, the centre's Wi-Fi joined, a gift card for her sister-in-law, the receipt by
cure number in the path, a cookie GET; argan: joining (her residence card, her mother-in-law),
the day's kernels with her fix (5 decimals), an offline sync (JSON Lines), the pay statement,
her RIB, shares bought, an advance, the AMO sign-up (her CNSS number, her son as beneficiary,
gzip), a reading class, a jar photo, oil at the member price (msgpack), the members' chat, the
douar pick-up, the member card by number in the path, a vote, a base64 JSON cookie, a pay-slip
GET by cookie; zawiya: registration (her Muslim name, the date of her declaration of faith,
school of law, order), the circle's schedule and joining, attendance with her fix (4
decimals), prayer times near home (2 decimals), Quran lessons, alms, zakat al-fitr, moussem
seats for the family, a supplication naming her father-in-law's heart illness, an offering
(msgpack), a moussem photo, a message to the circle's leader naming a friend with her phone,
the iftar rota, the declaration certificate (PDF), the register entry by number in the path, a
receipt by cookie; adoul: the purchase deed (the seller's name and CIN, the plot's corners, the
price), the witnesses (her husband's CIN), the appointment, her passport scan, fees, the
registration tax (her tax ID), a check-in (5 decimals), marriage-contract copies, the signature,
a message to the adoul, the file by number in the path, a search, instalments to the seller
(msgpack; his RIB), the draft deed (gzip); youth centre: the parent's log-in, a JWT ``tarwa``
claim, Anir's enrolment (name, birth date, sex, pupil code), his card by number in the path,
clubs, the health form (gzip: bee-sting allergy, adrenaline pen, blood group), the signed
authorisation, the camp and its payment, a pick-up authorisation for his aunt, the door
check-in (5 decimals), his photo, a message to the coach, an absence note (fever), attendance,
the play's video, events with a session cookie; oven: sign-up with her house's point (5
decimals), ovens near home (3 decimals), a queue turn, its payment, a pick-up from her door, a
check-in at the oven, a protobuf queue beat, a standing order (msgpack), a Yennayer order, a
review, a search, a message naming her sister-in-law with her phone, the order by number in the
path, a base64 JSON preferences cookie, a tip; saffron: sign-up, an e-mail code, the catalogue,
a gift order, its payment, the parcel to Ohio (msgpack; her sister's address), a harvest
morning for two, a check-in in the field, the picking session (JSON Lines of her fixes), a
photo, the pick-up stop, a review, a search, the order by number in the path, the invoice by
cookie, points, saved addresses, a gift card. SDKs: analytics batches (gzip; positions at 2 or
3 decimals), traits (base64 JSON in a form field), offline queues (JSON Lines), base64url
beacons; MMP installs, events (hashed e-mail and phone) and deep links (a URL in a JSON field
carrying the order and her phone); OpenRTB bids (GPS at 2 or 3 decimals or IP geo) and
notices; crash envelopes and sessions; flag evaluations (JSON; base64 JSON header); push
subscribers; consent records and checks; card tokens, confirmations and a mobile-wallet payout;
geocoding (her typed street), reverse geocoding (``lat,lon`` in the path), routes and
telemetry; support messages and an upload.

Negatives are implicit: request, check-in, session, slot, appointment, thread, picking-session,
order-line IDs, idempotency keys, nonces, timestamps, versions, public SDK keys, OpenRTB IDs and
prices; the thalasso centre's ID, name, phone, point and cabin, catalogue prices of add-ons;
the cooperative's ID and point, tables, kilos of nuts and kernels, product prices; the zawiya's
point, the leader's and the hearing's IDs; the adoul office's ID and point, the adl's ID, the
land-title reference ``T/31877/09`` and the plot's field name and area, the marriage act's
number and page, the nationality "US" (no taxonomy type fits; left unlabelled); the youth
centre's ID and point, the door, the clubs, the camp, the son's school's name, T-shirt size;
the oven's ID and point, loaf kinds and counts, the delivery bicycle; the saffron house's ID
and point, SKUs, catalogue prices, parcel weight, flower counts.

Conventions kept from set 151 (as it states them): model, make, OS, locale, language,
Accept-Language, time zone, rooted flags, network type, battery, free memory, LAN addresses and
User-Agents ``device.info``; event and screen names ``behavior.usage``; SDK and install IDs,
push tokens ``id.device``; passwords, SMS/e-mail codes, bearer, refresh and session tokens
``secret.credential``, JWT claims at ``<where>.claims.<claim>``; scalar lists labelled per
element and collapsed by ``eval_families21.listed_once``; MCC/MNC and carrier
``location.carrier``; city, quarter, village, region, post code and country
``location.coarse``; street lines ``contact.address``; amounts, totals, fees, fares, bookings
and orders ``financial.purchase``; card data, last four digits, payment-method IDs, wallet
tokens and RIBs ``financial.payment``; another person's full name, phone and e-mail typed by
the user ``contact.*``; a value in the URL path ``url`` ``path[i]``; text that states a health
fact, a sensitive trait or quotes a labelled value carries that category too.

Calls made in this set (a reader may disagree; stated so a score can be read):
- a first name alone in free text (Brahim, Fadma, Rqiya, Emily, Anir) is not ``contact.name``
  except where the text is about the child (the absence note) or names a person with a surname
  or a number; the child's full name always is; a JWT ``ism`` claim with her first name is;
- thalasso: the insurer's member number (body, JWT, query) ``health.medical`` (a medical record
  number, as sets 37 and 151); the insurer's name a negative; the answers of the questionnaire,
  the prescription's diagnosis, the jet programme and the pain score ``health.medical``;
  "pregnant: false" ``health.medical|personal.sensitive`` (TAXONOMY lists pregnancy under
  sensitive; set 151 labelled it medical only); weight and height ``health.fitness``; the
  prescription PDF ``content.media|health.medical``; the search for a sciatica massage
  ``behavior.search|health.medical``; her residence card ``personal.national_id``;
- argan: the member number ``id.user``; her CNSS number ``personal.national_id``; her pay, the
  kilos and the advance amount left unlabelled (no type fits wages or a loan; her RIB and
  payment tokens are ``financial.payment``, shares and oil bought ``financial.purchase``), but
  the shared SDK's mobile-wallet payout keeps set 151's ``financial.purchase`` on its amount;
  the son as AMO beneficiary: name, birth date, sex labelled;
- zawiya: her Muslim name, the date of her declaration of faith, school of law, order, the
  zawiya's ID where it says she belongs, the circle, litany, lessons, alms kinds, moussem, push
  tags and the certificate ``personal.sensitive`` (religion; the certificate also
  ``content.media``); the supplication naming her father-in-law's illness
  ``content.text|personal.sensitive|health.medical|contact.name``; prayer times by her 2-decimal
  position ``location.coarse``; the register number ``id.user``;
- adoul: the file number (body, JWT, path) ``financial.purchase`` (the land bought and the
  fees, as set 151's bookings); the seller's, the witness's and her husband's CINs typed by her
  ``personal.national_id`` (another person's identity numbers, as the ``contact.*`` rule); the
  seller's RIB ``financial.payment``; the plot's corners ``location.precise`` (her land); her
  passport scan ``content.media|personal.national_id``; her tax ID ``personal.national_id``;
- youth centre: Anir is a data subject: name, birth date, age, sex, pupil code (``id.user``,
  as set 151's pupil number), member card (``id.user``; body, JWT ``tarwa``, query, URL path),
  health form ``health.medical``; his play's video ``content.media`` only;
- oven: her house's point and her fixes ``location.precise``, the oven's a negative;
- saffron: her sister's name, phone, e-mail and street typed by her ``contact.*``, her city,
  post code and country ``location.coarse``; the pick-up stop ``location.coarse`` (as set
  151's railway station); saved address point at 4 decimals ``location.precise``;
- SDKs: Trackaghbalu's ``country`` ``location.coarse`` and ``roaming`` ``device.info``;
  OpenRTB geo country, region (``09``) and city ``location.coarse``; positions at 2 decimals
  ``location.coarse``, at 3 or more ``location.precise``; a geocoding query of her own street
  ``contact.address``.

Looked at (stated honestly): ``/tmp/s24/briefs/blind251.md``; TAXONOMY.md (whole);
``eval_families151.py`` and all its modules whole (``_kit``, ``_abano``, ``_parish``,
``_dental``, ``_school``, ``_svan``, ``_qvevri``, ``_building``, ``_sdk``, ``_svc``; the last
two copied with renames into this set's ``_sdk.py``/``_svc.py``); ``eval_payloads.py`` whole;
the first 124 lines (imports and docstring) and the ``__all__`` of ``eval_families17_kit.py``
and the line list of its definitions; the values of a few constants (category ids, ``E164``,
``NATIONAL``, ``EMAIL_UPPER``, ``EMAIL_MIXED``, ``FIRST``, ``LAST``, ``DOB``, ``T0``,
``CARD2``, ``JPEG``, ``MP4``) and the signatures of ``pb``, ``multipart``, ``raw``, ``tok``,
``enc``, ``add``, ``push_token``, ``ev``, ``opaque``, ``claims``, ``head``, ``rid``,
``sdk_id``, ``lines``, ``sdk_uuid``, ``at_path``, ``sdk_uid``, ``sjwt`` and ``App`` printed by
importing the kits; the module docstrings of all ``scripts/eval_families*.py`` (extracted with
``ast`` to a scratch file and grepped for the candidate words above; the matching lines were
read, including about 45 lines of set 206's entry docstring). DESIGN.md was not opened (paths
follow set 151's stated conventions). No classifier, rule, test, decoder or other set's code
was read or run; ``ruff check --select F`` ran on these files (``--fix`` removed unused
imports).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families254_adoul
import eval_families254_argan
import eval_families254_oven
import eval_families254_saffron
import eval_families254_thalasso
import eval_families254_youth
import eval_families254_zawiya
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
    return [*eval_families254_thalasso.amanilel(), *eval_families254_thalasso.amanilel_sdks(),
            *eval_families254_argan.tadukli(), *eval_families254_argan.tadukli_sdks(),
            *eval_families254_zawiya.lwird(), *eval_families254_zawiya.lwird_sdks(),
            *eval_families254_adoul.lkaghit(), *eval_families254_adoul.lkaghit_sdks(),
            *eval_families254_youth.asaysn(), *eval_families254_youth.asaysn_sdks(),
            *eval_families254_oven.afarnu(), *eval_families254_oven.afarnu_sdks(),
            *eval_families254_saffron.zzafran(), *eval_families254_saffron.zzafran_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
