"""English phrase tables for make_data.py (hand-written for voc; no third-party text).

Brands, handles and flight numbers are invented. Domains: elec (electronics), shop
(general e-commerce), groc (groceries), food (food delivery), rest (restaurants),
hotel, air (airlines), tel (telecom/internet), bank (banking/cards), saas (software).
A domain may be followed by /letters restricting the channel (r review, t ticket,
c call transcript). ``<<`` and ``>>`` become literal braces (masked amounts).

POSITIVE lines: topic | source | domain | text      (a promise gap; [[ ]] = evidence)
COMPLAINT lines: kind | domain | text               (complaint, no promise gap)
NONCOMPLAINT lines: kind | domain | text            (not a complaint)
"""

POSITIVE = """
# ---- pricing --------------------------------------------------------------------
pricing | sales_rep | elec | The salesman quoted me {$499|$649|$1,150} out the door and the invoice says {$569|$729|$1,290}
pricing | sales_rep | tel | [[The rep who signed me up said no activation fee, then my first bill had a {$35|$49|$60} "setup charge"]]{|. Which is it?| ??}
pricing | sales_rep | tel | I was told on the phone I'd get {20%|15%|25%} off for the first {3|6|12} months and I've been charged full price since day one
pricing | sales_rep | elec | The guy at the counter said the {earbuds|case and charger|screen protector} came free with the phone. Got home and {they're|it's} on the receipt
pricing | sales_rep | saas | Your account rep promised us {$99|$120|$89} per seat per year, and the renewal invoice says {$149|$165|$130}
pricing | sales_rep | bank | The banker who opened my account told me there's no monthly fee, yet I'm charged {$12|$15|$9.95} every month
pricing | sales_rep | hotel | Booked by phone and was quoted {$140|$180|$165} a night all-in. At checkout it was {$212|$245|$230} a night
pricing | sales_rep | rest | The waiter said the dessert was on the house and then it showed up on the bill
pricing | sales_rep | saas | Sales told us our price was locked for {two|three} years. {Six|Eight|Nine} months in we got a {12%|18%|20%} increase
pricing | sales_rep | elec | The store said 0% interest on the 12-month plan{| if I signed up that day}. My first statement has {19.9%|24%} interest on it
pricing | sales_rep | air | The agent on the phone quoted {$110|$80} for the date change and then charged my card {$255|$190}
pricing | advertising | groc | The ad says free delivery over {$35|$50}. My basket was {$61|$78} and I still paid {$5.99|$7.99} for delivery
pricing | advertising | tel | Your commercials say "no hidden fees". So what is the {$25|$39} "network access charge" on my bill?
pricing | advertising | shop | The promo email said {30%|25%|40%} off everything and the code doesn't work on anything in my cart
pricing | advertising | food | Instagram ad showed the {combo|family meal} for {$9.99|$19.99}, the app charged me {$14.50|$27}
pricing | advertising | groc | Your flyer says buy one get one free on {yogurt|pasta|coffee}. I was charged for both
pricing | advertising | bank/rt | The promotion advertised a <<{$200.00|$300.00|$250.00}>> bonus for opening a checking account with direct deposit. I met every requirement and never received the bonus
pricing | advertising | rest | The sign outside says kids eat free on {Tuesdays|Sundays}. We went on a {Tuesday|Sunday} and paid for both kids
pricing | advertising | air | [[Advertised fare {$89|$59|$119}, final price after "fees" {$184|$160|$230}]]. That's not the fare you advertised
pricing | advertising | elec | Your TV ad said trade in any old phone for {$200|$150} off. They offered me {$40|$25} for mine
pricing | advertising | hotel | The ad said the third night is free. Our bill has all three nights on it
pricing | listing | elec | The price on the product page was {$349|$429|$89}, but my card was charged {$379|$469|$109}
pricing | listing | food | The menu in the app says {$11|$13.50} for the bowl, my receipt says {$15|$17}
pricing | listing | shop | The listing said free shipping and I was charged {$8|$12.95} at checkout
pricing | listing | groc | Shelf tag said {2 for $5|3 for $10}, but the register rang them up at full price
pricing | listing | hotel | Your website says the rate includes breakfast. We were charged {$25|$30} per person for breakfast every morning
pricing | listing | groc | The app showed the {15%|20%} off coupon on the product and it never applied
pricing | listing | food | The app showed a {$0|$1.99} delivery fee, then I was charged {$4.99|$6.49}
pricing | listing | saas | Your pricing page says the Pro plan is {$29|$19}/month. I'm being billed {$39|$29}
pricing | contract | tel | My contract says {$45|$55} a month fixed for 24 months and this month's bill is {$62|$71}
pricing | contract | bank | The loan agreement states {5.9%|6.4%} APR and the statement shows {9.9%|11.2%}
pricing | contract | saas | Our order form caps overage at {$0.02|$0.05} per call. You invoiced us at {$0.08|$0.10}
pricing | contract | bank | My cardholder agreement says no foreign transaction fees, but I was charged {3%|2.7%} on every purchase abroad
pricing | contract | hotel | The booking confirmation says taxes included. The hotel added {$60|$85} in taxes at checkout
pricing | contract | tel | Per my agreement the router rental is included, and I'm paying {$10|$12} a month for it
pricing | contract | bank/rt | I signed a promotional balance transfer agreement on XX/XX/XXXX at 0% for 18 months. [[The agreement states 0% for 18 months, but interest of <<{$212.40|$98.17}>> was charged on my second statement]]
pricing | unspecified | * | Where is the discount I was given? {Charged full price.|I paid the full amount.|Nothing on the receipt.}
pricing | unspecified | tel | They promised {$100|$150} in credit for switching and it never showed up
pricing | unspecified | bank | Was supposed to get {$50|$25|5%} cashback on the first purchase. Nothing after {2|3} months
pricing | unspecified | elec | The preorder was supposed to come with {free earbuds|a free charger|a free game}. Mine came with nothing
pricing | unspecified | shop | [[Charged {$14|$22|$9} more than the price I was quoted]]{|, and nobody can explain why}
pricing | unspecified | air | They promised {10,000|15,000} bonus miles with the card, and my account shows zero
pricing | unspecified | tel | I was told my price wouldn't change with the upgrade. Now my bill is up {$15|$20}
# ---- delivery -------------------------------------------------------------------
delivery | sales_rep | elec | The salesperson promised delivery by Friday. It's {Tuesday|Wednesday} of the following week and still nothing
delivery | sales_rep | tel | The rep said my internet would be active within {48 hours|2 days}. {Ten days|Two weeks} later, still no connection
delivery | sales_rep | elec | They told me at the store the {fridge|washer|dishwasher} would be installed {this week|by Saturday}. It's been three weeks
delivery | sales_rep | bank | The branch guy guaranteed my new card in {5|7} business days. It's been {three|four} weeks
delivery | sales_rep | saas | Our account exec promised go-live by the {1st|15th}. We're a month past that
delivery | sales_rep | shop | [[The sofa was sold to us with a {4|6}-week delivery promise. We're at week {11|14}]]{| and nobody can give a date}
delivery | advertising | food | "Hot in 30 minutes or less" my foot. It took {75|90|80} minutes
delivery | advertising | shop | Your ad literally says next-day delivery. Ordered {Monday|Tuesday}, got it {Saturday|Friday}
delivery | advertising | groc | The commercial promises groceries in 15 minutes. Mine took almost an hour
delivery | advertising | tel | The ad said same-day installation. The technician came {4|5|6} days later
delivery | advertising | elec | Advertised as "delivered before Christmas". It arrived on {Dec 29|January 3rd}
delivery | listing | elec | The page said delivery in {2-3|1-2} business days. It took {12|15|9}
delivery | listing | food | The app showed "{25-35|20-30|30-40} min" and the food came after {80|95|70} minutes
delivery | listing | shop | Listed as "ships within 24 hours". It shipped after a week
delivery | listing | shop | The estimated delivery on my order page was {Monday|the 12th}. It arrived {Thursday|the 19th}
delivery | listing | groc | I picked the {6-8pm|9-11am} slot and the groceries showed up at {10:40pm|2:15pm}
delivery | listing | food | [[It said "arrives by 1:15" when I ordered. It arrived at 2:30]]{| and the noodles were soggy}
delivery | contract | tel | The contract says installation within {10|14} working days. It's been {six|seven} weeks
delivery | contract | saas | Per the SOW our sandbox was due {March 1|in week 2}. Still waiting
delivery | contract | elec | My purchase agreement says delivery and installation by the {20th|5th}. Nobody has come
delivery | contract | tel | Our business contract guarantees the new lines are active by the {1st|3rd}. It's the {17th|20th} and nothing works
delivery | unspecified | shop | Was supposed to arrive in {2 days|48 hours}, still waiting after a week
delivery | unspecified | shop | I paid for express delivery and it came {a week|9 days|6 days} later
delivery | unspecified | air | Flight {@flight} was supposed to depart at {6:40|7:15|8:05}am. We pushed back at {10:05|11:30|12:20}
delivery | unspecified | air | Scheduled arrival {9pm|9:10pm|8:45pm}, landed at {12:40am|1:15am|midnight}
delivery | unspecified | air | I was supposed to be in {Denver|Chicago|Boston|Atlanta} by {noon|3pm|10am}. Still at the gate
delivery | unspecified | air | Paid extra for priority tags on our bags and they were the very last ones on the belt
delivery | unspecified | air | [[Arrived a full day after the scheduled arrival time]]{| and you offered nothing| and not even a meal voucher}
delivery | unspecified | shop | The promised delivery date came and went. No package, no update
delivery | unspecified | elec | Paid for next-day shipping, took {4|5} days
delivery | unspecified | bank | My card was supposed to be activated within an hour of approval. Two days later it still says pending
delivery | unspecified | food | Was promised the order in {40|30} minutes, it took over {two hours|an hour and a half}
delivery | unspecified | air | {@flight} was due to leave at {5:10|4:45}pm. It's {7:30|8pm} and we haven't boarded
delivery | unspecified | groc | Paid the {$9.99|$7} rush fee for one-hour delivery and waited {three|four} hours
# ---- product --------------------------------------------------------------------
product | sales_rep | elec | The salesman swore it was waterproof. It died the first time it got wet in the rain
product | sales_rep | shop | I was told {at the store|by the sales lady} it's 100% leather. After a month it's peeling like plastic
product | sales_rep | elec | The store rep said the battery lasts two days. It barely makes it to dinner
product | sales_rep | tel | The rep promised {500|300|1000} Mbps. My speed tests show {40|60|85}
product | sales_rep | saas | Your sales engineer told us the reporting module exports to PDF. It doesn't
product | sales_rep | rest | The waiter told us the fish was caught this morning. It was clearly frozen
product | sales_rep | elec | The seller assured me it was brand new and original. The serial number shows a refurbished unit
product | sales_rep | hotel | The guy who sold us the package said the resort had {a heated pool|a private beach}. There is {no heated pool|no private beach}
product | advertising | elec | Advertised {5000|6000} mAh. {Mine tests at 3100|It's nowhere near that}
product | advertising | air | Your ads brag about fast onboard wifi. It never connected once on my {5|6}-hour flight
product | advertising | food | The ad shows a huge burger. What arrived was half the size
product | advertising | tel | Your commercial promises unlimited HD streaming. Everything plays in {480p|blurry low quality}
product | advertising | groc | The campaign says "100% organic" and the label on the back says otherwise
product | advertising | elec | The TV ad claims this vacuum picks up pet hair in one pass. It doesn't pick up anything
product | advertising | hotel | Your ads show a big rooftop pool. The "pool" is a plunge tub
product | advertising | shop | The video ad shows a thick cozy blanket. I received something thinner than a bedsheet
product | listing | shop | {Not|not|NOT} as described{|!|!!| at all}
product | listing | shop | {Not|not} the product in the photo{|!|, not even close}
product | listing | shop | Looks nothing like the {pictures|photos|listing photos}
product | listing | shop | The photo showed {navy|dark green|charcoal}, I got {light blue|lime|light grey}
product | listing | elec | Listing says {128GB|256GB}, the phone has {64GB|128GB}
product | listing | food | Menu says with mushrooms and truffle oil. There wasn't a single mushroom
product | listing | hotel | The room in the photos had a renovated bathroom. Ours was from the 80s, with mould
product | listing | groc | Description says {1kg|500g}, the bag weighed {780g|410g}
product | listing | food | It says "family size" on the app. It barely fed two people
product | listing | elec | The specs say {144Hz|165Hz} but the panel only runs at 60
product | listing | groc | The product page said "fresh, never frozen". The {chicken|salmon} came with ice crystals
product | listing | rest | The menu describes a "slow-cooked lamb shank". We got a few dry cubes of lamb
product | listing | shop | The size chart says {M|L} is {40|42}" chest. This one is {36|38}"
product | listing | food | The pizza in the picture is loaded. Mine had {four|three} slices of pepperoni on the whole thing
product | contract | tel | Our business plan specifies a dedicated static IP. We're on a shared dynamic one
product | contract | saas | Our enterprise agreement includes SSO. Support says it's "not available on your tier"
product | contract | tel | The service order lists {1 Gbps|500 Mbps} symmetrical. Upload tops out at {20|35} Mbps
product | contract | elec | The purchase contract specifies the {i7|32GB} configuration. They delivered the {i5|16GB} one
product | unspecified | elec | It was supposed to be brand new. It came scratched, with someone else's photos on it
product | unspecified | food | Ordered the "large" and it's the size of a small
product | unspecified | groc | They claim it's sugar-free. Sugar is the second ingredient
product | unspecified | elec | Was supposed to be the 2024 model. The box says 2021
product | unspecified | rest | [[The "homemade" pasta was obviously from a packet]]{|. Not what they claim}
# ---- compatibility ----------------------------------------------------------------
compatibility | sales_rep | elec | The store told me it works with my iPhone. It won't pair at all
compatibility | sales_rep | saas | The rep assured us it integrates with our CRM. There is no such integration
compatibility | sales_rep | elec | The salesman said this charger works with my laptop. It doesn't charge it
compatibility | sales_rep | tel | The agent promised the new router works with my fibre line. {The technician says it's incompatible|It doesn't}
compatibility | sales_rep | tel | I was told the SIM would work in {Turkey|Dubai|Mexico} for roaming. No signal the whole trip
compatibility | sales_rep | elec | The seller told me the {lens|flash} fits my Canon. It doesn't mount
compatibility | advertising | elec | The ad says works with Alexa and Google Home. Google Home can't even find it
compatibility | advertising | tel | Marketed as compatible with every Android phone. My {Pixel|Galaxy A52} isn't supported
compatibility | advertising | saas | Your ads say it syncs with any calendar. Outlook isn't supported
compatibility | advertising | elec | The campaign said the app runs on all smart TVs. My LG isn't on the list
compatibility | listing | elec | Listing says compatible with iPhone {13|14|15}. The case doesn't fit
compatibility | listing | saas | The product page lists Mac support. The installer is Windows only
compatibility | listing | elec | The description says it fits the {HP 2710|Epson XP-4100} printer. The cartridge isn't recognised
compatibility | listing | saas | The store page says Arabic and Persian are supported. The interface is English only
compatibility | listing | elec | Listed as region free, and it's locked to Europe
compatibility | listing | groc | The box says it works in any capsule machine. It jams in mine every time
compatibility | contract | saas | Our contract includes the Salesforce integration. It doesn't exist
compatibility | contract | saas | The license covers Linux servers and now your team says Linux isn't supported
compatibility | contract | tel | The service agreement says our existing desk phones work with the new system. None of them do
compatibility | unspecified | elec | It was supposed to work with my car's Bluetooth. It doesn't
compatibility | unspecified | saas | It was supposed to be compatible with Windows 11. It crashes on launch
compatibility | unspecified | elec | They said the ebook would open on Kindle. It won't
compatibility | unspecified | bank | I was told the card works with Apple Pay. It can't be added to my wallet
# ---- service --------------------------------------------------------------------
service | sales_rep | saas | We were promised 24/7 support when we signed. Support is 9 to 5 on weekdays
service | sales_rep | saas | The account manager we were sold never appeared
service | sales_rep | elec | [[The salesperson said someone would come set it up at home. Nobody came]]{| and now they want $80 for setup}
service | sales_rep | bank | The rep told me I'd have a dedicated relationship manager. I've never been able to reach one
service | sales_rep | saas | Sales said training for our team was included. We got a link to the help docs
service | sales_rep | hotel | The agent who sold us the package said a guide would meet us at the airport. Nobody was there
service | advertising | tel | Your ad says real humans answer in under a minute. I've been on hold {45|50} minutes
service | advertising | hotel | You advertise "concierge service". The concierge desk was empty all weekend
service | advertising | bank | Advertised 1-hour response times for business customers. My ticket has been open {3|4} days
service | listing | tel | Your website lists 24/7 support. Nobody answers after {8pm|6pm}
service | listing | saas | The plan page lists priority support. My tickets sit for days
service | listing | hotel | The hotel page says 24-hour front desk. No one was there at 1am when we arrived
service | listing | elec | The product page says free setup help by phone. The number says the service is unavailable
service | contract | saas | Our SLA says 4-hour response for P1 incidents. It took two days to hear back
service | contract | saas | The contract includes quarterly business reviews. We've never had one
service | contract | tel | My service agreement guarantees a technician within 24 hours of an outage. I've waited {four|five} days
service | contract | bank | My private banking agreement includes a named advisor. I get a different call centre agent every time
service | unspecified | saas | I paid for premium support and get the same chatbot as everyone else
service | unspecified | elec | Paid for the installation service and the guy just dropped the box at my door
service | unspecified | hotel | Paid for a guided tour. The guide never showed up
# ---- terms ----------------------------------------------------------------------
terms | sales_rep | tel | They said I could cancel anytime. Now they want a {$200|$150} early termination fee
terms | sales_rep | elec | The salesman said 30-day returns, no questions asked. The store refuses because the box is opened
terms | sales_rep | elec | Was told the warranty covers accidental damage. My claim was denied
terms | sales_rep | saas | The rep said I'd be reminded before the trial converted. Charged {$99|$240} with no reminder
terms | sales_rep | bank | The banker said I could close the CD early without penalty. They took a {$300|$180} penalty
terms | advertising | saas | The ad says "cancel anytime". Cancelling needs a phone call during office hours and a fee
terms | advertising | shop | Your ads say 60-day money-back guarantee. They refused my refund on day {20|12}
terms | advertising | saas | Free trial advertised as 30 days. I was charged after 7
terms | advertising | elec | They advertise a lifetime warranty and refused a repair after two years
terms | listing | shop | The listing says free returns within 30 days. They're charging me for return shipping
terms | listing | elec | The page says 2-year warranty. The shop says only 6 months
terms | listing | hotel | The app said free cancellation up to 24 hours before. I cancelled 3 days before and was charged anyway
terms | listing | air | The fare page said free changes. They charged me {$75|$99} to change the date
terms | contract | tel | My contract is 12 months. They auto-renewed me for 24 without asking
terms | contract | elec | The warranty card says 18 months and they refuse a repair at month {11|9}
terms | contract | tel | Per my agreement I can downgrade after 6 months. They won't let me
terms | contract | shop | The terms say refund within 7 days of cancellation. It's been {5|6} weeks
terms | unspecified | shop | They promised a full refund if I didn't like it. Now it's store credit only
terms | unspecified | elec | It was supposed to have a one-year warranty. Now they say it's void
terms | unspecified | saas | Was told the trial had no auto-renewal. Got billed for a full year
# ---- availability ---------------------------------------------------------------
availability | sales_rep | tel | The rep told us we had 5G coverage at our address. No signal at home
availability | sales_rep | elec | The salesperson said it was in stock and would ship today. Now it's backordered for a month
availability | sales_rep | hotel | We were told at booking we'd get adjoining rooms. Our rooms are on different floors
availability | sales_rep | air | At booking the agent told us the family would be seated together. The kids ended up {12|eight} rows behind us
availability | sales_rep | rest | [[The cashier told me my order was available, I paid, and then he said it's finished]]{|. Had to pick something else}
availability | sales_rep | hotel | The booking agent promised a room with a balcony. No balcony
availability | advertising | rest | The ad says open 24/7. Showed up at 2am and it's closed
availability | advertising | air | Those {$89|$99} fares in your ad don't exist. Tried every date this month and none can be booked
availability | advertising | hotel | Booked the sea view room from your ad and got a view of the parking lot
availability | advertising | groc | The flyer advertised the {olive oil|detergent} special. None on the shelves on day one
availability | listing | shop | Listed as in stock, then cancelled three days later for "no stock"
availability | listing | rest | Your website says open till midnight. Closed at 10
availability | listing | hotel | Booked a sea-view room, got a view of the car park
availability | listing | groc | The app lets you order items they don't have and then swaps them without asking
availability | listing | tel | The coverage map shows full 4G on my street. Zero bars
availability | contract | hotel | My booking confirmation says king bed, non-smoking. We got two twins in a smoking room
availability | contract | tel | Our plan includes nationwide coverage. No service outside the capital
availability | contract | rest | Our event contract reserved the private room for {40|30} guests. They put us in the main hall
availability | unspecified | air | Paid for a seat with extra legroom and got a middle seat
availability | unspecified | air | Paid for early boarding and boarded with the last group
availability | unspecified | rest | Had a reservation for {8pm|7:30}, waited {50|40} minutes for a table
availability | unspecified | tel | Was supposed to have coverage here. Zero bars
availability | unspecified | hotel | We were supposed to have a family room. They gave us a double with a cot
# ---- other ----------------------------------------------------------------------
other | sales_rep | elec | The salesperson promised my old phone would be recycled and wiped. They mailed it back to my old address untouched
other | sales_rep | shop | The rep said every purchase over $100 enters you in the car raffle. I'm not in the draw
other | sales_rep | hotel | We were told our anniversary would get a little surprise in the room. Nothing at all
other | advertising | food | The ad said every order comes with a scratch card for the prize draw. {Three|Four} orders, no card
other | advertising | groc | The ad said all packaging is plastic-free. Everything came wrapped in plastic
other | listing | rest | The menu said live music on Thursday nights. There was no music
other | listing | hotel | The listing says pet-friendly. They turned our dog away at check-in
other | contract | tel | My contract says my data won't be shared with third parties. Now I get calls from your "partners"
other | contract | bank | The account terms say paperless statements only. I keep getting paper statements mailed to my old address
other | unspecified | * | Nothing about this order went the way it was promised
other | unspecified | shop | The gift order was supposed to include a handwritten card. There was no card
other | unspecified | food | The order was supposed to be contactless. The driver insisted on handing it to me
# ---- more (airline tweets, banking, telecom, groceries) ---------------------------
delivery | unspecified | air | Boarding was supposed to start at {6:10|7:45}. It's {7:05|8:40} and there isn't even a crew at the gate
delivery | unspecified | air | Our {8:15am|9:30am} departure now shows {1:40pm|3:05pm}. {Missed my meeting|There goes my connection}
availability | unspecified | air | Paid {$59|$79} for a window seat and got moved to {23E|31B} without a word
availability | listing | air | The app showed Economy Plus seats open when I paid for the upgrade. At the gate: "no seats available"
pricing | unspecified | air | I was promised a {$200|$300} voucher for giving up my seat. The email says {$100|$150}
product | listing | air | Booked business because the site shows lie-flat seats. Ours was an old recliner
terms | unspecified | air | Bought the fully refundable fare and now you're offering a travel credit only
pricing | listing | bank | The card page says the annual fee is waived the first year. Charged {$95|$99} in month one
pricing | advertising | tel | Signed up for the "{$30|$25} for life" plan you advertised. My bill is {$45|$52} after a year
service | sales_rep | tel | We were promised a dedicated business support line when we signed. The number goes to general support
compatibility | listing | tel | Your site says my phone supports wifi calling on your network. The option doesn't even appear
delivery | listing | bank | The app says transfers to other banks arrive within minutes. My {$500|$1,200} has been in limbo for {two|three} days
service | sales_rep | bank | The banker promised the switch service would move my direct debits over. None were moved and I got late fees
product | listing | groc | The avocados were labelled "ripe and ready". Every one of them was rock hard
product | listing | rest | The menu says the burger is 8 oz. It was a thin patty at best
delivery | unspecified | tel | Activation was supposed to take {two hours|one day}. Day {four|five}, still "pending"
availability | sales_rep | bank | The branch told me a safe deposit box comes with the account. Now there's a six-month waitlist
other | listing | shop | The product page says each purchase includes a digital copy of the manual and a video course. Neither was ever sent
"""

COMPLAINT = """
# late delivery / slowness with no promised date or schedule
late | shop | Delivery was so slow, took {almost two weeks|11 days|forever}
late | food | Food arrived {an hour|50 minutes} after I ordered and it was cold
late | groc | My groceries took {forever|ages} and the ice cream had melted
late | elec | Still waiting for my order{| from last week}. No tracking update since {Monday|Tuesday}
late | food | {Took ages|Took forever} to arrive{| tonight}. The fries were soggy
late | tel | It took {three weeks|a month} to get someone to connect my line
late | bank | My transfer has been "processing" for {six|eight} days
late | shop | Package has been stuck "in transit" for {9|12} days
late | food | Driver went to the wrong street and the food showed up lukewarm
# defects and poor quality with no claim referred to
defect | elec | The headphones broke after two weeks
defect | elec | Battery dies {after a few hours|by lunchtime}. Really disappointed
defect | elec | Screen started flickering {a month|ten days} after I bought it
defect | shop | The zipper broke the first time I used it
defect | groc | {Half|Most} of the strawberries were mouldy
defect | groc | The milk was sour, {two|three} days before the expiry date
defect | elec | The {laptop|tablet} overheats and shuts off when I open more than two tabs
defect | shop | The stitching came apart after one wash
defect | elec | Arrived with a cracked screen{| and a dent in the corner}
defect | food | The chicken was raw in the middle
defect | rest | Steak was overcooked and the sides were cold
defect | hotel | The room smelled of smoke and the AC {didn't work|was broken}
defect | hotel | {Dirty|Stained} sheets and hair in the shower. Gross
defect | elec | Charger stopped working in a month
defect | shop | {Cheap|Flimsy} material, feels like it'll fall apart
defect | food | Way too salty, couldn't eat it
defect | groc | Eggs arrived {smashed|cracked}, {four|six} of twelve
defect | elec | The fan makes a grinding noise from day one
defect | rest | Found a hair in my soup
defect | hotel | No hot water for two mornings in a row
defect | air | My seat wouldn't recline and the tray table was broken
# price complaints with no quoted price
price | * | Way too expensive for what you get
price | elec | Found it {$80|$120} cheaper elsewhere a week later. Annoyed
price | food | {$18|$22} for a sandwich? Ridiculous
price | tel | My bill keeps going up every year
price | bank | Fees, fees, fees. Every month a new fee
price | hotel | Overpriced for such a tiny room
price | rest | The portions are small and the prices are crazy
price | air | {$75|$60} for a checked bag now? Come on
price | saas | The new pricing is too steep for a small team like ours
price | groc | Prices went up again this week, everything costs more than last month
# promises made after the sale by support (service failure, not a sales promise)
postsale | * | They said they would call me back within {24 hours|the hour|two days}. Nobody called
postsale | tel | Support told me a technician would come {Tuesday|on Thursday}. No one showed up
postsale | bank | The agent said the refund would be processed in 5 days. It's been {three|two} weeks
postsale | elec | Customer service promised a replacement last week. Still nothing
postsale | air | Your agent said my bag would be delivered to the hotel tonight. It never came
postsale | saas | Support said the bug would be fixed in the next release. {Two|Three} releases later it's still broken
postsale | food | The restaurant promised to send the missing drink right away. It never came
postsale | shop | I was told my return label would be emailed. Never got it
postsale | hotel | Reception said they'd move us to a quieter room the next day. They never did
postsale | tel | I've been told twice my complaint was escalated. Nobody ever got back to me
postsale | bank | After I reported the fraud they promised a new card within a week. Still waiting
# the customer's own request ignored (order error)
ownreq | food | I asked for no onions. Onions everywhere
ownreq | food | Wrote "not spicy" in the notes and it was super spicy
ownreq | rest | We asked for the sauce on the side. It came drowned in it
ownreq | groc | I asked for ripe avocados in the notes. All rock hard
ownreq | hotel | Requested a high floor and a quiet room. Got the ground floor next to the elevator
ownreq | shop | Asked for gift wrapping in the order notes, it came in a plain box
ownreq | food | Asked for extra napkins and cutlery, got none
ownreq | air | I requested a vegetarian meal days ago and there was none on board
# staff and contact-centre grievances
staff | * | The staff were rude and unhelpful
staff | rest | Waiter ignored us for {20|30} minutes
staff | air | The gate agent was incredibly rude to my elderly mother
staff | hotel | Front desk was dismissive when we reported the noise
staff | food | The driver threw the bag at my door and left
staff | bank | The branch manager talked down to me the whole time
staff | tel | Been on hold for {40 minutes|an hour} and got disconnected twice
staff | saas | Support keeps closing my ticket without reading it
# travel disruption with no schedule referred to
delay | air | Flight {@flight} delayed {again|3 hours}. No explanation
delay | air | Cancelled flight, no rebooking options, stuck overnight
delay | air | Sitting on the tarmac for {2 hours|90 minutes}. No updates from the crew
delay | air | My bag didn't make it. Third time this year
delay | air | Missed my connection because of your delay and now the next flight is tomorrow
delay | air | Lost my luggage and nobody at the desk can tell me where it is
delay | air | {Another|Yet another} delay out of {JFK|ORD|DFW}. This is getting old
# billing and account problems
billing | bank | I was charged twice for the same purchase
billing | tel | You charged me for a month after I cancelled
billing | bank | Money left my account and never reached the payee
billing | saas | Billed for {12|15} seats but we only have {8|10} users
billing | bank | My card got declined even though I have plenty of balance
billing | food | Charged for an order that got cancelled
billing | bank/rt | On XX/XX/XXXX I disputed a charge of <<{$480.00|$1,250.00}>> that I did not make. The bank closed the dispute without contacting me and the money is still gone
billing | bank/rt | My account was locked after a deposit of <<{$3,000.00|$900.00}>>. I have called four times, visited the branch twice, and nobody can tell me when I will get my funds
billing | bank/rt | I found an account on my credit report that I never opened. I sent the bureau a letter on XX/XX/XXXX and it is still being reported
# app, outage and other plain grievances
bug | saas | The app crashes every time I try to export a report
bug | bank | Your app logs me out every five minutes
bug | food | The app wouldn't save my address and the order failed twice
bug | saas | Sync has been broken since the last update
bug | tel | Can't log into my account, the password reset link doesn't work
outage | tel | Internet has been down since {yesterday|Sunday|this morning}
outage | tel | Calls keep dropping in my own living room
outage | tel | Speeds have been terrible every evening this week
outage | saas | Your service was down for {four|six} hours on our busiest day
outage | bank | Online banking is down again
wrong | food | I ordered the chicken wrap and got a beef one
wrong | shop | Ordered a medium and received a large
wrong | groc | Half my order was missing{| and I was still charged for it}
wrong | food | No fries in the bag{|. Again}
wrong | elec | The box was missing the charging cable
wrong | groc | They substituted my oat milk with regular milk
# the promise was kept, the complaint is about something else
keptbad | shop | It arrived on the promised date, but the box was soaked and the lamp inside is cracked
keptbad | elec | Exactly as described on the site, but it stopped turning on after {two|three} weeks
keptbad | food | Delivery was on time like the app said. The food itself was bland and greasy
keptbad | hotel | The room was just like the photos, but the walls are paper thin and we couldn't sleep
keptbad | tel | The speed is what my plan says, but the line drops every evening
# ---- more hard negatives -----------------------------------------------------------
delay | air | {@flight} still sitting at the gate, no word on when we leave
delay | air | {3|4} hour delay and the gate agent just shrugs
defect | air | They ran out of food before row 20 on a five-hour flight
late | food | My order has said "on the way" for {50|40} minutes and the driver hasn't moved on the map
late | shop | It's been ten days and the tracking still says label created
defect | tel | The router you sent reboots itself every hour
defect | elec | The earbuds keep disconnecting from my phone
price | bank | Overdraft fee of $35 for a $4 coffee. Seriously?
price | food | Delivery fees are getting ridiculous, {$7|$8} for a five-minute drive
price | tel | Why is my bill $20 higher this month?
postsale | air | The desk agent said we'd get a hotel voucher by email. Nothing came
postsale | food | Support said a refund was on its way {ten|twelve} days ago. Still nothing
postsale | saas | Our success manager said she'd send the migration guide last week. Still waiting
ownreq | hotel | Asked the front desk for a crib at check-in, nobody brought one
ownreq | groc | I asked for green bananas and they sent brown ones
staff | bank | Your fraud team froze my card while I was abroad and nobody picks up the phone
bug | air | Your app won't let me check in, it keeps throwing an error
bug | bank | Mobile deposit keeps rejecting my check
defect | elec | Regret buying this, the fan is so loud I can't sleep
billing | bank/rt | I have been trying to close my credit card since XX/XX/XXXX. Every time I call I am transferred between departments, and now a <<$95.00>> annual fee has posted to the account
billing | bank/rt | A payment of <<{$312.00|$645.00}>> I made on XX/XX/XXXX was not applied to my loan and I was charged a late fee. I have sent proof of payment twice
keptbad | air | We left right on schedule, credit where due, but the cabin was filthy and two toilets were out of order
keptbad | groc | Delivered in the window I picked, but half the bread was squashed
keptbad | saas | Your team delivered the integration on the date in our contract, but it breaks every other sync
"""

NONCOMPLAINT = """
praise | food | Food was hot and tasty and arrived {quickly|fast}. Thanks!
praise | elec | Great laptop, fast and quiet. Very happy
praise | hotel | Clean rooms, friendly staff, great breakfast
praise | air | Smooth flight and a really kind crew. Thank you
praise | bank | Opened my account in ten minutes in the app. Easy
praise | tel | Switched last month and the signal at home is great
praise | groc | Fresh veggies and everything was well packed
praise | rest | Best {ramen|tacos|shawarma} in town, hands down
praise | saas | Onboarding was painless and the team picked it up in a day
praise | shop | Love this jacket, fits perfectly
praise | * | {Excellent|Great|Amazing} service, will order again
praise | air | Thanks for the upgrade today, made my week!
praise | bank | Your support sorted out my card in one call. Thanks
praise | elec | Sound quality on these is unreal for the price
praise | food | The driver was so polite and the soup was still steaming
praise | hotel | The view from our room was stunning{| and the bed was so comfy}
praise | rest | Lovely evening, the staff made my daughter's birthday special
praise | saas | Your new dashboard is a huge improvement, well done
praise | groc | Always fresh bread, never had a bad order
praise | tel | Technician was on time, friendly and cleaned up after himself
kept | shop | Arrived in two days, just like the site said
kept | elec | Exactly as described. {5000 mAh and it really lasts|Every spec checks out}
kept | food | Looks exactly like the photo on the menu. Delicious
kept | tel | The rep said installation in 48 hours and they came the next morning. Impressed
kept | hotel | The sea view room we booked was exactly as pictured
kept | saas | Support replied within the hour, just like the SLA says
kept | groc | The 20% discount applied at checkout just like the ad said
kept | air | Landed 15 minutes early! Great job
kept | bank | The sign-up bonus showed up the day after my first deposit, as promised
kept | shop | The colour is exactly like in the pictures, very happy
remark | shop | Looks a bit better in the photo, but it's good
remark | rest | A bit pricey but worth it
remark | elec | Battery could be better but overall a great phone for the price
remark | food | Slightly smaller than I expected but tasty
remark | hotel | Room was a little small, otherwise perfect
remark | air | Seat was a bit tight but the crew was lovely
remark | groc | One banana was a bit bruised but everything else was perfect
remark | saas | The UI takes getting used to, but it's a solid tool
remark | shop | The colour is a shade lighter than on screen, still love it
remark | elec | Setup took a while to figure out but it works perfectly
remark | food | Could use a little more sauce, otherwise spot on
question | shop | Is free shipping still available on orders over $50?
question | elec | Does this model support fast charging?
question | tel | Does the unlimited plan include hotspot?
question | bank | What's the daily transfer limit in the app?
question | air | Can I bring a stroller as carry-on?
question | hotel | Do you have parking on site?
question | food | Do you deliver to {@district}?
question | rest | Do you take reservations for groups of ten?
question | saas | Is there an annual discount for nonprofits?
question | groc | When does the weekly promo start?
question | shop | When will my order ship? Placed it this morning
question | air | Is flight {@flight} on time tonight?
question | bank | How do I order a replacement card?
question | tel | What's the difference between the 5G plans?
qpromise | shop | The ad says 20% off everything. Does that include sale items?
qpromise | tel | The salesperson mentioned a free router. Is it mailed or do I pick it up?
qpromise | elec | The listing says 2-year warranty. Do I need to register the product?
qpromise | air | Your site says free changes on this fare. How do I change my date?
qpromise | bank | Is the $200 bonus still on if I open an account this week?
qpromise | hotel | The booking says late checkout included. What time exactly?
qpromise | saas | Your sales team promised onboarding sessions. How do we schedule them?
qpromise | food | The app says delivery in 30 minutes. Is that to my area too?
qpromise | groc | Is the free-delivery-over-$35 offer still running?
qpromise | tel | I was told I'd get the loyalty discount after a year. Does it apply automatically?
neutral | elec | The phone comes in three colours and has a 6.1-inch screen
neutral | shop | Ordered a second pair for my sister
neutral | air | Boarding now, see you in {Denver|Lisbon}
neutral | bank | Just moved my savings to the new account
neutral | tel | Switching to the family plan next month
neutral | saas | We rolled it out to the sales team this week
neutral | hotel | Checked in, heading to the beach
neutral | rest | The restaurant is on the second floor of the mall, next to the cinema
neutral | elec | It has two USB-C ports and a headphone jack
npromise | elec | The company promised an Android update for this model early next year
npromise | tel | They announced free roaming in the EU starting next month
npromise | shop | New collection launches Friday, with free shipping that weekend according to the newsletter
npromise | air | The airline says new routes to Lisbon start in March
npromise | bank | The bank promises instant transfers from next quarter. We'll see
request | food | Please add a vegan option to the menu
request | rest | Could you add more gluten-free dishes?
request | saas | Would love a dark mode
request | bank | Please send me a new PIN
request | tel | Please move my bill date to the 5th
request | hotel | Could we get a late checkout on Sunday?
regret | shop | Changed my mind. How do I return it?
regret | saas | We don't need the subscription anymore, please cancel at the end of the term
regret | elec | I don't need it any more, bought a different one. Can I return it unopened?
regret | groc | Ordered too many apples by mistake, my bad
regret | food | Ordered the wrong dish by accident, my fault. Still good though
offtopic | * | Happy Friday everyone!
offtopic | * | Watching the game tonight, who's in?
offtopic | * | Can't believe it's snowing again
offtopic | * | Best coffee of my life this morning
question | air | What's the baggage allowance on the basic fare?
question | air | Can I still add a bag after check-in?
qpromise | air | My booking says a meal is included. Do I need to pre-order it?
qpromise | shop | The page says delivery in 2 days. Does that count weekends?
qpromise | bank | The ad says no fees for the first year. What happens after that?
npromise | air | Supposed to leave at {11:20|6:45}, fingers crossed the snow holds off!
praise | air | The crew on {@flight} were amazing with my anxious toddler. Thank you!
praise | bank | Got my replacement card in two days. Impressed
praise | tel | The fibre is blazing fast, finally no buffering
kept | tel | They said 300 Mbps and I'm actually getting 310. Happy
kept | air | Left on time and landed on time. As it should be
kept | food | The driver arrived within the 20 minutes the app promised
remark | rest | Parking is a bit tricky but the food is worth it
remark | hotel | Breakfast could have more options, but we loved our stay
neutral | bank | Paid off my car loan today!
neutral | air | Heading to Chicago for the weekend
npromise | saas | The roadmap says offline mode is coming in Q3
request | air | Please add my frequent flyer number to booking {KX7P2Q|MB41ZT}
request | bank | Can you increase my card limit?
regret | tel | Moving abroad, so I'd like to end my contract when it expires
offtopic | * | Anyone else's cat obsessed with boxes?
offtopic | * | Gym, then pancakes
"""

SLOTS = {
    "flight": ["SL 412", "flight 1186", "AN 903", "BJ 2275", "NW 58", "flight 740", "FC 3314",
               "SL 1920", "AN 77", "flight 2203"],
    "district": ["Riverside", "the north end", "Oak Park", "downtown", "Maple Heights"],
}

CONTEXT = {
    "*": {
        "opener": ["Long-time customer here.", "Quick note.", "Update:"],
        "praise": ["The staff were polite", "Some things were fine"],
        "extra": ["Nobody replied to my email either.", "Support just sends copy-paste answers."],
        "close_neg": ["Very disappointed.", "Not happy.", "Please fix this.", "Never again.",
                      "I want a refund.", "Not ordering again.", "What a joke.", "Unacceptable.",
                      "Honestly expected better."],
        "close_q": ["Thanks.", "Thanks in advance.", "Thank you!", "Cheers."],
        "close_pos": ["Thanks!", "Keep it up.", "Recommended.", "Thank you.", "Five stars."],
    },
    "elec": {
        "story": ["I've had it for about two months.", "I use it mostly for work calls."],
        "opener": ["Bought this for my son's birthday.", "Upgraded from my old model.",
                   "First time ordering from this store.",
                   "Got it during the sale."],
        "praise": ["The screen is gorgeous", "Setup took five minutes", "Build quality feels solid"],
        "extra": ["The box was also dented.", "No manual in the box either."],
    },
    "shop": {
        "story": ["Ordered a size L.", "Second order from this shop."],
        "opener": ["Ordered this as a gift.", "Bought two of these.", "Ordered on {Monday|Tuesday|the weekend}."],
        "praise": ["The fabric feels nice", "Fast shipping", "Nice packaging"],
        "extra": ["The return process is a maze too.", "The box was ripped open."],
    },
    "groc": {
        "story": ["Weekly order, mostly fruit and dairy."],
        "opener": ["Weekly order as usual.", "Ordered for a family dinner."],
        "praise": ["The vegetables were fresh", "The driver was friendly"],
        "extra": ["Two items were missing too.", "The bags were torn."],
    },
    "food": {
        "story": ["Ordered around 9pm.", "Two burgers and a salad."],
        "opener": ["Ordered lunch for the office.", "Late-night order.", "Ordered dinner for four."],
        "praise": ["The taste was good", "Portions were fine", "The fries were great"],
        "extra": ["The food was cold as well.", "The drink spilled in the bag."],
    },
    "rest": {
        "story": ["We were a group of six.", "Went on a Friday night."],
        "opener": ["Went for a birthday dinner.", "Had lunch here with colleagues."],
        "praise": ["The decor is lovely", "Our waiter was sweet", "The starters were tasty"],
        "extra": ["We waited forever for the bill too.", "The music was way too loud."],
    },
    "hotel": {
        "story": ["We stayed four nights.", "Our room was on the 7th floor.", "Booked through your website."],
        "opener": ["Stayed three nights for a family trip.", "Business trip, two nights."],
        "praise": ["The location is great", "Breakfast was good", "The staff were friendly"],
        "extra": ["The wifi barely worked too.", "Check-in took 40 minutes."],
    },
    "air": {
        "story": ["Flying {JFK|ORD} to {LAX|MIA} with two kids.", "Booked this trip months ago."],
        "opener": ["Flying with the kids today.", "Connecting through {ORD|DFW|ATL}."],
        "praise": ["The crew were lovely", "The seats were comfy"],
        "extra": ["No updates at the gate.", "Nobody at the desk can help."],
    },
    "tel": {
        "story": ["I work from home most days.", "I'm on the unlimited plan."],
        "opener": ["Customer for six years.", "Just switched from another provider."],
        "praise": ["The app is handy", "The price is fair"],
        "extra": ["The chat bot is useless.", "I work from home, so this matters."],
    },
    "bank": {
        "story": ["I have a checking and a savings account with you.", "I mostly use the app."],
        "opener": ["I have had a checking account with you for years.",
                   "Opened the account last {month|spring}."],
        "praise": ["The app is great", "Branch staff are friendly"],
        "extra": ["The branch sent me back to the phone line.", "I have been on hold for hours."],
    },
    "saas": {
        "story": ["We use it for invoicing and inventory.", "We have three locations."],
        "opener": ["We're a team of {12|30|45}.", "We signed the annual plan in {March|June}."],
        "praise": ["The product itself is good", "The UI is clean"],
        "extra": ["Our team is losing hours because of this.", "Our renewal is coming up."],
    },
}

TICKET = {
    "short_share": 0.7,
    "handles": {
        "*": ["@ShopLoopHelp", "@CartwayCare"],
        "air": ["@SkyLinkAir", "@AeroNova", "@BlueJetAir", "@NorthwindAir", "@FlyCoral"],
        "tel": ["@NimbusMobile", "@VeloxFiber", "@ConnectaCare", "@OrbitTelecom"],
        "bank": ["@HarborBank", "@CrestBankHelp", "@TrueNorthCU", "@PinecardSupport"],
        "elec": ["@VoltMartHelp", "@GadgetHubCare", "@TechzoneStore", "@PixelaSupport"],
        "shop": ["@ShopLoopHelp", "@CartwayCare", "@Basketly"],
        "groc": ["@FreshCartHelp", "@GreenGrocerApp", "@DailyBasketCo"],
        "food": ["@DashBiteHelp", "@GrubGoSupport", "@SnacklyApp"],
        "rest": ["@BurgerYardHQ", "@OliveTableEats", "@PizzaPortCo"],
        "hotel": ["@HarborviewHotels", "@StayNestHelp", "@BookaroomCare"],
        "saas": ["@TaskloopHQ", "@CloudnestSupport", "@MetricoHelp"],
    },
    "tags_neg": ["#fail", "#disappointed", "smh", "#customerservice", "#neveragain", "ugh"],
    "tags_pos": ["#happycustomer", ":)", "#thankyou", "🙌"],
    "subject_fmt": ["Subject: %s", "Re: %s", "%s"],
    "subjects": {
        "*": {"neg": ["Complaint", "Not happy", "Still waiting", "Problem", "Unhappy customer"],
              "pos": ["Question", "Quick question", "Feedback", "Thank you", "Enquiry"],
              "any": ["Follow-up", "Customer feedback"]},
        "air": {"any": ["Booking ref {KX7P2Q|MB41ZT|QW2R9L}", "Flight {@flight}"]},
        "bank": {"any": ["Account ending {4471|0932}", "Card ending {8812|3390}"]},
        "tel": {"any": ["Account ending {5531|2207}", "Home broadband"]},
        "elec": {"any": ["Order #{48213|55120|60934}"]},
        "shop": {"any": ["Order #{71877|80211|66309}"]},
        "groc": {"any": ["Order #{30912|41176}", "Weekly order"]},
        "food": {"any": ["Order #{9921|10453|11870}", "Tonight's order"]},
        "rest": {"any": ["Our visit on {Friday|Saturday}", "Table booking"]},
        "hotel": {"any": ["Reservation {HV-20931|SN-44710}", "Our stay"]},
        "saas": {"any": ["Workspace {acme-ops|northwind-team}", "Our subscription"]},
    },
    "greetings": ["Hi,", "Hello,", "Hi team,", "To whom it may concern,", "Hey,"],
    "signoffs": ["Thanks", "Regards", "Thank you", "Best", "Sent from my phone"],
}

TRANSCRIPT = {
    "*": {
        "greet": ["Thank you for calling, how can I help you today?",
                  "Hello, you're speaking with customer care. How can I help?",
                  "Hi, thanks for holding. What can I do for you?",
                  "Good morning, my name is {Dana|Sam|Priya|Omar}, how can I help?"],
        "open_neg": ["Hi, I'm calling about a problem.", "Hi, yes, I have a complaint.",
                     "Hello. I'm not happy, honestly.", "Hi, I need to sort something out.",
                     "Yeah hi, this is my {second|third} call about this."],
        "open_pos": ["Hi, I just have a quick question.", "Hello, I wanted to ask something.",
                     "Hi there, calling for some information.", "Hi, just a quick one."],
        "ask": ["Sure, can I have your reference number?", "Of course. Can you confirm the account?",
                "I can help. What's the order or booking number?", "Sure, can I get your name first?"],
        "give_ref": ["It's {48213|55120|60934|71877}.", "Yes, one second... {KX7P2Q|MB41ZT}.",
                     "Sure, I have it here.", "Yes, go ahead, it's on the account."],
        "go_on": ["Thanks, I have it. Go ahead.", "Got it. What happened?", "OK, I'm listening."],
        "apology": ["I'm sorry about that, let me look into it.",
                    "I apologise for the trouble. I'll raise this with the team.",
                    "I understand, I'm sorry. Let me see what I can do.",
                    "That's really frustrating, I'm sorry."],
        "after_promise": ["I'll escalate it and someone will call you back within 24 hours.",
                          "I'll open a ticket and we'll email you by tomorrow, I promise.",
                          "I'll send a replacement today, you'll have it by Friday."],
        "answer": ["Sure, let me check that for you.", "Good question, one moment please.",
                   "I can help with that. I'll send the details by email.",
                   "I'll text you the details now.", "Let me look that up for you."],
        "thanks": ["That's great to hear, thank you!", "Thanks for letting us know, I'll pass it on.",
                   "Glad you're happy with it."],
        "arrange": ["Sure, I can arrange that.", "No problem, I'll set that up now.",
                    "Of course, it's done."],
        "ack": ["I see. Anything else I can help with?", "Noted, thank you.",
                "Alright. Is there anything else?"],
        "close_neg": ["I just want this fixed.", "Fine.", "Otherwise I'm cancelling.",
                      "OK. I'll wait then.", "This is the last time I'm calling."],
        "close_pos": ["Great, thanks a lot.", "Perfect, that's all.", "Thanks for your help."],
        "bye": ["Thanks for calling, have a good day.", "You're welcome, bye now."],
    },
    "air": {"greet": ["Thank you for calling reservations, how can I help?"],
            "ask": ["Can I have your booking reference?"],
            "answer": ["Sure. And your fare includes one free change, we guarantee that."]},
    "tel": {"greet": ["Thanks for calling technical support, how can I help?"],
            "answer": ["Sure. By the way, we guarantee activation within 48 hours on new lines."]},
    "bank": {"greet": ["Thank you for calling, you're through to card services."]},
    "saas": {"greet": ["Hi, this is customer success, how can I help?"],
             "ask": ["Which workspace is this about?"]},
    "food": {"greet": ["Hi, you've reached the order help line."],
             "answer": ["Yes, and we promise delivery within 30 minutes in your area."]},
    "hotel": {"greet": ["Good evening, front desk, how may I help?"]},
    "elec": {"answer": ["Yes, and that model has a two-year warranty from the date of purchase."]},
    "sales_rep": {"confirm": ["I'm sorry, the sales team should not have promised that.",
                              "You're right, I can see the note from the rep. That shouldn't have been offered."]},
    "advertising": {"confirm": ["I'm sorry, the campaign wording was misleading. I'll flag it.",
                                "You're right, the ad did say that. I apologise."]},
    "listing": {"confirm": ["You're right, the page is wrong. I'm sorry, we'll correct it.",
                            "I can see the listing says that, I apologise."]},
    "contract": {"confirm": ["I've checked your contract and you're right, that's what it says.",
                             "Yes, that's in your agreement. I'm sorry."]},
    "unspecified": {"confirm": ["I'm sorry, that's not what should have happened.",
                                "You're right, that's not what you were promised."]},
}
