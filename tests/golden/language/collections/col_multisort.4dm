// test: expect-error
// collection.multiSort(): the examples of 4d/docs docs/API/CollectionClass.md.
var $col;$col2;$col3 : Collection
$col:=["A"; "C"; "B"]
$col2:=[1; 2; 3]
$col3:=[["Jim"; "Philip"; "Maria"]; ["blue"; "green"]; ["11"; 22; "33"]]
$col.multiSort([$col2; $col3])
ALERT(JSON Stringify($col))  // ["A","B","C"]
ALERT(JSON Stringify($col2))  // [1,3,2]
ALERT(JSON Stringify($col3))  // [["Jim","Philip","Maria"],["11",22,"33"],["blue","green"]]

// Example 2
var $city : Collection
var $country : Collection
var $continent : Collection
$city:=["Paris"; "Lyon"; "Rabat"; "Eching"; "San Diego"]
$country:=["France"; "France"; "Morocco"; "Germany"; "US"]
$continent:=["Europe"; "Europe"; "Africa"; "Europe"; "America"]
$continent.multiSort([$country; {collection: $city; order: ck ascending}])
ALERT(JSON Stringify($continent))  // ["Africa","America","Europe","Europe","Europe"]
ALERT(JSON Stringify($country))  // ["Morocco","US","France","France","Germany"]
ALERT(JSON Stringify($city))  // ["Rabat","San Diego","Lyon","Paris","Eching"]

// Example 3
var $name : Collection
var $address : Collection
$name:=[]
$name.push({firstname: "John"; lastname: "Smith"})
$name.push({firstname: "Alain"; lastname: "Martin"})
$name.push({firstname: "Jane"; lastname: "Doe"})
$name.push({firstname: "John"; lastname: "Doe"})
$address:=[]
$address.push({city: "Paris"; country: "France"})
$address.push({city: "Lyon"; country: "France"})
$address.push({city: "Eching"; country: "Germany"})
$address.push({city: "Berlin"; country: "Germany"})
$name.multiSort(Formula($1.value.firstname<$1.value2.firstname); [$address])
ALERT($name.map(Formula($1.value.firstname+" "+$1.value.lastname)).join(","))  // Alain Martin,Jane Doe,John Smith,John Doe
ALERT($address.map(Formula($1.value.city+" "+$1.value.country)).join(","))  // Lyon France,Eching Germany,Paris France,Berlin Germany

// No parameter: as .sort()
var $s : Collection
$s:=[3; "b"; 1; Null; True; "a"]
$s.multiSort()
ALERT(JSON Stringify($s))  // [null,true,"a","b",1,3]
// A descending level
var $k; $v : Collection
$k:=[1; 1; 2]
$v:=["x"; "y"; "z"]
$k.multiSort([{collection: $v; order: ck descending}])
ALERT(JSON Stringify($v))  // ["y","x","z"]
// Collections of different sizes are an error
$k.multiSort([[1]])
