"""English scaffolding around the customer's words: titles, openers, sign-offs, agent lines,
speaker labels and the phrasing of planted personal data. Written for voc's demo set."""

from voc.demo.content import lines

TITLES = {
    "install": lines("""Free installation? Not really
Charged for "free" installation
Installer never came
Where is my free setup?
Installation fee on my bill
Not what sales told me"""),
    "two_day": lines("""2-day delivery, my foot
Not 2 days
Late despite the 2-day promise
Delivery promise broken
Where is my order?"""),
    "iphone": lines("""Does NOT work with iPhone
iPhone compatibility is a lie
iOS problems
Won't pair with my iPhone
Misleading compatibility claim"""),
    "promise": lines("""Not what I was promised
Misleading
Not as advertised
Disappointed
Not as described
Please fix this"""),
    "complaint": lines("""Disappointed
Slow
Not happy
Meh
Problem with my order
Faulty unit"""),
    "question": lines("""Question
Quick question
Help needed
Before I buy
Info please"""),
    "praise": lines("""Great!
Love it
Excellent
Very good
Recommended
Happy customer"""),
}

OPENERS = {
    "review": lines("""
Second purchase from Novin.
Writing this so others know.
Bought this last month.
Long-time customer here."""),
    "ticket": lines("""Hi,
Hello,
Dear Novin team,
Hi there,
Good morning,
"""),
    "call": lines("""Hi, um, I'm not sure who to talk to about this.
Good afternoon. I've got an issue with {product}.
Hi, yes, I'm calling about {product}.
Hello. So, um, it's about my order.
Yeah hi, I've called about this before.
Hi. I bought {product} recently and, well...
Hello, thanks. Right, so..."""),
}
REQUESTS = lines("""This is the second time I'm writing.
I'd appreciate a quick answer.
Let me know what you can do.
Please sort this out.
I expect this to be fixed.
What are you going to do about it?
Please get back to me.
I'd like a refund or a fix.
Can a supervisor contact me?
""")
SIGNOFFS = lines("""Thanks,
Regards,
Best,
Cheers,""")
SENT_FROM = "Sent from my phone"

CALL = {
    "backchannel": lines("""I see.
Okay.
Mm-hm, go on.
Right."""),
    "greet": lines("""Novin support, this is {agent}, how can I help?
Hi, thanks for calling Novin, you're speaking with {agent}.
Good morning, Novin customer care, {agent} speaking.
Novin, hello, {agent} here. What can I do for you?"""),
    "ask_phone": lines("""I see. Can I have the phone number on the account?
Sorry to hear that. Which number is the account under?"""),
    "ask_order": lines("""Okay, let me pull up your order. What's the order number?
Right. Do you have the order number handy?"""),
    "ask_when": lines("""Sorry to hear that. When did this happen?
I see. When was this, roughly?"""),
    "give_phone": lines("""Sure, it's {phone}.
It's {phone}."""),
    "give_order": lines("""The order number is {order}.
It's {order}, I think. Yes, {order}."""),
    "give_when": lines("""It was last week, maybe Tuesday.
About ten days ago."""),
    "promise": lines("""I'm sorry, the sales team shouldn't have promised that. I'll raise it with them.
I can see a note from the sales visit. Let me escalate this to billing.
I understand. I can't find that in your contract, but I'll open a complaint for you.
That offer isn't on my screen, but I'll check with the store and call you back."""),
    "complaint": lines("""I'm sorry about that. I've noted everything and opened a case.
I understand, I've logged it and someone will follow up.
Sorry for the trouble. Let me look into this right now.
I'm sorry. I'll escalate it and we'll call you within two working days."""),
    "question": lines("""Good question. Let me check... yes, that's possible.
Not at the moment, I'm afraid, but it's planned.
I'll send you the help-centre link by SMS, it's all explained there.
Let me check that for you... yes, it does."""),
    "thanks": lines("""Great, thanks.
Okay, that's all I needed. Thanks.
Perfect, thank you."""),
    "praise": lines("""That's great to hear, thank you!
Thanks, I'll pass that on to the team.
Glad it's working well for you."""),
    "close_customer": lines("""Okay, thanks.
Fine. Please call me back.
Alright. I hope it gets sorted this time.
Thank you, bye.
Okay. Thanks for your help."""),
    "close_agent": lines("""Is there anything else I can help with?
Thank you for calling Novin. Have a good day.
You're welcome, goodbye."""),
}

TICKET = {
    "reply": lines("""Hi {first}, thanks for reaching out. I've forwarded this to the team and will update you within 2 working days.
Hello {first}, sorry for the trouble. Could you send us your order number?
Hi {first}, I'm sorry about this. I've escalated your case to a supervisor.
Hi {first}, thanks for your message. Here's the answer: please see the help centre article on this.
Hi {first}, yes, that's possible. I've sent the steps to your email."""),
    "note": lines("""Checked CRM: sales note says "free install". Escalating to sales lead.
Customer is in the autumn promo cohort.
Possible duplicate of an older ticket, check before replying.
Billing approved a partial refund.
Courier confirms delay at the hub."""),
    "followup": lines("""Any update?
It's been three days. Nothing.
Still waiting for an answer.
Hello? Is anyone reading these?"""),
    "thanks": lines("""Thanks, that answers it.
Perfect, thank you.
Great, thanks for the quick reply."""),
}

CUSTOMERS = lines("""Emily Carter
James O'Neill
Priya Shah
Daniel Wright
Sofia Rossi
Omar Haddad
Hannah Lee
Marcus Brown
Nadia Karimi
Tom Fletcher
Grace Kim
Arjun Mehta""")
AGENTS = lines("""Sara
Kevin
Laila
Ben""")

# (agent label, customer label) pairs as transcripts write them; the first is the usual one
SPEAKER_LABELS = [("Agent", "Customer"), ("AGENT", "CUSTOMER"), ("Rep", "Caller")]
ORDER_REF = "Order number: {order}."
PII = {
    "phone": "You can reach me on {value}.",
    "phone_sig": "Tel: {value}",
    "email": "Email me at {value} if that's easier.",
    "card": "Please refund to the card I paid with, {value}.",
}
EMAIL_HANDLES = lines("""emily.carter
jim.oneill
priya.shah
dan.wright
sofia.rossi
omar.haddad
hannah.lee
marcus.b
nadia.karimi
tom.fletcher
grace.kim
arjun.mehta""")
QUOTE_INTRO = "On {date}, Novin Support <support@novin.example.com> wrote:"
WRITING_AGAIN = "Writing again about this."

SHORT_PRAISE = lines("""Great!
Perfect 👍
Very good product
5 stars
Love it ❤️
Exactly as described
Good""")
