"""Hundred-and-sixty-seventh, BLIND labelled set for the classifier evaluation ("blind164"): written
without reading the classifier code, its rules, its decoders, the tests or the README, and never
run through a classifier by its author; ``main`` (the project's decoder path check) was run while
writing (every labelled path was produced from the first run on; no gap is stated). It is to be
scored once, by the lead, on the final rules (the lead registers it in ``eval_classifiers.py``;
this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like sets
20-37 this set measures ORDINARY traffic: mainstream app-backend and SDK shapes in roughly the
proportions real captures have (159 first-party calls and 72 SDK calls, 231 exchanges, 1,714
labels after ``listed_once`` as ``main`` prints them), mostly ordinary placements of the
profile's values (``eval_payloads.profile()``, the one every set uses), with everyday
look-alikes. She lives in Ouagadougou (Burkina Faso; Zone du Bois) with her Burkinabe husband
Boukary Yameogo, her US SIM roaming (visited network 613-02) beside a local +226 line that
carries her mobile-money wallet; their daughter Awa (born August 2021) and her mother-in-law
Pauline Yameogo in Koudougou, where the family's shea trees are; she is 18 weeks pregnant with
their second child. Seven app kinds (fictional names, hosts under example.* per RFC 2606, no
real company named as sender), each with its own API in Moore (the Mossi language, written
without tone marks or special letters: ``u`` for the open u, ``e``/``i`` for the open vowels, no
nasal tildes) mixed with English (``token``, ``id``, ``email``, ``lat``/``lng``,
``refresh_token``) and, as Ouagadougou developers do, a few French words (``cnib``,
``legalisation``, ``devis``, ``livraison``), and the SDKs it embeds:
- ``eval_families167_sinima.py`` "Sinimaraaga": a film festival's accreditation and screenings
  (her passport and its MRZ, a badge, seats, the audience vote, a shuttle, her husband's pass);
- ``_laafi.py`` "Songtaaba Laafi": a community health mutual (contributions, beneficiaries with
  her husband's CNIB and Awa's birth certificate, claims, her antenatal visits: her health);
- ``_palu.py`` "Biig Koglgo": Awa's seasonal malaria chemoprevention card (the child's data);
- ``_bronze.py`` "Bronzraaga": a lost-wax bronze foundry's commission, shipped to her sister;
- ``_pugsid.py`` "Pugsidlem": Catholic marriage preparation and the church-wedding file at
  Koudougou's cathedral (her religion and her husband's);
- ``_sebre.py`` "Sebrdoogo": a copy shop (prints, scans, certified copies of her passport and
  residence card, ID photos, wedding invitations typed);
- ``_taang.py`` "Taangkaam": a Koudougou women's shea-kernel cooperative where she is a producer
  (the family's parkland, deliveries, payouts, a loan).
New kinds (an ``ast`` dump of the module docstrings of ``scripts/eval_*.py``, grepped): "film
festival", "accredit", "chemoprev", "bronze", "lost-wax", "statue", "marriage prep",
"pre-marriage", "marriage course", "copy shop", "photocop", "cyber", "shea butter" and "karite"
found nothing. Close ones, made different: festivals exist as ticketing (sets 106, 113, 120) and
cinemas as tickets (160, 162, 163), here it is a guest's accreditation; set 133 has a health
mutual inside a clinic's app, here it is the mutual's own member app; sets 107 and 121 have a
malaria rapid-test reporter and a bed-net registry, here a parent's chemoprevention card; sets
114, 126 and 129 are crafts marketplaces where she sells, here she commissions a casting; sets
124, 128 and 129 are Catholic parish apps (sacraments, tithes, catechism), here a couple's
preparation course and wedding file; sets 20, 25 and 30 print photos or 3-D models, here a copy
shop with certified copies; set 94 is a cotton cooperative's payouts and set 151 a wine seller,
here a kernel producer in a women's group.

Key words (each module's docstring lists its own): ``yuure`` first name, ``sondre`` family name
(clan name), ``telefon`` phone, ``solgre`` password (lit. secret), ``pin`` PIN, ``kode`` one-time
code, ``rogem_daare`` birth date, ``poaka_rao`` sex (``poaka`` woman, ``bipuglga`` girl),
``zaka`` home / street line (lit. courtyard), ``saka`` quarter, ``tenga`` town, ``soolem``
region, ``kart`` card or ID document, ``kart_sejour`` residence card, ``sida`` husband,
``biiga`` child, ``kamba`` children, ``ma`` mother, ``yaaba`` grandparent, ``neba``
beneficiaries (lit. people), ``kaset`` witnesses, ``laafi`` health, ``baaga`` illness, ``tiim``
medicine, ``ziim`` blood, ``puuga`` pregnancy (lit. belly), ``tulgo`` temperature (lit. heat),
``tuuli`` vomiting, ``kilo`` weight, ``tuudum`` faith, ``batem`` baptism, ``wendoogo`` church
(lit. God's house), ``puusgo`` prayer, ``pugsidlem`` marriage, ``laoogo`` session (lit.
gathering), ``ligdi`` amount (lit. money), ``yaoogo`` payment, ``avance`` deposit, ``samde``
loan (lit. debt), ``koosgo`` sale, ``tuuma`` job / commission (lit. work), ``biye`` ticket,
``ziiga`` place or seat, ``seance`` screening, ``puugo`` field, ``taam_biisi`` shea kernels,
``sebre`` document (lit. paper), ``reegda`` recipient, ``koeega`` message, ``soama`` rating (lit.
good), ``baoobo`` search, ``daare`` day, ``kiuugu`` month, ``yuumde`` year, ``wakato`` time,
``soaba`` user (lit. owner), ``masiin`` device, ``gomde`` language, ``yela`` events, ``maam``
me, ``yiibu`` log-out (lit. going out), ``kenge`` log-in (lit. entering), ``naaba`` master (lit.
chief).

The SDKs are ten new vendors, built once and called by every app with its own events:
``_sdk.py`` (analytics "Statnaaba", MMP "Trackzaka", OpenRTB 2.5 ads "Bidyaar", crash reporting
"Crashkoom") and ``_svc.py`` (flags "Flagsoumbala", push "Pingbalafon", consent "Consentdolo",
payments "Coinnere", maps "Mapharmattan", support chat "Helpdjembe"); their code is set 151's SDK
shapes with the vendors, hosts, zone, country (BF, ``BFA``, region ``03``), currency (XOF) and
the mobile-money call (a collection with the wallet's one-time code, or a payout to her IBAN)
changed (a docstring and file-name grep of ``scripts/`` found none of the ten names).
``eval_families167_kit.py`` holds her places, people and the apps' businesses.

What is in it: sign-ups and log-ins (JSON and form passwords, OAuth password grants, SMS codes,
a PIN), ``/maam`` GETs with JWT bearers; festival: accreditation with passport and MRZ, a badge
photo, the fee by mobile money, the programme, a search, a screening booked, the cinema entry
with her fix, a protobuf presence beat, a msgpack vote, a shuttle from her house (4 decimals),
her husband's pass (his CNIB), a review, a watchlist, a debate question, the ticket by number in
the path, tickets by cookie, messages, a lost badge; mutual: beneficiaries, contributions, the
card, a claim for Awa's malaria, her antenatal visit, a check-in, the questionnaire (gzip), a
protobuf blood pressure, a referral PDF, payments by member number in the path, a pharmacy
voucher, an address change, a base64 JSON renewal; SMC card: Awa's registration, cycles by card
number in the path, doses (JSON, form, msgpack), the home visit fix, a side effect, the card
photo, a rapid test, growth, consent, vaccinations, a grandmother as caregiver; foundry: the
commission, a reference photo, deposit, a visit fix, progress photos by commission in the path,
the export certificate (gzip; passport), the parcel to her sister's Ohio address, a live-casting
room token, the balance by card, favourites (msgpack), insurance; marriage: baptism certificate
PDF, civil marriage with both IDs (gzip), sessions, a check-in (4 decimals), the questionnaire,
witnesses and a witness's SMS consent, banns, the date and offering, choir (msgpack), the file by
number in the path, a prayer intention; copy shop: CV PDF, certified copies (scans), ID photos,
invitations typed, a pick-up code, a check-in, the job in the path, a scan e-mailed, delivery to
her house (6 decimals), a base64 JSON preferences cookie; shea: the parkland corners, a kernel
delivery with her fix, a protobuf collection beat, a msgpack fix queue, payouts, the IBAN, a
loan, the organic declaration (gzip), butter for her sister, sales by producer number in the
path, an offline sync (JSON Lines), an adviser visit at a field corner. SDKs: analytics batches
(gzip; positions at 2 or 3 decimals), traits (base64 JSON in a form field), offline queues (JSON
Lines), base64url beacons; MMP installs, sessions, events (hashed e-mail and phone) and a deep
link; OpenRTB bids (GPS or IP geo) and notices; crash envelopes and sessions; flag evaluations
(JSON; base64 JSON header); push subscribers; consent records and checks; card tokens,
confirmations and mobile-money collections and payouts; geocoding, reverse geocoding (``lat,lon``
in the path) and routes; support messages and an upload.

Negatives are implicit: request, screening, seat, visit, session, slot, delivery-line and
live-room IDs, idempotency keys, nonces, timestamps, versions, public SDK keys, OpenRTB IDs and
prices; the cinema's ID, name, phone and point, film and debate IDs, the blog's name; the health
centre's ID and point, the midwife's and pharmacy's IDs, the hospital's ID; the campaign, health
worker and household IDs; the foundry's ID and point, models, heights, patina and parcel
weights; the cathedral's point (its ID is labelled where it places her in a parish, as set 151's
church ID), hymn IDs, the town hall's ID; the copy shop's ID and point, page counts, paper and
formats; the cooperative's ID and point, kernel kilograms, tree counts, catalogue lines and
prices, the price board.

Conventions kept from sets 20-37 (as set 151 states them): model, make, OS, locale, language,
Accept-Language, time zone, rooted flags, network type, battery, free memory and User-Agents
``device.info``; event and screen names ``behavior.usage``; SDK and install IDs, push tokens
``id.device``; passwords, PINs, SMS and wallet codes, a pick-up code, bearer, refresh, session
and live-room tokens ``secret.credential``, JWT claims at ``<where>.claims.<claim>``; scalar lists
labelled per element and collapsed by ``eval_families21.listed_once``; MCC/MNC and carrier
``location.carrier``; quarter, arrondissement, sanitary district, town, region and country
``location.coarse``; street lines ``contact.address``; amounts, totals, fees, deposits,
contributions, offerings, loans, commissions, tickets, jobs and sales ``financial.purchase``;
card data, last four digits, payment-method IDs and IBANs ``financial.payment``; another
person's full name, phone, e-mail and address typed by the user ``contact.*``; a value in the URL
path ``url`` ``path[i]``; text that states a health fact, a sensitive trait or quotes a labelled
value carries that category too.

Calls made in this set (a reader may disagree; stated so a score can be read):
- a first name alone in free text (Sarah, Pauline, Awa) is not ``contact.name`` except where the
  text is about the child (the side-effect note); full names always are;
- her passport, its MRZ line 2, her residence card, her husband's CNIB and Awa's
  birth-certificate entry ``personal.national_id`` (the MRZ line 1, her name,
  ``personal.national_id|contact.name``); scans of the passport and card
  ``content.media|personal.national_id``;
- festival: the badge number ``id.user`` (body, JWT, query, protobuf); the ticket
  ``financial.purchase`` (body and path);
- mutual: the member number ``id.user`` (body, JWT, query, path, protobuf, base64 form field);
  care, tests, medicines, blood group, blood pressure, allergies ``health.medical``; pregnancy
  facts (weeks, due date, earlier pregnancies, the scan's motive, the message about it)
  ``health.medical|personal.sensitive``; her weight ``health.fitness``; the referral PDF
  ``content.media|health.medical``;
- SMC card: Awa is the data subject: the card number ``id.user`` (body, form, query, JWT
  ``kamba``, path), her name, birth date, sex, birth certificate; doses, vomiting, temperature,
  rapid test, vaccinations ``health.medical``; weight, height and arm circumference
  ``health.fitness``;
- marriage: faith, baptism date and church, the parish IDs, banns parishes, the wedding mass,
  children wished and the family-planning method ``personal.sensitive`` (religion); the baptism
  certificate ``content.media|personal.sensitive``; the file number ``id.user``; a search for a
  mass ``behavior.search|personal.sensitive``; the invitation text typed at the copy shop
  ``content.text|contact.name|personal.sensitive``;
- shea: the producer number ``id.user``; the parkland corners, her fixes under the trees and at
  the scale ``location.precise`` (the centre's point a negative); her sales and payouts
  ``financial.purchase``;
- SDKs: Trackzaka's ``country`` ``location.coarse`` and ``roaming`` ``device.info``; OpenRTB
  geo country, region (``03``) and city ``location.coarse``; positions at 2 decimals
  ``location.coarse``, at 3 or more ``location.precise``.

Looked at beyond TAXONOMY.md and DESIGN.md (stated honestly): ``eval_families151.py`` and all its
modules (the template; ``_sdk.py``/``_svc.py`` were copied with ``sed`` renames and one edit),
``eval_payloads.py`` (lines 1-180: the profile, ``L``/``W``/``U``/``J``, ``case``), the
constants and signatures of ``eval_families17_kit``, ``_19_kit``, ``_20_kit`` and ``_24_kit``,
a grep of kit constant names, and ``report`` in ``eval_families8_kit`` (what ``main`` prints);
an ``ast`` dump of module docstrings of ``scripts/eval_*.py`` (grepped for kinds and names; the
beginning of set 157's docstring, a Bamako set, read to avoid its kinds). No classifier, rule,
test, decoder or README was read or run; no git command. Besides ``main``, ``ruff check --select
F`` (with ``--fix`` on these files) and a throwaway script under /tmp that called ``report`` on
parts of this set while writing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families167_bronze
import eval_families167_laafi
import eval_families167_palu
import eval_families167_pugsid
import eval_families167_sebre
import eval_families167_sinima
import eval_families167_taang
from eval_families17_kit import report
from eval_families21 import listed_once
from eval_payloads import Case

# Every labelled path was produced by the decoders when ``main`` ran; no gap is stated.
DECODER_GAPS: set[tuple[str, str]] = set()


def build(elements: bool = False) -> list[Case]:
    """The set; ``elements``: scalar lists labelled per element (as set 21's first writing)."""
    cases = raw_build()
    return cases if elements else listed_once(cases)


def raw_build() -> list[Case]:
    return [*eval_families167_sinima.sinimaraaga(), *eval_families167_sinima.sinimaraaga_sdks(),
            *eval_families167_laafi.songtaaba(), *eval_families167_laafi.songtaaba_sdks(),
            *eval_families167_palu.biigkoglgo(), *eval_families167_palu.biigkoglgo_sdks(),
            *eval_families167_bronze.bronzraaga(), *eval_families167_bronze.bronzraaga_sdks(),
            *eval_families167_pugsid.pugsidlem(), *eval_families167_pugsid.pugsidlem_sdks(),
            *eval_families167_sebre.sebrdoogo(), *eval_families167_sebre.sebrdoogo_sdks(),
            *eval_families167_taang.taangkaam(), *eval_families167_taang.taangkaam_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
