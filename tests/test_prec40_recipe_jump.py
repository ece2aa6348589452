"""Chrome text mode kept inside a recipe (issue 12, precision; session 40): the recipe card's row of controls
led by the jump to the card ("Direkt zum Rezept Rezept drucken", "Jump to Recipe Print Recipe"). The jump alone
was skip-link's, the row recipe-card's only without it; the row now goes by name (recipe-card). A story's
sentence with the words stays. Pages and lines invented for these tests."""

import pytest

from cleaner import clean, explain

_INTROS = {
    "de": ("Wenn im Mai der erste Spargel auf dem Markt liegt, koche ich diese Suppe. Das Rezept stammt von meiner "
           "Großmutter, die sie jedes Jahr zum Muttertag für die ganze Familie gekocht hat.",
           "Das Besondere ist die Brühe aus den Schalen: Sie wird eine halbe Stunde ausgekocht und gibt der Suppe "
           "ihren vollen Geschmack, ganz ohne Brühwürfel.",
           "Direkt zum Rezept Rezept drucken",
           "Springe zum Rezept, sagte meine Großmutter immer, wenn wir zu lange über den Spargel redeten."),
    "en": ("When the first asparagus turns up at the market in May, this is the soup I make. The recipe comes from "
           "my grandmother, who cooked it for the whole family every year on Mother's Day.",
           "The secret is the stock made from the peelings: it simmers for half an hour and gives the soup its full "
           "flavour, with no stock cube at all.",
           "Jump to Recipe Print Recipe",
           "Jump to the recipe, my grandmother used to say, whenever we talked about the asparagus for too long."),
    "fr": ("Quand les premières asperges arrivent au marché en mai, c'est cette soupe que je prépare. La recette "
           "vient de ma grand-mère, qui la cuisinait chaque année pour la fête des mères.",
           "Le secret, c'est le bouillon fait avec les épluchures : il mijote une demi-heure et donne à la soupe "
           "tout son goût, sans le moindre cube.",
           "Aller à la recette Imprimer la recette",
           "Passe à la recette, disait ma grand-mère quand on parlait trop longtemps des asperges."),
}


def _page(one: str, two: str, middle: str) -> str:
    return "\n".join(["Soup & Co", one, "", middle, "", two, ""])


@pytest.mark.parametrize("language", sorted(_INTROS))
def test_the_rows_jump_to_the_recipe_goes(language: str) -> None:
    one, two, row, _ = _INTROS[language]
    result = explain(_page(one, two, row))
    removed_by = {decision.block.text: decision.removed_by for decision in result.decisions if not decision.kept}
    assert removed_by.get(row) == "recipe-card"
    assert one in result.text.splitlines() and two in result.text.splitlines()


@pytest.mark.parametrize("language", sorted(_INTROS))
def test_a_sentence_with_the_words_stays(language: str) -> None:
    one, two, _, sentence = _INTROS[language]
    assert sentence in clean(_page(one, two, sentence)).splitlines()
