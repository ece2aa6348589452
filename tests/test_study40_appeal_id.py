"""An Indonesian citizen paper's appeal over its button ("Dukung jurnalisme warga.", "Bantu kami tetap terbit ...",
then "Donasi sekarang"): donation-appeal's cues lacked both phrasings. Found on the study set blind_pages22
(issue 12). Lines invented for these tests."""

from __future__ import annotations

import pytest
from helpers import removals

STORY = [
    "Pasar desa Sukamaju kembali dibuka pada hari Sabtu setelah atapnya diperbaiki selama dua bulan dengan dana "
    "swadaya warga dan bantuan dari pemerintah kabupaten.",
    "Menurut kepala desa, sekitar enam puluh pedagang sudah kembali berjualan, dan pasar kini buka setiap hari "
    "mulai pukul lima pagi sampai pukul sebelas siang.",
    "Perusahaan itu memberikan donasi lima juta rupiah untuk memperbaiki saluran air, kata kepala desa.",
]


@pytest.mark.parametrize("appeal", [
    "Dukung jurnalisme warga. Kabar Sukamaju dikelola relawan dan tidak memasang iklan.",
    "Bantu kami tetap terbit dengan donasi mulai Rp10.000 per bulan.",
])
def test_the_appeal_over_its_button_goes(appeal: str) -> None:
    text = "\n\n".join(["Beranda\nBerita\nDesa\nOlahraga\nKontak", "Pasar Sukamaju dibuka kembali", *STORY, appeal,
                        "Donasi sekarang", "Berita terbaru\nJalan desa diaspal\nPanen raya dimulai"])
    ids = removals(text)
    assert ids[appeal] == "donation-appeal"
    assert all(ids[line] is None for line in STORY)
