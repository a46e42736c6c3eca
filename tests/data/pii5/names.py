"""Hand-written name lists for pii5: first names and surnames with roots all over the world, as met in DACH/UK/US
offices, written from general knowledge for this corpus (not taken from Faker nor from another corpus's list)."""

from __future__ import annotations

# (first name, female?)
WORLD_FIRST: list[tuple[str, bool]] = [
    # Turkish, Kurdish
    ("Elif", True), ("Zeynep", True), ("Büşra", True), ("Sevgi", True), ("Gülcan", True), ("Hatice", True),
    ("Emre", False), ("Burak", False), ("Kerem", False), ("Oğuz", False), ("Serkan", False), ("Volkan", False),
    ("Rojda", True), ("Berfin", True), ("Dilan", True), ("Rojhat", False), ("Azad", False), ("Baran", False),
    # Arabic, Persian
    ("Yasmin", True), ("Rania", True), ("Amira", True), ("Nour", True), ("Samira", True), ("Khaled", False),
    ("Tarek", False), ("Bilal", False), ("Yusuf", False), ("Hamza", False), ("Shirin", True), ("Parisa", True),
    ("Navid", False), ("Dariush", False), ("Kian", False), ("Farhad", False),
    # Polish, Romanian, Czech, Hungarian
    ("Agnieszka", True), ("Małgorzata", True), ("Katarzyna", True), ("Wojciech", False), ("Grzegorz", False),
    ("Łukasz", False), ("Ioana", True), ("Andreea", True), ("Bogdan", False), ("Mihai", False), ("Radu", False),
    ("Zdeněk", False), ("Jitka", True), ("Bence", False), ("Zsófia", True), ("Réka", True), ("Levente", False),
    # ex-Yugoslav, Albanian, Greek
    ("Jelena", True), ("Dragana", True), ("Milica", True), ("Nikola", False), ("Dejan", False), ("Goran", False),
    ("Edin", False), ("Amela", True), ("Arben", False), ("Blerina", True), ("Dritan", False), ("Valbona", True),
    ("Eleni", True), ("Dimitra", True), ("Konstantinos", False), ("Giorgos", False), ("Stavros", False),
    # Italian, Spanish, Portuguese/Brazilian, French
    ("Giulia", True), ("Chiara", True), ("Lorenzo", False), ("Matteo", False), ("Francesca", True),
    ("Alejandro", False), ("Lucía", True), ("Iñigo", False), ("Rocío", True), ("João", False), ("Thiago", False),
    ("Gabriela", True), ("Letícia", True), ("Rodrigo", False), ("Margaux", True), ("Amélie", True),
    ("Étienne", False), ("Benoît", False),
    # Indian, Sri Lankan, Pakistani
    ("Priyanka", True), ("Ananya", True), ("Lakshmi", True), ("Rahul", False), ("Vikram", False), ("Arjun", False),
    ("Sanjay", False), ("Tharindu", False), ("Nimali", True), ("Dilshan", False), ("Kavindi", True),
    ("Ayesha", True), ("Saima", True), ("Imran", False), ("Faisal", False), ("Zainab", True),
    # Chinese, Korean, Japanese, Vietnamese, Thai, Filipino
    ("Xiaoling", True), ("Meiling", True), ("Jianhong", False), ("Zhiwei", False), ("Haoran", False),
    ("Seo-yeon", True), ("Ji-hoon", False), ("Min-jun", False), ("Hyejin", True), ("Haruka", True), ("Yuki", True),
    ("Takeshi", False), ("Kenta", False), ("Thanh", False), ("Nguyet", True), ("Huong", True), ("Minh", False),
    ("Siriporn", True), ("Somchai", False), ("Kanya", True), ("Maricel", True), ("Jericho", False),
    ("Rowena", True), ("Rodel", False),
    # Nigerian, Ghanaian, Kenyan, Eritrean, Somali
    ("Chiamaka", True), ("Ngozi", True), ("Oluwaseun", False), ("Tunde", False), ("Chukwuemeka", False),
    ("Abena", True), ("Kwabena", False), ("Kofi", False), ("Akosua", True), ("Wanjiru", True), ("Otieno", False),
    ("Njeri", True), ("Kiprop", False), ("Senait", True), ("Tesfay", False), ("Yohannes", False), ("Hodan", True),
    ("Abdirahman", False), ("Faduma", True),
    # Ukrainian, Russian
    ("Oksana", True), ("Yulia", True), ("Bohdan", False), ("Taras", False), ("Mykola", False), ("Svetlana", True),
    ("Dmitri", False), ("Anastasia", True),
    # Dutch, Scandinavian, Irish/Gaelic
    ("Sanne", True), ("Joost", False), ("Maarten", False), ("Femke", True), ("Sigrid", True), ("Björn", False),
    ("Astrid", True), ("Henrik", False), ("Solveig", True), ("Siobhán", True), ("Niamh", True), ("Aoife", True),
    ("Caoimhe", True), ("Oisín", False), ("Pádraig", False), ("Ciarán", False), ("Eoghan", False),
]  # fmt: skip

# short forms and nicknames people sign with
SHORT_FIRST: list[tuple[str, bool]] = [
    ("Steffi", True), ("Basti", False), ("Chris", False), ("Alex", True), ("Jo", True), ("Toni", False),
    ("Flo", False), ("Caro", True), ("Benni", False), ("Kathi", True), ("Domi", False), ("Maxi", True),
    ("Sam", False), ("Becky", True), ("Danny", False), ("Liz", True), ("Tom", False), ("Nikki", True),
]  # fmt: skip

# first names that are also words (look-alikes in clean texts)
WORD_FIRST: list[tuple[str, bool]] = [
    ("Ernst", False), ("Frank", False), ("Mark", False), ("Grant", False), ("Will", False), ("Rose", True),
    ("Hope", True), ("Summer", True), ("Faith", True), ("Joy", True), ("Dawn", True), ("Miles", False),
    ("June", True), ("April", True), ("May", True), ("Rich", False), ("Sonne", True), ("Glück", False),
]  # fmt: skip

WORLD_LAST: list[str] = [
    # Turkish, Kurdish, Arabic, Persian
    "Yıldırım", "Öztürk", "Karakaya", "Aydoğan", "Çelik", "Demirci", "Kılıç", "Zana", "Barzani", "Haddad",
    "El-Amrani", "Mansour", "Nassar", "Saleh", "Tehrani", "Rezaei", "Moradi", "Hosseini",
    # Polish, Romanian, Czech, Hungarian, ex-Yugoslav, Albanian, Greek
    "Wiśniewska", "Zieliński", "Kowalczyk", "Dąbrowski", "Popescu", "Ionescu", "Constantinescu", "Dvořák",
    "Novotná", "Horváth", "Szabó", "Kovačević", "Petrović", "Hadžić", "Babić", "Krasniqi", "Gashi", "Berisha",
    "Papadopoulos", "Georgiou", "Nikolaidis",
    # Italian, Spanish, Portuguese/Brazilian, French, Dutch, Scandinavian
    "Esposito", "Ricci", "Colombo", "Fernández", "Ortega", "Navarro", "Gonçalves", "Carvalho", "Figueiredo",
    "Lefebvre", "Moreau", "Dubois", "van der Meer", "de Vries", "Bakker", "Lindqvist", "Johansson", "Halvorsen",
    # Irish/Gaelic
    "Ní Bhriain", "Mac Giolla", "O'Sullivan", "McLaughlin", "Ó Súilleabháin",
    # Indian, Sri Lankan, Pakistani
    "Raghunathan", "Iyer", "Chatterjee", "Kulkarni", "Perera", "Jayasuriya", "Wickramasinghe", "Qureshi",
    "Chaudhry", "Siddiqui",
    # Chinese, Korean, Japanese, Vietnamese, Thai, Filipino
    "Zhang", "Huang", "Xu", "Park", "Choi", "Tanaka", "Yamamoto", "Nakamura", "Tran", "Pham", "Nguyen",
    "Srisuwan", "Chaiyaporn", "Villanueva", "Bautista", "Mendoza",
    # Nigerian, Ghanaian, Kenyan, Eritrean, Somali, Ukrainian, Russian
    "Okonkwo", "Adeyemi", "Nwachukwu", "Mensah", "Asante", "Boateng", "Kamau", "Odhiambo", "Wekesa", "Tesfamariam",
    "Ghebremedhin", "Warsame", "Farah", "Shevchenko", "Bondarenko", "Kravchuk", "Sokolova", "Ivanov",
]  # fmt: skip

# surnames that are also words (look-alikes in clean texts)
WORD_LAST: list[str] = [
    "Klein", "Bauer", "Fuchs", "Engel", "König", "Hahn", "Vogel", "Wolf", "Sommer", "Winter", "Kaiser", "Strauß",
    "Frost", "Bird", "Rich", "Brown", "Baker", "Hope", "Young", "Sharp",
]  # fmt: skip
