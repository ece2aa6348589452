"""A text browser numbers each link where it stands (lynx -dump: "[8]Go to the offer »"), so the copies of a
repeated link differ by their numbers: repeated-line and the headline's detectors compare lines without them
(headers.title_key), as they read the same page rendered without numbers (issue 12, text mode; invented pages,
benchmarks/renderings.py)."""

from __future__ import annotations

import re

from cleaner import Cleaner

PAGE = """   [1]Deal Corner
     * [2]Home
     * [3]Deals
     * [4]Vouchers
     * [5]Sign in

Free biscuits for ten thousand testers

   Posted by [6]Marta 17.10.2019, 13:56

   A biscuit maker is looking for ten thousand people who want to test its
   new filled biscuit at home and tell the company what they think of it.

   [7]Go to the offer »

   Anyone can apply on the shop's website from Monday, and the winners get a
   coupon by email for a free packet that they can pick up in any branch.

   The biscuits come in two flavours, and the testers may say which one they
   would like to get when they apply, while stocks last in their branch.

   [8]Go to the offer »

   Last year's test of the same kind drew more than fifty thousand people, and
   the shop says that most of the winners picked up their packets in time.

   [9]Share [10]Tweet [11]Mail

   © 2019 Deal Corner [12]Imprint [13]Privacy
"""


def test_a_repeated_link_goes_whatever_its_numbers():
    text = Cleaner().clean(PAGE)
    assert "Go to the offer" not in text
    assert "Anyone can apply" in text and "Last year's test" in text


def test_as_on_the_page_without_numbers():
    unnumbered = re.sub(r"\[\d+\]", "", PAGE)
    assert re.sub(r"\[\d+\]", "", Cleaner().clean(PAGE)) == Cleaner().clean(unnumbered)
