"""English words around numbers that tell PII (phone) from ordinary numbers (prices, orders)."""

# Where these come from: written for voc. Matching is case-insensitive.

# A number followed by one of these is an amount of money: "1299 USD", "20 dollars".
MONEY = """usd
dollars
dollar
bucks
eur
euros
gbp
pounds
aed
sar
egp
irr
rials
dirhams
percent""".split("\n")

# A number after one of these is an order, tracking, invoice or reference number.
ORDER = """order
order no
order number
order id
order #
tracking
tracking number
tracking no
invoice
ref
reference
confirmation
booking
case
ticket
model
serial
flight""".split("\n")

# A number after one of these is probably a phone number, even without a country code.
PHONE = """phone
call
called
calling
mobile
cell
tel
telephone
whatsapp
text me
reach me
contact
number""".split("\n")
