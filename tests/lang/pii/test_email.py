"""E-mail recognizer."""

import pytest

from voc.lang.pii import email


@pytest.mark.parametrize(
    "text, found",
    [
        ("ایمیل من sara.ahmadi@gmail.com است", "sara.ahmadi@gmail.com"),
        ("راسلني على ahmed_99@mail.example.sa شكرا", "ahmed_99@mail.example.sa"),
        ("write to Support+VOC@shop.co.uk.", "Support+VOC@shop.co.uk"),
    ],
)
def test_email_found(text, found):
    (hit,) = email.find(text)
    assert text[hit.start : hit.end] == found and hit.kind == "EMAIL"


@pytest.mark.parametrize("text", ["@airline where is my bag", "price 5@10 each", "user@localhost"])
def test_email_not_found(text):
    assert list(email.find(text)) == []
