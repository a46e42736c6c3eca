"""First names and surnames common in DACH, UK and US offices whose roots are elsewhere, written for pii4 from
general knowledge (issue 14). (name, "f"|"m"); every one of them is labelled `name` where it occurs."""

from __future__ import annotations

WORLD_FIRST: list[tuple[str, str]] = [
    # Turkish
    ("Elif", "f"), ("Zeynep", "f"), ("Büşra", "f"), ("Merve", "f"), ("Gülsüm", "f"), ("Tuğba", "f"),
    ("Emre", "m"), ("Burak", "m"), ("Oğuz", "m"), ("Serkan", "m"), ("Kaan", "m"), ("Volkan", "m"),
    # Kurdish
    ("Rojda", "f"), ("Berfin", "f"), ("Dilan", "f"), ("Rêzan", "m"), ("Azad", "m"), ("Baran", "m"),
    # Arabic
    ("Amira", "f"), ("Yasmin", "f"), ("Rania", "f"), ("Nour", "f"), ("Hiba", "f"),
    ("Karim", "m"), ("Tarek", "m"), ("Omar", "m"), ("Khaled", "m"), ("Samir", "m"), ("Bilal", "m"),
    # Persian
    ("Shirin", "f"), ("Negar", "f"), ("Mahsa", "f"), ("Farzaneh", "f"), ("Dariush", "m"), ("Kian", "m"),
    ("Arash", "m"), ("Babak", "m"),
    # Polish
    ("Agnieszka", "f"), ("Małgorzata", "f"), ("Katarzyna", "f"), ("Justyna", "f"), ("Wojciech", "m"),
    ("Krzysztof", "m"), ("Bartosz", "m"), ("Grzegorz", "m"),
    # Romanian
    ("Ioana", "f"), ("Andreea", "f"), ("Mihaela", "f"), ("Bogdan", "m"), ("Radu", "m"), ("Florin", "m"),
    # Croatian / Serbian / Bosnian
    ("Jelena", "f"), ("Ivana", "f"), ("Mirela", "f"), ("Amra", "f"), ("Dragan", "m"), ("Goran", "m"),
    ("Emir", "m"), ("Nikola", "m"), ("Damir", "m"),
    # Albanian
    ("Arta", "f"), ("Drita", "f"), ("Blerina", "f"), ("Besnik", "m"), ("Arben", "m"), ("Fatmir", "m"),
    # Italian
    ("Chiara", "f"), ("Federica", "f"), ("Giulia", "f"), ("Lorenzo", "m"), ("Giuseppe", "m"), ("Matteo", "m"),
    # Portuguese / Brazilian
    ("Thaís", "f"), ("Luana", "f"), ("Fernanda", "f"), ("João", "m"), ("Thiago", "m"), ("Rodrigo", "m"),
    # Indian
    ("Priyanka", "f"), ("Ananya", "f"), ("Deepika", "f"), ("Lakshmi", "f"), ("Rohan", "m"), ("Arjun", "m"),
    ("Vikram", "m"), ("Sandeep", "m"), ("Harpreet", "f"),
    # Sri Lankan
    ("Tharushi", "f"), ("Nimali", "f"), ("Dilshan", "m"), ("Kasun", "m"), ("Chaminda", "m"),
    # Pakistani
    ("Ayesha", "f"), ("Sana", "f"), ("Mahnoor", "f"), ("Usman", "m"), ("Faisal", "m"), ("Imran", "m"),
    # Chinese
    ("Xiaoling", "f"), ("Mei", "f"), ("Jing", "f"), ("Yuting", "f"), ("Wei", "m"), ("Haoran", "m"),
    ("Zhiwei", "m"),
    # Vietnamese
    ("Thu Trang", "f"), ("Linh", "f"), ("Ngọc", "f"), ("Minh", "m"), ("Quang", "m"), ("Tuấn", "m"),
    # Filipino
    ("Maricel", "f"), ("Jhoanna", "f"), ("Rowena", "f"), ("Jomar", "m"), ("Rommel", "m"), ("Jericho", "m"),
    # Nigerian
    ("Chiamaka", "f"), ("Ngozi", "f"), ("Funmilayo", "f"), ("Oluwaseun", "m"), ("Chinedu", "m"), ("Babatunde", "m"),
    # Ghanaian
    ("Akosua", "f"), ("Abena", "f"), ("Efua", "f"), ("Kwabena", "m"), ("Kofi", "m"), ("Yaw", "m"),
    # Eritrean
    ("Selam", "f"), ("Senait", "f"), ("Helen", "f"), ("Yonas", "m"), ("Tesfay", "m"), ("Dawit", "m"),
    # Somali
    ("Hodan", "f"), ("Ifrah", "f"), ("Sagal", "f"), ("Abdirahman", "m"), ("Mohamud", "m"), ("Guled", "m"),
    # Ukrainian
    ("Oksana", "f"), ("Yuliia", "f"), ("Kateryna", "f"), ("Taras", "m"), ("Bohdan", "m"), ("Oleksandr", "m"),
    # Russian
    ("Svetlana", "f"), ("Anastasia", "f"), ("Ekaterina", "f"), ("Dmitri", "m"), ("Sergei", "m"), ("Alexei", "m"),
    # Greek
    ("Eleni", "f"), ("Despina", "f"), ("Athina", "f"), ("Giorgos", "m"), ("Stavros", "m"), ("Konstantinos", "m"),
]  # fmt: skip

WORLD_LAST: list[str] = [
    # Turkish / Kurdish
    "Yıldırım", "Öztürk", "Kılıç", "Aslan", "Doğan", "Çelik", "Polat", "Bozkurt", "Zana", "Barzani",
    # Arabic / Persian
    "Haddad", "Mansour", "El-Amin", "Nasser", "Khoury", "Rahimi", "Tehrani", "Moradi", "Farahani",
    # Polish / Romanian / Balkan / Albanian
    "Wiśniewska", "Kowalczyk", "Zieliński", "Lewandowski", "Popescu", "Ionescu", "Dumitru", "Marković",
    "Jovanović", "Hodžić", "Begović", "Kovačević", "Krasniqi", "Berisha", "Gashi",
    # Italian / Portuguese / Brazilian
    "Esposito", "Ricci", "Colombo", "De Luca", "Ferreira", "Carvalho", "dos Santos", "Oliveira",
    # Indian / Sri Lankan / Pakistani
    "Sharma", "Iyer", "Nair", "Chatterjee", "Gill", "Perera", "Fernando", "Jayasuriya", "Qureshi", "Chaudhry",
    "Malik",
    # Chinese / Vietnamese / Filipino
    "Zhang", "Liu", "Huang", "Chen", "Nguyễn", "Trần", "Phạm", "Dela Cruz", "Reyes", "Bautista",
    # Nigerian / Ghanaian / Eritrean / Somali
    "Okafor", "Adeyemi", "Nwosu", "Mensah", "Boateng", "Asante", "Tesfamariam", "Ghebremedhin", "Warsame",
    "Farah", "Abdi",
    # Ukrainian / Russian / Greek
    "Shevchenko", "Kovalenko", "Bondarenko", "Ivanova", "Smirnov", "Volkov", "Papadopoulos", "Nikolaidis",
    "Georgiadou",
    # with particles
    "van den Broek", "de Almeida", "von Thurn", "al-Rashid", "bin Sulaiman",
]  # fmt: skip

# names that are also common words, used as names with a salutation or a surname beside them
WORD_FIRST: list[tuple[str, str]] = [
    ("Ernst", "m"), ("Frank", "m"), ("Mark", "m"), ("Grant", "m"), ("Will", "m"), ("Rose", "f"), ("Hope", "f"),
    ("Summer", "f"), ("Sunny", "f"), ("Faith", "f"), ("Heide", "f"),
]
WORD_LAST: list[str] = ["Wolf", "Kurz", "Klein", "Bauer", "Schneider", "Fuchs", "Lang", "Frank", "Winter", "Stark"]
