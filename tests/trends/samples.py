"""Customer quotes written for voc's tests (not from any corpus), by topic and language.

Edge cases are noted where a quote carries one: ZWNJ inside Persian words, colloquial
endings, Arabic hamza forms, Persian and Arabic-Indic digits.
"""

QUOTES = {
    ("pricing", "en"): [
        "The sales rep promised free installation, but I was charged $49.",
        "They promised free installation and then charged me for it.",
        "Free installation was promised on the phone; the invoice has an installation fee.",
        "I was told free installation for new customers. The technician asked for cash.",
    ],
    ("delivery", "fa"): [
        "تو سایت نوشته بود ارسال دو روزه ولی یک هفته طول کشید.",
        "قرار بود ارسال دو روزه باشه، ده روز شد.",
        "گفتند ارسال دو روزه است اما دو هفته منتظر ماندم.",
        "ارسال دو روزه‌ای که وعده داده بودید شد هشت روز.",  # ZWNJ inside "روزه‌ای"
    ],
    ("pricing", "fa"): [
        "فروشنده گفت نصب رایگان است ولی ۳۸۰ هزار تومان هزینه نصب گرفتند.",  # Persian digits
        "کارشناس فروش قول داد نصب رایگان باشه، اما توی قبض هزینه نصب زدن.",
        "تو تبلیغ نوشته بود نصب رایگان، ولی فاکتور نصب اومد.",
    ],
    ("delivery", "ar"): [
        "وعدوني بالتوصيل خلال يومين ووصل الطلب بعد أسبوع.",
        "الإعلان قال التوصيل خلال يومين لكن الطلب وصل بعد عشرة أيام.",  # hamza on alef
        "صفحة المنتج تقول التوصيل خلال يومين، واستغرق أسبوعين.",
        "قالوا التوصيل خلال يومين ولم يصل شيء.",
    ],
    ("compatibility", "en"): [
        "The listing says it works with iPhone. It does not pair at all.",
        "Bought it because the ad said works with iPhone. Android only, it turns out.",
        "The salesman told me it works with iPhone and it keeps disconnecting.",
    ],
    ("compatibility", "ar"): [
        "قال البائع إن الساعة تعمل مع الآيفون، ولا تتصل أبداً.",
        "الإعلان يقول تعمل مع الآيفون لكن التطبيق للأندرويد فقط.",
        "مكتوب في الوصف تعمل مع الآيفون والإشعارات لا تصل.",  # Arabic-Indic digits elsewhere: ٣
    ],
    ("product", "fa"): [
        "تو آگهی نوشته بود باتری ۱۲ ساعت شارژ می‌ده، ولی چهار ساعت بیشتر نمی‌کشه.",
        "توضیحات محصول می‌گفت باتری ۱۲ ساعت، من پنج ساعت می‌گیرم.",
        "تبلیغ کرده بودید باتری ۱۲ ساعت دوام داره. دروغ بود.",
    ],
}
