"""Speaker labels that mark the agent or the customer in Persian call transcripts."""

# Where these come from: the speaker labels that Persian contact-centre transcripts and
# support chat exports use ("کارشناس: ..." / "مشتری: ..."), and the usual job titles of
# the person who answers. Matching folds Arabic yeh/kaf (ي/ك) to the Persian ones and
# ZWNJ to a space, so "تماس‌گیرنده" and "تماس گیرنده" and cp1256 exports all match.

AGENT = """کارشناس
کارشناس فروش
کارشناس پشتیبانی
کارشناس مرکز تماس
اپراتور
اوپراتور
پشتیبان
پشتیبانی
مشاور
مشاور فروش
نماینده
نماینده فروش
فروشنده
کارمند
مسئول
متصدی""".split("\n")

CUSTOMER = """مشتری
تماس گیرنده
کاربر
خریدار
مشترک
متقاضی""".split("\n")
