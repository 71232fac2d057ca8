"""Persian words around numbers that tell PII (phone) from ordinary numbers (prices, orders)."""

# Where these come from: written for voc. Matching folds ي/ك to ی/ک and ignores ZWNJ.

# A number followed by one of these is an amount of money, never personal data: "۲,۵۰۰,۰۰۰ تومان".
MONEY = """تومان
تومن
ریال
هزارتومان
هزار
میلیون
میلیارد
درصد""".split("\n")

# A number after one of these is an order, tracking or invoice number, not personal data.
ORDER = """سفارش
شماره سفارش
کد سفارش
کد پیگیری
کدپیگیری
کد رهگیری
شماره پیگیری
پیگیری
رهگیری
فاکتور
شماره فاکتور
بارکد
کد محصول
مدل
سریال""".split("\n")

# A number after one of these is probably a phone number, even without a country code.
PHONE = """تلفن
تلفنم
شماره
شمارم
شماره‌ام
موبایل
موبایلم
همراه
تماس
واتساپ
واتس‌اپ
تلگرام""".split("\n")
