"""Speaker labels that mark the agent or the customer in Arabic call transcripts."""

# Where these come from: the speaker labels of Arabic contact-centre transcripts and
# support chat exports ("الموظف: ..." / "العميل: ..."), with and without the article,
# and the usual job titles of the person who answers. Matching folds alef forms (أ إ آ)
# and removes tatweel; "خدمة العملاء" (customer service) is the agent: the longest label
# wins, and the plural "العملاء" is not a customer label.

AGENT = """الموظف
موظف
الموظفة
موظفة
موظف المبيعات
موظف خدمة العملاء
الوكيل
وكيل
خدمة العملاء
ممثل خدمة العملاء
الممثل
ممثل
الدعم
الدعم الفني
المشغل
مشغل
المستشار
مستشار
البائع
بائع
المندوب
مندوب""".split("\n")

CUSTOMER = """العميل
عميل
العميلة
عميلة
الزبون
زبون
الزبونة
المتصل
متصل
المتصلة
المستخدم
مستخدم
المشتري
مشتري""".split("\n")
