"""English demo sentences, written for voc's demo set (fictional company Novin, marketplace Bazaarino).

Line syntax in KINDS: ``source@product,product|text``; both parts before ``|`` are optional.
``source`` is who made the promise (guide topics/sources); ``@...`` limits the line to
products it talks about. Slots: {product}, {n} (how late), {fee} (an amount).
"""

from voc.demo.content import lines

PRODUCTS = {
    "router": ["Novin Router X2", "the X2 router", "X2", "Novin X2"],
    "laptop": ["NovinBook Air", "the NovinBook Air", "the NovinBook"],
    "fiber": ["Fiber 100 plan", "the Fiber 100 plan", "Fiber 100", "the fiber plan"],
    "buds": ["Novin Buds Pro", "the Buds Pro", "Buds Pro earbuds"],
    "watch": ["Novin Watch S3", "the Watch S3", "the S3 watch"],
    "tvbox": ["Novin TV Box 4K", "the TV Box 4K", "the Novin TV box"],
}
N_LATE = lines("""nine days
a full week
6 days
almost two weeks
eight days
11 days
ten days""")
FEES = lines("""$49
$35
forty dollars
$60
$45 cash""")

KINDS = {
    "install_fee": lines("""sales_rep|The sales rep told me installation of {product} was free. The technician came, did the job, and then asked me for {fee}.
sales_rep|I was promised free installation when I signed up for {product}, but my first bill has an "installation fee" of {fee} on it.
sales_rep|Your salesman said, word for word, "installation is on us". Today I got charged {fee} for it.
sales_rep|When I bought {product} in the store the guy said setup and installation were included at no cost. Now there's a {fee} charge on my card.
sales_rep|Free installation was the whole reason I picked {product} over the competition. Your rep promised it twice on the phone. The invoice says {fee} for install.
sales_rep|So the agent who sold me the plan said the installer visit was free... and the installer wanted {fee} in cash before he'd even open the box.
sales_rep|I was told on the sales call that there would be no installation charge for {product}. There was one.
sales_rep|I'm disputing the {fee} installation fee. Your sales rep Mehdi explicitly promised free installation when I upgraded to {product}.
sales_rep|"Free professional installation" is what the rep said at the mall kiosk. {fee} is what I paid.
sales_rep|The rep swore the setup visit was complimentary for new customers. I got billed {fee} for it on the second invoice.
sales_rep|Promised free installation, got a bill for {fee}.
sales_rep|Honestly {product} works fine, but I was told installation would be free and I still got charged {fee}. Feels like bait and switch.
sales_rep|Sales said the install and the in-wall cabling were free. The installer said only the modem install is free and charged {fee} for the cable."""),
    "install_noshow": lines("""sales_rep|The sales rep said a technician would come and set up {product} for free within the week. Nobody came, and now support says installation was never part of my order.
sales_rep|I was promised a free installation visit with {product}. Three weeks later I installed it myself following a YouTube video.
sales_rep|Your salesperson told me a technician would handle the whole setup, free of charge. They booked two slots and the technician didn't show up for either.
sales_rep|At the store they promised an installer would come and configure {product} for me. Still waiting, and the chat just says "no installation booked".
sales_rep|I only agreed to the upgrade because the rep promised free on-site setup. No one has contacted me to schedule it.
sales_rep|The guy who sold me {product} said "don't worry, our team installs it for free". Your team does not seem to exist.
sales_rep|Sales told me the free installation technician would call within 48 hours of purchase. It's been ten days and no call."""),
    "two_day": lines("""listing|The listing said 2-day delivery. It took {n}.
listing|Ordered {product} because the page showed "delivered in 2 days". It arrived after {n}.
advertising|Your Instagram ad promised two-day delivery anywhere in the city. My {product} showed up {n} later.
sales_rep|The salesperson on the phone guaranteed delivery within 48 hours. That was {n} ago and the tracking hasn't moved.
unspecified|It was supposed to arrive in 2 days and it came after {n}.
listing|"Fast 2-day shipping", sure. {n} for {product}.
advertising|The banner on your homepage says 2-day delivery, I paid for it, and the package arrived after {n}.
unspecified|Paid extra for express 2-day delivery and waited {n}. I want the express fee back at least.
listing|Checkout showed an estimated delivery of two days. Actual delivery: {n}. No email, no apology.
sales_rep|I was told by the rep that {product} would be at my door in two days, in time for my daughter's birthday. It came {n} later.
listing|Product is fine but the "2-day delivery" badge on the listing is a lie, it took {n}.
advertising|Your SMS campaign said order today, get it in 2 days. {n} later I'm still refreshing the tracking page.
unspecified|The 2-day delivery I was promised turned into {n}.
listing|Two day delivery, it said. {n}, it took. Won't trust that badge again."""),
    "iphone": lines("""sales_rep|The salesman assured me {product} works with iPhone. It doesn't pair with my iPhone 14 at all.
listing@watch|The product page says "compatible with iPhone and Android". Notifications never show up from my iPhone.
advertising|Your ad literally shows {product} next to an iPhone. The iOS app can't even find the device.
sales_rep@watch|I asked specifically if it works with iPhone before buying and was told yes, 100%. It doesn't sync with Apple Health or anything else.
listing|Listing: "Works with iPhone". Reality: half the features are Android-only.
unspecified|Bought it because it was supposed to work with iPhone. Connects for ten seconds and drops.
sales_rep@watch,buds|The rep told me {product} would work with my iPhone and my MacBook. Neither works properly.
listing@watch,buds|The box and the listing both say iOS compatible, but the Novin Wear app isn't even in the App Store in my country.
advertising@watch|The YouTube ad showed someone answering calls on the watch with an iPhone. On my iPhone 13 calls never come through to the watch.
sales_rep|Told in store it's fully compatible with iPhone. Support now says "iOS support is limited". Which is it?
listing|"Seamless with iPhone" per the product description. Seamless it is not, I re-pair it every morning.
unspecified|I was told this works with iPhone. It does not. Simple as that.
sales_rep@buds|Your sales rep said the earbuds pop up on iPhone like AirPods. They don't show up at all, I go through Bluetooth settings every time and they still disconnect.
listing|The spec sheet on your site lists iOS 15+ support. My iPhone on iOS 17 can't install the companion app.
sales_rep@tvbox|The rep said I could mirror my iPhone to {product} out of the box. There is no AirPlay and the "Novin Cast" app is Android-only."""),
    "discount": lines("""advertising@router|The ad said 20% off all routers this week. At checkout {product} was full price.
listing|The page showed the autumn sale price but my card was charged the full amount.
contract@fiber|My contract says the first three months of {product} are half price. My first bill is the full price.
sales_rep|The rep gave me a 15% loyalty discount over the phone. It's not on the invoice and nobody can find it.
advertising@hw|The coupon code from your newsletter was supposed to give free shipping. I was charged for shipping anyway."""),
    "hidden_fee": lines("""contract@fiber|The contract says "no extra fees". Now there's a monthly modem rental fee on my {product} bill.
sales_rep@fiber,tvbox|I was told the price of {product} included everything. Now there's a "service fee" every month.
advertising@fiber|Advertised as $29 a month all-in. The actual bill is higher because of a "line maintenance" fee nobody mentioned."""),
    "battery": lines("""advertising@laptop|You advertised 12 hours of battery life. I get four out of {product}, with brightness at half.
listing@buds|The listing says 30 hours in total with the case. I barely get 9.
listing@watch|Product page: "up to 7 days battery". Mine needs charging every night."""),
    "speed": lines("""contract@fiber|The {product} contract says up to 100 Mbps. Speed tests at any time of day give me 18 to 25.
advertising@fiber|Your billboard says "real 100 megabit fiber". In the evening I don't get a fifth of that.
listing@router|The X2 is listed as covering 150 square metres. It doesn't reach my bedroom ten metres away."""),
    "not_as_pictured": lines("""listing@laptop,watch|The photo shows a silver {product}. I received a grey one with a scratched lid.
listing@laptop|Not as described: the listing says backlit keyboard, mine has no backlight.
listing|The listing said original Novin product with hologram seal. The box came without a seal and the serial number won't register."""),
    "cancel_anytime": lines("""sales_rep@fiber|Your rep said I could cancel {product} anytime with no penalty. Now you want three months of fees to let me go.
sales_rep@fiber|I was told "no commitment, cancel whenever you like". The cancellation page says 12-month minimum term."""),
    "warranty": lines("""contract@laptop,router,tvbox|The warranty card says 18 months. The repair centre says the warranty ended at 12.
sales_rep@laptop,watch|The salesman said the 2-year warranty covers the battery. The service centre says batteries aren't covered."""),
    "return_window": lines("""listing|The listing clearly says 14-day free returns. Support refused my return on day 6 because the box was opened.
listing|"30 days, no questions asked returns" on the product page. I got nothing but questions and then a refusal."""),
    "in_stock": lines("""listing|Listed as in stock, I paid, and two days later got an email saying it's out of stock and the refund takes 10 working days.
listing@laptop,watch|The site showed "in stock, ships today" for {product} in silver. Now the order says "backordered"."""),
    "coverage": lines("""sales_rep@fiber|The rep checked my address and said fiber was available. After I paid the setup fee they tell me my building isn't covered.
sales_rep@fiber|We were told our street had coverage. The technician says the nearest cabinet is 2 km away."""),
    "support_247": lines("""advertising@fiber|Your ads say 24/7 support. I called at 11pm and the recording says office hours are 8 to 8.
contract@fiber|Our business contract includes a dedicated account manager. Nobody has ever told us who that is.
sales_rep@fiber|Sales promised priority support for Fiber 100 customers. I've waited 40 minutes on hold twice."""),
    "activation": lines("""contract@fiber|The contract says activation within 48 hours of installation. It's been {n} and I still have no internet.
sales_rep@fiber|The sales rep said my line would be live by Monday. Two Mondays have passed."""),
    "late_nodate": lines("""My order took {n} to arrive. Way too slow.
Delivery was slow, and the courier didn't call before coming.
The package showed up late and the box was dented.
Still waiting for {product}. Ordered {n} ago. Where is it?
Shipping took forever this time.
The courier left it at the wrong building, which added {n} before I got it.
The parcel arrived a week after I ordered. Not great.
@laptop,watch|Took ages for {product} to show up, and no updates in between.
Tracking said "out for delivery" for four days straight.
Delivery was late and I had to stay home two mornings for nothing."""),
    "defect": lines("""@laptop,buds,watch|{product} stopped charging after two weeks.
@buds|The left earbud crackles at any volume. Third pair I've had.
@router|The router reboots itself every evening around 9.
@laptop|There's a dead pixel right in the middle of the screen. Annoying.
@watch|The watch strap broke in the first month.
@laptop|The E key got stuck after a month of light use.
@tvbox|The TV box freezes every single time you open Netflix.
@fiber|Internet drops for a few minutes every hour or so. Very frustrating when working from home.
@watch|The heart-rate sensor gives random readings, 40 one minute and 160 the next.
@buds|Noise cancelling makes a hissing sound in quiet rooms.
@router|The 5 GHz network vanishes every couple of days until I unplug the router.
@laptop|The fan is loud even when the laptop is idle."""),
    "expensive": lines("""@hw|Too expensive for what it is. You can get the same specs cheaper elsewhere.
@fiber|{product} costs more than my phone bill. Hard to justify.
Prices went up again this month. Thinking of switching.
@hw|Nice device but overpriced, in my opinion."""),
    "support_slow": lines("""Support never answers. Opened a ticket a week ago, nothing.
I've been on hold for 35 minutes, this is ridiculous.
Chat support keeps closing my conversation without solving anything."""),
    "callback": lines("""@fiber,router|Support said they'd call me back within 24 hours about the outage. Nobody called.
@fiber,router,tvbox|The agent promised to send a technician after my complaint last week. Still nothing.
I was told on the phone my refund would be processed in 3 days. It's been two weeks."""),
    "changed_mind": lines("""I don't need {product} anymore, how do I return it?
Bought it as a gift but they already have one. Can I exchange it?"""),
    "question": lines("""@router|Does {product} support WPA3?
@router|Can I use the X2 router with another provider's fiber?
@tvbox|Is there an English manual for the TV box somewhere?
@router|How do I change the Wi-Fi password on the X2?
@fiber|When will Fiber 100 be available in District 22?
@laptop|Does the NovinBook Air come with a UK keyboard layout?
@fiber|Can I pay for the fiber plan yearly instead of monthly?
@buds|What's the difference between the Buds Pro and the regular Buds?
@watch|Is the S3 waterproof enough for swimming?
Where can I download last month's invoice?
@laptop|How long is the warranty on the NovinBook Air?
@fiber|Can I move my Fiber 100 subscription to a new address?"""),
    "praise": lines("""@laptop|Excellent laptop, light and fast. Very happy.
@fiber|Setup took ten minutes and the internet has been rock solid since.
@fiber,router,tvbox|The technician was polite and tidy. 10/10.
@buds|Buds Pro sound great for the price. Noise cancelling is decent too.
@hw|Ordered Monday, arrived Wednesday. Well packed.
Support solved my problem in one call. Thanks Sara!
@fiber|Fiber 100 is actually 100. Impressed.
@watch|Love the watch. The battery lasts longer than I expected.
Great value. Would buy again.
@tvbox|The TV box is snappy and the remote feels nice.
@router|Best router I've owned, covers the whole flat.
@hw|Fast delivery, genuine product, good price.
@fiber,router,tvbox|Five stars for the installer who stayed to explain everything.
@watch,buds|Works perfectly with my Android phone.
@laptop|Battery easily gets me through a workday. Screen is lovely.
@router|Set up the X2 in five minutes with the app. Signal is strong upstairs too.
@watch|Sleep tracking is surprisingly accurate. Comfortable to wear at night.
@buds|Great fit, they don't fall out when I run.
@fiber|Switched from ADSL and the difference is night and day.
@tvbox|4K streaming works without buffering. Kids love it.
The delivery guy was friendly and called before coming.
Good packaging and the invoice was in the box. Professional.
@laptop|Boots in seconds, keyboard is comfortable for long typing sessions.
Second Novin product in our house, both excellent."""),
    "praise_remark": lines("""@hw|A bit pricey, but worth every cent.
@laptop,watch|Looks slightly darker than in the photo, but I like it.
@buds|The case feels a little plasticky but overall a great pair of earbuds.
@fiber|Not the cheapest plan out there, but the connection has been flawless.
@router|The setup app could be prettier; the router itself is excellent."""),
}
