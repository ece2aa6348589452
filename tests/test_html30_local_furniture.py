"""Boxes set inside an article and named in the site's language (a comment thread "comentarios", the author's
box "autor", an ad "werbung", a subscription offer "abo", a contact box "kontakt") or as a player ("video")
are furniture in HTML mode, which runs no main-content selection to drop them; a player's frame holding an
embedded post stays: it shows a quote of the story."""

from __future__ import annotations

import pytest

from cleaner import Cleaner

HEADLINE = "A vila de Alvarenga reabre o mercado coberto"
PARAGRAPHS = [
    "Depois de dois anos de obras, o mercado coberto de Alvarenga reabriu no sábado com vinte e duas bancas de "
    "produtores locais, mais oito do que antes do encerramento.",
    "A câmara municipal investiu 1,4 milhões de euros na recuperação do telhado e na nova rede de esgotos, "
    "parte dos quais vieram de fundos europeus para a coesão territorial.",
    "Os vendedores mais antigos dizem que a clientela ainda não voltou toda, mas esperam que as feiras de "
    "domingo tragam de novo as famílias das aldeias vizinhas ao centro da vila.",
]
# (class of the box, its lines)
BOXES = [
    ("comentarios", ["Maria Lopes disse...", "Finalmente! Já fazia falta um sítio destes na vila."]),
    ("caja-autor", ["Rui Pestana", "Jornalista, escreve sobre o interior desde 2009."]),
    ("werbung", ["Quintas no Douro a partir de 49 euros por noite, com pequeno-almoço incluído."]),
    ("abo-box", ["Todas as notícias da serra, sem limites, por 3 euros por mês."]),
    ("kontakt", ["Gabinete de imprensa da câmara: 255 000 000"]),
    ("video-player", ["Vídeo: a reabertura do mercado", "Reproduzir · 02:14"]),
]
EMBEDDED_POST = "O mercado está cheio esta manhã, que alegria ver a vila assim! — Junta de Alvarenga"


def _page() -> str:
    boxes = "".join(f"<div class='{name}'>" + "".join(f"<p>{line}</p>" for line in lines) + "</div>"
                    for name, lines in BOXES)
    return (
        f"<html lang='pt'><head><title>{HEADLINE} | Jornal da Serra</title></head><body>"
        "<header><nav><a href='/'>Início</a><a href='/regiao'>Região</a></nav></header>"
        f"<main><article><h1>{HEADLINE}</h1><p>{PARAGRAPHS[0]}</p><p>{PARAGRAPHS[1]}</p>"
        f"<div class='video-container'><blockquote class='twitter-tweet'><p>{EMBEDDED_POST}</p></blockquote></div>"
        f"<p>{PARAGRAPHS[2]}</p>{boxes}</article></main>"
        "<footer><a href='/contactos'>Contactos</a></footer></body></html>"
    )


@pytest.fixture(scope="module")
def lines() -> list[str]:
    return Cleaner().clean_html(_page()).splitlines()


@pytest.mark.parametrize(("name", "box_lines"), BOXES)
def test_box_named_in_the_sites_language_goes(lines, name, box_lines):
    assert not set(box_lines) & set(lines), name


def test_story_and_embedded_post_stay(lines):
    assert all(paragraph in lines for paragraph in PARAGRAPHS)
    assert EMBEDDED_POST in lines
