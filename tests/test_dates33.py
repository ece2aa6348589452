"""Year-first dates written in digits ("2025.03.12.", "2025/4/3") are not dates of the dateline pattern: added to it
in session 27 and again in session 33, each time held-out clean article bodies of aeb-dev lost over a tenth of their
text (1 -> 3 of 57), and each time taken out. This keeps the measured decision from coming back unmeasured."""

import pytest

from cleaner.detectors.headers import ANY_DATE


@pytest.mark.parametrize("text", ["2025.03.12.", "2025. 03. 12.", "2019.04.08", "2025/4/3 15:20", "2024/11/07 08:30"])
def test_a_year_first_date_in_digits_is_not_read_as_a_date(text):
    assert ANY_DATE.search(text) is None


@pytest.mark.parametrize("text", ["12. 3. 2025", "12 March 2025", "2025. március 12."])
def test_the_dates_beside_it_still_are(text):
    assert ANY_DATE.search(text) is not None
