"""Templates of pii6: texts with personal data per (category, language), clean business sentences, frames.

Slots: {name1} {first1} {last1} {rev1} ("Last, First") {up1} ("LAST/FIRST") {caps1} ("LAST First") {allcaps1}
{init1} {poss1} (possessive) and _lc (lowercase), {sal1}, {email1} {phone1} {iban1} {card1} {taxcue1} {taxid1}
{tx_KIND1}, {addr1} {addr_ml} {addr_flat} {addr_flat_ml} {addr_post} {addr_house_ml}, {dob1} {dobk1}, {token} {pw}
{secret} {pin} {sshkey}, health {sick} {dx} {med} {cond} (+ _en) and {h:words} written in; other slots are plain values.
A template may start with market tags ("GB,US|...") that limit it to those locales.
"""

from __future__ import annotations

PII: dict[tuple[str, str], list[str]] = {}
CLEAN: dict[str, list[str]] = {}
FRAMES: dict[str, list[str]] = {}
CLEAN_FRAMES: dict[str, list[str]] = {}

PII["email", "de"] = [
    "Bautagebuch {site}, {date}\nWetter: bedeckt, 6 °C. Anwesend: Polier {name1}, 4 Mann Trockenbau.\nRückfragen zur Lieferung bitte direkt an {email1}.",
    "Besichtigungstermine Whg. 3.OG li.:\n{time} {name1} ({email1})\n{time2} {name2} ({email2})\nSchlüssel bei {hv} abholen.",
    "Hallo zusammen, die Anmeldeliste für {kgv}: Parzelle 17 übernimmt {name1}, Kontakt {email1}. Bitte Pachtvertrag bis {date} unterschreiben.",
    "Guten Tag, ich habe Mail von Ihnen nicht bekommen, bitte schicken nochmal an {email1}, die alte Adresse ist kaputt. Danke sehr, {name1}",
    "name;vorname;email;status\n{last1};{first1};{email1};eingeladen\n{last2};{first2};{email2};Absage",
    "Von: {name1} <{email1}>\nBetreff: Auskunftsersuchen nach Art. 15 DSGVO\n\nSehr geehrte Damen und Herren, bitte teilen Sie mir mit, welche Daten Sie über mich speichern.",
    "Für die Badge-Liste der {conf}: {allcaps1}, {company}, {email1}. Namensschild bitte ohne Titel.",
    "AT,CH|Sehr geehrte Damen und Herren, in obiger Angelegenheit wird höflich ersucht, künftige Zustellungen an {email1} zu richten. Mit vorzüglicher Hochachtung {name1}",
    "yo {first1_lc} hier, schick mir die fotos vom probe-wochenende einfach an {email1} 🙏 hab kein whatsapp mehr lol",
    "Bitte fügen Sie {name1} ({email1}) zum Verteiler der {ff} hinzu, ab {month} aktives Mitglied.",
    "CRM-Notiz {date}: Rückruf von {sal1} {last1}, möchte Angebot per Mail an {email1} statt Post. Nächster Schritt: {role}.",
    "git log -1\nAuthor: {name1} <{email1}>\nDate:   {weekday} {time}\n\n    Lohnexport: Spalte Kostenstelle ergänzt",
    "Übersetzungsauftrag {lang_pair}, 12 Normseiten, Lieferung an {email1}. Ansprechpartnerin beim Kunden: {sal2} {name2}.",
    "Schreib eine freundliche Erinnerung an {name1} ({email1}), dass die Kaution noch offen ist. Nicht zu streng.",
    "Abholung Fundsache Bürgeramt: {sal1} {last1} hat Brieftasche verloren, Benachrichtigung an {email1} geschickt.",
    "@{first1_lc} kannst du den neuen Azubi {name2} in den Kanal holen? Mail: {email2}",
]

PII["email", "en"] = [
    "Site diary {site_en}, {date_en}. On site: {name1} (supervisor), scaffolders x3. Delivery queries to {email1} please.",
    "Viewing slots for Flat 2B:\n{time} - {name1} <{email1}>\n{time2} - {name2} <{email2}>\nKeys from {hv_en}.",
    "Kindly do the needful and update my email id to {email1} in your records. Regards, {name1}",
    "Badge list {conf_en}: {allcaps1} | {company} | {email1} | dietary: vegetarian",
    "candidate_id\tfull_name\temail\tstage\n{ticketno}\t{name1}\t{email1}\tphone screen",
    "Howdy, y'all can reach me at {email1} any time, I'm fixin' to send the signed lease Monday. Thanks kindly, {first1}",
    "Subject: Subject access request\nFrom: {name1} <{email1}>\nUnder Article 15 UK GDPR please send me a copy of all personal data you hold on me.",
    "US|HubSpot note: {name1} opened the renewal email 3x, prefers contact at {email1}. Owner: {role_en}.",
    "Abeg send the invoice to {email1}, the other address no dey work again. Thank you sir, {name1}",
    "Please add {name1} ({email1}) to the rota for the Brass Band tour, they are joining from {month_en}.",
    "Grand so, I'll pop the choir music over to {email1} tonight. Tell {first2} I said hello. {first1}",
    "Write a polite follow-up to {name1} at {email1}: the library book {book_en} is three weeks overdue.",
    "Hi {first1}!!! we MET at {conf_en} - sending my deck to {email1} like promised, lets connect on LinkedIn :) {name2}",
    "Howzit, please change the email for our crowdfunding pledge ({reward}) to {email1}. Cheers, {name1}",
    "INC ticket {ticketno}\nCaller: {name1}\nEmail: {email1}\nShort description: cannot log in to payroll portal",
    "commit 3f1{sha}\nAuthor: {name1} <{email1}>\n\n    fix tenant export: encode umlauts",
]

PII["phone", "de"] = [
    "Dienstplan {ff}, KW {kw}:\nMaschinist: {name1}, {phone1}\nAngriffstrupp: {name2}, {phone2}",
    "Schadenmeldung {claimno}: Wasserschaden im Bad, Versicherungsnehmer {name1}, erreichbar unter {phone1} (ab 17 Uhr).",
    "Fahrschule: Fahrstunde {weekday} {time}, Fahrschülerin {name1}, Handy {phone1}. Treffpunkt an der Tankstelle.",
    "Hallo, hier ist {first1} aus Zimmer 12, bitte rufen Sie mich zurück unter {phone1}, Heizung geht wieder nicht, drei Tage schon!!!",
    "Guten Tag, ich bin {name1}, mein Handy neu: {phone1}. Bitte Sie schreiben neu in Liste, alte Nummer ist nicht mehr.",
    'Mailbox-Transkript ({stamp}): "ja hallo hier {first1_lc} {last1_lc} äh wegen dem termin beim zulassungsamt können sie mich bitte unter {phone1} zurückrufen danke"',
    "Chorprobe fällt aus! Wer mitfahren will zur Generalprobe: {name1} hat noch 3 Plätze, {phone1}.",
    "Rubrum: In dem Rechtsstreit {name1}, Tel. {phone1}, – Kläger – gegen {company} – Beklagte –",
    "Kunde ruft an wegen Mietwagen {rental}, Rückgabe verspätet. Rückruf an {sal1} {last1}: {phone1}.",
    "CH|Grüezi, ich bin de {first1}, mis Natel isch {phone1}, chasch mi am Abig aalüte wäg em Schlüssel für d'Wohnig?",
    "AT|Betreff: Ersuchen um Rückruf. Frau/Herr {name1} ersucht um telefonische Kontaktaufnahme unter {phone1}. Zl. {aktenzeichen}",
    "Team, {first1} ist ab morgen Bereitschaft. Nummer {phone1}. Kein Rückruf nach 22 Uhr.",
    "Kontaktliste Elternabend {kita}:\n| Kind | Elternteil | Telefon |\n|---|---|---|\n| Lea | {name1} | {phone1} |\n| Emil | {name2} | {phone2} |",
    "Schreib eine SMS an {name1} ({phone1}): Termin Wohnungsübergabe verschiebt sich auf {weekday}, {time}.",
    "[{logts}] WARN sms-gateway: Zustellung an {phone1} fehlgeschlagen (user={name1})",
]

PII["phone", "en"] = [
    "Fire roster week {kw}: driver {name1} {phone1}; crew {name2} {phone2}",
    "FNOL {claimno}: burst pipe, policyholder {name1}, best number {phone1}, after 5pm only.",
    "Driving lesson booked {weekday_en} {time} for {name1}, mobile {phone1}. Pick-up at the library car park.",
    'Voicemail transcript: "hi it\'s {first1_lc} calling about the council tax letter could you ring me back on {phone1} thanks bye"',
    "Hello ma, my number is {phone1}, I am {name1}, please call me regarding the visa appointment letter.",
    "Please ring me back urgently on {phone1} my name is {name1} I have been waiting THREE WEEKS for the repair!!!",
    "Agent: Can I take a contact number?\nCaller: yeah it's {phone1}\nAgent: Thank you {sal1} {last1}.",
    "Lettings: {name1} wants a second viewing, call {phone1} before noon.",
    "Well bless your heart, {first1}, just holler at me on {phone1} when the U-Haul gets there.",
    "Class rep list {kita_en}: {name1} {phone1} / {name2} {phone2}",
    "IE,GB|Ah sure give {first1} a ring on {phone1}, she has the keys for the hall.",
    "Badge pickup issue at {conf_en}: {name1} says their badge is misspelt, phone {phone1}.",
    "ServiceNow {ticketno} | Opened by: {name1} | Contact: {phone1} | Category: Hardware | Laptop won't boot",
    "Draft a text to {name1} at {phone1} confirming their dental check-up moved to {weekday_en}.",
    '{logts} INFO sms.send to={phone1} user="{name1}" template=viewing_reminder',
]

PII["iban", "de"] = [
    "Nebenkostenabrechnung {year}: Guthaben von {amount} wird auf Ihr Konto {iban1} (Kontoinhaber {name1}) überwiesen.",
    "Mitgliedsantrag {kgv}: Name {name1}, SEPA-Lastschrift von IBAN {iban1}, Jahrespacht {amount}.",
    "Sehr geehrte Damen und Herren, bitte überweisen Sie meine Kaution auf {iban1}. Vielen Dank im Voraus und schönen Tag, {name1}",
    "Inkasso {aktenzeichen}: Forderung gegen {name1}. Zahlungen ausschließlich auf {iban1} unter Angabe des Aktenzeichens.",
    "Lohnabrechnung {month}: Auszahlung an {rev1}, IBAN {iban1}, netto {amount}.",
    "Hallo, Rückerstattung Fitnessstudio bitte auf {iban1}, gekündigt habe ich schon im {month}. Gruß {first1}",
    "Ich bitte um Auszahlung von Schadenersatz an mein Konto, IBAN ist {iban1}, Name {name1}. Vielen Dank, ich warte schon lange.",
    "Bankverbindung für die Fahrkostenerstattung der Studienteilnehmerin {name1}: {iban1}",
    "personal_nr;name;iban;betrag\n{count};{name1};{iban1};{amount}\n{count2};{name2};{iban2};{amount}",
    "Fasse zusammen und schreib eine Zahlungserinnerung: Mieter {name1}, Rückstand {amount}, Lastschrift von {iban1} zurückgegangen.",
    "CH|Grüezi, bitte d Rückzahlig uf mis Konto {iban1} überwiise, Merci vielmal. {name1}",
    "AT|Der Betrag wird antragsgemäß auf das Konto lautend auf {name1}, IBAN {iban1}, zur Anweisung gebracht.",
    "Crowdfunding-Rückerstattung: Unterstützer {name1}, Stufe {reward}, IBAN {iban1}.",
    "INSERT INTO mieter (name, iban) VALUES ('{name1}', '{iban1}');",
]

PII["iban", "en"] = [
    "Service charge statement {year}: refund of {amount} to account {iban1}, holder {name1}.",
    "Kindly credit my salary arrears to {iban1}. Thanking you in anticipation, {name1}",
    "Payroll query: {name1} says the payslip shows the old bank, correct IBAN is {iban1}.",
    "Debt recovery ref {caseno_en}: debtor {name1}. Payments to {iban1} only, quoting the reference.",
    "Please refund my deposit to {iban1} - I moved out on {date_en}. {name1}",
    "employee,iban,net\n{name1},{iban1},{amount}\n{name2},{iban2},{amount}",
    "Backer {name1} ({reward}) asked for a refund to {iban1} because shipping to Dublin was cancelled.",
    'Rewrite this more politely: "{first1}, you STILL haven\'t paid, use {iban1} TODAY"',
    "Travel reimbursement for trial participant {name1}: IBAN {iban1}, mileage 42 miles.",
    "Sir, the money you send to {iban1} never reach me. Please check again. {name1}",
    "Gym membership cancellation - final refund to {iban1} for member {name1}, thank you!",
    '- name: {name1}\n  iban: "{iban1}"\n  role: treasurer',
    "Hey {first1}, the Ts and Cs say we pay into {iban1} - that's yours, hey? Shot, {first2}",
]

PII["credit-card", "de"] = [
    "Reservierung Mietwagen {rental}: Fahrer {name1}, Kaution über Kreditkarte {card1}, gültig bis {expiry}.",
    "Bitte buchen Sie die Konferenzgebühr für {name1} über die Firmenkarte {card1} ab. Danke!",
    "Hallo, ich habe falsch bezahlt mit Karte {card1}, bitte zurück buchen. {name1}",
    "Kundenhinweis im CRM: Kartenzahlung {card1} abgelehnt, {sal1} {last1} informiert.",
    "Zahlungsdaten Buchung {pnr}: {up1} {ptitle1}, Karte {card1}, Ablauf {expiry}, Sitz {seat}.",
    "Das war NICHT ich!!! Abbuchung auf meiner Karte {card1} von Ihrem Studio, sofort stornieren!! {name1}",
    "fasse zusammen: Kunde {name1} ruft an, Karte {card1} doppelt belastet für Hotel in {city}",
    'Transkript: "meine karten nummer ist {card1} äh ablauf {expiry}" – Anruferin {first1_lc} {last1_lc}',
    '{logts} ERROR payment-svc charge failed card={card1} holder="{name1}" code=05',
    "Spende fürs Sommerfest der {ff}: {name1} zahlt per Kreditkarte {card1}.",
    "CH|Sehr geehrte Damen und Herren, für die Gebühr der Einwohnerkontrolle belasten Sie bitte meine Karte {card1}. Freundliche Grüsse {name1}",
    "Übersetzungsbüro: Vorauszahlung für {name1}, Karte {card1}, Betrag {amount}.",
    "Schreib eine Mail an den Kundenservice: meine Karte {card1} wurde zweimal belastet, ich bin {name1}.",
]

PII["credit-card", "en"] = [
    "Car hire {rental}: driver {name1}, deposit on card {card1} exp {expiry}.",
    "PNR {pnr}\n1.{up1} {ptitle1}\nFOP CC {card1} EXP {expiry}",
    "Good morning sir, kindly charge the visa fees to my card {card1}. Yours faithfully, {name1}",
    "I DID NOT AUTHORISE THIS!!! Card {card1} was charged by your gym twice. Refund NOW. {name1}",
    "Hubspot note: {name1} paid deposit with {card1}, receipt sent.",
    'Call transcript (auto): caller {first1_lc} {last1_lc} said "card number {card1} expiry {expiry}"',
    "Please charge the registration for {name1} to the company card {card1}. Thanks!",
    '{logts} WARN checkout declined pan={card1} customer="{name1}"',
    "US|Honey, I put the deposit on my card {card1}, tell {first2} not to pay twice. Love, {first1}",
    "Summarise this complaint and draft a reply: {name1} says card {card1} was charged for a cancelled booking.",
    "Backer pledge: {name1}, {reward}, card {card1}.",
    "Ahoy, {first1} here, pls use card {card1} for the booth at {conf_en}, cheers",
]

PII["tax-id", "de"] = [
    "Personalfragebogen neu: {name1}, {taxcue1}: {taxid1}, Eintritt {date}.",
    "Lohnbüro, bitte ändern: bei {rev1} ist die {taxcue1} falsch, richtig ist {taxid1}.",
    "DE|Rückfrage Steuerberatung: Für {name1} fehlt noch die Steuer-ID. Laut Bescheid lautet sie {tx_idnr1}.",
    "DE|SV-Meldung: {name1}, RV-Nr. {tx_svnr1}, Beschäftigungsbeginn {date}.",
    "DE|Hallo, ich bin {name1}, meine Steuernummer ist {tx_stnr1}, ich brauche Bescheinigung für Finanzamt bitte.",
    "AT|Dienstnehmermeldung an die ÖGK: {name1}, Versicherungsnummer {tx_vnr1}, Anmeldung mit {date}.",
    "AT|Bezughabend auf die Abgabenkontonummer {tx_tin1} wird Frau/Herr {name1} um Vorlage der Unterlagen ersucht.",
    "CH|Anmeldung Einwohnerkontrolle: {name1}, AHV-Nr. {tx_ahv1}, Zuzug per {date}.",
    "CH|Lohnausweis {year}: {caps1}, Sozialversicherungs-Nr. {tx_ahv1}, Bruttolohn {amount}.",
    "Bewerber-Export (ATS):\nName\t{taxcue1}\tEintritt\n{name1}\t{taxid1}\t{date}",
    "Schreib eine Nachricht an {name1}: die {taxcue1} {taxid1} ist im System hinterlegt, keine weitere Aktion nötig.",
    "DE|{last1}, {first1} | IdNr {tx_idnr1} | SV {tx_svnr1}",
    '{"mitarbeiter": "{name1}", "{taxcue1}": "{taxid1}"}',
]

PII["tax-id", "en"] = [
    "New starter checklist: {name1}, {taxcue1} {taxid1}, start date {date_en}.",
    "GB|Payroll query: {name1} says their NI number on the payslip is wrong, it should be {tx_nino1}.",
    "GB|HMRC letter for {name1}, UTR {tx_utr1}, self assessment due 31 January.",
    "GB|Dentist recall: {name1}, NHS number {tx_nhs1}, check-up due in {month_en}.",
    "US|W-4 received for {name1}, SSN {tx_ssn1}. File in HR folder, not email.",
    "US|Ma'am, my ITIN is {tx_itin1}, I am {name1}, please kindly update the tax form.",
    "US|Immigration paralegal note: client {name1}, SSN {tx_ssn1}, A-number pending.",
    "ATS export:\nname\t{taxcue1}\tstart\n{name1}\t{taxid1}\t{date_en}",
    "Please draft an email to {name1} confirming we hold {taxcue1} {taxid1} on file.",
    "GB|Ticket {ticketno}: {name1} can't submit the expense claim, NI field rejects {tx_nino1}.",
    "GB|{caps1}\nNINO: {tx_nino1}\nNHS: {tx_nhs1}",
    'employee:\n  name: {name1}\n  {taxcue1}: "{taxid1}"',
    "US|Howdy, y'all need my social for the lease? It's {tx_ssn1}. - {name1}",
]

PII["address", "de"] = [
    "Mieterliste Haus 4:\n{name1}, {addr1}\n{name2}, {addr2}",
    "Meldebescheinigung für {name1}, wohnhaft {addr1}, beantragt am {date}.",
    "Bitte Rechnung an folgende Adresse:\n{name1}\n{addr_ml}",
    "Schadenmeldung: Einbruch bei {sal1} {last1}, Risikoort {addr1}.",
    "Ich wohne jetzt neue Adresse {addr1}, bitte Post nicht mehr alte schicken. {name1}",
    "Lieferadresse für Baustellencontainer: {addr1}, Ansprechpartner vor Ort {name1}.",
    "DE|Sehr geehrte/r {sal1} {last1},\nIhre Wohnung im {addr_flat} wird am {weekday} abgelesen.",
    "Postanschrift Kanzlei für {name1}: {addr_post}",
    "Abmeldung Kfz, Halter {name1}, {addr1}, Kennzeichen {plate}.",
    "vCard:\nBEGIN:VCARD\nFN:{name1}\nADR;TYPE=home:;;{addr1}\nEND:VCARD",
    "Wo genau ist das? {first1} meinte {addr1}, Hinterhof, klingeln bei {last1}.",
    "Schreib einen Brief an {name1}, {addr1}, wegen der Nebenkostennachzahlung.",
    "Empfänger:\n{name1}\nc/o {name2}\n{addr_ml}",
    "INSERT INTO kunden (name, adresse) VALUES ('{name1}', '{addr1}');",
]

PII["address", "en"] = [
    "Tenant list block C:\n{name1}, {addr1}\n{name2}, {addr2}",
    "Please send the refund cheque to:\n{name1}\n{addr_ml}",
    "FNOL: theft from vehicle outside {poss1} home, {addr1}.",
    "Council tax: {name1} moved in to {addr1} on {date_en}.",
    "GB|Dear Sir/Madam, my new address is {addr_flat}. Yours faithfully, {name1}",
    "Delivery to site: {addr1}, ask for {name1} at the gate.",
    "Ship the rewards to {name1} at {addr_ml} thanks a million",
    "Kindly note my residential address: {addr1}. {name1}",
    "US|Vehicle registration for {name1}, {addr1}, plate pending.",
    "BEGIN:VCARD\nFN:{name1}\nADR;TYPE=HOME:;;{addr1}\nEND:VCARD",
    "Recipient:\n{name1}\nc/o {name2}\n{addr_ml}",
    "Write a letter to {name1}, {addr1}, about the overdue library books.",
    "GB|Correspondence address for the claimant {name1}: {addr_post}",
    "{name1}\n{addr_house_ml}",
]

PII["date-of-birth", "de"] = [
    "Anmeldung Kita {kita}: Kind {first1} {last1}, geb. {dobk1}, Eltern {name2}.",
    "Teilnehmerliste Studie: {init1}, *{dob1}, {study}.",
    "Hallo, ich bin {name1}, Geburtsdatum {dob1}, ich brauche Termin für Aufenthaltstitel verlängern.",
    "Fahrschüler {name1} (geb. {dob1}) ist zur Theorieprüfung angemeldet.",
    "Bewerbung_{last1}_{first1}.pdf – Geburtsdatum {dob1}, Staatsangehörigkeit {nation}.",
    "Passagier {up1} {ptitle1}, DOB {dob1}, Flug {flight}.",
    "Jugendfeuerwehr Neuaufnahme: {name1}, geboren am {dobk1}.",
    "Mitgliedsantrag {gym}: {name1}, Geburtstag {dob1}, Tarif Flex.",
    "Wer hat am {dob1} Geburtstag? Genau, unser {first1} {last1}! 🎂",
    "AT|Geburtsdatum der Antragstellerin {name1}: {dob1}. Staatsbürgerschaft: Österreich.",
    "Rubrum: Beklagter {name1}, geboren am {dob1}, wohnhaft ebenda.",
    "Personalakte {rev1}, geb. {dob1}, Eintritt {date}.",
    "Bitte den Lebenslauf von {name1} (Jg. {year}, geb. {dob1}) anonymisieren.",
]

PII["date-of-birth", "en"] = [
    "Nursery registration {kita_en}: child {first1} {last1}, DOB {dobk1}, parent {name2}.",
    "Participant log {study_en}: {init1}, DOB {dob1}.",
    "Good day, I am {name1}, date of birth {dob1}, kindly book my biometrics appointment.",
    "Learner driver {name1}, date of birth {dob1}, theory test booked.",
    "PNR {pnr}\n1.{up1} {ptitle1}\nDOCS DOB {dob1}",
    "Gym member {name1}, born {dob1}, student discount applied.",
    "Happy birthday to our {first1} {last1}, born {dob1} - cake in the kitchen at 3!",
    "Claimant: {name1}, date of birth {dob1}, employer {company}.",
    "CV_{first1}_{last1}.docx - DOB {dob1}, please redact before sharing",
    "US|Patient intake (dental): {name1}, DOB {dob1}, insurance on file.",
    "Youth orchestra sign-up: {name1}, born {dobk1}, instrument: cello.",
    "{rev1}, dob {dob1}, member since {year}",
]

PII["name", "de"] = [
    "Bautagebuch {date}: {name1} meldet Mängel an der Fassade, {first1} hat Fotos gemacht.",
    "Protokoll Kleingartenverein: Vorsitz {name1}, Protokoll {name2}. {poss1} Antrag auf Heckenschnitt angenommen.",
    "Sehr geehrte/r {sal1} {last1},\nbezüglich Ihrer Wohnungsbewerbung melden wir uns bis {weekday}.",
    "hey {first1_lc} alles fit? sag {first2} bescheid dass die probe ausfällt 😂",
    "ok. {first1} übernimmt. {name2} raus. fertig.",
    "Ich danke sehr für Hilfe von {sal1} {last1}, hat mir gut erklärt Formular.",
    "Dienstplan Sa: {rev1}; {rev2}",
    "WARUM hat mich {name1} schon wieder nicht zurückgerufen??? UNMÖGLICH!!!",
    "{allcaps1} hat den Lehrgang Atemschutz bestanden, Glückwunsch!",
    "In dem Rechtsstreit {name1} – Klagepartei – gegen {name2} – beklagte Partei – wegen Forderung.",
    "{name1}: Also ich hab das Protokoll.\n{name2}: Super, danke dir {first1}.",
    "@{first1_lc} kannst du bei {name2} nachfragen ob die Badges fertig sind?",
    "Hallo {sal1} {last1}, Ihr Buch {book} liegt zur Abholung bereit. Stadtbibliothek",
    "Anwesend: {name1}, {name2}, {name3}. Entschuldigt: {first4} {last4}.",
    "Laut {poss1} Notiz ist der Schlüssel bei Frau {last2}.",
    "Lieber {first1}, danke für die schnelle Übersetzung! Herzliche Grüße, {first2}",
    "Kannst du mir eine Absage für {name1} schreiben? Die Stelle ist schon vergeben.",
    'user="{caps1}" action=login_failed attempts=3',
    "Dateiname: Mietvertrag_{last1}_{first1}_final_v2.pdf",
    "Ja, das ist mein Ernst. Frag {name1}.",
    "Gerne leite ich das an {name1} <{email1}> weiter.",
]

PII["name", "en"] = [
    "Site diary: {name1} reported cracked render on the east elevation, {first1} took photos.",
    "Allotment committee: chair {name1}, minutes {name2}. {poss1} motion on hosepipes carried.",
    "Dear {sal1} {last1},\nThank you for your interest in the flat.",
    "ya {first1_lc} tell {first2} practice is cancelled lol",
    "{first1} owns it. {name2} off the project. done.",
    "Kindly convey my regards to {sal1} {last1}, very helpful person na.",
    "Rota Saturday: {rev1}; {rev2}",
    "WHY has {name1} NOT called me back??? Absolutely UNACCEPTABLE!!!",
    "{allcaps1} passed the breathing apparatus course - well done!",
    "Between {name1} (Claimant) and {name2} (Respondent)",
    "{name1}: I've got the minutes.\n{name2}: Cheers {first1}.",
    "@{first1_lc} can you check with {name2} if the badges are printed?",
    "Hi {first1}, your reservation of {book_en} is ready for collection.",
    "Present: {name1}, {name2}, {name3}. Apologies: {first4} {last4}.",
    "According to {poss1} note, the keys are with Mrs {last2}.",
    "Y'all, {first1} is bringing the potato salad and {name2} the sweet tea.",
    "Please write a rejection email for {name1}, the role is filled.",
    'user="{caps1}" event=badge_scan gate=3',
    "File: Tenancy_{last1}_{first1}_signed.pdf",
    "To be frank, {name1} saved the day.",
    "Forwarding this to {name1} <{email1}>.",
]

PII["secret", "de"] = [
    "Zugang Baustellen-WLAN: Netz BV-Gast, Passwort {pw}",
    "Hallo {first1}, dein neues Kennwort für das Lohnportal lautet {pw}, bitte beim ersten Login ändern.",
    "NOTION_TOKEN={token}",
    'curl -H "Authorization: Bearer {token}" https://{host}/api/tenants',
    "jdbc:sqlserver://{host}:{port};user=lohn_ro;password={pw}",
    "Bitte nicht weitersagen: die SIM-PIN vom Diensthandy ist {pin}.",
    "ich hab das passwort vergessen 😭 war glaub ich {pw} oder so",
    "Vault-Token für Deployment: {token}",
    '# config.yaml\nmailer:\n  api_key: "{token}"\n  from: noreply@example.org',
    "Kundenportal Zugangsdaten: Benutzer {first1_lc}, Kennwort {pw}",
    "Fasse zusammen, aber lass das Passwort {pw} drin, ich brauch das später.",
    '<add key="SmtpPassword" value="{pw}" />',
    "otpauth://totp/Lohnportal:{first1_lc}?secret={totp}&issuer=Lohnportal",
    "{sshkey}",
]

PII["secret", "en"] = [
    "Site wifi: network SITE-GUEST, password {pw}",
    "Hi {first1}, your temporary password for the tenant portal is {pw}",
    "TWILIO_AUTH_TOKEN={token}",
    "curl -H 'Authorization: Bearer {token}' https://{host}/v1/claims",
    "Server=tcp:{host},{port};User ID=ats;Password={pw};",
    "PIN for the key safe is {pin}, don't share",
    "forgot my pw again lol it was {pw} i think",
    "vault login {token}",
    'settings.yaml\nsmtp:\n  password: "{pw}"',
    "Kindly find the login: user {first1_lc}, password {pw}",
    "Summarise this ticket but keep the token {token} in, I need it later.",
    '<setting name="ApiKey" value="{token}"/>',
    "docker login registry.example.org -u deploy -p {pw}",
    "{sshkey}",
]

PII["health", "de"] = [
    "{name1} ist seit {weekday} {h:krankgeschrieben}, Nachweis ({sick}) liegt vor.",
    "Bautagebuch: {name1} auf der Baustelle gestürzt, Verdacht auf {h:Handgelenksbruch}, ins {h:Krankenhaus} gebracht.",
    "Liebe Eltern, {first1} darf wegen {kid} nicht am Ausflug teilnehmen, bitte Notfallset mitgeben.",
    "Recall Zahnarzt: Sehr geehrte/r {sal1} {last1}, Ihre {h:Prophylaxe} und {h:Kontrolluntersuchung} sind wieder fällig.",
    "Hallo, ich bin {name1}, ich kann nicht kommen, ich habe {dx}, Arzt hat gesagt eine Woche zu Hause.",
    "Studie {study}: Proband {init1}, Nebenwirkung {h:Übelkeit} nach {med}.",
    "Lohnabrechnung {month}: bei {name1} sind 6 Tage {h:Krankengeld} statt Lohnfortzahlung, bitte prüfen.",
    "{first1} hat {dx}, sagt es aber niemandem. Bitte diskret.",
    "CH|Grüezi, {first1} isch im {h:Spital} wäg {dx}, chunnt wohl erscht nächschti Wuche.",
    "AT|Frau/Herr {name1} befindet sich seit {date} im {h:Krankenstand}; Nachweis: {sick}.",
    "Fahrschule: {name1} braucht wegen {h:Sehschwäche} ein {h:augenärztliches Gutachten} vor der Prüfung.",
    "Feuerwehr: {name1} ist bis auf Weiteres {h:nicht atemschutztauglich} ({h:G26} nicht bestanden).",
    "Schreib eine Mail ans Team, dass {name1} wegen {dx} länger ausfällt, aber ohne Diagnose zu nennen.",
    "Mieter {name1} bittet um Einbau eines Treppenlifts, {h:Gehbehinderung} mit {h:Merkzeichen G} liegt vor.",
    "{name1} nimmt {med}, bitte beim Chorwochenende an die Einnahme erinnern.",
    "Ticket {ticketno}: {name1} ist {h:sehbehindert}, braucht Bildschirmlupe und größere Schrift.",
    "Teilnehmerin {name1} hat {h:Laktoseintoleranz}, vegetarisch, bitte beim Catering der {conf} melden.",
    "{poss1} Kind hat {dx}, Rückmeldung der {h:Kinderärztin} steht noch aus.",
]

PII["health", "en"] = [
    "{name1} has been off sick since {weekday_en}, {sick_en} received.",
    "Site diary: {name1} fell from the ladder, suspected {h:broken wrist}, taken to {h:A&E}.",
    "Dear parents, as {first1} has {kid_en}, we will plan the trip with {first1} in mind; please ring the office.",
    "Dental recall: Dear {sal1} {last1}, your {h:scale and polish} and {h:check-up} are due.",
    "Hello ma, I am {name1}, I cannot come today, I have {dx_en}, doctor said rest one week.",
    "Participant {init1} ({study_en}) reported {h:dizziness} after starting {med_en}.",
    "Payslip query: {name1} got {h:SSP} for 6 days but should be on full sick pay.",
    "{first1} has {dx_en} but doesn't want anyone to know. Keep it quiet.",
    "Ah poor {name1} is in {h:hospital} with {dx_en}, God love them, back next week hopefully.",
    "Employee {name1} is on {h:medical leave} following {dx_en}.",
    "Driving school: {name1} is {cond_en}, needs a {h:DVLA medical} before the test.",
    "Fire crew: {name1} stood down from BA duties, failed the {h:fitness medical}.",
    "Write a message to the team that {name1} will be off longer because of {dx_en}, but don't mention the diagnosis.",
    "Tenant {name1} asked for grab rails in the bathroom after a {h:hip replacement}.",
    "{name1} takes {med_en}, please remind them at the choir weekend.",
    "INC {ticketno}: {name1} is {h:visually impaired}, needs screen reader software installed.",
    "Delegate {name1} has {h:coeliac disease}, please tell catering at {conf_en}.",
    "{poss1} son has {dx_en}, waiting to hear back from the {h:paediatrician}.",
    "US|Bless {poss1} heart, just got diagnosed with {dx_en}, y'all keep {first1} in your prayers.",
]

CLEAN["de"] = [
    "Bautagebuch {site}, {date}: Betonage Decke über EG abgeschlossen, 18 m³, Wetter trocken.",
    "Die Nebenkostenabrechnung {year} wird bis Ende {month} an alle Mietparteien verschickt.",
    "Besichtigungen finden nur nach Terminvereinbarung über unsere Hotline {hotline} statt.",
    "Schadenmeldungen bitte über das Kundenportal einreichen, Aktenzeichen {claimno} angeben.",
    "Das Bürgeramt ist am {weekday} wegen Betriebsversammlung geschlossen.",
    "Termine der Kfz-Zulassungsstelle können online gebucht werden, Gebühr {amount}.",
    "Die Kita bleibt vom 24.12. bis 01.01. geschlossen, Notbetreuung nach Absprache.",
    "Elternabend in der {kita}: Thema Sprachförderung, Beginn {time} Uhr.",
    "Die Zahnarztpraxis im Ärztehaus ist ab {month} barrierefrei erreichbar.",
    "Unsere Fahrschule bietet jetzt auch Intensivkurse in den Ferien an.",
    "Anmeldung zur {conf} bis {date}, Frühbucherpreis {amount}.",
    "Übung der {ff} am {weekday}, Treffpunkt Gerätehaus, Fahrzeug {vehicle}.",
    "Die Chorprobe findet ab sofort im {room} statt.",
    "Heckenschnitt ({kgv}) nur bis Ende Februar, danach gilt die Brutzeit.",
    "Bewerbungen bitte ausschließlich über das Karriereportal, Kennziffer {count}.",
    "Lohnabrechnungen stehen ab dem 25. im Portal bereit, Papierversand entfällt.",
    "Zeiterfassung: Pausen unter 15 Minuten werden nicht gebucht.",
    "Im CRM bitte bei jedem Kontakt die Quelle (Messe, Web, Empfehlung) pflegen.",
    "Störung {ticketno}: VPN-Gateway nicht erreichbar, Workaround siehe KB-Artikel.",
    "Unser Inkasso-Team ist unter der Zentrale {switchboard} erreichbar.",
    "Rubrum-Vorlagen liegen im DMS unter Vorlagen/Gericht.",
    "Das Übersetzungsbüro liefert beglaubigte Übersetzungen in fünf Werktagen.",
    "Studienvisiten finden im Studienzentrum im 2. OG statt, Parkplätze sind ausgeschildert.",
    "Flug {flight} von {iata} nach {iata2} ist heute um 40 Minuten verspätet.",
    "Mietwagen bitte vollgetankt zurückgeben, sonst Tankpauschale.",
    "Die Stadtbibliothek verlängert die Leihfrist auf vier Wochen.",
    "Fitnessstudio: Kündigung mit einer Frist von einem Monat zum Monatsende.",
    "Crowdfunding-Kampagne erreicht {pct} % des Ziels, Dankeschön-Pakete ab {month}.",
    "[{logts}] INFO {svc}: sync finished in {ms} ms, 0 errors",
    "INSERT INTO status (code, label) VALUES (3, 'in Prüfung');",
    "Passwort-Richtlinie: mindestens 12 Zeichen, Wechsel alle 180 Tage.",
    "Die Variable {varname} bleibt in der Vorlage leer und wird vom Deployment gesetzt.",
    "Token im Log maskiert: {masked}",
    "Das ist mein Ernst: ohne Aufmaß keine Rechnung.",
    "Die Krankmeldung ist ab dem ersten Tag über das Portal einzureichen (Betriebsvereinbarung {year}).",
    "Grippeschutzimpfung durch den Betriebsarzt am {weekday} im {room}.",
    "Der Krankenstand lag im Quartal bei {pct} %, leicht unter Vorjahr.",
    "Neue Regelung zum Betrieblichen Eingliederungsmanagement im Intranet.",
    "Erste-Hilfe-Kurs für Ersthelfer:innen, acht Plätze frei.",
    "Die Klinik am Park ist neuer Kunde, Rahmenvertrag Reinigung ab {month}.",
    "Ergonomie-Check am Arbeitsplatz: Rückenschmerzen vorbeugen durch richtige Stuhlhöhe.",
    "Der Healthcheck-Endpunkt /health liefert 200, Datenbank erreichbar.",
    "Stellenanzeige: Pflegefachkraft (m/w/d) für unsere Tagespflege.",
    "Der Rosa-Anstrich im Flur wird durch Weiß ersetzt.",
    "Die Iris-Erkennung am Eingang ist abgeschaltet, bitte Badge nutzen.",
    "Die Linde vor dem Haus wird am {weekday} zurückgeschnitten.",
    "Der Keller ist feucht, Entfeuchter läuft.",
    "Der Specht hat wieder die Fassadendämmung angepickt.",
    "Sauer macht lustig, aber die Stimmung im Team war heute gut.",
    "Stein auf Stein: Rohbau bis Ende {month}.",
    "Besprechung mit {company} wegen Nachtragsangebot, Pos. 3 und 7.",
    "Bestellung {order}, Lieferung KW {kw}, Artikel {article}, EAN {ean}.",
    "Bitte die Mail von {company2} an die Buchhaltung weiterleiten.",
    "Servicenummer des Versicherers: {hotline} (kostenfrei).",
    "Kennzeichen-Reservierung nur online, Zahlung per Karte, Endziffern werden als ****{count} angezeigt.",
    "Die Rollstuhlrampe am Haupteingang ist fertiggestellt.",
]

CLEAN["en"] = [
    "Site diary {site_en}, {date_en}: first-floor slab poured, 18 m³, dry all day.",
    "Service charge statements for {year} go out to all leaseholders by the end of {month_en}.",
    "Viewings by appointment only via our lettings line {hotline}.",
    "Please submit claims through the online portal and quote reference {claimno}.",
    "The council tax office is closed on {weekday_en} for staff training.",
    "DVLA processing times are currently around six weeks.",
    "Nursery closes on 23 December and reopens on 3 January.",
    "Parents' evening at {kita_en} starts at {time}, sign up at the office.",
    "Our dental practice now offers evening appointments on Thursdays.",
    "Intensive driving courses available over the summer holidays.",
    "Early bird tickets for {conf_en} end on {date_en}.",
    "Fire crew drill on {weekday_en}, meet at the station at {time}.",
    "Choir rehearsal moves to {room_en} from next week.",
    "Allotment holders: no bonfires between April and October.",
    "Apply via our careers site only, reference {count}.",
    "Payslips are in the portal from the 25th; no paper copies.",
    "Timesheets: breaks under 15 minutes are not recorded.",
    "CRM hygiene: log the lead source for every new contact.",
    "{ticketno}: VPN gateway unreachable, see the KB article for a workaround.",
    "Our collections team can be reached via the switchboard on {switchboard}.",
    "Court bundle templates are in the DMS under Templates/Litigation.",
    "Certified translations take five working days.",
    "Study visits take place at the research unit on level 2.",
    "Flight {flight} from {iata} to {iata2} is delayed by 40 minutes.",
    "Please return hire cars with a full tank to avoid the refuelling charge.",
    "The library has extended loan periods to four weeks.",
    "Gym memberships can be cancelled with one month's notice.",
    "The crowdfunding campaign hit {pct}% of target; rewards ship from {month_en}.",
    "{logts} INFO {svc}: sync finished in {ms} ms, 0 errors",
    "INSERT INTO status (code, label) VALUES (3, 'under review');",
    "Password policy: at least 12 characters, rotated every 180 days.",
    "Leave {varname} empty in the template; the pipeline injects it.",
    "Token masked in the logs: {masked}",
    "To be frank, the snagging list is longer than expected.",
    "Sickness absence must be reported before 9am on the first day (policy {year}).",
    "Flu jabs for staff on {weekday_en} in {room_en}.",
    "Absence rate this quarter: {pct}%, slightly down on last year.",
    "Mental health first aiders are listed on the intranet.",
    "St Luke's Hospital signed a new cleaning contract from {month_en}.",
    "Workstation assessments help prevent back pain.",
    "The /health endpoint returns 200; database reachable.",
    "Vacancy: healthcare assistant, nights, full training given.",
    "The holly hedge by the car park will be trimmed on {weekday_en}.",
    "Amber warning for wind tomorrow - secure the scaffolding.",
    "Ivy is growing over the gutters at the back of block C.",
    "Heather and gorse cover the slope behind the site.",
    "The robin nesting in the compound means we leave the hedge alone.",
    "Little by little the backlog is clearing.",
    "Chase the supplier for the missing hinges, please.",
    "Meeting with {company} about the variation order, items 3 and 7.",
    "Order {order}, delivery week {kw}, item {article_en}, EAN {ean}.",
    "Please forward the email from {company2} to accounts.",
    "Insurer claims line: {hotline} (free).",
    "Cards are shown masked as ****{count} on receipts.",
    "The wheelchair ramp at the main entrance is finished.",
    "Best regards from the whole facilities team!",
]

FRAMES["de"] = [
    "---------- Weitergeleitete Nachricht ----------\nVon: {name9} <{email9}>\nDatum: {date}\n\n{body}",
    "{body}\n\n--\n{name9}\n{role}, {company}\nTel. {phone9}",
    'Fasse diese Nachricht in drei Stichpunkten zusammen:\n"""\n{body}\n"""',
    "Notiz von {name9}: {body}",
    "[{time}] {first9}: {body}",
    "Übersetze ins Englische, Ton sachlich:\n{body}",
    "Ticket {ticketno} – Kommentar von {name9}:\n{body}",
    "> {body}\n\nErledigt. {first9}",
]

FRAMES["en"] = [
    "---------- Forwarded message ---------\nFrom: {name9} <{email9}>\nDate: {date_en}\n\n{body}",
    "{body}\n\n--\n{name9}\n{role_en}, {company}\nM: {phone9}",
    'Summarise this in 3 bullet points:\n"""\n{body}\n"""',
    "Note from {name9}: {body}",
    "[{time}] {first9}: {body}",
    "Translate into German, keep it formal:\n{body}",
    "{ticketno} - work note by {name9}:\n{body}",
    "> {body}\n\nSorted. {first9}",
]

CLEAN_FRAMES["de"] = [
    "Betreff: Info\n\n{body}\n\nViele Grüße\nIhr Team {dept}",
    "Fasse zusammen: {body}",
    "INTERN – {body}",
    "Hinweis {bracket_date}: {body}",
    "Newsletter {month}:\n{body}",
    "{body}\n\nZentrale: {switchboard}",
]

CLEAN_FRAMES["en"] = [
    "Subject: Update\n\n{body}\n\nKind regards\nThe {dept_en} team",
    "Summarise: {body}",
    "INTERNAL - {body}",
    "Note {bracket_date}: {body}",
    "Newsletter {month_en}:\n{body}",
    "{body}\n\nMain line: {switchboard}",
]

# --- more templates (a second round, many with two values) ----------------------------------------------------------
PII["email", "de"] += [
    "Kannst du {name1} und {name2} auf CC setzen? {email1}, {email2}",
    "Auskunft an: {email1}. Betroffene Person: {name1}, Kundennummer {count}.",
    "Rückmeldung zur Fahrstunde bitte an {email1} (Mutter von {first2}).",
]
PII["email", "en"] += [
    "cc {name1} <{email1}> and {name2} <{email2}> on the claim please",
    "Y'all can send the choir photos to {email1} - {first1}",
    "Dear Sir, I am writing from Lagos, please use {email1} for all correspondence. {name1}",
]
PII["phone", "de"] += [
    "Ansprechpartner Baustelle: Polier {name1} {phone1}, Bauleitung {name2} {phone2}.",
    "Schlüsseldienst bestellt, Mieterin {name1} wartet, Rückruf {phone1} oder Nachbar {phone2}.",
    "Wenn ich nicht erreichbar, bitte meine Frau anrufen: {phone1}. Danke, {name2}",
    "vCard:\nBEGIN:VCARD\nFN:{name1}\nTEL;TYPE=cell:{phone1}\nTEL;TYPE=work:{phone2}\nEND:VCARD",
    "Zulassungsstelle: {sal1} {last1} wartet auf Rückruf, {phone1}, alternativ {phone2}.",
]
PII["phone", "en"] += [
    "Site contacts: foreman {name1} {phone1}, PM {name2} {phone2}.",
    "BEGIN:VCARD\nFN:{name1}\nTEL;TYPE=CELL:{phone1}\nTEL;TYPE=HOME:{phone2}\nEND:VCARD",
    "Madam, if I am not reachable please call my brother on {phone1} or me on {phone2}. {name1}",
]
PII["iban", "de"] += [
    "Bitte ändern Sie die Bankverbindung von {iban1} auf {iban2}. Kontoinhaber bleibt {name1}.",
    "Erstattung Studienteilnahme:\n{name1} – {iban1}\n{name2} – {iban2}",
    "Mahnung {aktenzeichen}: offener Betrag {amount}, Konto des Gläubigers für {name1}: {iban1}",
]
PII["iban", "en"] += [
    "Please change my bank details from {iban1} to {iban2}. Account holder {name1}.",
    "Participant expenses:\n{name1} - {iban1}\n{name2} - {iban2}",
    "Lettings deposit scheme: tenant {name1}, return to {iban1}; guarantor {name2}, {iban2}.",
    "IE,GB|Sure look, just lodge it to {iban1}, that's {poss1} account. Grand.",
]
PII["credit-card", "de"] += [
    "Zwei Karten hinterlegt für {name1}: {card1} (privat) und {card2} (Firma).",
    "Rückbuchung auf die Karte {card1}, Inhaberin {name1}, Vorgang {ticketno}.",
]
PII["credit-card", "en"] += [
    "Two cards on file for {name1}: {card1} (personal) and {card2} (company).",
    "Chargeback on card {card1}, cardholder {name1}, case {ticketno}.",
]
PII["tax-id", "de"] += [
    "DE|Neue Mitarbeiter: {name1} (IdNr. {tx_idnr1}), {name2} (IdNr. {tx_idnr2}).",
    "AT|e-card verloren, Versicherungsnummer {tx_vnr1}, Name {name1}, Ersatz beantragt.",
    "CH|AHV-Nummern der Neueintritte:\n{name1}: {tx_ahv1}\n{name2}: {tx_ahv2}",
]
PII["tax-id", "en"] += [
    "GB|New starters: {name1} (NINO {tx_nino1}), {name2} (NINO {tx_nino2}).",
    "US|Dependents: {name1} SSN {tx_ssn1}; {name2} SSN {tx_ssn2}",
    "GB|Accountant note: UTR for {name1} is {tx_utr1}, spouse {name2} is {tx_utr2}.",
]
PII["address", "de"] += [
    "Umzug gemeldet: {name1} von {addr1} nach {addr2}.",
    "Alte Anschrift: {addr1}\nNeue Anschrift: {addr_ml}\n({name1})",
    "Gutachter-Termin bei {name1}, {addr_flat}, {weekday} {time}.",
]
PII["address", "en"] += [
    "Change of address for {name1}: from {addr1} to {addr2}.",
    "Old address: {addr1}\nNew address:\n{addr_ml}\n({name1})",
    "Loss adjuster visit: {name1}, {addr_flat}, {weekday_en} {time}.",
    "US|Well shoot, {first1} moved again - new place is {addr1}, old one was {addr2}.",
]
PII["date-of-birth", "de"] += [
    "Kinder im Haushalt: {first1} (geb. {dobk1}), {first2} (geb. {dobk2}); Eltern {name3}.",
    "Antrag Aufenthaltstitel: {name1}, geb. {dob1} in {city}; Ehegatte {name2}, geb. {dob2}.",
    "Mitfahrer laut Buchung: {up1} {ptitle1} {dob1} / {up2} {ptitle2} {dob2}",
    "Teilnehmer-Log {study}:\n{init1} | {dob1} | Visite 2\n{init2} | {dob2} | Visite 1",
]
PII["date-of-birth", "en"] += [
    "Children: {first1} (born {dobk1}), {first2} (born {dobk2}); parent {name3}.",
    "Visa application: {name1}, DOB {dob1}; spouse {name2}, DOB {dob2}.",
    "Passengers: {up1} {ptitle1} {dob1} / {up2} {ptitle2} {dob2}",
    "Trial log {study_en}:\n{init1} | {dob1} | visit 2\n{init2} | {dob2} | visit 1",
]
PII["name", "de"] += [
    "Übergabeprotokoll Schicht: {first1} an {first2}, alles ruhig. {last3} kommt später.",
    "Danke an {name1} und {rev2} für die Organisation des Sommerfests!",
    "Mit freundlichen Grüßen\n\n{name1}\n– Geschäftsführung –",
]
PII["name", "en"] += [
    "Shift handover: {first1} to {first2}, all quiet. {last3} in late.",
    "Thanks to {name1} and {rev2} for running the summer fete!",
    "Kind regards,\n\n{name1}\nDirector",
    "Sharp sharp {first1}, tell {name2} the braai is at six.",
]
PII["secret", "de"] += [
    "WLAN Gemeindehaus (Chor): SSID Chor-Gast, Schlüssel {pw}",
    "Einmalpasswort für {name1}: {pw} (gültig 24 h)",
    "smb://hausverwaltung:{pw}@nas.intern/mieter",
]
PII["secret", "en"] += [
    "Choir hall wifi: SSID Choir-Guest, key {pw}",
    "One-time password for {name1}: {pw} (valid 24h)",
    "smb://lettings:{pw}@nas.local/tenants",
]
PII["health", "de"] += [
    "Bewerbung {name1}: {h:Schwerbehinderung} angegeben ({cond}), bitte barrierefreien Raum buchen.",
    "Gym-Mitgliedschaft ruhend: {name1} hat wegen {dx} einen Nachweis geschickt ({sick}).",
    "Dolmetscher-Einsatz beim {h:Neurologen} für {name1}, Termin {date}.",
]
PII["health", "en"] += [
    "Applicant {name1} uses a {h:wheelchair}, please book an accessible room for the interview.",
    "Gym membership frozen: {name1} sent a {sick_en} for {dx_en}.",
    "Interpreter booked for {poss1} {h:neurology} appointment on {date_en}.",
]
CLEAN["de"] += [
    "Bauabnahme mit dem Prüfstatiker am {weekday}, Protokoll folgt.",
    "Die Wohnungsübergabe erfolgt mit Übergabeprotokoll und Zählerständen.",
    "Die Ausländerbehörde vergibt Termine nur online, Wartezeit aktuell vier Wochen.",
    "Der Mitgliedsbeitrag im Kleingartenverein steigt auf {amount} pro Jahr.",
    "ATS-Export: Spalten Name, E-Mail, Status; Trennzeichen Tabulator.",
    "Im Release {version} wurde der CSV-Export der Schichtpläne repariert.",
    "Gruppenfoto vom Chorwochenende hängt im Gemeindehaus.",
    "Dolmetscherpool erweitert: jetzt auch Tigrinya, Georgisch und Amharisch.",
    "Rote Karte für Falschparker vor der Feuerwehrausfahrt.",
    "Schreib eine Stellenanzeige für eine Bauleitung (m/w/d), Tarif Bau, 30 Tage Urlaub.",
]
CLEAN["en"] += [
    "Building control inspection on {weekday_en}, report to follow.",
    "Check-in reports include meter readings and photos.",
    "UKVI appointments are online only; current wait about four weeks.",
    "Allotment rent rises to {amount} a year from April.",
    "ATS export: columns name, email, stage; tab-separated.",
    "Release {version} fixes the CSV export of shift rotas.",
    "Write a job ad for a site manager, competitive salary, 25 days holiday.",
    "Interpreter pool now covers Tigrinya, Georgian and Amharic.",
    "Grant funding for the youth orchestra was confirmed.",
    "Y'all have a blessed weekend, the office reopens Monday.",
]

PII["secret", "de"] += [
    "Zugänge für die Messe: Portal-Passwort {pw}, Kartenleser-PIN {pin}.",
    ".env\nMAILGUN_API_KEY={token}\nDB_PASS={pw2}",
    "Hab dir das Passwort geschickt: {pw} – und nein, nicht per Teams weiterleiten!!",
]
PII["secret", "en"] += [
    "Booth logins: portal password {pw}, card reader PIN {pin}.",
    ".env\nNOTION_TOKEN={token}\nDB_PASS={pw2}",
    "Bro the password is {pw}, don't put it in Slack ffs",
]
PII["address", "en"] += [
    "Delivery note: deliver to {addr1}; invoice to {addr_post} ({name1}).",
    "Claimant {name1}\n{addr_ml}\n\nRespondent {name2}\n{addr2}",
]
PII["address", "de"] += [
    "Lieferung an {addr1}; Rechnung an {addr_post} ({name1}).",
]
PII["iban", "en"] += [
    "Refunds due:\n| Backer | IBAN |\n|---|---|\n| {name1} | {iban1} |\n| {name2} | {iban2} |",
    "Good afternoon, my salary account is {iban1}, the old one {iban2} is closed. Thank you, {name1}",
]
PII["iban", "de"] += [
    "Rückerstattungen:\n| Unterstützer | IBAN |\n|---|---|\n| {name1} | {iban1} |\n| {name2} | {iban2} |",
]

# --- third round: call-centre speech recognition, XING/LinkedIn, iCal, code review, timesheets --------------------
PII["name", "de"] += [
    "Anrufer: ja guten tag mein name ist {first1_lc} {last1_lc} ich ruf an wegen der neben kosten ab rechnung\nAgent: Danke {sal1} {last1}.",
    "Hallo {first1}, ich bin über XING auf Ihr Profil gestoßen und fände Sie spannend für eine Rolle als {job}. Beste Grüße, {name2}",
    "BEGIN:VEVENT\nSUMMARY:Übergabe Wohnung 3\nATTENDEE;CN={name1}:mailto:{email1}\nEND:VEVENT",
    "Review-Kommentar von @{first1_lc}: bitte den Testfall für {poss2} Export noch ergänzen.",
    "Zeiterfassung KW {kw}\n{rev1}\t38,5 h\n{rev2}\t40,0 h",
]
PII["name", "en"] += [
    "Caller: yeah hi my name is {first1_lc} {last1_lc} i'm calling about the council text bill\nAgent: Thanks {sal1} {last1}.",
    "Hi {first1}, came across your profile on LinkedIn and think you'd be a great fit for a {job_en} role. Best, {name2}",
    "BEGIN:VEVENT\nSUMMARY:Check-out flat 3\nATTENDEE;CN={name1}:mailto:{email1}\nEND:VEVENT",
    "Review comment from @{first1_lc}: nit, please add a test for {poss2} export.",
    "Timesheet week {kw}\n{rev1}\t37.5h\n{rev2}\t40.0h",
]
PII["phone", "de"] += [
    'Transkript Hotline: "meine nummer ist null eins sieben ... also {phone1} genau" – Anrufer {first1_lc} {last1_lc}',
]
PII["phone", "en"] += [
    'Call transcript (ASR): "you can reach me on {phone1} that\'s my mobile" - caller {first1_lc} {last1_lc}',
]
PII["health", "de"] += [
    'Anruf-Transkript: "ja also mein partner {first1_lc} hat {dx} und liegt im {h:krankenhaus} ich kann den termin nicht wahrnehmen"',
    "XING-Nachricht: Hallo, {first1} hier – ich bin nach {h:Reha} wieder voll da und suche eine neue Stelle.",
]
PII["health", "en"] += [
    'Call transcript (ASR): "my partner {first1_lc} has {dx_en} and is in {h:hospital} so i can\'t make the appointment"',
    "LinkedIn message: Hi, {first1} here - back at work after {h:cancer treatment} and open to new roles.",
]
CLEAN["de"] += [
    "BEGIN:VEVENT\nSUMMARY:Eigentümerversammlung\nLOCATION:Gemeindesaal\nEND:VEVENT",
    "Review: bitte die Funktion parse_iban() mit Testfällen für AT und CH ergänzen.",
    "Zeiterfassung: Überstunden werden quartalsweise ausgeglichen.",
    'Hotline-Transkript: "guten tag sie sind verbunden mit der zentrale bitte haben sie etwas geduld"',
    "XING-Gruppe Facility Management: nächstes Treffen im {month}.",
    "Nebenkosten: Grundsteuer, Müllabfuhr, Hausmeister und Gartenpflege werden umgelegt.",
    "Schadenquote der Sparte Hausrat bei {pct} %.",
    "Dienstplan-Vorlage: Spalten Name, Schicht, Bereitschaft (leer lassen).",
    "Chorprobe: bitte Noten für das Weihnachtskonzert mitbringen.",
    "Kleingartenordnung § 4: Laube höchstens 24 m².",
    "Mandatsannahme erst nach Konfliktprüfung, Vorlage im DMS.",
    "Die Patientenaufnahme der Klinik ist neu unser Kunde für Dokumentenscanner.",
]
CLEAN["en"] += [
    "BEGIN:VEVENT\nSUMMARY:Residents' AGM\nLOCATION:Community Hall\nEND:VEVENT",
    "Review: please add tests for parse_nino() with spaced input.",
    "Timesheets: overtime is balanced quarterly.",
    'Call transcript: "thank you for calling please hold the line"',
    "LinkedIn group for facilities managers meets in {month_en}.",
    "Service charge covers cleaning, lighting, gardening and buildings insurance.",
    "Claims ratio for home contents at {pct}%.",
    "Rota template: columns name, shift, on-call (leave blank).",
    "Choir: bring the carol sheets on Thursday.",
    "Allotment rules: sheds no larger than 8 by 6 feet.",
    "No new instructions until the conflict check is done.",
    "Patient admissions at the Royal Infirmary are a new customer for scanners.",
]

PII["health", "de"] += [
    "{name1} ist {h:schwanger} und ab {month} im {h:Mutterschutz}, Vertretung klären.",
    "Kita-Anmeldung {first1}: {kid}, Notfallmedikament im Rucksack.",
]
PII["health", "en"] += [
    "{name1} is {h:expecting} and starts {h:maternity leave} in {month_en}, cover needed.",
    "Nursery form for {first1}: {kid_en}, emergency meds in the bag.",
]

PII["secret", "de"] += [
    "WIFI:T:WPA;S:Baucontainer-3;P:{pw};;",
    "PGPASSWORD='{pw}' psql -h {host} -U lohn lohn_prod",
    "KeePass-Masterpasswort für die Hausverwaltung: {pw} (nur Geschäftsführung!)",
    "Ticket {ticketno}: Nutzer hat Token {token} im Klartext ins Ticket kopiert, bitte rotieren.",
]
PII["secret", "en"] += [
    "WIFI:T:WPA;S:SiteOffice;P:{pw};;",
    "PGPASSWORD='{pw}' psql -h {host} -U payroll payroll_prod",
    "Master password for the lettings vault: {pw} (directors only!)",
    "{ticketno}: user pasted token {token} in plain text, please rotate.",
]

# --- fourth round: more positions for names, more phrasings for health -----------------------------------------------
PII["name", "de"] += [
    "An: {rev1}; {rev2}\nCc: {rev3}\nBetreff: Schlüsselübergabe Whg. 7",
    "gez. {name1}\ni.A. {name2}",
    "Sehr geehrte Eheleute {last1},\nanbei die Abrechnung für {year}.",
    "Zur Kenntnis an Frau Dr. {last1} und Herrn Prof. {last2}.",
    "Erbengemeinschaft nach {name1}, vertreten durch {name2}.",
    "{first1} ({count2}) und {first2} ({count2}) sind für die Jugendfeuerwehr angemeldet.",
    "{first1}??? wo bist du, wir warten alle am Gerätehaus",
    "Kurze Info von {first1}: Aufmaß erledigt, {first2} bringt die Pläne.",
    "Abteilung Lohn, z. Hd. {name1}",
    "Unterschrift Mieter: ______ ({name1})   Unterschrift Vermieter: ______ ({name2})",
    "Danke an Familie {last1} für die Kuchenspende!",
    "Die Mahnung ging fälschlich an {name1} statt an {name2}, bitte korrigieren.",
]
PII["name", "en"] += [
    "To: {rev1}; {rev2}\nCc: {rev3}\nSubject: key handover flat 7",
    "Signed: {name1}\npp {name2}",
    "Dear Mr and Mrs {last1},\nPlease find your statement for {year} attached.",
    "FAO {name1}, Payroll",
    "Attn: Dr {last1} and Prof. {last2}",
    "Estate of the late {name1}, executor {name2}.",
    "{first1} ({count2}) and {first2} ({count2}) signed up for junior choir.",
    "{first1}??? where r u, we're all waiting at the station",
    "Quick one from {first1}: snagging done, {first2} has the drawings.",
    "Tenant signature: ______ ({name1})   Landlord signature: ______ ({name2})",
    "Thanks to the {last1} family for the cake donation!",
    "The reminder went to {name1} instead of {name2} by mistake, please fix.",
    "Ag {first1} man, {name2} said the forms are by the front desk, sharp.",
]
PII["health", "de"] += [
    "{name1} ist nach der {h:Knie-OP} noch nicht belastbar, {h:Krücken} bis Ende {month}.",
    "BEM-Gespräch mit {name1} am {date}: {h:Wiedereinstieg nach langer Krankheit}, Stufenplan besprechen.",
    "{name1} geht dreimal die Woche zur {h:Dialyse}, Schichtplan bitte anpassen.",
    "Zur Info: {first1} hat einen {h:Herzschrittmacher}, bitte nicht durch den Metalldetektor am Eingang.",
    "Frau/Herr {name1} war {h:stationär} in der {h:Psychiatrie} und meldet sich nach der Entlassung.",
    "{first1} kriegt grad {h:Chemo}, also bitte keine Besuche wenn ihr erkältet seid.",
    "Arbeitsmedizin: {name1} ist {h:nachtschichtuntauglich}, Einsatz nur Frühschicht.",
    "Teilnehmer {init1} ({study}): {h:Blutzucker 212 mg/dl}, {h:Insulinpumpe} neu eingestellt.",
    "Ich bitte Sie, Frau/Herr {last1}, die {h:Wurzelbehandlung} auf {weekday} zu verschieben. Zahnarztpraxis",
    "Chorleiterin: {first1} kann wegen {h:Stimmbandentzündung} nicht beim Konzert singen.",
]
PII["health", "en"] += [
    "{name1} is not weight-bearing after {h:knee surgery}, {h:crutches} until the end of {month_en}.",
    "Return-to-work meeting with {name1} on {date_en} after {h:long-term sickness}; agree a {h:phased return}.",
    "{name1} has {h:dialysis} three times a week, please adjust the rota.",
    "FYI {first1} has a {h:pacemaker}, please don't send them through the scanner at the venue.",
    "{name1} was an {h:inpatient} on the {h:mental health ward} and will be in touch after discharge.",
    "{first1} is having {h:chemo} at the moment so no visits if you've got a cold please.",
    "Occupational health: {name1} is {h:unfit for night shifts}, early shifts only.",
    "Participant {init1} ({study_en}): {h:blood glucose 11.8 mmol/L}, {h:insulin pump} adjusted.",
    "Dear {sal1} {last1}, your {h:root canal treatment} has been moved to {weekday_en}.",
    "Choir: {first1} can't sing at the concert because of {h:laryngitis}.",
    "{name1} asked for {h:reasonable adjustments} after the {h:Access to Work} assessment.",
]
CLEAN["de"] += [
    "Das Reha-Zentrum am See ist Bestandskunde, Wartungsvertrag Aufzüge verlängert.",
    "Infoabend zur Pflegeversicherung: Wie beantrage ich einen Pflegegrad?",
    "Die Betriebsärztin hält am {weekday} Sprechstunde im {room}.",
    "Unsere Herzsportgruppe sucht Übungsleiter:innen.",
    "Statistik: Die meisten Arbeitsunfälle auf Baustellen passieren auf Leitern.",
    "Der Dialyse-Shuttle des Klinikums hält jetzt auch am Bahnhof.",
    "Gesund bleiben im Winter: Tipps der Krankenkasse im Intranet.",
    "Hitzeschutzplan für die Baustelle: Trinkwasser und Pausen im Schatten.",
]
CLEAN["en"] += [
    "The rehab centre by the lake renewed its lift maintenance contract.",
    "Info evening: how to apply for Attendance Allowance.",
    "The occupational health nurse is in {room_en} on {weekday_en}.",
    "Our cardiac rehab walking group is looking for volunteers.",
    "Statistics: most site accidents involve ladders.",
    "The hospital dialysis shuttle now stops at the station.",
    "Stay well this winter: tips from the NHS on the intranet.",
    "Heat plan for the site: water stations and shaded breaks.",
]

# --- fifth round: informal sick messages and their look-alikes about nobody ------------------------------------------
PII["health", "de"] += [
    "Moin, {first1} hier – bin heute raus, {h:Magen-Darm}. Morgen hoffentlich wieder da.",
    "{name1} liegt flach mit {h:Grippe}, Übergabe macht {first2}.",
    "Sorry Leute, {first1} hat sich beim Fußball den {h:Fuß gebrochen}, fällt 6 Wochen aus.",
    "{first1} ist grad beim {h:Psychologen}, ruft danach zurück.",
    "{name1} ist ab {weekday} drei Wochen in {h:Kur}, Vertretung {name2}.",
    "Info an Disposition: {name1} hat {h:Corona}, {h:positiv getestet}, bleibt bis {weekday} zuhause.",
    "Nachricht von {first1}: \"bin beim {h:Arzt}, {h:Verdacht auf Blinddarm}, melde mich\"",
    "{name1} nimmt seit {month} {h:Antidepressiva}, bitte im Team nichts sagen.",
    "Vermerk Personalakte {rev1}: {h:Alkoholproblem}, {h:Suchtberatung} vereinbart.",
    "Guten Morgen, leider muss ich mich krankmelden, mein Rücken – {h:Hexenschuss}. LG {first1}",
]
PII["health", "en"] += [
    "Morning, {first1} here - I'm off today, {h:stomach bug}. Hopefully back tomorrow.",
    "{name1} is down with {h:flu}, {first2} is doing the handover.",
    "Sorry all, {first1} {h:broke a foot} at five-a-side, out for six weeks.",
    "{first1} is at the {h:therapist} right now, will call back after.",
    "{name1} is off to {h:rehab} for three weeks from {weekday_en}, cover {name2}.",
    "Dispatch FYI: {name1} {h:tested positive} for {h:COVID}, home until {weekday_en}.",
    "Text from {first1}: \"at the {h:GP}, {h:suspected appendicitis}, will update\"",
    "{name1} has been on {h:antidepressants} since {month_en}, please keep it in the team.",
    "HR file note {rev1}: {h:alcohol problem}, {h:addiction counselling} arranged.",
    "Morning, I have to call in sick, my back's gone - {h:slipped disc} again. {first1}",
]
CLEAN["de"] += [
    "Magen-Darm-Welle in der Kita: bitte gründlich Hände waschen.",
    "Hals- und Beinbruch für die Premiere am {weekday}!",
    "Die Lieferkette bereitet uns weiter Kopfschmerzen.",
    "Fieberhaft wird an der Schlussrechnung gearbeitet.",
    "Der Virenscanner meldet keine Funde.",
    "Heartbeat-Intervall des Dienstes auf 30 s erhöht.",
    "Das neue Modul Patientenakte ist für Arztpraxen, nicht für uns relevant.",
    "Unser Vorschlag stieß beim Vermieter auf taube Ohren.",
    "Die Impfpass-App des Kunden geht im {month} live.",
    "Der tote Winkel am Radlader muss mit einem Spiegel abgedeckt werden.",
]
CLEAN["en"] += [
    "Stomach bug going round the nursery: wash your hands please.",
    "Break a leg at the concert on {weekday_en}!",
    "The supply chain is still giving us a headache.",
    "Feverish activity on the final account this week.",
    "Virus scan: no threats found.",
    "Heartbeat interval of the service raised to 30s.",
    "The patient record module is for GP surgeries, not us.",
    "Our proposal fell on deaf ears with the landlord.",
    "The client's vaccine passport app launches in {month_en}.",
    "The loader's blind spot needs a mirror.",
]

# --- sixth round: class lists, sign-up sheets, stack traces, XML ----------------------------------------------------
PII["date-of-birth", "de"] += [
    "Klassenliste {klasse}:\n1. {rev1}, {dobk1}\n2. {rev2}, {dobk2}\n3. {rev3}, {dobk3}",
    "Anmeldeliste Ferienbetreuung\nName\tGeburtsdatum\tT-Shirt\n{name1}\t{dobk1}\t128\n{name2}\t{dobk2}\t140",
]
PII["date-of-birth", "en"] += [
    "Class list {klasse_en}:\n1. {rev1}, {dobk1}\n2. {rev2}, {dobk2}\n3. {rev3}, {dobk3}",
    "Holiday club sign-up\nName\tDOB\tT-shirt\n{name1}\t{dobk1}\tS\n{name2}\t{dobk2}\tM",
]
PII["email", "de"] += [
    '<user id="{count}" name="{name1}" email="{email1}" rolle="Mieter"/>',
]
PII["email", "en"] += [
    '<contact><name>{name1}</name><email>{email1}</email></contact>',
]
PII["iban", "de"] += [
    'Traceback (most recent call last):\n  File "lohn/export.py", line 88, in write_row\nValueError: Prüfziffer falsch für {name1}: {iban1}',
]
PII["iban", "en"] += [
    'Traceback (most recent call last):\n  File "payroll/export.py", line 88, in write_row\nValueError: bad checksum for {name1}: {iban1}',
]
PII["name", "de"] += [
    "Anmeldeliste Sommerfest\n| Name | bringt mit |\n|---|---|\n| {name1} | Kuchen |\n| {name2} | Grill |\n| {first3} | Getränke |",
]
PII["name", "en"] += [
    "Summer fete sign-up\n| Name | bringing |\n|---|---|\n| {name1} | cake |\n| {name2} | BBQ |\n| {first3} | drinks |",
]

FRAMES["de"] += [
    "Kannst du prüfen, ob hier personenbezogene Daten drin sind, bevor ich das in ChatGPT kopiere?\n\n{body}",
    "{body}\n\nVon meinem iPhone gesendet",
    "Teams-Chat {first9_lc} ({time}): {body}",
    "XING-Nachricht von {name9}:\n{body}",
]
FRAMES["en"] += [
    "Can you check this for personal data before I paste it into ChatGPT?\n\n{body}",
    "{body}\n\nSent from my iPhone",
    "Slack thread - {first9_lc} ({time}): {body}",
    "LinkedIn message from {name9}:\n{body}",
]
CLEAN_FRAMES["de"] += [
    "Kannst du das kürzer formulieren?\n{body}",
    "{body}\n\nVon meinem iPhone gesendet",
    "Aushang Schwarzes Brett: {body}",
]
CLEAN_FRAMES["en"] += [
    "Can you make this shorter?\n{body}",
    "{body}\n\nSent from my iPhone",
    "Noticeboard: {body}",
]
