"""Speaker labels that mark the agent or the customer in English call transcripts."""

# Where these come from: the speaker labels of contact-centre transcript exports (Amazon
# Transcribe/Connect AGENT/CUSTOMER, Genesys, Zoom and hand-typed transcripts) and common
# job titles of the people who answer. Matching ignores case, digits and punctuation
# ("Agent 2", "CUSTOMER (Ali)"); the longest label inside a speaker tag wins, so
# "customer service" is the agent although it contains "customer".

AGENT = """agent
rep
representative
sales rep
support
support agent
customer service
customer support
customer care
customer success
help desk
helpdesk
operator
advisor
adviser
associate
csr
consultant
specialist
salesperson
sales
staff
technician""".split("\n")

CUSTOMER = """customer
client
caller
buyer
user
member
subscriber
guest
patient""".split("\n")
