"""Arabic words around numbers that tell PII (phone) from ordinary numbers (prices, orders)."""

# Where these come from: written for voc. Matching drops hamza from alefs and folds ى to ي.

# A number followed by one of these is an amount of money: "٣٥٠ ريال", "٢٠٠ جنيه".
MONEY = """ريال
ر.س
رس
درهم
دينار
جنيه
جنية
ليرة
دولار
دولارات
يورو
الف
ألف
مليون
بالمية
بالمائة
في المية""".split("\n")

# A number after one of these is an order, tracking or invoice number, not personal data.
ORDER = """طلب
الطلب
رقم الطلب
طلبية
الطلبية
شحنة
الشحنة
رقم الشحنة
رقم التتبع
التتبع
فاتورة
الفاتورة
رقم الفاتورة
موديل
كود""".split("\n")

# A number after one of these is probably a phone number, even without a country code.
PHONE = """هاتف
الهاتف
هاتفي
رقم
رقمي
جوال
الجوال
جوالي
موبايل
الموبايل
موبايلي
تليفون
تلفون
واتس
واتساب
الواتساب
اتصل
اتصلوا
تواصل""".split("\n")
