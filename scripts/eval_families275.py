"""Two-hundred-and-seventy-fifth, BLIND labelled set for the classifier evaluation ("blind272"):
written without reading the classifier code, its rules, the tests, the README or the evaluation
registry, and never run through a classifier by its author; ``main`` (the project's decoder path
check) was run by the author at the end. It is to be scored once, by the lead, on the final rules
(the lead registers it in ``eval_classifiers.py``; this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md's report.json
paths). Like sets 20-37 and 151 this set measures ORDINARY traffic: mainstream app-backend and SDK
shapes in roughly the proportions real captures have (151 first-party calls and 75 SDK calls, 226
exchanges, 1,718 labels after ``listed_once`` as ``main`` prints them), mostly ordinary
placements of the profile's values (``eval_payloads.profile()``, the one every set uses), with
everyday look-alikes. She lives in Makassar (South Sulawesi, Indonesia) with her Bugis husband
Andi Ridwan Pananrangi, her US SIM roaming, on a limited-stay permit (KITAS) he sponsors; their
son Andi Fikri (8) is in the third grade and learns Bugis at a weekend studio; her mother-in-law
Hj. Sitti Rahmatia lives in Parepare, where the family keeps a swiftlet house; her brother-in-law
Andi Syamsul helps with it; the ground floor of their house in Toddopuli is the family's
grilled-fish stall. All people, numbers and businesses are fictional. Seven app kinds (fictional
names, hosts under example.* per RFC 2606, no real company named as sender), each with its own
API whose keys are Buginese as a local developer writes them (ASCII-folded: no glottal-stop
apostrophes or lontara letters in keys; Indonesian and Arabic loans where the trade uses them;
English ``email``, ``token``, ``id``, ``user``, ``lat``/``lng`` kept), and the SDKs it embeds:
- ``eval_families275_walet.py`` "Bolawalet": the family's swiftlet house in Parepare (money: her
  nest sales and payouts). Keys: ``aseng`` name, ``nomoro_hp`` mobile, ``sandi`` password,
  ``esso_jaji`` birth date, ``onrong_monro`` residence, ``kota``/``kacamatang`` town/district,
  ``punna`` owner, ``bola`` house, ``onrong`` place, ``sadda`` sound, ``mangkok`` nests,
  ``wera_kg`` weight, ``pallalo`` harvester, ``balu`` sale, ``pangelli`` buyer, ``jumella``
  amount, ``ellinna`` price, ``rekening`` account, ``pappaseng`` message, ``seajing`` relatives,
  ``catatang`` note, ``sappa`` search, ``parewa`` device, ``kajadiang`` events;
- ``_kapling.py`` "Tanamabarakka": a sharia land-plot developer's instalments (money and
  religion). Keys: ``aseng_riolo``/``aseng_rimunri`` first/last name, ``nomoro_telpong``,
  ``agama`` religion (``Selleng`` Islam), ``masselleng`` converted, ``jenis`` sex
  (``makkunrai``), ``kode_pos``, ``kapeling`` plot, ``panjar`` down payment, ``akad`` contract,
  ``cicilang`` instalment, ``lakkai`` husband, ``saksi`` witness, ``wakaf`` endowment, ``niat``
  intention, ``pakkeda`` comment, ``bintang`` stars;
- ``_mata.py`` "Matacenning": an eye clinic, her right-eye pterygium surgery (her health). Keys:
  ``rm`` medical record, ``lasa`` illness, ``pabbura`` medicine, ``tette`` drops, ``alergi``,
  ``tensi`` blood pressure, ``mattampu`` pregnant, ``mata`` eye (``atau``/``abeo``
  right/left), ``peddi`` pain, ``macella`` red, ``keluhang`` complaint, ``tindakan`` procedure,
  ``janci`` appointment, ``tanra`` signature, ``paspor``, ``asuransi``;
- ``_lontara.py`` "Sureugi": the son's Bugis-language and lontara-script weekend class (the
  child's data; ethnicity). Keys: ``ana`` child, ``indo``/``ambo`` mother/father, ``nik``,
  ``suku`` ethnic group, ``basa_ri_bola`` home language, ``kelasa`` class, ``engka`` present,
  ``sabab`` reason, ``jama_jamang`` homework, ``elong`` sung poem, ``tinggi_cm``, ``anreguru``
  teacher, ``golongan_dara`` blood group, ``kontak_darurat``, ``izin_gambara`` photo consent,
  ``amure`` uncle, ``kelurahan`` ward;
- ``_lelang.py`` "Lelangbale": the Paotere fish auction's buyer app (money). Keys: ``kartu``
  buyer card, ``usaha``/``onrong_usaha`` business/its address, ``bale`` fish, ``tawaran`` bid,
  ``harga`` price, ``nota`` invoice, ``ongkos`` fee, ``lao_ri`` to, ``kotak_es`` ice boxes;
- ``_jastip.py`` "Titiwi": a jastip (travellers carrying goods bought for others). Keys:
  ``pattiwi`` carrier, ``waramparang`` goods, ``aseng_barang`` item, ``siaga`` quantity,
  ``jalang`` street, ``nilai_usd`` declared value, ``pakkiring`` sending, ``silessureng``
  sibling, ``elo`` wanted;
- ``_durian.py`` "Duriangku": a seasonal durian stall's pre-orders and durian-party tables. Keys:
  ``duriang``, ``jenis_duriang`` variety, ``mejang`` table, ``tamu`` guests, ``lapa`` stall,
  ``pattarima`` recipient, ``hadiah`` gift.
New kinds, checked by a grep of the file names and the module docstrings of
``scripts/eval_families*`` (docstrings extracted to a scratch file): "swiftlet", "walet" (only
a key ``walet`` = wallet), "bird's nest", "kavling"/"kapling", "sharia", "islamic bank",
"pterygium", "lontara", "regional language", "heritage language", "script class", "sempoa",
"fish auction", "fishmonger", "paotere", "jastip", "shopping service", "durian", "makassar" (two
sets mention the city, neither these kinds), "parepare", "bugis", "sulawesi" matched nothing
relevant. Close cousins made different: "land plot" matched a Tuvalu reclaimed-land allocation
(sets 179, 220), so Tanamabarakka is a private developer's interest-free instalment sale; "eye"
matched sets 113 (an eye test) and 166 (a visiting cataract team, glasses), so Matacenning is her
own pterygium excision at a city clinic; "abacus" (set 175) and "tutor" matched children's
classes, none a regional language and script; "auction" matched many (general auctions), none a
fish auction hall's buyer card and cold boxes; "orchard" and "fruit" matched (sets 118, 127,
131), none a durian stall's pre-order and party tables; "personal shopper" only appeared in a
list of rejected words (set 236). Rejected because they exist: bore wells, speedboat/charter
(sets 132, 234), wound care, bone-setter, cupping, a hometown association, a renovation firm,
futsal/court booking, a merchant till. The SDKs are ten new vendors, built once and called by
every app with its own events: ``_sdk.py`` (analytics "Losarimetric", MMP "Tallotrack", OpenRTB
2.5 ads "Pinisibid", crash reporting "Crashkonro") and ``_svc.py`` (flags "Flagbaruga", push
"Pingpaotere", consent "Consentsiri", payments "Epepay", maps "Mapbantimurung", support chat
"Helpcoto"); their code is set 151's SDK shapes with the vendors, hosts, zone
(``Asia/Makassar``), country (``ID``/``IDN``, region ``SN``, city Makassar) and currency (IDR)
changed (a docstring grep found none of the ten names). ``eval_families275_kit.py`` holds her
places, people and the apps' businesses (its docstring lists them).

What is in it: sign-ups and log-ins (JSON and form passwords, an OAuth password grant, SMS/OTP
codes), ``/iyya`` ("me") GETs with JWT bearers; swiftlet: her KITAS at sign-up, the houses, the
sensors, a visit with her fix, a protobuf relay, the lure-sound schedule (msgpack), a harvest with
her brother-in-law, a nest photo, a sale and its receipt by sale number in the path, the payout
account with her tax number, payouts, family messages and access, an alarm PIN, the house's
Wi-Fi, an offline sync (JSON Lines), a search; plot: religion and conversion at sign-up and in
the contract application (gzip, with her husband's NIK), a site visit with her fix (5 decimals),
the booking fee, her KITAS and marriage-book photos, the signing with witnesses, the contract by
number in the path, instalments to a virtual account, a mosque endowment, a religious search;
eye: insurance at registration, the questionnaire (gzip), eye photos, booking, check-in, the exam
by record number in the path, the plan, the deposit, the consent signature, a protobuf diary, a
msgpack drops schedule, a message to her surgeon, prescriptions, a video room token, a vision
self-test, sharing with her husband, the bill by cookie; lontara: the son's enrolment (NIK,
ethnic group, home languages), the timetable by student number in the path, attendance, an
absence with a fever, his handwriting photo and sung poem (audio), fees, a costume with his
height and weight, tickets, a pick-up authorisation and her fix at pick-up, the health form
(gzip), a photo consent, the signed report (PDF); auction: registration (KITAS, tax number, the
stall at their home address), a deposit from her account, a check-in, bids (JSON, a msgpack
burst), a protobuf heartbeat with her fix, won lots by card number in the path, the invoice, a
cold-box delivery home (5-decimal strings), a complaint with a photo, a price alert, a weekly
export, an offline bid queue (JSON Lines, 4 decimals); jastip: an order and its escrow payment,
a chat quoting her phone, a screenshot, the airport hand-over with her fix, the courier home, the
order by number in the path, a customs declaration (gzip; passport, tax number), a parcel to her
sister in the US (her address typed), a msgpack wish list; durian: an OTP log-in, a pre-order,
its payment, a party table with guests, a check-in (4 decimals), delivery home, the courier by
pre-order number in the path, a refund photo, a gift voucher, her orders by phone in the query,
stamps by cookie. SDKs: analytics batches (gzip; positions at 2 or 3 decimals), traits (base64
JSON in a form field), offline queues (JSON Lines), base64url beacons; MMP installs, events
(hashed e-mail and phone) and a deep link (a URL in a JSON field carrying the order and her
e-mail); OpenRTB bids (GPS at 2 or 3 decimals or IP geo) and notices; crash envelopes and
sessions; flag evaluations (JSON; base64 JSON header); push subscribers; consent records and
checks; card tokens, confirmations and mobile-wallet transfers; geocoding, reverse geocoding
(``lat,lon`` in the path), routes and telemetry; support messages and an upload.

Negatives are implicit: request, visit, lot, bid-line, thread, appointment, check-in IDs,
idempotency keys, nonces, timestamps, versions, public SDK keys, OpenRTB IDs and prices; the
swiftlet house's ID, floors, sensor readings (temperature, humidity, ammonia), lure tapes and
volumes, nest counts, grades and weights, the per-kilo asking price, the nest buyer's ID; the
developer's site office, its point, the catalogue plot and its area, the notary's staff entry;
the clinic's ID and point, the operating room, the doctor's ID; the studio's ID and point, the
class, lessons, the recital and the poem's ID, the son's public school's name; the auction
hall's ID and point, fish species, lot weights, a price alert's ceiling, the stall's business
name; the traveller's ID and hand-over point, item names, a hand-over code; the durian stall's ID
and point, varieties, weights, table count, voucher codes.

Conventions kept from sets 20-37 and 151: model, make, OS, locale, language, Accept-Language,
time zone, rooted flags, network type, battery, free memory, LAN addresses and User-Agents
``device.info``; event and screen names ``behavior.usage``; SDK and install IDs, push tokens
``id.device``; passwords, SMS/OTP codes, an alarm PIN, bearer, refresh, session and video-room
tokens ``secret.credential``, JWT claims at ``<where>.claims.<claim>``; scalar lists labelled
per element and collapsed by ``eval_families21.listed_once``; MCC/MNC and carrier
``location.carrier``; town, district, ward, province, post code and country
``location.coarse``; street lines ``contact.address``; amounts, totals, fees, bids, invoices,
bookings, contracts, orders and pre-orders ``financial.purchase``; card data, last four digits,
payment-method IDs, bank and virtual accounts ``financial.payment``; another person's full name,
phone, e-mail and address typed by the user ``contact.*``; a value in the URL path ``url``
``path[i]``; text that states a health fact, a sensitive trait or quotes a labelled value
carries that category too.

Calls made in this set (a reader may disagree; stated so a score can be read):
- a first name alone in free text (Syamsul, Fikri when the text is not about the child) is not
  ``contact.name``; text about the son (absence note, teacher message) naming him is;
  "Daeng" and "Indo'" (honorific, mother) are not names;
- swiftlet: the owner account ``id.user``; her KITAS and tax number ``personal.national_id``;
  her fixes at the house ``location.precise`` (the family's property, as set 151's vineyard);
  the house controller's Wi-Fi she joins ``location.wifi``; sensor readings are the building's,
  not hers (negatives); her sale and its total ``financial.purchase`` (her sales, as set 151's
  excise revenue), the per-kilo asking price unlabelled (a quote);
- plot: ``agama``, ``masselleng``, the mosque endowment's programme and intention, and the
  search "without riba near a mosque" ``personal.sensitive`` (religion); the contract type
  ``murabahah`` unlabelled (a product); the KITAS photo ``content.media|personal.national_id``
  and the marriage book photo ``content.media|personal.sensitive`` (an Islamic marriage book);
  her husband's NIK ``personal.national_id``; the developer's site office point a negative, her
  fix on the site visit ``location.precise``;
- eye: the record number (body, JWT ``rm``, query, URL path, protobuf) and her travel
  insurance member number ``health.medical`` (as set 37's insurance member ID); conditions,
  medicines, drops, allergy, blood pressure, pregnancy, glasses, eye side, procedure,
  anaesthesia, pain, redness and visual acuity ``health.medical``; eye photos and the referral
  PDF ``content.media|health.medical``; the consent signature image ``content.media``;
- lontara: the son is a data subject: his NIK ``personal.national_id``, student number
  ``id.user`` (body, query, JWT ``ana``, URL path), name, birth date, sex; his ethnic group and
  the languages spoken at home ``personal.sensitive`` (ethnic origin; the home languages are
  debatable); his height and weight ``health.fitness``; his shrimp allergy, asthma, blood group
  and fever ``health.medical``; his handwriting photo, his recorded poem and the report PDF
  ``content.media`` only;
- auction: the buyer card ``id.user``; each bid ``financial.purchase`` (her offers to buy); the
  stall's address is their home line ``contact.address`` (the stall's business name a
  negative); the deposit from her bank account ``financial.payment``;
- jastip: the declared value ``financial.purchase``; her sister's Portland address
  ``contact.address``; the wish list's item names unlabelled (product names, not search);
- durian: her phone in the query ``contact.phone``; the stall's point a negative, her
  check-in at 4 decimals ``location.precise``;
- SDKs: Tallotrack's ``country`` ``location.coarse`` and ``roaming`` ``device.info``; OpenRTB
  geo country, region (``SN``) and city ``location.coarse``; positions at 2 decimals
  ``location.coarse``, at 3 or more ``location.precise``; Mapbantimurung's geocoding text of a
  business typed by her ``behavior.search``.

Looked at (stated honestly): ``/work/shared/TAXONOMY.md`` and ``/work/shared/DESIGN.md`` whole;
``eval_payloads.py`` whole; set 151 whole (``eval_families151.py``, ``_kit``, ``_sdk``, ``_svc``,
``_abano``, ``_parish``, ``_dental``, ``_school``, ``_svan``, ``_qvevri``, ``_building``);
definitions and signatures only in the helper kits: ``eval_families6_kit`` (``raw``,
``multipart``'s head, ``pb``'s head, the E164/NATIONAL constants), the constant lines of
``eval_families7_kit``, ``8_kit`` (``report``, phone/e-mail/JPEG constants), ``9_kit``,
``10_kit`` (``Acc``, ``token``, ``add``), ``11_kit``, ``15_kit``, ``16_kit`` (one constant),
``17_kit`` (its import list and function names), ``18_kit`` (``sjwt``), ``19_kit``
(``EMAIL_MIXED``), ``20_kit`` (``App``, ``ev``, ``opaque``, ``pos``, ``latlng``, the name and
date constants), ``21_kit`` (``at_path``, ``sdk_uid``, ``channel``), ``22_kit`` (``lines``,
``sdk_uuid``, ``tracking``), ``24_kit`` (card/UA/booking constants, ``rid``, ``sdk_id``,
``head``, ``claims``, ``others``) and the first lines of ``eval_families21.listed_once``; the
module docstrings of all ``scripts/eval_families*.py``, extracted with ``ast`` into a scratch
file and grepped for the candidate words and vendor names above (a few matching docstring lines
were read: the "walet", "land plot", "wound", "hometown", "costume rental", "renovation",
"stilt", "personal shopper" hits and the head of set 166's eye app's docstring). No classifier,
rule, test, decoder, README or evaluation registry was read or run; ``ruff check --select F``
ran on these files (two unused imports it found were removed by hand).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families275_durian
import eval_families275_jastip
import eval_families275_kapling
import eval_families275_lelang
import eval_families275_lontara
import eval_families275_mata
import eval_families275_walet
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
    return [*eval_families275_walet.bolawalet(), *eval_families275_walet.bolawalet_sdks(),
            *eval_families275_kapling.tanamabarakka(),
            *eval_families275_kapling.tanamabarakka_sdks(),
            *eval_families275_mata.matacenning(), *eval_families275_mata.matacenning_sdks(),
            *eval_families275_lontara.sureugi(), *eval_families275_lontara.sureugi_sdks(),
            *eval_families275_lelang.lelangbale(), *eval_families275_lelang.lelangbale_sdks(),
            *eval_families275_jastip.titiwi(), *eval_families275_jastip.titiwi_sdks(),
            *eval_families275_durian.duriangku(), *eval_families275_durian.duriangku_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
