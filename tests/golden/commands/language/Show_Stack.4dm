// helper
ARRAY LONGINT($codes; 0)
ARRAY TEXT($components; 0)
ARRAY TEXT($texts; 0)
GET LAST ERROR STACK($codes; $components; $texts)
ALERT(String(Size of array($codes))+" "+String($codes{1})+" "+$components{1}+" "+$texts{1})
