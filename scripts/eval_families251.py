"""Two-hundred-and-fifty-first, BLIND labelled set for the classifier evaluation ("blind248"):
written without reading the classifier code, its rules, the tests or the README's evaluation
tables, and never run through a classifier by its author; ``main`` (the project's decoder path
check) was run at the end (it exited 0 on the first run; one label was changed after it and
``main`` re-run). It is to be scored once, by the lead, on the final rules (the lead registers
it in ``eval_classifiers.py``; this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like sets
20-37 this set measures ORDINARY traffic: mainstream app-backend and SDK shapes in roughly the
proportions real captures have (155 first-party calls and 80 SDK calls, 235 exchanges, about
1,730 labels after ``listed_once`` as ``main`` prints them), mostly ordinary placements of the
profile's values (``eval_payloads.profile()``, the one every set uses), with everyday
look-alikes. She lives in Padang (West Sumatra, Indonesia) on a spouse's stay permit (KITAS) with
her Minangkabau husband Fadli Rahman (suku Caniago, from Nagari Kapau near Bukittinggi), her US
SIM roaming; their daughter Aisyah Putri Rahman (8) holds US and Indonesian passports; her
mother-in-law Nurhayati Syamsir lives in Bukittinggi; her sister Emily is in Columbus, Ohio.
Seven app kinds (fictional names, hosts under example.* per RFC 2606, no real company named as
sender), each with its own API whose keys are Minangkabau as a local developer writes them
(ASCII, Minang vowel forms: ``namo``, ``alamaik``, ``tanggal_lahia``, ``ubek``, ``panyakik``...,
with Indonesian administrative loans and the English words APIs keep: ``email``, ``token``,
``refresh_token``, ``otp``), and the SDKs it embeds:
- a bendi (horse-cart) ride app in Bukittinggi ``eval_families251_bendi.py`` ("Bendikito":
  ``namo_dapan``/``namo_balakang`` first/last name, ``talipon`` phone, ``kato_sandi`` password,
  ``tanggal_lahia`` birth date, ``koto`` town, ``lintang``/``bujua`` latitude/longitude,
  ``tampek_jampuik`` pick-up place, ``alamaik_jampuik`` pick-up address, ``naiak`` ride,
  ``ongkos`` fare, ``bayia`` payment, ``panumpang`` passengers, ``umua`` age, ``kusia`` driver,
  ``kudo`` horse, ``pasan`` message, ``nilai`` rating, ``kato`` remark, ``cari`` search,
  ``jadwal`` schedule, ``mintuo`` parent-in-law, ``parangkek`` device, ``kajadian`` events);
- a cinnamon-bark sales app ``_kulik.py`` ("Kulikmanih": she sells the family garden's cassia
  bark to a collector in Matua; money: ``namo_langkok`` full name, ``nomor_hape`` mobile,
  ``kato_rahasio`` password, ``nomor_kitas``, ``npwp``, ``nagari``, ``kabupaten``, ``laki``
  husband, ``parak`` garden, ``sudut`` corners, ``barek`` weight, ``kadar_aia`` moisture,
  ``mutu`` grade, ``harago`` price, ``jumlah_pitih`` sum, ``timbangan`` weighing ticket,
  ``rekening`` bank account, ``pancairan`` payout, ``panjar`` advance);
- a motor-vehicle tax and registration app ``_pajak.py`` ("Ondapajak": money; ``namo_pamiliak``
  owner's name, ``alamaik`` address, ``kalurahan``/``kecamatan``, ``kode_pos``, ``nomor_polisi``
  plate, ``nomor_rangka``/``nomor_mesin``, ``tagihan`` bill, ``pajak`` tax, ``dando`` fine,
  ``jatuah_tampo`` due date, ``kode_bayia`` billing code, ``nomor_va`` virtual account,
  ``pamiliak_lamo`` previous owner, ``nik``, ``dompet`` e-wallet, ``pangingek`` reminder);
- a customary council's clan-membership app ``_adaik.py`` ("Sukuangku": her adoption into suku
  Koto, malakok, so that the daughter has a matrilineal clan; a sensitive trait, ethnic and clan
  origin, and religion: ``suku`` clan, ``suku_asa`` origin, ``suku_tujuan`` clan applied to,
  ``kaum`` lineage, ``mamak_angkek`` adoptive maternal uncle, ``agamo`` religion, ``jorong``
  hamlet, ``sandi`` password, ``no_hp`` mobile, ``hari_lahia`` birth date, ``uang_adaik`` fee,
  ``baralek`` feast, ``ranji`` genealogy, ``sumbangan`` contribution, ``piagam`` certificate);
- a Padang home kitchen's rendang ordering app ``_randang.py`` ("Randangamai": rendang shipped to
  her sister in Ohio and weekly to her mother-in-law: ``nomor_wa`` WhatsApp number, ``pasword``,
  ``samba`` dishes, ``padeh`` spiciness, ``karanjang`` cart, ``banyak`` quantity, ``pasanan``
  order, ``panarimo`` recipient, ``nagaro``/``nagaro_bagian`` country/state, ``ongkir`` shipping,
  ``pabean`` customs, ``pangirim`` sender, ``paspor``, ``resi`` waybill, ``ulasan`` review,
  ``alergi`` allergy, ``langganan`` subscription);
- a dual-citizen child's immigration-facility app ``_duo.py`` ("Duonagari": the child's data;
  ``namo_sasuai_paspor`` name as in the passport, ``hp`` mobile, ``kunci`` password, ``kitas``,
  ``namo_anak``, ``tampek_lahia`` birth place, ``kalamin`` sex, ``nik_anak``,
  ``paspor_amerika``/``paspor_indonesia``, ``akta_lahia`` birth certificate, ``nomor_kk`` family
  card, ``ayah``/``ibu``, ``kode_billing``, ``pajalanan`` trip);
- a national health insurance membership and health-centre queue app ``_sehat.py``
  ("Sehatbasamo": her own health data and the daughter's; ``nomor_kartu`` card number,
  ``namo_pasarto`` member's name, ``sandi_masuak`` password, ``nomor_hp``, ``anggota_kaluarga``
  family members, ``iuran`` premium, ``faskes`` facility, ``antrean`` queue, ``kaluhan``
  complaint, ``tensi`` blood pressure, ``barek_badan``/``tinggi_badan`` weight/height, ``haid``
  menstruation, ``hasil_lab``, ``diagnosa``, ``rujuakan`` referral, ``ubek`` medicine,
  ``konsultasi``).
Checked new by a grep of the file names and the module docstrings of ``scripts/eval_families*``
(the docstrings extracted once into a scratch file): "bendi", "horse cart", "horse-drawn",
"calesa" nothing ("carriage", "kalesa" only a vendor name and passing words); "cinnamon",
"gambir", "rubber" nothing ("cassia" only a vendor name; set 151's winery and a sugar-cane
weighbridge set are the nearest sellers); "vehicle tax", "road tax", "samsat", "vehicle
registration" nothing (a property tax and licence-test apps exist); "malakok", "customary
council", "penghulu", "ranji", "datuk" nothing (clans appear in a funeral ledger and a land-rights
map of earlier sets); "rendang", "food export" (one passing line), "ship abroad" nothing (food
marketplaces and caterers exist); "dual citizen", "dual nationality" nothing (consular passport
apps exist); "bpjs", "national health insurance", "hospital queue", "anemia" nothing (clinic
and hospital apps exist). Words found taken and avoided: arisan, kurban, silat, circumcision,
posyandu, rabies shots, taklim, pesantren, waqf, ISP, gamelan studio, school buses, football
academies, a scout camp. ``eval_families251_kit.py`` holds her places, people, documents and
the apps' businesses (its docstring lists them). The SDKs are ten new vendors, built once and
called by every app with its own events: ``_sdk.py`` (analytics "Metrikapau", MMP "Trackgadang",
OpenRTB 2.5 ads "Bidsaluang", crash reporting "Crashmarapi") and ``_svc.py`` (flags
"Flagsianok", push "Pingtabuik", consent "Consentbundo", payments "Coinrupiah", maps
"Mapmaninjau", support chat "Helppadeh"); their code is set 151's ``_sdk.py``/``_svc.py`` copied
with the vendors, hosts, function prefixes, zone (Asia/Jakarta), locale, country (ID / IDN),
region (SB), city, account and currency (IDR) changed (a grep of ``scripts/`` found none of the
ten names).

What is in it: sign-ups and log-ins (JSON and form passwords, an OAuth password grant, SMS,
WhatsApp and e-mail codes), ``/ambo`` GETs with JWT bearers; bendi: stands near the
mother-in-law's house (3 decimals), a fare estimate (``lat,lon`` at 5 decimals in the query), a
ride with the pick-up point and address, a protobuf position beat, the driver's card, a message
to the driver, the payment, a rating, a search, a weekly ride for the mother-in-law, the receipt
by ride code in the path, a msgpack offline queue of fixes, a lost umbrella, a lame-horse
report, a base64 JSON preferences cookie; cinnamon: seller sign-up (KITAS, tax number, husband),
the garden's corners, a harvest with her fix (5 decimals), a drying note (msgpack), prices,
warehouses near the garden (2 decimals), a lot offered, its photo, the weighing ticket by number
in the path, the payout account, payouts, an advance, the tax withholding statement (gzip), a
JSON Lines sync, a message naming her husband with his number, a truck pick-up, sales by seller
number in the path; vehicle tax: sign-up with her address, the scooter, the bill (KITAS in the
query), payment by virtual account, the receipt by billing code in the path, a renewal
appointment, her check-in at the office (4 decimals), the KITAS scan, a frame-number rubbing
photo, an address change, fines, the transfer from her husband's cousin (his name and NIK), an
e-wallet link (base64 JSON in a form field), a reminder, a help message quoting her KITAS, history
by cookie; clan: sign-up (religion, the husband's clan), the malakok application with the
daughter, requirements, a statement letter (PDF), the marriage book scan, the hearing with the
family, her check-in at the hall (5 decimals), the customary fee, the feast, the genealogy by
register number in the path, the daughter's genealogy entry, a message, a search, a ceremony
photo, a contribution, a base64 JSON cookie with the clan; rendang: the menu, a shipping quote to
her sister's post code, the cart (msgpack), the order with her sister's address, the customs
declaration (gzip; her passport), payment, the order by number in the path, tracking by waybill,
a local order for her mother-in-law, the daughter's shrimp allergy, a review with a photo, a
search, a subscription, a voucher cookie (base64 JSON), a message, saved addresses; dual
citizenship: the parent's account, the affidavit renewal (the child's NIK, both passports, birth
certificate, family card, the husband's NIK), the birth certificate (PDF), the child's photo,
slots, the appointment, her check-in at the office (6 decimals), the fee, the affidavit by number
in the path, a message quoting the child's new passport number, a travel notice to her sister's
address, the choice-at-18 reminder, the child's passport scan, a search, a rating, the log-out by
cookie; health: sign-up with her card, the digital card, family members, the premium and its
payment by virtual account, health centres near home (3 decimals), a queue with her complaint,
the check-in (6 decimals), visits by card number in the path, a screening questionnaire (gzip),
a lab result (PDF), the referral, a hospital queue, medicines, a question to the doctor, the
daughter's queue for a cough. SDKs: analytics batches (gzip; positions at 2 or 3 decimals),
traits (base64 JSON in a form field), offline queues (JSON Lines), base64url beacons; MMP
installs, events (hashed e-mail and phone) and a deep link (a URL in a JSON field); OpenRTB
bids (GPS at 3 decimals or IP geo; one with year of birth and gender) and notices; crash
envelopes and sessions; flag evaluations (JSON; base64 JSON header); push subscribers; consent
records and checks; card tokens, confirmations and a payout to a wallet; geocoding (a warehouse,
the immigration office, her sister's address), reverse geocoding (``lat,lon`` in the path) and
routes; support messages and uploads.

Negatives are implicit: request, ride, lot, slot, thread, prescription, hearing and queue IDs,
queue numbers, idempotency keys, nonces, timestamps, versions, public SDK keys, OpenRTB IDs and
prices; the bendi stand's ID and point, the clock tower's point, the driver's ID, name, phone and
horse; the warehouse's ID, point and phone, catalogue prices, kilograms, moisture and grades; the
Samsat office's ID and point, the scooter's plate, frame, engine and ownership-book numbers, make
and year (a vehicle's identifiers: no taxonomy type fits, left unlabelled as set 151's plate);
the council hall's ID and point; the kitchen's ID, menu items and prices, the HS code; the
immigration office's ID and point; the health centre's and hospital's IDs and points, a doctor's
and a pharmacy's IDs.

Conventions kept from set 151 (as its docstring states them): model, make, OS, locale,
language, Accept-Language, time zone, rooted flags, network type, battery, free memory and
User-Agents ``device.info``; event and screen names ``behavior.usage``; SDK and install IDs, push
tokens ``id.device``; passwords, SMS/WhatsApp/e-mail codes, bearer, refresh and session tokens
``secret.credential``, JWT claims at ``<where>.claims.<claim>``; scalar lists labelled per
element and collapsed by ``eval_families21.listed_once``; MCC/MNC and carrier
``location.carrier``; town, ward, district, regency, village, hamlet, province, state, post code
and country ``location.coarse``; street lines ``contact.address``; amounts, totals, fees, fares,
premiums, taxes, bills, orders and bookings ``financial.purchase``; card data, last four digits,
payment-method IDs, virtual-account numbers, e-wallet IDs and bank accounts
``financial.payment``; another person's full name, phone and e-mail typed by the user
``contact.*``; a value in the URL path ``url`` ``path[i]``; text that states a health fact, a
sensitive trait or quotes a labelled value carries that category too.

Calls made in this set (a reader may disagree; stated so a score can be read):
- a first name alone in free text is not ``contact.name`` except where the text is about the
  child (her cough, her passport); the child's full name always is; passenger ages (hers, the
  child's) ``personal.birthdate``;
- bendi: the ride code (body, path) and the ride's fare and tip ``financial.purchase``; the
  mother-in-law's street line as the pick-up address ``contact.address``; the clock tower and
  the stand are public points (negatives); a remark about the driver or the horse
  ``content.text`` only;
- cinnamon: the seller number ``id.user``; her KITAS and tax number ``personal.national_id``;
  the garden's corners and her fix in it ``location.precise`` (the family's land); the agreed sum
  of her lot, the weighing ticket (her sale), the advance and the withheld tax
  ``financial.purchase``; warehouses searched around the garden at 2 decimals
  ``location.coarse``;
- vehicle tax: the billing code ``financial.purchase`` (an invoice number); the scooter's
  identifiers unlabelled; the KITAS scan ``content.media|personal.national_id``; the cousin's
  name and NIK ``contact.name`` / ``personal.national_id``;
- clan: ``suku``, ``suku_asa``, ``suku_tujuan``, ``kaum`` (lineage title), the husband's and the
  child's clan, the customary acts (malakok fee purpose, the feast's rite), the contribution to
  the lineage's prayer house and ``agamo`` ``personal.sensitive`` (ethnic or clan origin,
  religion) wherever sent (body, JWT, cookie, traits, push tags, MMP params, texts and a search);
  the register number ``id.user``; the marriage-book number ``personal.national_id`` (a civil
  record number, as the birth certificate's); the scans and the letter ``content.media`` only;
- rendang: the waybill ``financial.purchase`` (it tracks her order); the sister's address,
  town, state, post code, phone and e-mail ``contact.*`` / ``location.coarse``; her passport on
  the customs form ``personal.national_id``; the note about the daughter's shrimp allergy
  ``content.text|health.medical``;
- dual citizenship: the child is a data subject: her NIK, both passports, birth-certificate
  number, the affidavit number (body, JWT ``anak``, path) and the family card number
  ``personal.national_id``; her birth place ``location.coarse``; the child's passport scan
  ``content.media|personal.national_id``, her photo and the birth certificate PDF
  ``content.media``; the husband's NIK ``personal.national_id``;
- health: the insurance card numbers (hers and the child's: body, JWT, query, path) and the
  referral number ``health.medical`` (as set 151's chart number and set 37's member ID);
  complaints, blood pressure, smoking, family diabetes, heavy periods, pregnancy answer, Hb,
  ferritin, diagnosis code, clinic (internal medicine) and medicine ``health.medical``; weight
  and height ``health.fitness``; the lab PDF ``content.media|health.medical``;
- SDKs: Trackgadang's ``country`` ``location.coarse`` and ``roaming`` ``device.info``; OpenRTB
  geo country, region (``SB``) and city ``location.coarse``; positions at 2 decimals
  ``location.coarse``, at 3 or more ``location.precise``.

Looked at (stated honestly): ``eval_families151.py`` and all its modules whole (``_abano``,
``_parish``, ``_dental``, ``_school``, ``_svan``, ``_qvevri``, ``_building``, ``_kit``, ``_sdk``,
``_svc``); ``eval_payloads.py`` whole; ``/work/shared/TAXONOMY.md`` and ``DESIGN.md``; of the
helper kits only definitions and signatures: the constants and helper list of
``eval_families17_kit`` (its import block from ``eval_families16_kit``, ``pbu``, ``varints``,
``push_token``) and the values of its category constants printed by a one-line Python script,
``App``/``ev``/``opaque``/``pos``/``latlng`` and constants of ``eval_families20_kit``,
``at_path``/``sdk_uid`` and constants of ``eval_families21_kit``, ``lines``/``sdk_uuid`` and
constants of ``eval_families22_kit``, ``rid``/``sdk_id``/``head``/``claims``/``others`` and
constants of ``eval_families24_kit``, ``sjwt`` and constants of ``eval_families18_kit``,
constants of ``eval_families19_kit``, ``raw``/``encode``/``multipart``/``pb`` of
``eval_families6_kit``, ``enc``/``jsonl`` heads of ``eval_families7_kit``, ``report``'s head in
``eval_families8_kit``, ``token``/``add`` of ``eval_families10_kit``, ``listed_once`` of
``eval_families21.py``; the file names of ``scripts/`` and the module docstrings of
``scripts/eval_families*`` through greps (the matching lines, a few dozen, were read). No
classifier, rule, test, decoder or README was read or run; ``ruff check --select F`` ran on these
files.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families251_adaik
import eval_families251_bendi
import eval_families251_duo
import eval_families251_kulik
import eval_families251_pajak
import eval_families251_randang
import eval_families251_sehat
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
    return [*eval_families251_bendi.bendikito(), *eval_families251_bendi.bendikito_sdks(),
            *eval_families251_kulik.kulikmanih(), *eval_families251_kulik.kulikmanih_sdks(),
            *eval_families251_pajak.ondapajak(), *eval_families251_pajak.ondapajak_sdks(),
            *eval_families251_adaik.sukuangku(), *eval_families251_adaik.sukuangku_sdks(),
            *eval_families251_randang.randangamai(),
            *eval_families251_randang.randangamai_sdks(),
            *eval_families251_duo.duonagari(), *eval_families251_duo.duonagari_sdks(),
            *eval_families251_sehat.sehatbasamo(), *eval_families251_sehat.sehatbasamo_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
