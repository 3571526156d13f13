"""Hundred-and-eighty-seventh, BLIND labelled set for the classifier evaluation ("blind184"):
written without reading the classifier code, its rules, the tests or the README, and never run
through a classifier by its author; ``main`` (the project's decoder path check) was run by the
author (see the end of this docstring). It is to be scored once, by the lead, on the final rules
(the lead registers it in ``eval_classifiers.py``; this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like sets
20-37 and 151 this set measures ORDINARY traffic: mainstream app-backend and SDK shapes in roughly
the proportions real captures have (161 first-party calls and 72 SDK calls, 233 exchanges, 1,774
labels after ``listed_once`` as ``main`` prints them), mostly ordinary placements of the profile's
values (``eval_payloads.profile()``, the one every set uses), with everyday look-alikes. She (a US
citizen with South African permanent residence and an SA ID number, her US SIM roaming on a South
African network) lives with her Tsonga husband Tiyani Baloyi in Mavalani B, a village outside
Giyani (Mopani district, Limpopo) under a traditional council, and works as a quality-control clerk
at an avocado estate's packhouse near Tzaneen; their daughter Hlulani is four; her mother-in-law
Albertina Sitoe and brother-in-law Armando Baloyi live in Maputo (Mozambique, +258); her
father-in-law Risenga Baloyi died in 2024. Seven app kinds (fictional names, hosts under example.*
per RFC 2606, no real company named as sender), each with its own API whose keys are Xitsonga as a
local developer writes them (mixed with English where real apps are: ``token``, ``id``,
``lat``/``lng``, ``slot``, ``ssid``, ``waybill``) and the SDKs it embeds:

- ``eval_families187_matomani.py`` "Matomani Hub": mopane-worm harvest permits and buyers (she
  and her husband harvest in the council's veld and sell dried worms to a Giyani depot);
- ``_ribye.py`` "Ribye": a stonemason's tombstone order and the unveiling ceremony for her late
  father-in-law (the deceased's data, the church service, guests from Maputo);
- ``_malayitsha.py`` "Malayitsha Xpress": a cross-border road transporter carrying her parcels
  and a fridge to her mother-in-law in Maputo (customs declaration, collection code);
- ``_vatirhi.py`` "Vatirhi": the farm and packhouse workers' union (membership, dues, a
  pesticide-exposure grievance, a strike ballot);
- ``_vuhosi.py`` "Vuhosi Online": the traditional council's services (household register,
  proof-of-residence letter, a business stand, levy, a boundary dispute);
- ``_kulani.py`` "Kulani": the clinic's child-health booklet for Hlulani (growth,
  immunisations, symptoms: the child's data);
- ``_rendzo.py`` "Rendzo Rihanyo": a Tzaneen travel clinic before the family's trip to Maputo and
  Inhambane (her asthma, vaccines, malaria prophylaxis, certificates).

Novelty (a docstring grep of ``scripts/eval_families*.py``, no code read): "mopane worm",
"caterpillar", "tombstone", "headstone", "unveiling", "malayitsha", "traditional council",
"headman", "induna", "travel clinic", "yellow fever", "Xitsonga", "Tsonga", "Giyani", "Maputo"
matched nothing. Neighbours made different: a funeral/memorial planner (set 45) and a parish
cemetery app (Ribye is the stone order and the unveiling a year on); barrel shipping ("Paelo")
and a border traders' app ("Mpakapass") (Malayitsha is an informal road transporter with
recipient collection codes); a teachers' association that is a trade union ("Sikhyaka Sangha")
(Vatirhi is a farmworkers' union with health-and-safety grievances and a ballot); crèche and
school apps that upload an immunisation book (Kulani is the clinic's growth booklet itself).

Xitsonga key words used (each module's docstring lists its own): ``vito`` name, ``xivongo``
surname, ``vito_hinkwawo`` full name, ``imeyili`` e-mail, ``riqingho`` phone, ``xihundla``
password (lit. "secret"), ``khodi`` code, ``nghena``/``huma`` log in/out, ``tsarisa`` register,
``mina`` me, ``siku_ro_velekiwa`` birth date, ``siku_ra_rifu`` death date, ``nomboro_ya_id`` ID
number, ``nomboro_ya_bi`` Mozambican ID card number, ``pasipoto`` passport, ``rimbewu`` sex
(``wansati`` woman, ``wanuna`` man, ``xisati`` female), ``nuna`` husband, ``n'wana``/``vana``
child/children, ``mutswari`` parent, ``ndyangu`` family/household, ``vuxaka`` relationship,
``adirese`` address, ``muti`` village, ``xifundza`` district, ``xifundzankulu`` province,
``khodi_ya_poso`` postal code, ``doropa``/``madoropa`` town(s), ``tiko`` country, ``ndhawu``
place, ``mali`` currency, ``ntsengo`` price/amount, ``hakelo`` payment, ``akhawunti`` account,
``khodi_ya_rhavi`` branch code, ``makhadi_4`` card's last four, ``odara`` order, ``dipositi``
deposit, ``levi`` levy, ``rungula`` message, ``lava`` search, ``xivilelo`` complaint/grievance,
``nhlamuselo`` description, ``xifaniso`` photo, ``xitirhisiwa`` device, ``mutirhisi`` user,
``swiendlakalo`` events, ``xikirini`` screen, ``sesheni`` session, ``ririmi`` language,
``pamiti`` permit, ``ntlawa`` team, ``ntiko`` weight, ``vulehi`` height, ``mabegi`` bags,
``muxavi``/``muxavisi`` buyer/seller, ``xiavelo`` offer, ``mufi`` the deceased,
``xivangelo_xa_rifu`` cause of death, ``kereke`` church, ``mufundhisi`` pastor, ``ribye`` stone,
``marito`` inscription, ``vesi`` verse, ``sirha`` grave, ``nkhuvo`` ceremony, ``vaendzi``
guests, ``xirhambo`` invitation, ``swakudya`` food, ``homu`` cow, ``nsayino`` signature,
``murhumeri``/``muamukeri`` sender/recipient, ``ndzhwalo`` consignment, ``swilo``/``nchumu``
items/item, ``nkoka`` declared value, ``fomo_ya_ntsengo`` customs declaration,
``khodi_ya_ku_teka`` collection code, ``landzela`` track, ``nhlangano`` union, ``xirho`` member,
``muthori`` employer, ``nomboro_ya_mutirhi`` employee number, ``mali_ya_xirho`` dues,
``muholo`` wage, ``swikombiso`` symptoms, ``mirhi``/``murhi`` medicines/medicine,
``mirhi_ya_switsotswana`` pesticide, ``nhlengeletano`` meeting, ``vhota`` vote (``ina`` yes),
``nandzu`` case/dispute, ``vumbhoni_bya_vutshamo`` proof of residence, ``ndhuna`` headman,
``xitandi`` stand, ``mindzilakano`` boundaries, ``muakelani`` neighbour, ``mpfuno`` relief,
``vulema`` disability, ``nomboro_ya_xibukwana`` booklet number, ``ntlhavelo``/``mintlhavelo``
immunisation(s), ``kliniki`` clinic, ``nkarhi`` appointment, ``vuhisa`` temperature,
``muongori`` nurse, ``fayili`` file, ``riendzo`` trip, ``vuvabyi_lebyi_nga_heriki`` chronic
illness, ``ku_tshwa`` allergy, ``ku_tika`` pregnancy, ``ku_dzaha`` smoking, ``xitifiketi``
certificate, ``malariya`` malaria, ``xikhwama`` kit.

The SDKs are ten new vendors, built once and called by every app with its own events:
``_sdk.py`` (analytics "Nhlayometrics", MMP "Landzelatrack", OpenRTB 2.5 ads "Bidnyiko", crash
reporting "Crashtsutsuma") and ``_svc.py`` (flags "Flagtlhelo", push "Pushrungula", consent
"Consentpfumela", payments "Payhakela", maps "Mapndlela", support chat "Helppfuna"); their code
is set 151's SDK shapes with the vendors, hosts, zone (Africa/Johannesburg), country (ZA/ZAF,
region LP, city Giyani), currency (ZAR; a MZN wallet transfer) and her bank account changed (a
docstring grep found none of the ten names). ``eval_families187_kit.py`` holds her places,
people and the apps' businesses and computes SA ID check digits (``sa_id``, Luhn).

What is in it: sign-ups and log-ins (JSON and form passwords, OAuth password grants, an ID-number
log-in, SMS codes), ``/mina`` GETs with JWT bearers, permits, orders, deposits and payments
(cards, EFT with her account, a mobile-money transfer to Maputo), uploads (photos, PDFs, a
passport scan, a death certificate), searches, messages, complaints, crash envelopes, analytics
batches (gzip), offline queues (JSON Lines), MMP installs and events with hashed e-mail and
phone, a deep link carrying the order and her e-mail, OpenRTB bids (GPS at 3 decimals or IP geo;
a year of birth and gender), consent records and checks, push subscribers, maps
(geocoding, reverse geocoding ``lat,lon`` in the path, routes, telemetry), support chat; protobuf
beats and records, msgpack bodies; values in URL paths, query strings, cookies, headers, JWT
claims and base64 JSON wrappers (a form field, a header, a cookie, a query beacon).

Negatives are implicit: request, harvest, drying-batch, proof, slot, appointment, check-in,
thread, ballot, grievance, hearing and op IDs, idempotency keys, nonces, timestamps, versions,
public SDK keys, OpenRTB IDs and prices; the depot's ID, name, phone and point, bag counts, kilos
and price per kilo; the stonemason's ID, point and phone, stone models, colour, size, the
cemetery's ID and gate point, the grave number, the menu, tent size, the cow's weight; the
transporter's yard ID, phone and point, item names, quantities and HS codes; the estate's ID,
name and point, her position title, the ballot question; the council's ID and office point, the
stand's sides in metres, letter IDs; the clinic's and travel clinic's IDs, names, phones and
points, the nurse's ID, kit SKUs and their prices; trip dates and the death date (no taxonomy
type fits a death date; left unlabelled).

Conventions kept from set 151 (as set 132 states them): model, make, OS, locale, language,
Accept-Language, time zone, rooted flags, network type, battery, free memory, LAN addresses and
User-Agents ``device.info``; event and screen names ``behavior.usage``; SDK and install IDs, push
tokens ``id.device``; passwords, SMS codes, the collection code, bearer, refresh and session
tokens ``secret.credential``, JWT claims at ``<where>.claims.<claim>``; scalar lists labelled per
element and collapsed by ``eval_families21.listed_once``; MCC/MNC and carrier
``location.carrier``; village, town, district, province, post code and country
``location.coarse``; street/stand lines ``contact.address``; amounts, totals, fees, deposits,
levies, dues, orders, offers, waybills and receipts ``financial.purchase``; card data, last
four digits, payment-method IDs and bank accounts ``financial.payment``; another person's full
name, phone, e-mail and address typed by the user ``contact.*``; a value in the URL path ``url``
``path[i]``; text that states a health fact, a sensitive trait or quotes a labelled value carries
that category too.

Calls made in this set (a reader may disagree; stated so a score can be read):
- a first name alone in free text (Mamana, Armando in a list of clothes) is not ``contact.name``
  except where the text is about the child (the nurse message about Hlulani); full names always
  are; the deceased's, the headman's, the pastor's and the shop steward's names typed by her are;
- identity: her SA ID, her US passport, her husband's, daughter's and late father-in-law's SA IDs
  and her mother-in-law's Mozambican BI number ``personal.national_id`` (the birth date inside an
  ID number is not labelled separately); the passport scan ``content.media|personal.national_id``;
- mopane: the permit number ``id.user`` (body, JWT, path, protobuf, sync); her veld fixes and the
  drying yard (4 decimals) ``location.precise``; her offer (the sale) ``financial.purchase``;
- tombstone: the cause of death ``health.medical``; the church and the verse
  ``personal.sensitive`` (religion); the inscription naming him ``content.text|contact.name``;
  the death certificate image ``content.media``; her fix at the grave ``location.precise``, the
  cemetery's gate a negative; the order number ``financial.purchase`` (body, JWT, path, deep link);
- transporter: the sender account ``id.user``; the waybill ``financial.purchase`` (body, path,
  protobuf); the declared total ``financial.purchase``; the collection code
  ``secret.credential``; her mother-in-law's Maputo street line ``contact.address``, Maputo and
  ``MZ`` ``location.coarse``;
- union: union name, member number (body, JWT, path, query, cookie, protobuf), the dues code,
  the ballot vote, the union tag and trait, a member flag and texts about membership
  ``personal.sensitive`` (trade-union membership); the employee number ``id.user``; wages and the
  employer's name unlabelled (no taxonomy type); the pay slip PDF ``content.media``; the rash,
  pesticide and sick days ``health.medical``; the canteen Wi-Fi she joined ``location.wifi``;
- council: the household register number ``id.user``; the stand's corners and her fixes
  ``location.precise``; disability ``personal.sensitive``; the levy ``financial.purchase``;
- child health: Hlulani is a data subject: her ID ``personal.national_id``, name, birth date,
  sex; the booklet number (body, JWT ``vana``, query, path, protobuf, msgpack) ``health.medical``
  (a medical record number, as set 151's chart); weight and height ``health.fitness``;
  immunisations, vitamin A, symptoms, temperature, growth status ``health.medical``; rash photo
  and booklet page ``content.media|health.medical``;
- travel clinic: the file number (body, JWT, path, query, cookie, protobuf) ``health.medical``;
  asthma, inhalers, allergies, pregnancy, smoking, vaccines, the prescription and doses
  ``health.medical``; destination country and towns ``location.coarse``; the daughter's weight
  ``health.fitness``;
- SDKs: Landzelatrack's ``country`` ``location.coarse`` and ``roaming`` ``device.info``; OpenRTB
  geo country, region (``LP``) and city ``location.coarse``; positions at 2 decimals
  ``location.coarse``, at 3 or more ``location.precise``.

What I looked at (stated honestly): TAXONOMY.md, DESIGN.md (the path notation),
``eval_payloads.py``, ``eval_families151.py`` and all its modules (the template; ``_sdk.py`` and
``_svc.py`` copied with renames), the definitions I call in ``eval_families6/17/18/20/21/22/24``
kits and ``eval_families21.listed_once``/``eval_families8_kit.report`` (signatures and a few
lines each), and module docstrings of ``scripts/eval_families*.py`` (extracted with ``ast`` and
grepped for the app kinds, key words and vendor names). No classifier, rule, test, decoder or
README was read or run. Ran: ``main`` nine times (the first, before ten SDK calls were dropped to
keep the proportions, printed 242 exchanges; every run exited 0 with no missing path), small
``python -c`` builds of single modules (building cases only), and ``ruff check --select F``
(``--fix`` once, removing unused imports) on these files.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families187_kulani
import eval_families187_malayitsha
import eval_families187_matomani
import eval_families187_rendzo
import eval_families187_ribye
import eval_families187_vatirhi
import eval_families187_vuhosi
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
    return [*eval_families187_matomani.matomani(), *eval_families187_matomani.matomani_sdks(),
            *eval_families187_ribye.ribye(), *eval_families187_ribye.ribye_sdks(),
            *eval_families187_malayitsha.malayitsha(),
            *eval_families187_malayitsha.malayitsha_sdks(),
            *eval_families187_vatirhi.vatirhi(), *eval_families187_vatirhi.vatirhi_sdks(),
            *eval_families187_vuhosi.vuhosi(), *eval_families187_vuhosi.vuhosi_sdks(),
            *eval_families187_kulani.kulani(), *eval_families187_kulani.kulani_sdks(),
            *eval_families187_rendzo.rendzo(), *eval_families187_rendzo.rendzo_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
