"""A newsletter form's bare button in the reader's own voice (issue 12, session 34): "Je m'inscris",
"Suscribirme", "Apuntarme". newsletter-prompt knew the infinitives ("S'inscrire", "Suscribirse") only, so text
mode kept the button, and under the story the box's heading and pitch over it (newsletter-box reads the box
over a prompt it finds). Invented pages in French and Spanish, the languages whose forms say so."""

from __future__ import annotations

from cleaner import clean, explain

STORY_FR = """Pédaler tout l'hiver sans se décourager

Rouler à vélo en hiver demande un peu d'organisation, mais rien d'insurmontable. Depuis deux ans, je fais mes
douze kilomètres quotidiens par tous les temps, et j'ai appris à m'équiper sans me ruiner.

Le plus important reste l'éclairage : une lampe avant puissante et un feu arrière clignotant, même en plein
jour, parce que les automobilistes ne s'attendent pas à croiser un cycliste sous la pluie.

Au bout de deux hivers, mon bilan tient en une phrase : il n'y a pas de mauvais temps, seulement un mauvais
équipement, et un peu de patience le matin.

La lettre du Guidon
Chaque vendredi, nos meilleurs articles dans votre boîte mail.
Je m'inscris
"""

STORY_ES = """Vuelve el atún a la lonja de Puerto Albariza

Por primera vez en una década, la lonja de Puerto Albariza subastó el martes más de dos toneladas de atún rojo
capturado con caña por la flota local, según datos de la cofradía de pescadores.

Los científicos del centro oceanográfico atribuyen el regreso del atún a una temperatura del agua más estable
durante la primavera y a las cuotas de pesca de los últimos años.

Suscribirme

La cofradía confía en que no sea un hecho aislado. Su patrón mayor pidió a las autoridades que amplíen la cuota
de la flota artesanal para el próximo año.
"""


def test_the_box_under_the_story_goes_with_its_button() -> None:
    removed = {d.block.text: d.removed_by for d in explain(STORY_FR).decisions}
    assert removed["Je m'inscris"] == "newsletter-prompt"
    assert removed["La lettre du Guidon"] == "newsletter-box"
    assert "Au bout de deux hivers" in clean(STORY_FR)


def test_the_button_between_paragraphs_goes_and_the_story_stays() -> None:
    removed = {d.block.text: d.removed_by for d in explain(STORY_ES).decisions}
    assert removed["Suscribirme"] == "newsletter-prompt"
    kept = clean(STORY_ES)
    assert "La cofradía confía en que no sea un hecho aislado." in kept
    assert "Los científicos del centro oceanográfico" in kept
