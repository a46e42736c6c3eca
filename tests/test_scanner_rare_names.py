"""Rare and international first names that no name list is likely to hold, in natural business positions
(written by hand for this test, not by Faker), and clean look-alikes beside them that must stay clean."""

from __future__ import annotations

import pytest

from course.scanner import firstnames, scan
from course.scanner.core import forget
from course.scanner.firstnames import is_first_name


def _clear_name_caches() -> None:
    for cached in (firstnames._name_table, firstnames.first_names, firstnames.folded_first_names):
        cached.cache_clear()
    firstnames._everyday_first_names.cache_clear()
    forget()


@pytest.fixture(autouse=True, scope="module")
def _gender_guessers_list_only():  # type: ignore[no-untyped-def]
    """These tests show what positions find: the first-name list is gender-guesser's alone here, without the
    U.S. birth-record names of given_names.txt, which know many of this file's names (test_scanner_name_words), and
    with only the market columns deciding which names are common."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(firstnames, "_more_names", lambda: ([], [], frozenset()))
        patch.setattr(firstnames, "HOME_COLUMNS", ())  # nor gender-guesser's home-country columns
        _clear_name_caches()
        yield
    _clear_name_caches()


# (text, the name that must be found). The first names here are unknown to the scanner's list (checked below),
# so each must be found by its position: a sign-off, a greeting line, a role word, a verb after it, an
# identifier beside it, an address below it, a department in brackets, or a personal e-mail address.
GERMAN = [
    ("Viele Grüße\nIlvy", "Ilvy"),
    ("Danke dir und viele Grüße,\nTamino Ketelsen", "Tamino Ketelsen"),
    ("Hallo Smilla,\nanbei die Liste für Freitag.", "Smilla"),
    ("Moin Jonte,\nkannst du die Rechnung freigeben?", "Jonte"),
    ("Kollegin Ngozi Okafor übernimmt ab Montag die Reklamationen.", "Ngozi Okafor"),
    ("Die neue Teamleiterin Thandiwe Mokoena stellt sich am Dienstag vor.", "Thandiwe Mokoena"),
    ("Unsere Praktikantin Kavya Sharma hat die Auswertung fertig.", "Kavya Sharma"),
    ("Yaro Brandes ist ab heute für den Einkauf zuständig.", "Yaro Brandes"),
    ("Chidi Okonkwo hat die Präsentation überarbeitet.", "Chidi Okonkwo"),
    ("Bitte stimmt euch mit Dawit Tesfaye ab, bevor ihr bestellt.", "Dawit Tesfaye"),
    ("Kannst du Tigist Haile sagen, dass der Termin steht?", "Tigist Haile"),
    ("Die Unterlagen gehen an Farhiya Warsame, sie prüft die Verträge.", "Farhiya Warsame"),
    ("Rückfragen bitte an Kwame Mensah (Vertrieb).", "Kwame Mensah"),
    ("Obinna Eze (Buchhaltung) kümmert sich um die Gutschrift.", "Obinna Eze"),
    ("Thabo Nkosi, Tel. 0171 2345678, ist heute im Homeoffice.", "Thabo Nkosi"),
    ("Die Durchwahl von Sipho Dlamini lautet 030 2345678.", "Sipho Dlamini"),
    ("Überweisung bitte an Zanele Khumalo, IBAN DE89 3704 0044 0532 0130 00.", "Zanele Khumalo"),
    ("Lieferadresse:\nBongani Zulu\nHauptstraße 12\n10115 Berlin", "Bongani Zulu"),
    ("Meron Gebre und Ishaan Mehta teilen sich ab Juni das Büro.", "Meron Gebre"),
    ("Meron Gebre und Ishaan Mehta teilen sich ab Juni das Büro.", "Ishaan Mehta"),
    ("Aarav Patel, geb. 3. März 1990, beginnt am 1. April.", "Aarav Patel"),
    ("Bitte schreib Ayodele kurz an: ayodele.adeyemi@firma.de", "Ayodele"),
    ("Im Anhang die Reisekosten von Folake Balogun für die Messe.", "Folake Balogun"),
    ("Sehr geehrte Frau Nomvula Sithole,\nvielen Dank für Ihre Anfrage.", "Nomvula Sithole"),
]
ENGLISH = [
    ("Kind regards,\nChiamaka", "Chiamaka"),
    ("Best wishes,\nLwazi Ndlovu", "Lwazi Ndlovu"),
    ("Hi Kiri,\nthe invoice is attached.", "Kiri"),
    ("Our new colleague Anahera Ngata starts on Monday.", "Anahera Ngata"),
    ("Tamati Walker has approved the purchase order.", "Tamati Walker"),
    ("Rangi Parata will join the call at 3 pm.", "Rangi Parata"),
    ("Please ask Kalani Akana to update the rota.", "Kalani Akana"),
    ("Can you tell Haruto Sato that the room is booked?", "Haruto Sato"),
    ("The report was reviewed by Esi Owusu before it went out.", "Esi Owusu"),
    ("Questions go to Yaw Boateng (Finance).", "Yaw Boateng"),
    ("Xiadani Flores (Legal) signed off the contract.", "Xiadani Flores"),
    ("Please ring Oluwaseun Adeyemi on 07700 900123 about the delivery.", "Oluwaseun Adeyemi"),
    ("Emergency contact: Sipho Dlamini, tel. +44 20 7946 0958", "Sipho Dlamini"),
    ("SSN: 123-45-6789 (Kwame Mensah)", "Kwame Mensah"),
    ("Delivery address:\nNomvula Sithole\n12 High Street\nLeeds LS1 4AP", "Nomvula Sithole"),
    ("Bongani Zulu's corporate card was blocked this morning.", "Bongani Zulu"),
    ("Thabo Nkosi and Dawit Tesfaye will cover the front desk.", "Thabo Nkosi"),
    ("Thabo Nkosi and Dawit Tesfaye will cover the front desk.", "Dawit Tesfaye"),
    ("As discussed, Obinna Eze was signed off sick until Friday.", "Obinna Eze"),
    ("Our contact at the supplier is Ishaan Mehta.", "Ishaan Mehta"),
    ("Dear Farhiya,\nthank you for the quick reply.", "Farhiya"),
    ("Please refund Aarav Patel to account GB29 NWBK 6016 1331 9268 19.", "Aarav Patel"),
]

# A second batch, written after the rules above were in place and measured once before any change for it
# (10 of 22 found then, 18 after that session; the four it missed are found by the third session's rules: a name
# after "frag mal", after a verb and an adverb, and a person as the value of a label that says more first).
SECOND = [
    ("Termin mit Nomvula Sithole am Donnerstag um 10 Uhr bestätigt.", "Nomvula Sithole"),
    ("Frag mal Lwazi, ob er die Zahlen schon hat.", "Lwazi"),
    ("Zanele Khumalo aus dem Einkauf fragt nach dem Angebot.", "Zanele Khumalo"),
    ("Die Schulung leitet diesmal Kwame Asante.", "Kwame Asante"),
    ("Ich habe Tigist Bekele die Unterlagen geschickt.", "Tigist Bekele"),
    ("Vertretung während meines Urlaubs: Anahera Ngata", "Anahera Ngata"),
    ("Gruß\nBongani", "Bongani"),
    ("LG Smilla", "Smilla"),
    ("Danke, Chiamaka!", "Chiamaka"),
    ("Wie mit Obinna Eze besprochen, verschieben wir die Lieferung.", "Obinna Eze"),
    ("Xiadani Ruiz übernimmt ab sofort die Kundenbetreuung.", "Xiadani Ruiz"),
    ("Im Auftrag von Dawit Haile sende ich Ihnen die Rechnung.", "Dawit Haile"),
    ("Thanks, Oluwaseun", "Oluwaseun"),
    ("Spoke to Tamati Ruru this morning about the renewal.", "Tamati Ruru"),
    ("Kalani Kahale is out of office until Monday.", "Kalani Kahale"),
    ("Cheers,\nRangi", "Rangi"),
    ("I've copied in Haruto Tanaka from procurement.", "Haruto Tanaka"),
    ("Meeting with Ishaan Kapoor moved to 2 pm.", "Ishaan Kapoor"),
    ("Folake Adebayo from accounts will send the statement.", "Folake Adebayo"),
    ("On behalf of Esi Mensah, please find the invoice attached.", "Esi Mensah"),
    ("Cover while I'm away: Aarav Shah", "Aarav Shah"),
    ("Thabo Molefe, our new account manager, will call you.", "Thabo Molefe"),
]

# A third batch (fourth session), in other voices: mail headers, minutes, tickets, chat, lists of people. Written
# before that session's rules and measured then: 13 of 34 found; all 34 after them.
THIRD = [
    ("Von: Anahera Ngata <a.ngata@beispiel.de>\nBetreff: Urlaubsplanung", "Anahera Ngata"),
    ("From: Lwazi Dube <lwazi.dube@example.com>\nSubject: rota", "Lwazi Dube"),
    ("An: Tigist Haile\nCc: Buchhaltung\nBetreff: Gutschrift", "Tigist Haile"),
    ("Teilnehmende: Kwame Asante, Nomvula Sithole, Ishaan Mehta", "Nomvula Sithole"),
    ("Teilnehmende: Kwame Asante, Nomvula Sithole, Ishaan Mehta", "Kwame Asante"),
    ("Attendees: Haruto Sato, Kalani Akana, Esi Owusu", "Kalani Akana"),
    ("Zugewiesen an: Dawit Tesfaye", "Dawit Tesfaye"),
    ("Assigned to: Obinna Eze", "Obinna Eze"),
    ("Am Montag, 3. März, schrieb Farhiya Warsame:\n> Die Ware ist da.", "Farhiya Warsame"),
    ("On Tue, 4 March, Chidi Okonkwo wrote:\n> Thanks for the update.", "Chidi Okonkwo"),
    ("@Tamati Walker kannst du das Angebot freigeben?", "Tamati Walker"),
    ("Laut Sipho Dlamini ist die Lieferung unterwegs.", "Sipho Dlamini"),
    ("According to Rangi Parata, the shipment left on Friday.", "Rangi Parata"),
    ("Gez. Thandiwe Mokoena", "Thandiwe Mokoena"),
    ("Bongani Zulu, Aarav Patel und Meron Gebre haben zugesagt.", "Aarav Patel"),
    ("Aarav Patel, Meron Gebre and Haruto Sato have accepted.", "Meron Gebre"),
    ("Verantwortlich: Zanele Khumalo (Einkauf)", "Zanele Khumalo"),
    ("Owner: Yaw Boateng", "Yaw Boateng"),
    ("Protokoll: Kavya Sharma", "Kavya Sharma"),
    ("Viele Grüße aus Hamburg\nJonte", "Jonte"),
    ("Liebe Grüße,\nSmilla Ketelsen\nTeamleitung Einkauf", "Smilla Ketelsen"),
    ("Danke & Gruß\nTamino", "Tamino"),
    ("Best,\nKiri Ngata", "Kiri Ngata"),
    ("Thanks again!\n– Oluwaseun", "Oluwaseun"),
    ("Die Freigabe kommt heute noch von Lwazi Dube.", "Lwazi Dube"),
    ("Die Rechnung hat gestern Ngozi Okafor geprüft.", "Ngozi Okafor"),
    ("Gemeinsam mit Chiamaka Obi planen wir die Messe.", "Chiamaka Obi"),
    ("Please loop in Anahera Smith before Friday.", "Anahera Smith"),
    ("Kavya Sharma (Sales) and Haruto Tanaka (Legal) will attend.", "Haruto Tanaka"),
    ("Vertretung: Ishaan Mehta", "Ishaan Mehta"),
    ("Ansprechpartner vor Ort ist Kwame Asante.", "Kwame Asante"),
    ("Your contact on site is Esi Owusu.", "Esi Owusu"),
    ("Kwame Asante Jr. will join the board.", "Kwame Asante Jr."),
]
# A fourth batch, written after those rules and measured once before any change for it: 24 of 40 found on the
# code before the session, 25 with the first rules (they generalised little), 31 after rules drawn from it (verbs
# before their subject, a department in brackets, "Neu im Team:", ", liebe X!"). The nine still missed are marked:
# a record heading before a name, a genitive name, a lone name with no cue, "from X to Y". Three of them (Dawit,
# Yaro, Tamati) are found since the lexicon of known words (seventh session): a word no dictionary holds, as a
# sentence's subject or after "mit"/"to".
_GAP = pytest.mark.xfail(strict=True, reason="no cue this scanner reads: a heading noun, a genitive, a lone name")
FOURTH = [
    pytest.param("Urlaubsantrag Kwame Asante: 3. bis 7. Juni", "Kwame Asante", marks=_GAP),
    pytest.param("Reisekosten Folake Balogun, Messe Frankfurt, 412,50 EUR", "Folake Balogun", marks=_GAP),
    ("Gesprächsnotiz: Telefonat mit Herrn Brandes wegen der Reklamation.", "Brandes"),
    ("Rückruf bei Lwazi Dube unter 0171 2345678 erbeten.", "Lwazi Dube"),
    ("Glückwunsch an Tigist Haile zum Dienstjubiläum!", "Tigist Haile"),
    ("Im Namen von Nomvula Sithole bedanke ich mich für die Blumen.", "Nomvula Sithole"),
    ("Zeugnis für Chidi Okonkwo bitte bis Ende der Woche fertigstellen.", "Chidi Okonkwo"),
    ("Das Personalgespräch mit Ishaan Mehta ist auf Mittwoch verschoben.", "Ishaan Mehta"),
    ("Die Kündigung von Farhiya Warsame liegt der Personalabteilung vor.", "Farhiya Warsame"),
    pytest.param("Kavya Sharmas Vertrag läuft Ende Juni aus.", "Kavya Sharmas", marks=_GAP),
    ("Ich habe mit Dawit gesprochen, er übernimmt die Tour am Freitag.", "Dawit"),
    ("Tamino Ketelsen (Lager) hat die Inventur abgeschlossen.", "Tamino Ketelsen"),
    ("Neu im Team: Smilla Ketelsen, Einkauf.", "Smilla Ketelsen"),
    ("Wer vertritt Jonte Brandes während der Elternzeit?", "Jonte Brandes"),
    ("Der Dienstwagen von Ilvy Ketelsen muss zum TÜV.", "Ilvy Ketelsen"),
    ("Herzlichen Glückwunsch zum Geburtstag, liebe Ngozi!", "Ngozi"),
    ("Kurze Info an alle: Yaro ist heute krank.", "Yaro"),
    ("Bitte Zugang für Obinna Eze einrichten (Start 1.7.).", "Obinna Eze"),
    ("Ab August verstärkt Meron Gebre das Controlling.", "Meron Gebre"),
    ("Die Präsentation hält Aarav Patel, die Fragen beantwortet Ishaan Mehta.", "Aarav Patel"),
    ("Expense claim for Haruto Sato: taxi, 38.20 GBP.", "Haruto Sato"),
    pytest.param("Annual leave request – Kalani Akana, 3–7 June", "Kalani Akana", marks=_GAP),
    ("Note of a call with Ms Okafor about the complaint.", "Okafor"),
    ("Congratulations to Esi Owusu on ten years with us!", "Esi Owusu"),
    ("Please set up system access for Yaw Boateng before Monday.", "Yaw Boateng"),
    ("Rangi Parata's contract ends in June.", "Rangi Parata"),
    ("I spoke to Tamati, he will cover the Friday route.", "Tamati"),
    ("Who is covering for Anahera Ngata during her leave?", "Anahera Ngata"),
    ("From August, Chiamaka Obi joins the controlling team.", "Chiamaka Obi"),
    ("The reference letter for Oluwaseun Adeyemi is due on Friday.", "Oluwaseun Adeyemi"),
    pytest.param("Quick heads-up: Kiri is off sick today.", "Kiri", marks=_GAP),
    ("Meeting notes\nPresent: Lwazi Dube, Kiri Ngata\nApologies: Haruto Sato", "Haruto Sato"),
    ("Handover from Zanele Khumalo to Bongani Zulu is planned for May.", "Bongani Zulu"),
    pytest.param("Handover from Zanele Khumalo to Bongani Zulu is planned for May.", "Zanele Khumalo", marks=_GAP),
    ("Die Übergabe von Zanele Khumalo an Bongani Zulu ist für Mai geplant.", "Bongani Zulu"),
]
# Names of the fourth batch that the first-name list knows (so not in the unknown-names check above).
FOURTH_KNOWN = [
    ("Jonas Becker und Lena Hoffmann haben die Schulung abgeschlossen.", "Lena Hoffmann"),
    ("Leon Wagner übernimmt ab Juli das Projekt.", "Leon Wagner"),
    ("Mit freundlichen Grüßen\ni. A. Marie Schulz\nKundenservice", "Marie Schulz"),
    ("Sophie Turner will send the invoice tomorrow.", "Sophie Turner"),
    ("Please forward this to Oliver Bennett in Finance.", "Oliver Bennett"),
]

# Clean business texts that look like the ones above: sign-offs by a team, greetings to everyone, role words
# before a noun, departments in brackets, function mailboxes, and common words that are also names.
CLEAN = [
    "Viele Grüße\nIhr Vertriebsteam",
    "Viele Grüße\nBuchhaltung",
    "Hallo zusammen,\nanbei die Liste für Freitag.",
    "Hallo Welt, hallo Team Vertrieb!",
    "Wir suchen eine neue Kollegin für den Vertrieb.",
    "Die neue Teamleitung stellt sich am Dienstag vor.",
    "Neue Preise ab Mai (Vertrieb).",
    "Das Team Nord (Buchhaltung) kümmert sich um die Gutschrift.",
    "Rückfragen bitte an vertrieb@firma.de, der Vertrieb antwortet schnell.",
    "Die Unterlagen gehen an die Rechtsabteilung, sie prüft die Verträge.",
    "Das ist mein Ernst.",
    "Bitte stimmt euch mit dem Einkauf ab, bevor ihr bestellt.",
    "Bitte gebt der Kollegin Bescheid, wenn die Ware da ist.",
    "Die Kollegin Vertrieb Nord meldet sich.",
    "Unsere Zentrale erreichen Sie unter 0800 1234567.",
    "Kind regards,\nThe Support Team",
    "Hi all,\nthe invoice is attached.",
    "Customer Service will join the call at 3 pm.",
    "Grant access to the shared drive before Monday.",
    "Mark the invoice as paid once the transfer shows up.",
    "Will the pallets arrive before Wednesday?",
    "A rose for every visitor at reception.",
    "Questions go to the help desk (Finance).",
    "Quality Control has approved the batch.",
    "Annual Report was reviewed before it went out.",
    "Please send the form to hr.team@example.com by Friday.",
    "Termin mit dem Steuerberater am Donnerstag um 10 Uhr bestätigt.",
    "Frag mal Buchhaltung, ob die Zahlen schon da sind.",
    "Gruß\nIhr Team Einkauf",
    "Danke, Vertrieb!",
    "Die Schulung leitet diesmal Externe Beratung GmbH.",
    "Vertretung während meines Urlaubs: Teamleitung Vertrieb",
    "Wie mit Kunde besprochen, verschieben wir die Lieferung.",
    "Wünscht Referenzen aus der Logistik.",
    "Drei Jahre sind die Regel.",
    "Zwei Erinnerungen hat er schon ignoriert.",
    "Spoke to Customer Service this morning about the renewal.",
    "Cheers,\nThe Finance Team",
    "Meeting with Head Office moved to 2 pm.",
    "On behalf of Acme Logistics Ltd, please find the invoice attached.",
    "Cover while I'm away: Front Desk",
    "Thanks, everyone!",
    "Access to Linden Road will be closed from 3 March.",
    "Improve Murat's prompt so that the ad speaks to everyone.",
    "Firma: Muster Bau GmbH, E-Mail: info@example.com",
]


# Look-alikes of the third and fourth batches. The five marked were already names before the fourth session
# ("Standort Nord", "Night Shift") or are new with it ("frag Google, ob"): a capitalised noun that no ending or
# closed word class gives away; a German noun list (german-nouns, from Wiktionary) would tell them apart.
_NOUN = pytest.mark.xfail(strict=True, reason="a noun pair no rule tells from a name")
CLEAN_MORE = [
    "Von: Vertrieb <vertrieb@beispiel.de>\nBetreff: Preise",
    "From: Customer Service <service@example.com>\nSubject: your order",
    "An: Buchhaltung\nCc: Einkauf\nBetreff: Gutschrift",
    "Teilnehmende: Vertrieb, Einkauf, Buchhaltung",
    "Attendees: Finance Team, Legal, Head Office",
    "Zugewiesen an: Second Level Support",
    "Assigned to: Service Desk",
    "Laut Vertrag ist die Lieferung unterwegs.",
    "According to Annual Report, the shipment left on Friday.",
    "Verantwortlich: Abteilung Einkauf",
    "Owner: Facility Management",
    "Protokoll: Teamleitung Vertrieb",
    "Viele Grüße aus Hamburg\nIhr Vertriebsteam",
    "Die Freigabe kommt heute noch von Rechtsabteilung Nord.",
    "Die Rechnung hat gestern Buchhaltung Süd geprüft.",
    "Gemeinsam mit Kunden planen wir die Messe.",
    "Please loop in Customer Service before Friday.",
    "Vertretung: Teamleitung Einkauf",
    "Ansprechpartner vor Ort ist Haustechnik Süd.",
    "Your contact on site is Front Desk.",
    "Thema: Quartalszahlen Vertrieb",
    "Betreff: Neue Preise",
    "Status: Offene Posten",
    "Das ist mein Ernst.",
    "Mark, Grant and Will are words here.",
    "Rose Garden is the name of the meeting room.",
    "@Vertrieb bitte kurz prüfen.",
    "Urlaubsantrag Formular: 3. bis 7. Juni",
    "Reisekosten Messe Frankfurt, 412,50 EUR",
    "Rückruf bei der Hotline unter 0800 2345678 erbeten.",
    "Glückwunsch an das ganze Team zum Jubiläum!",
    "Im Namen der Geschäftsführung bedanke ich mich für die Blumen.",
    "Zeugnis für Praktikanten bitte bis Ende der Woche fertigstellen.",
    "Das Personalgespräch mit dem Betriebsrat ist auf Mittwoch verschoben.",
    "Neu im Team: Abteilung Einkauf.",
    pytest.param("Der Dienstwagen von Standort Nord muss zum TÜV.", marks=_NOUN),
    "Kurze Info an alle: Kantine ist heute geschlossen.",
    "Bitte Zugang für Externe Dienstleister einrichten (Start 1.7.).",
    "Ab August verstärkt Projektmanagement das Controlling.",
    "Expense claim for Team Offsite: taxi, 38.20 GBP.",
    pytest.param("Annual leave request – Summer Schedule, 3–7 June", marks=_NOUN),
    "Congratulations to Customer Service on ten years of awards!",
    "Please set up system access for New Starters before Monday.",
    "Quick heads-up: Canteen is closed today.",
    "Meeting notes\nPresent: Finance, Legal\nApologies: Head Office",
    pytest.param("Handover from Night Shift to Day Shift is planned for May.", marks=_NOUN),
    "Please forward this to Accounts Payable in Finance.",
    "Das ist mein Ernst.",
    "Grant access to the shared drive before Monday.",
    "Mark the invoice as paid once the transfer shows up.",
    "Will the pallets arrive before Wednesday?",
    "A rose for every visitor at reception.",
    "Die Lieferung von Rose Garden Ltd kommt morgen.",
    "Sag Bescheid, ob es passt.",
    "Frag mal nach, ob die Ware da ist.",
    pytest.param("Bitte frag Google, ob es regnet.", marks=_NOUN),
    "Protokoll: siehe Anhang",
]


def _names(text: str) -> list[str]:
    return [f.text for f in scan(text).findings if f.category == "name"]


def test_the_first_names_of_this_file_are_unknown_to_the_name_list() -> None:
    """Otherwise the tests below would show the list, not the positions."""
    fourth = [p.values if hasattr(p, "values") else p for p in FOURTH]
    firsts = {name.split()[0] for _, name in GERMAN + ENGLISH + SECOND + THIRD + fourth}
    assert not {n for n in firsts if is_first_name(n)}


@pytest.mark.parametrize(("text", "name"), GERMAN, ids=[n for _, n in GERMAN])
def test_rare_german_first_names_are_found_by_their_position(text: str, name: str) -> None:
    assert name in _names(text), (text, scan(text).findings)


@pytest.mark.parametrize(("text", "name"), ENGLISH, ids=[n for _, n in ENGLISH])
def test_rare_english_first_names_are_found_by_their_position(text: str, name: str) -> None:
    assert name in _names(text), (text, scan(text).findings)


@pytest.mark.parametrize(("text", "name"), SECOND)
def test_a_second_batch_of_rare_names_is_found_by_their_position(text: str, name: str) -> None:
    assert name in _names(text), (text, scan(text).findings)


@pytest.mark.parametrize("text", CLEAN)
def test_look_alikes_of_those_positions_hold_no_name(text: str) -> None:
    assert _names(text) == [], scan(text).findings


@pytest.mark.parametrize(("text", "name"), THIRD, ids=[n for _, n in THIRD])
def test_a_third_batch_in_other_voices_is_found_by_layout(text: str, name: str) -> None:
    assert name in _names(text), (text, scan(text).findings)


@pytest.mark.parametrize(("text", "name"), FOURTH + FOURTH_KNOWN)
def test_a_fourth_batch_is_found_by_position(text: str, name: str) -> None:
    assert name in _names(text), (text, scan(text).findings)


@pytest.mark.parametrize("text", CLEAN_MORE)
def test_look_alikes_of_the_later_batches_hold_no_name(text: str) -> None:
    assert _names(text) == [], scan(text).findings
