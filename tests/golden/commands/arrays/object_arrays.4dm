// OB SET ARRAY, OB GET ARRAY, COLLECTION TO ARRAY and ARRAY TO COLLECTION
// with property names (4d/docs docs/commands-legacy/ob-set-array.md,
// ob-get-array.md, collection-to-array.md, array-to-collection.md).
// OB SET ARRAY, Example 1: a text array.
var $Children : Object
ARRAY TEXT($arrChildren; 3)
$arrChildren{1}:="Richard"
$arrChildren{2}:="Susan"
$arrChildren{3}:="James"
OB SET ARRAY($Children; "Children"; $arrChildren)
ALERT(JSON Stringify($Children))  // {"Children":["Richard","Susan","James"]}
// Example 2: the property is a copy; set it again after adding an element.
ARRAY TEXT($arrText; 2)
$arrText{1}:="Smith"
$arrText{2}:="White"
var $Employees : Object
OB SET ARRAY($Employees; "Employees"; $arrText)
APPEND TO ARRAY($arrText; "Brown")
ALERT(JSON Stringify($Employees))  // {"Employees":["Smith","White"]}
OB SET ARRAY($Employees; "Employees"; $arrText)
ALERT(JSON Stringify($Employees))  // {"Employees":["Smith","White","Brown"]}
// Example 3: one element gives a one-element collection.
OB SET ARRAY($Employees; "Manager"; $arrText{1})
ALERT(JSON Stringify($Employees))  // {"Employees":["Smith","White","Brown"],"Manager":["Smith"]}
// Example 4: an object array.
var $Kids; $ref_richard; $ref_susan; $ref_james : Object
ARRAY OBJECT($arrKids; 0)
OB SET($ref_richard; "name"; "Richard"; "age"; 7)
APPEND TO ARRAY($arrKids; $ref_richard)
OB SET($ref_susan; "name"; "Susan"; "age"; 4)
APPEND TO ARRAY($arrKids; $ref_susan)
OB SET($ref_james; "name"; "James"; "age"; 3)
APPEND TO ARRAY($arrKids; $ref_james)
OB SET ARRAY($Kids; "Children"; $arrKids)
ALERT(JSON Stringify($Kids))  // {"Children":[{"name":"Richard","age":7},{"name":"Susan","age":4},{"name":"James","age":3}]}
// OB GET ARRAY, Example 1: the values back in an object array.
ARRAY OBJECT($result; 0)
OB GET ARRAY($Kids; "Children"; $result)
ALERT(String(Size of array($result))+" "+$result{2}.name)  // 3 Susan
// Example 2: the elements are the objects themselves.
OB SET($result{1}; "age"; 25)
ALERT(String($Kids.Children[0].age))  // 25
ARRAY TEXT($names; 0)
OB GET ARRAY($Children; "Children"; $names)
ALERT(String(Size of array($names))+" "+$names{3})  // 3 James
// COLLECTION TO ARRAY, Example 2: property values into several arrays.
var $col : Collection
$col:=New collection
ARRAY TEXT($city; 0)
ARRAY LONGINT($zipCode; 0)
$col.push(New object("name"; "Cleveland"; "zc"; 35049))
$col.push(New object("name"; "Blountsville"; "zc"; 35031))
$col.push(New object("name"; "Adger"; "zc"; 35006))
$col.push(New object("name"; "Clanton"; "zc"; 35046))
$col.push(New object("name"; "Shelby"; "zc"; 35143))
COLLECTION TO ARRAY($col; $city; "name"; $zipCode; "zc")
ALERT($city{1}+" "+String($zipCode{1})+", "+$city{2}+" "+String($zipCode{2})+", "+String(Size of array($city)))  // Cleveland 35049, Blountsville 35031, 5
// ARRAY TO COLLECTION, Example 2: arrays into a collection of objects.
var $col2 : Collection
$col2:=New collection
ARRAY TEXT($artCity; 2)
ARRAY LONGINT($arLZipCode; 2)
$artCity{1}:="Cleveland"
$artCity{2}:="Blountsville"
$arLZipCode{1}:=35049
$arLZipCode{2}:=35031
ARRAY TO COLLECTION($col2; $artCity; "cityName"; $arLZipCode; "Zip")
ALERT(JSON Stringify($col2))  // [{"cityName":"Cleveland","Zip":35049},{"cityName":"Blountsville","Zip":35031}]
// Example 1: without names the collection becomes the elements.
var $colFruits : Collection
$colFruits:=New collection("x"; "y"; "z"; "w"; "v")
ARRAY TEXT($artFruits; 4)
$artFruits{1}:="Orange"
$artFruits{2}:="Banana"
$artFruits{3}:="Apple"
$artFruits{4}:="Grape"
ARRAY TO COLLECTION($colFruits; $artFruits)
ALERT(JSON Stringify($colFruits))  // ["Orange","Banana","Apple","Grape"]
