"""Hundred-and-seventy-ninth, BLIND labelled set for the classifier evaluation ("blind176"):
written without reading the classifier code, its rules, its decoders, the tests or the README,
and never run through a classifier by its author; ``main`` (the project's decoder path check) was
run at the end (see "what I looked at" for every run). It is to be scored once, by the lead, on
the final rules (the lead registers it in ``eval_classifiers.py``; this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like
sets 20-37 and 151 this set measures ORDINARY traffic: mainstream app-backend and SDK shapes in
roughly the proportions real captures have (153 first-party calls and 76 SDK calls, 229
exchanges, 1,682 labels after ``listed_once`` as ``main`` prints them), mostly ordinary
placements of the profile's values (``eval_payloads.profile()``, the one every set uses), with
everyday look-alikes. She lives in Alapi on Fongafale (Funafuti, Tuvalu) with her Tuvaluan husband
Kitiona Simeona, a seafarer now at sea on a foreign ship, and their daughter Losaline (8); she
worked five years in Auckland before (her NZ IRD number, her NZ bank account, her KiwiSaver),
her US SIM roams on the Tuvalu network (MCC/MNC 553 01). The husband's family is from Nukufetau,
where her mother-in-law Fakasoa keeps the family's pulaka pits; his aunt Salote, a wheelchair
user, lives with them; his sister Mele Faleafa lives in Mangere, Auckland. Money is in AUD in
Tuvalu and NZD in New Zealand; phones are +688 and +64.

Seven app kinds (fictional names, hosts under example.* per RFC 2606, no real company named as
sender), each with its own API whose keys are Tuvaluan (te gana Tuvalu) as a local developer
writes them, mixed with English where real apps are (``token``, ``id``, ``lat``/``lon``,
``refresh_token``, ``push_token``): a reclaimed-land plot allocation app
``eval_families179_fenua.py`` ("Fenua Fou"), a pulaka-pit garden log on Nukufetau ``_pulaka.py``
("Pulakamua"), the Nukufetau community's association in Funafuti with its congregation's
offering ``_fale.py`` ("Fale Nukufetau": religion, the child's data), a seafarers' union family
portal ``_seila.py`` ("Kaiga Seila": his union membership), a NZ tax-refund agent for workers
who went home ``_toetupe.py`` ("Toe Tupe": her IRD number), a handicraft seller shop
``_lima.py`` ("Mea Fai Lima") and a hospital pharmacy's outer-island medicine consignments
``_vailakau.py`` ("Vailakau": her mother-in-law's and her own health data). Newness (a grep of
the docstrings of ``scripts/eval_families*.py`` and of file names): "Tuvalu", "Funafuti",
"Nukufetau", "pulaka", "reclamation"/"reclaimed", "tax refund", "handicraft", "island
community", "hometown association" matched nothing. Close cousins made different: flood alerts
(sets 79, 107), a landslide watch, a cyclone evacuation registry (122) and shelter booking (132)
exist, so Fenua Fou is an application for a plot of reclaimed land; set 104's "Barkoline" is a
crewing agency's app for the seafarer herself, so Kaiga Seila is the spouse's side (allotments,
welfare, his union); a US joint tax return exists, not a departing worker's NZ refund; a weaving
workshop booking exists, not a seller's shop; locker pick-ups of repeat prescriptions and a
patient transport with an escort exist, not medicines sent by ship to an outer island; church
and dance-group apps exist, not an island-of-origin association.

Key words shared by the APIs: ``igoa`` (first) name, ``igoa_kaiga`` family name, ``imeli``
e-mail, ``telefoni`` phone, ``upu_huna`` password (lit. "hidden word"), ``aso_fanau`` birth
date, ``tuatusi`` address, ``motu`` islet, ``fenua`` island / country, ``fakai`` village /
suburb, ``taone`` town, ``avaga`` spouse, ``kaiga`` family / household, ``tamaliki`` children,
``tama`` child, ``itulagi`` sex (``tamafine`` girl), ``tausaga`` age / year, ``tupuga``
descent, ``tino`` person / user, ``tupe`` amount, ``tupe_ituaiga`` currency, ``totogi``
payment, ``metotia`` payment method, ``faletupe`` bank, ``numela`` number, ``fekau`` message,
``ki`` to, ``mai`` from, ``sala`` search, ``koga`` place, ``ata`` photo, ``tusi`` document,
``fakamatalaga`` description, ``masaki`` illness, ``vailakau`` medicine, ``manakoga`` needs,
``fesoasoani`` help, ``fakatoka`` booking / order, ``aso`` date, ``taimi`` time, ``masini``
device, ``gana`` language, ``taimi_fenua`` time zone, ``mea_tutupu`` events, ``sesi`` session,
``ulu`` log in, ``au`` me, ``lesitala`` register, ``kode`` code, ``fakaoti`` log out; each
module's docstring lists its own words.

What is in it: sign-ups and log-ins (JSON and form passwords, OAuth password grants, SMS codes),
``/au`` GETs with JWT bearers; plot: the household (descent, the aunt's wheelchair, the child), a
king-tide photo, a tide mark with her fix (5 decimals), plots (negatives), her residence permit
scan, access needs, the status by application number in the path, a message naming her husband
with his number; pulaka: the pit's corners, a protobuf visit beat, salinity (msgpack), the
harvest with her fix, pulaka shipped to her, work party and land shares (names), an offline sync
(JSON Lines), events with a session cookie; community: dues, the Sunday offering, a feast share,
practice with her fix (4 decimals), Losaline's fatele enrolment with her asthma, a funeral gift
naming the departed, a photo captioned with the child's full name, minutes by member number in
the path, a lift to church for the aunt, a roll call (msgpack); seafarer: his book and union
numbers, allotments, her bank account, a message to his ship e-mail, his contract by book number
in the path, a welfare claim for the child's hospital stay with a receipt photo, a protobuf sync,
her sister-in-law in Auckland as second next of kin; tax refund: her IRD number (body, query,
JWT, multipart meta, quoted in a message), her Auckland and Funafuti addresses, employers and
income, an earnings PDF, KiwiSaver, her NZ account, a signature, the claim by number in the path,
her passport; handicraft: listings, a parcel label to her sister-in-law, a sale at the centre
with her fix, a stock sync (msgpack), the maker's share; medicines: her mother-in-law linked,
medicines, readings (gzip, protobuf), the box at the wharf with her fix, messages to the nurse,
her inhaler, a referral PDF, doses (JSON Lines). SDKs: analytics batches (gzip; positions at 2
decimals), traits (base64 JSON in a form field), offline queues (JSON Lines), base64url beacons;
MMP installs, events (hashed e-mail and phone) and deep links (a URL in a JSON field); OpenRTB
bids (GPS at 3 decimals or IP geo) and notices; crash envelopes and sessions; flag evaluations
(JSON; base64 JSON header); push subscribers; consent records and checks; card tokens,
confirmations and mobile-wallet payouts; geocoding, reverse geocoding (``lat,lon`` in the path),
routes and telemetry; support messages and uploads.

Negatives are implicit: request, check, slot, meeting, review, item, box, parcel and pit IDs,
idempotency keys, nonces, timestamps, versions, public SDK keys, OpenRTB IDs and prices; the
reclamation site and its plots (IDs and points); the pulaka pit's salinity readings, depths,
harvest weights and corm counts, the village maneapa and its point; the community hall's ID and
point, feast items, the meeting's motion and vote; the union office and its point, the ship's
name, IMO number and AIS position, the welfare amount asked; employers' names, her NZ income and
PAYE figures (no taxonomy type fits), the estimated refund, the departure date; the handicraft
centre's ID, phone and point, catalogue prices and stock counts, the maker's share of a sale (a
transfer, not a purchase); the hospital's ID and point, the ship voyage, the nurse ID.

Conventions kept from sets 20-37 (as sets 132 and 151 state them): model, make, OS, locale,
language, Accept-Language, time zone, rooted flags, network type, battery, free memory and
User-Agents ``device.info``; event and screen names ``behavior.usage``; SDK and install IDs, push
tokens ``id.device``; passwords, SMS codes, bearer, refresh and session tokens
``secret.credential``, JWT claims at ``<where>.claims.<claim>``; scalar lists labelled per
element and collapsed by ``eval_families21.listed_once``; MCC/MNC and carrier
``location.carrier``; islet, atoll, village, suburb, city, post code and country
``location.coarse``; street lines ``contact.address``; amounts, totals, fees, dues, offerings,
freight, orders and claims bought ``financial.purchase``; card data, last four digits,
payment-method IDs and bank accounts ``financial.payment``; another person's full name, phone,
e-mail and street line typed by the user ``contact.*``; a value in the URL path ``url``
``path[i]``; text that states a health fact, a sensitive trait or quotes a labelled value carries
that category too; a scan or photo of an identity document ``content.media|personal.national_id``,
of a medical document ``content.media|health.medical``.

Calls made in this set (a reader may disagree; stated so a score can be read):
- a first name alone in free text (Losaline, Kitiona) is not ``contact.name`` except where the
  text is about the child (her exam result, her hospital stay); full names always are;
- plot: the application number ``id.user`` (her household's account with the programme); the
  husband's island of origin and ``tino_Tuvalu`` ``personal.sensitive`` (ethnic origin); the
  aunt's wheelchair ``health.medical|personal.sensitive`` (disability); ages ``personal.birthdate``;
- pulaka: the grower number ``id.user``; the family pit's corners and her fixes
  ``location.precise``; the pulaka shipped to her is a purchase (the freight);
- community: the congregation, service, offering note and the ``ekalesia`` tags
  ``personal.sensitive`` (religion); the departed's name ``contact.name``; the child's asthma
  ``health.medical``;
- seafarer: his union membership number (body, JWT, protobuf, query) and the union's name
  ``personal.sensitive`` (trade-union membership); his seafarer's book ``personal.national_id``;
  her portal account ``id.user``; allotments and the welfare amount unlabelled (no type);
- tax refund: the IRD number ``personal.national_id``, with and without dashes; the KiwiSaver
  member number ``id.user``; the client number ``id.user``; the claim ``financial.purchase``;
- medicines: hospital numbers (hers and her mother-in-law's; body, JWT, query, URL path,
  protobuf) ``health.medical`` (a medical record number, as set 151's chart); medicines,
  readings and conditions ``health.medical``; the consignment box ID a negative;
- SDKs: Trakatolu's ``country`` ``location.coarse`` and ``roaming`` ``device.info``; OpenRTB
  geo country, region (``FUN``) and city ``location.coarse``; positions at 2 decimals
  ``location.coarse``, at 3 or more ``location.precise``.

Looked at (stated honestly): TAXONOMY.md and DESIGN.md; ``eval_payloads.py``; set 151's top
module and all its modules (its ``_sdk.py``/``_svc.py`` were copied with renames into this set's
``_sdk.py``/``_svc.py``: vendors, hosts, zone, country, region, currency; ``pt_wallet`` got a
currency and account); the definitions and constants this set imports from
``eval_families6/7/10/17/18/20/21/22/24/27_kit`` (by grep for their ``def``/constant lines and
short excerpts; the head of ``eval_families17_kit`` with its import list, and a few lines of
``eval_families8_kit.report``); the docstrings (module, function and class) of every
``scripts/eval_families*.py``, extracted with Python's ``ast`` into a scratch file and grepped
for the app kinds, the places and the new names, and ``ls scripts``. No classifier, rule, test,
decoder source or README was read. Runs: one throwaway script in /tmp (since deleted) called
``eval_families17_kit.check_ci`` (the decoder path check ``main`` uses) on the first module
before ``main`` was wired, then ``main`` itself (exit 0 at its first run, no missing path), then
``ruff check --select F`` (which removed two unused imports) and ``main`` four more times after
docstring and line-length edits (once piped into ``head``, which broke the pipe; exit 0 otherwise).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families179_fale
import eval_families179_fenua
import eval_families179_lima
import eval_families179_pulaka
import eval_families179_seila
import eval_families179_toetupe
import eval_families179_vailakau
from eval_families17_kit import report
from eval_families21 import listed_once
from eval_payloads import Case

# Checked against the decoders only through ``main``; no gap is stated.
DECODER_GAPS: set[tuple[str, str]] = set()


def build(elements: bool = False) -> list[Case]:
    """The set; ``elements``: scalar lists labelled per element (as set 21's first writing)."""
    cases = raw_build()
    return cases if elements else listed_once(cases)


def raw_build() -> list[Case]:
    return [*eval_families179_fenua.fenuafou(), *eval_families179_fenua.fenuafou_sdks(),
            *eval_families179_pulaka.pulakamua(), *eval_families179_pulaka.pulakamua_sdks(),
            *eval_families179_fale.falenuku(), *eval_families179_fale.falenuku_sdks(),
            *eval_families179_seila.kaigaseila(), *eval_families179_seila.kaigaseila_sdks(),
            *eval_families179_toetupe.toetupe(), *eval_families179_toetupe.toetupe_sdks(),
            *eval_families179_lima.failima(), *eval_families179_lima.failima_sdks(),
            *eval_families179_vailakau.vailakau(), *eval_families179_vailakau.vailakau_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
