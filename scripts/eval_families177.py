"""Hundred-and-seventy-seventh, BLIND labelled set for the classifier evaluation ("blind174"):
written without reading the classifier code, its rules, the decoders, the tests or the README,
and never run through a classifier by its author; only ``main`` (the project's decoder path
check) and ``ruff check --select F`` were run on it (the same ``report`` path check was run on
each app's cases while writing, and ``main`` exited 0 on every run; ruff's ``--fix`` removed
unused imports). It is to be scored once, by the lead, on the final
rules (the lead registers it in ``eval_classifiers.py``; this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like set
151 (its template) this set measures ORDINARY traffic: mainstream app-backend and SDK shapes in
roughly the proportions real captures have (161 first-party calls and 70 SDK calls, 231
exchanges, 1,812 labels after ``listed_once`` as ``main`` prints them), mostly ordinary
placements of the profile's values (``eval_payloads.profile()``, the one every set uses), with
everyday look-alikes. She has lived a year in Karachi (Sindh, Pakistan) with her Sindhi husband
Ayaz Soomro in a flat in Gulshan-e-Iqbal, her US SIM roaming beside a Pakistani SIM of her own
(``+923151220934``); their daughter Marvi (8) was born in Brooklyn; her mother-in-law Zubeida
Soomro (diabetic, hypertensive) lives in Latifabad, Hyderabad, where they stay for the urs; her
sister Claire is in the US. She holds a US passport and a Pakistan Origin Card, converted to
Islam before their 2016 nikah, and pays from a rupee account (IBAN with computed check digits).
Seven app kinds (fictional names, hosts under example.* per RFC 2606, no real company named as
sender), each with its own API whose keys are Sindhi written in Latin letters the way a local
developer would (English kept where real apps keep it: ``email``, ``mobile``, ``otp``, ``token``,
``id``, ``lat``/``lng``, ``cnic``, ``imei``, ``iban``, ``booking``, ``order``, OAuth fields), and
the SDKs it embeds:
- ``eval_families177_imei.py`` "Sunjaanap": registering her foreign phone's two IMEIs against her
  passport and paying the duty (new: no earlier phone-registration app);
- ``_kiraedar.py`` "Kiraedar": the tenant police registration (landlord, household, domestic
  worker, lease, a face-match selfie; sets 46 and 58 have tenant repair and screening apps);
- ``_bhit.py`` "Mela Bhitai": Shah Abdul Latif's urs at Bhit Shah (her religion, vows, langar,
  waee seats, Marvi's lost-child wristband; sets 172 and 138 have a zikr circle and a martyrs'
  shrine, neither an urs with a child-safety band);
- ``_lu.py`` "Lu Khabar": heatwave alerts and heat-relief camps (her symptoms, her
  mother-in-law on the vulnerable register; new);
- ``_ajrak.py`` "Ajrak Chhaap": a Hala block-printing workshop's classes and custom ajrak (set
  174 commissions filigree; this is a dye class with her child and a printed gift);
- ``_filter.py`` "Saaf Paani": a home RO-filter subscription with a smart valve on the home
  Wi-Fi (sets 96, 126, 138 have water-outage, delivery and tank apps, none a filter);
- ``_nikah.py`` "Yunian Kaunsil": the union council's nikah registration and Marvi's birth
  registration abroad (B-form), a family certificate (new).
Sindhi key words used (meaning): ``nalo`` name, ``akhri_nalo`` surname, ``piu_jo_nalo``
father's name, ``gujho_lafz`` password, ``jaman_tareekh`` birth date, ``jins`` sex (``aurat``
woman, ``niyani`` girl), ``umar`` age, ``patto`` address, ``mahallo`` neighbourhood, ``shahar``
city, ``jaga`` place, ``murs`` husband, ``zaal`` wife, ``dhee`` daughter, ``sas``
mother-in-law, ``baar`` child, ``maau`` mother, ``piu`` father, ``rishto`` relation,
``khandan`` family, ``gharwara`` household, ``rabta`` contacts, ``dost`` friend, ``raqam``
amount, ``mulh`` price, ``kul`` total, ``adaigi`` payment, ``raseed`` receipt, ``bil`` bill,
``mahsool`` duty, ``challan`` payment slip, ``khato_nalo`` account holder, ``likhat`` text,
``niyapo`` message, ``gol`` search, ``raye`` review, ``shikayat`` complaint, ``tasveer`` photo,
``halat`` status, ``darkhwast`` application, ``sanad`` certificate, ``muhinjo`` mine (the
``/me`` path), ``waqiya`` events, ``boli`` language, ``sihat`` health, ``bimari`` illness,
``dawa`` medicine, ``hamil`` pregnant, ``alamaton`` symptoms, ``tapmaan`` temperature,
``nabz`` pulse, ``gilas`` glasses (of water), ``wazan`` weight, ``jild`` skin, ``kharish``
itch, ``mazhab`` religion, ``silsilo`` Sufi order, ``islam_qabool`` conversion date,
``mannat`` vow, ``dua`` prayer, ``nazrano`` offering, ``zair`` pilgrim, ``ziyarat`` visit,
``kangan`` wristband, ``gum_thiyal`` lost, ``kiraedar`` tenant, ``malik`` landlord,
``kirayo`` rent, ``peshgi`` advance, ``thano`` police station, ``naukar`` domestic worker,
``mehman`` guest, ``chehro`` face, ``chehre_jo_naqsho`` face template, ``dastkhat`` signature,
``ghot``/``kunwar`` groom/bride, ``gawah`` witnesses, ``haq_mehr`` dower, ``janam`` birth,
``b_form`` child registration number, ``imei_pehriyon``/``imei_biyon`` first/second IMEI,
``rukniyat`` subscription, ``thappo`` printing block, ``sabaq`` class, ``shagird`` pupil,
``wasool_kandar`` recipient, ``mokal`` shipping, ``hangami`` emergency, ``thadho_markaz``
cooling centre. The ten SDK vendors are new (a grep of ``scripts/`` found none of the names):
``_sdk.py`` analytics "Kinjharmetry", MMP "Ranikotrack", OpenRTB 2.5 ads "Bolibazar", crash
reporting "Thattacrash"; ``_svc.py`` flags "Flagmakli", push "Pingsehwan", consent
"Consentkirthar", payments "Coinrupiyo", maps "Mapmanchhar", support chat "Helpsindhu" — set
151's call shapes with the vendors, hosts, zone (``Asia/Karachi``), country (``PK``/``PAK``),
region (``SD``), city and currency (``PKR``) changed. ``eval_families177_kit.py`` holds her
places, people and the apps' businesses (its docstring lists them).

What is in it: sign-ups and log-ins (JSON and form passwords, an OAuth password grant, an
identity provider's token exchanged, SMS codes, a base64 JSON form field), ``/muhinjo`` GETs
with JWT bearers; IMEI app: the phone scan (both IMEIs, serial, Android ID, the US SIM's ICCID
and IMSI, both networks), the status by IMEI in the path, the passport page and its MRZ, the
arrival fix, the duty slip, its payment and receipt by slip in the path, her Origin Card, her
mother-in-law's phone and CNIC, a protobuf heartbeat (IMEIs, network), a msgpack SIM change;
tenant registry: the flat (5 decimals), the landlord's name, CNIC, phone and address, the
tenant, the household (husband's CNIC, Marvi's B-form), the lease PDF, a selfie with a
128-float face template and 68 landmarks, the husband's CNIC photo, stations near her flat (3
decimals), the application by number in the path, a guest's passport, the domestic worker's
CNIC; urs: pilgrim registration with religion and order, the family party, buses, the wristband
with Marvi's asthma, a vow naming her mother-in-law's diabetes, chadar and langar offerings, a
check-in fix, waee seats (msgpack), a lost-child report, a prayer naming her husband, a protobuf
crowd beacon; heat: alerts by 2-decimal area, her home point, her risk profile, the vulnerable
register, a water log (msgpack), symptoms, camps near her (3 decimals), a camp check-in and
Wi-Fi, an emergency, load-shedding by area, a photo report, background fixes (gzip), a base64
JSON preferences cookie; ajrak: the class for her and Marvi, her dye allergy, a check-in, the
design with their names, the gift to her mother-in-law, shipping to her sister in the US, the
order by number in the path, a block cart (msgpack), class progress (JSON Lines); filter: the
subscription (her husband's kidney stones), the installation slot with the building's gate
code, an IBAN mandate, pairing to the home Wi-Fi (SSID, BSSID, LAN IP), a protobuf appliance
beat, the bill by account in the path, an address-book invite (names and hashed numbers);
union council: the nikah application (religion, conversion date, CNICs, passport), witnesses'
CNICs, the nikah nama PDF, Marvi's birth registration (birth weight, place, B-form), her US
birth certificate PDF, the family certificate, the B-form in a query, a message quoting her
husband's CNIC. SDKs: analytics batches (gzip; positions at 2 or 3 decimals), traits (base64
JSON in a form field), offline queues (JSON Lines), a base64url beacon; MMP installs, events
(hashed e-mail and phone) and a deep link (her pilgrim number and e-mail); OpenRTB bids (GPS at
2 or 3 decimals or IP geo); crash envelopes and sessions; flag evaluations (JSON; base64 JSON
header); push subscribers; consent records and checks; card tokens, confirmations and a
mobile-wallet payment (her Pakistani number, her IBAN); geocoding, reverse geocoding (``lat,lon``
in the path), routes and telemetry; support messages and uploads.

Negatives are implicit: request, slot, visit, SOS, report, lost-report, FRC reference and
object IDs, idempotency keys, nonces, timestamps, versions, public SDK keys, OpenRTB IDs and
prices; the customs desk, the arrival date and flight, the phone's declared country of
purchase; the police station's ID, phone and point, the car's plate and model, the lease's term;
the shrine's ID and point, the bus route, the urs programme, the waee night, the help desk; the
camp's ID, phone and point, the feeder, the water stand; the workshop's ID and point, the
master's ID, blocks and their prices, cloth and size, colours; the filter's serial and model,
TDS readings and litres, the lab, cartridge SKUs, the referral code; the union council's ID and
point, the officiant's ID, the dower amount (``haq_mehr``: no taxonomy type fits a marriage
contract's sum; left unlabelled), the hospital's name.

Conventions kept from set 151 (as it states them): model, make, OS, locale, language,
Accept-Language, time zone, rooted flags, network type, battery, free memory, LAN addresses and
User-Agents ``device.info``; event and screen names ``behavior.usage``; SDK and install IDs, push
tokens ``id.device``; passwords, SMS codes, a building gate code, bearer, refresh and session
tokens, a sign-in ID token ``secret.credential``, JWT claims at ``<where>.claims.<claim>``;
scalar lists labelled per element and collapsed by ``eval_families21.listed_once``; MCC/MNC and
carrier ``location.carrier``; city, district, neighbourhood, region, post code and country
``location.coarse``; street lines ``contact.address``; amounts, totals, fees, duties, rents,
bookings and orders ``financial.purchase``; card data, last four digits, payment-method IDs and
IBANs ``financial.payment``; another person's full name, phone and e-mail typed by the user
``contact.*``; a value in the URL path ``url`` ``path[i]``; text that states a health fact, a
sensitive trait or quotes a labelled value carries that category too.

Calls made in this set (a reader may disagree; stated so a score can be read):
- a first name alone in free text (Marvi, Ayaz) is not ``contact.name`` except where the text
  is about the child (the lost-child description, the workshop review); full names always are;
- CNICs, B-form numbers, passports (hers, her sister's), her Pakistan Origin Card
  ``personal.national_id``, whoever they belong to (husband, mother-in-law, landlord, domestic
  worker, witnesses, Marvi); the passport page image ``content.media|personal.national_id``,
  its MRZ line ``personal.national_id|personal.birthdate|personal.gender``;
- IMEI app: both IMEIs and the serial ``id.hardware`` (also in the URL path and protobuf), her
  mother-in-law's phone's IMEI too; the US SIM's ICCID and IMSI ``id.sim``; the declared phone
  value and the duty ``financial.purchase``;
- tenant registry: the registration number ``id.user``; the face template and landmarks
  ``biometric.face``, the selfie ``content.media``; the husband's CNIC photo
  ``content.media|personal.national_id``; the landlord's own address ``contact.address``;
- urs: religion, Sufi order, vow and offering kinds, the langar fund, the women's enclosure
  seat, push tags ``personal.sensitive``; the pilgrim number ``id.user``; Marvi's wristband code
  ``id.user`` (the child's), her age ``personal.birthdate``, her asthma ``health.medical``;
- heat: symptoms, temperature, illnesses, medicines, pregnancy ``health.medical``; pulse and
  glasses of water ``health.fitness``; the camp's Wi-Fi she joined ``location.wifi``; the
  mother-in-law's house point (where she stays) ``location.precise``;
- ajrak: the sign-in provider's subject ``id.user``; the dye allergy ``health.medical``; the
  design's border naming the couple ``contact.name``;
- filter: the subscription account ``id.user``; the home SSID/BSSID ``location.wifi``; the
  address-book names and hashed numbers ``content.contacts``; the reason (her husband's kidney
  stones) ``content.text|health.medical``;
- union council: religion and conversion date ``personal.sensitive``; the nikah nama PDF
  ``content.media|personal.sensitive``; the registration number ``id.user``; Marvi's birth
  weight ``health.fitness``, place of birth ``location.coarse``; the US birth certificate PDF
  ``content.media|personal.birthdate``;
- SDKs: Ranikotrack's ``country`` ``location.coarse`` and ``roaming`` ``device.info``; OpenRTB
  geo country, region (``SD``) and city ``location.coarse``; positions at 2 decimals
  ``location.coarse``, at 3 or more ``location.precise``.

Looked at beyond TAXONOMY.md and DESIGN.md's output/path section (stated honestly): this set's
template ``eval_families151.py`` and all its modules (docstrings and code), the head of
``eval_payloads.py`` (the profile, ``L``/``W``/``U``/``J``, ``case``), the signatures and
constants of the helpers imported (``eval_families6_kit`` ``raw``/``multipart``/``pb``,
``eval_families7_kit`` ``enc``, ``eval_families10_kit`` ``token``/``add``/``flat``,
``eval_families16_kit`` ``landmarks``, the names exported by ``eval_families17_kit``,
``eval_families18_kit`` ``sjwt``, ``eval_families20_kit`` ``App``/``ev``/``opaque``,
``eval_families21_kit`` ``at_path``, ``eval_families22_kit`` ``lines``, ``eval_families24_kit``
``head``/``claims``/``rid``/``sdk_id``, ``eval_families21.listed_once`` and its
``LISTED_ONCE``), the docstrings of sets 75, 79, 96, 110, 112, 126, 138, 155, 172 and 174, the
first lines of a few modules (46 tenant, 58 tenant, 105 pannu, 143 henna, 161 shinbyu, 166 moni,
32 kids/reader) and how sets 160, 162 and 172 place face templates; file-name and docstring greps
of ``scripts/`` for the app kinds and the new names. No classifier, rule, test or decoder was
read or run.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families177_ajrak
import eval_families177_bhit
import eval_families177_filter
import eval_families177_imei
import eval_families177_kiraedar
import eval_families177_lu
import eval_families177_nikah
from eval_families17_kit import report
from eval_families21 import listed_once
from eval_payloads import Case

# Checked against the decoders by ``main`` (its path check) until it exited 0; no gap is stated.
DECODER_GAPS: set[tuple[str, str]] = set()


def build(elements: bool = False) -> list[Case]:
    """The set; ``elements``: scalar lists labelled per element (as set 21's first writing)."""
    cases = raw_build()
    return cases if elements else listed_once(cases)


def raw_build() -> list[Case]:
    return [*eval_families177_imei.sunjaanap(), *eval_families177_imei.sunjaanap_sdks(),
            *eval_families177_kiraedar.kiraedar(), *eval_families177_kiraedar.kiraedar_sdks(),
            *eval_families177_bhit.melabhitai(), *eval_families177_bhit.melabhitai_sdks(),
            *eval_families177_lu.lukhabar(), *eval_families177_lu.lukhabar_sdks(),
            *eval_families177_ajrak.ajrakchhaap(), *eval_families177_ajrak.ajrakchhaap_sdks(),
            *eval_families177_filter.saafpaani(), *eval_families177_filter.saafpaani_sdks(),
            *eval_families177_nikah.yuniankaunsil(),
            *eval_families177_nikah.yuniankaunsil_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
