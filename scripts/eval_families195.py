"""Hundred-and-ninety-fifth, BLIND labelled set for the classifier evaluation ("blind192"): written
without reading the classifier code, its rules, its decoders, the tests or the README, and never
run through a classifier by its author; ``main`` (the project's decoder path check, which runs
no classifier) was run to check the paths. It is to be scored once, by the lead, on the final
rules (the lead registers it in ``eval_classifiers.py``; this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like sets
20-37 this set measures ORDINARY traffic: mainstream app-backend and SDK shapes in roughly the
proportions real captures have (155 first-party calls and 75 SDK calls, 230 exchanges, 1,739
labels after ``listed_once`` as ``main`` prints them), mostly ordinary placements of the
profile's values (``eval_payloads.profile()``, the one every set uses), with everyday
look-alikes. She (the profile's Jane Doe) lives in Kananga (Kasai-Central, DR Congo) with her
Congolese husband Didier Kanyinda Mulumba and their daughter Ngalula (6); she is five months
pregnant; her US SIM roams (visited network 630-01) and a local SIM (+243 97 555 0199) carries her
mobile-money wallet. Her husband's mother Kapinga Mulumba lives in Mbuji-Mayi, his brother Kalonji
Kanyinda leads the family's artisanal diamond pit at Tshibombo near Mbuji-Mayi, and his sister
Mbuyi Kanyinda lives in Lemba, Kinshasa. Money is in Congolese francs (CDF) and US dollars.
Seven app kinds (fictional names, hosts under example.* per RFC 2606, no real company named as
sender), each with its own API and the SDKs it embeds; each app's API keys are Tshiluba (Ciluba)
as a Kasai developer would type them (ASCII, no tone marks), mixed with French where local apps
use it (``devise``, ``facture``, ``certificat``, ``fievre``) and English ``id``, ``token``,
``email``, ``wallet``:
- ``eval_families195_dyama.py`` "Dyama Kasai": a licensed buying house's seller app; she keeps the
  family pit's account and sells its parcels of rough diamonds (sets 110 and 176 have gem buyers;
  here she sells from the family's own pit);
- ``_kutuma.py`` "Kutuma": an air-freight forwarder at the Mbuji-Mayi airport; food parcels to
  her sister-in-law in Kinshasa, collected with a voter card and a code;
- ``_ntshi.py`` "Ntshi Kasai": a tilapia fish-pond farmers' cooperative at Katoka (fingerlings,
  feed, water probes, the catch, a loan);
- ``_tulu.py`` "Tulu Tuimpe": a health zone's mosquito-net and malaria campaign app (the
  household census with her pregnancy and the child, vouchers, a fever, a rapid test, treatment,
  her antenatal preventive dose);
- ``_makuta.py`` "Makuta Point": her own mobile-money agent kiosk at the Ndesha market (agent KYC
  with a face template, float, customers' cash-in and cash-out, commissions, tax);
- ``_diyi.py`` "Diyi dia Nzambi": a translation society's Tshiluba audio-Bible recording app (her
  church, her husband's ethnic group, a speaker embedding, takes, village listening groups);
- ``_balami.py`` "Balami": a manned night-guard company's household service (sets 14 and 29
  have home-alarm panels; this is a guard at the gate, rounds, visitors, a panic button).
Newness (a docstring and file-name grep of ``scripts/``, every set present): "diamond", "artisanal",
"mining", "air freight", "aquaculture", "tilapia", "fish pond", "mosquito net", "bednet",
"mobile money agent", "audio bible", "recording studio", "security guard", "watchman", "Kasai",
"Kananga", "Mbuji", "Tshiluba" and "Ciluba" matched nothing; Kinshasa and Lingala are set 133's
(a wax-print wholesaler, a river boat, a Kimbanguist parish, a clinic, a likelemba, a music
school, a generator), none of whose kinds is reused.

The Tshiluba keys (shared): ``dina`` first name (or full name), ``dina_dia_diku`` family name,
``telefone`` phone, ``diyi_dia_musokoko`` password ("secret word"), ``dituku_dia_kuledibua``
birth date ("day of being born"), ``muaba_wa_kusombela`` address ("place to live"), ``kartie``
quartier, ``komine`` commune, ``tshimenga`` town, ``musoko`` village, ``kalata_wa_kusungula``
voter card ("card for choosing"), ``kalata_wa_kusomba`` residence card, ``pasipo`` passport,
``mulume`` husband (and "man" as a sex), ``mukaji`` woman, ``sexe``, ``bidimu`` age ("years"),
``muntu`` person/user, ``meme`` me (the ``/meme`` endpoint), ``kubuela`` log in ("enter"),
``kupatuka`` log out ("go out"), ``kode`` code, ``muaba`` place, ``mushinga`` price, ``bungi``
amount, ``difuta`` payment, ``mukenji`` message, ``dikeba`` search, ``lumu`` news,
``tshimfuanyi`` picture, ``tshilumbu`` complaint/matter, ``bienzedi`` events, ``muakulu``
language, ``ntoto`` stars, ``ngondo`` month, ``dituku`` day, ``diba`` hour; per app:
``mupanyi`` seller, ``musumbi`` buyer, ``mabue``/``dibue`` stones, ``bujitu`` weight,
``tshitupa``/``bitupa`` share(s), take(s), ``bena_mudimu`` workers, ``mukalenga_wa_mudimu`` chief
digger, ``mikalu`` boundaries, ``diponya`` accident; ``mutumi`` sender, ``mupeta`` receiver,
``bintu``/``tshintu`` goods/item, ``mukanda_wa_bintu`` waybill, ``kode_wa_kuangata`` pick-up
code, ``bakidi`` contacts; ``muena_kooperative`` member, ``dijiba``/``majiba`` pond(s),
``bana_ba_ntshi`` fingerlings, ``biakudia`` feed, ``mayi`` water, ``dikuata`` catch,
``dibanza`` loan, ``tshisangilu`` meeting; ``mfumu_wa_nzubu`` head of household,
``bena_nzubu`` household members, ``difu`` pregnancy ("belly"), ``ngondo_ya_difu`` months
pregnant, ``bilalu`` sleeping places, ``mustikere`` nets, ``disama`` illness, ``bimanyinu``
symptoms, ``diteta`` test, ``tshipeta`` result, ``manga`` medicine, ``munganga`` health worker,
``lopitalu`` health centre; ``mukiliya`` customer, ``kuela`` deposit, ``kuangata`` withdrawal,
``komisio`` commission, ``mpala`` face (template), ``kode_wa_musokoko`` secret code,
``muaba_wa_mudimu`` workplace; ``mubadi``/``babadi`` narrator(s), ``diyi`` voice,
``mukanda`` book, ``nshapita`` chapter, ``mvese`` verses, ``ekeleziya`` church,
``tshisamba`` ethnic group, ``disambila`` prayer, ``tshisumbu`` group, ``bateleji``
listeners; ``kontra`` contract, ``mulami``/``balami`` guard(s), ``tshibi`` gate,
``butuku`` night, ``muenyi``/``benyi`` visitor(s), ``buivi`` theft, ``kode_wa_tshibi`` gate
code, ``lukendu`` journey. (The author's Tshiluba is imperfect; a few words are best guesses.)

What is in it: sign-ups and log-ins (JSON and form passwords, an OAuth password grant, SMS/OTP
codes, an agent PIN), ``/meme`` GETs with JWT bearers (claims ``mupanyi``, ``telefone``,
``mutumi``, ``email``, ``muena``, ``nzubu``, ``agent``, ``mubadi``, ``ekeleziya``, ``kontra``);
diamonds: the pit's corners and chief digger (his voter card), a parcel declared (msgpack, her fix
at the pit), its photo, prices, a valuation slot, the check-in at the buying house, the sale with
shares, the payout to her wallet, lots by seller number in the path, a certificate by cookie GET,
a pit log (JSON Lines), a search, messages, an accident report (the brother's injury), a protobuf
pit beat, her bank account, a base64 JSON prefs cookie; freight: rates, a hashed contact import,
the shipment (the recipient's name, phone, e-mail, address, commune and voter card), photos,
payment, a wallet link (base64 JSON in a form field), insurance, the counter check-in, tracking by
waybill in the path and query, the pick-up code, a complaint with a photo, a msgpack scan queue,
a rating; ponds: the ponds' points, fingerlings, feed by mobile money, a protobuf water probe, a
pond photo, a fish-kill report, the catch at the pond, a sale to a fish trader, the statement by
member number in the path, a loan to her RIB, a msgpack feed journal, a meeting check-in and
vote; campaign: the household (head's voter card, address, GPS), members (gzip: her pregnancy, ages,
sexes, the child's birth date), a voucher, sites near home (3 decimals), the site check-in, the
child's fever, the rapid test photo and result, treatment and weight, her antenatal dose, a
message to the health worker, a home visit (4 decimals), visits synced (JSON Lines), a protobuf
sync, a search; agent: KYC (residence card, passport, tax number, selfie, a 128-float face
template), float from her bank, customers' cash-in and cash-out (names, numbers, a voter card and
its photo, a secret code), transactions, commissions by agent code in the path, a msgpack
offline queue, the tax declaration (gzip), a fraud report, the kiosk's opening (the market's
Wi-Fi), the daily closing (JSON Lines); Bible: her church, her husband's ethnic group, a
192-float speaker embedding at enrolment and a check, takes (M4A), the studio check-in, a review,
the stipend, takes by narrator number in the path, a prayer request about her pregnancy and the
sick child, a listening group in a village, a msgpack queue, a search, a profile photo; guards:
the contract with the household, payment, a panic alarm (her fix, the home Wi-Fi), a visitor, the
rounds, a protobuf presence beat, a break-in report with a photo, the gate code, invoices by
contract number in the path, the trip to Kinshasa (the sister-in-law's address and phone), the
gate camera's Wi-Fi set-up (LAN address, passphrase), a msgpack alarm queue; per app push
registration, events and a cookie GET. SDKs: analytics batches (gzip; positions at 2 or 3
decimals), traits (base64 JSON in a form field), offline queues (JSON Lines), a base64url beacon;
MMP installs, sessions, events (hashed e-mail and phone, a JSON string) and a deep link (a URL in
a JSON field carrying the waybill and her e-mail); OpenRTB bids (GPS at 2 or 3 decimals or IP
geo; one with yob and gender) and notices; crash envelopes and sessions; flag evaluations (JSON;
base64 JSON header); push subscribers; consent records and checks; card tokens, confirmations and
mobile-money collections and payouts (two with her RIB); geocoding (a typed Kinshasa address, a
search), reverse geocoding (``lat,lon`` in the path), routes and telemetry; support messages (an
identity JWT in a JSON field) and uploads. Encodings: JSON (100 plain, 15 gzip), forms (33), GETs
(50, 29 with query strings), multipart (13), msgpack (6), JSON Lines (9: 5 crash envelopes under
their own content type), schema-less protobuf (4).

Negatives are implicit: request, check-in, lot, take, visit, alarm, thread, transaction and
dikuata IDs, idempotency keys, nonces, timestamps, versions, public SDK keys, OpenRTB IDs and
prices; the buying house's ID, name, phone and point, the parcel's carats, stone count, colour,
the CEEC certificate number, the pit's internal ID, the workers' count and gravel volumes; the
freight counters' IDs and points, rates, kilos, piece numbers, a declared value; the hatchery's ID
and point, fingerling counts, pond areas, water readings (pH, temperature, oxygen), feed kilos;
the distribution site's ID and point, the net voucher number (a campaign coupon), the rapid
test's lot, nets hung, sleeping places, a "child under five" flag; the kiosk's RCCM trade
registration, a liveness score, operation counts; the studio's ID and point, book, chapter and
verse references, take lengths, the speaker check's score, the languages she speaks; the guard
base's ID, a guard's ID, the camera's ID, a QR pass, the night's hours.

Conventions kept from sets 20-37 (as set 151 states them): model, make, OS, locale, language,
Accept-Language, time zone, rooted flags, network type, battery, free memory, LAN addresses and
User-Agents ``device.info``; event and screen names, session counts and lengths
``behavior.usage``; SDK and install IDs, the Android ID, push tokens ``id.device``; passwords,
SMS/OTP codes, PINs, a gate code, a pick-up code, a customer's secret code, a Wi-Fi passphrase,
bearer, refresh and session tokens and cookies, a client secret ``secret.credential``; JWT claims
at ``<where>.claims.<claim>``; scalar lists labelled per element and collapsed by
``eval_families21.listed_once``; MCC/MNC and carrier ``location.carrier``; city, commune,
quartier, village, health area and zone, province, region and country ``location.coarse``; street
lines ``contact.address``; amounts, prices, fees, commissions, totals, invoices, waybills,
contracts, sales and orders ``financial.purchase``; card data, payment-method IDs and bank
accounts (the RIB) ``financial.payment``; another person's full name, phone and e-mail typed by
the user ``contact.*``; a value in the URL path ``url`` ``path[i]``; text that states a health
fact, a sensitive trait or quotes a labelled value carries that category too.

Calls made in this set (a reader may disagree; stated so a score can be read):
- a first name alone in free text is not ``contact.name`` except where the text is about the
  child (her fever, her sickness); a name with a surname always is;
- voter-card numbers (her husband's, his brother's, her sister-in-law's, a customer's), her
  residence card, passport and tax number (NIF) ``personal.national_id``; photos of a passport
  and a voter card ``content.media|personal.national_id``; the kiosk's RCCM a negative (a
  business registration, as set 133); voter-card numbers are 13 digits in a shape this author
  assumed (no public check digit is known, none computed); the RIB's two-digit key is computed
  (97 - (89 x bank + 15 x branch + 3 x account) mod 97);
- a mobile-money wallet number (``wallet``, ``msisdn``) ``contact.phone`` (as set 151), her RIB
  ``financial.payment``;
- diamonds: the seller number ``id.user``; the pit's corners and her fix there
  ``location.precise`` (the family's claim), the buying house's point a negative; the sale, its
  amount and payout ``financial.purchase``; the brother's injury ``health.medical``, his age
  ``personal.birthdate``;
- freight: the shipper account ``id.user``; the waybill ``financial.purchase`` (also in the path,
  query and a deep link); the hashed numbers from her address book ``content.contacts``; the
  recipient's address typed into the geocoder ``contact.address``;
- ponds: the member number ``id.user``; the ponds' points and her fixes there
  ``location.precise``; fish health (a fish kill) ``content.text`` only (not a person's health);
  the buyer typed by her ``contact.*``;
- campaign: the household number ``id.user``; her pregnancy (``difu``, months, weeks, the
  protobuf flag, the flag attribute) ``personal.sensitive|health.medical``; the child's fever,
  symptoms, rapid test, result and medicine ``health.medical``, her weight ``health.fitness``,
  the test photo ``content.media|health.medical``; ages ``personal.birthdate``;
- agent: the agent code ``id.user``; the face template ``biometric.face`` (one label on the list),
  the selfie ``content.media``; customers' names and numbers ``contact.*``; transactions and
  commissions ``financial.purchase``; the market's Wi-Fi seen at her kiosk ``location.wifi``; her
  kiosk is her own premises: its stand line ``contact.address``, its point ``location.precise``;
- Bible: the narrator number ``id.user``; her church (body, JWT, flags, push tags) and her
  husband's ethnic group ``personal.sensitive``; the speaker embeddings ``biometric.voice`` (one
  label on each list); takes ``content.media``; the prayer request
  ``content.text|personal.sensitive|health.medical|contact.name``;
- guards: the contract number ``financial.purchase`` (also a JWT claim, path segment, protobuf
  field and cookie field); the home SSID/BSSID ``location.wifi``, the LAN address ``device.info``,
  the camera's Wi-Fi passphrase ``secret.credential``;
- SDKs: Trackbushimaie's ``country`` ``location.coarse``, ``roaming`` ``device.info`` and
  ``visited_plmn`` ``location.carrier``; OpenRTB geo country, region (``KC``) and city
  ``location.coarse``; positions at 2 decimals ``location.coarse``, at 3 or more
  ``location.precise``; Consentlubi's receipt cookie a signed JWT that opens nothing (claims
  labelled, token not).

Looked at (stated honestly): the brief; TAXONOMY.md and DESIGN.md; ``eval_payloads.py``;
``eval_families151.py`` and all its modules (``_kit``, ``_sdk``, ``_svc``, ``_abano``,
``_parish``, ``_dental``, ``_school``, ``_svan``, ``_qvevri``, ``_building``), whose ``_sdk`` and
``_svc`` were copied with renames (sed) into this set's; from the helper kits only what is called:
the constant and ``__all__`` lines of ``eval_families17_kit``, ``App``/``ev``/``opaque``/``DOB``
of set 20's kit, ``head``/``claims``/``rid``/``sdk_id``/``CARD2``/``WEBVIEW_UA`` of set 24's,
``at_path``/``sdk_uid`` of set 21's, ``lines``/``sdk_uuid`` of set 22's, ``raw``/``multipart``/
``pb``/``encode`` of set 6's, ``sjwt`` of set 18's, ``token``/``add`` of set 10's, ``enc`` of set
7's, the ``E164``/``NATIONAL``/``EMAIL_MIXED``/``M4A`` constants' lines, the source of
``eval_families21.listed_once`` and the head of ``report`` (what ``main`` prints); module
docstrings of all ``scripts/eval_families*.py`` (extracted with ``ast`` and grepped for the
kinds and names; set 133's whole docstring, the first lines of the docstrings of sets 14, 29,
32, 48, 80, 110, 115, 140, 157, 162, 166, 171, 176, 178, 181, 183, 185 and 187 and one-line grep
hits of others were read). No classifier, rule, decoder, test or
README was read or run; the path check was run (once on the first app's cases through a throw-away script
in /tmp calling the same ``report``, then as this module's ``main`` until it exited 0) and ``ruff check --select
F`` (its ``--fix`` removed unused imports).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families195_balami
import eval_families195_diyi
import eval_families195_dyama
import eval_families195_kutuma
import eval_families195_makuta
import eval_families195_ntshi
import eval_families195_tulu
from eval_families17_kit import report
from eval_families21 import listed_once
from eval_payloads import Case

# Every labelled path was checked by ``main``'s run of the decoders; no gap is stated.
DECODER_GAPS: set[tuple[str, str]] = set()


def build(elements: bool = False) -> list[Case]:
    """The set; ``elements``: scalar lists labelled per element (as set 21's first writing)."""
    cases = raw_build()
    return cases if elements else listed_once(cases)


def raw_build() -> list[Case]:
    return [*eval_families195_dyama.dyama(), *eval_families195_dyama.dyama_sdks(),
            *eval_families195_kutuma.kutuma(), *eval_families195_kutuma.kutuma_sdks(),
            *eval_families195_ntshi.ntshi(), *eval_families195_ntshi.ntshi_sdks(),
            *eval_families195_tulu.tulu(), *eval_families195_tulu.tulu_sdks(),
            *eval_families195_makuta.makuta(), *eval_families195_makuta.makuta_sdks(),
            *eval_families195_diyi.diyi(), *eval_families195_diyi.diyi_sdks(),
            *eval_families195_balami.balami(), *eval_families195_balami.balami_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
