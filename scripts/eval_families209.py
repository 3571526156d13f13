"""Two-hundred-and-ninth, BLIND labelled set for the classifier evaluation ("blind206"): written
without reading the classifier code, its rules, decoders, the tests, the README or the evaluation
scripts, and never run through a classifier by its author; only ``main`` (the project's decoder
path check) was run. It is to be scored once, by the lead, on the final rules (the lead registers
it in ``eval_classifiers.py``; this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like sets
20-37 and 151 this set measures ORDINARY traffic: mainstream app-backend and SDK shapes in roughly
the proportions real captures have (157 first-party calls and 77 SDK calls, 234 exchanges, 1,760
labels after ``listed_once`` as ``main`` prints them), mostly ordinary placements of the profile's
values (``eval_payloads.profile()``, the one every set uses), with everyday look-alikes. She lives
in Bilwi (Puerto Cabezas, North Caribbean Coast, Nicaragua) with her Miskitu husband Rigoberto
"Rigo" Wilson Lackwood, a former lobster diver, and their daughter Naomi (7); she is five months
pregnant; her US SIM roams. His mother Eulalia lives in Waspam on the Wangki (Río Coco), his sister
Yolanda in Managua. Seven app kinds (fictional names, hosts under example.* per RFC 2606, no real
company named as sender), each with its own API whose keys are Miskito as a local developer writes
them (with the Spanish and English loans the coast uses: ``sedula``, ``telefon``, ``imel``,
``token``, ``id``), and the SDKs it embeds:

- ``eval_families209_tasba.py`` "Tasba Aslika": an Indigenous territorial government
  (membership certificate, a farm plot in communal land, a case before the community judge);
- ``_morava.py`` "Dawan Utla": a Moravian congregation (lovefeast, daily texts, Sunday school,
  the Easter dawn service in God's Acre; her religion);
- ``_dori.py`` "Dori Daukra": a dugout canoe commissioned from a Waspam builder;
- ``_nasa.py`` "Nasa Lalah": the family's lobster-trap line selling to a buying plant;
- ``_bila.py`` "Bila Aisanka": a crowd-built Miskito talking dictionary (her mother-in-law's
  recordings, speaker voice vectors);
- ``_buzo.py`` "Buzo Raya": a hyperbaric-chamber clinic treating her husband's decompression
  injury (she is the caregiver);
- ``_bas.py`` "Bas Manawa": the Bilwi-Managua bus line's cargo desk and seats.

Each module's docstring lists its Miskito key words and their meanings; the shared ones are
``nina`` first name, ``kiamka`` family name (lineage), ``nina_sut`` full name, ``imel``
e-mail, ``telefon`` phone, ``ki`` password (key), ``kod`` code, ``kainara_yu`` birth date (a
developer's coinage, "day born"), ``waikna_mairin`` sex (man/woman), ``sedula`` ID number,
``utla_pliska`` house address, ``tawan`` town/community, ``maia`` spouse, ``luhpia`` child,
``yapti`` mother, ``mani`` years/age, ``lalah`` money/amount, ``lalah_yabanka`` payment,
``prais`` price, ``lilka`` photo, ``bila`` word/message, ``lukanka`` opinion/review,
``plikanka`` search, ``pliska`` place, ``yu`` day, ``kati`` month, ``pyua`` time, ``sika``
medicine, ``siknis`` illness, ``tuktan_brisa`` pregnant, ``nasin`` people (ethnic origin),
``mita_ulbanka`` signature, ``dukia`` device (lit. "thing"), ``ivent`` events, ``yang`` me
(``/yang`` is ``/me``). Some coinages are mine, from what Miskito I know; a native speaker
would phrase some differently. No earlier set is in Nicaragua or uses Miskito (a grep of
``scripts/`` for Bilwi, Waspam, Miskit, Managua and Nicaragua found nothing); the kinds were
checked against earlier docstrings (each module's docstring says what was closest).

The SDKs are ten new vendors, built once and called by every app with its own events: ``_sdk.py``
(analytics "Lukmetra", MMP "Trakwangki", OpenRTB 2.5 ads "Bidkabu", crash reporting
"Crashpasa") and ``_svc.py`` (flags "Flagkupia", push "Pinglapta", consent "Consentsut",
payments "Lalahpay", maps "Mapawala", support chat "Helpwitin"); their code is set 151's SDK
shapes with the vendors, hosts, zone (America/Managua), country (NI/NIC, region ``AN``), city
and currency (NIO) changed (a grep of ``scripts/`` found none of the ten names).
``eval_families209_kit.py`` holds her places, people and the institutions; cédula numbers are
built there with a check letter (the 13 digits modulo 23 into ``ABCDEFGHJKLMNPQRSTUVWXY``, the
rule as I know it; the brief's example 601-120390-0001A does not satisfy it, so treat the letter
as my best knowledge); her account is an IBAN with valid check digits.

What is in it: sign-ups and log-ins (JSON and form passwords, OAuth password grants, SMS codes),
``/yang`` GETs with JWT bearers, refresh-token log-outs, cookie GETs; protobuf beats (a plot
boundary walk, a live-stream beat, a delivery confirmation, a plant check-in, a recording
session, a chamber log, a bus beat) and msgpack bodies (a vote, hymn favourites, canoe extras,
a trap log, an offline word batch, a symptom diary, a road queue); multipart photos, audio,
signatures and PDFs; values in URL paths (member numbers, an order, a receipt, a record, a
waybill), query strings, cookies, headers, JWT claims and base64 JSON. SDKs: analytics batches
(gzip; positions at 2 or 3 decimals), traits (base64 JSON in a form field), offline queues (JSON
Lines), base64url beacons; MMP installs, events (hashed e-mail and phone) and deep links; OpenRTB
bids (GPS at 2 or 3 decimals or IP geo) and notices; crash envelopes and sessions; flag
evaluations (JSON; base64 JSON header); push subscribers; consent records and checks; card
tokens, confirmations and mobile-money payouts; geocoding, reverse geocoding (``lat,lon`` in the
path), routes and telemetry; support messages and uploads.

Negatives are implicit: request, session, slot, thread, trip, parcel-line and object IDs,
idempotency keys, nonces, timestamps, versions, public SDK keys, OpenRTB IDs and prices; the
territory's office, the church, God's Acre, the canoe builder's yard and phone, the buying
plant's point, phone and price board, the pier, the chamber clinic, the bus terminals (IDs,
names, points); plot size and crops, the timber's species and feet, the canoe's wood and
dimensions, trap counts, pounds and the plant's price per pound, the boat's name (Miss Naomi)
and its fishing permit (a vessel permit, not a person's ID), the dictionary's words and glosses,
the declared value and contents of the box to Managua (except medicines), seat numbers, the
speaker-vector model name, the words' dialect.

Conventions kept from sets 20-37 and 151: model, make, OS, locale, language, Accept-Language,
time zone, rooted flags, network type, battery, free memory and User-Agents ``device.info``;
event and screen names ``behavior.usage``; SDK and install IDs, push tokens ``id.device``;
passwords, SMS codes, bearer, refresh, session and video-room tokens ``secret.credential``, JWT
claims at ``<where>.claims.<claim>``; scalar lists labelled per element and collapsed by
``eval_families21.listed_once``; MCC/MNC and carrier ``location.carrier``; city, community,
neighbourhood, region and country ``location.coarse``; street lines (Nicaraguan landmark
addresses) ``contact.address``; amounts, totals, fees, fares, receipts, orders, tickets and
waybills ``financial.purchase``; card data, last four digits, payment-method IDs and IBANs
``financial.payment``; another person's full name, phone, e-mail and ID number typed by the user
``contact.*`` / ``personal.national_id``; a value in the URL path ``url`` ``path[i]``; text that
states a health fact, a sensitive trait or quotes a labelled value carries that category too.

Calls made in this set (a reader may disagree; stated so a score can be read):
- a first name alone in free text (Rigo, Naomi, Eulalia) is not ``contact.name``; a full name
  (typed or in text) is;
- pregnancy (``tuktan_brisa``, the due date, a prayer about it) is
  ``personal.sensitive|health.medical`` (TAXONOMY lists pregnancy under sensitive; set 151 put
  pregnancy under health);
- ``nasin`` (people/ethnic origin) is ``personal.sensitive`` for each person, hers ("Amerikan")
  too, since the field asks for her people;
- the community member number, the congregation member number, the canoe customer, the plant's
  supplier, the dictionary contributor and the bus passenger numbers are ``id.user``; her
  husband's clinical record number is ``health.medical`` (as set 151's chart) in the body, JWT,
  protobuf and path; his INSS number and every cédula, her residence card and passport
  ``personal.national_id``;
- religion: congregation, baptism, confirmation, communion, services, the tithe fund and the
  women's fellowship ``personal.sensitive``; the departed family whose graves she dresses
  ``contact.name``; the hymn she recorded ``content.media`` only;
- the dictionary: recordings of the elder and of herself ``content.media``; speaker vectors
  (192 floats) ``biometric.voice`` labelled on the list; the elder's age ``personal.birthdate``,
  sex ``personal.gender``, community ``location.coarse``;
- the chamber: his illness, medicines, diving history, pressure/minutes, pain, the wheelchair
  ``health.medical``; metres walked ``health.fitness``; the pressure-sore photo and PDFs
  ``content.media|health.medical``; a medicine search ``behavior.search|health.medical``;
- the lobster line: trap positions and plot corners are the family's (``location.precise``),
  the pier and plant points negatives; the weigh-in total, fuel deduction and payout
  ``financial.purchase`` (her sales, as set 151's excise revenue); the nephew's age
  ``personal.birthdate``;
- the return box's medicines (metformin, glucose strips) ``health.medical`` (they reveal her
  mother-in-law's diabetes);
- SDKs: Trakwangki's ``country`` ``location.coarse`` and ``roaming`` ``device.info``; OpenRTB
  geo country, region (``AN``) and city ``location.coarse``; positions at 2 decimals
  ``location.coarse``, at 3 or more ``location.precise``.

What I looked at (stated honestly): TAXONOMY.md, DESIGN.md (whole, for the path notation),
``eval_payloads.py``, set 151's top module and all its modules (its ``_sdk.py``/``_svc.py``
copied with renames by ``sed``), the signatures and constants of the helper kits set 151 imports
(``eval_families17_kit`` exports and head, ``_20_kit``, ``_24_kit``, ``_21_kit``'s ``at_path``,
``_22_kit``'s ``lines``, ``_6_kit``'s ``raw``/``multipart``/``pb``, ``_8_kit``'s ``check_ci``
and ``report`` signatures, ``_18_kit``'s ``sjwt``, ``_10_kit``'s ``token``/``add``, a grep of
``_11``/``_14``/``_16`` kits' constants), and
``eval_families21.py``'s ``LISTED_ONCE`` and ``listed_once`` (to see how lists collapse); the
first lines of a dozen earlier modules (116_canoe, 148_walap, 149_doonga, 132_shelter, 114_lace,
142_brgy, 115_guezo, 140_furgon, 141_zamch, 135_hohoko, 182_relief, 161_ngalyang, 171_bozyul,
154_lanchi, 104_barko, 122_evac, 109_millma) and file-name/docstring greps of ``scripts/`` for
the kinds and names. No classifier, rule, decoder, test, README or eval script was read or run;
``ruff check --select F`` and this module's ``main`` were run.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families209_bas
import eval_families209_bila
import eval_families209_buzo
import eval_families209_dori
import eval_families209_morava
import eval_families209_nasa
import eval_families209_tasba
from eval_families17_kit import report
from eval_families21 import listed_once
from eval_payloads import Case

# No gap is stated (see the docstring's last paragraph for how ``main`` went).
DECODER_GAPS: set[tuple[str, str]] = set()


def build(elements: bool = False) -> list[Case]:
    """The set; ``elements``: scalar lists labelled per element (as set 21's first writing)."""
    cases = raw_build()
    return cases if elements else listed_once(cases)


def raw_build() -> list[Case]:
    return [*eval_families209_tasba.tasba(), *eval_families209_tasba.tasba_sdks(),
            *eval_families209_morava.morava(), *eval_families209_morava.morava_sdks(),
            *eval_families209_dori.dori(), *eval_families209_dori.dori_sdks(),
            *eval_families209_nasa.nasa(), *eval_families209_nasa.nasa_sdks(),
            *eval_families209_bila.bila(), *eval_families209_bila.bila_sdks(),
            *eval_families209_buzo.buzo(), *eval_families209_buzo.buzo_sdks(),
            *eval_families209_bas.bas(), *eval_families209_bas.bas_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
