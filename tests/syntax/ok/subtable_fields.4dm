// Fields of subtables, from structures older than 4D v11: [Table]Field'Subfield.
$x:=[Table]Field'Subfield
[Table]Field'Sub field name:=1
QUERY([Table:1];[Table]Field'Subfield="a")
