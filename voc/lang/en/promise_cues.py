"""English cue phrases for the promise-gap classifier: one phrase a line, matched case-insensitively.

Written for voc from ANNOTATION_GUIDE.md (its definitions, examples and "not a promise gap"
list) and the wording of English complaint tweets and reviews. Phrases match on word
boundaries; a phrase ending in "*" also matches longer words ("advertis*" → "advertised").
Every list is a feature of the model, not a rule: a hit never decides a label on its own.
"""

# A commitment made before or at the sale, or an expectation it created.
PROMISE = """promis*
guarantee*
assured
assurance
supposed to
should have been
should've been
should have arrived
should have taken
should've taken
meant to
expected to
committed
commitment
pledged
lured
sold me
sold us
sold as
honor*
honour*
scheduled
estimated
the deal was""".split("\n")

# What someone said or wrote before the sale: a weaker sign of a promise than PROMISE.
REPORTED = """was told
were told
i was told
we were told
they told me
they told us
told me it
told us it
said it would
said it was
said they would
said we would
said i would
offered
claim that
claims to
claimed to
confirm*
booked
reserved
quoted
quote
included
was included
were included""".split("\n")

# Cue words used without a seller's commitment: the customer's own promise or request, questions,
# photos the customer took. A promise, source or mismatch cue inside one of these is dropped.
NOT_PROMISE = """i promise
we promise
promise you
i promise you
no promises
not looking promising
how am i supposed
how are we supposed
what am i supposed
what are we supposed
am i supposed
are we supposed
is it supposed
was supposed to say
supposed to be excited
supposed to be funny
supposed to reply
aren't empty promises
before we were supposed to
earlier than we were supposed to
ahead of schedule
i asked for
i requested
i had asked
we asked for
took a picture
took a photo
took this picture
took this photo
attached photo
attached picture
see photo
see picture
see pic""".split("\n")

# Explicit mismatch between what was said or shown and what came.
MISMATCH = """not as described
not as advertised
not as pictured
not as shown
not as promised
not as stated
not what was advertised
not what was promised
not what i ordered
not what i paid for
not the one in the picture
not the one pictured
different from the picture
different from the photo
different from the description
different than advertised
different than pictured
doesn't match
does not match
didn't match
did not match
nothing like the picture
nothing like the photo
nothing like the description
looks nothing like
smaller than pictured
smaller than advertised
smaller than described
less than advertised
less than promised
false advertising
misleading
misled
bait and switch
fake
counterfeit
not genuine
not original
not authentic
broken promise*
empty promise*
false promise*
never honored
didn't honor
did not honor
won't honor
wouldn't honor
refuse to honor
refused to honor
not honored
didn't deliver on
failed to deliver
lied
lying
liars
they lied
instead of
rather than""".split("\n")

# Contrast and failure markers: the "gap" half of a promise gap.
GAP = """but
however
yet
instead
still
never
didn't
did not
doesn't
does not
don't
isn't
is not
wasn't
was not
weren't
were not
won't
wouldn't
can't
cannot
couldn't
no
not
nothing
only
late
later
after
missing
refused
denied
charged
wrong
hours
days
weeks""".split("\n")

# Negation words.
NEGATION = """not
no
never
n't
none
nothing
nobody
neither
nor
without
cannot""".split("\n")

# Paying for a specific service is a commitment to deliver it (guide: "A paid-for service").
PAID_FOR = """paid for
i paid
we paid
paid extra
paid more
paid $
paid a
paid the
paid full
purchased
i bought
we bought
early bird
priority
premium
express
upgrade*""".split("\n")

# A promise made after the sale by support: a service failure, not a sales promise.
AFTER_SALE = """promised a call
promised to call
promised a callback
promised a refund
said they would call
call back
callback
call me back
called back
return my call
returned my call
get back to me
get back to us
follow up
followed up
will call
would call
would email
would get back
ticket number
case number
reference number
filed a claim
escalate*
replied
respond*""".split("\n")

# An agent's turn that confirms the customer was promised something.
AGENT_CONFIRM = """should not have promised
shouldn't have promised
should not have told you
shouldn't have told you
should not have said
shouldn't have said
incorrect information
wrong information
were misinformed
was misinformed
you were misinformed
sorry for the misinformation
sorry about the misinformation
apologize for the misinformation
apologise for the misinformation
the ad was wrong
the advertisement was wrong
the listing was wrong
the description is wrong
the description was wrong
the picture was wrong
that was our mistake
our mistake
our error
you were promised
you were told
we did promise
we promised
i can confirm
i see the note
i can see that
we will honor
we'll honor
we will honour
we'll honour
honor the price
honour the price
you are right
you're right""".split("\n")

# Words that state a grievance.
COMPLAINT = """terrible
awful
worst
horrible
bad
poor
poorly
disappointed
disappointing
disappointment
unacceptable
ridiculous
angry
frustrated
frustrating
annoyed
annoying
upset
never again
waste
wasted
scam
rip off
ripoff
broken
broke
damaged
defective
faulty
delayed
delay
delays
cancelled
canceled
lost
rude
unhelpful
still waiting
waiting
stuck
on hold
fail
failed
#fail
refund
complaint
complain
problem
problems
issue
issues
error
wrong
missing
overcharged
charged twice
sucks
suck
hate
useless
pathetic
shame
shameful
disgrace
worse
ruined
nightmare
horrendous
incompetent
stranded
no one
nobody
why
how am i
seriously
really?
😡
😠
😤
🙄
👎""".split("\n")

# Words that praise, thank or reassure.
PRAISE = """great
excellent
amazing
awesome
love
loved
perfect
thank you
thanks
thank
thx
best
happy
wonderful
fantastic
recommend
good
nice
friendly
helpful
appreciate
appreciated
glad
kudos
impressed
exactly as described
as described
as pictured
👍
❤
❤️
😊
😍
🙏""".split("\n")

# Who or what made the promise (guide: `source`).
SOURCE_SALES_REP = """sales rep
salesman
salesperson
sales person
sales team
sales agent
sales guy
sales associate
the seller
seller
the rep
representative
the agent
agent
store employee
the clerk
cashier
the associate
the staff
staff told
the guy at
the lady at
the woman at
the man at
over the phone
on the phone
dealer
dealership
consultant
they told me
they told us
was told
were told""".split("\n")

SOURCE_ADVERTISING = """ad
ads
advert
advertisement
advertis*
commercial
campaign
promo
promotion
promotional
billboard
marketing
newsletter
flyer
banner
signage
sign said
poster
tv spot
above the rack
on the rack""".split("\n")

SOURCE_LISTING = """listing
listed
the listing
product page
description
described
as described
the picture
the photo
picture
photo
pictures
photos
pictured
website
site
the app
app said
menu
specs
specification*
product details
label
the box said
packaging
tracking
showed
shows
the page
online""".split("\n")

SOURCE_CONTRACT = """contract
agreement
terms
terms and conditions
policy
warranty card
invoice
receipt
my plan
the plan
subscription
confirmation email
confirmation
booking confirmation
itinerary
boarding pass
ticket
reservation
signed""".split("\n")

# What was promised (guide: `topic`).
TOPIC_PRICING = """price
prices
priced
pricing
cost
costs
charge
charged
charges
fee
fees
discount
coupon
promo code
voucher
sale
% off
percent off
free shipping
free gift
free
deal
fare
fares
bill
billing
overcharged
hidden fee*
installment*
credit
cashback
cash back
miles
points
price match
$
£
€""".split("\n")

TOPIC_DELIVERY = """deliver*
shipping
shipped
ship
arrive*
arrival
on time
late
delay*
two-day
2-day
2 days
next day
same day
by tomorrow
express
installation
install*
activation
activate*
departure
depart*
take off
takeoff
leave at
land*
flight
boarding
connection
eta
tracking
dispatch*
pick up
pickup
package
parcel""".split("\n")

TOPIC_PRODUCT = """quality
material
size
color
colour
feature*
spec
specs
specification*
battery
mah
camera
screen
original
genuine
authentic
fake
counterfeit
as described
picture
photo
looks
wifi
wi-fi
performance
storage
gb
ingredients
taste
fresh
brand new
used
refurbished
product
item""".split("\n")

TOPIC_COMPATIBILITY = """compatible
compatibility
works with
work with
working with
support for
supports
integrate*
integration
iphone
android
windows
mac
macbook
region
adapter
plug
version
my device
sim
unlocked
carrier
crm
language""".split("\n")

TOPIC_SERVICE = """support
customer service
customer support
service
sla
response time
respond
24/7
24 hours
account manager
dedicated
onboarding
training
setup
set up
help desk
helpdesk""".split("\n")

TOPIC_TERMS = """cancel*
refund*
return*
warranty
trial
free trial
contract
renewal
renew*
auto-renew
subscription
policy
terms
exchange
money back
money-back
upgrade policy""".split("\n")

TOPIC_AVAILABILITY = """in stock
stock
out of stock
available
availability
unavailable
sold out
coverage
signal
4g
5g
service area
open
opening hours
closed
booking
booked
reservation
reserved
seat
seats
room
sea view
ocean view
upgrade
bulkhead
first class
early bird
window seat
aisle
bookable
sit with""".split("\n")
