// test: expect-error
// An item without a price stops the run with error 1001.
ALERT(Invoice_Line(New object("qty"; 1; "name"; "gift")))
