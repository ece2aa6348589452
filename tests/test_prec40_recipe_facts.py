"""Chrome text mode kept inside a recipe (issue 12, precision; session 40): the recipe card's facts set on
one line as a row of labels and values ("Raciones: 4 · Tiempo: 45 minutos · Dificultad: fácil",
"Difficoltà: Facile Preparazione: 30 minuti Cottura: 40 minuti"), between the blog's introduction and the
ingredients. It goes by name (recipe-facts); a fact on a line of its own, a row of labels no recipe card
uses and a sentence with the words stay. Pages and lines invented for these tests."""

import pytest

from cleaner import clean, explain

# Per language: the introduction's two paragraphs, the facts row, the ingredients' heading and two
# ingredients, the method's paragraph.
_RECIPES = {
    "es": ("Cuando llega el otoño y el mercado se llena de calabazas, en casa siempre preparamos esta crema. La "
           "receta es de mi tía Maruja, que la hacía cada domingo para toda la familia.",
           "Es un plato sencillo y barato, que se puede dejar hecho el día antes y que gana sabor de un día para otro.",
           "Raciones: 6 · Tiempo: 50 minutos · Dificultad: fácil",
           "Ingredientes", "1 kg de calabaza", "2 puerros",
           "Pela la calabaza, córtala en dados y rehógala con los puerros durante diez minutos antes de añadir "
           "el agua."),
    "it": ("Quando a ottobre arrivano le prime castagne, a casa nostra si prepara sempre questa torta. La ricetta è "
           "quella di mia zia Lucia, che la faceva ogni domenica per tutta la famiglia.",
           "È un dolce semplice ed economico, che si può preparare il giorno prima e che il giorno dopo è ancora "
           "più buono.",
           "Difficoltà: Facile Preparazione: 20 minuti Cottura: 45 minuti Dosi per: 6 persone",
           "Ingredienti", "300 g di farina di castagne", "3 uova",
           "Mescolate la farina con le uova e il latte, versate tutto nella teglia e infornate a 180 gradi per "
           "tre quarti d'ora."),
    "id": ("Setiap kali musim hujan tiba, di rumah kami selalu ada semangkuk sup jagung hangat. Resep ini berasal "
           "dari nenek saya, yang dulu memasaknya untuk seluruh keluarga setiap hari Minggu.",
           "Sup ini murah dan mudah dibuat, dan rasanya justru lebih enak kalau dipanaskan lagi keesokan harinya.",
           "Porsi: 4 orang · Persiapan: 15 menit · Memasak: 30 menit · Tingkat kesulitan: Mudah",
           "Bahan-bahan", "3 buah jagung manis", "1 buah wortel",
           "Pipil jagung, potong wortel kecil-kecil, lalu rebus semuanya bersama bawang putih selama setengah jam."),
    "de": ("Wenn im Herbst die ersten Kürbisse auf dem Markt liegen, gibt es bei uns immer diese Suppe. Das Rezept "
           "stammt von meiner Tante Hilde, die sie jeden Sonntag für die ganze Familie gekocht hat.",
           "Sie ist einfach und günstig, lässt sich gut am Vortag kochen und schmeckt am zweiten Tag sogar noch "
           "besser.",
           "Portionen: 6 · Zubereitungszeit: 20 Min. · Kochzeit: 30 Min. · Schwierigkeit: einfach",
           "Zutaten", "1 kg Hokkaido-Kürbis", "2 Zwiebeln",
           "Den Kürbis in Würfel schneiden und mit den Zwiebeln zehn Minuten andünsten, dann mit Brühe aufgießen."),
    "en": ("When the first pumpkins turn up at the market in the autumn, this is the soup we make at home. The recipe "
           "comes from my aunt Hilda, who cooked it for the whole family every Sunday.",
           "It is simple and cheap, it keeps well for a day, and it tastes even better when you warm it up again.",
           "Servings: 6 | Prep time: 20 min | Cook time: 30 min | Difficulty: easy",
           "Ingredients", "1 kg pumpkin", "2 onions",
           "Cut the pumpkin into cubes and soften it with the onions for ten minutes, then pour in the stock."),
    "fr": ("Quand les premières courges arrivent au marché à l'automne, c'est cette soupe que l'on prépare à la "
           "maison. La recette vient de ma tante Hélène, qui la cuisinait chaque dimanche pour toute la famille.",
           "Elle est simple et bon marché, se garde bien un jour et elle est encore meilleure réchauffée le lendemain.",
           "Portions : 6 · Temps de préparation : 20 min · Temps de cuisson : 30 min · Difficulté : facile",
           "Ingrédients", "1 kg de potiron", "2 oignons",
           "Coupez le potiron en cubes et faites-le revenir avec les oignons dix minutes, puis versez le bouillon."),
}


def _page(intro1: str, intro2: str, facts: str, heading: str, one: str, two: str, method: str) -> str:
    return "\n".join(["Pumpkin & Co", intro1, "", intro2, "", facts, "", heading, one, two, "", method, ""])


@pytest.mark.parametrize("language", sorted(_RECIPES))
def test_a_recipes_facts_row_goes(language: str) -> None:
    intro1, intro2, facts, heading, one, two, method = _RECIPES[language]
    page = _page(intro1, intro2, facts, heading, one, two, method)
    result = explain(page)
    removed_by = {decision.block.text: decision.removed_by for decision in result.decisions if not decision.kept}
    assert removed_by.get(facts) == "recipe-facts"
    kept = result.text.splitlines()
    for line in (intro1, intro2, one, two, method):
        assert line in kept


# Per language: two facts, each on a line of its own (the recipe's, in the sets that count them), and a
# sentence of the story naming the same things.
_OWN_LINES = {
    "es": ("Raciones: 6", "Tiempo: 50 minutos", "Tiempo: unos cincuenta minutos; dificultad: ninguna, decía mi tía."),
    "it": ("Preparazione: 20 minuti", "Cottura: 45 minuti",
           "Preparazione: poca; cottura: lunga, diceva sempre mia zia."),
    "id": ("Porsi: 4 orang", "Memasak: 30 menit", "Persiapan: sebentar saja; memasak: setengah jam, kata nenek."),
    "de": ("Zubereitungszeit: 20 Min.", "Portionen: 6",
           "Zubereitungszeit: kurz; Schwierigkeit: keine, sagte meine Tante."),
    "en": ("Prep time: 20 min", "Servings: 6", "Prep time: short; difficulty: none, as my aunt always said."),
    "fr": ("Temps de préparation : 20 min", "Portions : 6",
           "Préparation : rapide ; difficulté : aucune, disait ma tante."),
}


@pytest.mark.parametrize("language", sorted(_RECIPES))
def test_a_fact_on_its_own_line_and_a_sentence_with_the_labels_stay(language: str) -> None:
    intro1, intro2, _, heading, one, two, method = _RECIPES[language]
    first, second, sentence = _OWN_LINES[language]
    page = "\n".join(["Pumpkin & Co", intro1, "", intro2, "", first, second, "", heading, one, two, "", method, "",
                      sentence, ""])
    kept = clean(page).splitlines()
    assert first in kept and second in kept and sentence in kept


def test_a_row_of_facts_no_recipe_card_uses_stays() -> None:
    intro1, intro2, _, heading, one, two, method = _RECIPES["de"]
    row = "Ort: Gemeindehaus · Zeit: 19 Uhr · Eintritt: frei"
    assert row in clean(_page(intro1, intro2, row, heading, one, two, method)).splitlines()
