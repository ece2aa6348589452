"""A recipe post's closing wish under its last step ("Afiyet olsun!", "Приятного аппетита!") is the post's, as a
writer's greeting is (selection.sign_off_after); a box's heading in the same place still goes."""

from __future__ import annotations

import pytest
from helpers import removals


POSTS = {
    "tr": ["Ana Sayfa", "Tarifler", "Tatlılar", "Hamur İşleri", "Hakkımda",
           "Fırında Kabak Mücver",
           "Yayınlanma: 3 Temmuz 2024",
           "Kabakları rendeleyip tuzlayın ve on dakika bekletin. Ardından suyunu iyice sıkın, bu adım çok önemli.",
           "Geniş bir kapta kabak, yumurta, dereotu, peynir ve unu karıştırın. Baharatları da ekleyip harmanlayın.",
           "Karışımı tepsiye paylaştırın ve önceden ısıtılmış 200 derece fırında yaklaşık 25 dakika pişirin."],
    "ru": ["Главная", "Рецепты", "Выпечка", "Супы", "Обо мне",
           "Сырники в духовке",
           "Опубликовано 24.09.2024",
           "Творог разомните вилкой, добавьте яйцо, сахар и щепотку соли, затем тщательно перемешайте всю массу.",
           "Всыпьте муку и замесите мягкое тесто. Сформируйте небольшие сырники и выложите их на противень.",
           "Выпекайте сырники в разогретой до 180 градусов духовке около двадцати минут до румяной корочки."],
}
CLOSINGS = {"tr": "Afiyet olsun!", "ru": "Приятного аппетита!"}
UNDER = ["Tarifi paylaş", "Facebook", "Pinterest", "WhatsApp", "Benzer tarifler", "Zeytinyağlı Taze Fasulye",
         "Patlıcan Musakka", "© 2024 Zeynep'in Mutfağı"]


def _ids(lines: list[str]) -> dict[str, str | None]:
    return removals("\n\n".join(lines))


@pytest.mark.parametrize("language", sorted(POSTS))
def test_a_recipe_s_closing_wish_under_its_last_step_is_the_post_s(language: str) -> None:
    ids = _ids([*POSTS[language], CLOSINGS[language], *UNDER])
    assert ids[CLOSINGS[language]] is None and all(ids[line] is None for line in POSTS[language][-3:])
    assert ids["Benzer tarifler"] is not None and ids["Patlıcan Musakka"] is not None


def test_a_box_heading_under_the_last_step_still_goes() -> None:
    ids = _ids([*POSTS["tr"], "Benzer tarifler", "Zeytinyağlı Taze Fasulye", "Patlıcan Musakka"])
    assert ids["Benzer tarifler"] is not None and all(ids[line] is None for line in POSTS["tr"][-3:])
