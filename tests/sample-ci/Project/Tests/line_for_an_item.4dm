// A line of an invoice.
ALERT(Invoice_Line(New object("qty"; 3; "name"; "pen"; "price"; 2.5)))
