"""Hundred-and-sixty-ninth, BLIND labelled set for the classifier evaluation ("blind166"):
written without reading the classifier code, its rules, the decoders, the tests or the README,
and never run through a classifier by its author; ``main`` (the project's decoder path check)
was run while writing (first on the first app alone, then on the growing set) and exited 0 at the
end with no gap. It is to be scored once, by the lead, on the final rules (the lead registers it
in ``eval_classifiers.py``; this author did not).

Labels are what a careful privacy auditor would mark (TAXONOMY.md ids, DESIGN.md paths). Like sets
20-37 and 151 this set measures ORDINARY traffic: mainstream app-backend and SDK shapes in roughly
the proportions real captures have (155 first-party calls and 75 SDK calls, 230 exchanges, 1,720
labels after ``listed_once`` as ``main`` prints them), mostly ordinary placements of the
profile's values (``eval_payloads.profile()``, the one every set uses), with everyday
look-alikes. She has lived two years in Ashgabat (Turkmenistan) teaching English, married to
Serdar Atayev, her US SIM roaming on a Turkmen network; their son Dowlet (8) has asthma; Serdar's
mother Ogulbossan Atayeva lives in the family house in Mary, where the household rears silkworms;
his father Annamyrat Atayev died in January. Seven app kinds (fictional names, hosts under
example.* per RFC 2606, no real company named as sender), each with its own API whose keys are
Turkmen in Latin letters the way a local developer writes them (the letters a n o s u y z for
ä ň ö ş ü ý ž, ``c`` for ç; some English kept: ``id``, ``token``, ``push_token``,
``refresh_token``, OAuth fields), in snake_case or camelCase:
- ``eval_families169_gyrat.py`` "Gyrat", an Akhal-Teke stud book (their mare, her foal);
- ``_pile.py`` "Pilechi", silkworm rearing and cocoon sales for the Mary household;
- ``_duz.py`` "Duzgowak", a salt-cave speleotherapy clinic (the son's asthma: a child's health);
- ``_merw.py`` "Gazuwchy", the volunteer registry of an archaeological dig at ancient Merv;
- ``_alabay.py`` "Alabay Tohum", an Alabai dog breed club (shows, a litter, a puppy's transfer);
- ``_yatlama.py`` "Yatlama", the father-in-law's fortieth-day memorial feast (religion);
- ``_yasayys.py`` "Yasayys", a relocation agency filing her residence registration (passport,
  MRZ, visa, HIV certificate, marriage and birth certificates).
Key words (each module's docstring lists its own): ``ady`` name, ``familiyasy`` surname,
``e_pocta``/``ePocta`` e-mail, ``telefon`` phone, ``acarsoz`` password, ``kod`` code,
``doglan_senesi``/``doglanSenesi`` birth date, ``doglan_yyly`` birth year, ``doglanYeri``
birthplace, ``jynsy`` sex (``ayal`` woman, ``erkek`` male, ``oglan`` boy, ``urkacy`` female
animal), ``pasport``, ``rugsatnama`` residence permit, ``wiza`` visa, ``seHadatnama`` birth
certificate, ``nikaSahadatnamasy`` marriage certificate, ``rayatlygy`` citizenship, ``salgy``
address, ``sahar`` city, ``etrap`` district, ``welayat`` province, ``indeks`` post code, ``yer``
place, ``ginlik``/``uzaklyk`` latitude/longitude, ``takyklyk`` accuracy, ``adamsy`` her husband,
``gayynene`` mother-in-law, ``caga`` child, ``ogly`` son, ``garyndas`` relative, ``agza`` member,
``eyesi``/``eyesi_belgisi`` owner/owner number, ``ondurici`` grower, ``meyletinci`` volunteer,
``isBelgisi`` case number, ``hassaBelgisi`` patient number, ``mukdar`` amount, ``baha``/``bahasy``
price, ``toleg`` payment, ``hasap`` account (also bill), ``sargyt`` order, ``bron`` booking,
``kart_sonky_4`` last four, ``pul_birligi`` currency, ``surat`` photo, ``yazgy`` text, ``habar``
message, ``kime`` to whom, ``gozleg`` search, ``saglyk`` health, ``kesel`` illness,
``allergiya`` allergy, ``dermanlar`` medicines, ``netije`` result, ``barlag`` examination,
``kepilnama`` certificate, ``gol`` signature, ``razylyk`` consent, ``agram`` weight, ``boy``
height, ``yurek_urgusy`` heart rate, ``enjam`` device, ``dil`` language, ``wagt_zolagy`` time
zone, ``modeli`` model, ``ulanyjy`` user, ``wakalar`` events, ``ekran`` screen, ``sessiya``
session; kind words: ``baytal`` mare, ``aygyr`` stallion, ``tay`` foal, ``cip`` microchip,
``tohum`` eggs, ``pile`` cocoon, ``ammar`` shed, ``iymit`` feed, ``cukur`` trench, ``gatlak``
layer, ``tapyndy`` find, ``it`` dog, ``gujuk`` puppy, ``nesil`` pedigree, ``sergi`` show,
``merhum`` the deceased, ``kyrky`` fortieth day, ``molla`` mullah, ``metjit`` mosque, ``niyet``
intention, ``sadaka`` alms, ``hudayyoly`` sacrifice meal, ``asbaz`` caterer, ``cakylyk``
invitation. Novelty: a docstring grep of ``scripts/eval_families*.py`` found no Akhal-Teke,
stud book, foal, silkworm, cocoon, speleotherapy, salt cave, archaeology, excavation, Alabai,
breed club, dog show, relocation agency or fortieth-day feast. Close earlier kinds, made
different: set 137 (Almaty) has a radon sanatorium and allergy immunotherapy (hers), here a
child's salt-cave course for asthma; kok-boru, Naadam racing and pony treks exist, here a stud
book (registration, DNA, chip, livery); vets and a foster-dog app exist, here a breed club;
funeral contributions and set 137's Kurban shares exist, here a fortieth-day feast's organiser;
a US immigration-case app exists, here a foreigner's registration in Turkmenistan by an agent.
The SDKs are ten new vendors, built once and called by every app with its own events:
``_sdk.py`` (analytics "Sanawly", MMP "Yzarlak", OpenRTB 2.5 ads "Tekebid", crash reporting
"Crashkopet") and ``_svc.py`` (flags "Flagdutar", push "Pingtelpek", consent "Consentrazy",
payments "Coinmanat", maps "Mapkarakum", support chat "Helpchorek"); their code is set 151's SDK
shapes with the vendors, hosts, zone (Asia/Ashgabat), country (TM/TKM; OpenRTB region ``S``
Ashgabat city or ``M`` Mary), currency (TMT) and account changed (a grep found none of the ten
names). ``eval_families169_kit.py`` holds her places, people and the apps' businesses.

What is in it: sign-ups and log-ins (JSON and form passwords, an OAuth password grant, SMS codes),
``/men`` GETs with JWT bearers (claims: owner, grower, patients, volunteer, member, case);
stud book: horses, the foal, a DNA test paid (base64 JSON in a form field), a protobuf chip scan
with her fix, livery by owner number in the path, its payment (msgpack), co-ownership with the
husband's passport, insurance, a riding lesson with her weight and height; silk: egg boxes, the
shed with her fix, a feeding log (msgpack), a protobuf sensor beat (4 decimals), a disease report
with photos, deliveries by grower number in the path, the payout account, a subsidy application
(gzip), a lorry from the house, an offline sync (JSON Lines), the household; clinic: the child's
registration (birth certificate, diagnosis, allergies, inhalers), a referral PDF, a questionnaire
(gzip), a course and its payment, check-in (5 decimals), a protobuf peak-flow diary, a symptom
diary (msgpack), a sick note, her passport as accompanying adult, the invoice by patient number
in the path, a signed research refusal; dig: the application (two ID numbers, an allergy, blood
group), a passport scan, the trench sign-in, a find with photo, a protobuf beat, a heat check
(msgpack), a find queue (JSON Lines), lodging and fee, diary, an incident, a certificate by
volunteer number in the path; club: the membership, the dog, his vaccinations, a show entry and
payment, the ring check-in, a litter (msgpack), a listing, a buyer's transfer with his passport,
a protobuf catalogue scan, a mating contract, a forum post, account closure; memorial: the
departed, the house and its point, the recitation and alms, the caterer's order, rams, address
book import, SMS invitations (a JSON string), arrival fix, a protobuf guest counter, a photo and
eulogy, relatives' contributions (msgpack), a bus; agency: passport data, the MRZ (ICAO 9303
check digits computed), scans, the visa, the HIV certificate and examinations, address
registration with the landlord and lease, the family file, the fee, the case by number in the
path, a slot, check-in, a protobuf status poll, an exit-entry notice, a courier. SDKs: analytics
batches (gzip; positions at 2 or 3 decimals), traits (base64 JSON in a form field), offline
queues (JSON Lines), base64url beacons; MMP installs, events (hashed e-mail and phone) and a deep
link (a URL in a JSON field with her volunteer number and e-mail); OpenRTB bids (GPS at 2 or 3
decimals, or IP geo with city and region) and notices; crash envelopes and sessions; flag
evaluations (JSON; base64 JSON header); push subscribers; consent records (a signed receipt
cookie) and checks (base64 JSON cookie); card tokens, confirmations and a mobile-wallet payout;
geocoding, reverse geocoding (``lat,lon`` in the path), routes and telemetry; support messages
and uploads.

Negatives are implicit: request, session, slot, note, contract, sensor and event IDs, nonces,
timestamps, versions, public SDK keys, OpenRTB IDs and prices; the horses (names, stud-book
numbers, microchips, colours, sexes, the foal's birth date, the mare's lameness: an animal's
data), the stable's ID, name and point; the silkworms (instar, feed, temperature, humidity,
their disease), cocoon prices, the buying point; the clinic's ID and point, its gallery; the
site, the trench, its grid metres and finds' numbers; the dog's name, chip, pedigree and
vaccinations, the puppies' chips and sexes, the listing's asking price, the show ground's point;
the remembrance event ID, the date of death, the caterer's ID and point, the mosque's ID, the
mullah's ID, dishes and guest counts; the agency's ID and point, the passport's expiry, her
employer and post (no taxonomy type), citizenship ``ABS`` and the trip's destination (no
taxonomy type: not her location), the OCR confidence.

Conventions kept from sets 20-37 (as sets 132 and 151 state them): model, make, OS, locale,
language, Accept-Language, time zone, rooted flags, network type, battery, free memory, LAN
addresses and User-Agents ``device.info``; event and screen names ``behavior.usage``; SDK and
install IDs, push tokens ``id.device``; passwords, SMS codes, bearer, refresh, session and
video-room tokens ``secret.credential``, JWT claims at ``<where>.claims.<claim>``; scalar lists
labelled per element and collapsed by ``eval_families21.listed_once``; MCC/MNC and carrier
``location.carrier``; city, district, province, post code and country ``location.coarse``;
street lines ``contact.address``; amounts, totals, fees, invoices, bookings, orders and her sales
``financial.purchase``; card data, last four digits, payment-method IDs and bank accounts
``financial.payment``; another person's full name, phone, e-mail and passport typed by the user
``contact.*`` / ``personal.national_id``; a value in the URL path ``url`` ``path[i]``; text that
states a health fact, a sensitive trait or quotes a labelled value carries that category too.

Calls made in this set (a reader may disagree; stated so a score can be read):
- a first name alone in free text (Serdar, Ogulbossan, Annamyrat, Bahadyr) is not
  ``contact.name`` except where the text is about the child (Dowlet) or gives a surname; the
  child's full name always is; a relative's doctor appointment in a text ``health.medical``;
- stud book: the owner number ``id.user``; her riding weight and height ``health.fitness``;
  the horse's health and data negatives; the husband's passport ``personal.national_id``;
- silk: the grower number ``id.user`` (in her name); the shed's point ``location.precise`` (the
  family's land, as set 151's vineyard); cocoon payments and the subsidy asked
  ``financial.purchase``; the mother-in-law's birth year ``personal.birthdate``;
- clinic: the patient number (body, JWT ``hassalar``, query, URL path, protobuf) and the
  peak-flow values, attacks, diagnosis, allergies and medicines ``health.medical``; the
  referral and spirometry PDFs ``content.media|health.medical``; the consent signature image
  ``content.media``; the son's birth certificate ``personal.national_id``;
- dig: the volunteer number ``id.user``; heart rate and water drunk ``health.fitness``, a
  headache, a bee-sting allergy, blood group and a cut ``health.medical``; the passport scan
  ``content.media|personal.national_id``; photos of finds and drawings ``content.media``;
- club: the member number ``id.user``; the puppy's agreed price on the transfer (her sale)
  ``financial.purchase``, the listing's asking price a negative; the buyer's name, phone and
  passport ``contact.*``/``personal.national_id``;
- memorial: the kind of remembrance (``kyrky``), the recitation, alms intention, ``halal``,
  ``hudayyoly``, a religion trait sent to analytics and religious phrases in texts
  ``personal.sensitive``; the departed's name ``contact.name``; address-book entries
  ``content.contacts``; the house in Mary (address ``contact.address``, point
  ``location.precise``: the family's home);
- agency: the case number ``id.user``; the passport, residence permit, visa, marriage and birth
  certificates ``personal.national_id``; MRZ line 1 ``contact.name``, line 2
  ``personal.national_id|personal.birthdate|personal.gender``; the birthplace
  ``location.coarse``; the HIV test, its result and the examinations ``health.medical``; the
  lease PDF ``content.media``; a portrait photo ``content.media`` (an image, not a faceprint);
- SDKs: Yzarlak's ``country`` ``location.coarse`` and ``roaming`` ``device.info``; OpenRTB geo
  country, region and city ``location.coarse``; positions at 2 decimals ``location.coarse``, at
  3 or more ``location.precise``.

Looked at (stated honestly): TAXONOMY.md and DESIGN.md in full; ``eval_payloads.py``;
``eval_families151.py`` and all its modules (the template; ``_sdk.py``/``_svc.py`` were copied
with renames); of the helper kits only the definitions called (``raw``, ``multipart``, ``pb``,
``add``, ``enc``, ``check_ci``, ``report``, ``App``, ``ev``, ``opaque``, ``at_path``,
``sdk_uid``, ``lines``, ``sdk_uuid``, ``head``, ``claims``, ``rid``, ``sdk_id``, ``sjwt``, the
constants and ``__all__`` of ``eval_families17_kit``) and ``eval_families21.listed_once``; a grep
of the kits' ``def``/constant lines; module docstrings of ``scripts/eval_families*.py`` extracted
with ``ast`` (into a scratch file in /tmp, since deleted) and grepped for the app kinds and the
new names. No classifier, rule, decoder, test or README was read; nothing was run through a
classifier. Ran: this module's ``main`` (and, once early, ``report`` on the first app alone
from a scratch harness in /tmp, since deleted) and ``ruff check --select F`` (which removed four
unused imports).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import eval_families169_alabay
import eval_families169_duz
import eval_families169_gyrat
import eval_families169_merw
import eval_families169_pile
import eval_families169_yasayys
import eval_families169_yatlama
from eval_families17_kit import report
from eval_families21 import listed_once
from eval_payloads import Case

# Every labelled path is produced by the decoders (``main`` exits 0); no gap is stated.
DECODER_GAPS: set[tuple[str, str]] = set()


def build(elements: bool = False) -> list[Case]:
    """The set; ``elements``: scalar lists labelled per element (as set 21's first writing)."""
    cases = raw_build()
    return cases if elements else listed_once(cases)


def raw_build() -> list[Case]:
    return [
        *eval_families169_gyrat.gyrat(),
        *eval_families169_gyrat.gyrat_sdks(),
        *eval_families169_pile.pilechi(),
        *eval_families169_pile.pilechi_sdks(),
        *eval_families169_duz.duzgowak(),
        *eval_families169_duz.duzgowak_sdks(),
        *eval_families169_merw.gazuwchy(),
        *eval_families169_merw.gazuwchy_sdks(),
        *eval_families169_alabay.alabay(),
        *eval_families169_alabay.alabay_sdks(),
        *eval_families169_yatlama.yatlama(),
        *eval_families169_yatlama.yatlama_sdks(),
        *eval_families169_yasayys.yasayys(),
        *eval_families169_yasayys.yasayys_sdks(),
    ]


def main() -> None:
    report(build(), DECODER_GAPS)


if __name__ == "__main__":
    main()
