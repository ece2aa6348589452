"""Chrome text mode kept inside the story (issue 12, precision; session 35):
a clip's or a gallery's link run into its title ("Video: ...", "VIDÉO. ...",
"Bildergalerie: ... (24 Fotos)", "Zobacz galerię ..."), and a recipe card's
controls row and its readers' rating ("Print Recipe Pin Recipe",
"★★★★★ 4,8 (96 votes)"). Both go by name (media-teaser, recipe-card); the
story's sentences with the same words stay. Pages and lines invented for
these tests."""

import pytest
from helpers import removals

from cleaner import clean

_STORIES = {
    "en": ["The council voted on Tuesday night to keep the river ferry running through the winter, after more than "
           "two thousand residents signed a petition against the planned closure.",
           "The ferry, which crosses six times a day, was due to stop in October because of higher fuel costs and a "
           "gap in the transport budget, officials said.",
           "The money will come from a reserve meant for repairs to the harbour wall, which are now put off until "
           "next spring, the mayor told the meeting."],
    "de": ["Der Gemeinderat hat am Dienstagabend beschlossen, die Fähre über den Fluss auch im Winter fahren zu "
           "lassen, nachdem mehr als zweitausend Einwohner eine Petition unterschrieben hatten.",
           "Die Fähre, die sechsmal am Tag übersetzt, hätte wegen gestiegener Treibstoffkosten und einer Lücke im "
           "Verkehrshaushalt im Oktober eingestellt werden sollen.",
           "Das Geld komme aus einer Rücklage für die Reparatur der Hafenmauer, deren Sanierung nun bis zum nächsten "
           "Frühjahr verschoben werde, sagte der Bürgermeister."],
    "fr": ["Le conseil municipal a décidé mardi soir de maintenir le bac sur la rivière tout l'hiver, après une "
           "pétition signée par plus de deux mille habitants contre la fermeture prévue.",
           "Le bac, qui traverse six fois par jour, devait s'arrêter en octobre à cause de la hausse du carburant et "
           "d'un trou dans le budget des transports, selon la mairie.",
           "L'argent viendra d'une réserve prévue pour réparer le mur du port, dont les travaux sont repoussés au "
           "printemps prochain, a expliqué le maire aux élus."],
    "pl": ["Rada gminy zdecydowała we wtorek wieczorem, że prom na rzece będzie kursował także zimą, po tym jak "
           "ponad dwa tysiące mieszkańców podpisało petycję przeciwko jego zamknięciu.",
           "Prom, który przepływa sześć razy dziennie, miał zostać wstrzymany w październiku z powodu wyższych cen "
           "paliwa i luki w budżecie na transport, podali urzędnicy.",
           "Pieniądze pochodzą z rezerwy na remont nabrzeża, którego naprawa została przesunięta na przyszłą wiosnę, "
           "powiedział burmistrz na sesji rady."],
    "es": ["El pleno del Ayuntamiento aprobó el martes por la noche mantener el transbordador del río durante todo "
           "el invierno, después de que más de dos mil vecinos firmaran una petición.",
           "El transbordador, que cruza seis veces al día, iba a dejar de funcionar en octubre por el precio del "
           "combustible y un agujero en el presupuesto de transporte.",
           "El dinero saldrá de una reserva destinada a reparar el muro del puerto, cuyas obras se aplazan hasta la "
           "próxima primavera, explicó el alcalde en el pleno."],
    "it": ["Il consiglio comunale ha deciso martedì sera di mantenere il traghetto sul fiume anche in inverno, dopo "
           "che oltre duemila abitanti avevano firmato una petizione contro la chiusura.",
           "Il traghetto, che attraversa sei volte al giorno, avrebbe dovuto fermarsi a ottobre per il caro "
           "carburante e un buco nel bilancio dei trasporti, hanno detto i funzionari.",
           "I soldi arriveranno da una riserva destinata alla riparazione del muro del porto, i cui lavori slittano "
           "alla prossima primavera, ha spiegato il sindaco."],
    "id": ["Dewan kota memutuskan pada Selasa malam untuk tetap menjalankan kapal penyeberangan sungai sepanjang "
           "musim hujan, setelah lebih dari dua ribu warga menandatangani petisi.",
           "Kapal yang menyeberang enam kali sehari itu semula akan berhenti pada Oktober karena harga bahan bakar "
           "naik dan anggaran transportasi kurang, kata pejabat setempat.",
           "Dananya berasal dari cadangan untuk perbaikan tembok pelabuhan, yang kini ditunda hingga tahun depan, "
           "kata wali kota dalam rapat tersebut."],
}
_HEADERS = {
    "en": "Home\nNews\nSport\nContact\nFerry to run all winter\nBy Tom Reyes · 3 May 2025\n",
    "de": "Startseite\nPolitik\nSport\nKontakt\nFähre fährt auch im Winter\nVon Tom Reyes · 3. Mai 2025\n",
    "fr": "Accueil\nActualité\nSport\nContact\nLe bac naviguera tout l'hiver\nPar Léa Roy · 3 mai 2025\n",
    "pl": "Strona główna\nWiadomości\nSport\nKontakt\nProm popłynie także zimą\nAutor: Jan Nowak · 3 maja 2025\n",
    "es": "Inicio\nNoticias\nDeportes\nContacto\nEl transbordador seguirá en invierno\n"
          "Por Ana Gil · 3 de mayo de 2025\n",
    "it": "Home\nNotizie\nSport\nContatti\nIl traghetto resta anche d'inverno\nDi Marco Rossi · 3 maggio 2025\n",
    "id": "Beranda\nBerita\nOlahraga\nKontak\nKapal tetap berlayar\nOleh Budi Santoso · 3 Mei 2025\n",
}
_FOOTER = "Most read\nBridge repairs start in June\nNew bus line for the east\n© 2025 The Harbour Post\n"


def _page(language: str, inserted: str) -> str:
    first, *rest = _STORIES[language]
    return _HEADERS[language] + "\n".join([first, inserted, *rest]) + "\n" + _FOOTER


def _removed_by(language: str, inserted: str) -> str | None:
    return removals(_page(language, inserted))[inserted]


@pytest.mark.parametrize(("language", "teaser"), [
    ("en", "Video: Divers inspect the harbour wall (2:14)"),
    ("en", "WATCH: The ferry's last crossing of the summer"),
    ("de", "Bildergalerie: Die schönsten Bilder vom Hafenfest (18 Fotos)"),
    ("de", "Video: Hochwasser an der Fähranlegestelle (1:05 min)"),
    ("fr", "VIDÉO. Le bac vu du ciel au coucher du soleil"),
    ("fr", "Diaporama : la fête du port en images"),
    ("pl", "Zobacz galerię zdjęć z sesji rady (32 zdjęcia)"),
    ("pl", "ZOBACZ WIDEO Burmistrz o przyszłości promu"),
    ("es", "Vídeo: Así cruza el transbordador el río crecido"),
    ("it", "Fotogallery: la festa del porto in 20 scatti"),
])
def test_a_clips_or_gallerys_link_with_its_title_goes(language, teaser):
    assert _removed_by(language, teaser) == "media-teaser"
    assert [line for line in clean(_page(language, teaser)).splitlines() if line] == _STORIES[language]


@pytest.mark.parametrize(("language", "line"), [
    ("en", "Video footage shared by a neighbour shows the ferry drifting towards the weir."),
    ("en", "Video: a neighbour filmed the ferry as it drifted towards the weir, police said."),
    ("de", "Die Bildergalerie im Rathaus zeigt ab Mai Fotos der alten Fähre, sagte die Kuratorin."),
    ("fr", "Vidéo à l'appui, l'opposition a dénoncé le coût du bac lors du conseil."),
    ("pl", "Zobacz, jak wyglądał prom przed remontem, zachęca w mediach społecznościowych urząd gminy."),
])
def test_a_storys_sentence_about_a_clip_or_gallery_stays(language, line):
    assert _removed_by(language, line) is None


@pytest.mark.parametrize(("language", "line"), [
    ("en", "Print Recipe Pin Recipe"),
    ("en", "5 from 7 votes"),
    ("de", "Drucken Auf Pinterest merken Zur Einkaufsliste"),
    ("de", "Auf die Einkaufsliste setzen"),
    ("fr", "Imprimer Ajouter à mes favoris Ajouter à ma liste de courses"),
    ("es", "Imprimir receta Guardar"),
    ("it", "★★★★★ 4,7 su 5 (38 voti)"),
    ("id", "Beri nilai resep ini: ★★★★☆ (4,5 dari 120 ulasan)"),
    ("de", "★★★★☆ 4,2 (57 Bewertungen)"),
])
def test_a_recipe_cards_controls_and_rating_go(language, line):
    assert _removed_by(language, line) == "recipe-card"
    assert [x for x in clean(_page(language, line)).splitlines() if x] == _STORIES[language]


@pytest.mark.parametrize(("language", "line"), [
    ("en", "The film earned ★★★★ from every critic, and 5 of 7 judges voted for it."),
    ("de", "Drucken Sie das Rezept aus und legen Sie es auf die Einkaufsliste, rät die Köchin."),
    ("es", "Guardar la receta de la abuela fue su primera tarea."),
    ("en", "Score 4.5 out of 5"),
])
def test_a_storys_lines_like_them_stay(language, line):
    assert _removed_by(language, line) is None
