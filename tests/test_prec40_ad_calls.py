"""Chrome text mode kept inside the story (issue 12, precision; session 40): an ad's own text under its label,
the call to compare offers "now" ("Jetzt Wärmepumpen-Angebote vergleichen und bis zu 30 % sparen") or the
pitch's sentence with the offers' button run into it ("Reserva tu ferry con antelación y ahorra hasta un 15 %.
Ver ofertas"). It goes by name (shop-pitch); a story's advice to compare offers stays. Pages and lines
invented for these tests."""

import pytest

from cleaner import clean, explain

# Per language: two paragraphs above the ad, its label, its line, a subheading and a paragraph under it, and a
# story's sentence advising to compare offers.
_PAGES = {
    "de": ("Die Gemeinde will bis zum Jahr 2028 festlegen, in welchen Straßen ein Wärmenetz gebaut wird und wo die "
           "Hausbesitzer selbst für eine neue Heizung sorgen müssen.",
           "Wer schon jetzt eine Heizung tauschen muss, bekommt vom Bund einen Zuschuss von bis zu siebzig Prozent "
           "der Kosten, sagte der Klimaschutzmanager bei der Versammlung.",
           "Anzeige", "Jetzt Solar-Angebote vergleichen und bis zu 25 % sparen", "Was die Planung bedeutet",
           "Bis der Plan steht, sollen Eigentümer nicht in Eile handeln, sondern sich beraten lassen, rät die "
           "Verbraucherzentrale in ihrem neuen Merkblatt für die Region.",
           "Jetzt Angebote vergleichen, rät die Verbraucherzentrale, denn die Preise schwanken stark."),
    "es": ("La isla recibe cada verano a más de veinte mil visitantes, que llegan casi todos en el transbordador que "
           "sale dos veces al día desde el puerto de la capital.",
           "En agosto los billetes se agotan con semanas de antelación, sobre todo los de los coches, y muchos "
           "viajeros se quedan en tierra, explica la naviera.",
           "Anuncio", "Reserva tu billete con antelación y ahorra hasta un 20 %. Ver ofertas", "Dónde comer",
           "En el puerto, una pequeña taberna sirve pescado del día y una sopa de mejillones que justifica por sí "
           "sola el viaje, según los vecinos de la isla.",
           "Compara las ofertas de las dos navieras antes de comprar, aconsejan los vecinos."),
    "en": ("The island welcomes more than twenty thousand visitors every summer, nearly all of them arriving on the "
           "ferry that leaves the mainland harbour twice a day.",
           "In August the tickets sell out weeks ahead, especially those for cars, and many travellers are left "
           "behind on the quay, the ferry company says.",
           "Advertisement", "Book your crossing early and save up to 20%. See all deals", "Where to eat",
           "On the harbour, a small tavern serves the catch of the day and a mussel soup that alone is worth the "
           "trip, according to the islanders who eat there.",
           "Compare the offers from both ferry companies before you book a crossing."),
    "it": ("L'isola accoglie ogni estate più di ventimila visitatori, che arrivano quasi tutti con il traghetto che "
           "parte due volte al giorno dal porto della città.",
           "Ad agosto i biglietti finiscono con settimane di anticipo, soprattutto quelli per le auto, e molti "
           "viaggiatori restano a terra, spiega la compagnia.",
           "Pubblicità", "Prenota il tuo traghetto in anticipo e risparmia fino al 20%. Vedi le offerte",
           "Dove mangiare",
           "Sul porto una piccola trattoria serve il pesce del giorno e una zuppa di cozze che da sola vale il "
           "viaggio, raccontano gli abitanti dell'isola.",
           "Confronta le offerte delle due compagnie prima di prenotare il viaggio."),
}


@pytest.mark.parametrize("language", sorted(_PAGES))
def test_an_ads_call_under_its_label_goes(language: str) -> None:
    one, two, label, call, heading, three, _ = _PAGES[language]
    page = "\n".join(["Island News", one, "", two, "", label, call, "", heading, three, ""])
    result = explain(page)
    removed_by = {decision.block.text: decision.removed_by for decision in result.decisions if not decision.kept}
    assert removed_by.get(call) == "shop-pitch"
    kept = result.text.splitlines()
    for line in (one, two, three):
        assert line in kept


@pytest.mark.parametrize("language", sorted(_PAGES))
def test_a_storys_advice_to_compare_offers_stays(language: str) -> None:
    one, two, _, _, heading, three, advice = _PAGES[language]
    page = "\n".join(["Island News", one, "", two, "", advice, "", heading, three, ""])
    assert advice in clean(page).splitlines()
