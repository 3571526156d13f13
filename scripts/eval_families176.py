"""Hundred-and-seventy-sixth, BLIND labelled set for the classifier evaluation ("blind173"):
written without reading the classifier code, its rules, the tests or the README, and never run
through a classifier by its author; ``main``'s check (the project's decoder path check) was run
by the author on the emerald module alone and then on the whole set (both exited 0, no missing
path), and again after the docstring was finished. It is to be scored once, by the lead, on the final rules (the lead
registers it in ``eval_classifiers.py``; this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like set
151 (its template) this set measures ORDINARY traffic: mainstream app-backend and SDK shapes in
roughly the proportions real captures have (160 first-party calls and 77 SDK calls, 237
exchanges, 1,740 labels after ``listed_once`` as ``main`` prints them), mostly ordinary
placements of the profile's values (``eval_payloads.profile()``, the one every set uses), with
everyday look-alikes. She has lived two years in Peshawar (Khyber Pakhtunkhwa, Pakistan) with
her Pashtun husband Shahzeb Khan Yousafzai, in Hayatabad, her US SIM roaming (a local prepaid
number, 0334 9087155, only for her mobile wallet); their son Aimal Khan (3) is under five, so the
polio teams come to the door; her mother-in-law Gul Bibi and her brother-in-law Fazal Rabi
Yousafzai (who keeps the family's hujra) live in Charbagh, Swat; her sister Claire is in the US.
She holds a Pakistan Origin Card (a foreign spouse's NADRA card) and a US passport, and pays by
mobile wallet, card and PK IBAN. Seven app kinds (fictional names, hosts under example.* per RFC
2606, no real company named as sender), each with its own API whose keys are Pashto written in
Latin letters the way a Peshawar developer would (Yusufzai pronunciation, ``kh`` for the
retroflex sh: ``khar`` city, ``khaza`` woman; English where real apps have it: ``token``,
``otp``, ``cnic``, ``iban``, ``rating``, ``lat``/``lng``), and the SDKs it embeds:
- ``eval_families176_zamarod.py`` "Zamarod Bazaar": buying Swat emeralds from the Mingora gem
  market, a mine visit and a ring commission (no earlier gem or emerald app);
- ``_hijama.py`` "Shifa Hijama": a Unani clinic's wet cupping for her migraines (her health; no
  earlier hijama, cupping or Unani app);
- ``_hujra.py`` "Hujra": the family's village hujra in Swat: guests, condolences, the women's
  Quran reading, food rota, contributions and a jirga over a field's boundary (new);
- ``_coach.py`` "Flying Swat": Peshawar - Mingora flying-coach van seats with the checkpoint
  manifest of identity cards and a parcel desk (sets 102, 140 and 147 have bus, furgon and
  trotro apps; this one is about the manifest and the parcel, not city transit);
- ``_polio.py`` "Dwa Tsatski": a polio campaign's parent side: the house's campaign number, the
  son's drops, finger mark, revisit, catch-up doses and growth (the child's data; many sets hold
  vaccination cards, none a house-to-house campaign tally);
- ``_landay.py`` "Tappay": Pashto landays and a literary society's mushairas under her pen name
  (no earlier poetry app);
- ``_truckart.py`` "Gaddirang": commissioning a truck-art repaint of the family's Bedford from a
  Peshawar workshop (trucking apps exist; no art commission).
The SDKs are ten new vendors, built once and called by every app with its own events:
``_sdk.py`` (analytics "Shmeerkhan", MMP "Paltanah", OpenRTB 2.5 ads "Bolibazaar", crash
reporting "Matedar") and ``_svc.py`` (flags "Bairaqflag", push "Zangool", consent "Rezagul",
payments "Paisakhel", maps "Larkhaya", support chat "Madadyar"); their code is set 151's SDK
code with the vendors, hosts, zone (Asia/Karachi), country (PK, PAK, region KP, Peshawar) and
currency (PKR) changed (a grep of ``scripts/`` found none of the ten names; "Naqshagar" and
"Komak" were rejected because sets 75 and 71 use them). ``eval_families176_kit.py`` holds her
places, people, identity numbers and the apps' businesses (its docstring lists them).

Key words (each module's docstring lists its own): ``noom`` name, ``plar_noom`` / ``mor_noom``
father's / mother's name, ``da_mera_noom`` husband's name, ``brekhnalik`` e-mail, ``mobile`` /
``mobile_shmera`` mobile number (``shmera`` number), ``patnoom`` password (lit. "secret name"),
``kod`` code, ``zegedo_neta`` birth date (``neta`` date), ``umar`` age, ``jins`` sex (``khaza``
woman, ``halak`` boy), ``pata`` address, ``kor_pata`` home address, ``khar`` city, ``kalay``
village, ``zila`` district, ``uc`` union council, ``qaum`` tribe, ``khel`` clan,
``pezhandpana`` identity card, ``b_form`` a child's registration, ``karan`` user, ``kor``
house/household, ``mashoom`` child, ``melma`` guest, ``latun`` search, ``paigham`` message,
``matan`` text, ``tabsira`` remark, ``shikayat`` complaint, ``andzor`` photo, ``ghag`` voice,
``paise`` amount, ``tol_paise`` total, ``baya`` price, ``adaygi`` payment, ``farmaish`` order,
``tikat`` ticket, ``qist`` instalment, ``peshgi`` advance, ``chanda`` contribution/dues,
``wallet_shmera`` wallet number, ``dzay`` place, ``nizhde`` near, ``rasedal`` arrival/check-in,
``safar`` trip, ``musafirin`` passengers, ``zanana`` women's, ``manzil`` destination, ``adda``
van stand, ``parsal`` parcel, ``lezhunkay`` / ``akhistunkay`` sender / receiver, ``naroghi``
illness, ``sar_dard`` headache, ``dawa`` medicine, ``hamal`` pregnancy, ``da_wine_group`` blood
group, ``wazan`` weight, ``qad`` height, ``nakhe`` symptoms, ``nuskha`` prescription,
``marez_shmera`` patient file number, ``tsatski`` drops, ``wacsin`` vaccine, ``guta_nakha``
finger mark, ``fateha`` condolence prayer, ``marhoom`` the deceased, ``dua`` prayer, ``paray``
Quran parts, ``jirga`` council, ``shkhara`` dispute, ``dzmaka`` land, ``bayan`` statement,
``gawahan`` witnesses, ``takhallus`` pen name, ``tappa`` landay, ``mushaira`` poetry evening,
``ghari`` member, ``dabara`` stone, ``qirat`` carat, ``sanad`` certificate, ``kaan`` mine,
``gotmai`` ring, ``naqqash`` painter, ``gaddi`` vehicle, ``dizain`` design, ``shaeri`` verse,
``nomlikana`` sign-up, ``nanawatal`` log-in, ``watal`` log-out, ``zama`` my/me, ``aala``
device, ``zhaba`` language, ``pekhe`` events.

What is in it: sign-ups and log-ins (JSON and form passwords, OAuth password grants, SMS codes),
``/zama`` GETs with JWT bearers (claims such as ``brekhnalik``, ``pezhandpana``, ``kor``,
``mashooman``, ``takhallus``, ``marez``); emeralds: searches, a deal, the order and escrow by
wallet, a lab certificate PDF, the mine visit with both cards, her fix at the mine, the market
near her flat (3 decimals), a ring (msgpack, ring size), a protobuf auction bid, receipts by
cookie, the order in the path; clinic: the intake (gzip), a search for women practitioners, the
booking and wallet payment, check-in (5 decimals), the cupping chart, a photo of the marks, a
protobuf headache diary, an herbal order (msgpack), a video token, sharing with her husband, bills
by file number in the path, the Sunnah-day preference, a lab report PDF; hujra: tribe and clan at
sign-up, guests, a condolence prayer, the Quran reading with her fix at the family house, the
food rota, a contribution, the jirga petition with the field's corners, the land record photo,
witnesses, the jirga files by household number in the path, a wedding RSVP with the son, a
protobuf "on my way" beat; coach: route search, the booking with three identity numbers, the
checkpoint manifest (her passport too), the stand check-in, a protobuf live beat, the stop near
her (4 decimals), a parcel to her mother-in-law, the ticket in the path, cached tickets
(msgpack); polio: the child's registration (B-form, father's CNIC, weight, height), his card by
child number in the path, the drops at the door with her fix (5 decimals), the EPI card photo, a
catch-up, a fever report, a revisit, a protobuf beat at the house, growth (gzip); poetry: landays,
her recitation (audio), the mushaira and check-in, dues, an anthology (msgpack), a protobuf
reading session, her landays by user ID in the path, a contest entry, a tip; truck art: painters
near her, the commission, her sketch and the truck's photo, the advance and instalments (IBAN),
the workshop visit, a protobuf acknowledgement, the commission in the path, extras (msgpack), the
hand-over. SDKs: analytics batches (gzip; positions at 2 or 3 decimals), traits (base64 JSON in a
form field), offline queues (JSON Lines), base64url beacons; MMP installs, events (hashed e-mail
and phone) and deep links (a URL in a JSON field with the ticket and her phone); OpenRTB bids
(GPS at 2 or 3 decimals or IP geo, one with year of birth and gender) and notices; crash envelopes
and sessions; flag evaluations (JSON; base64 JSON header); push subscribers; consent records
(a signed receipt cookie) and checks (base64 JSON cookie); card tokens, confirmations and
mobile-wallet payments; geocoding, reverse geocoding (``lat,lon`` in the path), routes and
telemetry; support messages (a JWT in a JSON field) and uploads.

Negatives are implicit: request, slot, appointment, trip, team, lot, stone, jirga, tappa and
object IDs, idempotency keys, nonces, timestamps, versions, public SDK keys, OpenRTB IDs and
prices; the gem market's ID, name, phone and point, the mine's ID and gate, a car's plate and the
truck's plate (no taxonomy type fits), carats and lab IDs, catalogue prices (stones, herbal
remedies, books, truck chains and bells); the clinic's ID, point and practitioner ID; the hujra's
ID and point, a field's land-record (khasra) number, dishes; the van stands', checkpoint's IDs
and points, seat numbers, parcel weight; the campaign team, EPI centre and health worker IDs; the
academy's ID and point, other poets' IDs, themes; the workshop's ID and point, colours, stages.

Conventions kept from set 151 (as it states them from sets 20-37 and 132): model, make, OS,
locale, language, Accept-Language, time zone, rooted flags, network type, battery, free memory,
LAN addresses and User-Agents ``device.info``; event and screen names ``behavior.usage``; SDK and
install IDs, push tokens ``id.device``; passwords, SMS codes, bearer, refresh, session,
video-room and client-secret tokens ``secret.credential``, JWT claims at
``<where>.claims.<claim>``; scalar lists labelled per element and collapsed by
``eval_families21.listed_once``; MCC/MNC and carrier ``location.carrier``; city, district,
village, union council, region, post code and country ``location.coarse``; street lines
``contact.address``; amounts, totals, fees, fares, tickets, orders and commissions
``financial.purchase``; card data, last four digits, payment-method IDs and IBANs
``financial.payment``; another person's full name, phone and e-mail typed by the user
``contact.*``; a value in the URL path ``url`` ``path[i]``; text that states a health fact, a
sensitive trait or quotes a labelled value carries that category too; positions at 2 decimals
``location.coarse``, at 3 or more ``location.precise``.

Calls made in this set (a reader may disagree; stated so a score can be read):
- her mobile-wallet number (``wallet_shmera``, Paisakhel's ``msisdn``) is
  ``contact.phone|financial.payment`` (a phone number that is the payment account); the same
  number typed in a chat is ``content.text|contact.phone``;
- identity numbers: her POC card, her US passport, her husband's CNIC and their son's B-form
  ``personal.national_id`` (NADRA has no public check digit; the gender digit is right);
- a first name alone in free text (Shahzeb, Aimal, "mor") is not ``contact.name``; a full name
  (Aimal Khan, Amjad Ali Babuzai, Shahzeb Khan Yousafzai) is; the deceased's full name too;
- emeralds: the ring size ``health.fitness`` (a body measurement); the engraving is text only; the
  lab certificate PDF ``content.media``; her fix at the mine precise, the mine's gate a negative;
- clinic: the patient file number ``health.medical`` (body, JWT ``marez``, query, URL path,
  protobuf; as set 151's chart number); cupping points, cups, blood drawn, treatment kind,
  medicines, blood group and pressure ``health.medical``; weight, height and sleep hours
  ``health.fitness``; the Sunnah-day and fasting preferences ``personal.sensitive`` (religion);
  the marks photo and the lab report ``content.media|health.medical``;
- hujra: tribe (``qaum``) and clan (``khel``) ``personal.sensitive`` (ethnic origin); the
  condolence prayer ``content.text|personal.sensitive``; the number of Quran parts read
  ``personal.sensitive``; the household number ``id.user``; the field's corners
  ``location.precise`` (the family's land, as set 151's vineyard), the khasra number a negative;
  the land-record photo ``content.media``;
- coach: the route's cities ``location.coarse``; the son's age ``personal.birthdate``;
- polio: Aimal is a data subject: his child number ``id.user`` (body, query, JWT, URL path), name,
  birth date, sex, B-form, weight, height and head circumference (``health.fitness``), vaccines,
  finger mark, symptoms and nutrition status ``health.medical``; the campaign house number
  ``id.user``; the EPI card photo ``content.media|health.medical``;
- poetry: the pen name and the society membership number ``id.user``; landays and comments
  ``content.text``; her recitation ``content.media`` (a recording, not a voiceprint);
- truck art: the sketch and the truck photo ``content.media``; the verse ``content.text``;
- SDKs: Paltanah's ``country`` ``location.coarse`` and ``roaming`` ``device.info``; OpenRTB geo
  country, region (``KP``) and city ``location.coarse``.

Looked at (stated honestly): the brief, TAXONOMY.md, DESIGN.md (its first 300 lines: the whole
page, for the path notation), ``eval_payloads.py``, set 151's top module and all ten of its
modules (copied in structure; its ``_sdk.py``/``_svc.py`` copied with a ``sed`` rename), the
function signatures, constants and ``__all__`` of ``eval_families6/17/18/19/20/21/22/24_kit``,
the bodies of ``head``, ``claims``, ``rid``, ``sdk_id``, ``at_path``, ``lines``, ``raw``,
``multipart``'s head, ``sjwt``, ``eval_families10_kit``'s ``token`` and ``add``,
``eval_families8_kit``'s ``report`` and ``check_ci`` heads and ``listed_once``
(``eval_families21.py``'s function only); the first 25-30 lines of ``eval_families75.py`` and
``eval_families174.py`` (to avoid their app kinds); file-name and docstring greps of
``scripts/`` for the app kinds and vendor names. No classifier, rule, test or decoder was read or
run; no git command was run; ``ruff check --select F`` ran on these files.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families176_coach
import eval_families176_hijama
import eval_families176_hujra
import eval_families176_landay
import eval_families176_polio
import eval_families176_truckart
import eval_families176_zamarod
from eval_families17_kit import report
from eval_families21 import listed_once
from eval_payloads import Case

# Every labelled path was produced by the decoders when ``main`` last ran; no gap is stated.
DECODER_GAPS: set[tuple[str, str]] = set()


def build(elements: bool = False) -> list[Case]:
    """The set; ``elements``: scalar lists labelled per element (as set 21's first writing)."""
    cases = raw_build()
    return cases if elements else listed_once(cases)


def raw_build() -> list[Case]:
    return [*eval_families176_zamarod.zamarod(), *eval_families176_zamarod.zamarod_sdks(),
            *eval_families176_hijama.shifa(), *eval_families176_hijama.shifa_sdks(),
            *eval_families176_hujra.hujra(), *eval_families176_hujra.hujra_sdks(),
            *eval_families176_coach.flyingswat(), *eval_families176_coach.flyingswat_sdks(),
            *eval_families176_polio.dwatsatski(), *eval_families176_polio.dwatsatski_sdks(),
            *eval_families176_landay.tappay(), *eval_families176_landay.tappay_sdks(),
            *eval_families176_truckart.gaddirang(), *eval_families176_truckart.gaddirang_sdks()]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
