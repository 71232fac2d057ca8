"""English stop words: function words, lower-case (match them against lower-cased tokens)."""

# From spaCy 3.8 (MIT), spacy/lang/en/stop_words.py, in its order, written here as data.
# Contraction pieces ("n't", "'ll", "’s") are left out: voc's tokens are runs of letters.
# Left out, because in a complaint they are what was promised or what went wrong ("full
# refund", "money back", "sold a used phone as new"): amount back call empty full used.
_LISTED = """
a about above across after afterwards again against all almost alone along
already also although always am among amongst an and another any anyhow
anyone anything anyway anywhere are around as at be became because become
becomes becoming been before beforehand behind being below beside besides between beyond
both bottom but by can cannot ca could did do does doing
done down due during each eight either eleven else elsewhere enough even
ever every everyone everything everywhere except few fifteen fifty first five for
former formerly forty four from front further get give go had has
have he hence her here hereafter hereby herein hereupon hers herself him
himself his how however hundred i if in indeed into is it
its itself keep last latter latterly least less just made make many
may me meanwhile might mine more moreover most mostly move much must
my myself name namely neither never nevertheless next nine no nobody none
noone nor not nothing now nowhere of off often on once one
only onto or other others otherwise our ours ourselves out over own
part per perhaps please put quite rather re really regarding same say
see seem seemed seeming seems serious several she should show side since
six sixty so some somehow someone something sometime sometimes somewhere still such
take ten than that the their them themselves then thence there thereafter
thereby therefore therein thereupon these they third this those though three through
throughout thru thus to together too top toward towards twelve twenty two
under until up unless upon us using various very via was we
well were what whatever when whence whenever where whereafter whereas whereby wherein
whereupon wherever whether which while whither who whoever whole whom whose why
will with within without would yet you your yours yourself yourselves
""".split()

# Number words are kept out: "two-day delivery" and "24 months" are the promise itself.
NUMBER_WORDS = frozenset("""
one two three four five six seven eight nine ten eleven twelve fifteen twenty forty fifty sixty
hundred first second third
""".split())
STOP_WORDS = [w for w in _LISTED if w not in NUMBER_WORDS]
