"""Two-hundred-and-seventy-third, BLIND labelled set for the classifier evaluation ("blind270"):
written without reading the classifier code, its rules, its decoders, the tests, the README or the
evaluation scripts, and never run through a classifier by its author; ``main`` (the project's
decoder path check, which runs no classifier) was run at the end, and a scratch harness
(``/tmp/s25/blind270/try.py``: the same ``report`` on one app's cases) ran it per app while
writing. It is to be scored once, by the lead, on the final rules (the lead registers it in
``eval_classifiers.py``; this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths as set 151
uses them). Like sets 20-37 and 151 (its template) this set measures ORDINARY traffic:
mainstream app-backend and SDK shapes in roughly the proportions real captures have (148
first-party calls and 78 SDK calls, 226 exchanges, 1,697 labels after ``listed_once`` as ``main``
prints them), mostly ordinary placements of the profile's values (``eval_payloads.profile()``,
the one every set uses), with everyday look-alikes.

Who she is: the profile's person (Jane Doe), an American living in Genoa (Castelletto, Liguria,
Italy; EUR, zone Europe/Rome, +39 numbers), her US SIM roaming on an Italian network. Her
(fictional) family: her Genoese husband Stefano Parodi; their son Pietro (8, third class of a
primary school in Castelletto, walks there with the walking bus); her mother-in-law Rosanna
Queirolo in Savona (Villapiana), who walks with a stick after a hip replacement; her sister Emily
Doe in Ohio. As a resident she has an Italian tax code, a residence permit and a euro account.

Seven app kinds (fictional names, hosts under example.* per RFC 2606, no real company named as
sender), each with its own API whose keys are Ligurian (Genoese) as a local developer writes them,
ASCII-folded mostly (``nomme`` first name, ``cognomme`` surname, ``telefono``, ``ciave`` password
(lit. "key"), ``daeta_de_nascita`` birth date, ``indirisso`` address, ``comun`` town, ``quarte``
district, ``codexo_fiscale`` tax code, ``inporto`` amount, ``pagamento`` payment, ``maotia`` /
``maotie`` illness(es), ``meixinna`` / ``meixinne`` medicine(s), ``seuxoa`` mother-in-law,
``figgio`` son, ``mario`` husband, ``poxision`` position, ``dispoxitivo`` device, ``lengua``
language, ``fuso_oraio`` time zone, ``eventi``, ``utente``), mixed with the English words real
APIs keep (``email``, ``password`` in OAuth and log-in forms, ``token``, ``push_token``,
``refresh_token``, ``id``, ``lat``/``lon``) and Italian loans where natural (``codice``,
``consenso``, ``prestio_sociale``):
- ``eval_families273_ascensoi.py`` "Ascensoi": Genoa's public lifts and funicular, a resident
  pass (``tescera`` pass, ``abonamento``, ``stasion``, ``corsa``, ``invaliditae``, ``reclamo``);
- ``_pedibus.py`` "PediZena": the walking school bus to Pietro's school (the child; ``scheua``,
  ``fermata``, ``linia``, ``presensa``, ``assensa``, ``freve``, ``allergia``, ``delega``,
  ``turno``, ``accompagnatou``);
- ``_soci.py`` "Soci Lanterna": a consumer co-op's member card and member loan (money;
  ``socio``, ``quota_sociale``, ``prestio``, ``versamento``, ``prelevo``, ``saldo``, ``conto``,
  ``scontrin``, ``consegna``, ``famiggia``);
- ``_memoia.py`` "Memoia": a Resistance memorial association's section in Savona (a political
  opinion; ``iscrision``, ``sezion``, ``tescera``, ``quota``, ``petission``, ``firma``,
  ``corteo``, ``lapide``, ``testimonianza``, ``votasion``);
- ``_meollo.py`` "Meollo": a bone-marrow donor registry (her health; ``codice_donatou``,
  ``gruppo_sangue``, ``peiso``, ``artessa``, ``gravidansa``, ``tatuaggi``, ``tanpon``,
  ``tipizzasion``, ``disponibilitae``, ``prelevi``);
- ``_croxe.py`` "Croxe": a volunteer ambulance association where she does shifts
  (``volontaio``, ``turno``, ``ambulansa``, ``postassion``, ``corso``, ``attestoei``,
  ``idoneitae``, ``vaccin``, ``divisa``, ``taggia``, ``patente``, ``contatto_emergensa``,
  ``rimborso``);
- ``_toua.py`` "Toua": paddleboard rental and lessons at Bergeggi near Savona (``toua`` board,
  ``noleggio``, ``lesion``, ``peiso``, ``sa_nua``, ``etae``, ``manleva``, ``rientro``,
  ``giudissio``).
Checked new by a grep of the file names and module docstrings of ``scripts/eval_families*``
(docstrings extracted with ``ast`` into a scratch file): "funicular", "elevator", "public lift",
"pedibus", "walking bus", "prestito", "member loan", "social loan", "consumer cooperative",
"antifasc", "anti-fasc", "resistance", "partisan", "bone marrow", "volunteer ambulance",
"paddleboard", "genoa", "genova", "savona", "liguria", "ligurian", "castelletto", "parodi"
matched nothing. Near kinds, made different: transit passes exist in many sets (Ascensoi is a
resident pass for public lifts and a funicular with a reduced pass for a disabled relative);
"ambulance" matched set 173 (Croxe is a volunteer's shift app, not a patient's); "mutual aid"
matched set 192 and "co-op" many sets (Soci Lanterna is a shop's member card with a member loan
savings account); "stem cell" matched set 189's cord blood (Meollo is an adult donor registry);
"kayak" matched 14 sets (Toua is a beach paddleboard hut with a child's lesson). Italian sets 168
(Cagliari), 207 (Udine), 240 (Catania) and 263 (Chioggia) exist; none is in Liguria and none has these kinds.

The SDKs are ten new vendors, built once and called by every app with its own events:
``_sdk.py`` (analytics "Contazena", MMP "Pestotrack", OpenRTB 2.5 ads "Bidlanterna", crash
reporting "Crashfugassa") and ``_svc.py`` (flags "Flagcaruggio", push "Pingfarinata", consent
"Consentrofie", payments "Svanzipay", maps "Mapcreuza", support chat "Helpmugugno"); their code is
set 151's ``_sdk.py``/``_svc.py`` copied with the vendors, hosts, function prefixes, zone,
country (``IT``/``ITA``, region ``42``, city Genoa), currency (EUR) and locale changed (the
docstring grep found none of the ten names). ``eval_families273_kit.py`` holds her places,
people and the apps' businesses (its docstring lists them).

What is in it: sign-ups and log-ins (JSON and form passwords, an OAuth password grant, SMS codes),
``/mi``-style GETs with JWT bearers; lifts: the pass photo, the monthly pass and its payment,
lifts near her flat (3 decimals), a station's status, a tap-in with her fix, a protobuf
validation beat, an offline queue (msgpack), a reduced pass for her mother-in-law, rides by pass
number in the path, a search, a complaint, a lost item, a base64 JSON preferences cookie, receipts
by session cookie; walking bus: the parent's record, Pietro's enrolment (tax code), the stops, his
record by pupil number in the path, the health form (gzip), the hand-over at the stop (5
decimals), an absence (fever), a pick-up authorisation for the grandmother, her escort shifts,
her trace as escort (msgpack), the arrival, a message quoting her phone, the photo consent, a
group photo, the rain alert, a search, an offline roll call (JSON Lines), events with a session
cookie; co-op: member sign-up, the card, the member loan (her IBAN), a deposit, the balance by
loan account in the path, the statement, a withdrawal, a receipt, a shopping list, a home
delivery, a shop check-in (4 decimals), a search, coupons, the assembly vote, a receipt photo,
the household, a protobuf self-scan basket, a card link (base64 JSON in a form field); memorial:
enrolment, dues, a petition with her tax code, the 25 April march with her son, a memorial stone
check-in, a guided walk, a museum shift, a stone photo, an archive search, a message, a
newsletter cookie (base64 JSON), the card by number in the path, a donation, her
mother-in-law's recorded testimony (audio), the section's vote, saved items (JSON Lines);
marrow registry: pre-registration (weight, height, blood group), the questionnaire (gzip), the
swab kit and slot, a hospital check-in, the kit's return, the HLA typing by donor code in the
path, the consent signature, a residence-permit photo, a contact update, availability, a
confirmatory blood draw, a message about antibiotics, a friend (her sister) invited, a protobuf
health check, a msgpack draft; ambulance: the application (licence, blood group), the shift
board, a shift and its check-in, a BLS-D course and certificate (PDF), the fitness form (gzip),
a call-out track (JSON Lines), the uniform, a damage photo, her husband as emergency contact,
availability, a search, protocols, her timesheet by volunteer number in the path, a refund to
her IBAN; paddleboard: boards free, the rental for her and her son, the payment, the waiver
signature, the son's lesson (age, weight), a check-in (the hut's Wi-Fi joined), a protobuf
board beat, a msgpack fix queue, back ashore (5-decimal strings), sea conditions, the rental by
number in the path, a photo, a review, a lost fin, the invoice by cookie. SDKs: analytics
batches (gzip; positions at 2 or 3 decimals), traits (base64 JSON in a form field), offline
queues (JSON Lines), base64url beacons; MMP installs, events (hashed e-mail and phone) and a deep
link (a URL in a JSON field carrying the rental and her e-mail); OpenRTB bids (GPS at 2 decimals
or IP geo) and notices; crash envelopes and sessions; flag evaluations (JSON; base64 JSON
header); push subscribers; consent records and checks; card tokens, confirmations and a
mobile-wallet payout; geocoding, reverse geocoding (``lat,lon`` in the path), routes and
telemetry; support messages and an upload.

Negatives are implicit: request, ride, walk, slot, shift, thread, kit, call-out, object IDs,
idempotency keys, nonces, timestamps, versions, public SDK keys, OpenRTB IDs and prices; the
lift stations' IDs and points, the funicular; the school's ID, point, phone and class, the
stop's ID and point, other children's badges, the line's child count; the shop's ID, point and
phone, EAN codes, shelf prices and line quantities, coupon IDs, the assembly item; the section's
seat, the memorial stone's ID and point, the walk, the petition and archive document IDs; the
hospital's ID and point, the swab day, the kit code; the ambulance post's ID, point and phone,
the ambulance, the course; the rental hut's ID and point, the island's point, board models, the
instructor's ID; the alert zone and level, sea and wind units.

Conventions kept from sets 20-37 and 151: model, make, OS, locale, language, Accept-Language,
time zone, rooted flags, network type, battery, free memory and User-Agents ``device.info``;
event and screen names ``behavior.usage``; SDK and install IDs, push tokens ``id.device``;
passwords, SMS codes, bearer, refresh and session tokens ``secret.credential``, JWT claims at
``<where>.claims.<claim>``; scalar lists labelled per element and collapsed by
``eval_families21.listed_once``; MCC/MNC and carrier ``location.carrier``; town, district, post
code, country and region ``location.coarse``; street lines ``contact.address``; amounts, totals,
fees, bookings, rentals and orders ``financial.purchase``; card data, last four digits,
payment-method IDs, card tokens and IBANs ``financial.payment``; another person's full name,
phone and e-mail typed by the user ``contact.*``; a value in the URL path ``url`` ``path[i]``;
text that states a health fact, a sensitive trait or quotes a labelled value carries that
category too.

Calls made in this set (a reader may disagree; stated so a score can be read):
- a first name alone in free text is not ``contact.name`` except where the text is about the
  child (the absence note); the child's full name always is; the intercom name "Parodi - Doe"
  and the surname on the swab-kit intercom are ``contact.name``;
- her tax code, residence permit and driving licence numbers ``personal.national_id``; the son's
  tax code too;
- lifts: the pass number ``id.user``; the mother-in-law's disability percentage
  ``personal.sensitive`` (disability) and the typed reason (hip prosthesis, a stick)
  ``content.text|health.medical``; the lift's upper station a negative;
- walking bus: Pietro is a data subject: tax code, pupil number (body, JWT ``figgi``, URL path,
  JSON Lines), name, birth date, sex; his bee-sting allergy and adrenaline ``health.medical``;
  her escort trace ``location.precise``; the school and stop points, the alert zone negatives;
- co-op: the member number ``id.user``; the member-loan account number, its deposits,
  withdrawals and balance, and her IBAN ``financial.payment`` (account data, not purchases);
  the share, receipts, delivery order and totals ``financial.purchase``; shopping-list items
  ``content.text``; the son's birth year ``personal.birthdate``;
- memorial: section, membership in the section's name, the petition's cause, the march, the
  flag, the archive fund and texts stating her antifascist stance ``personal.sensitive``
  (political opinion); the membership card ``id.user`` (the card number itself is not the
  opinion); the archive search ``behavior.search`` only; the mother-in-law's testimony audio
  ``content.media`` with her name and phone ``contact.*``;
- marrow registry: the donor code (body, JWT, URL path, protobuf, msgpack, flag attribute)
  ``health.medical`` (a registry record number, as set 151's dental chart); weight and height
  ``health.fitness``; blood group, questionnaire answers, tattoo date, fasting, the typing kind
  ``health.medical``; the consent signature image ``content.media``; the permit photo
  ``content.media`` and its typed number ``personal.national_id``; the search ``behavior.search``
  only;
- ambulance: the volunteer number ``id.user``; blood group, vaccinations, fitness verdict,
  contact lenses and latex allergy ``health.medical``; her call-out track ``location.precise``
  (her phone in the ambulance); the refund amount ``financial.purchase``; the certificate PDF
  ``content.media`` only;
- paddleboard: rider weights ``health.fitness``; the son's age ``personal.birthdate``; the hut's
  Wi-Fi joined ``location.wifi``; the island a negative; ``sa_nua`` (can swim) unlabelled;
- SDKs: Pestotrack's ``country`` ``location.coarse`` and ``roaming`` ``device.info``; OpenRTB geo
  country, region (``42``) and city ``location.coarse``; positions at 2 decimals
  ``location.coarse``, at 3 or more ``location.precise``.

Looked at (stated honestly): TAXONOMY.md; ``eval_families151.py`` and all its modules
(``_kit``, ``_abano``, ``_parish``, ``_dental``, ``_school``, ``_svan``, ``_qvevri``,
``_building``, ``_sdk``, ``_svc``) whole; ``eval_payloads.py`` whole; of the helper kits only
definitions and signatures: ``eval_families6_kit`` (``raw``, ``encode``, ``multipart``, ``pb``),
``eval_families7_kit`` (``enc``, ``jsonl``), ``eval_families8_kit`` (``check_ci``, ``report``),
``eval_families10_kit`` (``token``, ``add``), the head and the first definitions of
``eval_families17_kit``, ``eval_families18_kit`` (``sjwt``), ``eval_families20_kit`` (``App``,
``ev``, ``opaque``), ``eval_families21_kit`` (``at_path``, ``sdk_uid``),
``eval_families22_kit`` (``lines``, ``sdk_uuid``), ``eval_families24_kit`` (``rid``,
``sdk_id``, ``head``, ``claims``, constants), ``listed_once`` in ``eval_families21.py``; a
Python print of the category constants exported by ``eval_families17_kit`` and of ``FIRST``,
``LAST``, ``DOB``, ``T0``, ``EMAIL_MIXED``; the module docstrings of all
``scripts/eval_families*`` (extracted with ``ast`` for the kind and name greps above, and the
first lines of sets 168, 203, 207, 227, 240 and 263's entry docstrings read to see their
settings). DESIGN.md was not opened (paths follow set 151's stated conventions). No classifier,
rule, test or decoder source was read; no classifier or ``phonehome`` command was run; ``ruff
check --select F`` ran on these files.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families273_ascensoi
import eval_families273_croxe
import eval_families273_memoia
import eval_families273_meollo
import eval_families273_pedibus
import eval_families273_soci
import eval_families273_toua
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
    return [*eval_families273_ascensoi.ascensoi(), *eval_families273_ascensoi.ascensoi_sdks(),
            *eval_families273_pedibus.pedizena(), *eval_families273_pedibus.pedizena_sdks(),
            *eval_families273_soci.socilanterna(), *eval_families273_soci.socilanterna_sdks(),
            *eval_families273_memoia.memoia(), *eval_families273_memoia.memoia_sdks(),
            *eval_families273_meollo.meollo(), *eval_families273_meollo.meollo_sdks(),
            *eval_families273_croxe.croxe(), *eval_families273_croxe.croxe_sdks(),
            *eval_families273_toua.toua(), *eval_families273_toua.toua_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
