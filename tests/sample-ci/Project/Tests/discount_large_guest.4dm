// A guest's order of 2,000: 5% off above 1,000.
ALERT(String(Discount(2000; False)))
