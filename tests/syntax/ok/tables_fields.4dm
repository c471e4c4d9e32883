$v:=[People]Name
$v:=[People:2]Name:3
[People:2]Name:3:="x"
$t:=[People:2]
$p:=->[Books:1]title:2
ALL RECORDS([People:2])
QUERY:C277([RAPPORT_TYPE:23]; [RAPPORT_TYPE]Categorie="x")
$v:=[People]
$v:=[People]Last name
$v:=[Line items]Unit price*[Line items]Quantity
[People:2]Last name:4:="x"
QUERY([Line items:3]; [Line items]Unit price>10)
