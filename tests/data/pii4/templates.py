"""Templates of pii4 (issue 14), written for it from the contract (COURSE_FORMAT.md section 4) and from how people
write at work, in voices that pii2 and pii3 did not use (neither's templates nor the scanner were read).

{slot} is a value (see make_corpus.Context): {name1} {first1} {last1} {init1} "J. Müller", {rev1} "Müller, Jana",
{up1} "MUELLER/JANA" as airlines write it, {poss1} a possessive ("Annas", "Jens'", "Anna's": the name is
labelled, its ending is not), {..._lc} lowercase, {sal1} Frau/Herr/Ms/Mr, {email1} {phone1} {iban1} {card1}
{dob1} {addr1} {addr_ml} {addr_flat} {addr_post} {addr_house_ml}, {taxcue1}+{taxid1} a national number of the
text's market with the cue people write, {tx_vnr1} etc. one of a given kind, {secret}, health: {sick} {dx} {cond}
(and _en) and {h:words} for health words written into the template. A prefix "DE,AT|" limits a template to
those markets. Everything else is a value that is not personal data (dates, hotlines, tickets, codes ...).
"""

from __future__ import annotations

PII: dict[tuple[str, str], list[str]] = {}

# ---------------------------------------------------------------- German ----------------------------------------
PII["email", "de"] = [
    "[{ddmmyy}, {time}] {name1}: Kann mir jemand die Teilnehmerliste schicken? Am besten an {email1}, "
    "das Diensthandy spinnt\n[{ddmmyy}, {time2}] {name2}: mach ich gleich 👍",
    "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich {date} nicht im Büro und lese keine E-Mails. "
    "In dringenden Fällen wenden Sie sich bitte an {sal2} {last2} ({email2}).\n\n{name1}\n{role}",
    "Hallo {first1},\nvielen Dank für Ihre Bewerbung als {job}. Wir würden Sie gern kennenlernen: {weekday}, {date}, "
    "{time} Uhr per Teams. Bitte bestätigen Sie den Termin kurz an {email2}.\nViele Grüße\n{name2}\nTalent Acquisition",
    "Anmeldung Webinar „{event}“\nVorname: {first1}\nNachname: {last1}\nE-Mail: {email1}\nFirma: {company}\n"
    "Datenschutzhinweis gelesen: ja",
    "commit {sha}\nAuthor: {name1} <{email1}>\nDate:   {weekday} {time}\n\n    Export: leere Zeilen beim CSV-Import "
    "überspringen\n\n    Reviewed-by: {name2}",
    "fasse diese mail zusammen und schreib eine höfliche absage:\n\n„Sehr geehrte Damen und Herren, ich ({name1}, "
    "{email1}) möchte mich auf die Stelle als {job} bewerben …“",
    "Liebe Eltern der {klasse},\nfür den Ausflug am {date} fehlen noch einige Einverständniserklärungen. "
    "Bitte bis {weekday} an {sal1} {last1} ({email1}) schicken.\nHerzliche Grüße, Ihr {kita}-Team",
    "CH|hoi {first1_lc}, chasch mer s'PDF schnell an {email1} schicke? min laptop isch i de reparatur. "
    "merci vielmal!! {first2_lc}",
    "Nachname;Vorname;E-Mail;Abteilung\n{last1};{first1};{email1};{dept}\n{last2};{first2};{email2};{dept}",
    "Hallo {first1},\nich bin über Ihr Profil auf LinkedIn gestolpert – Ihr Beitrag zu {event} hat mir gefallen. "
    "Hätten Sie Lust auf einen kurzen Austausch? Schreiben Sie mir gern direkt an {email2}.\nBeste Grüße\n{name2}",
    "Neue Bewertung ({stars}) von {email1}:\n„Lieferung kam pünktlich, aber der {product} war verkratzt.“",
    "Einladung: Abstimmung Umzug {dept}\nWann: {weekday}, {date} {time}–{time2}\nOrganisator: {name1} <{email1}>\n"
    "Erforderlich: {rev2}; {rev3}",
]
PII["phone", "de"] = [
    "{name1}   {stamp}\nAlso ich bin ab morgen nur noch mobil erreichbar, {phone1}, das Festnetz ist abgemeldet.\n\n"
    "{name2}   {stamp2}\nOkay, ich trag das im Verteiler ein. Meine ist übrigens auch neu: {phone2}",
    "notiz für {first1_lc} bitte {last2_lc} zurückrufen unter {phone2} wegen der lieferung am {weekday} "
    "sagt das lager ist zu klein",
    "Sehr geehrte Mieterinnen und Mieter,\nam {date} wird im Treppenhaus gestrichen. Bei Fragen erreichen Sie unseren "
    "Hausmeister {name1} unter {phone1} (Mo–Fr 8–12 Uhr) oder die Vertretung {name2} unter {phone2}.\nIhre Hausverwaltung {company}",
    "Übergabe {shift} {station}\n- {name1} hat Rufbereitschaft, Handy {phone1}\n- Stapler 3 defekt, Ticket {ticket}\n"
    "- {first2} übernimmt ab {time}, erreichbar unter {phone2}",
    "Schadenmeldung {claimno}\nVersicherungsnehmer/in: {name1}\nTelefon tagsüber: {phone1}\nTelefon abends: {phone2}\nSchadentag: {date}\n"
    "Hergang: Leitungswasser aus der Wohnung darüber, Decke im Flur nass.",
    "Einladung: Vorstellungsgespräch {job}\nWann: {weekday}, {date} {time}\nWo: Teams (falls die Verbindung abbricht, "
    "rufen wir Sie an: {phone1})\nTeilnehmende: {name1}; {name2}",
    "[{ddmmyy}, {time}] {first1}: Leute, hab ne neue Nummer: {phone1} (die alte {phone2} bitte löschen)\n[{ddmmyy}, {time2}] {first2}: gespeichert 👍",
    "{logts} WARN sms-gateway: delivery failed to={phone1} fallback_to={phone2} user_id={ext} retry=3",
    '{"kunde": "{name1}", "mobil": "{phone1}", "festnetz": "{phone2}", "newsletter": false, "quelle": "messe"}',
    "Schreib eine kurze, freundliche SMS an {sal1} {last1} ({phone1}): der Termin am {date} fällt aus, "
    "wir melden uns wegen eines neuen.",
    "Abholberechtigt für {first1} ({klasse}) sind:\n{name2}, Tel. {phone2}\n{name3}, Tel. {phone3}",
    "AT|Servus {first1}, der Installateur ({name2}) ist unter {phone2} erreichbar, er kommt am {weekday} vorbei.",
]
PII["iban", "de"] = [
    "Guten Tag {sal1} {last1},\nwie besprochen buchen wir die Nebenkostennachzahlung von {amount} am {date} "
    "von Ihrem Konto {iban1} ab.\nMit freundlichen Grüßen\nHausverwaltung {company}",
    "Schadenmeldung {claimno}\nAuszahlung bitte auf folgendes Konto:\nKontoinhaber/in: {name1}\nIBAN: {iban1}",
    "Bescheid\n{aktenzeichen}\n\n{sal1} {name1}\n\nDer überzahlte Betrag von {amount} wird auf das von Ihnen "
    "angegebene Konto {iban1} erstattet. Gegen diesen Bescheid kann innerhalb eines Monats Widerspruch eingelegt werden.",
    "Name\tIBAN\tBetrag\tVerwendungszweck\n{name1}\t{iban1}\t{amount}\tReisekosten {month}\n{name2}\t{iban2}\t{amount2}\t"
    "Reisekosten {month}",
    "[{ddmmyy}, {time}] {name1}: Geld fürs Abschiedsgeschenk für {first2} bitte an mich: {iban1} 🎁",
    "bitte reisekosten von {first1_lc} {last1_lc} erstatten iban {iban1} betrag {amount} danke",
    "payee:\n  name: {name1}\n  iban: {iban1}\n  reference: {order}\n  execute_on: {iso}",
    "Schreib eine freundliche Zahlungserinnerung an {name1}: die Lastschrift vom Konto {iban1} über {amount} "
    "ist zurückgekommen.",
    "Änderung Bankverbindung\nMitarbeiter/in: {name1}, Personalnummer {ext}\nneue IBAN: {iban1}\nalte IBAN: {iban2}\ngültig ab {month} {year}",
    "Liebe Eltern,\nder Essensbeitrag für {first1} wird ab {month} vom Konto {iban1} ({name2}) eingezogen.\n"
    "Ihr {kita}-Team",
    "CH|Grüessech {sal1} {last1}, d'Rückerstattig vo {amount} gaht uf Ihres Konto {iban1}. Merci für d'Geduld!",
    "Kontoinhaber;IBAN;Mandatsreferenz\n{rev1};{iban1};MR-{ext}-{year}",
]
PII["credit-card", "de"] = [
    "Buchungsbestätigung {pnr}\nFlug {flight} {iata}–{iata2}, {date}\nPassagiere:\n1. {up1}\n2. {up2}\n"
    "Zahlung: Kreditkarte {card1}, gültig bis {expiry}\nKaution Mietwagen: {card2}",
    "kannst du prüfen warum die zahlung nicht durchgeht? karte {card1}, ablauf {expiry}, inhaber {name1_lc}",
    "Meldeschein Hotel\nName: {name1}\nAnreise: {date}\nZahlungsart: Visa {card1}",
    "{name1}  {time}\nkurze Frage, darf ich die Firmenkarte {card1} für das Ticket zu „{event}“ nehmen?",
    "{logts} ERROR payment-svc: charge declined card={card1} customer=\"{name1}\" code=05",
    '{"customer": {"name": "{name1}", "card_number": "{card1}", "exp": "{expiry}"}, "backup_card": "{card2}", "amount": "{amount}"}',
    "{stars} Die haben meine Karte ({card1}) zweimal belastet und der Support antwortet nicht. {first1} aus {city}",
    "Meldung Kartenverlust\nKarteninhaberin/Karteninhaber: {name1}\nKartennummer: {card1}\nbemerkt am {date} um {time}\nZweitkarte {card2} ebenfalls sperren",
    "kreditkarte von {first1_lc} ist nicht die alte {card2} sondern {card1} bitte im reisetool korrigieren",
    "[{ddmmyy}, {time}] {name1}: Hab die Hütte gebucht, mit meiner Karte {card1} – jeder überweist mir bitte 85 €",
    "AT|Grüß Gott, bitte buchen Sie die Stornogebühr von {amount} von der Karte {card1} ab, nicht von der alten {card2}. Lg {name1}",
    "Spesenabrechnung {month}\nMitarbeiter: {name1}\nBezahlt mit Firmenkreditkarte {card1}\nPrivat ausgelegt (Karte {card2}): {amount}",
]
PII["tax-id", "de"] = [
    "Personalfragebogen\nName: {name1}\nGeburtsdatum: {dob1}\n{taxcue1}: {taxid1}\nKrankenkasse: {insurer}",
    "Bescheid für {year}\n{aktenzeichen}\n\n{sal1} {name1}\n{addr_ml}\n\n{taxcue1}: {taxid1}\nEhegatte/Ehegattin: {name2}, {taxcue2}: {taxid2}\n"
    "Die Festsetzung erfolgt unter dem Vorbehalt der Nachprüfung.",
    "Name;{taxcue1};Eintritt\n{name1};{taxid1};{date}\n{name2};{taxid2};{date}",
    "[{ddmmyy}, {time}] {first1}: was ist nochmal deine {taxcue2}? Brauch ich für die Steuer\n"
    "[{ddmmyy}, {time2}] {first2}: {taxid2}",
    "Prüfe bitte diese Lohnabrechnung auf Fehler: {name1}, {taxcue1} {taxid1}, brutto {amount}",
    "für die lohnbuchhaltung {taxcue1} von {last1_lc} lautet {taxid1} bitte eintragen",
    '{"mitarbeiter": "{name1}", "{taxcue1}": "{taxid1}", "eintritt": "{iso}"}',
    "Hallo {first1},\ndanke für die Unterlagen. Eingetragen: {taxcue1} {taxid1}, Eintritt {date}. "
    "Es fehlt noch die Mitgliedsbescheinigung der Krankenkasse.\nVG {name2}",
    "Offene Punkte Lohn (Übergabe an {first2}):\n- {name1}: {taxcue1} fehlte, jetzt nachgetragen: {taxid1}\n"
    "- Abrechnung {month} prüfen",
    "DE|Meldung zur Sozialversicherung\n{name1}\nRentenversicherungsnummer: {tx_svnr1}\nSteuer-ID: {tx_idnr1}",
    "AT|Anmeldung bei der ÖGK: {sal1} {name1}, Versicherungsnummer {tx_vnr1}, Beschäftigungsbeginn {date}",
    "CH|Lohnausweis {year}\n{name1}\nAHV-Nr. {tx_ahv1}\nEintritt: {date}",
    "DE|Personalakte {name1}: Steuer-ID {tx_idnr1}, SV-Nummer {tx_svnr1}, Steuerklasse 4",
    "AT|Für den Jahresausgleich: {name1}, Versicherungsnummer {tx_vnr1}, Steuernummer {tx_tin1}",
    "CH|Familienzulage: Antragsteller {name1} (AHV {tx_ahv1}), Kind {name2} (AHV {tx_ahv2})",
]
PII["address", "de"] = [
    "Mieterwechsel zum {date}\nNeue Mieterin/neuer Mieter: {name1}\nWohnung: {addr1}, {floor}\nBisherige Anschrift: {addr2}",
    "Notfallkontakt für {first1}:\n{name2}\n{addr_ml}\nTel. {phone2}",
    "{sal1}\n{name1}\n{addr_ml}\n\nIhr Zeichen: –\nUnser Zeichen: {aktenzeichen}\n\nAnhörung vor Erlass eines Bescheids",
    "Lieferadresse geändert:\n{name1}\nc/o {name2}\n{addr_ml}\n(bisher: {addr1})",
    "Schadenmeldung {claimno}\nSchadenort: {addr1}\nVersicherungsnehmer/in: {name1}\nArt: Sturmschaden am Carport",
    "Rechnungsadresse: {name1}, {addr1}\nLieferung an: {name2}, {addr2}\nBuchungsnummer {pnr}",
    "[{ddmmyy}, {time}] {name1}: Party ist bei mir: {addr1}, klingeln bei {last1} 🎉",
    "Bitte die Originalbelege an {name1}, {addr_post} schicken, nicht an die Firmenadresse.",
    '{"empfaenger": "{name1}", "anschrift": "{addr1}", "paket": "{order}"}',
    "CH|hoi zäme, mir sind zügelt! neu: {addr1}. chömed mal verbi 🙂 {first1}",
    "AT|Meldezettel\nFamilienname: {last1}\nVorname: {first1}\nUnterkunft: {addr1}",
    "Ort: bei {name1} zu Hause ({addr1}), bitte Hausschuhe mitbringen 😄",
]
PII["date-of-birth", "de"] = [
    "Anmeldung {kita}\nKind: {name1}, geb. {dobk1}\nErziehungsberechtigt: {name2}, Telefon {phone2}",
    "Passagierliste {flight} {iata}–{iata2} am {date}\n1) {up1} geb. {dob1}\n2) {up2} geb. {dob2}",
    "Bewerberin/Bewerber: {name1} (* {dob1}), derzeit {role} bei {company}",
    "Nachname\tVorname\tGeburtsdatum\n{last1}\t{first1}\t{dob1}\n{last2}\t{first2}\t{dob2}",
    "Antragsteller/in: {name1}, geboren am {dob1} in {city}\n{aktenzeichen}",
    "[{ddmmyy}, {time}] {name1}: Nicht vergessen, {first2} hat Geburtstag – geboren {dob2}, also runder 🎂",
    "neuer kunde {first1_lc} {last1_lc} geboren am {dob1} bitte im system anlegen",
    "Teilnehmer/in: {name1}\nGeburtsdatum (für das Zertifikat): {dob1}\nVeranstaltung: {event}",
    '{"vorname": "{first1}", "nachname": "{last1}", "geburtsdatum": "{dob1}"}',
    "Fahrer/in zum Unfallzeitpunkt: {name1}, geb. {dob1}\nSchadennummer {claimno}",
    "AT|Geburtsdatum laut Reisepass: {dob1} – bitte bei {sal1} {last1} im Ticket ändern.",
    "Schreib mir eine Glückwunschkarte für {first1}, geboren {dob1}, aus der {dept}.",
]
PII["name", "de"] = [
    "{name1}   {stamp}\nGuten Morgen zusammen, {first2} ist noch nicht drin, oder?\n\n{name2}   {stamp2}\n"
    "Doch, bin da, nur die Kamera geht nicht.",
    "Kann jemand {poss1} Laptop zurücksetzen? {first1} ist ab {weekday} wieder da, {poss2} Vertretung übernimmt {init3}.",
    "Schicht;Mo;Di;Mi\nFrüh;{first1};{first2};{first1}\nSpät;{last3};{first4};{last3}",
    "Abteilungsleiterin {name1} und Azubi {first2} haben das Angebot von {company} geprüft.",
    "[{ddmmyy}, {time}] {first1_lc}: wer holt heute {first2_lc} vom training ab?\n[{ddmmyy}, {time2}] {first3_lc}: ich",
    "commit {sha}\n\n    Rechnungsvorlage: Fußzeile korrigiert\n\n    Co-authored-by: {name1}\n    Reviewed-by: {name2}",
    "Erforderliche Teilnehmer: {rev1}; {rev2}; {rev3}\nOptional: {rev4}",
    "Übergabe an {first1}: {sal2} {last2} ruft nochmal wegen {ticket} an, {init3} weiß Bescheid.",
    "Ich bin bis {date} nicht im Haus. Ihre Nachricht wird nicht weitergeleitet. Vertretung: {name1}.",
    "schreib eine geburtstagskarte für {first1} aus dem team von {name2}, locker, du-form, max 3 sätze",
    "Liebe Eltern der {klasse},\nab {month} übernimmt {sal1} {last1} die Gruppe, {sal2} {last2} wechselt in den Hort.",
    "CH|hoi {first1_lc}, chasch mer bitte d'nummer vom {first2} schicke? merci vielmal! gruess {first3}",
    "Protokoll (Teams-Transkript) {date}\n{name1}: Ich fasse kurz zusammen.\n{name2}: Passt.\n{name1}: Dann bis nächste "
    "Woche.",
    "Kund:in {name1} lobt {poss2} Beratung ausdrücklich ({stars}).",
]
PII["secret", "de"] = [
    "# .env für {env}\nDB_HOST={host}\nDB_USER=app\nDB_PASSWORD={secret}\nSTRIPE_KEY={secret2}",
    "spring:\n  datasource:\n    url: jdbc:postgresql://{host}:{port}/crm\n    username: crm_app\n    password: {secret}\n  mail:\n    api-key: {secret2}",
    "[{ddmmyy}, {time}] {name1}: WLAN fürs Gäste-Netz: Passwort {secret} 😉",
    "warum geht das nicht? curl -H 'Authorization: Bearer {secret}' https://{host}/v1/export liefert 401",
    "{name1}  {time}\nhab dir den Token geschickt: {secret}\nbitte nach dem Test rotieren",
    "commit {sha}\nAuthor: {name1} <{email1}>\n\n    Konfig für Staging ergänzt\n\n+API_KEY={secret}",
    "{logts} DEBUG {svc}: login ok user={email1} password={secret}",
    "Zugang Kassensystem für die {shift}: Benutzer kasse2, Kennwort {secret}, Tresor-PIN {secret2}",
    '{"client_id": "crm-{env}", "client_secret": "{secret}", "scope": "read"}',
    "das passwort für den drucker im {room} ist {secret} bitte nicht weitergeben",
    "Teams-Besprechung beitreten\nBesprechungs-ID: 3{ext} {count} {ms}\nKennung: {secret}",
    "AT|Servus, das neue Passwort für den Shop-Admin lautet {secret} – das alte ({secret2}) geht nicht mehr. lg {first1}",
]
PII["health", "de"] = [
    "{name1} ist seit {weekday} {sick}, voraussichtlich bis {date}.",
    "{name1}   {stamp}\nKurz zur Info: {first2} hatte {dx} und fällt noch zwei Wochen aus.",
    "[{ddmmyy}, {time}] {first1}: bin leider {sick}, {h:Magen-Darm} 🤢 sagt ihr {first2} Bescheid?",
    "Liebe Eltern,\n{first1} aus der {klasse} hat {dx}. Bitte achten Sie auf Anzeichen bei Ihrem Kind.",
    "Übergabe {shift}: {sal1} {last1} ({station}) ist {cond}, bitte keine Nachtdienste einplanen.",
    "Schadenmeldung {claimno}\nPersonenschaden: {name1} erlitt eine {h:Platzwunde} am Kopf und eine {h:Prellung}.",
    "Bescheid über die Feststellung einer {h:Behinderung}\n{sal1} {name1}\nFestgestellte Beeinträchtigung: {dx}",
    "formuliere eine mail ans team, dass {first1} wegen {dx} bis {date} fehlt, ohne zu viele details",
    "{first1_lc} hat angerufen ist {cond} und kann nicht zur schulung am {weekday}",
    "Gesprächsnotiz Bewerbung: {sal1} {last1} hat erwähnt, {cond} zu sein; Start frühestens {month}.",
    "Abwesenheit: {name1} – {h:Reha} vom {date} an, drei Wochen",
    "CH|{first1_lc} isch {sick} (hät {dx}), chunnt ersch am {weekday} wieder.",
    "AT|Liebe Kolleginnen und Kollegen, {name1} ist nach der {h:Knie-OP} noch {sick}. Blumen sind unterwegs.",
    "Hallo {first1}, gute Besserung! Wie geht es dem {h:gebrochenen Arm}? Lg {first2}",
]

# ---------------------------------------------------------------- English ---------------------------------------
PII["email", "en"] = [
    "[{ddmmyy_en}, {time}] {name1}: can someone send me the seating plan? {email1} please, work phone is dead\n"
    "[{ddmmyy_en}, {time2}] {name2}: on it 👍",
    "Thank you for your email. I am out of the office until {date_en} with no access to email. For anything urgent "
    "please contact {sal2} {last2} at {email2}.\n\n{name1}\n{role_en}",
    "Hi {first1},\nThanks for applying for the {job_en} role. We'd love to set up a first call: {weekday_en}, {date_en} "
    "at {time}. Could you confirm with {email2}?\nBest,\n{name2}\nTalent Team",
    "Webinar registration – {event_en}\nFirst name: {first1}\nLast name: {last1}\nEmail: {email1}\nCompany: {company}\nColleague to invite: {email2}",
    "commit {sha}\nAuthor: {name1} <{email1}>\nDate:   {weekday_en} {time}\n\n    Skip blank rows in CSV import\n\n"
    "    Reviewed-by: {name2}",
    "summarise this email and draft a polite no:\n\n\"Dear team, my name is {name1} ({email1}) and I'd like to "
    "pitch our new {product_en} …\"",
    "Dear Parents and Carers,\nPlease return the trip consent forms by {weekday_en} to {sal1} {last1} "
    "({email1}).\nMany thanks,\nThe Year 4 Team",
    "Last name\tFirst name\tEmail\tTeam\n{last1}\t{first1}\t{email1}\t{dept_en}\n{last2}\t{first2}\t{email2}\t{dept_en}",
    "Hi {first1}, I came across your profile and loved your post about {event_en}. Open to a quick chat? "
    "Feel free to reach me directly at {email2}.\nCheers, {name2}",
    "New review ({stars}) from {email1}:\n\"Arrived on time but the {product_en} was scratched.\"",
    "Invitation: Office move planning\nWhen: {weekday_en}, {date_en} {time}–{time2}\nOrganizer: {name1} <{email1}>\n"
    "Required: {rev2}; {rev3}",
    "US|Open enrollment confirmation\nEmployee: {name1}\nPlan: {plan}\nConfirmation sent to {email1}",
]
PII["phone", "en"] = [
    "{name1}   {stamp}\nSo from tomorrow I'm only on my mobile, {phone1}, the desk line is going.\n\n"
    "{name2}   {stamp2}\nOkay I'll update the contact sheet.",
    "note for {first1_lc} please call {last2_lc} back on {phone2} about the delivery on {weekday_en} "
    "says the loading bay is too small",
    "Dear Residents,\nThe stairwell will be repainted on {date_en}. If you have questions please call our caretaker "
    "{name1} on {phone1}.\nKind regards,\n{company} Lettings",
    "Shift handover – {shift_en}, {unit}\n- {name1} is on call, mobile {phone1}\n- forklift 3 down, ticket {ticket_en}\n"
    "- {first2} takes over at {time}",
    "Claim {claimno}\nPolicyholder: {name1}\nDaytime phone: {phone1}\nDate of loss: {date_en}\n"
    "What happened: water came through the ceiling from the flat above.",
    "Interview: {job_en}\nWhen: {weekday_en}, {date_en} {time}\nWhere: Zoom (if the call drops we'll ring you on "
    "{phone1})\nAttendees: {name1}; {name2}",
    "[{ddmmyy_en}, {time}] {first1}: new number folks: {phone1}\n[{ddmmyy_en}, {time2}] {first2}: saved 👍",
    "{logts} WARN sms-gateway: delivery failed to={phone1} user_id={ext} retry=3",
    '{"customer": "{name1}", "mobile": "{phone1}", "marketing_opt_in": false}',
    "Write a short friendly text to {sal1} {last1} ({phone1}) saying the {date_en} appointment is cancelled "
    "and we'll be in touch.",
    "Authorised to collect {first1}:\n{name2}, tel. {phone2}\n{name3}, tel. {phone3}",
    "GB|Dear {sal1} {last1},\nWe tried to reach you on {phone1} about your referral. Please ring the booking team.\n"
    "{gp}",
]
PII["iban", "en"] = [
    "Dear {sal1} {last1},\nAs agreed, the service charge balance of {amount} will be collected from your account "
    "{iban1} on {date_en}.\nYours sincerely,\n{company} Property Management",
    "Claim {claimno}\nPlease pay the settlement to:\nAccount holder: {name1}\nIBAN: {iban1}",
    "Name\tIBAN\tAmount\tReference\n{name1}\t{iban1}\t{amount}\tExpenses {month_en}\n{name2}\t{iban2}\t{amount2}\t"
    "Expenses {month_en}",
    "[{ddmmyy_en}, {time}] {name1}: leaving gift for {first2} – send money to me please: {iban1} 🎁",
    "please reimburse travel for {first1_lc} {last1_lc} iban {iban1} amount {amount} thanks",
    "payee:\n  name: {name1}\n  iban: {iban1}\n  reference: {order}\n  execute_on: {iso}",
    "Write a polite payment reminder to {name1}: the direct debit from {iban1} for {amount} bounced.",
    "Bank details change\nEmployee: {name1}, payroll no. {ext}\nNew IBAN: {iban1}\nOld IBAN: {iban2}\nEffective from {month_en} {year}",
    "Hi {first1}, the refund of {amount} has gone to {iban1} (not your old account {iban2}) – should land in 2-3 working days. Thanks, {first2}",
    "Account holder,IBAN,Mandate\n\"{rev1}\",{iban1},MR-{ext}",
    "Hi all, for the Lisbon trip pay your share to {name1}, IBAN {iban1} (euro account), by {date_en}.",
]
PII["credit-card", "en"] = [
    "Booking confirmation {pnr}\nFlight {flight} {iata}–{iata2}, {date_en}\nPassengers:\n1. {up1}\n2. {up2}\n"
    "Paid by card {card1}, exp {expiry}",
    "can you check why the payment fails? card {card1}, expiry {expiry}, name on card {name1_lc}",
    "Hotel registration\nGuest: {name1}\nArrival: {date_en}\nPayment: Visa {card1}",
    "{name1}  {time}\nquick one – ok to use the company card {card1} for the {event_en} tickets?",
    "{logts} ERROR payment-svc: charge declined card={card1} customer=\"{name1}\" code=05",
    '{"customer": {"name": "{name1}", "card_number": "{card1}", "exp": "{expiry}"}, "amount": "{amount}"}',
    "{stars} They charged my card ({card1}) twice and support never replied. – {first1}, {city_en}",
    "Lost card report\nCardholder: {name1}\nCard number: {card1}\nNoticed on {date_en} at {time}",
    "card for {first1_lc} is not the old one it's {card1} please fix in the travel tool",
    "[{ddmmyy_en}, {time}] {name1}: booked the cabin on my card {card1}, everyone send me £85 pls",
    "Expense report {month_en}\nEmployee: {name1}\nPaid with corporate card {card1}\nTotal: {amount}",
    "US|Please charge the COBRA premium of {amount} to my card {card1}. Thanks, {name1}",
]
PII["tax-id", "en"] = [
    "New starter form\nName: {name1}\nDate of birth: {dob1}\n{taxcue1}: {taxid1}\nStart date: {date_en}",
    "Name,{taxcue1},Start\n{name1},{taxid1},{date_en}",
    "Check this payslip for mistakes: {name1}, {taxcue1} {taxid1}, gross {amount}",
    "for payroll the {taxcue1} for {last1_lc} is {taxid1} please add it",
    '{"employee": "{name1}", "{taxcue1}": "{taxid1}", "start": "{iso}"}',
    "Hi {first1},\nthanks for the documents. Added: {taxcue1} {taxid1}, start {date_en}. Still missing your P45.\n"
    "Thanks, {name2}",
    "Open payroll items (handover to {first2}):\n- {name1}: {taxcue1} was missing, now added: {taxid1}\n"
    "- check {month_en} run",
    "GB|Dear {sal1} {last1},\nYour National Insurance number is {tx_nino1}. Keep this letter safe.\nHM Revenue & Customs",
    "GB|Self Assessment {year}\n{name1}\nUTR {tx_utr1}\nPlease file online by 31 January.",
    "US|Benefits enrollment – dependent info\nEmployee: {name1}\nDependent: {name2}\nDependent SSN: {tx_ssn2}",
    "US|W-9 on file: {name1}, ITIN {tx_itin1}, address {addr1}",
    "[{ddmmyy_en}, {time}] {first1}: what's your {taxcue2} again? need it for the form\n"
    "[{ddmmyy_en}, {time2}] {first2}: {taxid2}",
]
PII["address", "en"] = [
    "Tenancy change from {date_en}\nNew tenant: {name1}\nProperty: {addr1}\nPrevious address: {addr2}",
    "Emergency contact for {first1}:\n{name2}\n{addr_ml}\nTel. {phone2}",
    "{sal1} {name1}\n{addr_ml}\n\nYour reference: –\nOur reference: {claimno}\n\nNotice of intended decision",
    "Delivery address updated:\n{name1}\nc/o {name2}\n{addr_ml}\n(was: {addr1})",
    "Claim {claimno}\nLocation of loss: {addr1}\nPolicyholder: {name1}\nType: storm damage to the carport",
    "Billing address: {name1}, {addr_flat}\nDeliver to: {name2}, {addr2}\nBooking ref {pnr}",
    "[{ddmmyy_en}, {time}] {name1}: party's at mine: {addr1}, buzz {last1} 🎉",
    "Please post the original receipts to {name1}, {addr_post}, not the office.",
    '{"recipient": "{name1}", "address": "{addr1}", "parcel": "{order}"}',
    "GB|{sal1} {name1}\n{addr_house_ml}\n\nDear {sal1} {last1},\nYour Council Tax bill for {year} is enclosed.",
    "GB|{name1}\n{addr_flat_ml}",
    "US|Ship to:\n{name1}\n{addr_flat_ml}",
    "Location: at {poss1} place ({addr1}) – bring slippers 😄",
]
PII["date-of-birth", "en"] = [
    "Nursery registration\nChild: {name1}, DOB {dobk1}\nParent/carer: {name2}, phone {phone2}",
    "Passenger list {flight} {iata}–{iata2} on {date_en}\n1) {up1} DOB {dob1}\n2) {up2} DOB {dob2}",
    "Applicant: {name1} (born {dob1}), currently {role_en} at {company}",
    "Last name\tFirst name\tDate of birth\n{last1}\t{first1}\t{dob1}\n{last2}\t{first2}\t{dob2}",
    "[{ddmmyy_en}, {time}] {name1}: don't forget {first2}'s birthday – born {dob2}, it's a big one 🎂",
    "new customer {first1_lc} {last1_lc} born {dob1} please set up in the system",
    "Attendee: {name1}\nDate of birth (for the certificate): {dob1}\nEvent: {event_en}",
    '{"first_name": "{first1}", "last_name": "{last1}", "dob": "{dob1}"}',
    "Driver at the time of the incident: {name1}, DOB {dob1}\nClaim {claimno}",
    "GB|Patient: {name1}\nDate of birth: {dob1}\nNHS number: {tx_nhs1}\nAppointment: {date_en} {time}, {gp}",
    "US|Dependent: {name1}, date of birth {dobk1}, relationship: child. Plan: {plan}",
    "Write a birthday card for {first1} (born {dob1}) from the {dept_en} team.",
]
PII["name", "en"] = [
    "{name1}   {stamp}\nMorning all, is {first2} not on yet?\n\n{name2}   {stamp2}\nI'm here, camera's broken.",
    "Can someone reset {poss1} laptop? {first1} is back on {weekday_en}; {poss2} cover is {init3}.",
    "Shift,Mon,Tue,Wed\nEarly,{first1},{first2},{first1}\nLate,{last3},{first4},{last3}",
    "Head of Finance {name1} and apprentice {first2} have reviewed the {company} quote.",
    "[{ddmmyy_en}, {time}] {first1_lc}: who's picking up {first2_lc} from football?\n[{ddmmyy_en}, {time2}] "
    "{first3_lc}: me",
    "commit {sha}\n\n    Fix invoice footer\n\n    Co-authored-by: {name1}\n    Reviewed-by: {name2}",
    "Required attendees: {rev1}; {rev2}; {rev3}\nOptional: {rev4}",
    "Handover to {first1}: {sal2} {last2} will call again about {ticket_en}, {init3} knows the background.",
    "I'm away until {date_en} and your message will not be forwarded. For urgent matters contact {name1}.",
    "write a birthday card for {first1} from {poss2} team, casual, 3 sentences max",
    "Dear Parents,\nFrom {month_en} {sal1} {last1} will take over Class 3, and {sal2} {last2} moves to Year 5.",
    "Meeting transcript {date_en}\n{name1}: Let me sum up.\n{name2}: Sounds good.\n{name1}: Talk next week then.",
    "Customer {name1} specifically praised {poss2} help ({stars}).",
    "Endorsed by {name1} for Project Management · {name2} and 3 others reacted",
]
PII["secret", "en"] = [
    "# .env ({env})\nDB_HOST={host}\nDB_USER=app\nDB_PASSWORD={secret}\nSTRIPE_KEY={secret2}",
    "database:\n  host: {host}\n  port: {port}\n  user: reporting\n  password: {secret}",
    "[{ddmmyy_en}, {time}] {name1}: guest wifi password is {secret} 😉",
    "why does this fail? curl -H 'Authorization: Bearer {secret}' https://{host}/v1/export returns 401",
    "{name1}  {time}\nsent you the token: {secret}\nplease rotate after testing",
    "commit {sha}\nAuthor: {name1} <{email1}>\n\n    add staging config\n\n+API_KEY={secret}",
    "{logts} DEBUG {svc}: login ok user={email1} password={secret}",
    "Till login for the {shift_en}: user till2, password {secret}",
    '{"client_id": "crm-{env}", "client_secret": "{secret}", "scope": "read"}',
    "printer password in {room_en} is {secret} don't share it",
    "Join Zoom Meeting\nMeeting ID: 8{ext} {count} {ms}\nPasscode: {secret}",
    "export OPENAI_API_KEY={secret}\npython summarize.py --in inbox.json",
]
PII["health", "en"] = [
    "{name1} has been {sick_en} since {weekday_en}, expected back {date_en}.",
    "{name1}   {stamp}\nQuick update: {first2} had {dx_en} and will be out another two weeks.",
    "[{ddmmyy_en}, {time}] {first1}: I'm {sick_en}, {h:food poisoning} 🤢 can someone tell {first2}?",
    "Handover {shift_en}: {sal1} {last1} ({unit}) is {cond_en}, no night shifts please.",
    "Claim {claimno}\nInjury: {name1} suffered a {h:cut to the head} and a {h:bruised shoulder}.",
    "draft an email to the team saying {first1} is off with {dx_en} until {date_en}, not too much detail",
    "{first1_lc} called they are {cond_en} and can't make the training on {weekday_en}",
    "Interview notes: {sal1} {last1} mentioned being {cond_en}; earliest start {month_en}.",
    "Out of office: {name1} – {h:phased return} after {dx_en} from {date_en}",
    "GB|Dear {sal1} {last1},\nFollowing your appointment on {date_en}, we have referred you for {h:physiotherapy} for "
    "{dx_en}.\n{gp}",
    "GB|{h:Fit note}: {name1} is not fit for work because of {dx_en}, from {date_en} for 2 weeks.",
    "US|FMLA request\nEmployee: {name1}\nReason: {h:surgery} and recovery ({dx_en})\nStart: {date_en}",
    "Hi {first1}, get well soon! How's the {h:broken ankle}? – {first2}",
    "Hi all, {name1} is back after {h:cancer treatment} – please don't ask about it, just say hi 🙂",
]

# ---------------------------------------------------------------- frames ----------------------------------------
FRAMES: dict[str, list[str]] = {
    "de": [
        "Von: {name4} <{email4}>\nGesendet: {weekday}, {date} {time}\nAn: Team {dept}\nBetreff: WG: Info\n\n{body}",
        "fasse diese nachricht in 3 stichpunkten zusammen:\n\n{body}",
        "{body}\n\n--\n{name4}\n{role} | {company}\nMobil {phone4}",
        "[{ddmmyy}, {time}] {name4}: <Medien ausgeschlossen>\n{body}",
        "Hallo {first4}, siehe unten, kannst du das übernehmen?\n\n> {body}",
        "{body}\n\nGesendet von meinem iPhone",
        "Übersetze ins Englische:\n\"\"\"\n{body}\n\"\"\"",
        "Notiz von {init4}, {date}:\n{body}",
    ],
    "en": [
        "From: {name4} <{email4}>\nSent: {weekday_en}, {date_en} {time}\nTo: {dept_en} team\nSubject: FW: info\n\n{body}",
        "summarise this in 3 bullet points:\n\n{body}",
        "{body}\n\n--\n{name4}\n{role_en} | {company}\nM: {phone4}",
        "[{ddmmyy_en}, {time}] {name4}: <Media omitted>\n{body}",
        "Hi {first4}, see below – can you pick this up?\n\n> {body}",
        "{body}\n\nSent from my iPhone",
        "Translate into German:\n\"\"\"\n{body}\n\"\"\"",
        "Note from {init4}, {date_en}:\n{body}",
    ],
}

# ---------------------------------------------------------------- clean -----------------------------------------
CLEAN: dict[str, list[str]] = {
    "de": [
        "Unsere Servicehotline erreichen Sie unter {hotline} (Mo–Fr 8–18 Uhr), die Zentrale unter {switchboard}.",
        "Ticket {ticket}: Drucker im {room} druckt nur leere Seiten. Toner getauscht, Problem besteht weiter.",
        "Bestellung {order} vom {date}: 12 x {product}, {article}, EAN {ean}. Lieferung in KW {kw}.",
        "[{ddmmyy}, {time}] Gruppe „Sommerfest {year}“ erstellt\n[{ddmmyy}, {time2}] Du hast diese Gruppe erstellt",
        "# .env.example\nDB_HOST=localhost\nDB_PASSWORD=\nSTRIPE_KEY=\n# {varname} wird im Vault gepflegt",
        "config:\n  {varname}: {masked}\n  timeout_ms: {ms}\n  retries: 3",
        "{logts} {level} {svc}: request completed status=200 duration_ms={ms} host={ip}:{port}",
        "commit {sha}\n\n    Bump Version auf {version}, Changelog ergänzt",
        "Sehr geehrte Damen und Herren,\nam {date} bleibt unser Büro wegen einer Betriebsversammlung geschlossen.",
        "Krankmeldungen sind ab dem dritten Kalendertag vorzulegen; die elektronische AU ruft die Personalabteilung "
        "selbst bei der Krankenkasse ab.",
        "Die Grippeschutzimpfung durch den Betriebsarzt findet am {weekday} im {room} statt. Anmeldung nicht nötig.",
        "Das ist mein Ernst: Wer den Kühlschrank bis Freitag nicht leert, findet seine Dosen im Müll.",
        "Der Bauer aus dem Nachbardorf liefert ab {month} wieder Eier für die Kantine.",
        "Die Hose ist beim Schneider, die Änderung dauert bis {weekday}.",
        "Mark Brandenburg, die Rose in der Vase am Empfang, ein frank und frei geführtes Gespräch – der Newsletter {month} ist da.",
        "Die Firma {company} hat ihr Angebot überarbeitet: {amount} netto, gültig bis {date}.",
        "Liebe Eltern, am {date} ist die {kita} wegen Teamfortbildung geschlossen. Die Notbetreuung ist ausgebucht.",
        "Hinweis der Hausverwaltung: Die Mülltonnen werden ab {month} dienstags geleert. Bitte Sperrmüll anmelden.",
        "Schadenmeldung – Checkliste: Fotos, Kaufbelege, Polizeibericht (bei Einbruch). Bearbeitung ca. {count2} Tage.",
        "Bescheid: Die Frist endet am {date}. Gegen diesen Bescheid kann innerhalb eines Monats Widerspruch eingelegt "
        "werden. {aktenzeichen}",
        "Einladung: Jour fixe {dept}\nWann: {weekday} {time}–{time2}\nWo: {room}\nAgenda: Budget {year}, Urlaubsplanung",
        "Webinar „{event}“ am {date}, {time} Uhr. {count} Anmeldungen, Link folgt 24 h vorher.",
        "Flug {flight} {iata}–{iata2} am {date} um {time} verspätet sich um {count2} Minuten. Gate B{count2}.",
        "Artikel;Menge;Preis\n{article};{count2};{amount}\nVersandpauschale;1;4,95 EUR",
        "KW {kw}\tUmsatz\tRetouren\nNord\t{amount}\t{pct} %\nSüd\t{amount2}\t{pct} %",
        "schreib mir eine höfliche mail an den lieferanten, dass die lieferung {order} unvollständig war",
        "fasse dieses protokoll zusammen: budget {year} bestätigt, umzug {dept} auf {month} verschoben, keine einwände",
        "CH|grüezi mitenand, chasch mer säge wänn d'Kantine hüt zuemacht? merci vielmal!",
        "CH|Sitzig am {weekday} isch verschobe, de Raum {room} isch bsetzt.",
        "AT|Servus, die Heizung im {floor} ist wieder kaputt, Ticket {ticket} ist offen. Lg aus dem Büro",
        "Übergabe {shift} {station}: keine besonderen Vorkommnisse, Kühlraum 4 °C, Tor 2 klemmt.",
        "Bewertung {stars}: Schnelle Lieferung, der {product} funktioniert einwandfrei.",
        "Wir suchen zum {month} eine/n {job} in Teilzeit. Bewerbungen über das Karriereportal.",
        "Ich bin bis {date} nicht im Büro. Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen: {hotline}.",
        "Konto-Nr. im Formular bitte als {masked} belassen; Produktcode {pcode} gehört zur Messe.",
        "Herr der Lage bleiben: Tipps für den Jahresabschluss {year} – Webinar der {company}.",
        "Der Wolf im Wildpark, die Klein- und Kurzwaren im Lager, Frau Holle im Kindertheater: Programm {month}.",
        "Unser Betriebsarzt bietet Sprechstunden zu Rückenschmerzen und Stress an, jeden {weekday}.",
        "Der Aufzug im {floor} ist außer Betrieb. Rollstuhlgerechter Zugang über den Hintereingang.",
        "Passwort-Richtlinie: mindestens 12 Zeichen, kein Wiederverwenden; die Variable {varname} bleibt leer.",
        "Bestellstatus {order}: versandt am {date}, Sendungsnummer folgt. Rückfragen: {hotline}.",
        "Neue Hotline ab {date}: {hotline}. Die alte Nummer der Zentrale {switchboard} bleibt bestehen.",
    ],
    "en": [
        "You can reach our customer line on {hotline} (Mon–Fri 8am–6pm), or the switchboard on {switchboard}.",
        "Ticket {ticket_en}: printer in {room_en} prints blank pages. Toner replaced, still failing.",
        "Order {order} placed {date_en}: 12 x {product_en}, {article_en}, EAN {ean}. Delivery in week {kw}.",
        "[{ddmmyy_en}, {time}] You created group \"Summer party {year}\"\n[{ddmmyy_en}, {time2}] You added 14 people",
        "# .env.example\nDB_HOST=localhost\nDB_PASSWORD=\nSTRIPE_KEY=\n# {varname} lives in the vault",
        "config:\n  {varname}: {masked}\n  timeout_ms: {ms}\n  retries: 3",
        "{logts} {level} {svc}: request completed status=200 duration_ms={ms} host={ip}:{port}",
        "commit {sha}\n\n    Bump version to {version}, update changelog",
        "Dear Customer,\nOur office will be closed on {date_en} for staff training.",
        "Sickness absence must be reported to your line manager by 10am; a fit note is required after seven days.",
        "Flu jabs from occupational health on {weekday_en} in {room_en}. No need to book.",
        "To be frank, the new rota is not working. Will you raise it at the team meeting?",
        "Mark the invoice as paid once the grant application is approved; prices rose {pct}% this year.",
        "Summer hours start in {month_en}; Sunny Side Café is closed for refurbishment.",
        "Hope you all had a good break. Faith in the new tooling is growing, says the survey.",
        "{company} has revised its quote: {amount} excl. VAT, valid until {date_en}.",
        "Dear Parents and Carers, the school will be closed on {date_en} for an INSET day.",
        "Notice to residents: bins will be collected on Tuesdays from {month_en}. Bulky waste must be booked.",
        "Claims checklist: photos, receipts, police report (for burglary). Processing takes about {count2} days.",
        "Your reference: {claimno}. Please reply within 28 days of the date of this letter {bracket_date}.",
        "Invitation: Weekly sync {dept_en}\nWhen: {weekday_en} {time}–{time2}\nWhere: {room_en}\nAgenda: budget {year}, "
        "holiday cover",
        "Webinar \"{event_en}\" on {date_en} at {time}. {count} registrations so far, link sent 24h before.",
        "Flight {flight} {iata}–{iata2} on {date_en} at {time} is delayed by {count2} minutes. Gate B{count2}.",
        "Item,Qty,Price\n{article_en},{count2},{amount}\nShipping,1,4.95",
        "Week {kw}\tRevenue\tReturns\nNorth\t{amount}\t{pct}%\nSouth\t{amount2}\t{pct}%",
        "write a polite email to the supplier saying order {order} arrived incomplete",
        "summarise these minutes: budget {year} signed off, {dept_en} move pushed to {month_en}, no objections",
        "Handover {shift_en}, {unit}: nothing to report, cold room at 4°C, door 2 sticks.",
        "Review {stars}: fast delivery, the {product_en} works perfectly.",
        "We're hiring a part-time {job_en} from {month_en}. Apply through the careers site.",
        "I'm out of the office until {date_en} and your message won't be forwarded. For urgent issues call {hotline}.",
        "Leave the account field as {masked}; product code {pcode} belongs to the trade fair.",
        "The surgery is closed on bank holidays; for urgent medical help call 111.",
        "Occupational health offers drop-in sessions on back pain and stress every {weekday_en}.",
        "The lift on floor 2 is out of service; step-free access via the rear entrance.",
        "Password policy: at least 12 characters, no reuse; leave {varname} empty in the template.",
        "Order status {order}: shipped {date_en}, tracking to follow. Questions: {hotline}.",
        "GB|Grant Thornton's report is due on {date_en}; Will Street car park is closed for resurfacing.",
        "US|Open enrollment runs through {date_en}. Compare {plan} and the other plans on the benefits portal.",
        "US|Reminder: the HSA contribution limit changes on January 1. Questions? Call benefits at {hotline}.",
        "GB|The clinic at {hospital} has moved to the new wing; parking is free for blue badge holders.",
        "New helpline from {date_en}: {hotline}. The switchboard number {switchboard} stays the same.",
    ],
}
CLEAN_FRAMES: dict[str, list[str]] = {
    "de": [
        "{body}\n\nViele Grüße\nIhr Team {dept}",
        "Betreff: Info {date}\n\n{body}",
        "kannst du das kürzer formulieren?\n\n{body}",
        "{body}\n\n{company} | Zentrale {switchboard}",
        "Intranet-News ({date}):\n{body}",
    ],
    "en": [
        "{body}\n\nKind regards\nThe {dept_en} team",
        "Subject: Update {date_en}\n\n{body}",
        "can you make this shorter?\n\n{body}",
        "{body}\n\n{company} | Switchboard {switchboard}",
        "Intranet news ({date_en}):\n{body}",
    ],
}

# ---------------------------------------------------------------- more voices, both languages -------------------
PII["email", "de"] += [
    "Hi {first1}, quick reminder: das Onboarding-Deck bitte bis EOD an {email2} schicken, {first2} macht das Review. "
    "Thx!",
    "Rückmeldung Vorstellungsgespräche {job}:\n{time} {name1} ({email1}) – zugesagt\n{time2} {name2} ({email2}) – "
    "verschoben",
    "Sehr geehrte Eigentümerinnen und Eigentümer,\ndie Einladung zur Eigentümerversammlung geht per Post raus. Wer sie "
    "lieber per Mail möchte: kurze Nachricht an {name1}, {email1}.\nIhre Hausverwaltung",
    "{logts} INFO mailer: queued message to=<{email1}> template=rechnung_erinnerung",
    "bitte formuliere eine antwort an {email1}, die kundin ({name1}) beschwert sich über die lieferzeit, ton: freundlich",
    "AT|Liebe {first1}, danke fürs Einspringen! Das Protokoll schickst du bitte an {email2} (die {first2} sammelt). Lg",
]
PII["email", "en"] += [
    "Hi {first1}, kurze Frage: can you send the onboarding deck to {email2} by EOD? {first2} is reviewing. Danke!",
    "Interview schedule – {job_en}\n{time} {name1} ({email1}) – confirmed\n{time2} {name2} ({email2}) – rescheduled",
    "Dear Leaseholders,\nThe AGM notice goes out by post. If you'd rather have it by email, let {name1} know at "
    "{email1}.\n{company} Block Management",
    "{logts} INFO mailer: queued message to=<{email1}> template=invoice_reminder",
    "please write a reply to {email1}, the customer ({name1}) is complaining about delivery times, tone: friendly",
    "US|Benefits enrollment\nEmployee: {name1}\nPersonal email (for COBRA notices): {email1}\nPlan: {plan}",
]
PII["phone", "de"] += [
    "Ausflug der {klasse} am {date}: Begleitpersonen {name1} ({phone1}) und {name2} ({phone2}). Treffpunkt {time}.",
    "Hallo {first1}, FYI: der Kunde {sal2} {last2} will zurückgerufen werden, mobil {phone2}, am besten nach {time}.",
    "Mieter;Whg.;Telefon\n{rev1};{floor};{phone1}\n{rev2};{floor};{phone2}",
    "transkript sprachnachricht: hallo hier ist {first1_lc} {last1_lc} ich ruf an wegen der wohnung bitte rückruf "
    "unter {phone1} danke",
    "Teilnehmerliste Erste-Hilfe-Kurs {date}\n1. {name1}, {phone1}\n2. {name2}, {phone2}\n3. {name3}, {phone3}",
    "CH|hoi {first1_lc}, mini neui nummer isch {phone1}, s'alt handy isch kaputt. merci vielmal und bis morn!",
]
PII["phone", "en"] += [
    "Trip for Year 4 on {date_en}: helpers {name1} ({phone1}) and {name2} ({phone2}). Meet at {time}.",
    "Hi {first1}, FYI: {sal2} {last2} wants a call back, mobile {phone2}, ideally after {time}.",
    "Tenant\tFlat\tPhone\n{rev1}\t{count2}\t{phone1}\n{rev2}\t{count2}\t{phone2}",
    "voicemail transcript: hi this is {first1_lc} {last1_lc} calling about the flat please call me back on {phone1} "
    "thanks",
    "First aid course attendees {date_en}\n1. {name1}, {phone1}\n2. {name2}, {phone2}\n3. {name3}, {phone3}",
    "Hi {first1}, kannst du {first2} zurückrufen? His mobile is {phone2}, es geht um das Angebot.",
]
PII["iban", "de"] += [
    "Hallo zusammen, für das Teamevent bitte {amount} an {name1} überweisen, IBAN {iban1}, Betreff: Kartbahn 🏎️",
    "Kaution für die Wohnung {floor}: Rückzahlung an {name1} auf {iban1} nach Abnahme am {date}.",
    "{logts} INFO sepa-export: mandate={ext} debtor=\"{name1}\" iban={iban1} amount={amount}",
    "Vertreter:in gesucht! {first1} ist bis {date} weg, Gehaltskonto {iban1} wurde schon in der Lohnabrechnung geändert.",
    "transkript sprachnachricht: meine neue iban ist {iban1} bitte für die rückerstattung nehmen grüße {first1_lc}",
    "DE|Antrag auf Erstattung\nAktenzeichen: {aktenzeichen}\nAntragsteller: {name1}\nBankverbindung: {iban1}",
]
PII["iban", "en"] += [
    "Hi team, for the go-karting please send {amount} to {name1}, IBAN {iban1}, ref: karting 🏎️",
    "Deposit return for Flat {count2}: {amount} to {name1}, account {iban1}, after check-out on {date_en}.",
    "{logts} INFO sepa-export: mandate={ext} debtor=\"{name1}\" iban={iban1} amount={amount}",
    "Kurze Info an HR: {first1}'s new salary account is {iban1}, bitte ab {month_en} nutzen.",
    "voicemail transcript: my new iban is {iban1} not the old {iban2} please use it for the refund thanks {first1_lc}",
    "Refund request\nReference: {claimno}\nApplicant: {name1}\nBank details: {iban1}\n(the previous account {iban2} is closed)",
]
PII["credit-card", "de"] += [
    "Reservierung Tisch für 8 Personen am {date}, {time}. Garantie per Kreditkarte: {card1} ({name1}).",
    "Bestellung {order}\nRechnungsempfänger: {name1}\nZahlart: Mastercard {card1}\nStatus: autorisiert",
    "hi, die firmenkarte von {first1} ({card1}) ist gesperrt, kannst du die buchung mit deiner machen? thx",
    "transkript: ich brauch nochmal die kartennummer für die messe also {card1} ablaufdatum {expiry} danke",
    "Karteninhaber\tKarte\tLimit\n{rev1}\t{card1}\t{amount}\n{rev2}\t{card2}\t{amount2}",
    "Schadenmeldung {claimno}: Missbrauch der Kreditkarte {card1} von {name1} nach Hoteleinbruch.",
]
PII["credit-card", "en"] += [
    "Table for 8 on {date_en} at {time}. Card guarantee: {card1} ({name1}).",
    "Order {order}\nBill to: {name1}\nPayment: Mastercard {card1}\nStatus: authorised",
    "hey the company card for {first1} ({card1}) is blocked, can you book it on yours? thx",
    "voice note: need the card number again for the trade fair so {card1} expiry {expiry} thanks",
    "Cardholder\tCard\tLimit\n{rev1}\t{card1}\t{amount}\n{rev2}\t{card2}\t{amount2}",
    "Claim {claimno}: misuse of {poss1} credit card {card1} after a hotel break-in.",
]
PII["tax-id", "de"] += [
    "Hi {first1}, kurze Info für payroll: {taxcue1} ist {taxid1}, sorry für die Verspätung!",
    "transkript sprachnachricht: für die anmeldung brauchen sie meine {taxcue1} die lautet {taxid1} grüße {first1_lc}",
    "{logts} WARN hr-import: row 14 name=\"{name1}\" tax_no=\"{taxid1}\" duplicate",
    "Onboarding-Checkliste {name1}\n[x] Vertrag unterschrieben\n[x] {taxcue1}: {taxid1}\n[ ] Laptop bestellt",
    "CH|Grüezi {sal1} {last1}, für d'Lohnabrechnig bruuche mer no Ihri AHV-Nummer – merci! Antwort: {tx_ahv1}",
    "AT|Liebe {first1}, für den Dienstzettel fehlt mir noch deine Sozialversicherungsnummer. – Antwort: {tx_vnr1}",
]
PII["tax-id", "en"] += [
    "Hi {first1}, für payroll: your {taxcue1} is {taxid1}, sorry it's late!",
    "voicemail transcript: for the registration you need my {taxcue1} it's {taxid1} thanks {first1_lc}",
    "{logts} WARN hr-import: row 14 name=\"{name1}\" tax_no=\"{taxid1}\" duplicate",
    "Onboarding checklist – {name1}\n[x] contract signed\n[x] {taxcue1}: {taxid1}\n[ ] laptop ordered",
    "GB|Hi {first1}, HR needs your NI number for the pension scheme. – reply: {tx_nino1}",
    "US|Benefits enrollment – employee {name1}, SSN {tx_ssn1}, spouse {name2}, SSN {tx_ssn2}",
]
PII["address", "de"] += [
    "Wohnungsübergabe\nMieter/in: {name1}\nObjekt: {addr1}\nZählerstand Strom: {count} kWh",
    "transkript sprachnachricht: die lieferung bitte an {addr1} nicht ins büro danke {first1_lc}",
    "Teilnehmerin\tAnschrift\n{name1}\t{addr1}\n{name2}\t{addr2}",
    "Hi {first1}, kannst du das Paket an meine private Adresse schicken? {addr1} – thx!",
    "{sal1} {name1}\n{addr_post_ml}\n\nIhre Schadenmeldung {claimno} vom {date}",
    "CH|Grüezi, bitte d'Rächnig a {name1}, {addr1} schicke. Merci vielmal!",
]
PII["address", "en"] += [
    "Check-in report\nTenant: {name1}\nProperty: {addr_flat}\nMeter reading: {count} kWh",
    "voice note: deliver it to {addr1} not the office thanks {first1_lc}",
    "Attendee\tAddress\n{name1}\t{addr1}\n{name2}\t{addr2}",
    "Hi {first1}, kannst du das Paket to my home address schicken? {addr1} – thx!",
    "{sal1} {name1}\n{addr_post_ml}\n\nYour claim {claimno} dated {date_en}",
    "US|Dependent address (if different): {name2}, {addr_flat}",
]
PII["date-of-birth", "de"] += [
    "Reiseanmeldung Klassenfahrt {klasse}\nSchüler/in: {name1}\nGeburtsdatum: {dobk1}\n{h:Allergien}: keine",
    "transkript sprachnachricht: ich bin {first1_lc} {last1_lc} geboren {dob1} und wollte meinen termin verschieben",
    "{logts} INFO crm: created contact name=\"{name1}\" birthdate={dob1}",
    "Mitgliedsantrag Betriebssport: {name1}, geb. {dob1}, Abteilung {dept}",
    "CH|Grüezi, i bi de {first1} {last1}, gebore am {dob1}, und hett gern en Termin.",
    "Hi {first1}, für die Versicherung brauch ich noch das Geburtsdatum von {first2}: {dob2}, oder? Thx",
]
PII["date-of-birth", "en"] += [
    "School trip registration\nPupil: {name1}\nDate of birth: {dobk1}\n{h:Allergies}: none",
    "voicemail transcript: hi it's {first1_lc} {last1_lc} date of birth {dob1} I'd like to move my appointment",
    "{logts} INFO crm: created contact name=\"{name1}\" birthdate={dob1}",
    "Staff sports club membership: {name1}, DOB {dob1}, team {dept_en}",
    "Hi {first1}, für die Versicherung I still need {poss2} date of birth: {dob2}, right? Thx",
    "Passenger details\nSurname: {last1}\nGiven names: {first1}\nDate of birth: {dob1}\nSeat: {seat}",
]
PII["name", "de"] += [
    "Hi zusammen, quick update aus dem Standup: {first1} übernimmt das Ticket {ticket}, {first2} ist im Urlaub.",
    "Raumbuchung {room}: gebucht von {init1}, Teilnehmende {name2}, {name3}",
    "{logts} INFO auth: user \"{name1}\" logged in from {ip}",
    "Sitzplan Sommerfest\nTisch 1: {name1}, {name2}, {name3}\nTisch 2: {first4} mit Begleitung",
    "transkript sprachnachricht: hallo {first1_lc} hier ist {first2_lc} ich komm heute später sag bitte {first3_lc} bescheid",
    "Laut {poss1} Notizen hat {sal2} {last2} das Angebot schon unterschrieben.",
    "AT|Grüß Gott, die Unterlagen liegen bei {sal1} {last1} im Sekretariat, {first2} holt sie am {weekday}.",
    "CH|merci {first1_lc}! dr {first2} und d'{first3} chömed au, mir sind denn z'viert.",
]
PII["name", "en"] += [
    "Hi all, quick update from stand-up: {first1} is taking {ticket_en}, {first2} is on holiday.",
    "Room booking {room_en}: booked by {init1}, attendees {name2}, {name3}",
    "{logts} INFO auth: user \"{name1}\" logged in from {ip}",
    "Seating plan – summer party\nTable 1: {name1}, {name2}, {name3}\nTable 2: {first4} plus one",
    "voicemail transcript: hi {first1_lc} it's {first2_lc} running late today please tell {first3_lc}",
    "According to {poss1} notes, {sal2} {last2} already signed the quote.",
    "Danke {first1}! Great session – {first2} will send the slides, {init3} takes the follow-ups.",
    "Recommendation: \"{first1} was a pleasure to manage\" – {name2}, Head of Operations",
]
PII["secret", "de"] += [
    "kannst du mir sagen warum das nicht geht?\n\nimport requests\nrequests.get(url, headers={\"X-Api-Key\": \"{secret}\"})",
    "Hi {first1}, das Admin-PW für den Kundenshop ist {secret}, bitte nicht im Chat weitergeben 🙈",
    "{logts} ERROR {svc}: auth failed token={secret} ip={ip}",
    "docker run -e POSTGRES_PASSWORD={secret} -p {port}:{port} postgres:16",
    "CH|hoi {first1_lc}, s'passwort fürs wlan im sitzigszimmer isch {secret}. merci vielmal!",
    "Übergabe IT: Root-Zugang Backup-Server geändert, neues Kennwort {secret} (liegt auch im Tresor).",
]
PII["secret", "en"] += [
    "can you tell me why this fails?\n\nimport requests\nrequests.get(url, headers={\"X-Api-Key\": \"{secret}\"})",
    "Hi {first1}, the admin password for the web shop is {secret}, please don't share it in chat 🙈",
    "{logts} ERROR {svc}: auth failed token={secret} ip={ip}",
    "docker run -e POSTGRES_PASSWORD={secret} -p {port}:{port} postgres:16",
    "Handover IT: backup server root password changed, new one is {secret} (also in the safe).",
    "aws configure\nAWS Access Key ID: {secret}\nAWS Secret Access Key: {secret2}",
]
PII["health", "de"] += [
    "Hi team, kurze Info: {first1} ist diese Woche {sick}, {h:Rücken}. Meetings bitte verschieben, thx!",
    "transkript sprachnachricht: hallo hier ist {first1_lc} ich bin {sick} hab {dx} der arzt sagt zwei wochen",
    "Personalakte {name1}: {h:Wiedereingliederung} nach {dx} ab {date}, 4 Stunden täglich.",
    "Liebe Eltern der {klasse},\n{first1} darf nach {dx} wieder in die Kita, bitte denken Sie an das {h:ärztliche Attest}.",
    "Schadenmeldung {claimno}: Die versicherte Person {name1} ist seit dem Sturz {cond}.",
    "{logts} INFO hr-portal: absence created employee=\"{name1}\" type=\"{h:Krankheit}\" until={iso}",
]
PII["health", "en"] += [
    "Hi team, FYI {first1} is {sick_en} this week, {h:back pain}. Please move meetings, danke!",
    "voicemail transcript: hi it's {first1_lc} I'm {sick_en} with {dx_en} the doctor says two weeks",
    "HR file {name1}: {h:phased return} after {dx_en} from {date_en}, 4 hours a day.",
    "Dear Parents,\n{first1} in Class 3 can come back after {dx_en}; please bring the {h:doctor's note}.",
    "Claim {claimno}: the insured person {name1} has been {cond_en} since the fall.",
    "{logts} INFO hr-portal: absence created employee=\"{name1}\" type=\"{h:sickness}\" until={iso}",
]
CLEAN["de"] += [
    "Hi zusammen, quick reminder: das All-Hands ist am {weekday} um {time}, Agenda kommt per Mail. Thx!",
    "transkript sprachnachricht: bitte den drucker im {room} neu starten und toner bestellen danke",
    "{logts} WARN {svc}: retrying connection to {host}:{port} attempt=2",
    "docker run -e POSTGRES_PASSWORD=$POSTGRES_PASSWORD -p {port}:{port} postgres:16",
    "Raumbuchung {room}: {weekday}, {time}–{time2}, Beamer und Flipchart bestellt.",
    "Sitzplan Sommerfest folgt, Anmeldeschluss {date}. Vegetarische Optionen vorhanden.",
    "Hinweis zum Datenschutz: Bitte keine Gesundheitsdaten von Mitarbeitenden in Tickets schreiben.",
    "Die Frühjahrsgrippe geht um – bitte bei Symptomen im Homeoffice bleiben und die Hände waschen.",
    "Wohnungsübergabe-Protokoll (Vorlage): Zählerstände, Schlüsselanzahl, Mängel. Bitte vollständig ausfüllen.",
    "Artikelnummer\tBezeichnung\tBestand\n{article}\t{product}\t{count}",
    "CH|merci vielmal für de Apéro geschter! Nächsti Wuche isch wieder Teamsitzig im {room}.",
    "AT|Liebe Kolleginnen und Kollegen, die Kantine hat ab {month} wieder Mittagsmenü. Lg, das Facility-Team",
    "Klein, aber fein: Die Kaffeemaschine im {floor} ist repariert. Danke an die Haustechnik!",
    "Mark, Frank und Ernst: Drei Begriffe für unser Wortspiel im Newsletter – wer errät die Bedeutung?",
    "Der Schneider liefert die neuen Uniformen am {date}, die Anprobe ist im {room}.",
    "Kurz und knapp: Die Deadline für Reisekosten {month} ist der {date}.",
    "Wolf-Garten-Geräte bitte im Lager Süd abholen, Bestellung {order}.",
    "Bescheid über die Festsetzung der Grundsteuer: Die Hebesätze der Gemeinde bleiben {year} unverändert.",
    "{logts} INFO auth: login succeeded user_id={ext} method=sso",
    "Zugangsdaten für das Testsystem stehen im Passwortmanager; das Passwort-Feld im Ticket bleibt leer ({masked}).",
]
CLEAN["en"] += [
    "Hi all, quick reminder: all-hands is on {weekday_en} at {time}, agenda to follow. Danke!",
    "voice note: please restart the printer in {room_en} and order toner thanks",
    "{logts} WARN {svc}: retrying connection to {host}:{port} attempt=2",
    "docker run -e POSTGRES_PASSWORD=$POSTGRES_PASSWORD -p {port}:{port} postgres:16",
    "Room booking {room_en}: {weekday_en}, {time}–{time2}, projector and flipchart ordered.",
    "Seating plan to follow, RSVP by {date_en}. Vegetarian options available.",
    "Data protection reminder: please don't put colleagues' health information in tickets.",
    "There's a lot of flu going round – please work from home if you have symptoms and wash your hands.",
    "Check-in report template: meter readings, number of keys, defects. Please fill in every field.",
    "Item number\tDescription\tStock\n{article_en}\t{product_en}\t{count}",
    "Rose Garden Café reopens on {date_en}; the Grant Road entrance stays closed.",
    "Will the new rota work for the summer? Hope so – feedback by {weekday_en}.",
    "Frank feedback wanted: is the new expenses tool any better?",
    "The Baker Street office moves to the 3rd floor; Marks & Spencer vouchers for the raffle are at reception.",
    "Short and sweet: expense claims for {month_en} are due by {date_en}.",
    "Council Tax: the rates for {year} are unchanged. See the council website for bands.",
    "{logts} INFO auth: login succeeded user_id={ext} method=sso",
    "Test system credentials are in the password manager; leave the password field in the ticket empty ({masked}).",
    "US|Reminder: dependents must be added during open enrollment; you'll need their SSNs (do not email them).",
    "GB|Your GP surgery will never ask for your NHS number by text message. Report suspicious messages.",
]
CLEAN_FRAMES["de"] += ["FYI 👇\n\n{body}", "{body}\n\n(automatisch übersetzt)"]
CLEAN_FRAMES["en"] += ["FYI 👇\n\n{body}", "{body}\n\n(auto-translated)"]
FRAMES["de"] += ["Hi {first4}, FYI – siehe unten.\n\n{body}\n\nThx, {first4}"]
FRAMES["en"] += ["Hi {first4}, kurze Info – see below.\n\n{body}\n\nDanke, {init4}"]
