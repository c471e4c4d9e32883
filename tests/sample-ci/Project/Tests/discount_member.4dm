// A member's order of 200: 10% off.
ALERT(String(Discount(200; True)))
